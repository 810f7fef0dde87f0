// Dashboard figures at scale (issue 6: the dashboard's data work ≤ 200 ms at 1M entities). Not a
// test: it prints figures as Markdown for docs/benchmarks.md, with ratios against plain SQLite
// aggregations over the same rows measured in the same run.
//
//   bench_dashboard [--db FILE] [--entities N] [--runs R]
//
// --db reuses FILE when it already holds at least N entities (default 1,000,000), otherwise fills
// it with DemoGenerator (what `creditloop-cli init --demo --entities N` does; about a minute at 1M).
// The cases: the columns read from the tables (no snapshot), cold (the snapshot removed before each
// run: read the tables and keep the snapshot), warm (the snapshot valid), and after a light
// recompute of 1,000 entities (the rows it appended folded in), the last on a copy of the store so
// FILE stays as it was.
#include "auth/Actor.h"
#include "auth/UserService.h"
#include "credit/LightEngine.h"
#include "db/WriteTransaction.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "demo/DemoGenerator.h"
#include "report/CommitmentStats.h"
#include "report/DashboardData.h"
#include "report/DashboardReport.h"
#include "report/EnforcementStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>
#include <sys/resource.h>
#include <vector>

using namespace cl;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Timing
{
    double first = 0, median = 0, p95 = 0;
    double cpuMedian = 0;  // user + system time of the process (all threads)
};

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// setup runs before each timed run, untimed.
Timing measure(int runs, const std::function<void()> &work, const std::function<void()> &setup = {})
{
    std::vector<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup();
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c0);
    }
    Timing r;
    std::sort(cpu.begin(), cpu.end());
    r.cpuMedian = cpu[cpu.size() / 2];
    r.first = ms.front();
    std::sort(ms.begin(), ms.end());
    r.median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    r.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    return r;
}

QString f1(double v)
{
    return QString::number(v, 'f', 1);
}

