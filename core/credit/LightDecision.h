#pragma once

#include "LightEngine.h"
#include "LightReasons.h"

#include <QSet>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;

namespace cl {

// One record that can move a light, kept compact (std::string's small-string storage holds dates,
// codes and levels without allocating): a recomputation reads a million of them.
struct LightFact
{
    enum Source : quint8 { Dishonest, Finding, Evaluation };
    Source source = Evaluation;
    qint64 department = 0;   // department id (findings, evaluations)
    std::string authority;   // dishonest: the listing authority
    std::string kind;        // finding kind, or the evaluation's scheme
    std::string key;         // evaluation id, finding source key, listing id
    std::string rawGrade;
    std::string level;
    std::string date;        // listed on / valid from / evaluated on
    std::string validFrom;
    std::string validTo;
    std::string detail;
};

struct EntityFacts
{
    qint64 entityId = 0;
    std::string code;
    std::vector<LightFact> facts;  // only evaluations that count: latest per (department, scheme) and valid
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

private:
    LightFacts();
    struct Streams;
    std::unique_ptr<Streams> m;
};

// Applies the rules to facts: the first rule with a matching record wins, and the records that
// matched it are the reasons.
class LightDecision
{
public:
    LightDecision(QList<LightRule> rules, int ruleVersion, const QSqlDatabase &db);

    struct Outcome
    {
        const LightRule *rule = nullptr;
        std::vector<const LightFact *> reasons;
    };
    void decide(const EntityFacts &facts, Outcome &outcome) const;
    LightResult result(const EntityFacts &facts, const QDate &asOf) const;

    // Decides every entity of the stream and writes the changes (entity_lights, light_history,
    // outbox), every few thousand entities as it goes (see apply() for why that is safe).
    // only: when set, entities outside it are skipped (neither decided nor written).
    // reader: when set, the facts were loaded on this second connection (which must see what `db`
    // sees); the stored lights are read there too, and reading and deciding run on a thread of
    // their own while this one writes.
    LightEngine::Stats apply(sqlite3 *db, LightFacts &facts, const QDate &asOf, const QString &now, bool subset,
                             const QSet<qint64> *only = nullptr, sqlite3 *reader = nullptr) const;

private:
    struct CompiledRule
    {
        LightRule rule;
        std::vector<std::string> match;
        LightFact::Source source;
        bool always;
    };
    std::vector<CompiledRule> m_rules;
    int m_version;
    LightReasonCodec m_codec;
    LightRule m_fallback;
};

} // namespace cl
