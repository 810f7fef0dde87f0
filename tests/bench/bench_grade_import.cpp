// Grade import against the sqlite3 shell (DESIGN.md §6: 1M canonical rows ≈ 105 MB, wall time
// ≤ 1.0 × the shell's `.import` of the same file into a plain table plus one index, measured in
// the same run; peak RSS ≤ 300 MB). Not a test: it prints figures and ratios (Markdown).
//
//   bench_grade_import [--csv FILE] [--rows N] [--entities N] [--runs R] [--dir FOLDER]
//                      [--only reference,new,registered] [--as-of YYYY-MM-DD]
//
// Without --csv it writes FOLDER/grades_<rows>.csv (kept and reused when FOLDER is given): N rows
// for `entities` entities (3-4 evaluations each, grouped by department, DOMAIN.md §4 departments,
// schemes and mostly good grades). Then, R times in turn:
//   reference   sqlite3 shell: CREATE TABLE (10 columns) + CREATE INDEX (uscc, department, scheme,
//               evaluated_on) + `.import --csv --skip 1`, into a new file
//   new         GradeImporter::run into a new store: every entity is created by the import
//   registered  GradeImporter::run into a copy of a store where a first import (one row per entity,
//               dated 2024) registered all entities: every row is a new evaluation of a known entity
// Each import runs in a child process of this program (its own peak RSS); the wall time is that
// of GradeImporter::run (SHA-256, reading, validation, writes, lights, commit). Medians are reported.
#include "BenchGradeFile.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <map>

using namespace cl;
using namespace cl::bench;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct ReferenceRun
{
    double ms = -1;
    qint64 rssKib = 0;
};

ReferenceRun reference(const QString &csv, const QString &db)
{
    removeStore(db);
    QString path = QFileInfo(csv).absoluteFilePath();
    path.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QByteArray script =
        "CREATE TABLE grades(uscc TEXT, name TEXT, department TEXT, scheme TEXT, grade TEXT, score TEXT, "
        "industry TEXT, evaluated_on TEXT, valid_to TEXT, remark TEXT);\n"
        "CREATE INDEX grades_key ON grades(uscc, department, scheme, evaluated_on);\n"
        ".import --csv --skip 1 \"" + path.toUtf8() + "\" grades\n";
    QProcess p;
    // /usr/bin/time reports the shell's peak RSS; its own start-up is a millisecond.
    const bool timed = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    QElapsedTimer timer;
    timer.start();
    if (timed)
        p.start(QStringLiteral("/usr/bin/time"), {QStringLiteral("-f"), QStringLiteral("rss_kib=%M"), QStringLiteral("sqlite3"), db});
    else
        p.start(QStringLiteral("sqlite3"), {db});
    p.write(script);
    p.closeWriteChannel();
    ReferenceRun r;
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        out() << "reference failed: " << p.readAllStandardError() << "\n";
        return r;
    }
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const qsizetype at = err.lastIndexOf(QStringLiteral("rss_kib="));
    if (at >= 0)
        r.rssKib = err.mid(at + 8).trimmed().toLongLong();
    return r;
}

struct Series
{
    std::vector<double> ms, rowsMs, lightsMs, commitMs;
    qint64 rssKib = 0;
    QJsonObject last;
};

void add(Series &s, const QJsonObject &o)
{
    s.ms.push_back(o.value(QStringLiteral("wall_ms")).toDouble());
    const double rowsAt = o.value(QStringLiteral("rows_at_ms")).toDouble();
    const double lightsAt = o.value(QStringLiteral("lights_at_ms")).toDouble();
    const double commitAt = o.value(QStringLiteral("commit_at_ms")).toDouble();
    s.rowsMs.push_back(rowsAt);
    s.lightsMs.push_back(lightsAt - rowsAt);
    s.commitMs.push_back(commitAt - lightsAt);
    s.rssKib = std::max<qint64>(s.rssKib, o.value(QStringLiteral("rss_kib")).toInteger());
    s.last = o;
}

