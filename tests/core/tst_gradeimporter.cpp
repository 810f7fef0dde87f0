// The grade importer through its core API: all-or-nothing on cancel, duplicate handling, the
// rejected-rows report, new entities, lights recomputed for the touched entities.
#include "TestStore.h"
#include "auth/Actor.h"
#include "common/Error.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "supervision/GradeImporter.h"
#include "supervision/ImportJob.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace cl;

namespace {
const char *Header = "统一社会信用代码,主体名称,评价部门,评价体系,评价结果,评价分数,行业领域,评价日期,有效期至,备注\n";

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

// n rows for distinct valid entities (codes built with the check characters).
// The rows of the tables an import writes, as text: equal = nothing changed.
QString snapshotOf(Database &db)
{
    QString out;
    for (const char *table : {"import_batches", "evaluations", "entities", "entity_lights", "light_history", "audit_log", "outbox"}) {
        QSqlQuery q = sql::exec(db.sql(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        out += QLatin1String(table) + QLatin1Char('\n');
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                out += q.value(c).toString() + QLatin1Char(c + 1 < q.record().count() ? '|' : '\n');
    }
    return out;
}

QByteArray rows(int n, const char *grade = "A")
{
    static const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QByteArray out(Header);
    for (int i = 0; i < n; ++i) {
        QString body = QStringLiteral("MA");
        for (int k = 0, v = i * 7919 + 11; k < 6; ++k, v /= 31)
            body += charset.at(v % 31);
        const QString code = UsccValidator::complete(QStringLiteral("91370681") + body);
        out += QStringLiteral("%1,龙口市测试%2有限公司,税务局,,%3,,,2026-03-01,,\n").arg(code).arg(i).arg(QLatin1String(grade)).toUtf8();
    }
    return out;
}

int count(Database &db, const char *table)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt();
}
} // namespace


class TestGradeImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z"); }

