#pragma once

#include "LightEngine.h"

#include <QHash>
#include <memory>

struct sqlite3;

namespace cl {

class RawStatement;

// Everything known about one entity that can move its light, as of a date.
struct EntityFacts
{
    qint64 entityId = 0;
    QString code;
    QList<LightReason> dishonest;
    QList<LightReason> findings;     // kind = finding kind
    QList<LightReason> evaluations;  // only the latest per (department, scheme), and only if valid
};

// Streams the facts of all (or the targeted) entities in entity order, merging the record tables.
class LightFacts
{
public:
    LightFacts(LightFacts &&) noexcept;
    ~LightFacts();
    // single: one entity; subset: the entities in temp.light_targets; neither: all entities.
    static LightFacts load(sqlite3 *db, const QDate &asOf, const qint64 *single, bool subset = false);
    bool next(EntityFacts &facts);
    EntityFacts takeFor(qint64 entityId);

private:
    LightFacts();
    struct Streams;
    std::unique_ptr<Streams> m;
};

// Applies the rules to facts: first rule with a matching record wins.
class LightDecision
{
public:
    LightDecision(QList<LightRule> rules, int ruleVersion, QHash<qint64, QString> departmentNames);
    static QHash<qint64, QString> departmentNames(const QSqlDatabase &db);

    LightResult decide(const EntityFacts &facts, const QDate &asOf) const;
    // Decides every entity of the stream and writes the changes (entity_lights, light_history,
    // outbox); returns the counts. Reads everything first, then writes, so no cursor sees its own writes.
    LightEngine::Stats apply(sqlite3 *db, LightFacts &facts, const QDate &asOf, const QString &now, bool subset) const;

    static QByteArray reasonsJson(const QList<LightReason> &reasons);

private:
    QList<LightRule> m_rules;
    int m_version;
    QHash<qint64, QString> m_departments;
};

} // namespace cl