QString sec(double ms)
{
    return QString::number(ms / 1000.0, 'f', 2);
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
    const int runs = std::max(1, option("--runs", QStringLiteral("3")).toInt());
    const QDate asOf = QDate::fromString(option("--as-of", QStringLiteral("2026-11-27")), Qt::ISODate);
    const QStringList only = option("--only", QStringLiteral("reference,new,registered")).split(QLatin1Char(','));
    QTemporaryDir temp;
    const QString dir = option("--dir", temp.path());
    QDir().mkpath(dir);

    try {
        out() << "## Grade import, " << rows << " rows\n\n"
              << "Machine: " << machine() << "\nLoad average at the start: " << loadAverage() << "\n\n";
        out().flush();
        QElapsedTimer timer;
        QString csv = option("--csv", QString());
        const QString prelude = dir + QStringLiteral("/prelude.csv");
        if (csv.isEmpty()) {
            csv = dir + QStringLiteral("/grades_%1.csv").arg(rows);
            if (!QFileInfo::exists(csv)) {
                timer.start();
                writeGradeCsv(csv, GradeFileSpec{GradeFileSpec::Kind::Main, rows, entities, 1});
                out() << "Generated " << csv << " in " << sec(double(timer.elapsed())) << " s.\n";
            }
            if (!QFileInfo::exists(prelude))
                writeGradeCsv(prelude, GradeFileSpec{GradeFileSpec::Kind::Prelude, entities, entities, 1});
        } else {
            writePreludeFromCsv(csv, prelude);
        }
        out() << "File: " << QFileInfo(csv).fileName() << ", " << QString::number(double(QFileInfo(csv).size()) / 1e6, 'f', 1)
              << " MB; as of " << asOf.toString(Qt::ISODate) << "; " << runs << " run(s) of each, interleaved.\n\n";
        out().flush();

        // The registered store: a first import of one row per entity (other dates).
        const QString templateDb = dir + QStringLiteral("/registered.template.sqlite");
        if (only.contains(QStringLiteral("registered"))) {
            removeStore(templateDb);
            if (!initInChild(templateDb))
                throw Error(ErrorKind::Database, QStringLiteral("cannot create %1").arg(templateDb));
            const QJsonObject first = importInChild(templateDb, prelude, asOf);
            if (first.contains(QStringLiteral("error")))
                throw Error(ErrorKind::Database, first.value(QStringLiteral("error")).toString());
            out() << "Registered store prepared: " << first.value(QStringLiteral("rows")).toInteger() << " rows, "
                  << first.value(QStringLiteral("entities_created")).toInteger() << " entities created in "
                  << sec(first.value(QStringLiteral("wall_ms")).toDouble()) << " s (peak RSS "
                  << first.value(QStringLiteral("rss_kib")).toInteger() / 1024 << " MiB).\n\n";
            out().flush();
        }

        std::vector<double> refMs;
        qint64 refRss = 0;
        std::map<QString, Series> series;
        const QString store = dir + QStringLiteral("/bench.sqlite");
        for (int run = 0; run < runs; ++run) {
            if (only.contains(QStringLiteral("reference"))) {
                const ReferenceRun r = reference(csv, dir + QStringLiteral("/reference.sqlite"));
                if (r.ms >= 0) {
                    refMs.push_back(r.ms);
                    refRss = std::max(refRss, r.rssKib);
                    out() << "run " << run + 1 << " reference: " << sec(r.ms) << " s, load " << loadAverage() << "\n";
                }
                removeStore(dir + QStringLiteral("/reference.sqlite"));
            }
            for (const QString &scenario : {QStringLiteral("new"), QStringLiteral("registered")}) {
                if (!only.contains(scenario))
                    continue;
                if (scenario == QLatin1String("new")) {
                    removeStore(store);
                    initInChild(store);
                } else {
                    copyStore(templateDb, store);
                }
                const QJsonObject o = importInChild(store, csv, asOf);
                if (o.contains(QStringLiteral("error"))) {
                    out() << "run " << run + 1 << " " << scenario << " failed: " << o.value(QStringLiteral("error")).toString() << "\n";
                    continue;
                }
                add(series[scenario], o);
                out() << "run " << run + 1 << " " << scenario << ": " << sec(o.value(QStringLiteral("wall_ms")).toDouble())
                      << " s (rows " << sec(o.value(QStringLiteral("rows_at_ms")).toDouble()) << ", lights "
                      << sec(o.value(QStringLiteral("lights_at_ms")).toDouble() - o.value(QStringLiteral("rows_at_ms")).toDouble())
                      << ", commit "
                      << sec(o.value(QStringLiteral("commit_at_ms")).toDouble() - o.value(QStringLiteral("lights_at_ms")).toDouble())
                      << "), peak RSS " << o.value(QStringLiteral("rss_kib")).toInteger() / 1024 << " MiB, load " << loadAverage() << "\n";
                out().flush();
                removeStore(store);
            }
        }

        const double ref = median(refMs);
        out() << "\n| what | median wall | runs (s) | ratio to reference | rows done | lights | commit | peak RSS |\n"
              << "|---|---:|---|---:|---:|---:|---:|---:|\n";
        auto list = [](const std::vector<double> &v) {
            QStringList s;
            for (double x : v)
                s << sec(x);
            return s.join(QStringLiteral(", "));
        };
        if (!refMs.empty())
            out() << "| sqlite3 `.import` + 1 index | " << sec(ref) << " s | " << list(refMs) << " | 1.00 | | | | "
                  << (refRss ? QString::number(refRss / 1024) + QStringLiteral(" MiB") : QStringLiteral("?")) << " |\n";
        for (const auto &[name, s] : series) {
            const double m = median(s.ms);
            out() << "| GradeImporter, " << (name == QLatin1String("new") ? "entities created by the import" : "entities already registered")
                  << " | " << sec(m) << " s | " << list(s.ms) << " | "
                  << (ref > 0 ? QString::number(m / ref, 'f', 2) : QStringLiteral("–")) << " | " << sec(median(s.rowsMs)) << " s | "
                  << sec(median(s.lightsMs)) << " s | " << sec(median(s.commitMs)) << " s | " << s.rssKib / 1024 << " MiB |\n";
        }
        for (const auto &[name, s] : series)
            out() << "\n" << name << ": rows " << s.last.value(QStringLiteral("rows")).toInteger() << ", inserted "
                  << s.last.value(QStringLiteral("inserted")).toInteger() << ", unchanged "
                  << s.last.value(QStringLiteral("unchanged")).toInteger() << ", updated "
                  << s.last.value(QStringLiteral("updated")).toInteger() << ", rejected "
                  << s.last.value(QStringLiteral("rejected")).toInteger() << ", entities created "
                  << s.last.value(QStringLiteral("entities_created")).toInteger() << ", touched "
                  << s.last.value(QStringLiteral("entities_touched")).toInteger() << ", lights changed "
                  << s.last.value(QStringLiteral("lights_changed")).toInteger() << ", CPU "
                  << sec(s.last.value(QStringLiteral("cpu_ms")).toDouble()) << " s (last run)";
        out() << "\n\nLoad average at the end: " << loadAverage() << "\n";
    } catch (const Error &e) {
        out() << "error: " << e.message() << "\n";
        return 1;
    }
    return 0;
}
