// Sync packages through the core API (DESIGN.md §4): export → import round trip of every record
// kind this branch has, nothing exported twice, idempotent apply, gap hold and release, and each
// hostile package refused by its check, with nothing changed and the file in quarantine/.
#include "SyncFixtures.h"
#include "common/Error.h"
#include "credit/LightEngine.h"
#include "registry/EntityRepository.h"
#include "report/RegisterSummary.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/PlatformSimulator.h"
#include "sync/SyncRound.h"
#include "sync/SyncSettings.h"

#include <QLockFile>

#include <QDir>
#include <QtTest>

using namespace cl;
using namespace cl::test;

namespace {

struct Office
{
    TestStore store;
    QString code;
    Database &db() { return store.db(); }
    QString out() const { return store.dirPath() + QStringLiteral("/out"); }
};

int count(Database &db, const QString &query)
{
    return sql::scalar(db.sql(), query).toInt();
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<Office> a, b;
    QString inbox;

    ExportResult exportA(bool full = false) { return SyncExporter::exportChanges(a->db(), Actor::bootstrap(), a->out(), full); }
    ImportReport importB(const QStringList &paths, bool force = false)
    {
        ImportOptions o;
        o.force = force;
        o.asOf = QDate(2026, 6, 1);
        return SyncImporter::import(b->db(), Actor::bootstrap(), paths, o);
    }
    // Copies a package of A into B's inbox (a fresh folder per test).
    QString deliver(const QString &package, const QString &asName = {})
    {
        const QString target = inbox + QLatin1Char('/') + (asName.isEmpty() ? QFileInfo(package).fileName() : asName);
        QFile::remove(target);
        if (!QFile::copy(package, target))
            qFatal("copy failed");
        return target;
    }
    QString writePackage(const QList<ZipWriter::Entry> &list, const QString &name)
    {
        const QString path = inbox + QLatin1Char('/') + name;
        ZipWriter::write(path, list);
        return path;
    }
    // A standard package of A: 6 evaluations (3 TAX, 3 risk_only SAMR_SD), their lights, one entity
    // added by hand, one dishonest listing.
    QString standardPackage()
    {
        importGrades(a->db(), a->store.dirPath(), QStringLiteral("g1.csv"), gradeRows(6));
        Entity e;
        e.code = QStringLiteral("91370681MA3P7K2Q3U");
        e.name = QStringLiteral("龙口市海韵食品有限公司");
        e.kind = QStringLiteral("enterprise");
        e.address = QStringLiteral("东莱街道港城大道 1 号");
        EntityRepository(a->db()).add(Actor::bootstrap(), e, UsccValidator::fromDatabase(a->db().sql()));
        queueDishonest(a->db(), code(0), QStringLiteral("龙口市测试0有限公司"));
        const ExportResult r = exportA();
        if (!r.written)
            qFatal("nothing exported");
        return r.path;
    }
    // Imports a hostile package: refused by the named check, nothing changed, file quarantined with a reason.
    void expectRefused(const QString &path, const QString &check)
    {
        const QByteArray before = snapshot(b->db());
        const ImportReport r = importB({path});
        QCOMPARE(r.packages.size(), 1);
        const PackageOutcome &o = r.packages.first();
        QCOMPARE(PackageOutcome::statusId(o.status), QStringLiteral("quarantined"));
        QCOMPARE(o.check, check);
        QVERIFY2(!o.message.isEmpty(), "a reason");
        QCOMPARE(snapshot(b->db()), before);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(inbox + QStringLiteral("/quarantine/") + QFileInfo(path).fileName()));
        QFile reason(inbox + QStringLiteral("/quarantine/") + QFileInfo(path).fileName() + QStringLiteral(".reason.txt"));
        QVERIFY(reason.open(QIODevice::ReadOnly));
        QVERIFY(reason.readAll().startsWith("check: " + check.toUtf8()));
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM sync_quarantine WHERE check_name = '%1' AND file_name = '%2'")
                                    .arg(check, QFileInfo(path).fileName())), 1);
    }

