// Editing the catalogues in settings: the approval item dialog and the violation item dialog add an item and edit
// it (materials reordered, soft-list columns filled); a refused input shows its message in the dialog and saves
// nothing; the settings boxes deactivate an item without deleting it.
// CREDITLOOP_SCREENSHOT_DIR=<folder> saves the dialogs, in the UI language of CREDITLOOP_SCREENSHOT_QM if given.
#include "TestStore.h"
#include "approval/ApprovalItemDialog.h"
#include "approval/ApprovalSettingsBox.h"
#include "approval/ItemCatalogue.h"
#include "auth/Actor.h"
#include "common/AppFont.h"
#include "common/ErrorLabel.h"
#include "db/SqlUtil.h"
#include "enforcement/ViolationCatalogue.h"
#include "enforcement/ViolationCatalogueBox.h"
#include "enforcement/ViolationItemDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace cl;

namespace {
const QString Hygiene = QStringLiteral("370681-WJ-001");

void saveShot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CREDITLOOP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name);
}

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

int auditCount(test::TestStore &store)
{
    return sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

void checkDepartment(QListWidget *list, const QString &name)
{
    const QList<QListWidgetItem *> found = list->findItems(name, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    found.first()->setCheckState(Qt::Checked);
}
} // namespace

class TestCatalogueEditDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        AppFont::apply(*qApp);
        const QString qm = qEnvironmentVariable("CREDITLOOP_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_translator.load(qm))
            QCoreApplication::installTranslator(&m_translator);
    }
    void approvalItemAddEditRefuse();
    void approvalBoxDeactivates();
    void violationItemAddEditRefuse();
    void violationBoxDeactivates();

private:
    QTranslator m_translator;
};

