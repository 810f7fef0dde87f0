// Sync export and import of 100,000 changed records (DESIGN.md §6: ≤ 2 s / ≤ 3 s). Not a test:
// it prints figures.
//
//   bench_sync [--records N] [--runs R] [--dir FOLDER]
//
// Setup (not timed): office A imports a generated grade file of N rows for N distinct entities
// (GradeImporter) and creates its keys; its light outbox rows are dropped, so A's pending changes
// are exactly N evaluations (the "evaluations + lights" row keeps them: 2N records). Office B is
// an empty store with keys that trusts A.
//   export  SyncExporter::exportChanges: outbox → rows → CSV → ZIP → .part, fsync, rename (the first
//           run exports the pending changes, the others are full re-exports of the same records)
//   import  SyncImporter::import into a fresh copy of B: every check, N new entities and
//           evaluations, the lights of N entities computed, all in one transaction
// References measured in the same run: the grade import of the same N rows into a fresh store
// (the other way an office takes N evaluations in), and a plain SELECT of the exported columns.
#include "BenchGradeFile.h"

#include "auth/Actor.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "supervision/GradeImporter.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

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

QString runsText(const std::vector<double> &v)
{
    QStringList parts;
    for (double x : v)
        parts << QString::number(x, 'f', 0);
    return parts.join(QStringLiteral(", "));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("CREDITLOOP_FIXED_NOW", "2026-11-27T02:00:00Z");
    QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const qint64 records = option(QStringLiteral("--records"), QStringLiteral("100000")).toLongLong();
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    QTemporaryDir temp;
    const QString dir = option(QStringLiteral("--dir"), temp.path());
    QDir().mkpath(dir);
    try {
        out() << "bench_sync: " << records << " records, " << runs << " runs; " << machine() << "\n";
        out() << "load average before: " << loadAverage() << "\n";
        out().flush();

        // Setup.
        const QString csv = dir + QStringLiteral("/grades.csv");
        GradeFileSpec spec;
        spec.kind = GradeFileSpec::Kind::Increment;
        spec.rows = records;
        spec.entities = records;
        writeGradeCsv(csv, spec);
        const QString pathA = dir + QStringLiteral("/a.sqlite"), pathB = dir + QStringLiteral("/b.sqlite");
        removeStore(pathA);
        removeStore(pathB);
        QString keyA;
        std::vector<double> reference;
        {
            auto a = Database::open(pathA);
            keyA = SyncKeys::init(*a, Actor::bootstrap(), QStringLiteral("LK-A"));
            GradeImportOptions options;
            options.asOf = QDate(2026, 11, 27);
            QElapsedTimer t;
            t.start();
            GradeImporter(*a, Actor::bootstrap()).run(csv, options);
            reference.push_back(msSince(t));
        }
        {
            auto b = Database::open(pathB);
            SyncKeys::init(*b, Actor::bootstrap(), QStringLiteral("LK-B"));
            SyncKeys::trust(*b, Actor::bootstrap(), QStringLiteral("LK-A"), keyA);
        }

        struct Case
        {
            QString name;
            bool keepLights;
        };
        out() << "\n| case | records | package MB | export median ms (runs) | import median ms (runs) | export target | import target |\n"
              << "|---|---:|---:|---|---|---|---|\n";
        for (const Case &c : {Case{QStringLiteral("evaluations"), false}, Case{QStringLiteral("evaluations + lights"), true}}) {
            const QString storeA = dir + QStringLiteral("/a-case.sqlite");
            removeStore(storeA);
            copyStore(pathA, storeA);
            auto a = Database::open(storeA);
            if (!c.keepLights)
                sql::exec(a->sql(), QStringLiteral("DELETE FROM outbox WHERE kind IN ('light', 'light_changes')"));
            std::vector<double> exportMs, importMs;
            QString package;
            qint64 exported = 0;
            for (int run = 0; run < runs; ++run) {
                const QString outDir = dir + QStringLiteral("/out-%1").arg(run);
                QDir(outDir).removeRecursively();
                QElapsedTimer t;
                t.start();
                const ExportResult r = SyncExporter::exportChanges(*a, Actor::bootstrap(), outDir, run > 0);
                exportMs.push_back(msSince(t));
                if (run == 0) {
                    package = r.path;
                    exported = r.records;
                }
            }
            for (int run = 0; run < runs; ++run) {
                const QString storeB = dir + QStringLiteral("/b-run.sqlite");
                removeStore(storeB);
                copyStore(pathB, storeB);
                auto b = Database::open(storeB);
                const QString inbox = dir + QStringLiteral("/inbox");
                QDir(inbox).removeRecursively();
                QDir().mkpath(inbox);
                QFile::copy(package, inbox + QLatin1Char('/') + QFileInfo(package).fileName());
                ImportOptions options;
                options.asOf = QDate(2026, 11, 27);
                QElapsedTimer t;
                t.start();
                const ImportReport r = SyncImporter::import(*b, Actor::bootstrap(), {inbox}, options);
                importMs.push_back(msSince(t));
                if (r.applied != 1)
                    throw Error(ErrorKind::Invalid, QStringLiteral("import did not apply: ") + r.packages.value(0).message);
            }
            out() << "| " << c.name << " | " << exported << " | " << QString::number(double(QFileInfo(package).size()) / 1e6, 'f', 1)
                  << " | " << QString::number(median(exportMs), 'f', 0) << " (" << runsText(exportMs) << ") | "
                  << QString::number(median(importMs), 'f', 0) << " (" << runsText(importMs) << ") | ≤ 2000 ms at 100k | ≤ 3000 ms at 100k |\n";
            out().flush();
        }

        // References.
        {
            auto a = Database::open(pathA);
            std::vector<double> select;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer t;
                t.start();
                QSqlQuery q = sql::exec(a->sql(), QStringLiteral(
                    "SELECT n.name, n.code, d.name, v.scheme, v.raw_grade, v.raw_score, v.level, v.industry, v.evaluated_on, v.valid_from, "
                    "v.valid_to, v.basis, v.publicity, v.remark FROM evaluations v JOIN entities n ON n.id = v.entity_id "
                    "JOIN departments d ON d.id = v.department_id"));
                qint64 n = 0;
                while (q.next())
                    n += q.value(0).toString().size() > 0;
                select.push_back(msSince(t));
            }
            out() << "\nreference: grade import of the same " << records << " rows into a fresh store (GradeImporter, incl. lights): "
                  << QString::number(reference.front(), 'f', 0) << " ms\n";
            out() << "reference: SELECT of the exported evaluation columns (QSqlQuery, " << records << " rows): median "
                  << QString::number(median(select), 'f', 0) << " ms (" << runsText(select) << ")\n";
        }
        out() << "load average after: " << loadAverage() << "\n";
    } catch (const Error &e) {
        out() << "error: " << e.message() << " " << e.detail() << "\n";
        return 1;
    }
    return 0;
}
