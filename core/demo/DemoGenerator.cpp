#include "DemoGenerator.h"

#include "DemoApprovalFactory.h"
#include "DemoCreditFactory.h"
#include "DemoEnforcementFactory.h"
#include "DemoEntityFactory.h"
#include "DemoRowSource.h"
#include "auth/Actor.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "credit/GradeSchemes.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "report/DashboardData.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThread>
#include <memory>
#include <sqlite3.h>

namespace cl {

namespace {

// Above this many entities the demo computes only the present lights (no monthly history).
constexpr qint64 kDemoHistoryMaxEntities = 100000;

constexpr qint64 SparseCreditAbove = 200000;

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

void bindText(sqlite3_stmt *s, int column, QByteArrayView utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(s, column);
    else
        sqlite3_bind_text(s, column, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void bindText(sqlite3_stmt *s, int column, const char *utf8)
{
    if (utf8)
        sqlite3_bind_text(s, column, utf8, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, column);
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

// The evaluations, as multi-row INSERTs of up to Chunk rows (one row per statement costs about
// as much in statement start-up as in B-tree work). The rows' bytes must live until flush().
class EvaluationInserts
{
public:
    static constexpr int Chunk = 16;
    static constexpr int PerRow = 10;

    EvaluationInserts(sqlite3 *h, int schemeVersion) : m_h(h), m_schemeVersion(schemeVersion) {}

    void add(qint64 entityId, const DemoEvaluation &e)
    {
        m_rows[m_count++] = Row{entityId, &e};
        if (m_count == Chunk)
            flush();
    }

    void flush()
    {
        if (m_count == 0)
            return;
        Statement &st = m_statements[size_t(m_count - 1)];
        if (!st) {
            // ?1 scheme version; per row: entity, department, scheme, grade (raw = key), score, level,
            // industry, evaluated on (= valid from), valid to, remark.
            QByteArray sql = "INSERT OR FAIL INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, raw_score, level, "
                             "scheme_version, industry, evaluated_on, valid_from, valid_to, remark) VALUES ";
            for (int i = 0; i < m_count; ++i) {
                auto q = [i](int k) { return "?" + QByteArray::number(2 + PerRow * i + k); };
                sql += (i ? ", (" : "(") + q(0) + ", " + q(1) + ", " + q(2) + ", " + q(3) + ", " + q(3) + ", " + q(4) + ", " + q(5)
                     + ", ?1, " + q(6) + ", " + q(7) + ", " + q(7) + ", " + q(8) + ", " + q(9) + ")";
            }
            st = prepare(m_h, sql.constData());
            sqlite3_bind_int64(st.get(), 1, m_schemeVersion);
        }
        sqlite3_stmt *s = st.get();
        for (int i = 0; i < m_count; ++i) {
            const DemoEvaluation &e = *m_rows[i].evaluation;
            const int p = 2 + PerRow * i;
            sqlite3_bind_int64(s, p, m_rows[i].entityId);
            sqlite3_bind_int64(s, p + 1, e.departmentId);
            bindText(s, p + 2, *e.scheme);
            bindText(s, p + 3, *e.grade);
            e.hasScore ? sqlite3_bind_double(s, p + 4, e.score) : sqlite3_bind_null(s, p + 4);
            bindText(s, p + 5, *e.level);
            if (e.industry)
                bindText(s, p + 6, *e.industry);
            else
                sqlite3_bind_null(s, p + 6);
            bindText(s, p + 7, e.evaluatedOn.view());
            bindText(s, p + 8, e.validTo.view());
            bindText(s, p + 9, e.remark);
        }
        step(m_h, s);
        m_written += m_count;
        m_count = 0;
    }

    qint64 written() const { return m_written; }

private:
    struct Row
    {
        qint64 entityId;
        const DemoEvaluation *evaluation;
    };
    sqlite3 *m_h;
    int m_schemeVersion;
    Row m_rows[Chunk] = {};
    int m_count = 0;
    qint64 m_written = 0;
    Statement m_statements[Chunk];
};

// What the credit records are drawn from: the store's departments, fields and scheme levels.
DemoCreditReference creditReference(sqlite3 *h, const QSqlDatabase &db)
{
    DemoCreditReference r;
    {
        // A department that does not grade (行政审批服务局) gets no scheme: it only takes commitments.
        Statement q = prepare(h, "SELECT id, name, CASE WHEN grades = 1 THEN coalesce(default_scheme, '') ELSE '' END "
                                 "FROM departments WHERE active = 1 ORDER BY id");
        while (sqlite3_step(q.get()) == SQLITE_ROW)
            r.departments.push_back({sqlite3_column_int64(q.get(), 0), columnText(q.get(), 1), columnText(q.get(), 2)});
    }
    {
        Statement q = prepare(h, "SELECT i.id, i.code, i.name, group_concat(d.department_id) FROM industries i "
                                 "LEFT JOIN (SELECT * FROM department_industries ORDER BY department_id) d ON d.industry_id = i.id "
                                 "GROUP BY i.id ORDER BY i.id");
        while (sqlite3_step(q.get()) == SQLITE_ROW) {
            DemoCreditReference::Industry industry{sqlite3_column_int64(q.get(), 0), columnText(q.get(), 1), columnText(q.get(), 2), {}};
            for (const QString &d : columnText(q.get(), 3).split(QLatin1Char(','), Qt::SkipEmptyParts))
                industry.departments << d.toLongLong();
            std::sort(industry.departments.begin(), industry.departments.end());
            r.industries.push_back(industry);
        }
    }
    Statement q = prepare(h, "SELECT scheme, grade_key, level FROM scheme_grades WHERE version = ?");
    sqlite3_bind_int64(q.get(), 1, GradeSchemes::load(db).version());
    while (sqlite3_step(q.get()) == SQLITE_ROW)
        r.levels[columnText(q.get(), 0)].insert(columnText(q.get(), 1), columnText(q.get(), 2));
    return r;
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
    // Foreign keys are off for this transaction: every reference it writes is to a row it read or
    // made itself (industries, towns, departments, its own entities and inspectors), and with them
    // on, SQLite checks the parents of every row and cannot run multi-row INSERTs without a
    // statement journal. Inside a caller's transaction the pragma cannot change; they stay on.
    const bool switchForeignKeys = db.raw() && sqlite3_get_autocommit(db.raw()) != 0
                                && sql::scalar(db.sql(), QStringLiteral("PRAGMA foreign_keys")).toBool();
    if (switchForeignKeys)
        sql::exec(db.sql(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreForeignKeys = qScopeGuard([&] {
        if (switchForeignKeys)
            QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
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
    const QDate lastDay = options.lastRegistration.isValid() ? options.lastRegistration : QDate(2026, 11, 20);
    // Above 200,000 entities, fewer evaluations (1M entities: about 0.8M instead of 1.4M), so a
    // million-entity store stays well under a minute to make.
    DemoCreditFactory credit(options.seed, creditReference(h, tx.sql()), lastDay,
                             sql::scalar(tx.sql(), QStringLiteral("SELECT count(*) FROM credit_findings")).toLongLong(),
                             total > SparseCreditAbove);
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

    // Entities go in 16 to a statement, like the evaluations (OR FAIL: no statement journal).
    constexpr int EntityChunk = 16, EntityParams = 10;
    Statement entityStatements[EntityChunk];
    const QByteArray now = Clock::nowIso().toUtf8();
    auto insertEntities = [&](int n) -> sqlite3_stmt * {
        Statement &st = entityStatements[n - 1];
        if (!st) {
            QByteArray sql = "INSERT OR FAIL INTO entities(id, code, code_type, name, kind, legal_rep, industry_id, town_id, address, "
                             "registered_on, status, created_at, updated_at) VALUES ";
            for (int i = 0; i < n; ++i) {
                auto q = [i](int k) { return "?" + QByteArray::number(2 + EntityParams * i + k); };
                sql += (i ? ", (" : "(") + q(0) + ", " + q(1) + ", 'USCC', " + q(2) + ", " + q(3) + ", " + q(4) + ", " + q(5) + ", "
                     + q(6) + ", " + q(7) + ", " + q(8) + ", " + q(9) + ", ?1, ?1)";
            }
            st = prepare(h, sql.constData());
            sqlite3_bind_text(st.get(), 1, now.constData(), int(now.size()), SQLITE_STATIC);
        }
        return st.get();
    };
    Statement insertSearch = prepare(h, "INSERT INTO entity_search(rowid, grams) VALUES (?1, ?2)");
    Statement insertListing = prepare(h, "INSERT OR IGNORE INTO dishonest_list(entity_id, listing_authority, basis, listed_on, removed_on, source) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, 'demo')");
    // OR IGNORE: a decision or commitment number of an earlier demo run is not drawn twice.
    Statement insertFinding = prepare(h, "INSERT OR IGNORE INTO credit_findings(entity_id, kind, source_type, source_key, department_id, "
                                         "valid_from, valid_to, repaired_on, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    EvaluationInserts evaluations(h, GradeSchemes::load(tx.sql()).version());
    qint64 listings = 0, findings = 0;

    // About 200 progress reports whatever the size: enough for a smooth bar, negligible cost.
    const qint64 reportEvery = std::max<qint64>(1000, total / 200);
    qint64 done = 0, nextReport = reportEvery;
    DemoRowSource source(factory, total, QThread::idealThreadCount() > 1, &credit);
    for (std::vector<DemoRow> batch = source.take(); !batch.empty(); batch = source.take()) {
        for (size_t start = 0; start < batch.size(); start += EntityChunk) {
            const int n = int(std::min(batch.size() - start, size_t(EntityChunk)));
            sqlite3_stmt *s = insertEntities(n);
            for (int i = 0; i < n; ++i) {
                const DemoRow &r = batch[start + size_t(i)];
                const int p = 2 + EntityParams * i;
                sqlite3_bind_int64(s, p, nextId + i);
                bindText(s, p + 1, r.code);
                bindText(s, p + 2, r.name);
                bindText(s, p + 3, r.kind);
                bindText(s, p + 4, r.legalRep);
                r.industryId > 0 ? sqlite3_bind_int64(s, p + 5, r.industryId) : sqlite3_bind_null(s, p + 5);
                r.townId > 0 ? sqlite3_bind_int64(s, p + 6, r.townId) : sqlite3_bind_null(s, p + 6);
                bindText(s, p + 7, r.address);
                bindText(s, p + 8, r.registeredOn);
                bindText(s, p + 9, r.status);
            }
            step(h, s);
            nextId += n;
        }
        qint64 id = nextId - qint64(batch.size());
        for (const DemoRow &r : batch) {
            sqlite3_bind_int64(insertSearch.get(), 1, id);
            bindText(insertSearch.get(), 2, r.grams);
            step(h, insertSearch.get());

            for (const DemoEvaluation &e : r.evaluations)
                evaluations.add(id, e);
            for (const DemoListing &l : r.listings) {
                sqlite3_stmt *s = insertListing.get();
                sqlite3_bind_int64(s, 1, id);
                bindText(s, 2, l.authority);
                bindText(s, 3, l.basis);
                bindText(s, 4, l.listedOn.view());
                bindText(s, 5, l.removedOn.view());
                step(h, s);
                listings += sqlite3_changes(h);
            }
            for (const DemoFinding &f : r.findings) {
                sqlite3_stmt *s = insertFinding.get();
                sqlite3_bind_int64(s, 1, id);
                bindText(s, 2, f.kind);
                bindText(s, 3, f.sourceType);
                bindText(s, 4, f.sourceKey);
                f.departmentId > 0 ? sqlite3_bind_int64(s, 5, f.departmentId) : sqlite3_bind_null(s, 5);
                bindText(s, 6, f.validFrom.view());
                bindText(s, 7, f.validTo.view());
                bindText(s, 8, f.repairedOn.view());
                bindText(s, 9, f.detail);
                step(h, s);
                findings += sqlite3_changes(h);
            }
            ++id;
        }
        evaluations.flush();  // its rows point into this batch
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
    const bool profile = qEnvironmentVariableIsSet("CREDITLOOP_PROFILE");
    if (profile)
        qInfo("rows done: %lld ms", static_cast<long long>(timer.elapsed()));
    for (Statement &st : entityStatements)
        st.reset();
    insertSearch.reset();
    insertListing.reset();
    insertFinding.reset();
    for (const QByteArray &definition : rebuildIndexes)
        execRaw(h, definition);

    if (profile)
        qInfo("indexes done: %lld ms", static_cast<long long>(timer.elapsed()));
    // Inspector rosters for the grading departments that have none yet, and a few declared conflicts.
    qint64 inspectorCount = 0, conflictCount = 0;
    {
        QHash<qint64, int> rosters;
        QSet<QString> badges;
        Statement q = prepare(h, "SELECT department_id, badge_no FROM inspectors");
        while (sqlite3_step(q.get()) == SQLITE_ROW) {
            ++rosters[sqlite3_column_int64(q.get(), 0)];
            badges.insert(columnText(q.get(), 1));
        }
        const std::vector<DemoInspector> roster = credit.inspectors(rosters, badges);
        Statement add = prepare(h, "INSERT INTO inspectors(department_id, name, badge_no) VALUES (?1, ?2, ?3)");
        std::vector<qint64> ids;
        for (const DemoInspector &i : roster) {
            const QByteArray name = i.name.toUtf8(), badge = i.badge.toUtf8();
            sqlite3_bind_int64(add.get(), 1, i.departmentId);
            bindText(add.get(), 2, name);
            bindText(add.get(), 3, badge);
            step(h, add.get());
            ids.push_back(sqlite3_last_insert_rowid(h));
        }
        inspectorCount = qint64(ids.size());
        Statement conflict = prepare(h, "INSERT OR IGNORE INTO inspector_conflicts(inspector_id, entity_id, reason, declared_on) VALUES (?1, ?2, ?3, ?4)");
        for (const DemoCreditFactory::Conflict &c : credit.conflicts(roster, firstId, nextId - 1)) {
            const QByteArray reason = c.reason.toUtf8(), declared = c.declaredOn.toUtf8();
            sqlite3_bind_int64(conflict.get(), 1, ids[size_t(c.inspector)]);
            sqlite3_bind_int64(conflict.get(), 2, c.entityId);
            bindText(conflict.get(), 3, reason);
            bindText(conflict.get(), 4, declared);
            step(h, conflict.get());
            conflictCount += sqlite3_changes(h);
        }
    }

    const DemoEnforcementFactory::Counts enforcement =
        DemoEnforcementFactory::generate(db, options.seed, firstId, nextId - 1, lastDay);

    // The lights of every entity, as of the demo's last day (a fixed input, so one seed gives the
    // same lights whenever it runs), or as of a later date lights were already computed for (the
    // engine keeps the present and refuses earlier dates). They are not queued for the city
    // platform: the demo entities are not either, so the outbox rows the recompute adds go again.
    // (A temporary trigger drops them as they come.)
    // The demo approvals' licences and commitments are not queued either.
    execRaw(h, "CREATE TEMP TRIGGER demo_lights_not_queued BEFORE INSERT ON main.outbox WHEN NEW.kind IN ('light_changes', 'licence', 'commitment') "
               "BEGIN SELECT RAISE(IGNORE); END");
    QDate lightsAsOf = lastDay;
    const QDate latest = QDate::fromString(LightEngine::latestAsOf(tx.sql()), Qt::ISODate);
    // A year of history for the dashboard's monthly trend: the lights as of each month end before the
    // last day, oldest first (the engine records only changes). Skipped for very large demos, where
    // eleven full passes would dominate the generation time, and for months lights already exist for.
    if (total > 0 && total <= kDemoHistoryMaxEntities) {
        for (int back = 11; back >= 1; --back) {
            const QDate month = lastDay.addMonths(-back);
            const QDate monthEnd(month.year(), month.month(), month.daysInMonth());
            if (latest.isValid() && monthEnd <= latest)
                continue;
            LightEngine(db).recompute(tx, monthEnd);
        }
    }
    if (latest.isValid() && latest > lightsAsOf)
        lightsAsOf = latest;
    const LightEngine::Stats lights = LightEngine(db).recompute(tx, lightsAsOf);
    // Approvals by commitment for items of the shipped catalogue, through the approval services (after the
    // full recompute: the lights their verifications move are recomputed as of the same day).
    const DemoApprovalFactory::Summary approvals =
        total > 0 ? DemoApprovalFactory::generate(db, tx.actor(), options.seed, lastDay, firstId, nextId - 1) : DemoApprovalFactory::Summary{};
    execRaw(h, "DROP TRIGGER temp.demo_lights_not_queued");
    if (profile)
        qInfo("lights done: %lld ms", static_cast<long long>(timer.elapsed()));

    summary.users = addDemoUsers(db, tx.sql(), tx.actor());
    tx.audit(QStringLiteral("demo.generate"), QStringLiteral("store"), QStringLiteral("demo"), {},
             QJsonObject{{QStringLiteral("count"), total},
                         {QStringLiteral("seed"), QString::number(options.seed)},
                         {QStringLiteral("first_id"), total > 0 ? firstId : 0},
                         {QStringLiteral("last_id"), total > 0 ? nextId - 1 : 0},
                         {QStringLiteral("users"), summary.users},
                         {QStringLiteral("evaluations"), evaluations.written()},
                         {QStringLiteral("dishonest_listings"), listings},
                         {QStringLiteral("credit_findings"), findings},
                         {QStringLiteral("inspectors"), inspectorCount},
                         {QStringLiteral("inspector_conflicts"), conflictCount},
                         {QStringLiteral("enforcement_cases"), enforcement.cases},
                         {QStringLiteral("penalties"), enforcement.penalties},
                         {QStringLiteral("lights_as_of"), lightsAsOf.toString(Qt::ISODate)},
                         {QStringLiteral("lights"), lights.entities},
                         {QStringLiteral("approvals"), approvals.toJson()}});
    if (progress && !progress(total, total)) {
        summary.cancelled = true;
        summary.users = 0;
        return summary;
    }
    if (profile)
        qInfo("users done: %lld ms", static_cast<long long>(timer.elapsed()));
    tx.commit();
    if (profile)
        qInfo("commit done: %lld ms", static_cast<long long>(timer.elapsed()));
    // A new demo store is opened on its dashboard first: have the report snapshot ready for it.
    DashboardData::prepareSnapshot(db.sql());
    summary.entities = total;
    summary.evaluations = evaluations.written();
    summary.lightsAsOf = lightsAsOf;
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace cl