void TestCatalogueEditDialogs::approvalItemAddEditRefuse()
{
    test::TestStore store;
    const int items = ItemCatalogue::list(store.db().sql(), {}, false).size();
    {
        ApprovalItemDialog dialog(store.db(), Actor::bootstrap(), std::nullopt);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, "itemCode"), QStringLiteral("370681-ts-901"));
        child<QLineEdit>(dialog, "itemName")->setText(QStringLiteral("农村集体聚餐备案"));
        checkDepartment(child<QListWidget>(dialog, "supervisingDepartments"), QStringLiteral("市场监管局"));
        child<QPlainTextEdit>(dialog, "legalBasis")->setPlainText(QStringLiteral("《山东省食品小作坊小餐饮和食品摊点管理条例》第三十条"));
        child<QDoubleSpinBox>(dialog, "sampleRate")->setValue(50);
        // Two materials through the button (the new row is edited in place), then the second made secondary.
        auto *materials = child<QTableWidget>(dialog, "materials");
        QTest::mouseClick(child<QPushButton>(dialog, "addMaterial"), Qt::LeftButton);
        materials->item(0, 0)->setText(QStringLiteral("聚餐备案申请表"));
        QTest::mouseClick(child<QPushButton>(dialog, "addMaterial"), Qt::LeftButton);
        materials->item(1, 0)->setText(QStringLiteral("厨师健康证明"));
        materials->item(1, 1)->setCheckState(Qt::Unchecked);
        saveShot(dialog, QStringLiteral("settings-approval-item-dialog.png"));

        // 容缺 allowed while every material is core: refused with the reason, nothing written.
        materials->item(1, 1)->setCheckState(Qt::Checked);
        const int audits = auditCount(store);
        QVERIFY(!dialog.save());
        QVERIFY(dialog.message()->isVisibleTo(&dialog));
        QVERIFY2(dialog.message()->text().contains(QCoreApplication::translate("ItemCatalogue",
                     "容缺 acceptance needs at least one secondary material: only secondary materials may be missing.")),
                 qPrintable(dialog.message()->text()));
        saveShot(dialog, QStringLiteral("settings-approval-item-refused.png"));
        QCOMPARE(ItemCatalogue::list(store.db().sql(), {}, false).size(), items);
        QCOMPARE(auditCount(store), audits);
        QVERIFY(dialog.isVisible());

        materials->item(1, 1)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.save());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ApprovalItem saved = ItemCatalogue::require(store.db().sql(), QStringLiteral("370681-TS-901"));
    QCOMPARE(saved.name, QStringLiteral("农村集体聚餐备案"));
    QCOMPARE(saved.sampleRate, 0.5);
    QCOMPARE(saved.materials.size(), 2);
    QVERIFY(!saved.materials.at(1).core);
    QCOMPARE(saved.supervisingDepartments, QStringList{QStringLiteral("市场监管局")});

    // Edit it: the code is fixed, the second material moves up, the promised time changes.
    {
        ApprovalItemDialog dialog(store.db(), Actor::bootstrap(), saved);
        dialog.show();
        QVERIFY(child<QLineEdit>(dialog, "itemCode")->isReadOnly());
        auto *materials = child<QTableWidget>(dialog, "materials");
        materials->setCurrentCell(1, 0);
        QTest::mouseClick(child<QPushButton>(dialog, "materialUp"), Qt::LeftButton);
        child<QSpinBox>(dialog, "promisedDays")->setValue(3);
        // Excluding the item clears and disables commitment and 容缺 at once.
        child<QCheckBox>(dialog, "excluded")->setChecked(true);
        QVERIFY(!child<QCheckBox>(dialog, "commitmentAllowed")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "commitmentAllowed")->isChecked());
        child<QCheckBox>(dialog, "excluded")->setChecked(false);
        child<QCheckBox>(dialog, "commitmentAllowed")->setChecked(true);
        child<QCheckBox>(dialog, "deficiencyAllowed")->setChecked(true);
        QVERIFY(dialog.save());
    }
    const ApprovalItem edited = ItemCatalogue::require(store.db().sql(), QStringLiteral("370681-TS-901"));
    QCOMPARE(edited.promisedDays, 3);
    QCOMPARE(edited.materials.at(0).name, QStringLiteral("厨师健康证明"));
    QCOMPARE(edited.materials.at(1).name, QStringLiteral("聚餐备案申请表"));

    // A new item with a code already in use, and a verification period of zero: each refused, nothing saved.
    {
        ApprovalItemDialog dialog(store.db(), Actor::bootstrap(), std::nullopt);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, "itemCode"), Hygiene);
        child<QLineEdit>(dialog, "itemName")->setText(QStringLiteral("重复的事项"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message()->text().contains(Hygiene), qPrintable(dialog.message()->text()));
        child<QLineEdit>(dialog, "itemCode")->setText(QStringLiteral("370681-TS-902"));
        checkDepartment(child<QListWidget>(dialog, "supervisingDepartments"), QStringLiteral("市场监管局"));
        child<QPlainTextEdit>(dialog, "legalBasis")->setPlainText(QStringLiteral("《测试条例》第一条"));
        child<QSpinBox>(dialog, "verifyWithinDays")->setValue(0);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message()->text().contains(QCoreApplication::translate("ItemCatalogue",
                     "Verification must be due within at least one working day.")),
                 qPrintable(dialog.message()->text()));
    }
    QVERIFY(!ItemCatalogue::byCode(store.db().sql(), QStringLiteral("370681-TS-902")));
    QCOMPARE(ItemCatalogue::require(store.db().sql(), Hygiene).name, QStringLiteral("公共场所卫生许可（住宿、沐浴、美容美发场所）"));
}

