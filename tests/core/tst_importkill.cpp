// A grade import killed with SIGKILL in the middle leaves the store exactly as before and intact.
#include "TestStore.h"
#include "db/SqlUtil.h"
#include "credit/UsccValidator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace cl;

class TestImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringImportLeavesNothing()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL is POSIX");
#endif
        test::TestStore store;
        store.close();
        // A file big enough that the import is still running when it is killed.
        const QString file = store.dirPath() + QStringLiteral("/big.csv");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("统一社会信用代码,主体名称,评价部门,评价结果,评价日期\n");
            const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
            for (int i = 0; i < 200000; ++i) {
                QString body = QStringLiteral("MA");
                for (int k = 0, v = i * 7919 + 5; k < 6; ++k, v /= 31)
                    body += charset.at(v % 31);
                f.write(QStringLiteral("%1,龙口市测试%2有限公司,税务局,B,2026-03-01\n")
                            .arg(UsccValidator::complete(QStringLiteral("91370681") + body)).arg(i).toUtf8());
            }
        }
        QProcess cli;
        cli.start(QStringLiteral(CREDITLOOP_CLI), {QStringLiteral("--db"), store.path(), QStringLiteral("grades"), QStringLiteral("import"), file});
        QVERIFY(cli.waitForStarted());
        // Wait until the import has written part of its batch into the WAL, then kill it.
        const QString wal = store.path() + QStringLiteral("-wal");
        QElapsedTimer t;
        t.start();
        while (QFileInfo(wal).size() < 4 * 1024 * 1024 && t.elapsed() < 60000 && cli.state() == QProcess::Running)
            QThread::msleep(20);
        QVERIFY2(cli.state() == QProcess::Running, "the import finished before it could be killed; use a bigger file");
        cli.kill();  // SIGKILL
        QVERIFY(cli.waitForFinished());

        store.reopen();
        const QSqlDatabase db = store.db().sql();
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        for (const char *table : {"evaluations", "entities", "import_batches", "entity_lights", "audit_log", "outbox"})
            QVERIFY2(sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt() == 0, table);
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
