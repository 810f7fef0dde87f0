// The working-day calendar of DOMAIN.md §3 (2026 official arrangement as shipped data, editable) and
// the commitment code: format, per-day serial, and uniqueness when two connections save at once.
#include "ApprovalFixture.h"
#include "approval/ApplicationService.h"
#include "approval/WorkingCalendar.h"
#include "common/Error.h"
#include "db/WriteTransaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QtTest>

using namespace cl;

class TestApprovalCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z"); }
    void holidaysAndAdjustedDays();
    void addWorkingDaysAcrossHolidays();
    void workingDaysBetween();
    void calendarIsEditableData();
    void commitmentCodeFormatAndDailySerial();
    void commitmentCodesUniqueUnderConcurrentSaves();
};

void TestApprovalCalendar::holidaysAndAdjustedDays()
{
    test::TestStore store;
    const WorkingCalendar c = WorkingCalendar::load(store.db().sql());
    QVERIFY(!c.isWorkingDay(QDate(2026, 1, 1)));    // 元旦, Thursday
    QVERIFY(c.isWorkingDay(QDate(2026, 1, 4)));     // Sunday, adjusted working day
    QVERIFY(c.isWorkingDay(QDate(2026, 2, 14)));    // Saturday, adjusted
    QVERIFY(!c.isWorkingDay(QDate(2026, 2, 16)));   // Monday in the Spring Festival
    QVERIFY(!c.isWorkingDay(QDate(2026, 2, 23)));   // last day off
    QVERIFY(c.isWorkingDay(QDate(2026, 2, 24)));
    QVERIFY(c.isWorkingDay(QDate(2026, 2, 28)));    // Saturday, adjusted
    QVERIFY(!c.isWorkingDay(QDate(2026, 5, 5)));    // Tuesday, Labour Day holiday
    QVERIFY(c.isWorkingDay(QDate(2026, 5, 9)));     // Saturday, adjusted
    QVERIFY(!c.isWorkingDay(QDate(2026, 6, 19)));   // Dragon Boat, Friday
    QVERIFY(c.isWorkingDay(QDate(2026, 9, 20)));    // Sunday, adjusted
    QVERIFY(!c.isWorkingDay(QDate(2026, 10, 7)));
    QVERIFY(c.isWorkingDay(QDate(2026, 10, 10)));   // Saturday, adjusted
    QVERIFY(!c.isWorkingDay(QDate(2026, 6, 6)));    // an ordinary Saturday
    QVERIFY(c.isWorkingDay(QDate(2026, 6, 8)));     // an ordinary Monday
    QCOMPARE(c.exceptions(2026).size(), 39);
}

void TestApprovalCalendar::addWorkingDaysAcrossHolidays()
{
    test::TestStore store;
    const WorkingCalendar c = WorkingCalendar::load(store.db().sql());
    QCOMPARE(c.addWorkingDays(QDate(2026, 2, 13), 1), QDate(2026, 2, 14));   // Friday → adjusted Saturday
    QCOMPARE(c.addWorkingDays(QDate(2026, 2, 14), 1), QDate(2026, 2, 24));   // over the whole Spring Festival
    QCOMPARE(c.addWorkingDays(QDate(2026, 2, 12), 3), QDate(2026, 2, 24));
    QCOMPARE(c.addWorkingDays(QDate(2026, 9, 30), 1), QDate(2026, 10, 8));   // over National Day
    QCOMPARE(c.addWorkingDays(QDate(2026, 9, 18), 30), QDate(2026, 11, 5));  // 30 working days incl. 9-20 and 10-10
    QCOMPARE(c.addWorkingDays(QDate(2026, 6, 1), 30), QDate(2026, 7, 14));   // over Dragon Boat
    QCOMPARE(c.addWorkingDays(QDate(2026, 6, 1), 0), QDate(2026, 6, 1));
    QVERIFY_THROWS_EXCEPTION(Error, c.addWorkingDays(QDate(2026, 6, 1), -1));
}

void TestApprovalCalendar::workingDaysBetween()
{
    test::TestStore store;
    const WorkingCalendar c = WorkingCalendar::load(store.db().sql());
    QCOMPARE(c.workingDaysBetween(QDate(2026, 2, 13), QDate(2026, 2, 24)), 2);
    QCOMPARE(c.workingDaysBetween(QDate(2026, 6, 1), QDate(2026, 6, 1)), 0);
    QCOMPARE(c.workingDaysBetween(QDate(2026, 6, 1), QDate(2026, 7, 14)), 30);
    QCOMPARE(c.workingDaysBetween(QDate(2026, 7, 14), QDate(2026, 6, 1)), -30);
}

