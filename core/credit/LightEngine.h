#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace cl {

class Database;
class EvaluationOverlay;
class WriteTransaction;
struct Actor;

// One record that caused a light: where it comes from, which department, which date, which rule.
struct LightReason
{
    QString ruleId;
    QString source;      // dishonest | finding | evaluation
    QString key;         // evaluation id, finding source key, listing id
    QString kind;        // finding kind, or the evaluation scheme
    QString department;
    QString rawGrade;    // evaluations
    QString level;       // evaluations
    QString date;        // listed on / valid from / evaluated on
    QString validFrom;   // evaluations
    QString validTo;
    QString detail;

    QJsonObject toJson() const;
};

struct LightResult
{
    QString light;       // red | yellow | green | grey
    QString ruleId;
    int ruleVersion = 0;
    QDate asOf;
    QList<LightReason> reasons;

    QJsonObject toJson() const;
};

struct LightRule
{
    QString ruleId;
    int priority = 0;
    QString light;
    QString source;      // dishonest | finding | evaluation | none
    QStringList match;
    QString description;
};

struct LightHistoryEntry
{
    QDate effectiveOn;
    QString light;
    QString ruleId;
    int ruleVersion = 0;
    QString reasons;     // JSON array text
    QString recordedAt;
};

// The traffic light of DOMAIN.md §5. Rules are data (table light_rules, versioned); the engine
// only evaluates "first rule whose source holds a matching record". The same decision code serves
// explain() for one entity and recompute() for many (streamed in entity order on the raw handle).
class LightEngine
{
    Q_DECLARE_TR_FUNCTIONS(LightEngine)

public:
    explicit LightEngine(Database &db) : m_db(db) {}

    // The light of one entity as of a date, computed from the records, with every reason.
    LightResult explain(qint64 entityId, const QDate &asOf) const;

    struct Stats
    {
        qint64 entities = 0;
        qint64 changed = 0;   // light or rule changed (history rows written)
        qint64 elapsedMs = 0;
    };
    // Recomputes inside the caller's transaction. entityIds empty and all = true: every entity.
    // Refuses (cl::Error Refused) a date before the latest one lights were computed for.
    Stats recompute(WriteTransaction &tx, const QDate &asOf, const QList<qint64> &entityIds = {}, bool all = true);
    // The same for the entities a grade import touched (entityIds), in the import's own
    // transaction, given the evaluations it wrote (taken over): a large import then reads the
    // records as committed before it on a second connection and merges its own from memory
    // (LightFacts::loadOverlaid). The import must have changed nothing else that moves a light.
    Stats recomputeImported(WriteTransaction &tx, const QDate &asOf, const QList<qint64> &entityIds, EvaluationOverlay &written);
    // Own audited transaction, for `lights recompute` and the daily refresh.
    Stats recomputeAll(const Actor &actor, const QDate &asOf);

    // As recorded: the light in force on a date, and the whole history (oldest first).
    std::optional<LightHistoryEntry> recordedOn(qint64 entityId, const QDate &date) const;
    QList<LightHistoryEntry> history(qint64 entityId) const;
    // The light as last computed and stored (entity_lights), with its reasons; none if never computed.
    std::optional<LightResult> stored(qint64 entityId) const;

    // The latest as-of date lights were written for (any recompute), and the date of the last full one.
    static QString latestAsOf(const QSqlDatabase &db);
    static QString fullRecomputeAsOf(const QSqlDatabase &db);

    static QList<LightRule> rules(const QSqlDatabase &db, int version = -1);
    static int currentRuleVersion(const QSqlDatabase &db);
    static QString lightLabel(const QString &light);    // translated 红灯 …
    static QString ruleLabel(const QString &ruleId);    // translated explanation of a default rule id
    static QString findingKindLabel(const QString &kind);

private:
    Stats recomputeWith(WriteTransaction &tx, const QDate &asOf, const QList<qint64> &entityIds, bool all, EvaluationOverlay *written);

    Database &m_db;
};

} // namespace cl
