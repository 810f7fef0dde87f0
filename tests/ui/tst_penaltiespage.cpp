// The penalty records and credit repair through the widgets: the records of an entity with their state, an
// application one day before the minimum period is over refused (nothing written), on the first day
// registered, then granted: the record shows as repaired and the light no longer counts it.
#include "EnforcementFixture.h"
#include "common/AppFont.h"
#include "credit/LightEngine.h"
#include "enforcement/EnforcementService.h"
#include "enforcement/PenaltiesPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace cl;

class TestPenaltiesPage : public QObject
{
    Q_OBJECT

    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-05-10T02:00:00Z");
        AppFont::apply(*qApp);
        // As in tst_enforcementpage: CREDITLOOP_SCREENSHOT_DIR and CREDITLOOP_SCREENSHOT_QM for the Chinese screenshot.
        const QString qm = qEnvironmentVariable("CREDITLOOP_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_translator.load(qm))
            QCoreApplication::installTranslator(&m_translator);
    }

    void repairThroughTheWidgets()
    {
        test::EnforcementFixture fx;
        EnforcementService service(fx.store.db());
        const EnforcementCase c = service.openCase(Actor::bootstrap(), {fx.grey, QStringLiteral("MKT-02"), CaseFacts(), {}, {}, QDate(2026, 5, 2)});
        service.decide(Actor::bootstrap(), {c.id, QStringLiteral("standard"), 5000000, QStringLiteral("龙市监罚〔2026〕31号"), QDate(2026, 5, 10), {}, {}});

        PenaltiesPage page(fx.store.db(), Actor::bootstrap());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("penaltyEntitySearch")), QStringLiteral("123706814930127620"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("penaltyFindEntity")), Qt::LeftButton);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("penaltyTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("龙市监罚〔2026〕31号"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("2026-08-10"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("2027-05-09"));
        QCOMPARE(table->item(0, 6)->text(), PenaltyRecord::stateLabel(QStringLiteral("in_publicity")));
        page.selectPenalty(0);

        auto *apply = page.findChild<QPushButton *>(QStringLiteral("applyRepair"));
        auto *grant = page.findChild<QPushButton *>(QStringLiteral("grantRepair"));
        QVERIFY(apply->isEnabled());
        QVERIFY(!grant->isEnabled());
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("commitmentCode")), QStringLiteral("37068120260810000001"));
        page.findChild<QPlainTextEdit *>(QStringLiteral("commitmentContent"))->insertPlainText(QStringLiteral("已改正违法行为并履行处罚决定，承诺依法经营。"));
        auto *date = page.findChild<QDateEdit *>(QStringLiteral("repairDate"));
        date->setDate(QDate(2026, 8, 9));
        QTest::mouseClick(apply, Qt::LeftButton);
        auto *message = page.findChild<QLabel *>(QStringLiteral("penaltyMessage"));
        QVERIFY(message->text().contains(QStringLiteral("2026-08-10")));
        QCOMPARE(fx.count(QStringLiteral("penalty_repairs")), 0);

        date->setDate(QDate(2026, 8, 10));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(fx.count(QStringLiteral("penalty_repairs"), QStringLiteral("status = 'applied'")), 1);
        QVERIFY(grant->isEnabled());
        QVERIFY(!apply->isEnabled());
        date->setDate(QDate(2026, 8, 12));
        QTest::mouseClick(grant, Qt::LeftButton);
        QCOMPARE(fx.count(QStringLiteral("penalty_repairs"), QStringLiteral("status = 'granted'")), 1);
        QCOMPARE(table->item(0, 6)->text(), PenaltyRecord::stateLabel(QStringLiteral("repaired")));
        QCOMPARE(LightEngine(fx.store.db()).explain(fx.grey, QDate(2026, 8, 12)).ruleId, QStringLiteral("U1"));
        QVERIFY(!apply->isEnabled());
        const QString shots = qEnvironmentVariable("CREDITLOOP_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/enforcement-penalties.png"));
    }
};

QTEST_MAIN(TestPenaltiesPage)
#include "tst_penaltiespage.moc"
