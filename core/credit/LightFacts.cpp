#include "LightFacts.h"

#include "common/Error.h"

#include <QByteArray>
#include <algorithm>
#include <deque>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <sqlite3.h>

namespace cl {

namespace {

void assign(std::string &out, sqlite3_stmt *stmt, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    out.assign(p ? p : "", p ? size_t(sqlite3_column_bytes(stmt, column)) : 0);
}

// The evaluation columns of the facts statement (scheme … id, columns 2–8) into a fact.
void assignEvaluation(LightFact &f, sqlite3_stmt *stmt)
{
    assign(f.kind, stmt, 2);
    assign(f.date, stmt, 3);
    assign(f.validFrom, stmt, 4);
    assign(f.validTo, stmt, 5);
    assign(f.level, stmt, 6);
    assign(f.rawGrade, stmt, 7);
    f.key = std::to_string(sqlite3_column_int64(stmt, 8));
}

// A plain wrapper for the hot loop: RawStatement's QString accessors would allocate per column.
struct Cursor
{
    sqlite3_stmt *stmt = nullptr;
    bool has = false;
    explicit Cursor(sqlite3 *db, const QByteArray &sql, const QByteArray &asOf, const qint64 *single)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            throw Error(ErrorKind::Database, QStringLiteral("light facts: ") + QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_bind_text(stmt, 1, asOf.constData(), int(asOf.size()), SQLITE_TRANSIENT);
        if (single)
            sqlite3_bind_int64(stmt, 2, *single);
        step();
    }
    ~Cursor() { sqlite3_finalize(stmt); }
    void step() { has = sqlite3_step(stmt) == SQLITE_ROW; }
    qint64 entity() const { return sqlite3_column_int64(stmt, 0); }
};

// The columns of an evaluation as the facts read them (both modes, same order).
constexpr const char *EvaluationColumns = "x.entity_id, x.department_id, x.scheme, x.evaluated_on, x.valid_from, x.valid_to, "
                                          "x.level, x.raw_grade, x.id";

} // namespace

// The evaluations a transaction wrote, held compactly (a large import writes a million): the
// texts interned (a file repeats a few schemes, levels, grades and dates).
struct EvaluationOverlay::Data
{
    // 36 bytes: ids of entities and departments fit 32 bits, evaluation ids are kept as the
    // distance from idBase (a million rows: 36 MB).
    struct Row
    {
        quint32 entity, id, department;
        quint32 scheme, evaluatedOn, validFrom, validTo, level, rawGrade;
    };
    qint64 idBase = 0;
    std::vector<Row> rows;
    std::deque<std::string> texts; // stable addresses for the views below
    std::unordered_map<std::string_view, quint32> index;

