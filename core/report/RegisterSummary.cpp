#include "RegisterSummary.h"

#include "db/SqlUtil.h"

namespace cl {

namespace {
QList<QPair<QString, qint64>> pairs(const QSqlDatabase &db, const QString &statement)
{
    QList<QPair<QString, qint64>> out;
    QSqlQuery q = sql::exec(db, statement);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}
} // namespace

RegisterSummary RegisterSummary::read(const QSqlDatabase &db)
{
    RegisterSummary s;
    s.schemaVersion = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    s.entities = sql::scalar(db, QStringLiteral("SELECT count(*) FROM entities")).toLongLong();
    s.byKind = pairs(db, QStringLiteral("SELECT kind, count(*) AS n FROM entities GROUP BY kind ORDER BY n DESC, kind"));
    s.byTown = pairs(db, QStringLiteral("SELECT coalesce(t.name, ''), count(*) AS n FROM entities e LEFT JOIN towns t ON t.id = e.town_id "
                                        "GROUP BY e.town_id ORDER BY n DESC, t.name"));
    s.usersByRole = pairs(db, QStringLiteral("SELECT role, count(*) FROM users WHERE active = 1 GROUP BY role ORDER BY role"));
    s.demoUsers = sql::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE is_demo = 1")).toLongLong();
    s.auditEntries = sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    // Records, not outbox rows: a grade import queues its evaluations as one row with their counts, a light
    // computation its changes as one row with their number.
    s.pendingOutbox = sql::scalar(db, QStringLiteral("SELECT coalesce(sum(CASE kind WHEN 'light_changes' THEN json_extract(payload, '$.count') "
                                                     "WHEN 'evaluation_batch' THEN json_extract(payload, '$.inserted') + json_extract(payload, '$.updated') "
                                                     "ELSE 1 END), 0) FROM outbox WHERE package_seq IS NULL")).toLongLong();
    return s;
}

} // namespace cl
