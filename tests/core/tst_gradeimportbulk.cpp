// The bulk write paths of the grade import: entities looked up on the reading thread (and on the
// writer inside a caller's transaction or an in-memory store), evaluations written 16 rows to a
// statement with duplicate keys settled in file order, foreign keys restored afterwards, and the
// light recomputation writing while it reads (thousands of changed lights on stored ones).
#include "TestStore.h"
#include "auth/Actor.h"
#include "credit/LightEngine.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "supervision/GradeImporter.h"

#include <QFile>
#include <QScopeGuard>
#include <QtTest>

using namespace cl;

namespace {
const char *Header = "统一社会信用代码,主体名称,评价部门,评价体系,评价结果,评价分数,行业领域,评价日期,有效期至,备注\n";

QString code(int i)
{
    static const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString body = QStringLiteral("MA");
    for (int k = 0, v = i * 7919 + 13; k < 6; ++k, v /= 31)
        body += charset.at(v % 31);
    return UsccValidator::complete(QStringLiteral("91370681") + body);
}

QByteArray row(int entity, const char *department, const char *grade, const char *date)
{
    return QStringLiteral("%1,龙口市批量%2有限公司,%3,,%4,,,%5,,\n")
        .arg(code(entity)).arg(entity).arg(QString::fromUtf8(department), QString::fromUtf8(grade), QString::fromUtf8(date))
        .toUtf8();
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

qint64 count(Database &db, const QString &query)
{
    return sql::scalar(db.sql(), query).toLongLong();
}

GradeImportOptions asOf(QDate d)
{
    GradeImportOptions o;
    o.asOf = d;
    return o;
}
} // namespace

class TestGradeImportBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z"); }

