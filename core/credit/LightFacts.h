#pragma once

#include "LightEngine.h"

#include <QDate>
#include <memory>
#include <string>
#include <string_view>
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
    std::vector<LightFact> facts;  // only evaluations that count: latest per (department, scheme) and valid
};

// The evaluations a write transaction wrote, collected as it writes them (a grade import: its
// reading thread adds every good row of the file in file order, the writer then tells which
// evaluation each row went to), so that the lights need not read them back (LightFacts::loadOverlaid).
// The texts are UTF-8 exactly as bound to the statements. Held compactly: 36 bytes a row.
class EvaluationOverlay
{
public:
    EvaluationOverlay();
    ~EvaluationOverlay();
    EvaluationOverlay(const EvaluationOverlay &) = delete;
    EvaluationOverlay &operator=(const EvaluationOverlay &) = delete;

    void reserve(size_t rows);
    void add(qint64 entity, qint64 department, std::string_view scheme, std::string_view evaluatedOn, std::string_view validFrom,
             std::string_view validTo, std::string_view level, std::string_view rawGrade);
    size_t size() const;
    // ids[i]: the evaluation row i was written to (inserted or updated), 0 when it changed nothing.
    // A row written again later in the file (same id) gives way to the later one.
    void setIds(const std::vector<qint64> &ids);

private:
    friend class LightFacts;
    struct Data;
    std::unique_ptr<Data> d;
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
    // transaction changed nothing that moves a light but the evaluations in `written` (taken over)
    // and new entities: a grade import of its own. The committed records are streamed from
    // `committed` (another connection to the same store, which sees it as it was when the
    // transaction began, since the transaction holds the write lock), the written evaluations
    // merged in from memory, and only the entities' ids are read on `own`. Reading a large
    // import's evaluations back in entity order on `own` meant random reads of freshly written,
    // partly spilled pages: most of the import's light phase.
    static LightFacts loadOverlaid(sqlite3 *committed, sqlite3 *own, const QDate &asOf, const std::vector<qint64> &entityIds,
                                   EvaluationOverlay &written);
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
