// The entity profile's measures and records (DOMAIN.md §8, issues 4 and 5), read off the GUI thread: an entity
// whose penalty was repaired is green again, has the green channel with its legal basis and shows the penalty
// as repaired, with its commitment and licence; an entity with a penalty in its publicity period shows it in
// publicity and the restrictions that follow from it, each with why.
#include "EnforcementFixture.h"
#include "approval/ApplicationService.h"
#include "approval/VerificationService.h"
#include "common/AppFont.h"
#include "enforcement/CreditRepair.h"
#include "enforcement/EnforcementService.h"
#include "entities/CreditRecordsPanel.h"
#include "entities/EntityProfileDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace cl;

namespace {
const QDate Today(2026, 5, 10);  // CREDITLOOP_FIXED_NOW below

QTreeWidgetItem *rowWith(QTreeWidget *list, int column, const QString &text)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(column) == text)
            return list->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *measure(QTreeWidget *list, const QString &code)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == code)
            return list->topLevelItem(i);
    return nullptr;
}

// Waits for the worker-thread read of the profile's records to arrive.
bool waitLoaded(EntityProfileDialog &dialog)
{
    auto *panel = dialog.findChild<CreditRecordsPanel *>();
    return panel && QTest::qWaitFor([panel] { return !panel->isLoading(); }, 10000);
}
} // namespace

class TestEntityProfile : public QObject
{
    Q_OBJECT

    QTranslator m_translator;
    QTranslator m_qtTranslator;
    std::unique_ptr<test::EnforcementFixture> m_fx;

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-05-10T02:00:00Z");
        AppFont::apply(*qApp);
        // CREDITLOOP_SCREENSHOT_DIR and CREDITLOOP_SCREENSHOT_QM: the Chinese screenshot for docs/screenshots.
        const QString qm = qEnvironmentVariable("CREDITLOOP_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_translator.load(qm)) {
            QCoreApplication::installTranslator(&m_translator);
            if (m_qtTranslator.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qtTranslator);
        }

