#pragma once

#include <QtGlobal>
#include <vector>

struct sqlite3;

namespace cl {

// What the dashboard reads of the register and the light history, as packed columns.
struct DashboardColumns
{
    static constexpr quint32 NoEntity = 0xFFFFFFFF;
    // By entity id (index 0 unused): industries.id and towns.id, 0 when not recorded; NoEntity in both
    // where no entity has the id.
    std::vector<quint32> industry, town;
    // Every light_history row with a known light, in timeline order (entity_id, effective_on, id).
    std::vector<quint32> historyEntity;
    std::vector<qint32> historyDay;   // YYYYMMDD
    std::vector<qint8> historyLight;  // index into LightCounts::lights()

    bool operator==(const DashboardColumns &o) const
    {
        return industry == o.industry && town == o.town && historyEntity == o.historyEntity && historyDay == o.historyDay
            && historyLight == o.historyLight;
    }
};

// How DashboardSnapshot::read obtained the columns (for the benchmark and the tests).
struct DashboardSnapshotUse
{
    enum class Kind {
        Scanned,  // read from the tables; no snapshot kept (store before migration 0012)
        Built,    // read from the tables: the stored snapshot was missing or stale
        Loaded,   // the stored snapshot, with the rows appended since folded in
    };
    Kind kind = Kind::Scanned;
    qint64 foldedEntities = 0, foldedHistoryRows = 0;  // rows above the watermarks (Loaded)
    qint64 foldedChangedEntities = 0;                  // entities whose industry field or town changed since (Loaded)
    bool saved = false;                                // the snapshot was written afterwards
};

// The dashboard's column snapshot (table report_snapshot, migration 0012; the validity rules are
// there). read() gives the columns of the committed store: from the snapshot when it is valid,
// folding in the rows appended since and the entities whose industry field or town changed;
// otherwise from the tables, then keeping them as the new snapshot. Writing the snapshot is best effort: it is skipped when another connection is writing
// (no wait), when the store is read-only, or when a change was committed between the reads.
// A file store is read on read-only connections of its own (the two table scans in parallel), so
// the caller's connection may be busy or inside a transaction; an in-memory store on the caller's.
class DashboardSnapshot
{
public:
    static DashboardColumns read(sqlite3 *db, DashboardSnapshotUse *use = nullptr);
    // The columns from the tables only, the snapshot neither read nor written (the reference).
    static DashboardColumns scan(sqlite3 *db);
    // Removes the stored snapshot (benchmarks: the cold case). Throws cl::Error.
    static void clear(sqlite3 *db);

    // A fold of more rows than this is written back, so that the next read does not repeat it;
    // smaller folds cost less to repeat (≈ 0.1 µs a row) than to write the snapshot (≈ 15 MB at 1M).
    static constexpr qint64 SaveFoldAbove = 20'000;
    static constexpr qint64 MaxEntityId = 100'000'000;
};

} // namespace cl
