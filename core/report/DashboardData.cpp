#include "DashboardData.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"

#include <QHash>
#include <QSqlDriver>
#include <algorithm>
#include <array>
#include <exception>
#include <limits>
#include <thread>
#include <sqlite3.h>
#include <vector>

namespace cl {

qint64 LightCounts::of(const QString &light) const
{
    if (light == QLatin1String("red")) return red;
    if (light == QLatin1String("yellow")) return yellow;
    if (light == QLatin1String("green")) return green;
    if (light == QLatin1String("grey")) return grey;
    return 0;
}

void LightCounts::add(int lightIndex, qint64 n)
{
    switch (lightIndex) {
    case 0: red += n; break;
    case 1: yellow += n; break;
    case 2: green += n; break;
    case 3: grey += n; break;
    default: break;
    }
}

const QStringList &LightCounts::lights()
{
    static const QStringList codes{QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("grey")};
    return codes;
}

namespace {

constexpr qint8 NoLight = -1;

// The hot loops read columns straight off the statement (RawStatement copies every value).
class Scan
{
public:
    Scan(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail();
    }
    ~Scan() { sqlite3_finalize(m_stmt); }
    Scan(const Scan &) = delete;
    Scan &operator=(const Scan &) = delete;
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }
    qint64 int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    const unsigned char *text(int c) const { return sqlite3_column_text(m_stmt, c); }
    int size(int c) const { return sqlite3_column_bytes(m_stmt, c); }

private:
    [[noreturn]] void fail() const
    {
        throw Error(ErrorKind::Database, DashboardData::tr("The report figures could not be read from the database."),
                    QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(ErrorKind::Database, DashboardData::tr("The report needs a SQLite store."));
    return *static_cast<sqlite3 *const *>(handle.data());
}

// 'YYYY-MM-DD' → YYYYMMDD, compared as integers (no QDate per row on the 1M-row path).
int dayKey(const unsigned char *text, int size)
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

int dayKey(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
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

struct HistoryRow
{
    quint32 entity;
    qint32 day;     // YYYYMMDD
    quint16 point;  // the first trend point on or after day (points.size(): after the period)
    qint8 light;    // index into LightCounts::lights()
};

// Every history row in timeline order, read through the covering index light_history_timeline
// (migration 0008), so the scan never touches the wide reason texts.
void readHistory(sqlite3 *h, const std::vector<int> &points, std::vector<HistoryRow> &rows)
{
    Scan q(h, "SELECT entity_id, effective_on, light FROM light_history ORDER BY entity_id, effective_on, id");
    while (q.step()) {
        const qint64 id = q.int64(0);
        const qint8 light = lightIndex(q.text(2), q.size(2));
        if (id <= 0 || id > std::numeric_limits<quint32>::max() || light == NoLight)
            continue;
        const int day = dayKey(q.text(1), q.size(1));
        const auto point = quint16(std::lower_bound(points.begin(), points.end(), day) - points.begin());
        rows.push_back(HistoryRow{quint32(id), day, point, light});
    }
}

// A read-only connection to the same file for one scan, or nullptr (in-memory or temporary store, or the file
// cannot be opened: the caller then reads on its own connection).
sqlite3 *openScanConnection(sqlite3 *h)
{
    const char *file = sqlite3_db_filename(h, "main");
    if (!file || !*file)
        return nullptr;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    // Memory-mapped reads: a fresh connection has an empty page cache, and copying every page
    // out of the OS cache (pread) was a tenth of the time at 1M entities.
    sqlite3_exec(db, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
    return db;
}

struct Names
{
    std::vector<qint64> ids;      // index → id (index 0: none)
    QStringList names;
    QHash<qint64, int> indexOf;
    std::vector<quint16> byId;    // id → index for small ids (the hot loop's lookup)

    int index(qint64 id) const
    {
        if (id >= 0 && size_t(id) < byId.size())
            return byId[size_t(id)];
        return indexOf.value(id, 0);
    }
};

Names loadNames(sqlite3 *h, const char *sql)
{
    Names n;
    n.ids.push_back(0);
    n.names << QString();
    RawStatement q(h, sql);
    while (q.step()) {
        n.indexOf.insert(q.int64(0), int(n.ids.size()));
        n.ids.push_back(q.int64(0));
        n.names << q.text(1);
    }
    for (size_t i = 1; i < n.ids.size(); ++i) {
        if (n.ids[i] > 0 && n.ids[i] < 65536) {
            if (n.byId.size() <= size_t(n.ids[i]))
                n.byId.resize(size_t(n.ids[i]) + 1, 0);
            n.byId[size_t(n.ids[i])] = quint16(i);
        }
    }
    return n;
}

QList<DashboardData::Group> groups(const Names &names, const std::vector<LightCounts> &counts)
{
    QList<DashboardData::Group> out;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i].total() > 0)
            out << DashboardData::Group{names.ids[i], names.names.at(int(i)), counts[i]};
    }
    std::stable_sort(out.begin(), out.end(), [](const DashboardData::Group &a, const DashboardData::Group &b) {
        if (a.counts.total() != b.counts.total())
            return a.counts.total() > b.counts.total();
        if ((a.id == 0) != (b.id == 0))
            return b.id == 0;  // "not recorded" last among equals
        return a.name < b.name;
    });
    return out;
}

} // namespace

ReportFilter DashboardData::resolved(const ReportFilter &filter)
{
    ReportFilter f = filter;
    if (!f.asOf.isValid())
        f.asOf = Clock::today();
    if (!f.to.isValid())
        f.to = f.asOf;
    if (!f.from.isValid()) {
        const QDate month(f.to.year(), f.to.month(), 1);
        f.from = month.addMonths(-11);
    }
    return f;
}

DashboardData DashboardData::compute(const QSqlDatabase &db, const ReportFilter &filter)
{
    const ReportFilter f = resolved(filter);
    if (f.from > f.to)
        throw Error(ErrorKind::Invalid, tr("The period starts (%1) after it ends (%2).")
                                            .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    const int months = (f.to.year() - f.from.year()) * 12 + f.to.month() - f.from.month() + 1;
    if (months > MaxTrendMonths)
        throw Error(ErrorKind::Invalid, tr("The period spans %1 months; a report covers at most %2.").arg(months).arg(MaxTrendMonths));

    sqlite3 *h = rawHandle(db);
    DashboardData out;
    out.asOf = f.asOf;
    out.periodFrom = f.from;
    out.periodTo = f.to;

    const Names industries = loadNames(h, "SELECT id, name FROM industries ORDER BY id");
    const Names towns = loadNames(h, "SELECT id, name FROM towns ORDER BY id");
    if (f.industryId != 0 && !industries.indexOf.contains(f.industryId))
        throw Error(ErrorKind::NotFound, tr("There is no industry field with id %1.").arg(f.industryId));
    if (f.townId != 0 && !towns.indexOf.contains(f.townId))
        throw Error(ErrorKind::NotFound, tr("There is no town or street with id %1.").arg(f.townId));

    // Department scope: the industry fields it supervises, else the entities it has evaluated.
    std::vector<bool> departmentIndustry;  // by industry index
    std::vector<bool> evaluatedByDepartment;
    bool departmentByEvaluations = false;
    if (f.departmentId != 0) {
        RawStatement exists(h, "SELECT 1 FROM departments WHERE id = ?");
        exists.bind(1, f.departmentId);
        if (!exists.step())
            throw Error(ErrorKind::NotFound, tr("There is no department with id %1.").arg(f.departmentId));
        departmentIndustry.assign(industries.ids.size(), false);
        RawStatement q(h, "SELECT industry_id FROM department_industries WHERE department_id = ?");
        q.bind(1, f.departmentId);
        bool any = false;
        while (q.step()) {
            const int index = industries.indexOf.value(q.int64(0), -1);
            if (index > 0) {
                departmentIndustry[size_t(index)] = true;
                any = true;
            }
        }
        departmentByEvaluations = !any;
    }

    const qint64 maxId = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM entities")).toLongLong();
    if (maxId > 100'000'000)
        throw Error(ErrorKind::Database, tr("Entity ids are too sparse for the report."));
    const size_t slotCount = size_t(maxId) + 1;
    if (departmentByEvaluations) {
        evaluatedByDepartment.assign(slotCount, false);
        RawStatement q(h, "SELECT entity_id FROM evaluations WHERE department_id = ? AND evaluated_on <= ?");
        q.bind(1, f.departmentId).bind(2, f.asOf.toString(Qt::ISODate));
        while (q.step()) {
            const qint64 id = q.int64(0);
            if (id > 0 && size_t(id) < slotCount)
                evaluatedByDepartment[size_t(id)] = true;
        }
    }

    // Trend points: the end of every month of the period, the last one the period's end.
    std::vector<int> points;
    for (QDate month(f.from.year(), f.from.month(), 1); month <= f.to; month = month.addMonths(1)) {
        const QDate end = std::min(month.addMonths(1).addDays(-1), f.to);
        points.push_back(dayKey(end));
    }
    // The light history is read on a second connection while this one reads the entities: the two
    // scans are most of the work and independent (a file store; in memory they run one after the other).
    const int asOfKey = dayKey(f.asOf);
    std::vector<HistoryRow> history;
    history.reserve(slotCount + slotCount / 4);  // about one row per entity, more after changes
    std::exception_ptr historyError;
    sqlite3 *second = openScanConnection(h);
    sqlite3 *entityScan = second ? openScanConnection(h) : nullptr;
    std::thread historyThread;
    if (second) {
        historyThread = std::thread([&] {
            try {
                readHistory(second, points, history);
            } catch (...) {
                historyError = std::current_exception();
            }
        });
    }
    struct Join
    {
        std::thread &thread;
        sqlite3 *db;
        ~Join()
        {
            if (thread.joinable())
                thread.join();
            sqlite3_close(db);
        }
    } join{historyThread, second};
    struct Close
    {
        sqlite3 *db;
        ~Close() { sqlite3_close(db); }
    } closeEntityScan{entityScan};

    // Entities in scope, with their industry and town as indexes into the name lists.
    std::vector<quint16> industryOf(slotCount, 0), townOf(slotCount, 0);
    std::vector<bool> inScope(slotCount, false);
    {
        Scan q(entityScan ? entityScan : h, "SELECT id, ifnull(industry_id, 0), ifnull(town_id, 0) FROM entities");
        while (q.step()) {
            const qint64 id = q.int64(0);
            if (id <= 0 || size_t(id) >= slotCount)
                continue;
            const int industry = industries.index(q.int64(1));
            const int town = towns.index(q.int64(2));
            if (f.industryId != 0 && industries.ids[size_t(industry)] != f.industryId)
                continue;
            if (f.townId != 0 && towns.ids[size_t(town)] != f.townId)
                continue;
            if (f.departmentId != 0) {
                if (departmentByEvaluations ? !evaluatedByDepartment[size_t(id)] : !departmentIndustry[size_t(industry)])
                    continue;
            }
            inScope[size_t(id)] = true;
            industryOf[size_t(id)] = quint16(industry);
            townOf[size_t(id)] = quint16(town);
            ++out.entities;
        }
    }
    if (second) {
        historyThread.join();
        if (historyError)
            std::rethrow_exception(historyError);
    } else {
        readHistory(h, points, history);
    }

    const size_t k = points.size();
    // diff[p][light]: +1 where a recorded light starts to be in force at point p, -1 where it ends;
    // the running sum over the points is the trend.
    std::vector<std::array<qint64, 4>> diff(k + 1, std::array<qint64, 4>{0, 0, 0, 0});
    std::vector<LightCounts> byIndustry(industries.ids.size()), byTown(towns.ids.size());

    // The history comes in timeline order (entity, date, row id): each entity's rows in a run.
    const size_t rows = history.size();
    for (size_t i = 0; i < rows;) {
        const quint32 e = history[i].entity;
        size_t j = i;
        qint8 asOfLight = NoLight;
        for (; j < rows && history[j].entity == e; ++j) {
            if (e >= slotCount || !inScope[e])
                continue;
            const int start = history[j].point;
            const int end = j + 1 < rows && history[j + 1].entity == e ? history[j + 1].point : int(k);
            diff[size_t(start)][size_t(history[j].light)] += 1;
            diff[size_t(end)][size_t(history[j].light)] -= 1;
            if (history[j].day <= asOfKey)
                asOfLight = history[j].light;
        }
        if (asOfLight != NoLight) {
            out.overall.add(asOfLight);
            byIndustry[industryOf[e]].add(asOfLight);
            byTown[townOf[e]].add(asOfLight);
        }
        i = j;
    }
    out.withoutLight = out.entities - out.overall.total();
    out.byIndustry = groups(industries, byIndustry);
    out.byTown = groups(towns, byTown);

    std::array<qint64, 4> running{0, 0, 0, 0};
    QDate month(f.from.year(), f.from.month(), 1);
    for (size_t p = 0; p < k; ++p, month = month.addMonths(1)) {
        TrendPoint point;
        point.date = std::min(month.addMonths(1).addDays(-1), f.to);
        for (int l = 0; l < 4; ++l) {
            running[size_t(l)] += diff[p][size_t(l)];
            point.counts.add(l, running[size_t(l)]);
        }
        out.trend << point;
    }
    return out;
}

} // namespace cl