    quint32 intern(std::string_view s)
    {
        const auto it = index.find(s);
        if (it != index.end())
            return it->second;
        texts.emplace_back(s);
        const auto n = quint32(texts.size() - 1);
        index.emplace(std::string_view(texts.back()), n);
        return n;
    }
    static quint32 narrow(qint64 v)
    {
        if (v < 0 || v > qint64(std::numeric_limits<quint32>::max()))
            throw Error(ErrorKind::Database, QStringLiteral("light facts: id %1 out of range").arg(v));
        return quint32(v);
    }
    void add(qint64 entity, qint64 department, std::string_view scheme, std::string_view evaluatedOn, std::string_view validFrom,
             std::string_view validTo, std::string_view level, std::string_view rawGrade, quint32 id)
    {
        Row r;
        r.entity = narrow(entity);
        r.department = narrow(department);
        r.scheme = intern(scheme);
        r.evaluatedOn = intern(evaluatedOn);
        // Imports write valid_from = evaluated_on: one look-up instead of two.
        r.validFrom = validFrom == std::string_view(texts[r.evaluatedOn]) ? r.evaluatedOn : intern(validFrom);
        r.validTo = intern(validTo);
        r.level = intern(level);
        r.rawGrade = intern(rawGrade);
        r.id = id;
        rows.push_back(r);
    }
};

EvaluationOverlay::EvaluationOverlay() : d(std::make_unique<Data>()) {}
EvaluationOverlay::~EvaluationOverlay() = default;

void EvaluationOverlay::reserve(size_t rows)
{
    d->rows.reserve(rows);
}

void EvaluationOverlay::add(qint64 entity, qint64 department, std::string_view scheme, std::string_view evaluatedOn,
                            std::string_view validFrom, std::string_view validTo, std::string_view level, std::string_view rawGrade)
{
    d->add(entity, department, scheme, evaluatedOn, validFrom, validTo, level, rawGrade, 0);
}

size_t EvaluationOverlay::size() const
{
    return d->rows.size();
}

void EvaluationOverlay::setIds(const std::vector<qint64> &ids)
{
    if (ids.size() != d->rows.size())
        throw Error(ErrorKind::Database, QStringLiteral("light facts: %1 ids for %2 evaluations").arg(ids.size()).arg(d->rows.size()));
    qint64 lowest = 0;
    for (qint64 id : ids)
        if (id > 0 && (lowest == 0 || id < lowest))
            lowest = id;
    d->idBase = lowest;
    // Rows that wrote nothing go; a row written again later in the file (same id) gives way to the later one.
    std::unordered_map<qint64, size_t> kept;
    size_t n = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] <= 0)
            continue;
        Data::Row r = d->rows[i];
        r.id = Data::narrow(ids[i] - lowest);
        const auto [it, fresh] = kept.emplace(ids[i], n);
        if (fresh)
            d->rows[n++] = r;
        else
            d->rows[it->second] = r;
    }
    d->rows.resize(n);
}

// The written evaluations (sorted by entity) and the entities of the stream (in id order).
struct LightFacts::Overlay
{
    EvaluationOverlay evaluations;
    size_t at = 0;                 // first row of the next entity
    std::vector<qint64> entityIds;
    size_t nextEntity = 0;
};

struct LightFacts::Streams
{
    std::unique_ptr<Cursor> entities, dishonest, findings, evaluations;
    std::string asOf;
    LightFact pending;
    std::string pendingScheme;
    std::unique_ptr<Overlay> overlay;
    std::vector<LightFact> candidates;  // overlaid mode: one entity's evaluations, reused
    std::vector<const LightFact *> order;
};

LightFacts::LightFacts() : m(std::make_unique<Streams>()) {}
LightFacts::LightFacts(LightFacts &&) noexcept = default;
LightFacts::~LightFacts() = default;

LightFacts LightFacts::load(sqlite3 *db, const QDate &asOf, const qint64 *single, bool subset)
{
    LightFacts f;
    const QByteArray asOfText = asOf.toString(Qt::ISODate).toLatin1();
    f.m->asOf = asOfText.toStdString();
    const char *filterE = single ? " WHERE id = ?2" : subset ? " WHERE id IN (SELECT id FROM temp.light_targets)" : "";
    const char *filterX = single ? " AND x.entity_id = ?2" : subset ? " AND x.entity_id IN (SELECT id FROM temp.light_targets)" : "";
    f.m->entities = std::make_unique<Cursor>(db, QByteArray("SELECT id, ?1 FROM entities") + filterE + " ORDER BY id", asOfText, single);
    f.m->dishonest = std::make_unique<Cursor>(
        db,
        QByteArray("SELECT x.entity_id, x.id, x.listing_authority, x.basis, x.listed_on, coalesce(x.removed_on, '') "
                   "FROM dishonest_list x WHERE x.listed_on <= ?1 AND (x.removed_on IS NULL OR x.removed_on > ?1)")
            + filterX + " ORDER BY x.entity_id",
        asOfText, single);
    f.m->findings = std::make_unique<Cursor>(
        db,
        QByteArray("SELECT x.entity_id, x.kind, x.source_type || ':' || x.source_key, coalesce(x.department_id, 0), "
                   "x.valid_from, coalesce(x.valid_to, ''), x.detail FROM credit_findings x "
                   "WHERE x.valid_from <= ?1 AND (x.valid_to IS NULL OR x.valid_to >= ?1) "
                   "AND (x.repaired_on IS NULL OR x.repaired_on > ?1)")
            + filterX + " ORDER BY x.entity_id",
        asOfText, single);
    // The unique key (entity, department, scheme, evaluated_on) orders the scan: the last row of
    // each (department, scheme) group is the evaluation that counts.
    f.m->evaluations = std::make_unique<Cursor>(
        db,
        QByteArray("SELECT ") + EvaluationColumns + " FROM evaluations x WHERE x.evaluated_on <= ?1"
            + filterX + " ORDER BY x.entity_id, x.department_id, x.scheme, x.evaluated_on",
        asOfText, single);
    return f;
}

