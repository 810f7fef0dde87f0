#pragma once

#include "LightEngine.h"
#include "LightFacts.h"
#include "LightReasons.h"

#include <QSet>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;

namespace cl {

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
