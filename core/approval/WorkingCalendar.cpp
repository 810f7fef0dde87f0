#include "WorkingCalendar.h"

#include "common/Error.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <algorithm>

namespace cl {

WorkingCalendar WorkingCalendar::load(const QSqlDatabase &db)
{
    WorkingCalendar c;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT day, kind, name FROM calendar_days"));
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (d.isValid())
            c.m_exceptions.insert(d, Day{d, q.value(1).toString() == QLatin1String("workday"), q.value(2).toString()});
    }
    return c;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    const auto it = m_exceptions.constFind(date);
    if (it != m_exceptions.constEnd())
        return it->working;
    return date.dayOfWeek() < 6;
}

QDate WorkingCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid() || n < 0)
        throw Error(ErrorKind::Usage, tr("A number of working days cannot be negative."));
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

QList<WorkingCalendar::Day> WorkingCalendar::exceptions(int year) const
{
    QList<Day> out;
    for (const Day &d : m_exceptions)
        if (d.date.year() == year)
            out << d;
    std::sort(out.begin(), out.end(), [](const Day &a, const Day &b) { return a.date < b.date; });
    return out;
}

void WorkingCalendar::setDay(WriteTransaction &tx, const Day &day)
{
    if (!day.date.isValid())
        throw Error(ErrorKind::Invalid, tr("The calendar date is not a valid date."));
    const QString iso = day.date.toString(Qt::ISODate);
    const QString kind = day.working ? QStringLiteral("workday") : QStringLiteral("holiday");
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO calendar_days(day, kind, name) VALUES (?, ?, ?) "
                                       "ON CONFLICT(day) DO UPDATE SET kind = excluded.kind, name = excluded.name"),
              {iso, kind, day.name});
    tx.audit(QStringLiteral("calendar.set"), QStringLiteral("calendar_day"), iso, {},
             {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), day.name}});
}

void WorkingCalendar::removeDay(WriteTransaction &tx, const QDate &date)
{
    const QString iso = date.toString(Qt::ISODate);
    sql::exec(tx.sql(), QStringLiteral("DELETE FROM calendar_days WHERE day = ?"), {iso});
    tx.audit(QStringLiteral("calendar.remove"), QStringLiteral("calendar_day"), iso);
}

} // namespace cl
