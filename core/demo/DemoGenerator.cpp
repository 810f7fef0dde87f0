#include "DemoGenerator.h"

#include "DemoEntityFactory.h"
#include "DemoRowSource.h"
#include "auth/Actor.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QElapsedTimer>
#include <QThread>
#include <memory>
#include <sqlite3.h>

namespace cl {

namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

[[noreturn]] void fail(sqlite3 *h, const char *where)
{
    throw Error(ErrorKind::Database,
                DemoGenerator::tr("Generating demo data failed: %1. Nothing was written.")
                    .arg(QString::fromUtf8(sqlite3_errmsg(h))),
                QString::fromLatin1(where));
}

Statement prepare(sqlite3 *h, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(h, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
        fail(h, sql);
    return Statement(s);
}

void step(sqlite3 *h, sqlite3_stmt *s)
{
    if (sqlite3_step(s) != SQLITE_DONE)
        fail(h, sqlite3_sql(s));
    sqlite3_reset(s);
}

void execRaw(sqlite3 *h, const QByteArray &statement)
{
    if (sqlite3_exec(h, statement.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(h, statement.constData());
}

// The bound text must stay alive until the statement has stepped: the caller keeps the bytes.
void bindText(sqlite3_stmt *s, int column, const QByteArray &utf8)
{
    sqlite3_bind_text(s, column, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

QString columnText(sqlite3_stmt *s, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                             sqlite3_column_bytes(s, column));
}

QList<NamedRow> readRows(sqlite3 *h, const char *sql)
{
    QList<NamedRow> rows;
    Statement s = prepare(h, sql);
    while (sqlite3_step(s.get()) == SQLITE_ROW)
        rows << NamedRow{sqlite3_column_int64(s.get(), 0), columnText(s.get(), 1), columnText(s.get(), 2)};
    return rows;
}

// A bigger page cache for the bulk load only: index pages of a million rows stay in memory
// instead of being spilled to the WAL mid-transaction. The connection's setting comes back after.
class CacheSizeGuard
{
public:
    explicit CacheSizeGuard(const QSqlDatabase &db) : m_db(db)
    {
        m_previous = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toLongLong();
        sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -262144"));  // 256 MiB
    }
    ~CacheSizeGuard()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    CacheSizeGuard(const CacheSizeGuard &) = delete;
    CacheSizeGuard &operator=(const CacheSizeGuard &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = -2000;
};

struct DemoUser
{
    const char *username;
    const char16_t *displayName;
    const char *role;
    bool needsDepartment;
};

// Admin first: on a new store only the bootstrap actor exists, and it may add just an administrator.
const DemoUser DemoUsers[] = {
    {"admin", u"系统管理员", "admin", false},
    {"clerk", u"王窗口", "clerk", false},
    {"supervisor", u"李监管", "supervisor", true},
    {"enforcer", u"赵执法", "enforcer", false},
    {"manager", u"刘主任", "manager", false},
};

int addDemoUsers(Database &db, const QSqlDatabase &conn, const Actor &actor)
{
    UserService users(db);
    Actor acting = actor;
    int created = 0;
    for (const DemoUser &u : DemoUsers) {
        const QString username = QLatin1String(u.username);
        if (sql::scalar(conn, QStringLiteral("SELECT EXISTS(SELECT 1 FROM users WHERE username = ?)"), {username}).toBool())
            continue;
        NewUser nu;
        nu.username = username;
        nu.displayName = QString::fromUtf16(u.displayName);
        nu.role = QLatin1String(u.role);
        nu.password = DemoGenerator::demoPassword();
        nu.isDemo = true;
        if (u.needsDepartment) {
            // 市场监管局 grades most entities; any grading department will do if it was renamed.
            nu.departmentId = sql::scalar(conn, QStringLiteral("SELECT COALESCE((SELECT id FROM departments WHERE name = ?), "
                                                               "(SELECT id FROM departments WHERE grades = 1 ORDER BY id LIMIT 1), 0)"),
                                          {QStringLiteral("市场监管局")}).toLongLong();
        }
        const qint64 id = users.addUser(acting, nu);
        ++created;
        if (acting.isBootstrap() && nu.role == QLatin1String("admin")) {
            // The bootstrap actor's right ends with the first user: the new administrator adds the rest.
            acting = Actor{};
            acting.userId = id;
            acting.username = nu.username;
            acting.displayName = nu.displayName;
            acting.role = nu.role;
        }
    }
    return created;
}

} // namespace

QString DemoGenerator::demoPassword()
{
    return QStringLiteral("demo1234");
}

DemoSummary DemoGenerator::generate(Database &db, const Actor &actor, const DemoOptions &options,
                                    const std::function<bool(qint64, qint64)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (options.entities < 0)
        throw Error(ErrorKind::Usage, tr("The number of demo entities cannot be negative (%1).").arg(options.entities));

    DemoSummary summary;
    const qint64 total = options.entities;
    WriteTransaction tx(db, actor, Permission::DemoGenerate);
    sqlite3 *h = db.raw();
    if (!h)
        throw Error(ErrorKind::Database, tr("Demo data needs the SQLite driver; this database connection is not SQLite."));
    if (progress && !progress(0, total)) {
        summary.cancelled = true;
        return summary;
    }

    CacheSizeGuard cache(tx.sql());
    DemoEntityFactory factory(options.seed,
                              readRows(h, "SELECT id, code, name FROM industries ORDER BY id"),
                              readRows(h, "SELECT id, kind, name FROM towns ORDER BY id"),
                              options.lastRegistration);
    qint64 existingRows = 0;
    {
        // A store that already has entities (a second --demo run) keeps them; new codes and names avoid them.
        Statement existing = prepare(h, "SELECT code, name FROM entities");
        for (; sqlite3_step(existing.get()) == SQLITE_ROW; ++existingRows)
            factory.reserve(columnText(existing.get(), 0), columnText(existing.get(), 1));
    }
    // For a big load, the secondary indexes are dropped and rebuilt once: sorting a million keys is
    // faster than a million random B-tree inserts (at 1M rows: about 5 s saved, 3 s to rebuild).
    // Their definitions are read from the schema, so whatever the migrations made is what comes back.
    std::vector<QByteArray> rebuildIndexes;
    if (total >= 100000 && total >= existingRows) {
        Statement list = prepare(h, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'entities' "
                                    "AND sql IS NOT NULL ORDER BY name");
        std::vector<QByteArray> names;
        while (sqlite3_step(list.get()) == SQLITE_ROW) {
            names.push_back(columnText(list.get(), 0).toUtf8());
            rebuildIndexes.push_back(columnText(list.get(), 1).toUtf8());
        }
        for (const QByteArray &name : names)
            execRaw(h, "DROP INDEX \"" + name + '"');
    }
    qint64 nextId = sql::scalar(tx.sql(), QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM entities")).toLongLong();
    const qint64 firstId = nextId;

    Statement insertEntity = prepare(h,
        "INSERT INTO entities(id, code, code_type, name, kind, legal_rep, industry_id, town_id, address, "
        "registered_on, status, created_at, updated_at) VALUES (?1, ?2, 'USCC', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)");
    Statement insertSearch = prepare(h, "INSERT INTO entity_search(rowid, grams) VALUES (?1, ?2)");
    const QByteArray now = Clock::nowIso().toUtf8();
    sqlite3_bind_text(insertEntity.get(), 11, now.constData(), int(now.size()), SQLITE_STATIC);

    // About 200 progress reports whatever the size: enough for a smooth bar, negligible cost.
    const qint64 reportEvery = std::max<qint64>(1000, total / 200);
    qint64 done = 0, nextReport = reportEvery;
    DemoRowSource source(factory, total, QThread::idealThreadCount() > 1);
    for (std::vector<DemoRow> batch = source.take(); !batch.empty(); batch = source.take()) {
        for (const DemoRow &r : batch) {
            sqlite3_stmt *s = insertEntity.get();
            sqlite3_bind_int64(s, 1, nextId);
            bindText(s, 2, r.code);
            bindText(s, 3, r.name);
            bindText(s, 4, r.kind);
            bindText(s, 5, r.legalRep);
            r.industryId > 0 ? sqlite3_bind_int64(s, 6, r.industryId) : sqlite3_bind_null(s, 6);
            r.townId > 0 ? sqlite3_bind_int64(s, 7, r.townId) : sqlite3_bind_null(s, 7);
            bindText(s, 8, r.address);
            bindText(s, 9, r.registeredOn);
            bindText(s, 10, r.status);
            step(h, s);

            sqlite3_bind_int64(insertSearch.get(), 1, nextId);
            bindText(insertSearch.get(), 2, r.grams);
            step(h, insertSearch.get());
            ++nextId;
        }
        done += qint64(batch.size());
        if (progress && done >= nextReport && done < total) {
            while (nextReport <= done)
                nextReport += reportEvery;
            if (!progress(done, total)) {
                summary.cancelled = true;
                return summary;  // the row source stops, tx rolls back on destruction
            }
        }
    }
    insertEntity.reset();
    insertSearch.reset();
    for (const QByteArray &definition : rebuildIndexes)
        execRaw(h, definition);

    summary.users = addDemoUsers(db, tx.sql(), tx.actor());
    tx.audit(QStringLiteral("demo.generate"), QStringLiteral("store"), QStringLiteral("demo"), {},
             QJsonObject{{QStringLiteral("count"), total},
                         {QStringLiteral("seed"), QString::number(options.seed)},
                         {QStringLiteral("first_id"), total > 0 ? firstId : 0},
                         {QStringLiteral("last_id"), total > 0 ? nextId - 1 : 0},
                         {QStringLiteral("users"), summary.users}});
    if (progress && !progress(total, total)) {
        summary.cancelled = true;
        summary.users = 0;
        return summary;
    }
    tx.commit();
    summary.entities = total;
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace cl