private Q_SLOTS:
    void init()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        a = std::make_unique<Office>();
        b = std::make_unique<Office>();
        a->code = QStringLiteral("LK-A");
        b->code = QStringLiteral("LK-B");
        const QString keyA = SyncKeys::init(a->db(), Actor::bootstrap(), a->code);
        SyncKeys::init(b->db(), Actor::bootstrap(), b->code);
        SyncKeys::trust(b->db(), Actor::bootstrap(), a->code, keyA);
        inbox = b->store.dirPath() + QStringLiteral("/inbox");
        QDir().mkpath(inbox);
    }
    void cleanup()
    {
        a.reset();
        b.reset();
    }

    void keysAreValidatedAndSecretNeverLeaves()
    {
        QVERIFY_THROWS_EXCEPTION(Error, SyncKeys::init(a->db(), Actor::bootstrap(), QStringLiteral("LK-A")));
        QVERIFY_THROWS_EXCEPTION(Error, SyncKeys::trust(b->db(), Actor::bootstrap(), QStringLiteral("X"), QStringLiteral("not a key")));
        QVERIFY_THROWS_EXCEPTION(Error, SyncKeys::init(b->db(), Actor::bootstrap(), QStringLiteral("bad_code")));
        const QByteArray secret = sql::scalar(a->db().sql(), QStringLiteral("SELECT secret_key FROM sync_identity")).toByteArray();
        QCOMPARE(secret.size(), 64);
        // Not in the audit log, in either encoding, nor in a package.
        const QString audit = sql::scalar(a->db().sql(), QStringLiteral("SELECT group_concat(coalesce(after, ''), '') FROM audit_log")).toString();
        QVERIFY(!audit.contains(QString::fromLatin1(secret.toBase64())));
        QVERIFY(!audit.contains(QString::fromLatin1(secret.toHex())));
        const QString package = standardPackage();
        QFile f(package);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(secret) && !bytes.contains(secret.toBase64()) && !bytes.contains(secret.left(32).toBase64()));
        for (const ZipWriter::Entry &e : entries(package))
            QVERIFY(!e.second.contains(secret.toBase64()) && !e.second.contains(secret.toHex()));
    }

    void roundTrip()
    {
        const QString package = standardPackage();
        QCOMPARE(QFileInfo(package).fileName(), QStringLiteral("LK-A_000001.clsync"));
        QVERIFY(!QFile::exists(package + QStringLiteral(".part")));
        const ImportReport r = importB({deliver(package)});
        QCOMPARE(r.applied, 1);
        QCOMPARE(r.packages.first().applied.counts.inserted, r.packages.first().records);
        // Entities (7), evaluations with the receiver's levels, risk_only not public, dishonest list, lights.
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM entities")), 7);
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("SELECT address FROM entities WHERE code = '91370681MA3P7K2Q3U'")).toString(),
                 QStringLiteral("东莱街道港城大道 1 号"));
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations")), 6);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations WHERE scheme = 'SAMR_SD' AND publicity = '不可公开' AND level = 'R2' AND raw_score = 88.5")), 3);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations WHERE scheme = 'TAX' AND publicity = '可向社会公开' AND level = 'R1'")), 3);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations v JOIN import_batches b ON b.id = v.batch_id WHERE b.source = 'sync'")), 6);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM dishonest_list WHERE source = 'sync:LK-A' AND removed_on IS NULL")), 1);
        // The lights: the listed entity is red by R1 at B, the risk_only C ones yellow, TAX B green.
        const auto lightOf = [&](const QString &c) {
            return sql::scalar(b->db().sql(), QStringLiteral("SELECT l.light || ':' || l.rule_id FROM entity_lights l JOIN entities e ON e.id = l.entity_id WHERE e.code = ?"), {c}).toString();
        };
        QCOMPARE(lightOf(code(0)), QStringLiteral("red:R1"));
        QCOMPARE(lightOf(code(1)), QStringLiteral("yellow:Y1"));
        QCOMPARE(lightOf(code(2)), QStringLiteral("green:G1"));
        // A's lights are kept as information, per origin.
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM sync_remote_lights WHERE sender = 'LK-A'")), 6);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM sync_packages_in WHERE sender = 'LK-A' AND seq = 1")), 1);
        // Applying does not queue the records again at B (no echo); only B's own lights changed.
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind NOT IN ('light', 'light_changes')")), 0);

        // A withdrawal (撤销) and a removal from the list are status updates.
        queueDishonest(a->db(), code(0), QStringLiteral("龙口市测试0有限公司"), QStringLiteral("2026-05-20"));
        const ExportResult second = exportA();
        QCOMPARE(second.seq, 2);
        QCOMPARE(second.records, 1);
        QCOMPARE(importB({deliver(second.path)}).applied, 1);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM dishonest_list WHERE removed_on = '2026-05-20'")), 1);
        QCOMPARE(lightOf(code(0)), QStringLiteral("green:G1"));
    }

    // A package of more than 20,000 records takes the bulk path (the register's codes read in one scan, foreign
    // keys off, a big page cache): the same rows as the small path, for new and known entities alike.
    void bigPackageWritesTheSameRows()
    {
        importGrades(a->db(), a->store.dirPath(), QStringLiteral("big.csv"), gradeRows(20500));
        importGrades(b->db(), b->store.dirPath(), QStringLiteral("known.csv"), gradeRows(101));  // 101 known here, same grades
        const QString path = exportA().path;
        const ImportReport r = importB({deliver(path)});
        QCOMPARE(r.applied, 1);
        const QString evaluations = QStringLiteral("SELECT group_concat(x, ';') FROM (SELECT e.code || e.name || e.code_type || e.kind || v.scheme || "
                                                   "v.raw_grade || v.level || coalesce(v.raw_score, '') || coalesce(v.industry, '') || v.valid_from || "
                                                   "v.valid_to AS x FROM evaluations v JOIN entities e ON e.id = v.entity_id ORDER BY e.code, v.scheme)");
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations")), 20500);
        QCOMPARE(sql::scalar(b->db().sql(), evaluations).toString(), sql::scalar(a->db().sql(), evaluations).toString());
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM entities")), 20500);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM entity_search")), 20500);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations v LEFT JOIN entities e ON e.id = v.entity_id WHERE e.id IS NULL")), 0);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM entity_lights")), 20500);
        // The name search finds a bulk-created entity (its grams are under its own id).
        const QList<Entity> found = EntityRepository(b->db()).search(QStringLiteral("测试20499有限"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, code(20499));
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("PRAGMA foreign_key_check")).isNull(), true);
    }

    // New entities, evaluations and received lights are queued and written several to a statement: rows that
    // meet queued ones still settle as one by one. A second evaluation of an entity the package creates, the
    // same key twice (the later row updates it), a natural person (ID card), the same light twice, and more
    // new entities than one statement takes.
    void laterRowsMeetQueuedOnes()
    {
        importGrades(a->db(), a->store.dirPath(), QStringLiteral("g.csv"), gradeRows(40));
        QList<ZipWriter::Entry> list = entries(exportA().path);
        QByteArray &csv = entry(list, QStringLiteral("evaluations.csv"));
        // code(38): TAX, B, 2026-03-01; its row is among the last ones, still queued when the next rows come.
        QList<QByteArray> first = csv.split('\n').at(39).trimmed().split(',');
        QCOMPARE(first.at(1), code(38).toUtf8());
        auto withCells = [&](std::initializer_list<std::pair<int, QByteArray>> cells) {
            QList<QByteArray> row = first;
            for (const auto &[column, value] : cells)
                row[column] = value;
            csv += row.join(',') + "\r\n";
        };
        withCells({{8, "2026-04-01"}, {9, "2026-04-01"}});  // another evaluation of code(38)
        withCells({{4, "A"}});                             // code(38)'s 2026-03-01 evaluation again, now A
        withCells({{0, "张三"}, {1, "370681900101123"}});  // an old 15-digit ID card number
        // A's light of code(39) twice: the later one wins and counts as an update.
        QByteArray &lights = entry(list, QStringLiteral("lights.csv"));
        QList<QByteArray> light = lights.trimmed().split('\n').last().trimmed().split(',');
        QCOMPARE(light.at(1), code(39).toUtf8());
        light[2] = "red";
        light[3] = "R1";
        lights += light.join(',') + "\r\n";
        resign(list, a->db(), [](QJsonObject &m) {
            QJsonArray files = m.value(QStringLiteral("files")).toArray();
            for (qsizetype i = 0; i < files.size(); ++i) {
                QJsonObject f = files[i].toObject();
                if (f.value(QStringLiteral("name")).toString() == QStringLiteral("evaluations.csv"))
                    f.insert(QStringLiteral("records"), 43);
                if (f.value(QStringLiteral("name")).toString() == QStringLiteral("lights.csv"))
                    f.insert(QStringLiteral("records"), 41);
                files[i] = f;
            }
            m.insert(QStringLiteral("files"), files);
        });
        const ImportReport r = importB({writePackage(list, QStringLiteral("LK-A_000001.clsync"))});
        QCOMPARE(r.applied, 1);
        QCOMPARE(r.packages.first().applied.counts.updated, 2);
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("SELECT light || ':' || rule_id FROM sync_remote_lights WHERE entity_code = ?"),
                             {code(39)}).toString(), QStringLiteral("red:R1"));
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations")), 42);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM entities")), 41);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT max(id) FROM entities")), 41);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM entity_search")), 41);
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("SELECT group_concat(v.evaluated_on || v.raw_grade || v.level, ' ') FROM "
                                                           "(SELECT * FROM evaluations ORDER BY evaluated_on) v JOIN entities e "
                                                           "ON e.id = v.entity_id WHERE e.code = ?"), {code(38)}).toString(),
                 QStringLiteral("2026-03-01AR0 2026-04-01BR1"));
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("SELECT code_type || ' ' || kind || ' ' || name FROM entities "
                                                           "WHERE code = '370681900101123'")).toString(),
                 QStringLiteral("ID_CARD natural_person 张三"));
        const QList<Entity> found = EntityRepository(b->db()).search(QStringLiteral("张三"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, QStringLiteral("370681900101123"));
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM entity_lights")), 41);
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("PRAGMA foreign_key_check")).isNull(), true);
    }

    void updatesAndWithdrawalsAreStatusUpdates()
    {
        QCOMPARE(importB({deliver(standardPackage())}).applied, 1);
        const qint64 id = sql::scalar(a->db().sql(), QStringLiteral("SELECT id FROM entities WHERE code = '91370681MA3P7K2Q3U'")).toLongLong();
        // A renames and closes the entity: B's register (and its name search) follow; nothing is deleted.
        Entity e = *EntityRepository(a->db()).byCode(QStringLiteral("91370681MA3P7K2Q3U"));
        e.name = QStringLiteral("龙口市海韵食品集团有限公司");
        e.status = QStringLiteral("closed");
        EntityRepository(a->db()).update(Actor::bootstrap(), e);
        QVERIFY(id > 0);
        // A withdraws (撤销) one evaluation: sent with PJ_ZT = 1 as a record of kind "evaluation".
        {
            WriteTransaction tx(a->db(), Actor::bootstrap(), Permission::SyncRun);
            tx.outbox(QStringLiteral("evaluation"), code(2),
                      {{QStringLiteral("PJ_XDR_MC"), QStringLiteral("龙口市测试2有限公司")}, {QStringLiteral("PJ_XDR_SHXYM"), code(2)},
                       {QStringLiteral("PJ_PJBM"), QStringLiteral("税务局")}, {QStringLiteral("PJ_PJTX"), QStringLiteral("TAX")},
                       {QStringLiteral("PJ_PJJG"), QStringLiteral("B")}, {QStringLiteral("PJ_FXDJ"), QStringLiteral("R1")},
                       {QStringLiteral("PJ_PJRQ"), QStringLiteral("2026-03-01")}, {QStringLiteral("PJ_YXQZ"), QStringLiteral("2026-03-01")},
                       {QStringLiteral("PJ_YXQZI"), QStringLiteral("2027-03-01")}, {QStringLiteral("PJ_GKLX"), QStringLiteral("可向社会公开")},
                       {QStringLiteral("PJ_ZT"), QStringLiteral("1")}});
            tx.commit();
        }
        const ExportResult r = exportA();
        QCOMPARE(r.perKind.value(QStringLiteral("entity")), 1);
        QCOMPARE(r.perKind.value(QStringLiteral("evaluation")), 1);
        const ImportReport in = importB({deliver(r.path)});
        QCOMPARE(in.applied, 1);
        QCOMPARE(in.packages.first().applied.counts.updated, 2);
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("SELECT name || '|' || status FROM entities WHERE code = '91370681MA3P7K2Q3U'")).toString(),
                 QStringLiteral("龙口市海韵食品集团有限公司|closed"));
        QCOMPARE(EntityRepository(b->db()).search(QStringLiteral("集团"), 10).size(), 1);
        QCOMPARE(EntityRepository(b->db()).search(QStringLiteral("海韵食品有限"), 10).size(), 0);
        // The withdrawn evaluation is kept (remark 撤销), valid on no day; the entity's light follows.
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("SELECT valid_to || '|' || remark FROM evaluations v JOIN entities e ON e.id = v.entity_id "
                                                           "WHERE e.code = ?"), {code(2)}).toString(),
                 QStringLiteral("2026-02-28|撤销"));
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("SELECT l.light FROM entity_lights l JOIN entities e ON e.id = l.entity_id WHERE e.code = ?"),
                             {code(2)}).toString(),
                 QStringLiteral("grey"));
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations")), 6);
    }

    // A light computation queues its changes as one row naming its history rows; the exporter writes one
    // row per entity, the latest change winning, and still reads the one-row-per-change kind of earlier versions.
    void lightChangesExportTheLatestPerEntity()
    {
        importGrades(a->db(), a->store.dirPath(), QStringLiteral("g1.csv"), gradeRows(6));
        QCOMPARE(count(a->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'light_changes'")), 1);
        QCOMPARE(sql::scalar(a->db().sql(), QStringLiteral("SELECT record_key FROM outbox WHERE kind = 'light_changes'")).toString(),
                 QStringLiteral("1-6"));
        // code(2)'s light changes again later (a false commitment: red by R2) …
        const qint64 id2 = sql::scalar(a->db().sql(), QStringLiteral("SELECT id FROM entities WHERE code = ?"), {code(2)}).toLongLong();
        sql::exec(a->db().sql(), QStringLiteral("INSERT INTO credit_findings(entity_id, kind, source_type, source_key, department_id, valid_from) "
                                                "VALUES (?, 'false_commitment', 'test', 'c1', 2, '2026-06-02')"), {id2});
        {
            WriteTransaction tx(a->db(), Actor::bootstrap(), Permission::EntityView);
            QCOMPARE(LightEngine(a->db()).recompute(tx, QDate(2026, 6, 2), {id2}, false).changed, qint64(1));
            // … and a change queued the way earlier versions did, for code(4).
            tx.outbox(QStringLiteral("light"), code(4),
                      {{QStringLiteral("code"), code(4)}, {QStringLiteral("light"), QStringLiteral("yellow")},
                       {QStringLiteral("rule_id"), QStringLiteral("Y1")}, {QStringLiteral("as_of"), QStringLiteral("2026-06-02")}});
            tx.commit();
        }
        QCOMPARE(sql::scalar(a->db().sql(), QStringLiteral("SELECT payload FROM outbox WHERE kind = 'light_changes' ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("{\"first\":7,\"last\":7,\"count\":1,\"as_of\":\"2026-06-02\"}"));
        // The summary counts the changes, not the rows.
        QCOMPARE(RegisterSummary::read(a->db().sql()).pendingOutbox, qint64(6 + 6 + 1 + 1));
        const ExportResult r = exportA();
        QCOMPARE(r.perKind.value(QStringLiteral("light")), qint64(6));
        QList<ZipWriter::Entry> list = entries(r.path);
        const QList<QByteArray> lines = entry(list, QStringLiteral("lights.csv")).trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 6);
        QByteArray byCode;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.trimmed().split(',');
            QCOMPARE(cells.at(5), QByteArray("LK-A"));
            if (cells.at(1) == code(2).toUtf8())
                byCode += "2:" + cells.at(2) + ':' + cells.at(3) + ':' + cells.at(4) + ';';
            if (cells.at(1) == code(4).toUtf8())
                byCode += "4:" + cells.at(0) + ':' + cells.at(2) + ':' + cells.at(3) + ':' + cells.at(4) + ';';
        }
        QCOMPARE(QString::fromUtf8(byCode), QStringLiteral("2:red:R2:2026-06-02;4:龙口市测试4有限公司:yellow:Y1:2026-06-02;"));
        // The later changes come last.
        QVERIFY(lines.at(5).contains(code(2).toUtf8()));
        QVERIFY(lines.at(6).contains(code(4).toUtf8()));
    }

    void nothingExportedTwiceUnlessFull()
    {
        const QString first = standardPackage();
        QVERIFY(!first.isEmpty());
        const ExportResult again = exportA();
        QVERIFY(!again.written);
        QCOMPARE(count(a->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE package_seq IS NULL")), 0);
        // A kind no codec knows yet (e.g. a record of a work area merged before its codec) stays pending.
        {
            WriteTransaction tx(a->db(), Actor::bootstrap(), Permission::SyncRun);
            tx.outbox(QStringLiteral("inspection"), QStringLiteral("X1"), {{QStringLiteral("JC_BH"), QStringLiteral("X1")}});
            tx.commit();
        }
        const ExportResult none = exportA();
        QVERIFY(!none.written);
        QCOMPARE(none.changesLeft, 1);
        const ExportResult full = exportA(true);
        QVERIFY(full.written);
        QCOMPARE(full.seq, 2);
        QCOMPARE(full.records, 6 + 1 + 1 + 6);  // evaluations, the entity added by hand, dishonest, lights (latest per record)
        QCOMPARE(count(a->db(), QStringLiteral("SELECT count(*) FROM sync_packages_out WHERE full_export = 1")), 1);
    }

    void sameRecordsTwiceChangeNothing()
    {
        const QString package = standardPackage();
        QCOMPARE(importB({deliver(package)}).applied, 1);
        const QByteArray after = snapshot(b->db());
        // The same package again: skipped as a duplicate, with a message.
        const ImportReport dup = importB({deliver(package)});
        QCOMPARE(dup.duplicates, 1);
        QVERIFY(dup.packages.first().message.contains(QStringLiteral("LK-A_000001.clsync")));
        QCOMPARE(snapshot(b->db()), after);
        // The same records in a new package (full re-export): applied, every record unchanged.
        const ExportResult full = exportA(true);
        const ImportReport again = importB({deliver(full.path)});
        QCOMPARE(again.applied, 1);
        QCOMPARE(again.packages.first().applied.counts.inserted, 0);
        QCOMPARE(again.packages.first().applied.counts.updated, 0);
        QCOMPARE(again.packages.first().applied.counts.unchanged, full.records);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations")), 6);
        QCOMPARE(again.packages.first().applied.lightsChanged, 0);
    }

    void gapIsHeldUntilTheMissingPackageArrives()
    {
        const QString p1 = standardPackage();
        importGrades(a->db(), a->store.dirPath(), QStringLiteral("g2.csv"), gradeRows(2, 100));
        const QString p2 = exportA().path;
        importGrades(a->db(), a->store.dirPath(), QStringLiteral("g3.csv"), gradeRows(2, 200));
        const QString p3 = exportA().path;
        QCOMPARE(QFileInfo(p3).fileName(), QStringLiteral("LK-A_000003.clsync"));

        const QByteArray empty = snapshot(b->db());
        ImportReport r = importB({deliver(p3)});
        QCOMPARE(r.held, 1);
        QCOMPARE(r.packages.first().expectedSeq, 1);
        QCOMPARE(snapshot(b->db()), empty);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM sync_held")), 1);
        r = importB({deliver(p1)});
        QCOMPARE(r.applied, 1);
        QCOMPARE(r.held, 1);  // 3 still waits for 2
        // 2 arrives: 2 applies, then the held 3.
        r = importB({deliver(p2)});
        QCOMPARE(r.applied, 2);
        QCOMPARE(sql::scalar(b->db().sql(), QStringLiteral("SELECT group_concat(seq) FROM (SELECT seq FROM sync_packages_in ORDER BY seq)")).toString(),
                 QStringLiteral("1,2,3"));
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM sync_held")), 0);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations")), 10);
    }

    void gapCanBeForced()
    {
        standardPackage();
        importGrades(a->db(), a->store.dirPath(), QStringLiteral("g2.csv"), gradeRows(2, 100));
        const QString p2 = exportA().path;
        QCOMPARE(importB({deliver(p2)}).held, 1);
        const ImportReport r = importB({inbox}, true);
        QCOMPARE(r.applied, 1);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT forced FROM sync_packages_in WHERE seq = 2")), 1);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations")), 2);
    }

    void twoRoundsNeverOverlap()
    {
        const QString hub = a->store.dirPath() + QStringLiteral("/hub");
        QDir().mkpath(hub);
        SyncSettings settings;
        settings.hub = hub;
        SyncSettings::save(a->db(), Actor::bootstrap(), settings);
        standardPackage();
        importGrades(a->db(), a->store.dirPath(), QStringLiteral("g2.csv"), gradeRows(2, 100));
        {
            QLockFile other(SyncRound::lockPath(a->db()));
            QVERIFY(other.tryLock(0));
            try {
                SyncRound::run(a->db(), Actor::bootstrap());
                QFAIL("a second round ran");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), ErrorKind::Refused);
                QVERIFY2(e.message().contains(QStringLiteral("Another sync round is running")), qPrintable(e.message()));
            }
            QCOMPARE(count(a->db(), QStringLiteral("SELECT count(*) FROM sync_runs")), 0);
            // g2.csv's evaluation batch and its light changes, still pending.
            QCOMPARE(count(a->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE package_seq IS NULL")), 2);
        }
        const RoundResult r = SyncRound::run(a->db(), Actor::bootstrap());
        QCOMPARE(r.result, QStringLiteral("ok"));
        QVERIFY(r.exported.written);
        QVERIFY(QFile::exists(hub + QStringLiteral("/to-platform/LK-A_000002.clsync")));
        QCOMPARE(SyncRound::recentRuns(a->db().sql()).size(), 1);
    }

    void platformChecksMergesAndRepublishesToTheOthers()
    {
        TestStore platform;
        const QString keyP = SyncKeys::init(platform.db(), Actor::bootstrap(), QStringLiteral("CITY"));
        SyncKeys::trust(platform.db(), Actor::bootstrap(), a->code, SyncKeys::publicKey(a->db().sql()));
        SyncKeys::trust(platform.db(), Actor::bootstrap(), b->code, SyncKeys::publicKey(b->db().sql()));
        SyncKeys::trust(b->db(), Actor::bootstrap(), QStringLiteral("CITY"), keyP);
        const QString hub = platform.dirPath() + QStringLiteral("/hub");
        QDir().mkpath(hub + QStringLiteral("/to-platform"));
        standardPackage();
        QVERIFY(QFile::copy(a->out() + QStringLiteral("/LK-A_000001.clsync"), hub + QStringLiteral("/to-platform/LK-A_000001.clsync")));
        // A forged package in the same folder: refused by the platform, never republished.
        writeFile(hub + QStringLiteral("/to-platform/LK-A_000002.clsync"), QByteArray("PK\x03\x04 not really"));

        const PlatformSimulator::Report r = PlatformSimulator::run(platform.db(), Actor::bootstrap(), hub, QDate(2026, 6, 1));
        QCOMPARE(r.imported.applied, 1);
        QCOMPARE(r.imported.quarantined, 1);
        QCOMPARE(r.published.size(), 1);
        QCOMPARE(r.published.first().receiver, QStringLiteral("LK-B"));
        QCOMPARE(r.published.first().fileName, QStringLiteral("CITY_000001.clsync"));
        QVERIFY(QFile::exists(hub + QStringLiteral("/to-platform/done/LK-A_000001.clsync")));
        QVERIFY(QFile::exists(hub + QStringLiteral("/to-platform/quarantine/LK-A_000002.clsync.reason.txt")));
        QVERIFY(!QDir(hub + QStringLiteral("/from-platform/LK-A")).exists() || QDir(hub + QStringLiteral("/from-platform/LK-A")).isEmpty());
        // The platform merged the records into its own store.
        QCOMPARE(count(platform.db(), QStringLiteral("SELECT count(*) FROM evaluations")), 6);

        // B takes the platform's package in its round.
        SyncSettings settings;
        settings.hub = hub;
        SyncSettings::save(b->db(), Actor::bootstrap(), settings);
        const RoundResult round = SyncRound::run(b->db(), Actor::bootstrap(), {}, QDate(2026, 6, 1));
        QCOMPARE(round.imported.applied, 1);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM evaluations")), 6);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM sync_packages_in WHERE sender = 'CITY' AND seq = 1")), 1);
        // A's lights reach B with A named as their origin, though the platform signed the package.
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM sync_remote_lights WHERE sender = 'LK-A'")), 6);
        // A second platform run has nothing to do.
        const PlatformSimulator::Report again = PlatformSimulator::run(platform.db(), Actor::bootstrap(), hub, QDate(2026, 6, 1));
        QCOMPARE(again.imported.packages.size(), 0);
        QCOMPARE(again.published.size(), 0);
    }

    // --- hostile packages: one test each, nothing changed ---

    void flippedByteInAnyFile()
    {
        const QString package = standardPackage();
        const QList<ZipWriter::Entry> original = entries(package);
        QCOMPARE(original.size(), 6);  // manifest.json, manifest.sig, 4 data files
        for (const ZipWriter::Entry &e : original) {
            QList<ZipWriter::Entry> list = original;
            QByteArray &bytes = entry(list, e.first);
            // A byte in the middle of a value (in the manifest: a hex digit of a SHA-256, so the JSON stays valid).
            const qsizetype at = e.first == QLatin1String("manifest.json") ? bytes.indexOf("\"sha256\": \"") + 12 : bytes.size() / 2;
            bytes[at] = char(bytes[at] ^ (e.first == QLatin1String("manifest.json") ? 0x01 : 0x20));
            const QString name = QStringLiteral("flip-%1.clsync").arg(e.first);
            expectRefused(writePackage(list, name), e.first.startsWith(QLatin1String("manifest")) ? QStringLiteral("signature") : QStringLiteral("files"));
        }
        // A flipped byte in the archive itself (compressed data of a data file): its CRC or hash fails.
        QFile f(package);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray raw = f.readAll();
        const qsizetype at = raw.indexOf("evaluations.csv") + 40;
        raw[at] = char(raw[at] ^ 0x55);
        const QString broken = writeFile(inbox + QStringLiteral("/raw-flip.clsync"), raw);
        const QByteArray before = snapshot(b->db());
        const ImportReport r = importB({broken});
        QCOMPARE(r.quarantined, 1);
        QVERIFY2(QStringList({QStringLiteral("archive"), QStringLiteral("files"), QStringLiteral("records")}).contains(r.packages.first().check),
                 qPrintable(r.packages.first().check));
        QCOMPARE(snapshot(b->db()), before);
    }

    void untrustedSigner()
    {
        const QString package = standardPackage();
        TestStore c;
        SyncKeys::init(c.db(), Actor::bootstrap(), QStringLiteral("LK-C"));
        // Signed by C's key, claiming to be A.
        QList<ZipWriter::Entry> list = entries(package);
        resign(list, c.db());
        expectRefused(writePackage(list, QStringLiteral("forged.clsync")), QStringLiteral("signature"));
        // Honestly from C, whom B does not trust.
        list = entries(package);
        resign(list, c.db(), [](QJsonObject &m) { m.insert(QStringLiteral("sender"), QStringLiteral("LK-C")); });
        expectRefused(writePackage(list, QStringLiteral("LK-C_000001.clsync")), QStringLiteral("sender_key"));
    }

    void truncatedArchive()
    {
        const QString package = standardPackage();
        QFile f(package);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        expectRefused(writeFile(inbox + QStringLiteral("/LK-A_000001.clsync"), bytes.left(bytes.size() * 2 / 3)), QStringLiteral("archive"));
    }

    void replayedPackage()
    {
        const QString package = standardPackage();
        QCOMPARE(importB({deliver(package)}).applied, 1);
        // Replayed as it was: skipped, nothing changed.
        const QByteArray after = snapshot(b->db());
        QCOMPARE(importB({deliver(package, QStringLiteral("copy.clsync"))}).duplicates, 1);
        QCOMPARE(snapshot(b->db()), after);
        // Another content under the applied seq, validly signed by A: refused.
        QList<ZipWriter::Entry> list = entries(package);
        entry(list, QStringLiteral("entities.csv")).replace("东莱街道港城大道 1 号", "东莱街道港城大道 9 号");
        resign(list, a->db());
        expectRefused(writePackage(list, QStringLiteral("replay.clsync")), QStringLiteral("replay"));
    }

    void futureVersion()
    {
        QList<ZipWriter::Entry> list = entries(standardPackage());
        resign(list, a->db(), [](QJsonObject &m) { m.insert(QStringLiteral("version"), 2); });
        expectRefused(writePackage(list, QStringLiteral("v2.clsync")), QStringLiteral("version"));
    }

    void unsafeNames()
    {
        const QString package = standardPackage();
        int n = 0;
        for (const QString &name : {QStringLiteral("../evil.csv"), QStringLiteral("/etc/cron.d/evil"), QStringLiteral("sub/../../x.csv"),
                                    QStringLiteral("C:\\evil.csv")}) {
            QList<ZipWriter::Entry> list = entries(package);
            list << ZipWriter::Entry{name, QByteArray("x")};
            resign(list, a->db());
            expectRefused(writePackage(list, QStringLiteral("names-%1.clsync").arg(++n)), QStringLiteral("names"));
        }
    }

    void zipBomb()
    {
        const QString package = standardPackage();
        QList<ZipWriter::Entry> list = entries(package);
        // 64 MB of one repeated line: a few dozen kB packed. Refused by the expansion limit before a byte is inflated.
        QByteArray &csv = entry(list, QStringLiteral("lights.csv"));
        const QByteArray line = csv.mid(csv.indexOf('\n') + 1, csv.indexOf('\n', csv.indexOf('\n') + 1) - csv.indexOf('\n'));
        csv.reserve(64 << 20);
        while (csv.size() < (64 << 20))
            csv += line;
        resign(list, a->db());
        const QString path = writePackage(list, QStringLiteral("bomb.clsync"));
        QVERIFY(QFileInfo(path).size() < 4 << 20);
        const QByteArray before = snapshot(b->db());
        ImportOptions o;
        o.read.maxExpandedBytes = 16 << 20;
        const ImportReport r = SyncImporter::import(b->db(), Actor::bootstrap(), {path}, o);
        QCOMPARE(r.quarantined, 1);
        QCOMPARE(r.packages.first().check, QStringLiteral("expansion"));
        QCOMPARE(snapshot(b->db()), before);
    }

    void recordCountDisagreesWithManifest()
    {
        QList<ZipWriter::Entry> list = entries(standardPackage());
        resign(list, a->db(), [](QJsonObject &m) {
            QJsonArray files = m.value(QStringLiteral("files")).toArray();
            QJsonObject f = files[1].toObject();
            f.insert(QStringLiteral("records"), f.value(QStringLiteral("records")).toInt() + 1);
            files[1] = f;
            m.insert(QStringLiteral("files"), files);
        });
        expectRefused(writePackage(list, QStringLiteral("count.clsync")), QStringLiteral("record_count"));
    }

    void wrongHeader()
    {
        QList<ZipWriter::Entry> list = entries(standardPackage());
        entry(list, QStringLiteral("evaluations.csv")).replace("PJ_PJJG", "PJ_GRADE");
        resign(list, a->db());
        expectRefused(writePackage(list, QStringLiteral("header.clsync")), QStringLiteral("header"));
    }

    void badRecordRefusesThePackage()
    {
        QList<ZipWriter::Entry> list = entries(standardPackage());
        entry(list, QStringLiteral("evaluations.csv")).replace("2026-03-01", "2026-02-30");
        resign(list, a->db());
        expectRefused(writePackage(list, QStringLiteral("record.clsync")), QStringLiteral("records"));
    }

    void unknownDepartmentFailsApplyAsAWhole()
    {
        QList<ZipWriter::Entry> list = entries(standardPackage());
        entry(list, QStringLiteral("evaluations.csv")).replace("市场监管局", "不存在的局");
        resign(list, a->db());
        expectRefused(writePackage(list, QStringLiteral("apply.clsync")), QStringLiteral("apply"));
    }

    // A big package's rows are made ready on a second thread while the first one writes: a bad row in a
    // late batch still fails the package as a whole.
    void unknownDepartmentLateInABigPackage()
    {
        importGrades(a->db(), a->store.dirPath(), QStringLiteral("g.csv"), gradeRows(5000));
        QList<ZipWriter::Entry> list = entries(exportA().path);
        QByteArray &csv = entry(list, QStringLiteral("evaluations.csv"));
        const qsizetype at = csv.indexOf(code(4601).toUtf8());
        QVERIFY(at > 0);
        const qsizetype department = csv.indexOf("市场监管局", at);
        csv.replace(department, qsizetype(strlen("市场监管局")), "不存在的局");
        resign(list, a->db());
        expectRefused(writePackage(list, QStringLiteral("late.clsync")), QStringLiteral("apply"));
    }

    void addressedToAnotherOffice()
    {
        QList<ZipWriter::Entry> list = entries(standardPackage());
        resign(list, a->db(), [](QJsonObject &m) { m.insert(QStringLiteral("receiver"), QStringLiteral("LK-Z")); });
        expectRefused(writePackage(list, QStringLiteral("other.clsync")), QStringLiteral("receiver"));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