    void duplicatesAcrossAndWithinChunksInFileOrder()
    {
        // 60 rows (statements of 16 and a short one), rejected rows in between; key A twice with the
        // same grade in one chunk, key B in two chunks with another grade, key C three times (the
        // same grade, then another, in the next chunk).
        test::TestStore store;
        QByteArray content(Header);
        QList<int> rejectedRows;
        for (int i = 0; i < 60; ++i) {
            const int fileRow = i + 2;
            if (i == 3) {
                content += row(1, "税务局", "A", "2026-03-01");  // A again: unchanged
            } else if (i == 40) {
                content += row(2, "税务局", "C", "2026-03-01");  // B again, another grade: updated + warning
            } else if (i == 17 || i == 18) {
                content += row(3, "税务局", i == 17 ? "B" : "D", "2026-03-01");  // C: unchanged (B), then updated (B → D)
            } else if (i % 11 == 7) {
                content += "91370681MA3P7K2Q30,坏代码,税务局,,A,,,2026-03-01,,\n";
                rejectedRows << fileRow;
            } else if (i == 0) {
                content += row(1, "税务局", "A", "2026-03-01");  // A
            } else if (i == 1) {
                content += row(2, "税务局", "B", "2026-03-01");  // B
            } else if (i == 2) {
                content += row(3, "税务局", "B", "2026-03-01");  // C
            } else {
                content += row(100 + i, "市场监管局", "A", "2026-02-01");
            }
        }
        const GradeImportResult r = GradeImporter(store.db(), Actor::bootstrap())
                                        .run(writeFile(store.dirPath(), QStringLiteral("dups.csv"), content), asOf(QDate(2026, 6, 1)));
        QCOMPARE(r.rowsTotal, qint64(60));
        QCOMPARE(r.rejected, qint64(rejectedRows.size()));
        QCOMPARE(rejectedRows.size(), 3);
        QCOMPARE(r.unchanged, qint64(2));  // A in row 5, C in row 19
        QCOMPARE(r.updated, qint64(2));    // C in row 20, B in row 42
        QCOMPARE(r.inserted, qint64(60 - rejectedRows.size() - 4));
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM evaluations")), r.inserted);
        // Issues come in file order, rejected rows and warnings mixed.
        QList<qint64> rows;
        for (const ImportIssue &i : r.issues)
            rows << i.row;
        QList<qint64> sorted = rows;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(rows, sorted);
        QCOMPARE(r.warnings, qint64(2));
        QCOMPARE(r.issues.size(), 5);
        // The stored grades are the last ones of the file.
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT raw_grade FROM evaluations v JOIN entities e ON e.id = v.entity_id WHERE e.code = ?"),
                             {code(2)}).toString(), QStringLiteral("C"));
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT raw_grade FROM evaluations v JOIN entities e ON e.id = v.entity_id WHERE e.code = ?"),
                             {code(3)}).toString(), QStringLiteral("D"));
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'evaluation.update'")), 2);
        // Entities got the ids SQLite would have given them, in the order first seen, with their search grams.
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT code FROM entities WHERE id = 1")).toString(), code(1));
        QCOMPARE(count(store.db(), QStringLiteral("SELECT max(id) FROM entities")), count(store.db(), QStringLiteral("SELECT count(*) FROM entities")));
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM entity_search WHERE entity_search MATCH '\"批量\"'")),
                 count(store.db(), QStringLiteral("SELECT count(*) FROM entities")));
        QCOMPARE(count(store.db(), QStringLiteral("PRAGMA foreign_keys")), 1);  // on again
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
    }

    void insideCallerTransactionSeesItsEntities()
    {
        // In a caller's transaction the entities it added are not committed: the writer looks them up itself.
        test::TestStore store;
        const QString file = writeFile(store.dirPath(), QStringLiteral("nested.csv"),
                                       QByteArray(Header) + row(1, "税务局", "A", "2026-03-01") + row(2, "税务局", "B", "2026-03-01"));
        {
            WriteTransaction outer(store.db(), Actor::bootstrap(), Permission::GradesImport);
            sql::exec(outer.sql(), QStringLiteral("INSERT INTO entities(code, name, kind, created_at, updated_at) VALUES (?, '先登记的企业', 'enterprise', 'x', 'x')"),
                      {code(1)});
            const GradeImportResult r = GradeImporter(store.db(), Actor::bootstrap()).run(file, asOf(QDate(2026, 6, 1)));
            QCOMPARE(r.inserted, qint64(2));
            QCOMPARE(r.entitiesCreated, qint64(1));
            outer.commit();
        }
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM entities")), 2);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT name FROM entities WHERE code = ?"), {code(1)}).toString(),
                 QStringLiteral("先登记的企业"));
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM entity_lights")), 2);
    }

    void inMemoryStore()
    {
        QTemporaryDir dir;
        auto db = Database::open(QStringLiteral(":memory:"));
        const QString file = writeFile(dir.path(), QStringLiteral("m.csv"),
                                       QByteArray(Header) + row(1, "税务局", "A", "2026-03-01") + row(1, "市场监管局", "B", "2026-03-01"));
        const GradeImportResult r = GradeImporter(*db, Actor::bootstrap()).run(file, asOf(QDate(2026, 6, 1)));
        QCOMPARE(r.inserted, qint64(2));
        QCOMPARE(r.entitiesCreated, qint64(1));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM evaluations")), 2);
    }

    void thousandsOfLightsChangeOnStoredOnes()
    {
        // Lights are written while the stored ones are read, every few thousand entities: 6,000
        // entities, then 5,000 of them change (a full pass: more than 25 % touched).
        test::TestStore store;
        QByteArray first(Header), second(Header);
        for (int i = 0; i < 6000; ++i)
            first += row(i, "税务局", "A", "2026-03-01");
        for (int i = 0; i < 6000; i += 6)
            for (int k = 0; k < 5; ++k)
                second += row(i + k, "税务局", k % 2 ? "C" : "D", "2026-04-01");
        GradeImporter importer(store.db(), Actor::bootstrap());
        importer.run(writeFile(store.dirPath(), QStringLiteral("first.csv"), first), asOf(QDate(2026, 6, 1)));
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM entity_lights WHERE light = 'green'")), 6000);
        const GradeImportResult r = importer.run(writeFile(store.dirPath(), QStringLiteral("second.csv"), second), asOf(QDate(2026, 6, 2)));
        QCOMPARE(r.lights.entities, qint64(5000));
        QCOMPARE(r.lights.changed, qint64(5000));
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM entity_lights")), 6000);
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM entity_lights WHERE light = 'green'")), 1000);
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM entity_lights WHERE as_of = '2026-06-02'")), 5000);
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM light_history")), 11000);
        // Each import queued its light changes for sync as one row naming its history rows.
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'light_changes'")), 2);
        QCOMPARE(count(store.db(), QStringLiteral("SELECT sum(json_extract(payload, '$.count')) FROM outbox WHERE kind = 'light_changes'")), 11000);
        QCOMPARE(count(store.db(), QStringLiteral("SELECT max(json_extract(payload, '$.last')) FROM outbox WHERE kind = 'light_changes'")), 11000);
        // Every stored light is what the engine explains from the records.
        LightEngine engine(store.db());
        QSqlQuery q = sql::exec(store.db().sql(), QStringLiteral("SELECT entity_id, light, rule_id, as_of FROM entity_lights"));
        while (q.next()) {
            const LightResult e = engine.explain(q.value(0).toLongLong(), QDate::fromString(q.value(3).toString(), Qt::ISODate));
            QCOMPARE(q.value(1).toString(), e.light);
            QCOMPARE(q.value(2).toString(), e.ruleId);
        }
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void largeImportLightsAreThoseOfAFullRecompute_data()
    {
        QTest::addColumn<QByteArray>("collectLimit");
        QTest::newRow("rows collected while writing") << QByteArray();
        // Past the limit the reading thread stops collecting: the lights then read the tables.
        QTest::newRow("file beyond the collection limit") << QByteArray("5000");
    }

    void largeImportLightsAreThoseOfAFullRecompute()
    {
        QFETCH(QByteArray, collectLimit);
        if (collectLimit.isEmpty())
            qunsetenv("CREDITLOOP_MAX_COLLECTED_ROWS");
        else
            qputenv("CREDITLOOP_MAX_COLLECTED_ROWS", collectLimit);
        const auto unset = qScopeGuard([] { qunsetenv("CREDITLOOP_MAX_COLLECTED_ROWS"); });
        // Imports touching more than 10,000 entities and a quarter of the store read the records
        // as committed before them on a second connection and merge the evaluations they wrote
        // from memory (LightEngine::recomputeImported). What they store must be exactly what a
        // full recompute from the tables makes of it: same light, rule and reasons, for new
        // entities (first import) and for known ones whose evaluations the second import adds,
        // rewrites (also twice in one file), leaves unchanged, supersedes or lets expire, next to
        // the records the import does not write (dishonest list, findings).
        test::TestStore store;
        const int entities = 12500;
        QByteArray first(Header), second(Header);
        auto line = [](int entity, const char *department, const char *grade, const char *date, const char *validTo) {
            return QStringLiteral("%1,龙口市批量%2有限公司,%3,,%4,,,%5,%6,\n")
                .arg(code(entity)).arg(entity)
                .arg(QString::fromUtf8(department), QString::fromUtf8(grade), QString::fromUtf8(date), QString::fromUtf8(validTo))
                .toUtf8();
        };
        for (int i = 0; i < entities; ++i) {
            first += line(i, "税务局", "A", "2026-03-01", "");
            if (i % 10 == 0)
                first += line(i, "市场监管局", "B", "2026-02-01", "2027-02-01");
        }
        for (int i = 0; i < 11000; ++i) {
            switch (i % 4) {
            case 0: second += line(i, "税务局", "A", "2026-03-01", ""); break;                  // unchanged
            case 1: second += line(i, "税务局", "D", "2026-03-01", ""); break;                  // rewritten: red
            case 2: second += line(i, "生态环境局", "黄", "2026-04-01", "2026-05-01"); break;   // expired on the date
            default: second += line(i, "税务局", "C", "2026-04-01", ""); break;                 // supersedes A: yellow
            }
            if (i % 7 == 0) {
                second += line(i, "住房城乡建设局", "B", "2026-04-15", "");
                second += line(i, "住房城乡建设局", i % 2 ? "C" : "A", "2026-04-15", "");      // the file rewrites its own row
            }
            if (i % 10 == 0)
                second += line(i, "市场监管局", "E", "2026-01-01", "2027-01-01");               // older than the stored B: no effect
        }
        GradeImporter importer(store.db(), Actor::bootstrap());
        const GradeImportResult r1 = importer.run(writeFile(store.dirPath(), QStringLiteral("first.csv"), first), asOf(QDate(2026, 6, 1)));
        QCOMPARE(r1.entitiesCreated, qint64(entities));
        QCOMPARE(r1.lights.changed, qint64(entities));
        auto entityOf = [&](int i) {
            return sql::scalar(store.db().sql(), QStringLiteral("SELECT id FROM entities WHERE code = ?"), {code(i)}).toLongLong();
        };
        sql::exec(store.db().sql(), QStringLiteral("INSERT INTO dishonest_list(entity_id, listing_authority, basis, listed_on) VALUES (?, '烟台市发展改革委', '失信被执行人', '2026-05-01')"),
                  {entityOf(8)});
        sql::exec(store.db().sql(), QStringLiteral("INSERT INTO credit_findings(entity_id, kind, source_type, source_key, valid_from, detail) "
                                                   "VALUES (?, 'penalty_publicity', 'penalty', 'P-1', '2026-05-01', '行政处罚')"),
                  {entityOf(12)});

        const GradeImportResult r2 = importer.run(writeFile(store.dirPath(), QStringLiteral("second.csv"), second), asOf(QDate(2026, 6, 2)));
        QCOMPARE(r2.entitiesTouched, qint64(11000));
        QVERIFY(r2.updated > 2750);
        QVERIFY(r2.unchanged >= 2750);
        auto dump = [&] {
            QStringList rows;
            QSqlQuery q = sql::exec(store.db().sql(), QStringLiteral("SELECT entity_id, light, rule_id, as_of, reasons FROM entity_lights ORDER BY entity_id"));
            while (q.next())
                rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') + q.value(2).toString()
                            + QLatin1Char('|') + q.value(3).toString() + QLatin1Char('|') + q.value(4).toString();
            return rows;
        };
        const QStringList imported = dump();
        QCOMPARE(imported.size(), entities);
        QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM entity_lights WHERE light = 'red'")), qint64(2750 + 1));
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT rule_id FROM entity_lights WHERE entity_id = ?"), {entityOf(8)}).toString(),
                 QStringLiteral("R1"));
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT rule_id FROM entity_lights WHERE entity_id = ?"), {entityOf(12)}).toString(),
                 QStringLiteral("Y3"));
        {
            WriteTransaction tx(store.db(), Actor::bootstrap(), Permission::EntityView);
            const LightEngine::Stats full = LightEngine(store.db()).recompute(tx, QDate(2026, 6, 2));
            QCOMPARE(full.changed, qint64(0));
            const QStringList recomputed = dump();
            for (int i = 0; i < imported.size(); ++i)
                QCOMPARE(imported.at(i), recomputed.at(i));
        }  // rolled back
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestGradeImportBulk)
#include "tst_gradeimportbulk.moc"
