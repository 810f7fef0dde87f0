#include "CommitmentStats.h"

#include "approval/WorkingCalendar.h"
#include "common/Clock.h"
#include "db/SqlUtil.h"

#include <QSet>

namespace cl {

namespace {
struct Where
{
    QStringList parts;
    QVariantList values;
    QString sql() const { return parts.isEmpty() ? QString() : QStringLiteral(" AND ") + parts.join(QStringLiteral(" AND ")); }
};

bool filtersEntities(const ReportFilter &f)
{
    return f.industryId > 0 || f.townId > 0;
}

// The unary + keeps SQLite from starting at the entities' industry/town indexes (a walk over every
// entity of the town, 75 ms at 1M entities): the events of the period are far fewer, and each finds
// its entity by primary key (docs/benchmarks.md, dashboard). Without these filters the queries do
// not join the entities at all.
void entityFilters(Where &w, const ReportFilter &f)
{
    if (f.industryId > 0) {
        w.parts << QStringLiteral("+e.industry_id = ?");
        w.values << f.industryId;
    }
    if (f.townId > 0) {
        w.parts << QStringLiteral("+e.town_id = ?");
        w.values << f.townId;
    }
}

void period(Where &w, const ReportFilter &f, const QString &column)
{
    if (f.from.isValid()) {
        w.parts << column + QStringLiteral(" >= ?");
        w.values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        w.parts << column + QStringLiteral(" <= ?");
        w.values << f.to.toString(Qt::ISODate);
    }
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q = sql::prepare(db, statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    return q;
}
} // namespace

QJsonObject CommitmentStats::toJson() const
{
    return {{QStringLiteral("approved_total"), approvedTotal}, {QStringLiteral("approved_by_commitment"), approvedByCommitment},
            {QStringLiteral("approved_by_deficiency"), approvedByDeficiency}, {QStringLiteral("items_by_commitment"), itemsByCommitment},
            {QStringLiteral("working_days_saved"), workingDaysSaved}, {QStringLiteral("pushes"), pushes},
            {QStringLiteral("verified"), verified}, {QStringLiteral("overdue"), overdue},
            {QStringLiteral("coverage"), qRound(coverage() * 1000) / 1000.0}, {QStringLiteral("fulfilled"), fulfilled},
            {QStringLiteral("partial"), partial}, {QStringLiteral("unfulfilled"), unfulfilled},
            {QStringLiteral("false_commitments"), falseCommitments},
            {QStringLiteral("fulfilment_rate"), qRound(fulfilmentRate() * 1000) / 1000.0}};
}

CommitmentStats CommitmentStats::compute(const QSqlDatabase &db, const ReportFilter &filter)
{
    CommitmentStats s;
    const QDate asOf = filter.asOf.isValid() ? filter.asOf : Clock::today();
    const WorkingCalendar calendar = WorkingCalendar::load(db);

    Where apps;
    period(apps, filter, QStringLiteral("a.decided_on"));
    entityFilters(apps, filter);
    if (filter.departmentId > 0) {
        apps.parts << QStringLiteral("(i.approving_department_id = ? OR EXISTS (SELECT 1 FROM approval_item_supervisors s WHERE s.item_id = i.id AND s.department_id = ?))");
        apps.values << filter.departmentId << filter.departmentId;
    }
    // Approved and later revoked or suspended still count as decided by approval.
    const QString appEntities = filtersEntities(filter) ? QStringLiteral("JOIN entities e ON e.id = a.entity_id ") : QString();
    QSqlQuery q = run(db, QStringLiteral("SELECT a.mode, a.item_id, a.received_on, a.decided_on, i.statutory_days FROM approval_applications a "
                                         "JOIN approval_items i ON i.id = a.item_id ")
                              + appEntities
                              + QStringLiteral("WHERE a.decided_on IS NOT NULL AND EXISTS (SELECT 1 FROM licences l WHERE l.application_id = a.id)")
                              + apps.sql(),
                      apps.values);
    QSet<qint64> items;
    while (q.next()) {
        ++s.approvedTotal;
        const QString mode = q.value(0).toString();
        if (mode == QLatin1String("ordinary"))
            continue;
        (mode == QLatin1String("commitment") ? s.approvedByCommitment : s.approvedByDeficiency)++;
        items.insert(q.value(1).toLongLong());
        const int taken = calendar.workingDaysBetween(QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                                      QDate::fromString(q.value(3).toString(), Qt::ISODate));
        s.workingDaysSaved += qMax(0, q.value(4).toInt() - taken);
    }
    s.itemsByCommitment = items.size();

    Where tasks;
    period(tasks, filter, QStringLiteral("t.pushed_on"));
    entityFilters(tasks, filter);
    if (filter.departmentId > 0) {
        tasks.parts << QStringLiteral("t.department_id = ?");
        tasks.values << filter.departmentId;
    }
    QVariantList values{asOf.toString(Qt::ISODate)};
    values << tasks.values;
    QSqlQuery t = run(db, QStringLiteral("SELECT count(*), coalesce(sum(t.status = 'done'), 0), coalesce(sum(t.status = 'pending' AND t.due_on < ?), 0), "
                                         "coalesce(sum(t.outcome = 'fulfilled'), 0), coalesce(sum(t.outcome = 'partial'), 0), "
                                         "coalesce(sum(t.outcome = 'unfulfilled'), 0), coalesce(sum(t.outcome = 'false'), 0) "
                                         "FROM verification_tasks t ")
                              + (filtersEntities(filter) ? QStringLiteral("JOIN commitments c ON c.id = t.commitment_id JOIN entities e ON e.id = c.entity_id ")
                                                         : QString())
                              + QStringLiteral("WHERE 1")
                              + tasks.sql(),
                      values);
    if (t.next()) {
        s.pushes = t.value(0).toLongLong();
        s.verified = t.value(1).toLongLong();
        s.overdue = t.value(2).toLongLong();
        s.fulfilled = t.value(3).toLongLong();
        s.partial = t.value(4).toLongLong();
        s.unfulfilled = t.value(5).toLongLong();
        s.falseCommitments = t.value(6).toLongLong();
    }
    return s;
}

} // namespace cl
