// The approval settings box: the catalogue exported and re-imported through its buttons' functions (an edited
// item shows at once; a bad file changes nothing and says why), the calendar edited (a holiday added and removed).
#include "TestStore.h"
#include "approval/ApprovalSettingsBox.h"
#include "approval/ItemCatalogue.h"
#include "approval/WorkingCalendar.h"
#include "auth/Actor.h"
#include "common/AppFont.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QtTest>

using namespace cl;

class TestApprovalSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        AppFont::apply(*qApp);
    }
    void catalogueRoundTrip();
    void calendarEdits();
};

void TestApprovalSettings::catalogueRoundTrip()
{
    test::TestStore store;
    ApprovalSettingsBox box(store.db(), Actor::bootstrap());
    QVERIFY(box.items()->rowCount() >= 30);
    const QString csv = store.dirPath() + QStringLiteral("/items.csv");
    box.exportItems(csv);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    file.close();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    // Change the promised time of the hygiene permit in the file (the 8th column), import it again.
    const QByteArray before = QStringLiteral("公共场所卫生许可（住宿、沐浴、美容美发场所）").toUtf8();
    const qsizetype at = data.indexOf(before);
    QVERIFY(at > 0);
    const qsizetype lineEnd = data.indexOf("\r\n", at);
    QList<QByteArray> cells = data.mid(at - 14, lineEnd - at + 14).split(',');
    QCOMPARE(cells.at(0), QByteArray("370681-WJ-001"));
    cells[7] = "2";
    data.replace(at - 14, lineEnd - at + 14, cells.join(','));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
    file.close();
    box.importItems(csv);
    QCOMPARE(ItemCatalogue::require(store.db().sql(), QStringLiteral("370681-WJ-001")).promisedDays, 2);
    // A file without the required columns: refused, nothing changed, the reason shown.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("事项编码,承诺时限\r\n370681-WJ-001,5\r\n");
    file.close();
    box.importItems(csv);
    QCOMPARE(ItemCatalogue::require(store.db().sql(), QStringLiteral("370681-WJ-001")).promisedDays, 2);
    bool shown = false;
    for (QLabel *label : box.findChildren<QLabel *>())
        shown = shown || label->text().contains(QStringLiteral("事项名称"));
    QVERIFY(shown);
}

void TestApprovalSettings::calendarEdits()
{
    test::TestStore store;
    ApprovalSettingsBox box(store.db(), Actor::bootstrap());
    QCOMPARE(box.calendar()->rowCount(), 39);  // 2026 as shipped
    box.setCalendarDay(QDate(2026, 6, 8), false, QStringLiteral("临时放假"));
    QCOMPARE(box.calendar()->rowCount(), 40);
    QVERIFY(!WorkingCalendar::load(store.db().sql()).isWorkingDay(QDate(2026, 6, 8)));
    box.removeCalendarDay(QDate(2026, 6, 8));
    QCOMPARE(box.calendar()->rowCount(), 39);
    QVERIFY(WorkingCalendar::load(store.db().sql()).isWorkingDay(QDate(2026, 6, 8)));
}

QTEST_MAIN(TestApprovalSettings)
#include "tst_approvalsettings.moc"
