#pragma once

// Shared by the grade import and light benchmarks (tests/bench): the canonical evaluation file
// they measure with, the child-process runner that imports it (so peak RSS is the import's own),
// the machine description and the median. Benchmarks are not tests (DESIGN.md §5).
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace cl::bench {

// What the generated canonical grade file (DOMAIN.md §4) holds. Every entity is a pure function
// of its index (code, name, industry), so files made with other dates (prelude) or other rows
// (increment) name the same entities, and a store can be pre-registered with them.
struct GradeFileSpec
{
    enum class Kind {
        Main,       // `rows` evaluations of `entities` entities (3-4 each), grouped by department
        Prelude,    // one evaluation per entity, dated 2024: registers the entities with other keys
        Increment,  // `rows` evaluations of `rows` distinct entities, dated after the main file
    };
    Kind kind = Kind::Main;
    qint64 rows = 1000000;
    qint64 entities = 300000;
    quint64 seed = 1;  // Increment: which entities and dates
};

// Writes the file (UTF-8, no BOM, LF, canonical Chinese header). Returns the byte size.
qint64 writeGradeCsv(const QString &path, const GradeFileSpec &spec);

// The distinct codes and names of a grade file of any origin, as a one-row-per-entity prelude
// (dated 2000-01-01, so it adds keys the file does not have).
qint64 writePreludeFromCsv(const QString &csv, const QString &prelude);

// Self-execution: the benchmark program runs imports in a child of itself, so that each one's
// peak RSS (getrusage ru_maxrss) is its own. Call first in main(); returns true (and the exit
// code) when this process is such a child.
bool runChild(const QStringList &args, int &exitCode);

// Runs `<this program> --child-import DB CSV AS_OF` and returns what the child measured:
// wall_ms (GradeImporter::run), rss_kib, rows/inserted/... and the phases (rows_ms, lights_ms,
// commit_ms) reported by the importer under CREDITLOOP_PROFILE. Empty with "error" on failure.
QJsonObject importInChild(const QString &db, const QString &csv, const QDate &asOf);
// Creates (migrates) an empty store in a child process.
bool initInChild(const QString &db);

// "2 logical CPUs (nproc), <model>, 23.5 GiB RAM, SQLite 3.40.1, Qt 6.4.2"
QString machine();
// "2.61 2.40 2.33" from /proc/loadavg.
QString loadAverage();
double median(std::vector<double> values);
// Removes a SQLite file and its -wal/-shm/-journal companions.
void removeStore(const QString &path);
// Copies a closed store (checkpointed: one file) to another path.
bool copyStore(const QString &from, const QString &to);

} // namespace cl::bench
