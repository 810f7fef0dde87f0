#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace cl {

class WriteTransaction;

// The working-day calendar of DOMAIN.md §3: weekends are off, official holidays are off and adjusted
// working days (调休上班) are on. The exceptions are data (table calendar_days), so a new year's official
// arrangement is added without a new program. Every deadline of the approval work area is counted here.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    struct Day
    {
        QDate date;
        bool working = false;  // true: an adjusted working day; false: a holiday
        QString name;
    };

    WorkingCalendar() = default;
    static WorkingCalendar load(const QSqlDatabase &db);

    bool isWorkingDay(const QDate &date) const;
    // The n-th working day after from (from itself not counted); n = 0 gives from.
    QDate addWorkingDays(const QDate &from, int n) const;
    // Working days in (from, to]: 0 for the same day, negative when to is before from.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

    QList<Day> exceptions(int year) const;

    // Records a holiday or adjusted working day (replacing what the date had), or removes the exception.
    static void setDay(WriteTransaction &tx, const Day &day);
    static void removeDay(WriteTransaction &tx, const QDate &date);

private:
    QHash<QDate, Day> m_exceptions;
};

} // namespace cl
