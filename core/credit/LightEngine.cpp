#include "LightEngine.h"

#include "LightDecision.h"
#include "LightReasons.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/DeferredIndexes.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <sqlite3.h>

namespace cl {

namespace {
constexpr int BulkCacheKiB = 64 * 1024;
// An import's process already holds its own large cache; the committed store is read mostly in order.
constexpr int ImportReaderCacheKiB = 16 * 1024;
constexpr qint64 RebuildIndexesFrom = 50000;
}

QJsonObject LightReason::toJson() const
{
    QJsonObject o{{QStringLiteral("rule_id"), ruleId}, {QStringLiteral("source"), source}, {QStringLiteral("key"), key}};
    auto put = [&o](const char *name, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(name), v);
    };
    put("kind", kind);
    put("department", department);
    put("raw_grade", rawGrade);
    put("level", level);
    put("date", date);
    put("valid_from", validFrom);
    put("valid_to", validTo);
    put("detail", detail);
    return o;
}

QJsonObject LightResult::toJson() const
{
    QJsonArray r;
    for (const LightReason &reason : reasons)
        r.append(reason.toJson());
    return {{QStringLiteral("light"), light},
            {QStringLiteral("rule_id"), ruleId},
            {QStringLiteral("rule_version"), ruleVersion},
            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("reasons"), r}};
}

int LightEngine::currentRuleVersion(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT max(version) FROM rule_versions WHERE kind = 'lights'")).toInt();
}

QList<LightRule> LightEngine::rules(const QSqlDatabase &db, int version)
{
    const int v = version < 0 ? currentRuleVersion(db) : version;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT rule_id, priority, light, source, match, description FROM light_rules "
                                               "WHERE version = ? ORDER BY priority"), {v});
    QList<LightRule> out;
    while (q.next())
        out << LightRule{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), q.value(5).toString()};
    return out;
}

QString LightEngine::lightLabel(const QString &light)
{
    if (light == QLatin1String("red")) return tr("Red");
    if (light == QLatin1String("yellow")) return tr("Yellow");
    if (light == QLatin1String("green")) return tr("Green");
    if (light == QLatin1String("grey")) return tr("Grey (not evaluated)");
    return light;
}

QString LightEngine::ruleLabel(const QString &ruleId)
{
    if (ruleId == QLatin1String("R1")) return tr("on the serious-dishonesty list");
    if (ruleId == QLatin1String("R2")) return tr("a confirmed false commitment, not repaired");
    if (ruleId == QLatin1String("R3")) return tr("a commitment not fulfilled past its rectification deadline, not repaired");
    if (ruleId == QLatin1String("R4")) return tr("an evaluation at level R3 (high risk / dishonest)");
    if (ruleId == QLatin1String("Y1")) return tr("an evaluation at level R2 (elevated risk)");
    if (ruleId == QLatin1String("Y2")) return tr("a commitment partly fulfilled, or missing materials overdue");
    if (ruleId == QLatin1String("Y3")) return tr("an administrative penalty within its publicity period");
    if (ruleId == QLatin1String("G1")) return tr("valid evaluations at R0 or R1 and nothing negative");
    if (ruleId == QLatin1String("U1")) return tr("no valid evaluation and nothing negative");
    return ruleId;
}

QString LightEngine::findingKindLabel(const QString &kind)
{
    if (kind == QLatin1String("false_commitment")) return tr("false commitment");
    if (kind == QLatin1String("unfulfilled_overdue")) return tr("commitment unfulfilled past the deadline");
    if (kind == QLatin1String("partial_fulfilment")) return tr("commitment partly fulfilled");
    if (kind == QLatin1String("deficiency_overdue")) return tr("missing materials overdue");
    if (kind == QLatin1String("penalty_publicity")) return tr("administrative penalty in publicity");
    return kind;
}

LightResult LightEngine::explain(qint64 entityId, const QDate &asOf) const
{
    const LightDecision decision(rules(m_db.sql()), currentRuleVersion(m_db.sql()), m_db.sql());
    LightFacts facts = LightFacts::load(m_db.raw(), asOf, &entityId);
    EntityFacts entity;
    if (!facts.next(entity))
        entity.entityId = entityId;
    return decision.result(entity, asOf);
}

QString LightEngine::latestAsOf(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'lights_latest_as_of'")).toString();
}

QString LightEngine::fullRecomputeAsOf(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'lights_full_as_of'")).toString();
}

LightEngine::Stats LightEngine::recompute(WriteTransaction &tx, const QDate &asOf, const QList<qint64> &entityIds, bool all)
{
    return recomputeWith(tx, asOf, entityIds, all, nullptr);
}