    void importsAndRecomputesLights()
    {
        test::TestStore store;
        const QString file = writeFile(store.dirPath(), QStringLiteral("a.csv"), rows(50, "D"));
        GradeImportOptions o;
        o.asOf = QDate(2026, 6, 1);
        const GradeImportResult r = GradeImporter(store.db(), Actor::bootstrap()).run(file, o);
        QCOMPARE(r.inserted, qint64(50));
        QCOMPARE(r.entitiesCreated, qint64(50));
        QCOMPARE(count(store.db(), "entity_lights"), 50);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM entity_lights WHERE light = 'red' AND rule_id = 'R4'")).toInt(), 50);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'grades.import'")).toInt(), 1);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'evaluation_batch'")).toInt(), 1);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void cancelLeavesNothing()
    {
        test::TestStore store;
        const QString file = writeFile(store.dirPath(), QStringLiteral("big.csv"), rows(20000));
        ImportJob job;
        qint64 calls = 0;
        job.progress = [&](qint64, qint64) {
            if (++calls == 2)
                job.cancel();
        };
        QString message;
        try {
            GradeImporter(store.db(), Actor::bootstrap()).run(file, GradeImportOptions(), &job);
        } catch (const Error &e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QStringLiteral("cancelled")), qPrintable(message));
        QVERIFY(calls >= 2);
        for (const char *table : {"evaluations", "entities", "import_batches", "entity_lights", "audit_log", "outbox"})
            QVERIFY2(count(store.db(), table) == 0, table);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // The same file imports cleanly afterwards (the cancelled batch left no SHA-256 behind).
        const GradeImportResult r = GradeImporter(store.db(), Actor::bootstrap()).run(file, GradeImportOptions());
        QCOMPARE(r.inserted, qint64(20000));
    }

    void validateOnlyWritesNothing()
    {
        test::TestStore store;
        QByteArray content = rows(10);
        content += "91370681MA3P7K2Q30,坏代码,税务局,,A,,,2026-03-01,,\n";
        const QString file = writeFile(store.dirPath(), QStringLiteral("c.csv"), content);
        GradeImportOptions o;
        o.validateOnly = true;
        const GradeImportResult r = GradeImporter(store.db(), Actor::bootstrap()).run(file, o);
        QCOMPARE(r.rowsTotal, qint64(11));
        QCOMPARE(r.rejected, qint64(1));
        QCOMPARE(r.issues.first().row, qint64(12));
        QCOMPARE(count(store.db(), "evaluations"), 0);
        QCOMPARE(count(store.db(), "import_batches"), 0);
    }

    void sameFileTwiceAddsNothing()
    {
        test::TestStore store;
        const QString file = writeFile(store.dirPath(), QStringLiteral("d.csv"), rows(5));
        GradeImporter importer(store.db(), Actor::bootstrap());
        importer.run(file, GradeImportOptions());
        const GradeImportResult again = importer.run(file, GradeImportOptions());
        QVERIFY(again.alreadyImported);
        QVERIFY(again.alreadyImportedNote.contains(QStringLiteral("already imported")));
        QCOMPARE(count(store.db(), "evaluations"), 5);
        QCOMPARE(count(store.db(), "import_batches"), 1);
    }

    // A big file's hash is computed while the import already reads and writes: a repeated import found
    // then is rolled back whole (no batch, rows, audit entries, outbox rows or report) and says so.
    void sameFileTwiceFoundWhileImporting()
    {
        test::TestStore store;
        QByteArray content = rows(9000);
        content += "91370681MA3P7K2Q30,坏代码,税务局,,A,,,2026-03-01,,\n";
        const QString file = writeFile(store.dirPath(), QStringLiteral("big.csv"), content);
        GradeImporter importer(store.db(), Actor::bootstrap());
        GradeImportOptions o;
        const GradeImportResult first = importer.run(file, o);
        QCOMPARE(first.inserted, qint64(9000));
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT sha256 FROM import_batches")).toString(), first.sha256);
        QCOMPARE(first.sha256.size(), 64);
        // The bad row kept the first import from counting as complete; fixed, the file imports again …
        content.chop(content.size() - content.lastIndexOf("91370681MA3P7K2Q30"));
        writeFile(store.dirPath(), QStringLiteral("big.csv"), content);
        const GradeImportResult fixed = importer.run(file, o);
        QCOMPARE(fixed.unchanged, qint64(9000));
        QVERIFY(!fixed.alreadyImported);
        // … and a third time it is found to be the same bytes only once the import is under way.
        qputenv("CREDITLOOP_SMALL_FILE_BYTES", "0");
        const auto unset = qScopeGuard([] { qunsetenv("CREDITLOOP_SMALL_FILE_BYTES"); });
        const QString before = snapshotOf(store.db());
        o.reportPath = store.dirPath() + QStringLiteral("/rejected.csv");
        const GradeImportResult again = importer.run(file, o);
        QVERIFY(again.alreadyImported);
        QCOMPARE(again.batchId, fixed.batchId);
        QCOMPARE(again.sha256, fixed.sha256);
        QCOMPARE(again.inserted + again.unchanged + again.rejected + again.rowsTotal, qint64(0));
        QVERIFY(again.alreadyImportedNote.contains(QStringLiteral("already imported")));
        QCOMPARE(snapshotOf(store.db()), before);
        QVERIFY(!QFile::exists(o.reportPath));
        QVERIFY(!QFile::exists(o.reportPath + QStringLiteral(".part")));
    }

    void changedGradeUpdatesWithWarningAndAudit()
    {
        test::TestStore store;
        GradeImporter importer(store.db(), Actor::bootstrap());
        importer.run(writeFile(store.dirPath(), QStringLiteral("e1.csv"), rows(3, "A")), GradeImportOptions());
        QByteArray second = rows(3, "A");
        second.replace(",A,,,2026-03-01", ",C,,,2026-03-01");  // every row: another grade, same key
        const GradeImportResult r = importer.run(writeFile(store.dirPath(), QStringLiteral("e2.csv"), second), GradeImportOptions());
        QCOMPARE(r.updated, qint64(3));
        QCOMPARE(r.warnings, qint64(3));
        QCOMPARE(r.issues.first().severity, ImportIssue::Warning);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'evaluation.update'")).toInt(), 3);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM evaluations WHERE raw_grade = 'C' AND level = 'R2'")).toInt(), 3);
        // The same rows once more (a third file with the same grades): unchanged.
        second += "\n";
        const GradeImportResult same = importer.run(writeFile(store.dirPath(), QStringLiteral("e3.csv"), second), GradeImportOptions());
        QCOMPARE(same.unchanged, qint64(3));
    }

    void reportFileListsRejectedRows()
    {
        test::TestStore store;
        QByteArray content = rows(2);
        content += "91370681MA3P7K2Q3U,龙口市鑫达食品有限公司,税务局,,X,,,2026-03-01,,\n";
        const QString file = writeFile(store.dirPath(), QStringLiteral("f.csv"), content);
        GradeImportOptions o;
        o.reportPath = store.dirPath() + QStringLiteral("/rejected.csv");
        GradeImporter(store.db(), Actor::bootstrap()).run(file, o);
        QFile report(o.reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray bytes = report.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));  // Excel needs the BOM to read UTF-8
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("91370681MA3P7K2Q3U")));
        QVERIFY(text.contains(QStringLiteral("评价结果")));
        QVERIFY(!QFile::exists(o.reportPath + QStringLiteral(".part")));
    }

    void wholeFileProblemsAreErrors()
    {
        test::TestStore store;
        auto fails = [&](const QByteArray &content) {
            try {
                GradeImporter(store.db(), Actor::bootstrap()).run(writeFile(store.dirPath(), QStringLiteral("g.csv"), content), GradeImportOptions());
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        QVERIFY(fails("").contains(QStringLiteral("empty")));
        QVERIFY(fails("主体名称,评价部门,评价结果,评价日期\nx,税务局,A,2026-01-01\n").contains(QStringLiteral("统一社会信用代码")));
        QVERIFY(fails("统一社会信用代码,uscc,主体名称,评价部门,评价结果,评价日期\n").contains(QStringLiteral("twice")));
        QCOMPARE(count(store.db(), "import_batches"), 0);
    }

    // Excel for Mac workbooks count date serials from 1904-01-01 (workbookPr date1904="1"): the
    // importer reads them in the workbook's own date system, 1900 workbooks as before.
    void excelDatesHonourTheWorkbookDateSystem()
    {
        test::TestStore store;
        const QString data = qEnvironmentVariable("CREDITLOOP_TEST_DATA") + QStringLiteral("/grades/bad/");
        GradeImporter importer(store.db(), Actor::bootstrap());
        const GradeImportResult r1904 = importer.run(data + QStringLiteral("date1904.xlsx"), GradeImportOptions());
        QCOMPARE(r1904.inserted, qint64(1));
        QSqlQuery q = sql::exec(store.db().sql(), QStringLiteral("SELECT evaluated_on, valid_from, valid_to FROM evaluations WHERE remark = '1904 日期系统'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-01-10"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-01-10"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2027-01-09"));
        // The same date in a 1900 workbook: the same evaluation, unchanged.
        GradeImportOptions sheet;
        sheet.sheet = QStringLiteral("评价结果");
        const GradeImportResult r1900 = importer.run(data + QStringLiteral("two_sheets.xlsx"), sheet);
        QCOMPARE(r1900.unchanged, qint64(1));
        QCOMPARE(r1900.inserted, qint64(0));
        QCOMPARE(count(store.db(), "evaluations"), 1);
    }
};

QTEST_GUILESS_MAIN(TestGradeImporter)
#include "tst_gradeimporter.moc"