void TestApprovalCalendar::calendarIsEditableData()
{
    test::TestStore store;
    {
        WriteTransaction tx(store.db(), Actor::bootstrap(), Permission::SettingsEdit);
        WorkingCalendar::setDay(tx, {QDate(2027, 1, 1), false, QStringLiteral("元旦")});
        WorkingCalendar::setDay(tx, {QDate(2026, 6, 6), true, QStringLiteral("调休")});
        WorkingCalendar::removeDay(tx, QDate(2026, 6, 19));
        tx.commit();
    }
    const WorkingCalendar c = WorkingCalendar::load(store.db().sql());
    QVERIFY(!c.isWorkingDay(QDate(2027, 1, 1)));
    QVERIFY(c.isWorkingDay(QDate(2026, 6, 6)));
    QVERIFY(c.isWorkingDay(QDate(2026, 6, 19)));
    QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'calendar.%'")).toInt(), 3);
}

void TestApprovalCalendar::commitmentCodeFormatAndDailySerial()
{
    test::ApprovalFixture f;
    ApplicationService service(f.db());
    NewApplication request;
    request.entityId = f.green;
    request.itemCode = QStringLiteral("370681-WJ-001");
    request.mode = QStringLiteral("commitment");
    QCOMPARE(service.file(Actor::bootstrap(), request, QDate(2026, 11, 27)).commitments.first().code, QStringLiteral("37068120261127000001"));
    QCOMPARE(service.file(Actor::bootstrap(), request, QDate(2026, 11, 27)).commitments.first().code, QStringLiteral("37068120261127000002"));
    QCOMPARE(service.file(Actor::bootstrap(), request, QDate(2026, 11, 30)).commitments.first().code, QStringLiteral("37068120261130000001"));
    // The division code comes from the office settings.
    sql::exec(f.db().sql(), QStringLiteral("UPDATE meta SET value = '370683' WHERE key = 'office_division_code'"));
    QCOMPARE(service.file(Actor::bootstrap(), request, QDate(2026, 11, 27)).commitments.first().code, QStringLiteral("37068320261127000001"));
    sql::exec(f.db().sql(), QStringLiteral("UPDATE meta SET value = '3706' WHERE key = 'office_division_code'"));
    const qint64 before = f.count(QStringLiteral("approval_applications"));
    QVERIFY_THROWS_EXCEPTION(Error, service.file(Actor::bootstrap(), request, QDate(2026, 11, 27)));
    QCOMPARE(f.count(QStringLiteral("approval_applications")), before);
}

namespace {
class Window : public QThread
{
public:
    Window(const Database &source, qint64 entity, int count) : m_source(source), m_entity(entity), m_count(count) {}
    QStringList codes;
    QString failure;

protected:
    void run() override
    {
        try {
            std::unique_ptr<Database> db = m_source.openSibling();
            ApplicationService service(*db);
            NewApplication request;
            request.entityId = m_entity;
            request.itemCode = QStringLiteral("370681-WJ-001");
            request.mode = QStringLiteral("commitment");
            for (int i = 0; i < m_count; ++i)
                codes << service.file(Actor::bootstrap(), request, QDate(2026, 11, 27)).commitments.first().code;
        } catch (const Error &e) {
            failure = e.message() + QLatin1Char(' ') + e.detail();
        }
    }

private:
    const Database &m_source;
    qint64 m_entity;
    int m_count;
};
} // namespace

void TestApprovalCalendar::commitmentCodesUniqueUnderConcurrentSaves()
{
    test::ApprovalFixture f;
    const int perWindow = 25;
    Window a(f.db(), f.green, perWindow), b(f.db(), f.grey, perWindow);
    a.start();
    b.start();
    QVERIFY(a.wait(120000));
    QVERIFY(b.wait(120000));
    QVERIFY2(a.failure.isEmpty(), qPrintable(a.failure));
    QVERIFY2(b.failure.isEmpty(), qPrintable(b.failure));
    QSet<QString> all;
    for (const QString &c : a.codes + b.codes)
        all.insert(c);
    QCOMPARE(all.size(), 2 * perWindow);
    // One serial sequence per day, without gaps: 000001 … 000050.
    for (int n = 1; n <= 2 * perWindow; ++n)
        QVERIFY(all.contains(QStringLiteral("37068120261127%1").arg(n, 6, 10, QLatin1Char('0'))));
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT count(DISTINCT code) FROM commitments")).toInt(), 2 * perWindow);
}

QTEST_GUILESS_MAIN(TestApprovalCalendar)
#include "tst_approvalcalendar.moc"
