#include "DashboardSnapshot.h"

#include "DashboardData.h"
#include "common/Error.h"

#include <algorithm>
#include <cstring>
#include <exception>
#include <limits>
#include <thread>
#include <sqlite3.h>

namespace cl {

namespace {

// The packed arrays are in the machine's byte order; a store moved to another byte order rebuilds.
constexpr qint64 Format = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? 1 : 0x10001;
constexpr qint8 NoLight = -1;

[[noreturn]] void fail(sqlite3 *db)
{
    throw Error(ErrorKind::Database, DashboardData::tr("The report figures could not be read from the database."),
                QString::fromUtf8(sqlite3_errmsg(db)));
}

// The hot loops read columns straight off the statement (RawStatement copies every value).
class Scan
{
public:
    Scan(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail(m_db);
    }
    ~Scan() { sqlite3_finalize(m_stmt); }
    Scan(const Scan &) = delete;
    Scan &operator=(const Scan &) = delete;
    Scan &bind(int index, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, index, value);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(m_db);
        return false;
    }
    qint64 int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    const unsigned char *text(int c) const { return sqlite3_column_text(m_stmt, c); }
    int size(int c) const { return sqlite3_column_bytes(m_stmt, c); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

qint64 scalar(sqlite3 *db, const char *sql, qint64 ifNone = 0)
{
    Scan q(db, sql);
    return q.step() && !q.isNull(0) ? q.int64(0) : ifNone;
}

// 'YYYY-MM-DD' → YYYYMMDD, compared as integers (no QDate per row on the 1M-row path).
qint32 dayKey(const unsigned char *text, int size)
{
    if (!text || size < 10)
        return 0;
    auto digits = [text](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + (text[i] - '0');
        return v;
    };
    return digits(0, 4) * 10000 + digits(5, 2) * 100 + digits(8, 2);
}

qint8 lightIndex(const unsigned char *text, int size)
{
    if (!text || size < 3)
        return NoLight;
    switch (text[0]) {
    case 'r': return 0;
    case 'y': return 1;
    case 'g': return size < 4 ? NoLight : (text[3] == 'e' ? 2 : 3);  // green | grey
    default: return NoLight;
    }
}

// A register id as stored in the columns; the reference tables' ids are small positive numbers,
// anything else is "not recorded", as an id missing from the table is.
quint32 registerId(qint64 id)
{
    return id > 0 && id < qint64(DashboardColumns::NoEntity) ? quint32(id) : 0;
}

// A connection of our own to the store's file (read-only, memory-mapped: a fresh connection has an
// empty page cache, and copying every page out of the OS cache was a tenth of the scan time), or
// nullptr for an in-memory or temporary store, or when the file cannot be opened.
sqlite3 *openOwnConnection(sqlite3 *h, bool writable)
{
    const char *file = sqlite3_db_filename(h, "main");
    if (!file || !*file)
        return nullptr;
    sqlite3 *db = nullptr;
    const int flags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file, &db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    if (writable) {
        // Never wait for another writer: the dashboard then simply does not keep its snapshot.
        sqlite3_busy_timeout(db, 0);
        sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    } else {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
    }
    return db;
}

class Connection
{
public:
    // Our own connection to the file, or the caller's (borrowed) when there is none.
    Connection(sqlite3 *caller, bool writable) : m_db(openOwnConnection(caller, writable)), m_owned(m_db != nullptr)
    {
        if (!m_db)
            m_db = caller;
    }
    ~Connection()
    {
        if (m_owned)
            sqlite3_close(m_db);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    sqlite3 *get() const { return m_db; }
    bool owned() const { return m_owned; }

private:
    sqlite3 *m_db;
    bool m_owned;
};

// One read transaction: every read inside it sees the same committed state. Inside the caller's own
// transaction (borrowed connection) it adds nothing.
class ReadTransaction
{
public:
    explicit ReadTransaction(sqlite3 *db) : m_db(db), m_began(sqlite3_get_autocommit(db) != 0)
    {
        if (m_began && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(db);
    }
    ~ReadTransaction()
    {
        if (m_began)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_db;
    bool m_began;
};

// The store's side of the validity check, read inside the transaction that reads the rows.
struct StoreState
{
    bool snapshots = false;   // migration 0012 applied
    qint64 generation = -1;   // meta.report_snapshot_generation; -1: missing (never valid)
    qint64 schema = 0;        // PRAGMA user_version
    qint64 entityMax = 0, historyMax = 0;
    qint64 changeMax = 0;     // the last report_snapshot_entity_changes.seq given
};

StoreState readState(sqlite3 *db)
{
    StoreState s;
    s.snapshots = scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'report_snapshot'") > 0;
    if (s.snapshots) {
        s.generation = scalar(db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'report_snapshot_generation'", -1);
        // The last sequence number ever given (the log may be pruned empty).
        s.changeMax = scalar(db, "SELECT seq FROM sqlite_sequence WHERE name = 'report_snapshot_entity_changes'");
    }
    s.schema = scalar(db, "PRAGMA user_version");
    s.entityMax = scalar(db, "SELECT coalesce(max(id), 0) FROM entities");
    s.historyMax = scalar(db, "SELECT coalesce(max(id), 0) FROM light_history");
    if (s.entityMax > DashboardSnapshot::MaxEntityId)
        throw Error(ErrorKind::Database, DashboardData::tr("Entity ids are too sparse for the report."));
    return s;
}

// The entities with an id above `above`, into columns sized for ids up to maxId. The full scan reads
// the covering index entities_scope (migration 0008); a tail reads a rowid range (NOT INDEXED: the
// planner would otherwise prefer the smaller covering index and scan all of it).
qint64 readEntities(sqlite3 *db, qint64 above, qint64 maxId, DashboardColumns &c)
{
    const size_t slotCount = size_t(maxId) + 1;
    c.industry.resize(slotCount, DashboardColumns::NoEntity);
    c.town.resize(slotCount, DashboardColumns::NoEntity);
    Scan q(db, above == 0 ? "SELECT id, ifnull(industry_id, 0), ifnull(town_id, 0) FROM entities"
                          : "SELECT id, ifnull(industry_id, 0), ifnull(town_id, 0) FROM entities NOT INDEXED WHERE id > ?");
    if (above != 0)
        q.bind(1, above);
    qint64 n = 0;
    while (q.step()) {
        const qint64 id = q.int64(0);
        if (id <= above || id > maxId)
            continue;
        c.industry[size_t(id)] = registerId(q.int64(1));
        c.town[size_t(id)] = registerId(q.int64(2));
        ++n;
    }
    return n;
}

struct HistoryRow
{
    quint32 entity;
    qint32 day;
    qint64 id;
    qint8 light;
};

bool rowAccepted(qint64 entity, qint8 light)
{
    return entity > 0 && entity <= std::numeric_limits<quint32>::max() && light != NoLight;
}

// The whole history in timeline order, through the covering index light_history_timeline
// (migration 0008): the scan never touches the wide reason texts.
void readHistory(sqlite3 *db, DashboardColumns &c)
{
    Scan q(db, "SELECT entity_id, effective_on, light FROM light_history ORDER BY entity_id, effective_on, id");
    while (q.step()) {
        const qint64 entity = q.int64(0);
        const qint8 light = lightIndex(q.text(2), q.size(2));
        if (!rowAccepted(entity, light))
            continue;
        c.historyEntity.push_back(quint32(entity));
        c.historyDay.push_back(dayKey(q.text(1), q.size(1)));
        c.historyLight.push_back(light);
    }
}

// The rows appended above the watermark (a rowid range), in timeline order.
std::vector<HistoryRow> readHistoryTail(sqlite3 *db, qint64 above)
{
    std::vector<HistoryRow> rows;
    Scan q(db, "SELECT entity_id, effective_on, light, id FROM light_history NOT INDEXED WHERE id > ?");
    q.bind(1, above);
    while (q.step()) {
        const qint64 entity = q.int64(0);
        const qint8 light = lightIndex(q.text(2), q.size(2));
        if (rowAccepted(entity, light))
            rows.push_back(HistoryRow{quint32(entity), dayKey(q.text(1), q.size(1)), q.int64(3), light});
    }
    std::sort(rows.begin(), rows.end(), [](const HistoryRow &a, const HistoryRow &b) {
        if (a.entity != b.entity)
            return a.entity < b.entity;
        if (a.day != b.day)
            return a.day < b.day;
        return a.id < b.id;
    });
    return rows;
}

// Merges rows appended after the snapshot into its timeline. Every appended row has a larger id than
// every stored one, so on an equal (entity, day) the stored rows come first.
void mergeHistory(DashboardColumns &c, const std::vector<HistoryRow> &tail)
{
    if (tail.empty())
        return;
    const size_t n = c.historyEntity.size(), total = n + tail.size();
    std::vector<quint32> entity;
    std::vector<qint32> day;
    std::vector<qint8> light;
    entity.reserve(total);
    day.reserve(total);
    light.reserve(total);
    size_t i = 0;
    for (const HistoryRow &t : tail) {
        while (i < n && (c.historyEntity[i] < t.entity || (c.historyEntity[i] == t.entity && c.historyDay[i] <= t.day))) {
            entity.push_back(c.historyEntity[i]);
            day.push_back(c.historyDay[i]);
            light.push_back(c.historyLight[i]);
            ++i;
        }
        entity.push_back(t.entity);
        day.push_back(t.day);
        light.push_back(t.light);
    }
    entity.insert(entity.end(), c.historyEntity.begin() + qsizetype(i), c.historyEntity.end());
    day.insert(day.end(), c.historyDay.begin() + qsizetype(i), c.historyDay.end());
    light.insert(light.end(), c.historyLight.begin() + qsizetype(i), c.historyLight.end());
    c.historyEntity.swap(entity);
    c.historyDay.swap(day);
    c.historyLight.swap(light);
}

struct SnapshotHeader
{
    qint64 generation = -1, schema = 0, entityWatermark = 0, historyWatermark = 0, changeWatermark = 0;
};

// The entities whose industry field or town changed since the snapshot (the trigger's log above its
// change watermark), read again by primary key. Returns how many.
qint64 readChangedEntities(sqlite3 *db, qint64 aboveSeq, DashboardColumns &c)
{
    Scan q(db, "SELECT id, ifnull(industry_id, 0), ifnull(town_id, 0) FROM entities "
               "WHERE id IN (SELECT entity_id FROM report_snapshot_entity_changes WHERE seq > ?)");
    q.bind(1, aboveSeq);
    qint64 n = 0;
    while (q.step()) {
        const qint64 id = q.int64(0);
        if (id <= 0 || size_t(id) >= c.industry.size())
            continue;
        c.industry[size_t(id)] = registerId(q.int64(1));
        c.town[size_t(id)] = registerId(q.int64(2));
        ++n;
    }
    return n;
}

// Reads one BLOB column of the snapshot row straight into `out` (no intermediate copy); false when
// its size does not fit the element size or the expected count (-1: any).
template<typename T>
bool readBlob(sqlite3 *db, const char *column, qint64 expectedCount, std::vector<T> &out)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(db, "main", "report_snapshot", column, 1, 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return false;
    }
    const qint64 bytes = sqlite3_blob_bytes(blob);
    bool ok = bytes % qint64(sizeof(T)) == 0 && (expectedCount < 0 || bytes / qint64(sizeof(T)) == expectedCount);
    if (ok) {
        out.resize(size_t(bytes) / sizeof(T));
        ok = bytes == 0 || sqlite3_blob_read(blob, out.data(), int(bytes), 0) == SQLITE_OK;
    }
    sqlite3_blob_close(blob);
    return ok;
}

// The stored snapshot if it is valid for the store's state, else false (and `c` undefined).
bool loadSnapshot(sqlite3 *db, const StoreState &state, DashboardColumns &c, SnapshotHeader &header)
{
    Scan q(db, "SELECT format, schema_version, generation, entity_watermark, history_watermark, change_watermark FROM report_snapshot "
               "WHERE id = 1");
    if (!q.step())
        return false;
    header.schema = q.int64(1);
    header.generation = q.int64(2);
    header.entityWatermark = q.int64(3);
    header.historyWatermark = q.int64(4);
    header.changeWatermark = q.int64(5);
    if (q.int64(0) != Format || header.schema != state.schema || state.generation < 0 || header.generation != state.generation
        || header.entityWatermark < 0 || header.entityWatermark > state.entityMax || header.historyWatermark < 0
        || header.historyWatermark > state.historyMax || header.changeWatermark < 0 || header.changeWatermark > state.changeMax)
        return false;
    // So much changed or was appended (a bulk move, a first large import) that reading it row by row,
    // sorting and merging would cost more than the two scans.
    auto bulk = [](qint64 rows, qint64 of) { return rows > of / 4 + DashboardSnapshot::SaveFoldAbove; };
    if (bulk(state.changeMax - header.changeWatermark, state.entityMax) || bulk(state.entityMax - header.entityWatermark, state.entityMax)
        || bulk(state.historyMax - header.historyWatermark, state.historyMax))
        return false;
    if (!readBlob(db, "industry", header.entityWatermark + 1, c.industry) || !readBlob(db, "town", header.entityWatermark + 1, c.town)
        || !readBlob(db, "history_entity", -1, c.historyEntity))
        return false;
    const qint64 rows = qint64(c.historyEntity.size());
    return readBlob(db, "history_day", rows, c.historyDay) && readBlob(db, "history_light", rows, c.historyLight);
}

template<typename T>
int bindArray(sqlite3_stmt *s, int index, const std::vector<T> &v)
{
    // An empty array is an empty BLOB, not NULL (a null data pointer binds NULL).
    static const char empty = 0;
    return sqlite3_bind_blob64(s, index, v.empty() ? static_cast<const void *>(&empty) : v.data(), sqlite3_uint64(v.size() * sizeof(T)),
                               SQLITE_STATIC);
}

// A snapshot already stored that holds later entity changes than `h` (another dashboard read later and
// saved first): replacing it would lose the changes the log has already been pruned of.
bool newerStored(sqlite3 *db, const SnapshotHeader &h)
{
    Scan q(db, "SELECT generation, change_watermark FROM report_snapshot WHERE id = 1");
    return q.step() && q.int64(0) == h.generation && q.int64(1) > h.changeWatermark;
}

// Writes the snapshot in one transaction of its own, and prunes the change log up to it; false
// (nothing written) when the store is busy or read-only, a newer snapshot is stored, or anything
// fails. Never throws: the figures are already computed.
bool saveSnapshot(sqlite3 *caller, const DashboardColumns &c, const SnapshotHeader &h)
{
    Connection conn(caller, true);
    sqlite3 *db = conn.get();
    // On the caller's connection (an in-memory store) only outside its own transaction.
    if (!conn.owned() && sqlite3_get_autocommit(db) == 0)
        return false;
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    bool ok = false;
    try {
        ok = !newerStored(db, h);
    } catch (const Error &) {
        ok = false;
    }
    sqlite3_stmt *s = nullptr;
    ok = ok
      && sqlite3_prepare_v2(db,
                            "INSERT OR REPLACE INTO report_snapshot(id, format, schema_version, generation, entity_watermark, "
                            "history_watermark, change_watermark, industry, town, history_entity, history_day, history_light) "
                            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            -1, &s, nullptr)
             == SQLITE_OK;
    if (ok) {
        sqlite3_bind_int64(s, 1, Format);
        sqlite3_bind_int64(s, 2, h.schema);
        sqlite3_bind_int64(s, 3, h.generation);
        sqlite3_bind_int64(s, 4, h.entityWatermark);
        sqlite3_bind_int64(s, 5, h.historyWatermark);
        sqlite3_bind_int64(s, 6, h.changeWatermark);
        ok = bindArray(s, 7, c.industry) == SQLITE_OK && bindArray(s, 8, c.town) == SQLITE_OK && bindArray(s, 9, c.historyEntity) == SQLITE_OK
          && bindArray(s, 10, c.historyDay) == SQLITE_OK && bindArray(s, 11, c.historyLight) == SQLITE_OK && sqlite3_step(s) == SQLITE_DONE;
    }
    sqlite3_finalize(s);
    s = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "DELETE FROM report_snapshot_entity_changes WHERE seq <= ?", -1, &s, nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_int64(s, 1, h.changeWatermark);
        ok = sqlite3_step(s) == SQLITE_DONE;
    }
    sqlite3_finalize(s);
    if (ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

// Both tables read from scratch. On a file store the history is read on a second connection (its own
// thread) while the entities are read: the two scans are most of the work and independent. Each scan
// reads the state in its own transaction; the header is valid only when both saw the same generation.
DashboardColumns scanTables(sqlite3 *h, SnapshotHeader *header)
{
    DashboardColumns c;
    Connection entityConn(h, false);
    sqlite3 *historyDb = entityConn.owned() ? openOwnConnection(h, false) : nullptr;
    struct Close
    {
        sqlite3 *db;
        ~Close() { sqlite3_close(db); }
    } closeHistory{historyDb};

    StoreState entityState, historyState;
    auto scanHistory = [&c, &historyState](sqlite3 *db) {
        ReadTransaction tx(db);
        historyState = readState(db);
        c.historyEntity.reserve(size_t(historyState.historyMax) + 1);
        c.historyDay.reserve(size_t(historyState.historyMax) + 1);
        c.historyLight.reserve(size_t(historyState.historyMax) + 1);
        readHistory(db, c);
    };
    std::exception_ptr historyError;
    std::thread historyThread;
    if (historyDb) {
        historyThread = std::thread([&] {
            try {
                scanHistory(historyDb);
            } catch (...) {
                historyError = std::current_exception();
            }
        });
    }
    struct Join
    {
        std::thread &thread;
        ~Join()
        {
            if (thread.joinable())
                thread.join();
        }
    } join{historyThread};
    {
        ReadTransaction tx(entityConn.get());
        entityState = readState(entityConn.get());
        readEntities(entityConn.get(), 0, entityState.entityMax, c);
        if (!historyDb)
            scanHistory(entityConn.get());
    }
    if (historyThread.joinable())
        historyThread.join();
    if (historyError)
        std::rethrow_exception(historyError);
    if (header) {
        header->generation = entityState.snapshots && entityState.generation >= 0 && entityState.generation == historyState.generation
                                 ? entityState.generation
                                 : -1;
        header->schema = entityState.schema;
        header->entityWatermark = entityState.entityMax;
        header->historyWatermark = historyState.historyMax;
        header->changeWatermark = entityState.changeMax;  // the entity columns reflect every change logged up to it
    }
    return c;
}

} // namespace

DashboardColumns DashboardSnapshot::scan(sqlite3 *db)
{
    return scanTables(db, nullptr);
}

DashboardColumns DashboardSnapshot::read(sqlite3 *h, DashboardSnapshotUse *use)
{
    DashboardSnapshotUse local;
    DashboardSnapshotUse &u = use ? *use : local;
    u = DashboardSnapshotUse{};
    DashboardColumns c;
    SnapshotHeader header;
    bool loaded = false;
    {
        Connection conn(h, false);
        ReadTransaction tx(conn.get());
        const StoreState state = readState(conn.get());
        if (!state.snapshots) {
            u.kind = DashboardSnapshotUse::Kind::Scanned;
            return scanTables(h, nullptr);
        }
        loaded = loadSnapshot(conn.get(), state, c, header);
        if (loaded) {
            if (state.entityMax > header.entityWatermark)
                u.foldedEntities = readEntities(conn.get(), header.entityWatermark, state.entityMax, c);
            if (state.changeMax > header.changeWatermark)
                u.foldedChangedEntities = readChangedEntities(conn.get(), header.changeWatermark, c);
            if (state.historyMax > header.historyWatermark) {
                const std::vector<HistoryRow> tail = readHistoryTail(conn.get(), header.historyWatermark);
                u.foldedHistoryRows = qint64(tail.size());
                mergeHistory(c, tail);
            }
            header.entityWatermark = state.entityMax;
            header.historyWatermark = state.historyMax;
            header.changeWatermark = state.changeMax;
        }
    }
    // Saved after the read transaction has ended (an in-memory store writes on the same connection).
    if (loaded) {
        u.kind = DashboardSnapshotUse::Kind::Loaded;
        if (u.foldedEntities + u.foldedChangedEntities + u.foldedHistoryRows > SaveFoldAbove)
            u.saved = saveSnapshot(h, c, header);
        return c;
    }
    u.kind = DashboardSnapshotUse::Kind::Built;
    c = scanTables(h, &header);
    if (header.generation >= 0)
        u.saved = saveSnapshot(h, c, header);
    return c;
}

void DashboardSnapshot::clear(sqlite3 *db)
{
    if (sqlite3_exec(db, "DELETE FROM report_snapshot", nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(db);
}

} // namespace cl
