// Entity search at scale, and demo data generation speed. Not a test: it prints figures (as
// Markdown, ready for docs/benchmarks.md) and ratios against a reference measured in the same run.
//
//   bench_entity_search [--db FILE] [--entities N] [--runs R] [--plans]
//   bench_entity_search --generate 20000,300000,1000000
//
// --db reuses FILE when it already holds at least N entities, otherwise fills it with DemoGenerator.
#include "auth/Actor.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "demo/DemoGenerator.h"
#include "registry/EntityRepository.h"
#include "registry/SearchText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <sqlite3.h>
#include <sys/resource.h>
#include <cstdio>
#include <vector>

using namespace cl;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly))
        for (const QByteArray &line : info.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
    qint64 memKb = 0;
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly))
        for (const QByteArray &line : mem.readAll().split('\n'))
            if (line.startsWith("MemTotal:"))
                memKb = line.mid(9).trimmed().split(' ').value(0).toLongLong();
    return QStringLiteral("%1 logical CPUs (nproc), %2, %3 GiB RAM, SQLite %4, Qt %5")
        .arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu)
        .arg(double(memKb) / 1024.0 / 1024.0, 0, 'f', 1)
        .arg(QString::fromLatin1(sqlite3_libversion()))
        .arg(QString::fromLatin1(qVersion()));
}

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    // Nearest-rank p95.
    const size_t rank = size_t(std::max<double>(1.0, std::ceil(0.95 * double(ms.size()))));
    s.p95 = ms[rank - 1];
    return s;
}

// Process CPU time (all threads), in ms: less sensitive than wall time to other work on a shared machine.
double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / 1024.0 / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

// Generates a fresh store of n entities; returns the wall time in ms (generation + commit).
qint64 generate(Database &db, qint64 n, qint64 *dbBytes = nullptr, double *cpu = nullptr)
{
    const double cpuStart = cpuMs();
    DemoOptions options;
    options.entities = n;
    QElapsedTimer t;
    t.start();
    DemoGenerator::generate(db, Actor::bootstrap(), options);
    const qint64 ms = t.elapsed();
    if (cpu)
        *cpu = cpuMs() - cpuStart;
    sql::exec(db.sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (dbBytes)
        *dbBytes = fileSize(db.path());
    return ms;
}

int runGenerate(const QStringList &sizes)
{
    out() << "## Demo data generation\n\n" << "Machine: " << machine() << "\n\n"
          << "| entities | wall time | rate | CPU time (both threads) | DB size (after checkpoint) |\n|---:|---:|---:|---:|---:|\n";
    out().flush();
    for (const QString &text : sizes) {
        const qint64 n = text.toLongLong();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("gen.sqlite")));
        qint64 bytes = 0;
        double cpu = 0;
        const qint64 ms = generate(*db, n, &bytes, &cpu);
        out() << "| " << n << " | " << QString::number(double(ms) / 1000.0, 'f', 2) << " s | "
              << QString::number(double(n) / (double(ms) / 1000.0) / 1000.0, 'f', 0) << "k rows/s | " << QString::number(cpu / 1000.0, 'f', 2) << " s | " << mib(bytes) << " |\n";
        out().flush();
    }
    out() << "\n(wall time includes the 5 demo users' Argon2id password hashes and the commit; the WAL checkpoint after it is not included)\n";
    return 0;
}

struct Case
{
    QString label;
    QString term;
    bool code = false;
};

const QString SelectColumns = QStringLiteral(
    "SELECT e.id, e.code, e.code_type, e.name, e.kind, e.legal_rep, e.industry_id, i.name, e.town_id, t.name, "
    "e.address, e.registered_on, e.status, e.created_at, e.updated_at ");
// The name query of EntityRepository::search as written when this benchmark was made (an IN
// subquery that SQLite materialises in full before LIMIT applies) …
const QString CurrentNameQuery = SelectColumns + QStringLiteral(
    "FROM entities e LEFT JOIN industries i ON i.id = e.industry_id LEFT JOIN towns t ON t.id = e.town_id "
    "WHERE e.id IN (SELECT rowid FROM entity_search WHERE entity_search MATCH ?) AND instr(cl_norm(e.name), ?) > 0 LIMIT 50");
