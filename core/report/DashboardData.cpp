#include "DashboardData.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "db/RawStatement.h"

#include <QHash>
#include <QSqlDriver>
#include <algorithm>
#include <array>
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

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(ErrorKind::Database, DashboardData::tr("The report needs a SQLite store."));
    return *static_cast<sqlite3 *const *>(handle.data());
}

int dayKey(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

struct Names
{
    std::vector<qint64> ids;      // index → id (index 0: none)
    QStringList names;
    QHash<qint64, int> indexOf;
    std::vector<quint16> byId;    // id → index for small ids (the hot loop's lookup)

    int index(qint64 id) const
    {
        if (id >= 0 && quint64(id) < byId.size())
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

void DashboardData::prepareSnapshot(const QSqlDatabase &db)
{
    try {
        DashboardSnapshot::read(rawHandle(db));
    } catch (const Error &) {
    }
}

DashboardData DashboardData::compute(const QSqlDatabase &db, const ReportFilter &filter, ColumnSource source, DashboardSnapshotUse *use)
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

    // Trend points: the end of every month of the period, the last one the period's end.
    std::vector<int> points;
    for (QDate month(f.from.year(), f.from.month(), 1); month <= f.to; month = month.addMonths(1)) {
        const QDate end = std::min(month.addMonths(1).addDays(-1), f.to);
        points.push_back(dayKey(end));
    }
    const DashboardColumns columns = source == ColumnSource::Snapshot ? DashboardSnapshot::read(h, use) : DashboardSnapshot::scan(h);
    const size_t slotCount = columns.industry.size();
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

    // Entities in scope, with their industry and town as indexes into the name lists.
    std::vector<quint16> industryOf(slotCount, 0), townOf(slotCount, 0);
    std::vector<bool> inScope(slotCount, false);
    for (size_t id = 1; id < slotCount; ++id) {
        if (columns.industry[id] == DashboardColumns::NoEntity)
            continue;
        const int industry = industries.index(columns.industry[id]);
        const int town = towns.index(columns.town[id]);
        if (f.industryId != 0 && industries.ids[size_t(industry)] != f.industryId)
            continue;
        if (f.townId != 0 && towns.ids[size_t(town)] != f.townId)
            continue;
        if (f.departmentId != 0) {
            if (departmentByEvaluations ? !evaluatedByDepartment[id] : !departmentIndustry[size_t(industry)])
                continue;
        }
        inScope[id] = true;
        industryOf[id] = quint16(industry);
        townOf[id] = quint16(town);
        ++out.entities;
    }

    const size_t k = points.size();
    // diff[p][light]: +1 where a recorded light starts to be in force at point p, -1 where it ends;
    // the running sum over the points is the trend.
    std::vector<std::array<qint64, 4>> diff(k + 1, std::array<qint64, 4>{0, 0, 0, 0});
    std::vector<LightCounts> byIndustry(industries.ids.size()), byTown(towns.ids.size());

    // The history comes in timeline order (entity, date, row id): each entity's rows in a run.
    const int asOfKey = dayKey(f.asOf);
    const std::vector<quint32> &entityOfRow = columns.historyEntity;
    const std::vector<qint32> &dayOfRow = columns.historyDay;
    const std::vector<qint8> &lightOfRow = columns.historyLight;
    auto pointOf = [&points](qint32 day) { return int(std::lower_bound(points.begin(), points.end(), day) - points.begin()); };
    const size_t rows = entityOfRow.size();
    for (size_t i = 0; i < rows;) {
        const quint32 e = entityOfRow[i];
        size_t j = i + 1;
        while (j < rows && entityOfRow[j] == e)
            ++j;
        if (e < slotCount && inScope[e]) {
            // Each row is in force from its point to the next row's (the last: to the period's end).
            qint8 asOfLight = NoLight;
            int start = pointOf(dayOfRow[i]);
            for (size_t r = i; r < j; ++r) {
                const int end = r + 1 < j ? pointOf(dayOfRow[r + 1]) : int(k);
                const auto light = size_t(lightOfRow[r]);
                diff[size_t(start)][light] += 1;
                diff[size_t(end)][light] -= 1;
                if (dayOfRow[r] <= asOfKey)
                    asOfLight = lightOfRow[r];
                start = end;
            }
            if (asOfLight != NoLight) {
                out.overall.add(asOfLight);
                byIndustry[industryOf[e]].add(asOfLight);
                byTown[townOf[e]].add(asOfLight);
            }
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
