// A sync import killed with SIGKILL while it applies leaves the store exactly as before and
// intact; the same package then applies completely.
#include "SyncFixtures.h"
#include "sync/CodecRegistry.h"
#include "sync/PackageWriter.h"
#include "sync/RecordCodec.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

using namespace cl;
using namespace cl::test;

class TestSyncImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringApplyLeavesNothing()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL is POSIX");
#endif
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        TestStore sender;
        const QString key = SyncKeys::init(sender.db(), Actor::bootstrap(), QStringLiteral("LK-A"));
        TestStore store;
        SyncKeys::init(store.db(), Actor::bootstrap(), QStringLiteral("LK-B"));
        SyncKeys::trust(store.db(), Actor::bootstrap(), QStringLiteral("LK-A"), key);
        const QByteArray before = snapshot(store.db());
        store.close();

        // A package big enough that its apply is still running when it is killed.
        const RecordCodec *codec = CodecRegistry::byKind(QStringLiteral("evaluation"));
        std::vector<QStringList> rows;
        for (int i = 0; i < 200000; ++i)
            rows.push_back({QStringLiteral("龙口市测试%1有限公司").arg(i), code(i), QStringLiteral("税务局"), QStringLiteral("TAX"),
                            QStringLiteral("B"), QString(), QStringLiteral("R1"), QString(), QStringLiteral("2026-03-01"),
                            QStringLiteral("2026-03-01"), QStringLiteral("2027-03-01"), QString(), QStringLiteral("可向社会公开"),
                            QStringLiteral("0"), QString(), QString()});
        SyncManifest manifest;
        manifest.sender = QStringLiteral("LK-A");
        manifest.seq = 1;
        manifest.createdAt = QStringLiteral("2026-06-01T02:00:00.000Z");
        const PackageWriter::Written w = PackageWriter::writePart(store.dirPath(), manifest, {{codec, &rows}},
                                                                  [&](const QByteArray &m) { return SyncKeys::sign(sender.db().sql(), m); });
        PackageWriter::publish(w);

        QProcess cli;
        cli.start(QStringLiteral(CREDITLOOP_CLI), {QStringLiteral("--db"), store.path(), QStringLiteral("sync"), QStringLiteral("import"), w.path});
        QVERIFY(cli.waitForStarted());
        const QString wal = store.path() + QStringLiteral("-wal");
        QElapsedTimer t;
        t.start();
        while (QFileInfo(wal).size() < 4 * 1024 * 1024 && t.elapsed() < 120000 && cli.state() == QProcess::Running)
            QThread::msleep(20);
        QVERIFY2(cli.state() == QProcess::Running, "the import finished before it could be killed; use a bigger package");
        cli.kill();  // SIGKILL
        QVERIFY(cli.waitForFinished());

        store.reopen();
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(snapshot(store.db()), before);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM sync_quarantine")).toInt(), 0);
        QVERIFY(QFile::exists(w.path));

        // Nothing half-done stands in the way: the same package applies in full.
        store.close();
        QProcess again;
        again.start(QStringLiteral(CREDITLOOP_CLI), {QStringLiteral("--db"), store.path(), QStringLiteral("sync"), QStringLiteral("import"), w.path});
        QVERIFY(again.waitForFinished(240000));
        QCOMPARE(again.exitCode(), 0);
        store.reopen();
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM evaluations")).toInt(), 200000);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM sync_packages_in")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncImportKill)
#include "tst_syncimportkill.moc"