// … and the form proposed instead: the FTS table drives the loop, so LIMIT stops it early.
const QString ProposedNameQuery = SelectColumns + QStringLiteral(
    "FROM entity_search s CROSS JOIN entities e ON e.id = s.rowid "
    "LEFT JOIN industries i ON i.id = e.industry_id LEFT JOIN towns t ON t.id = e.town_id "
    "WHERE s.entity_search MATCH ? AND instr(cl_norm(e.name), ?) > 0 LIMIT 50");

QStringList plan(Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines;
}

// Plans of the name query (current and proposed form), and the proposed form's timing.
void explain(Database &db, const QString &label, const QString &term, int runs)
{
    const QString normalized = SearchText::normalize(term);
    const QVariantList values{SearchText::matchExpression(normalized), normalized};
    out() << "\n`" << label << "` (" << term << "), MATCH `" << values.first().toString() << "`:\n\ncurrent form:\n```\n"
          << plan(db, CurrentNameQuery, values).join(QLatin1Char('\n')) << "\n```\nproposed form:\n```\n"
          << plan(db, ProposedNameQuery, values).join(QLatin1Char('\n')) << "\n```\n";
    std::vector<double> ms;
    int hits = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q = sql::exec(db.sql(), ProposedNameQuery, {values.at(0), values.at(1)});
        for (hits = 0; q.next(); ++hits) {
        }
        if (i > 0)  // the first run warms the cache
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const Stats s = stats(ms);
    out() << "proposed form: " << hits << " hits, median " << QString::number(s.median, 'f', 2) << " ms, p95 "
          << QString::number(s.p95, 'f', 2) << " ms\n";
}

