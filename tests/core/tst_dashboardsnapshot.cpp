// The dashboard's column snapshot (DashboardSnapshot, migration 0012): the figures are the same with
// and without it for every filter, on a demo store and after each kind of write: appended rows
// (light recompute, grade import, demo run, entity added, sync import) and entities whose town or
// industry field changed (entity edits, sync import) are folded in; a change the program never makes
// (a history row updated or deleted, an entity deleted, another schema) or a bulk move rebuilds it; a rolled-back change leaves it valid; a busy store
// leaves it unsaved without failing the dashboard.
#include "../support/SyncFixtures.h"
#include "auth/UserService.h"
#include "credit/LightEngine.h"
#include "demo/DemoGenerator.h"
#include "registry/EntityRepository.h"
#include "report/DashboardData.h"
#include "report/DashboardSnapshot.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QDir>
#include <QtTest>
#include <sqlite3.h>

using namespace cl;
using namespace cl::test;

namespace {

using Kind = DashboardSnapshotUse::Kind;
using Source = DashboardData::ColumnSource;

const QDate DemoAsOf(2026, 11, 20);

QString counts(const LightCounts &c)
{
    return QStringLiteral("%1/%2/%3/%4").arg(c.red).arg(c.yellow).arg(c.green).arg(c.grey);
}

// Every figure of a DashboardData, one per line (a failing comparison shows the first difference).
QString dump(const DashboardData &d)
{
    QStringList out;
    out << QStringLiteral("as of %1, period %2..%3").arg(d.asOf.toString(Qt::ISODate), d.periodFrom.toString(Qt::ISODate), d.periodTo.toString(Qt::ISODate))
        << QStringLiteral("entities %1, without light %2, overall %3").arg(d.entities).arg(d.withoutLight).arg(counts(d.overall));
    for (const DashboardData::Group &g : d.byIndustry)
        out << QStringLiteral("industry %1 %2 %3").arg(g.id).arg(g.name, counts(g.counts));
    for (const DashboardData::Group &g : d.byTown)
        out << QStringLiteral("town %1 %2 %3").arg(g.id).arg(g.name, counts(g.counts));
    for (const DashboardData::TrendPoint &p : d.trend)
        out << QStringLiteral("trend %1 %2").arg(p.date.toString(Qt::ISODate), counts(p.counts));
    return out.join(QLatin1Char('\n'));
}

qint64 scalar(Database &db, const QString &query)
{
    return sql::scalar(db.sql(), query).toLongLong();
}

// The filters of the brief: none, town, industry field, department by its industry fields, department
// by its evaluations, as of a past date, a three-year trend.
QList<ReportFilter> everyFilter(Database &db, const QDate &asOf)
{
    ReportFilter all;
    all.asOf = asOf;
    QList<ReportFilter> list{all};
    ReportFilter f = all;
    f.townId = scalar(db, QStringLiteral("SELECT town_id FROM entities WHERE town_id IS NOT NULL GROUP BY town_id ORDER BY count(*) DESC, town_id LIMIT 1"));
    list << f;
    f = all;
    f.industryId = scalar(db, QStringLiteral("SELECT industry_id FROM entities WHERE industry_id IS NOT NULL GROUP BY industry_id "
                                             "ORDER BY count(*) DESC, industry_id LIMIT 1"));
    list << f;
    f = all;
    f.departmentId = scalar(db, QStringLiteral("SELECT department_id FROM department_industries ORDER BY department_id LIMIT 1"));
    list << f;
    f = all;
    f.departmentId = scalar(db, QStringLiteral("SELECT id FROM departments WHERE id NOT IN (SELECT department_id FROM department_industries) "
                                               "AND id IN (SELECT department_id FROM evaluations) ORDER BY id LIMIT 1"));
    list << f;
    f = all;
    f.asOf = asOf.addMonths(-6);
    list << f;
    f = all;
    f.from = asOf.addYears(-3);
    list << f;
    return list;
}

// Computes every filter with the snapshot and from the tables and compares the figures, then the
// columns themselves; `first` tells how the first computation (no filter) obtained its columns. The
// later ones must find a snapshot when the first could keep one. Returns what differs, or nothing.
QString compareEveryFilter(Database &db, const QDate &asOf, DashboardSnapshotUse &first)
{
    const QList<ReportFilter> filters = everyFilter(db, asOf);
    for (qsizetype i = 0; i < filters.size(); ++i) {
        DashboardSnapshotUse use;
        const DashboardData withSnapshot = DashboardData::compute(db.sql(), filters.at(i), Source::Snapshot, &use);
        const DashboardData fromTables = DashboardData::compute(db.sql(), filters.at(i), Source::Tables);
        if (dump(withSnapshot) != dump(fromTables))
            return QStringLiteral("filter %1:\n%2\n--- from the tables:\n%3").arg(i).arg(dump(withSnapshot), dump(fromTables));
        if (i == 0) {
            first = use;
            continue;
        }
        const Kind expected = first.kind == Kind::Loaded || first.saved ? Kind::Loaded : first.kind;
        if (use.kind != expected)
            return QStringLiteral("filter %1: columns obtained as %2, expected %3").arg(i).arg(int(use.kind)).arg(int(expected));
    }
    if (!(DashboardSnapshot::read(db.raw()) == DashboardSnapshot::scan(db.raw())))
        return QStringLiteral("the columns differ");
    return {};
}

#define COMPARE_EVERY_FILTER(db, asOf, expectedKind)                  \
    do {                                                              \
        DashboardSnapshotUse first_;                                  \
        const QString diff_ = compareEveryFilter(db, asOf, first_);   \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_));                 \
        QCOMPARE(int(first_.kind), int(expectedKind));                \
    } while (false)