void TestCatalogueEditDialogs::approvalBoxDeactivates()
{
    test::TestStore store;
    ApprovalSettingsBox box(store.db(), Actor::bootstrap());
    box.selectCode(Hygiene);
    QCOMPARE(box.selectedCode(), Hygiene);
    auto *toggle = child<QPushButton>(box, "toggleItem");
    QVERIFY(toggle->isEnabled());
    QTest::mouseClick(toggle, Qt::LeftButton);
    const std::optional<ApprovalItem> item = ItemCatalogue::byCode(store.db().sql(), Hygiene);
    QVERIFY(item.has_value());   // kept, only inactive
    QVERIFY(!item->active);
    QCOMPARE(box.selectedCode(), Hygiene);
    QCOMPARE(box.items()->item(box.items()->currentRow(), 7)->text(), ApprovalSettingsBox::tr("Inactive"));
    QCOMPARE(toggle->text(), ApprovalSettingsBox::tr("&Reactivate"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(ItemCatalogue::require(store.db().sql(), Hygiene).active);
}

void TestCatalogueEditDialogs::violationItemAddEditRefuse()
{
    test::TestStore store;
    ViolationCatalogue cat(store.db());
    const int items = cat.items(false, false).size();
    const int nextSeq = cat.nextSoftSeq();
    {
        ViolationItemDialog dialog(store.db(), Actor::bootstrap(), std::nullopt);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, "violationCode"), QStringLiteral("tst-01"));
        child<QComboBox>(dialog, "violationDomain")->setCurrentText(QStringLiteral("市场监管"));
        auto *department = child<QComboBox>(dialog, "violationDepartment");
        department->setCurrentIndex(department->findText(QStringLiteral("市场监管局")));
        child<QPlainTextEdit>(dialog, "violationName")->setPlainText(QStringLiteral("个体工商户未按规定报送年度报告"));
        child<QPlainTextEdit>(dialog, "violationBasis")->setPlainText(QStringLiteral("《促进个体工商户发展条例》第二十条"));
        child<QPlainTextEdit>(dialog, "penaltyBasis")->setPlainText(QStringLiteral("《促进个体工商户发展条例》第三十六条"));
        child<QDoubleSpinBox>(dialog, "fineMin")->setValue(5000);
        child<QDoubleSpinBox>(dialog, "fineMax")->setValue(2000);
        child<QGroupBox>(dialog, "softList")->setChecked(true);
        child<QPlainTextEdit>(dialog, "softConditions")->setPlainText(QStringLiteral("首次被发现，责令改正后及时补报，未造成危害后果"));

        // The minimum above the maximum: refused with the amounts named, nothing written.
        const int audits = auditCount(store);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("5000.00")), qPrintable(dialog.message()->text()));
        saveShot(dialog, QStringLiteral("settings-violation-item-refused.png"));
        QCOMPARE(cat.items(false, false).size(), items);
        QCOMPARE(auditCount(store), audits);

        child<QDoubleSpinBox>(dialog, "fineMin")->setValue(0);
        child<QDoubleSpinBox>(dialog, "fineMax")->setValue(5000);
        dialog.message()->clearMessage();
        saveShot(dialog, QStringLiteral("settings-violation-item-dialog.png"));
        QVERIFY(dialog.save());
    }
    ViolationItem saved = cat.require(QStringLiteral("TST-01"));
    QCOMPARE(saved.fineMaxFen, 500000);
    QVERIFY(saved.onSoftList());
    QCOMPARE(saved.softLevel, QStringLiteral("no_penalty"));
    QCOMPARE(saved.department, QStringLiteral("市场监管局"));
    QCOMPARE(saved.softSeq, nextSeq);   // numbered after the last item of the list

    // Edit: another level; then a sequence number taken by MKT-01 is refused.
    {
        ViolationItemDialog dialog(store.db(), Actor::bootstrap(), saved);
        dialog.show();
        QVERIFY(child<QLineEdit>(dialog, "violationCode")->isReadOnly());
        auto *level = child<QComboBox>(dialog, "softLevel");
        level->setCurrentIndex(level->findData(QStringLiteral("lighter")));
        child<QSpinBox>(dialog, "softSeq")->setValue(1);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("MKT-01")), qPrintable(dialog.message()->text()));
        QCOMPARE(cat.require(QStringLiteral("TST-01")).softLevel, QStringLiteral("no_penalty"));
        child<QSpinBox>(dialog, "softSeq")->setValue(saved.softSeq);
        QVERIFY(dialog.save());
    }
    QCOMPARE(cat.require(QStringLiteral("TST-01")).softLevel, QStringLiteral("lighter"));
}

void TestCatalogueEditDialogs::violationBoxDeactivates()
{
    test::TestStore store;
    ViolationCatalogueBox box(store.db(), Actor::bootstrap());
    QVERIFY(box.items()->rowCount() >= 25);
    box.selectCode(QStringLiteral("MKT-01"));
    auto *toggle = child<QPushButton>(box, "toggleViolation");
    QTest::mouseClick(toggle, Qt::LeftButton);
    ViolationCatalogue cat(store.db());
    QVERIFY(cat.byCode(QStringLiteral("MKT-01")).has_value());
    QVERIFY(!cat.byCode(QStringLiteral("MKT-01"))->active);
    QCOMPARE(toggle->text(), ViolationCatalogueBox::tr("&Reactivate"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(cat.byCode(QStringLiteral("MKT-01"))->active);
    box.resize(1100, 500);
    saveShot(box, QStringLiteral("settings-violation-catalogue.png"));
}

QTEST_MAIN(TestCatalogueEditDialogs)
#include "tst_catalogueeditdialogs.moc"
