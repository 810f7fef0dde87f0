#pragma once

#include "LightEngine.h"

#include <QDate>
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
    // The facts of `entityIds` (sorted) as the open write transaction on `own` sees them, when that
    // transaction changed nothing that moves a light but `changes` and new entities (a grade
    // import): the committed records are streamed from `committed` (another connection to the
    // same store, which sees it as it was when the transaction began, since the transaction holds
    // the write lock), and only the changed evaluations and the entities' codes are read on `own`,
    // here, into memory. Reading back a large import's evaluations in entity order on `own` meant
    // random reads of freshly written, partly spilled pages; this reads them in the order written.
    static LightFacts loadOverlaid(sqlite3 *committed, sqlite3 *own, const QDate &asOf, const std::vector<qint64> &entityIds,
                                   const EvaluationChanges &changes);
    bool next(EntityFacts &facts);

private:
    LightFacts();
    void nextEvaluations(qint64 id, EntityFacts &facts);
    void nextEvaluationsOverlaid(qint64 id, EntityFacts &facts);
    struct Streams;
    struct Overlay;
    std::unique_ptr<Streams> m;
};

} // namespace cl