int runSearch(const QString &path, qint64 entities, int runs, bool plans)
{
    const bool existed = QFileInfo::exists(path);
    auto db = Database::open(path);
    EntityRepository repo(*db);
    qint64 genMs = -1, bytes = 0;
    const qint64 have = repo.total();
    if (have < entities) {
        if (have > 0) {
            std::fprintf(stderr, "%s holds %lld entities, fewer than %lld; use another --db\n", qPrintable(path),
                         static_cast<long long>(have), static_cast<long long>(entities));
            return 1;
        }
        std::fprintf(stderr, "generating %lld entities into %s ...\n", static_cast<long long>(entities), qPrintable(path));
        genMs = generate(*db, entities, &bytes);
    } else {
        sql::exec(db->sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        bytes = fileSize(path);
    }
    const qint64 total = repo.total();

    out() << "## Entity search (1M entities)\n\n" << "Machine: " << machine() << "\n\n"
          << "Store: " << total << " entities, " << mib(bytes) << " on disk"
          << (genMs >= 0 ? QStringLiteral(", generated in %1 s").arg(double(genMs) / 1000.0, 0, 'f', 1)
                         : QStringLiteral(" (reused%1)").arg(existed ? QStringLiteral(" existing file") : QString()))
          << ". Each case: 1 warm-up, then " << runs << " timed runs of `EntityRepository::search(term, 50)`; "
          << "reference: `SELECT id, code, name FROM entities WHERE name LIKE '%term%' LIMIT 50` "
          << "(code cases: `code LIKE 'term%'`) on the same connection, " << std::max(3, runs / 4) << " runs.\n\n"
          << "| case | term | hits (≤50) | median ms | p95 ms | reference median ms | reference / search |\n"
          << "|---|---|---:|---:|---:|---:|---:|\n";
    out().flush();

    const QList<Case> cases{
        {QStringLiteral("1 char, in every name"), QStringLiteral("龙")},
        {QStringLiteral("1 char, common"), QStringLiteral("鑫")},
        {QStringLiteral("1 char, no match"), QStringLiteral("鲲")},
        {QStringLiteral("2 chars, in every name"), QStringLiteral("龙口")},
        {QStringLiteral("2 chars, common"), QStringLiteral("食品")},
        {QStringLiteral("2 chars, common"), QStringLiteral("张记")},
        {QStringLiteral("2 chars, rare"), QStringLiteral("璟瀚")},
        {QStringLiteral("3 chars"), QStringLiteral("小吃店")},
        {QStringLiteral("4 chars"), QStringLiteral("餐饮管理")},
        {QStringLiteral("4 chars, most companies"), QStringLiteral("有限公司")},
        {QStringLiteral("5 chars, town + trade name"), QStringLiteral("北马镇丰收")},
        {QStringLiteral("6 chars"), QStringLiteral("东莱街道张记")},
        {QStringLiteral("7 chars, common prefix"), QStringLiteral("龙口市东莱街道")},
        {QStringLiteral("no match, common pairs"), QStringLiteral("龙口市饭店")},
        {QStringLiteral("no match, pairs never adjacent"), QStringLiteral("口市龙口")},
        {QStringLiteral("no match, unknown chars"), QStringLiteral("量子计算")},
        {QStringLiteral("code prefix"), QStringLiteral("9137"), true},
        {QStringLiteral("code prefix"), QStringLiteral("91370681MA3"), true},
        {QStringLiteral("code prefix, lower case"), QStringLiteral("92370681ma3p"), true},
        {QStringLiteral("code prefix, no match"), QStringLiteral("91370699"), true},
    };

    QList<Case> slow;
    for (const Case &c : cases) {
        int hits = int(repo.search(c.term, 50).size());  // warm-up
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            hits = int(repo.search(c.term, 50).size());
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const Stats s = stats(ms);

        const QString refSql = c.code
            ? QStringLiteral("SELECT id, code, name FROM entities WHERE code LIKE ? LIMIT 50")
            : QStringLiteral("SELECT id, code, name FROM entities WHERE name LIKE ? LIMIT 50");
        const QString pattern = c.code ? c.term + QLatin1Char('%') : QLatin1Char('%') + c.term + QLatin1Char('%');
        std::vector<double> refMs;
        for (int i = 0; i < std::max(3, runs / 4); ++i) {
            QElapsedTimer t;
            t.start();
            QSqlQuery q = sql::exec(db->sql(), refSql, {pattern});
            while (q.next()) {
            }
            refMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const Stats r = stats(refMs);
        out() << "| " << c.label << " | " << c.term << " | " << hits << " | " << QString::number(s.median, 'f', 2) << " | "
              << QString::number(s.p95, 'f', 2) << " | " << QString::number(r.median, 'f', 2) << " | "
              << QString::number(r.median / std::max(s.median, 1e-3), 'f', 1) << "× |\n";
        out().flush();
        if (s.p95 > 50.0)
            slow << c;
    }
    if (!slow.isEmpty()) {
        out() << "\nCases over the 50 ms target (p95): ";
        for (const Case &c : slow)
            out() << c.term << " ";
        out() << "\n";
    }
    if (plans || !slow.isEmpty()) {
        out() << "\n### Query plans of the name search\n";
        for (const Case &c : plans ? cases : slow)
            if (!c.code)
                explain(*db, c.label, c.term, runs);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    QString dbPath;
    qint64 entities = 1000000;
    int runs = 20;
    bool plans = false;
    QStringList generateSizes;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--db")) {
            dbPath = next;
            ++i;
        } else if (a == QLatin1String("--entities")) {
            entities = next.toLongLong();
            ++i;
        } else if (a == QLatin1String("--runs")) {
            runs = std::max(1, next.toInt());
            ++i;
        } else if (a == QLatin1String("--plans")) {
            plans = true;
        } else if (a == QLatin1String("--generate")) {
            generateSizes = next.split(QLatin1Char(','), Qt::SkipEmptyParts);
            ++i;
        } else {
            std::fprintf(stderr, "usage: bench_entity_search [--db FILE] [--entities N] [--runs R] [--plans] | --generate N,N,...\n");
            return 2;
        }
    }
    try {
        if (!generateSizes.isEmpty())
            return runGenerate(generateSizes);
        QTemporaryDir dir;
        if (dbPath.isEmpty())
            dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
        return runSearch(dbPath, entities, runs, plans);
    } catch (const Error &e) {
        std::fprintf(stderr, "error: %s (%s)\n", e.what(), qPrintable(e.detail()));
        return 1;
    }
}
