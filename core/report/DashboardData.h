#pragma once

#include "DashboardSnapshot.h"
#include "ReportFilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cl {

// Entities per light; grey is "not evaluated" (DOMAIN.md §5).
struct LightCounts
{
    qint64 red = 0, yellow = 0, green = 0, grey = 0;
    qint64 total() const { return red + yellow + green + grey; }
    qint64 of(const QString &light) const;
    void add(int lightIndex, qint64 n = 1);
    // The four light codes in report order: red, yellow, green, grey.
    static const QStringList &lights();
};

// The figures of the traffic-light dashboard, for one ReportFilter:
//  - the light of every entity in scope as recorded on the as-of date (light_history: the latest row
//    effective on or before it), overall, per industry field and per town/street;
//  - the trend: the same counts at the end of every month of the period (the last point is the
//    period's end), default period the twelve months up to the as-of date.
// Scope: the industry field and town/street filters select entities by their register columns. The
// department filter selects the entities of the industry fields the department supervises
// (department_industries, the spot-check scope); for a department without such fields (tax,
// customs …), the entities it has evaluated. Entities with no light recorded by the as-of date are
// counted apart (withoutLight), not as grey.
// Reads the register and light_history as packed columns (DashboardSnapshot: the stored snapshot of
// migration 0012, with the rows appended since; else the tables, on read-only connections of its own
// for a file store), so the figures are of committed data.
struct DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    struct Group
    {
        qint64 id = 0;      // industries.id / towns.id; 0: not recorded on the entity
        QString name;       // empty when id is 0
        LightCounts counts;
    };
    struct TrendPoint
    {
        QDate date;
        LightCounts counts;
    };

    QDate asOf;                 // resolved (never null)
    QDate periodFrom, periodTo; // resolved trend period
    qint64 entities = 0;        // entities in scope
    qint64 withoutLight = 0;    // in scope, no light recorded by the as-of date
    LightCounts overall;
    QList<Group> byIndustry;    // most entities first, then by name; groups with no light left out
    QList<Group> byTown;
    QList<TrendPoint> trend;

    // Where the entity and history columns come from; the figures are the same either way.
    enum class ColumnSource {
        Snapshot,  // DashboardSnapshot::read: the stored snapshot, built and kept when stale
        Tables,    // DashboardSnapshot::scan: the tables only (the reference of the tests and the benchmark)
    };
    // Throws cl::Error (Invalid: the period starts after it ends or spans more than 10 years).
    static DashboardData compute(const QSqlDatabase &db, const ReportFilter &filter, ColumnSource source = ColumnSource::Snapshot,
                                 DashboardSnapshotUse *use = nullptr);
    // Brings the stored column snapshot up to date after a bulk change (demo data, a full light
    // recompute), so the next dashboard opens warm. Best effort: a failure is left for the dashboard
    // itself to meet (it then builds the snapshot on its own).
    static void prepareSnapshot(const QSqlDatabase &db);
    // The filter with its dates resolved: as-of (today when null), the trend period.
    static ReportFilter resolved(const ReportFilter &filter);

    static constexpr int MaxTrendMonths = 120;
};

} // namespace cl
