// Light recomputation at scale (DESIGN.md §6: full recompute of 300k entities ≤ 1.5 s; the
// incremental recompute after a 1,000-row import ≤ 100 ms). Not a test: it prints figures.
//
//   bench_light_recompute [--rows N] [--entities N] [--runs R] [--dir FOLDER] [--as-of YYYY-MM-DD]
//
// Builds (in a child process, so this process's peak RSS is the recomputation's) a store from the
// canonical grade file of bench_grade_import: N rows (default 1,000,000) for `entities` entities
// (default 300,000), imported with GradeImporter as of the --as-of date (default 2026-11-27).
// Then, R times each, medians reported:
//   first       LightEngine::recompute(tx, as-of, {}, all) on a copy of the store whose lights,
//               light history and light outbox were removed (and VACUUMed): every light is new
//   unchanged   the same again on the stored lights: nothing changes, nothing is written
//   date change recompute as of 90 days later (evaluations expire; rolled back after each run)
//   subset      recompute(tx, as-of, 1,000 entity ids, false) with nothing changed (rolled back)
//   import      GradeImporter::run of a 1,000-row file (1,000 known entities, a new evaluation
//               each) into the big store: the whole import, and its light phase
#include "BenchGradeFile.h"

#include "auth/Actor.h"
#include "common/Error.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "supervision/GradeImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

using namespace cl;
using namespace cl::bench;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 0) + QStringLiteral(" ms");
}

long maxRssMib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

struct Row
{
    QString what;
    std::vector<double> recompute, commit;
    qint64 entities = 0, changed = 0;
    QString target;
};