        m_fx = std::make_unique<test::EnforcementFixture>();
        Database &db = m_fx->store.db();
        EnforcementService enforcement(db);
        // Green (tax A): a general penalty in January, repaired in April after the three-month minimum.
        const EnforcementCase repairedCase =
            enforcement.openCase(Actor::bootstrap(), {m_fx->green, QStringLiteral("MKT-02"), CaseFacts(), {}, {}, QDate(2026, 1, 11)});
        const auto repaired = enforcement.decide(Actor::bootstrap(), {repairedCase.id, QStringLiteral("standard"), 5000000,
                                                                      QStringLiteral("龙市监罚〔2026〕5号"), QDate(2026, 1, 12),
                                                                      QStringLiteral("未按期改正，依法按一般情节处罚。"), {}});
        QVERIFY(repaired.penalty);
        CreditRepair repair(db);
        const CreditRepair::Application application =
            repair.apply(Actor::bootstrap(), repaired.penalty->id, QDate(2026, 4, 12), QStringLiteral("37068120260412000001"),
                         QStringLiteral("已改正违法行为并履行处罚决定，承诺依法经营。"));
        repair.grant(Actor::bootstrap(), application.id, QDate(2026, 4, 15));
        // …and, green again, a licence by commitment (hygiene permit) in May.
        NewApplication request;
        request.entityId = m_fx->green;
        request.itemCode = QStringLiteral("370681-WJ-001");
        request.mode = QStringLiteral("commitment");
        ApplicationService approval(db);
        const Application filed = approval.file(Actor::bootstrap(), request, QDate(2026, 5, 6));
        approval.approve(Actor::bootstrap(), filed.appNo, QDate(2026, 5, 6));
        // Grey (nothing known): a general penalty on 2 May, in publicity until 2027-05-01.
        const EnforcementCase openCase =
            enforcement.openCase(Actor::bootstrap(), {m_fx->grey, QStringLiteral("MKT-02"), CaseFacts(), {}, {}, QDate(2026, 5, 2)});
        enforcement.decide(Actor::bootstrap(), {openCase.id, QStringLiteral("standard"), 5000000, QStringLiteral("龙市监罚〔2026〕31号"),
                                                QDate(2026, 5, 2), {}, {}});
    }

    void cleanupTestCase() { m_fx.reset(); }

    void repairedPenaltyAndGreenChannel()
    {
        EntityProfileDialog dialog(m_fx->store.db(), Actor::bootstrap(), m_fx->green);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitLoaded(dialog));

        auto *measures = dialog.findChild<QTreeWidget *>(QStringLiteral("profileMeasures"));
        QTreeWidgetItem *green = measure(measures, QStringLiteral("I03"));
        QVERIFY2(green, "the green channel applies to a green entity");
        QCOMPARE(green->data(0, Qt::UserRole + 1).toString(), QStringLiteral("incentive"));
        QCOMPARE(green->text(0), MeasureCatalogue::kindLabel(QStringLiteral("incentive")));
        QVERIFY(green->text(2).contains(QStringLiteral("G1")));          // why: green light by rule G1
        QVERIFY(green->text(3).contains(QStringLiteral("国发〔2016〕33号"))); // its legal basis
        for (int i = 0; i < measures->topLevelItemCount(); ++i)
            QCOMPARE(measures->topLevelItem(i)->data(0, Qt::UserRole + 1).toString(), QStringLiteral("incentive"));  // no restriction
        QVERIFY(!measure(measures, QStringLiteral("R15")));
        measures->setCurrentItem(green);  // the full reason and legal basis of the selected measure
        auto *detail = dialog.findChild<QLabel *>(QStringLiteral("profileMeasureDetail"));
        QVERIFY(detail->text().contains(QStringLiteral("绿色通道")));
        QVERIFY(detail->text().contains(QStringLiteral("《山东省社会信用条例》第三十二条")));
        // Incentives and restrictions look different: the incentive row is tinted green.
        QVERIFY(green->background(1).color().green() > green->background(1).color().red());

        auto *penalties = dialog.findChild<QTreeWidget *>(QStringLiteral("profilePenalties"));
        QCOMPARE(penalties->topLevelItemCount(), 1);
        QTreeWidgetItem *p = penalties->topLevelItem(0);
        QCOMPARE(p->text(0), QStringLiteral("龙市监罚〔2026〕5号"));
        QCOMPARE(p->text(2), QStringLiteral("2026-01-12"));
        QCOMPARE(p->text(3), QStringLiteral("50000.00"));
        QCOMPARE(p->text(4), PenaltyRecord::severityLabel(QStringLiteral("general")));
        QCOMPARE(p->text(5), QStringLiteral("2027-01-11"));
        QCOMPARE(p->data(0, Qt::UserRole).toString(), QStringLiteral("repaired"));
        QCOMPARE(p->text(6), CreditRecordsPanel::tr("repaired on %1").arg(QStringLiteral("2026-04-15")));

        auto *commitments = dialog.findChild<QTreeWidget *>(QStringLiteral("profileCommitments"));
        QCOMPARE(commitments->topLevelItemCount(), 1);
        QCOMPARE(commitments->topLevelItem(0)->text(1), QStringLiteral("审批替代型"));
        QCOMPARE(commitments->topLevelItem(0)->text(2), QStringLiteral("2026-05-06"));
        QCOMPARE(commitments->topLevelItem(0)->text(3), VerificationService::outcomeLabel(QStringLiteral("pending")));
        auto *licences = dialog.findChild<QTreeWidget *>(QStringLiteral("profileLicences"));
        QCOMPARE(licences->topLevelItemCount(), 1);
        QCOMPARE(licences->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("0"));
        QCOMPARE(licences->topLevelItem(0)->text(4), EntityApprovalRecords::licenceStatusLabel(QStringLiteral("0")));

        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("profileTabs"));
        auto *panel = dialog.findChild<CreditRecordsPanel *>();
        QCOMPARE(tabs->tabText(tabs->indexOf(panel->recordsPage())), EntityProfileDialog::tr("&Penalties, commitments, licences (%1)").arg(3));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel->measuresPage())),
                 EntityProfileDialog::tr("&Measures (%1)").arg(measures->topLevelItemCount()));

        const QString shots = qEnvironmentVariable("CREDITLOOP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            tabs->setCurrentWidget(panel->measuresPage());
            dialog.grab().save(shots + QStringLiteral("/entity-profile-measures.png"));
            tabs->setCurrentWidget(panel->recordsPage());
            dialog.grab().save(shots + QStringLiteral("/entity-profile-records.png"));
        }
    }

    void penaltyInPublicityRestricts()
    {
        EntityProfileDialog dialog(m_fx->store.db(), Actor::bootstrap(), m_fx->grey);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitLoaded(dialog));

        auto *penalties = dialog.findChild<QTreeWidget *>(QStringLiteral("profilePenalties"));
        QTreeWidgetItem *p = rowWith(penalties, 0, QStringLiteral("龙市监罚〔2026〕31号"));
        QVERIFY(p);
        QCOMPARE(p->data(0, Qt::UserRole).toString(), QStringLiteral("in_publicity"));
        QCOMPARE(p->text(6), PenaltyRecord::stateLabel(QStringLiteral("in_publicity")));
        QCOMPARE(p->text(5), QStringLiteral("2027-05-01"));

        auto *measures = dialog.findChild<QTreeWidget *>(QStringLiteral("profileMeasures"));
        QTreeWidgetItem *watch = measure(measures, QStringLiteral("R15"));  // closer supervision while in publicity
        QVERIFY(watch);
        QCOMPARE(watch->data(0, Qt::UserRole + 1).toString(), QStringLiteral("restriction"));
        QCOMPARE(watch->text(0), MeasureCatalogue::kindLabel(QStringLiteral("restriction")));
        QVERIFY(watch->text(2).contains(QStringLiteral("龙市监罚〔2026〕31号")));  // why: that penalty
        QVERIFY(!watch->text(3).isEmpty());
        QVERIFY(watch->background(1).color().red() > watch->background(1).color().green());
        QVERIFY(measure(measures, QStringLiteral("R09")));  // yellow (Y3): on-site verification
        QVERIFY(!measure(measures, QStringLiteral("I03")));  // no green channel
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("profileMeasuresStatus"));
        QVERIFY(status->text().contains(QStringLiteral("2026-05-10")));

        const QString shots = qEnvironmentVariable("CREDITLOOP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("profileTabs"));
            tabs->setCurrentWidget(dialog.findChild<CreditRecordsPanel *>()->measuresPage());
            measures->setCurrentItem(watch);
            dialog.grab().save(shots + QStringLiteral("/entity-profile-credit.png"));
        }

        auto *commitments = dialog.findChild<QTreeWidget *>(QStringLiteral("profileCommitments"));
        QCOMPARE(commitments->topLevelItemCount(), 1);  // the "none" line
        QCOMPARE(commitments->topLevelItem(0)->text(0), CreditRecordsPanel::tr("No commitments made."));
    }
};

QTEST_MAIN(TestEntityProfile)
#include "tst_entityprofile.moc"