DashboardSnapshotUse use(Database &db, const QDate &asOf)
{
    ReportFilter f;
    f.asOf = asOf;
    DashboardSnapshotUse u;
    DashboardData::compute(db.sql(), f, Source::Snapshot, &u);
    return u;
}

} // namespace

class TestDashboardSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;  // a demo store made once, copied for each test

    std::unique_ptr<Database> demoCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_demo, path))
            qFatal("copy failed");
        return Database::open(path);
    }
    static Actor admin(Database &db) { return UserService(db).login(QStringLiteral("admin"), DemoGenerator::demoPassword()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto db = Database::open(m_demo);
        DemoOptions o;
        o.entities = 3000;
        DemoGenerator::generate(*db, Actor::bootstrap(), o);
        // The generator leaves the snapshot ready (DashboardData::prepareSnapshot): the first
        // dashboard of a new demo store opens warm, nothing to fold, the same columns as the tables.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM report_snapshot")), 1);
        DashboardSnapshotUse ready;
        const DashboardColumns fromSnapshot = DashboardSnapshot::read(db->raw(), &ready);
        QCOMPARE(int(ready.kind), int(Kind::Loaded));
        QCOMPARE(ready.foldedEntities + ready.foldedHistoryRows + ready.foldedChangedEntities, 0);
        QVERIFY(fromSnapshot == DashboardSnapshot::scan(db->raw()));
        // The cases below start from a store without one.
        DashboardSnapshot::clear(db->raw());
        sqlite3_exec(db->raw(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    }

    void sameFiguresForEveryFilter()
    {
        auto db = demoCopy(QStringLiteral("every.sqlite"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM report_snapshot")), 0);
        DashboardSnapshotUse u;
        const QString diff = compareEveryFilter(*db, DemoAsOf, u);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(int(u.kind), int(Kind::Built));
        QVERIFY(u.saved);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM report_snapshot")), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT entity_watermark FROM report_snapshot")), scalar(*db, QStringLiteral("SELECT max(id) FROM entities")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT history_watermark FROM report_snapshot")),
                 scalar(*db, QStringLiteral("SELECT max(id) FROM light_history")));
        // Saving it is no audited change.
        const qint64 audit = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);
        u = use(*db, DemoAsOf);
        QCOMPARE(u.foldedEntities + u.foldedHistoryRows, 0);
        QVERIFY(!u.saved);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    // LightDecision: a recompute appends light_history rows; they are folded in, not written back
    // (a small fold), and a fold above DashboardSnapshot::SaveFoldAbove rows is written back.
    void lightRecomputeIsFolded()
    {
        auto db = demoCopy(QStringLiteral("recompute.sqlite"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        const QDate later = DemoAsOf.addDays(120);
        QList<qint64> ids;
        QSqlQuery q = sql::exec(db->sql(), QStringLiteral("SELECT id FROM entities ORDER BY id LIMIT 500"));
        while (q.next())
            ids << q.value(0).toLongLong();
        LightEngine::Stats stats;
        {
            WriteTransaction tx(*db, admin(*db), Permission::EntityView);
            stats = LightEngine(*db).recompute(tx, later, ids, false);
            tx.commit();
        }
        QVERIFY2(stats.changed > 0, "the recompute moves some lights");
        const DashboardSnapshotUse u = use(*db, later);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedHistoryRows, stats.changed);
        QVERIFY(!u.saved);
        COMPARE_EVERY_FILTER(*db, later, Kind::Loaded);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        // A large append (rows of one day for every entity, more than SaveFoldAbove) is written back.
        sql::exec(db->sql(), QStringLiteral("INSERT INTO light_history(entity_id, effective_on, light, rule_id, rule_version, reasons, recorded_at) "
                                            "SELECT e.id, '2027-04-01', CASE e.id % 3 WHEN 0 THEN 'red' WHEN 1 THEN 'green' ELSE 'grey' END, "
                                            "'X', 1, '[]', '2027-04-01T00:00:00Z' FROM entities e, (SELECT 1 UNION ALL SELECT 2 UNION ALL "
                                            "SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) n"));
        const qint64 appended = 7 * scalar(*db, QStringLiteral("SELECT count(*) FROM entities"));
        QVERIFY(appended > DashboardSnapshot::SaveFoldAbove);
        const DashboardSnapshotUse big = use(*db, QDate(2027, 4, 30));
        QCOMPARE(int(big.kind), int(Kind::Loaded));
        QCOMPARE(big.foldedHistoryRows, appended + stats.changed);  // with the recompute's, never written back
        QVERIFY(big.saved);
        const DashboardSnapshotUse after = use(*db, QDate(2027, 4, 30));
        QCOMPARE(after.foldedHistoryRows, 0);
        COMPARE_EVERY_FILTER(*db, QDate(2027, 4, 30), Kind::Loaded);
    }

    // Entity edits: a new entity is folded in; a save that changes neither town nor industry field
    // logs nothing; a town or industry change is logged and folded in (the entity read again); a bulk
    // move of most entities rebuilds; writing the snapshot prunes the log.
    void entityEdits()
    {
        auto db = demoCopy(QStringLiteral("edits.sqlite"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        const Actor actor = admin(*db);
        EntityRepository repo(*db);
        Entity e;
        e.code = QStringLiteral("91370681MA3P7K2Q3U");
        e.name = QStringLiteral("龙口市海韵食品有限公司");
        e.kind = QStringLiteral("enterprise");
        e.townId = 3;
        e.industryId = scalar(*db, QStringLiteral("SELECT min(id) FROM industries"));
        const qint64 id = repo.add(actor, e, UsccValidator::fromDatabase(db->sql()));
        DashboardSnapshotUse u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedEntities, 1);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        Entity edited = *repo.byId(id);
        edited.address = QStringLiteral("东莱街道港城大道 1 号");
        repo.update(actor, edited);
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Loaded));

        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM report_snapshot_entity_changes")), 0);

        // An entity with lights moves to another town.
        const qint64 lit = scalar(*db, QStringLiteral("SELECT entity_id FROM light_history ORDER BY entity_id LIMIT 1"));
        Entity moved = *repo.byId(lit);
        moved.townId = moved.townId == 1 ? 2 : 1;
        repo.update(actor, moved);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM report_snapshot_entity_changes")), 1);
        u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedChangedEntities, 1);
        QVERIFY(!u.saved);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        Entity otherField = *repo.byId(lit);
        otherField.industryId = otherField.industryId == e.industryId ? e.industryId + 1 : e.industryId;
        repo.update(actor, otherField);
        u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedChangedEntities, 1);  // the same entity, logged twice, read once
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        // Written back (here after a large history append), the snapshot takes the log's changes with it
        // and prunes them; a change after the pruning is still seen.
        sql::exec(db->sql(), QStringLiteral("INSERT INTO light_history(entity_id, effective_on, light, rule_id, rule_version, reasons, recorded_at) "
                                            "SELECT e.id, '2026-11-20', 'green', 'X', 1, '[]', '2026-11-20T00:00:00Z' FROM entities e, "
                                            "(SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL "
                                            "SELECT 6 UNION ALL SELECT 7) n"));
        u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedChangedEntities, 1);
        QVERIFY(u.saved);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM report_snapshot_entity_changes")), 0);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);
        repo.update(actor, *repo.byId(lit));  // unchanged: nothing logged
        moved = *repo.byId(lit);
        moved.townId = 0;
        repo.update(actor, moved);
        u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedChangedEntities, 1);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        // A bulk move of most entities (eight rounds of every entity's town): a scan costs less than
        // reading them one by one.
        const qint64 entities = scalar(*db, QStringLiteral("SELECT count(*) FROM entities"));
        for (int round = 0; round < 8; ++round)
            sql::exec(db->sql(), QStringLiteral("UPDATE entities SET town_id = (ifnull(town_id, 0) % 13) + 1"));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM report_snapshot_entity_changes")) > entities / 4 + DashboardSnapshot::SaveFoldAbove);
        u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Built));
        QVERIFY(u.saved);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM report_snapshot_entity_changes")), 0);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);
    }

    // The grade import (new entities, their lights) and a second demo run append: folded in.
    void gradeImportAndDemoRunAreFolded()
    {
        auto db = demoCopy(QStringLiteral("imports.sqlite"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        GradeImportOptions options;
        options.asOf = DemoAsOf;
        const GradeImportResult r = GradeImporter(*db, admin(*db)).run(writeFile(m_dir.filePath(QStringLiteral("g.csv")), gradeRows(40)), options);
        QVERIFY(r.entitiesCreated > 0);
        DashboardSnapshotUse u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedEntities, r.entitiesCreated);
        QVERIFY(u.foldedHistoryRows > 0);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        DemoOptions o;
        o.entities = 200;
        o.seed = 7;
        DemoGenerator::generate(*db, admin(*db), o);
        u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedEntities, r.entitiesCreated + 200);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        // A run adding more than a quarter of the store (after it) plus SaveFoldAbove: the tables are
        // scanned instead — here by the generator itself (DashboardData::prepareSnapshot), which saves
        // the rebuilt snapshot, so the next dashboard has nothing to fold.
        const qint64 before = scalar(*db, QStringLiteral("SELECT count(*) FROM entities"));
        o.entities = before / 3 + 4 * DashboardSnapshot::SaveFoldAbove / 3 + 500;
        o.seed = 8;
        DemoGenerator::generate(*db, admin(*db), o);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT entity_watermark FROM report_snapshot")), scalar(*db, QStringLiteral("SELECT max(id) FROM entities")));
        u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedEntities + u.foldedHistoryRows, 0);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);
    }

    // History rows updated or deleted, an entity deleted: the generation moves, the snapshot is rebuilt.
    void historyChangesAndDeletionsRebuild()
    {
        auto db = demoCopy(QStringLiteral("deletes.sqlite"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        const qint64 generation = scalar(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'report_snapshot_generation'"));
        sql::exec(db->sql(), QStringLiteral("UPDATE light_history SET light = 'red' WHERE id = (SELECT min(id) FROM light_history WHERE light <> 'red')"));
        QVERIFY(scalar(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'report_snapshot_generation'")) > generation);
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        // Changing only a reason text needs no rebuild.
        sql::exec(db->sql(), QStringLiteral("UPDATE light_history SET reasons = '[]' WHERE id = (SELECT max(id) FROM light_history)"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Loaded));

        // The latest row of 50 entities deleted (their light goes back to the one before, or none).
        sql::exec(db->sql(), QStringLiteral("DELETE FROM light_history WHERE id IN (SELECT max(id) FROM light_history GROUP BY entity_id "
                                            "ORDER BY entity_id LIMIT 50)"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        // The newest row deleted: the watermark would be above max(id); a new row may take its id.
        sql::exec(db->sql(), QStringLiteral("DELETE FROM light_history WHERE id = (SELECT max(id) FROM light_history)"));
        sql::exec(db->sql(), QStringLiteral("INSERT INTO light_history(entity_id, effective_on, light, rule_id, rule_version, reasons, recorded_at) "
                                            "VALUES (1, '2026-11-20', 'red', 'X', 1, '[]', '2026-11-20T00:00:00Z')"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);

        // An entity without records deleted.
        sql::exec(db->sql(), QStringLiteral("INSERT INTO entities(code, name, kind, town_id, created_at, updated_at) "
                                            "VALUES ('X1', '临时主体', 'enterprise', 2, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
        QCOMPARE(use(*db, DemoAsOf).foldedEntities, 1);
        sql::exec(db->sql(), QStringLiteral("DELETE FROM entities WHERE code = 'X1'"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);
    }

    // A change rolled back leaves the snapshot valid (the generation rolled back with it); rows
    // appended and rolled back, then others committed under the same ids, are folded correctly.
    void rollbackKeepsItCorrect()
    {
        auto db = demoCopy(QStringLiteral("rollback.sqlite"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        sql::exec(db->sql(), QStringLiteral("BEGIN IMMEDIATE"));
        sql::exec(db->sql(), QStringLiteral("UPDATE entities SET town_id = 5 WHERE id <= 100"));
        sql::exec(db->sql(), QStringLiteral("INSERT INTO light_history(entity_id, effective_on, light, rule_id, rule_version, reasons, recorded_at) "
                                            "VALUES (2, '2026-11-20', 'red', 'X', 1, '[]', '2026-11-20T00:00:00Z')"));
        // Meanwhile the dashboard reads committed data and cannot save (the store is being written).
        ReportFilter f;
        f.asOf = DemoAsOf;
        DashboardSnapshotUse u;
        const DashboardData during = DashboardData::compute(db->sql(), f, Source::Snapshot, &u);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        sql::exec(db->sql(), QStringLiteral("ROLLBACK"));
        QCOMPARE(dump(during), dump(DashboardData::compute(db->sql(), f, Source::Tables)));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Loaded));
        sql::exec(db->sql(), QStringLiteral("INSERT INTO light_history(entity_id, effective_on, light, rule_id, rule_version, reasons, recorded_at) "
                                            "VALUES (3, '2026-11-20', 'yellow', 'X', 1, '[]', '2026-11-20T00:00:00Z')"));
        u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedHistoryRows, 1);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);
    }

    // Another connection writing: the figures are computed all the same, the snapshot is not saved
    // (no wait), and is saved by the next computation.
    void busyStoreSkipsSaving()
    {
        auto db = demoCopy(QStringLiteral("busy.sqlite"));
        auto writer = db->openSibling();
        sql::exec(writer->sql(), QStringLiteral("BEGIN IMMEDIATE"));
        ReportFilter f;
        f.asOf = DemoAsOf;
        DashboardSnapshotUse u;
        QElapsedTimer t;
        t.start();
        const DashboardData busy = DashboardData::compute(db->sql(), f, Source::Snapshot, &u);
        QVERIFY2(t.elapsed() < 4000, "no wait for the busy timeout");
        QCOMPARE(int(u.kind), int(Kind::Built));
        QVERIFY(!u.saved);
        sql::exec(writer->sql(), QStringLiteral("ROLLBACK"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM report_snapshot")), 0);
        QCOMPARE(dump(busy), dump(DashboardData::compute(db->sql(), f, Source::Tables)));
        u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Built));
        QVERIFY(u.saved);
    }

    // A snapshot of another schema version, with damaged arrays, or without the generation counter
    // is not used.
    void staleOrDamagedSnapshotIsRebuilt()
    {
        auto db = demoCopy(QStringLiteral("damaged.sqlite"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        sql::exec(db->sql(), QStringLiteral("UPDATE report_snapshot SET schema_version = schema_version - 1"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Loaded));
        sql::exec(db->sql(), QStringLiteral("UPDATE report_snapshot SET history_day = substr(history_day, 1, length(history_day) - 4)"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        sql::exec(db->sql(), QStringLiteral("UPDATE report_snapshot SET town = x''"));
        QCOMPARE(int(use(*db, DemoAsOf).kind), int(Kind::Built));
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Loaded);
        sql::exec(db->sql(), QStringLiteral("DELETE FROM meta WHERE key = 'report_snapshot_generation'"));
        const DashboardSnapshotUse u = use(*db, DemoAsOf);
        QCOMPARE(int(u.kind), int(Kind::Built));
        QVERIFY(!u.saved);
        COMPARE_EVERY_FILTER(*db, DemoAsOf, Kind::Built);
    }

    // A store before migration 0012 is read from its tables, the same figures.
    void storeBeforeTheSnapshot()
    {
        TestStore store(10);
        auto &db = store.db();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), 10);
        sql::exec(db.sql(), QStringLiteral("INSERT INTO entities(id, code, name, kind, town_id, created_at, updated_at) "
                                           "VALUES (1, 'C1', '主体1', 'company', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
        sql::exec(db.sql(), QStringLiteral("INSERT INTO light_history(entity_id, effective_on, light, rule_id, rule_version, reasons, recorded_at) "
                                           "VALUES (1, '2026-02-01', 'yellow', 'X', 1, '[]', '2026-01-01T00:00:00Z')"));
        ReportFilter f;
        f.asOf = QDate(2026, 3, 1);
        DashboardSnapshotUse u;
        const DashboardData d = DashboardData::compute(db.sql(), f, Source::Snapshot, &u);
        QCOMPARE(int(u.kind), int(Kind::Scanned));
        QCOMPARE(counts(d.overall), QStringLiteral("0/1/0/0"));
        QCOMPARE(dump(d), dump(DashboardData::compute(db.sql(), f, Source::Tables)));
    }

    // The sync applier: entities and lights of another office are appended (folded in); the other
    // office's change of an entity's town (EntityCodec) rebuilds.
    void syncImportFoldsThenRebuilds()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        TestStore a, b;
        const QString keyA = SyncKeys::init(a.db(), Actor::bootstrap(), QStringLiteral("LK-A"));
        SyncKeys::init(b.db(), Actor::bootstrap(), QStringLiteral("LK-B"));
        SyncKeys::trust(b.db(), Actor::bootstrap(), QStringLiteral("LK-A"), keyA);
        const QString inbox = b.dirPath() + QStringLiteral("/inbox");
        QDir().mkpath(inbox);
        auto importIntoB = [&](const ExportResult &r) {
            const QString target = inbox + QLatin1Char('/') + QFileInfo(r.path).fileName();
            QVERIFY(QFile::copy(r.path, target));
            ImportOptions o;
            o.asOf = QDate(2026, 6, 1);
            QCOMPARE(SyncImporter::import(b.db(), Actor::bootstrap(), {target}, o).applied, 1);
        };
        const QDate asOf(2026, 6, 1);
        importGrades(b.db(), b.dirPath(), QStringLiteral("b.csv"), gradeRows(10, 100));
        QCOMPARE(int(use(b.db(), asOf).kind), int(Kind::Built));

        // Evaluations of entities B does not know: the entities are created (RecordCodec), their lights appended.
        importGrades(a.db(), a.dirPath(), QStringLiteral("a.csv"), gradeRows(12));
        importIntoB(SyncExporter::exportChanges(a.db(), Actor::bootstrap(), a.dirPath() + QStringLiteral("/out")));
        DashboardSnapshotUse u = use(b.db(), asOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedEntities, 12);
        QVERIFY(u.foldedHistoryRows > 0);
        COMPARE_EVERY_FILTER(b.db(), asOf, Kind::Loaded);

        // An entity record (EntityCodec): created, then its register columns set by an UPDATE (logged:
        // read again).
        Entity e;
        e.code = QStringLiteral("91370681MA3P7K2Q3U");
        e.name = QStringLiteral("龙口市海韵食品有限公司");
        e.kind = QStringLiteral("enterprise");
        e.townId = 1;
        EntityRepository(a.db()).add(Actor::bootstrap(), e, UsccValidator::fromDatabase(a.db().sql()));
        importIntoB(SyncExporter::exportChanges(a.db(), Actor::bootstrap(), a.dirPath() + QStringLiteral("/out")));
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT town_id FROM entities WHERE code = '91370681MA3P7K2Q3U'")), 1);
        u = use(b.db(), asOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedEntities, 13);  // the 12 of the first package too: small folds are not written back
        QCOMPARE(u.foldedChangedEntities, 1);
        COMPARE_EVERY_FILTER(b.db(), asOf, Kind::Loaded);

        Entity moved = *EntityRepository(a.db()).byCode(e.code);
        moved.townId = 2;
        EntityRepository(a.db()).update(Actor::bootstrap(), moved);
        importIntoB(SyncExporter::exportChanges(a.db(), Actor::bootstrap(), a.dirPath() + QStringLiteral("/out")));
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT town_id FROM entities WHERE code = '91370681MA3P7K2Q3U'")), 2);
        u = use(b.db(), asOf);
        QCOMPARE(int(u.kind), int(Kind::Loaded));
        QCOMPARE(u.foldedChangedEntities, 1);
        COMPARE_EVERY_FILTER(b.db(), asOf, Kind::Loaded);
    }
};

QTEST_GUILESS_MAIN(TestDashboardSnapshot)
#include "tst_dashboardsnapshot.moc"