LightEngine::Stats LightEngine::recomputeImported(WriteTransaction &tx, const QDate &asOf, const QList<qint64> &entityIds,
                                                  EvaluationOverlay &written)
{
    return recomputeWith(tx, asOf, entityIds, false, &written);
}

LightEngine::Stats LightEngine::recomputeWith(WriteTransaction &tx, const QDate &asOf, const QList<qint64> &entityIds, bool all,
                                              EvaluationOverlay *written)
{
    QElapsedTimer timer;
    timer.start();
    Stats stats;
    if (!all && entityIds.isEmpty())
        return stats;
    // The stored lights are the present: a past date is looked at with explain(), never written over them.
    const QString date = asOf.toString(Qt::ISODate);
    const QString latest = latestAsOf(tx.sql());
    if (!latest.isEmpty() && date < latest)
        throw Error(ErrorKind::Refused,
                    tr("The lights were last computed as of %1; computing them as of the earlier date %2 would overwrite them. "
                       "To see a past light, use lights show CODE --as-of DATE.").arg(latest, date));
    sqlite3 *raw = tx.database().raw();
    const LightDecision decision(rules(tx.sql()), currentRuleVersion(tx.sql()), tx.sql());
    // When many entities are touched, one ordered pass over everything, deciding only the touched
    // ones, beats filtering every query through a temp table. Only touched entities are written either way.
    bool subset = !all;
    QSet<qint64> only;
    if (subset && entityIds.size() > 10000
        && entityIds.size() * 4 > sql::scalar(tx.sql(), QStringLiteral("SELECT count(*) FROM entities")).toLongLong()) {
        subset = false;
        only = QSet<qint64>(entityIds.begin(), entityIds.end());
    }
    if (subset) {
        sql::exec(tx.sql(), QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS light_targets(id INTEGER PRIMARY KEY)"));
        sql::exec(tx.sql(), QStringLiteral("DELETE FROM temp.light_targets"));
        RawStatement add(raw, "INSERT OR IGNORE INTO temp.light_targets(id) VALUES (?)");
        for (qint64 id : entityIds) {
            add.bind(1, id);
            add.run();
        }
    }
    {
        // A full pass writes up to a row in three tables per entity: foreign keys are off while it
        // does (it only writes rows of entities it has just read from the entities table), and
        // the page cache is large enough to keep the written pages out of the WAL until COMMIT.
        // Both are the connection's settings, restored afterwards.
        int foreignKeys = 0;
        sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &foreignKeys);
        const bool bulk = !subset;
        const bool parallel = tx.unchangedSoFar();  // before the index changes below
        const int previousCache = bulk ? sql::scalar(tx.sql(), QStringLiteral("PRAGMA cache_size")).toInt() : 0;
        if (bulk) {
            sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_FKEY, 0, nullptr);
            if (previousCache >= 0 ? previousCache * 4 < BulkCacheKiB : -previousCache < BulkCacheKiB)
                sql::exec(tx.sql(), QStringLiteral("PRAGMA cache_size = -%1").arg(BulkCacheKiB));
        }
        const auto restore = qScopeGuard([&] {
            if (bulk) {
                sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_FKEY, foreignKeys, nullptr);
                QSqlQuery(tx.sql()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache));
            }
        });
        // When most lights are new (a first computation) or rewritten (after a big import), the
        // secondary indexes of entity_lights are dropped and made again afterwards from their own
        // definitions: sorting 300k keys once is cheaper than moving them in the index one by one.
        DeferredIndexes rebuild(tx.sql(), QStringLiteral("entity_lights"));
        if (bulk) {
            const qint64 storedLights = sql::scalar(tx.sql(), QStringLiteral("SELECT count(*) FROM entity_lights")).toLongLong();
            const qint64 entities = sql::scalar(tx.sql(), QStringLiteral("SELECT max(id) FROM entities")).toLongLong();
            // Entities touched by a big import nearly all get new reasons, so their rows are rewritten too.
            const bool manyTouched = !all && entityIds.size() >= RebuildIndexesFrom;
            if (entities >= RebuildIndexesFrom && (storedLights * 2 < entities || manyTouched))
                rebuild.drop();
        }
        // A full pass in a transaction that has written nothing yet (lights recompute) reads on a
        // second connection, which then sees exactly what this one does, and decides on a thread
        // of its own while this one writes: the reads and the writes take about as long.
        // A large import's pass does the same with the records as committed before the import,
        // its own evaluations merged in from memory (LightFacts::loadOverlaid).
        std::unique_ptr<Database> reader;
        const bool onDisk = tx.database().path() != QLatin1String(":memory:");
        const bool overlaid = written && !subset && onDisk;
        if ((all && !subset && only.isEmpty() && parallel && onDisk) || overlaid) {
            reader = tx.database().openSibling();
            // Its reads are the random look-ups of the evaluations in entity order: the same cache as this one.
            sql::exec(reader->sql(), QStringLiteral("PRAGMA cache_size = -%1").arg(overlaid ? ImportReaderCacheKiB : BulkCacheKiB));
            // A full pass reads the committed store through a memory map: no read() and no copy per
            // page of its random table look-ups (measured: first computation of 300k lights 1.48 → 1.23 s).
            // Not for an import, whose process must stay small (mapped pages count as its memory).
            if (!overlaid)
                sqlite3_exec(reader->raw(), "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
        }
        {
            std::vector<qint64> sortedIds;
            if (overlaid) {
                sortedIds.assign(entityIds.begin(), entityIds.end());
                std::sort(sortedIds.begin(), sortedIds.end());
            }
            QElapsedTimer loading;
            loading.start();
            LightFacts facts = overlaid ? LightFacts::loadOverlaid(reader->raw(), raw, asOf, sortedIds, *written)
                                        : LightFacts::load(reader ? reader->raw() : raw, asOf, nullptr, subset);
            if (overlaid && qEnvironmentVariableIsSet("CREDITLOOP_PROFILE"))
                qInfo("lights: facts of the import prepared in %lld ms", static_cast<long long>(loading.elapsed()));
            stats = decision.apply(raw, facts, asOf, Clock::nowIso(), subset, only.isEmpty() ? nullptr : &only,
                                   reader ? reader->raw() : nullptr);
        }
        rebuild.restore();
    }
    const QString setMeta = QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    sql::exec(tx.sql(), setMeta, {QStringLiteral("lights_latest_as_of"), date});
    if (all)
        sql::exec(tx.sql(), setMeta, {QStringLiteral("lights_full_as_of"), date});
    stats.elapsedMs = timer.elapsed();
    return stats;
}