LightFacts LightFacts::loadOverlaid(sqlite3 *committed, sqlite3 *own, const QDate &asOf, const std::vector<qint64> &entityIds,
                                    EvaluationOverlay &written)
{
    // The committed records, every entity (the caller's entities are a large part of the store:
    // one ordered pass beats filtering); next() only stops at the caller's entities.
    LightFacts f = load(committed, asOf, nullptr, false);
    f.m->entities.reset();
    auto overlay = std::make_unique<Overlay>();
    Overlay &o = *overlay;
    const QByteArray asOfText = asOf.toString(Qt::ISODate).toLatin1();

    // The entities, as this transaction sees them (new entities included).
    {
        Cursor e(own, "SELECT id, ?1 FROM entities ORDER BY id", asOfText, nullptr);
        auto wanted = entityIds.begin();
        o.entityIds.reserve(entityIds.size());
        for (; e.has && wanted != entityIds.end(); e.step()) {
            const qint64 id = e.entity();
            while (wanted != entityIds.end() && *wanted < id)
                ++wanted;
            if (wanted != entityIds.end() && *wanted == id)
                o.entityIds.push_back(id);
        }
    }
    // The evaluations this transaction wrote, less those dated after the date (as the committed ones).
    std::swap(o.evaluations.d, written.d);
    EvaluationOverlay::Data &v = *o.evaluations.d;
    const std::string &date = f.m->asOf;
    v.rows.erase(std::remove_if(v.rows.begin(), v.rows.end(), [&](const EvaluationOverlay::Data::Row &r) { return v.texts[r.evaluatedOn] > date; }),
                 v.rows.end());
    std::sort(v.rows.begin(), v.rows.end(), [](const EvaluationOverlay::Data::Row &a, const EvaluationOverlay::Data::Row &b) {
        return a.entity != b.entity ? a.entity < b.entity : a.id < b.id;
    });
    f.m->overlay = std::move(overlay);
    return f;
}

bool LightFacts::next(EntityFacts &facts)
{
    Streams &s = *m;
    qint64 id = 0;
    if (Overlay *o = s.overlay.get()) {
        if (o->nextEntity >= o->entityIds.size())
            return false;
        const size_t i = o->nextEntity++;
        id = o->entityIds[i];
    } else {
        Cursor &e = *s.entities;
        if (!e.has)
            return false;
        id = e.entity();
        e.step();
    }
    facts.entityId = id;
    facts.facts.clear();

    for (Cursor &d = *s.dishonest; d.has && d.entity() <= id; d.step()) {
        if (d.entity() != id)
            continue;
        LightFact &f = facts.facts.emplace_back();
        f.source = LightFact::Dishonest;
        f.key = std::to_string(sqlite3_column_int64(d.stmt, 1));
        assign(f.authority, d.stmt, 2);
        assign(f.detail, d.stmt, 3);
        assign(f.date, d.stmt, 4);
        assign(f.validTo, d.stmt, 5);
    }
    for (Cursor &c = *s.findings; c.has && c.entity() <= id; c.step()) {
        if (c.entity() != id)
            continue;
        LightFact &f = facts.facts.emplace_back();
        f.source = LightFact::Finding;
        assign(f.kind, c.stmt, 1);
        assign(f.key, c.stmt, 2);
        f.department = sqlite3_column_int64(c.stmt, 3);
        assign(f.date, c.stmt, 4);
        assign(f.validTo, c.stmt, 5);
        assign(f.detail, c.stmt, 6);
    }
    if (s.overlay)
        nextEvaluationsOverlaid(id, facts);
    else
        nextEvaluations(id, facts);
    return true;
}