void print(const Row &r)
{
    QStringList runs;
    for (double v : r.recompute)
        runs << QString::number(v, 'f', 1);
    out() << "| " << r.what << " | " << r.entities << " | " << r.changed << " | " << ms(median(r.recompute)) << " | "
          << runs.join(QStringLiteral(", ")) << " | " << (r.commit.empty() ? QStringLiteral("–") : ms(median(r.commit))) << " | "
          << r.target << " | " << maxRssMib() << " MiB |\n";
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int childExit = 0;
    if (runChild(args, childExit))
        return childExit;

    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const qint64 rows = option("--rows", QStringLiteral("1000000")).toLongLong();
    const qint64 entities = option("--entities", QString::number(std::max<qint64>(1, rows * 3 / 10))).toLongLong();
    const int runs = std::max(1, option("--runs", QStringLiteral("5")).toInt());
    const QDate asOf = QDate::fromString(option("--as-of", QStringLiteral("2026-11-27")), Qt::ISODate);
    QTemporaryDir temp;
    const QString dir = option("--dir", temp.path());
    QDir().mkpath(dir);

    try {
        out() << "## Light recompute, " << entities << " entities, " << rows << " evaluations\n\n"
              << "Machine: " << machine() << "\nLoad average at the start: " << loadAverage() << "\n\n";
        out().flush();
        const QString csv = dir + QStringLiteral("/grades_%1.csv").arg(rows);
        if (!QFileInfo::exists(csv))
            writeGradeCsv(csv, GradeFileSpec{GradeFileSpec::Kind::Main, rows, entities, 1});
        const QString big = dir + QStringLiteral("/lights.template.sqlite");
        if (!QFileInfo::exists(big)) {
            initInChild(big);
            const QJsonObject o = importInChild(big, csv, asOf);
            if (o.contains(QStringLiteral("error")))
                throw Error(ErrorKind::Database, o.value(QStringLiteral("error")).toString());
            out() << "Store built by importing " << QFileInfo(csv).fileName() << " in "
                  << QString::number(o.value(QStringLiteral("wall_ms")).toDouble() / 1000, 'f', 1) << " s.\n";
        }
        // The same store without any computed light.
        const QString bare = dir + QStringLiteral("/lights.bare.sqlite");
        if (!QFileInfo::exists(bare)) {
            copyStore(big, bare);
            auto db = Database::open(bare);
            sql::exec(db->sql(), QStringLiteral("DELETE FROM entity_lights"));
            sql::exec(db->sql(), QStringLiteral("DELETE FROM light_history"));
            sql::exec(db->sql(), QStringLiteral("DELETE FROM outbox WHERE kind IN ('light', 'light_changes')"));
            sql::exec(db->sql(), QStringLiteral("VACUUM"));
        }
        out() << "As of " << asOf.toString(Qt::ISODate) << "; " << runs << " runs each; recompute = the LightEngine::recompute call "
              << "inside the write transaction, commit = COMMIT after it.\n\n"
              << "| case | entities | lights changed | median recompute | runs (ms) | median commit | target | peak RSS so far |\n"
              << "|---|---:|---:|---:|---|---:|---|---:|\n";
        out().flush();

        const Actor actor = Actor::bootstrap();
        const QString work = dir + QStringLiteral("/lights.work.sqlite");
        Row first{QStringLiteral("first computation (no stored light)"), {}, {}, 0, 0, QStringLiteral("≤ 1.5 s")};
        for (int run = 0; run < runs; ++run) {
            copyStore(bare, work);
            auto db = Database::open(work);
            WriteTransaction tx(*db, actor, Permission::EntityView);
            QElapsedTimer t;
            t.start();
            const LightEngine::Stats s = LightEngine(*db).recompute(tx, asOf);
            first.recompute.push_back(msSince(t));
            t.restart();
            tx.commit();
            first.commit.push_back(msSince(t));
            first.entities = s.entities;
            first.changed = s.changed;
        }
        print(first);

        // The same with foreign keys off, as inside a grade import (multi-row writes).
        Row firstImport{QStringLiteral("first computation, foreign keys off (as in an import)"), {}, {}, 0, 0, QStringLiteral("–")};
        for (int run = 0; run < runs; ++run) {
            const QString copy = dir + QStringLiteral("/lights.work2.sqlite");
            copyStore(bare, copy);
            auto db = Database::open(copy);
            sql::exec(db->sql(), QStringLiteral("PRAGMA foreign_keys = OFF"));
            WriteTransaction tx(*db, actor, Permission::EntityView);
            QElapsedTimer t;
            t.start();
            const LightEngine::Stats s = LightEngine(*db).recompute(tx, asOf);
            firstImport.recompute.push_back(msSince(t));
            t.restart();
            tx.commit();
            firstImport.commit.push_back(msSince(t));
            firstImport.entities = s.entities;
            firstImport.changed = s.changed;
        }
        print(firstImport);
        removeStore(dir + QStringLiteral("/lights.work2.sqlite"));

        auto db = Database::open(work);  // the last run's store: every light computed as of asOf
        Row same{QStringLiteral("unchanged re-run"), {}, {}, 0, 0, QStringLiteral("≤ 1.5 s")};
        for (int run = 0; run < runs; ++run) {
            WriteTransaction tx(*db, actor, Permission::EntityView);
            QElapsedTimer t;
            t.start();
            const LightEngine::Stats s = LightEngine(*db).recompute(tx, asOf);
            same.recompute.push_back(msSince(t));
            t.restart();
            tx.commit();
            same.commit.push_back(msSince(t));
            same.entities = s.entities;
            same.changed = s.changed;
        }
        print(same);

        const QDate later = asOf.addDays(90);
        Row moved{QStringLiteral("date change: as of %1 (rolled back)").arg(later.toString(Qt::ISODate)), {}, {}, 0, 0, QStringLiteral("≤ 1.5 s")};
        for (int run = 0; run < runs; ++run) {
            WriteTransaction tx(*db, actor, Permission::EntityView);
            QElapsedTimer t;
            t.start();
            const LightEngine::Stats s = LightEngine(*db).recompute(tx, later);
            moved.recompute.push_back(msSince(t));
            moved.entities = s.entities;
            moved.changed = s.changed;
        }
        print(moved);

        // 1,000 entities spread over the id range.
        const qint64 total = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM entities")).toLongLong();
        QList<qint64> ids;
        for (qint64 i = 0; i < 1000 && i < total; ++i)
            ids << 1 + i * (total / 1000);
        Row subset{QStringLiteral("1,000 touched entities, nothing changed (rolled back)"), {}, {}, 0, 0, QStringLiteral("≤ 100 ms")};
        for (int run = 0; run < runs; ++run) {
            WriteTransaction tx(*db, actor, Permission::EntityView);
            QElapsedTimer t;
            t.start();
            const LightEngine::Stats s = LightEngine(*db).recompute(tx, asOf, ids, false);
            subset.recompute.push_back(msSince(t));
            subset.entities = s.entities;
            subset.changed = s.changed;
        }
        print(subset);

        Row import{QStringLiteral("import of a 1,000-row file (whole import; its light phase below)"), {}, {}, 0, 0, QStringLiteral("≤ 100 ms (lights)")};
        Row importLights{QStringLiteral("… its light phase (recompute of the 1,000 touched entities)"), {}, {}, 0, 0, QStringLiteral("≤ 100 ms")};
        for (int run = 0; run < runs; ++run) {
            const QString file = dir + QStringLiteral("/increment_%1.csv").arg(run + 1);
            writeGradeCsv(file, GradeFileSpec{GradeFileSpec::Kind::Increment, 1000, entities, quint64(run + 1)});
            GradeImportOptions options;
            options.asOf = asOf;
            QElapsedTimer t;
            t.start();
            const GradeImportResult r = GradeImporter(*db, actor).run(file, options);
            import.recompute.push_back(msSince(t));
            importLights.recompute.push_back(double(r.lights.elapsedMs));
            import.entities = importLights.entities = r.lights.entities;
            import.changed = importLights.changed = r.lights.changed;
        }
        print(import);
        print(importLights);
        out() << "\nPeak RSS of this process (the recomputations and small imports, not the store build): " << maxRssMib()
              << " MiB. Load average at the end: " << loadAverage() << "\n";
    } catch (const Error &e) {
        out() << "error: " << e.message() << "\n";
        return 1;
    }
    return 0;
}