QString loadAverage()
{
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) != 3)
        return QStringLiteral("?");
    return QStringLiteral("%1 %2 %3").arg(load[0], 0, 'f', 2).arg(load[1], 0, 'f', 2).arg(load[2], 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString path;
    qint64 entities = 1'000'000;
    int runs = 7;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i), next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--db")) { path = next; ++i; }
        else if (a == QLatin1String("--entities")) { entities = next.toLongLong(); ++i; }
        else if (a == QLatin1String("--runs")) { runs = std::max(1, next.toInt()); ++i; }
        else {
            std::fprintf(stderr, "usage: bench_dashboard [--db FILE] [--entities N] [--runs R]\n");
            return 2;
        }
    }
    QTemporaryDir tmp;
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("bench.sqlite"));
    try {
        auto db = Database::open(path);
        const qint64 have = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM entities")).toLongLong();
        if (have < entities) {
            out() << "generating " << entities << " demo entities into " << path << " …\n";
            out().flush();
            DemoOptions o;
            o.entities = entities - have;
            DemoGenerator::generate(*db, Actor::bootstrap(), o);
        }
        const qint64 total = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM entities")).toLongLong();
        const qint64 history = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM light_history")).toLongLong();
        const QDate asOf = QDate::fromString(sql::scalar(db->sql(), QStringLiteral("SELECT max(effective_on) FROM light_history")).toString(),
                                             Qt::ISODate);
        ReportFilter all;
        all.asOf = asOf;
        ReportFilter town = all;
        town.townId = 1;
        ReportFilter department = all;
        department.departmentId = 2;
        ReportFilter pastYear = all;
        pastYear.asOf = asOf.addMonths(-6);
        pastYear.from = asOf.addYears(-3);

        out() << "Store: " << QFileInfo(path).fileName() << ", " << total << " entities, " << history << " light_history rows, "
              << QFileInfo(path).size() / (1024 * 1024) << " MiB; as of " << asOf.toString(Qt::ISODate) << "; " << runs
              << " runs each; load average before: " << loadAverage() << "\n\n";
        out() << "| what | first ms | median ms | p95 ms | CPU ms (median) | reference median ms | ratio |\n|---|---|---|---|---|---|---|\n";
        out().flush();

        // Reference: the plainest SQLite passes over the same rows (no grouping by entity data).
        const Timing refLights = measure(runs, [&] {
            sql::exec(db->sql(), QStringLiteral("SELECT light, count(*) FROM entity_lights GROUP BY light"));
        });
        const Timing refScan = measure(runs, [&] {
            QSqlQuery q = sql::exec(db->sql(), QStringLiteral("SELECT count(*), sum(length(light)) FROM light_history"));
            q.next();
        });
        auto row = [&](const QString &what, const Timing &t, const Timing &ref) {
            out() << "| " << what << " | " << f1(t.first) << " | " << f1(t.median) << " | " << f1(t.p95) << " | " << f1(t.cpuMedian) << " | " << f1(ref.median)
                  << " | " << QString::number(t.median / std::max(ref.median, 1e-3), 'f', 1) << "× |\n";
            out().flush();
        };
        qint64 red = 0;
        using Source = DashboardData::ColumnSource;
        // The figures must be the same whichever way the columns came.
        auto same = [](const DashboardData &a, const DashboardData &b) {
            if (a.entities != b.entities || a.withoutLight != b.withoutLight || a.overall.total() != b.overall.total()
                || a.overall.red != b.overall.red || a.byIndustry.size() != b.byIndustry.size() || a.byTown.size() != b.byTown.size()
                || a.trend.size() != b.trend.size())
                return false;
            for (qsizetype i = 0; i < a.trend.size(); ++i)
                if (a.trend.at(i).counts.red != b.trend.at(i).counts.red || a.trend.at(i).counts.green != b.trend.at(i).counts.green)
                    return false;
            return true;
        };
        auto check = [](bool ok, const char *what) {
            if (!ok)
                throw Error(ErrorKind::Invalid, QStringLiteral("bench_dashboard: %1").arg(QString::fromLatin1(what)));
        };
        const DashboardData reference = DashboardData::compute(db->sql(), all, Source::Tables);
        const Timing tTables = measure(runs, [&] { red = DashboardData::compute(db->sql(), all, Source::Tables).overall.red; });
        row(QStringLiteral("DashboardData::compute, no filter, columns from the tables (no snapshot)"), tTables, refScan);
        DashboardSnapshotUse use;
        const Timing tCold = measure(
            runs,
            [&] {
                const DashboardData d = DashboardData::compute(db->sql(), all, Source::Snapshot, &use);
                check(use.kind == DashboardSnapshotUse::Kind::Built && use.saved && same(d, reference), "cold: not built, saved and equal");
            },
            [&] { DashboardSnapshot::clear(db->raw()); });
        row(QStringLiteral("**cold**: no snapshot (tables read, snapshot built and written)"), tCold, refScan);
        const Timing tAll = measure(runs, [&] {
            const DashboardData d = DashboardData::compute(db->sql(), all, Source::Snapshot, &use);
            check(use.kind == DashboardSnapshotUse::Kind::Loaded && use.foldedHistoryRows == 0 && same(d, reference), "warm: not loaded or not equal");
        });
        row(QStringLiteral("**warm**: snapshot valid, no filter (12-month trend)"), tAll, refLights);
        row(QStringLiteral("the same, against a full light_history scan"), tAll, refScan);
        row(QStringLiteral("warm, one town"), measure(runs, [&] { DashboardData::compute(db->sql(), town); }), refScan);
        row(QStringLiteral("warm, one department (its industry fields)"), measure(runs, [&] { DashboardData::compute(db->sql(), department); }), refScan);
        row(QStringLiteral("warm, as of 6 months earlier, 3-year trend"), measure(runs, [&] { DashboardData::compute(db->sql(), pastYear); }), refScan);
        // The commitment and enforcement sections (their own tables; the period is the default twelve months).
        const ReportFilter resolved = DashboardData::resolved(all);
        ReportFilter resolvedTown = DashboardData::resolved(town), resolvedDepartment = DashboardData::resolved(department);
        ReportFilter resolvedIndustry = resolved;
        resolvedIndustry.industryId = 1;
        const qint64 applications = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM approval_applications")).toLongLong();
        const qint64 tasks = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM verification_tasks")).toLongLong();
        const qint64 decisions = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM enforcement_decisions")).toLongLong();
        const QString volume = QStringLiteral(" (%1 applications, %2 verification tasks, %3 penalty decisions)").arg(applications).arg(tasks).arg(decisions);
        row(QStringLiteral("CommitmentStats::compute, no filter") + volume,
            measure(runs, [&] { CommitmentStats::compute(db->sql(), resolved); }), refLights);
        row(QStringLiteral("CommitmentStats::compute, one town"), measure(runs, [&] { CommitmentStats::compute(db->sql(), resolvedTown); }), refLights);
        row(QStringLiteral("CommitmentStats::compute, one industry field"),
            measure(runs, [&] { CommitmentStats::compute(db->sql(), resolvedIndustry); }), refLights);
        row(QStringLiteral("CommitmentStats::compute, one department"),
            measure(runs, [&] { CommitmentStats::compute(db->sql(), resolvedDepartment); }), refLights);
        row(QStringLiteral("EnforcementStats::compute, no filter"), measure(runs, [&] { EnforcementStats::compute(db->sql(), resolved); }), refLights);
        row(QStringLiteral("EnforcementStats::compute, one town"), measure(runs, [&] { EnforcementStats::compute(db->sql(), resolvedTown); }), refLights);
        row(QStringLiteral("EnforcementStats::compute, one industry field"),
            measure(runs, [&] { EnforcementStats::compute(db->sql(), resolvedIndustry); }), refLights);
        row(QStringLiteral("DashboardReport::build (figures + report model, with the commitment and enforcement sections)"),
            measure(runs, [&] { DashboardReport::build(db->sql(), all, QStringLiteral("bench")); }), refScan);
        row(QStringLiteral("DashboardReport::build, one town"), measure(runs, [&] { DashboardReport::build(db->sql(), town, QStringLiteral("bench")); }),
            refScan);

        // After a light recompute of 1,000 entities (as of 90 days later, so that lights change and
        // light_history grows), on a copy of the store: each run folds the appended rows in.
        const QString copy = tmp.filePath(QStringLiteral("fold.sqlite"));
        {
            sqlite3_exec(db->raw(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
            QFile::remove(copy);
            if (!QFile::copy(path, copy))
                throw Error(ErrorKind::Io, QStringLiteral("bench_dashboard: cannot copy the store to %1").arg(copy));
        }
        {
            auto foldDb = Database::open(copy);
            DashboardData::compute(foldDb->sql(), all);  // the snapshot valid before the recompute
            const QDate later = asOf.addDays(90);
            QList<qint64> ids;
            QSqlQuery q = sql::exec(foldDb->sql(),
                                    QStringLiteral("SELECT DISTINCT entity_id FROM evaluations WHERE valid_to > ? AND valid_to <= ? ORDER BY entity_id LIMIT 1000"),
                                    {asOf.toString(Qt::ISODate), later.toString(Qt::ISODate)});
            while (q.next())
                ids << q.value(0).toLongLong();
            LightEngine::Stats stats;
            {
                // A demo store has users: the recompute is then the demo administrator's.
                const bool hasUsers = sql::scalar(foldDb->sql(), QStringLiteral("SELECT count(*) FROM users")).toLongLong() > 0;
                const Actor actor = hasUsers ? UserService(*foldDb).login(QStringLiteral("admin"), DemoGenerator::demoPassword()) : Actor::bootstrap();
                WriteTransaction tx(*foldDb, actor, Permission::EntityView);
                stats = LightEngine(*foldDb).recompute(tx, later, ids, false);
                tx.commit();
            }
            ReportFilter afterRecompute = all;
            afterRecompute.asOf = later;
            const DashboardData foldReference = DashboardData::compute(foldDb->sql(), afterRecompute, Source::Tables);
            const Timing tFold = measure(runs, [&] {
                const DashboardData d = DashboardData::compute(foldDb->sql(), afterRecompute, Source::Snapshot, &use);
                check(use.kind == DashboardSnapshotUse::Kind::Loaded && use.foldedHistoryRows == stats.changed && same(d, foldReference),
                      "fold: not loaded with the appended rows, or not equal");
            });
            row(QStringLiteral("**after a light recompute of %1 entities** (%2 lights changed: %3 light_history rows folded in)")
                    .arg(stats.entities).arg(stats.changed).arg(use.foldedHistoryRows),
                tFold, refScan);
            // Then 1,000 entities moved to another town (as entity edits or a sync import do): logged, read again.
            sql::exec(foldDb->sql(), QStringLiteral("UPDATE entities SET town_id = (ifnull(town_id, 0) % 13) + 1 WHERE id % 1000 = 7"));
            const DashboardData movedReference = DashboardData::compute(foldDb->sql(), afterRecompute, Source::Tables);
            const Timing tMoved = measure(runs, [&] {
                const DashboardData d = DashboardData::compute(foldDb->sql(), afterRecompute, Source::Snapshot, &use);
                check(use.kind == DashboardSnapshotUse::Kind::Loaded && use.foldedChangedEntities == 1000 && same(d, movedReference),
                      "moved: not loaded with the changed entities, or not equal");
            });
            row(QStringLiteral("**and 1,000 entities moved to another town** (%1 entities read again, the %2 history rows folded in)")
                    .arg(use.foldedChangedEntities).arg(use.foldedHistoryRows),
                tMoved, refScan);
        }
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));

        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        out() << "\nred entities: " << red << "; peak RSS " << usage.ru_maxrss / 1024 << " MiB; load average after: " << loadAverage()
              << "\n";
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n%s\n", e.what(), qPrintable(e.detail()));
        return 1;
    }
    return 0;
}