// Evaluations: keep the last of each (department, scheme) group, and only if valid on the date.
void LightFacts::nextEvaluations(qint64 id, EntityFacts &facts)
{
    Streams &s = *m;
    bool pending = false;
    LightFact &p = s.pending;
    auto flush = [&] {
        if (pending && p.validFrom <= s.asOf && p.validTo >= s.asOf)
            facts.facts.push_back(p);
        pending = false;
    };
    for (Cursor &v = *s.evaluations; v.has && v.entity() <= id; v.step()) {
        if (v.entity() != id)
            continue;
        const qint64 department = sqlite3_column_int64(v.stmt, 1);
        const auto *scheme = reinterpret_cast<const char *>(sqlite3_column_text(v.stmt, 2));
        if (pending && (department != p.department || p.kind != scheme))
            flush();
        pending = true;
        p.source = LightFact::Evaluation;
        p.department = department;
        assignEvaluation(p, v.stmt);
    }
    flush();
}

// The same from the committed evaluations (less the rewritten ones) and the transaction's own,
// put in the order of the unique key (std::string compares bytes as SQLite's BINARY does).
void LightFacts::nextEvaluationsOverlaid(qint64 id, EntityFacts &facts)
{
    Streams &s = *m;
    Overlay &o = *s.overlay;
    std::vector<LightFact> &c = s.candidates;
    size_t n = 0;
    auto slot = [&]() -> LightFact & {
        if (n == c.size())
            c.emplace_back();
        LightFact &f = c[n++];
        f.source = LightFact::Evaluation;
        return f;
    };
    const EvaluationOverlay::Data &w = *o.evaluations.d;
    while (o.at < w.rows.size() && w.rows[o.at].entity < id)
        ++o.at;
    const size_t first = o.at;
    for (; o.at < w.rows.size() && w.rows[o.at].entity == id; ++o.at) {
        const EvaluationOverlay::Data::Row &r = w.rows[o.at];
        LightFact &f = slot();
        f.department = r.department;
        f.kind = w.texts[r.scheme];
        f.date = w.texts[r.evaluatedOn];
        f.validFrom = w.texts[r.validFrom];
        f.validTo = w.texts[r.validTo];
        f.level = w.texts[r.level];
        f.rawGrade = w.texts[r.rawGrade];
        f.key = std::to_string(w.idBase + qint64(r.id));
    }
    // A committed evaluation the transaction rewrote (same id, same entity) is taken as written.
    auto rewritten = [&](qint64 evaluationId) {
        for (size_t i = first; i < o.at; ++i)
            if (w.idBase + qint64(w.rows[i].id) == evaluationId)
                return true;
        return false;
    };
    for (Cursor &v = *s.evaluations; v.has && v.entity() <= id; v.step()) {
        if (v.entity() != id)
            continue;
        const qint64 evaluationId = sqlite3_column_int64(v.stmt, 8);
        if (first < o.at && rewritten(evaluationId))
            continue;
        LightFact &f = slot();
        f.department = sqlite3_column_int64(v.stmt, 1);
        assignEvaluation(f, v.stmt);
    }
    std::vector<const LightFact *> &order = s.order;
    order.resize(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = &c[i];
    std::sort(order.begin(), order.end(), [](const LightFact *a, const LightFact *b) {
        if (a->department != b->department)
            return a->department < b->department;
        if (const int k = a->kind.compare(b->kind))
            return k < 0;
        return a->date < b->date;
    });
    for (size_t i = 0; i < n; ++i) {
        const LightFact &f = *order[i];
        const bool lastOfGroup = i + 1 == n || order[i + 1]->department != f.department || order[i + 1]->kind != f.kind;
        if (lastOfGroup && f.validFrom <= s.asOf && f.validTo >= s.asOf)
            facts.facts.push_back(f);
    }
}

} // namespace cl
