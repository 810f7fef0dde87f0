#include "LightStats.h"

#include "credit/LightEngine.h"
#include "db/SqlUtil.h"

namespace cl {

namespace {
QList<LightStats::Row> grouped(const QSqlDatabase &db, const QString &nameExpr, const QString &join, const QString &groupBy)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT %1, sum(l.light = 'red'), sum(l.light = 'yellow'), sum(l.light = 'green'), "
                                               "sum(l.light = 'grey') FROM entity_lights l JOIN entities e ON e.id = l.entity_id %2 "
                                               "GROUP BY %3 ORDER BY count(*) DESC, 1")
                                    .arg(nameExpr, join, groupBy));
    QList<LightStats::Row> rows;
    while (q.next())
        rows << LightStats::Row{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                q.value(4).toLongLong()};
    return rows;
}
} // namespace

LightStats LightStats::read(const QSqlDatabase &db)
{
    LightStats s;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT light, count(*) FROM entity_lights GROUP BY light"));
    while (q.next()) {
        const QString light = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (light == QLatin1String("red")) s.overall.red = n;
        else if (light == QLatin1String("yellow")) s.overall.yellow = n;
        else if (light == QLatin1String("green")) s.overall.green = n;
        else if (light == QLatin1String("grey")) s.overall.grey = n;
    }
    s.byIndustry = grouped(db, QStringLiteral("coalesce(i.name, '')"), QStringLiteral("LEFT JOIN industries i ON i.id = e.industry_id"),
                           QStringLiteral("e.industry_id"));
    s.byTown = grouped(db, QStringLiteral("coalesce(t.name, '')"), QStringLiteral("LEFT JOIN towns t ON t.id = e.town_id"),
                       QStringLiteral("e.town_id"));
    s.fullAsOf = LightEngine::fullRecomputeAsOf(db);
    s.latestAsOf = LightEngine::latestAsOf(db);
    s.notComputed = sql::scalar(db, QStringLiteral("SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_lights l WHERE l.entity_id = e.id)"))
                        .toLongLong();
    return s;
}

} // namespace cl