LightEngine::Stats LightEngine::recomputeAll(const Actor &actor, const QDate &asOf)
{
    WriteTransaction tx(m_db, actor, Permission::EntityView);
    const Stats stats = recompute(tx, asOf);
    tx.audit(QStringLiteral("lights.recompute"), QStringLiteral("lights"), asOf.toString(Qt::ISODate), {},
             {{QStringLiteral("entities"), stats.entities}, {QStringLiteral("changed"), stats.changed},
              {QStringLiteral("rule_version"), currentRuleVersion(tx.sql())}});
    tx.commit();
    return stats;
}

std::optional<LightHistoryEntry> LightEngine::recordedOn(qint64 entityId, const QDate &date) const
{
    QSqlQuery q = sql::exec(m_db.sql(),
                            QStringLiteral("SELECT effective_on, light, rule_id, rule_version, reasons, recorded_at FROM light_history "
                                           "WHERE entity_id = ? AND effective_on <= ? ORDER BY effective_on DESC, id DESC LIMIT 1"),
                            {entityId, date.toString(Qt::ISODate)});
    if (!q.next())
        return std::nullopt;
    const LightReasonCodec codec(m_db.sql());
    return LightHistoryEntry{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toInt(), codec.expand(q.value(4).toByteArray(), q.value(2).toString()), q.value(5).toString()};
}

QList<LightHistoryEntry> LightEngine::history(qint64 entityId) const
{
    QSqlQuery q = sql::exec(m_db.sql(),
                            QStringLiteral("SELECT effective_on, light, rule_id, rule_version, reasons, recorded_at FROM light_history "
                                           "WHERE entity_id = ? ORDER BY effective_on, id"),
                            {entityId});
    QList<LightHistoryEntry> out;
    std::optional<LightReasonCodec> codec;
    while (q.next()) {
        if (!codec)
            codec.emplace(m_db.sql());
        out << LightHistoryEntry{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toInt(), codec->expand(q.value(4).toByteArray(), q.value(2).toString()), q.value(5).toString()};
    }
    return out;
}

std::optional<LightResult> LightEngine::stored(qint64 entityId) const
{
    QSqlQuery q = sql::exec(m_db.sql(), QStringLiteral("SELECT light, rule_id, rule_version, as_of, reasons FROM entity_lights WHERE entity_id = ?"),
                            {entityId});
    if (!q.next())
        return std::nullopt;
    LightResult r;
    r.light = q.value(0).toString();
    r.ruleId = q.value(1).toString();
    r.ruleVersion = q.value(2).toInt();
    r.asOf = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.reasons = LightReasonCodec(m_db.sql()).decode(q.value(4).toByteArray(), r.ruleId);
    return r;
}

} // namespace cl
