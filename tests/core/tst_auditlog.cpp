// The hash-chained audit log and the audited write path (DESIGN.md §2).
#include "TestStore.h"
#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "common/Error.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QtTest>
#include <sqlite3.h>

using namespace cl;

namespace {
void rawExec(const QString &path, const char *statement)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, statement, nullptr, nullptr, &error);
    QVERIFY2(rc == SQLITE_OK, error);
    sqlite3_close(db);
}

void writeEntries(Database &db, int n)
{
    for (int i = 0; i < n; ++i) {
        WriteTransaction tx(db, Actor::bootstrap(), Permission::SettingsEdit);
        sql::exec(tx.sql(), QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"),
                  {QStringLiteral("k%1").arg(i), QStringLiteral("v%1").arg(i)});
        tx.audit(QStringLiteral("meta.set"), QStringLiteral("meta"), QStringLiteral("k%1").arg(i), {},
                 {{QStringLiteral("value"), QStringLiteral("v%1").arg(i)}});
        tx.outbox(QStringLiteral("meta"), QStringLiteral("k%1").arg(i), {{QStringLiteral("value"), i}});
        tx.commit();
    }
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-11-27T02:00:00Z"); }
    void chainVerifies();
    void writePathRecordsAuditAndOutbox();
    void uncommittedWriteLeavesNothing();
    void nestedWriteUsesSavepoint();
    void editedEntryIsCaught();
    void deletedMiddleEntryIsCaught();
    void deletedLastEntryIsCaught();
    void reorderedHashIsCaught();
    void canonicalFormIsStable();
};

void TestAuditLog::chainVerifies()
{
    test::TestStore store;
    QVERIFY(AuditLog::verify(store.db().sql()).ok);
    writeEntries(store.db(), 5);
    const AuditLog::Verification v = AuditLog::verify(store.db().sql());
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.checked, qint64(5));
}

void TestAuditLog::writePathRecordsAuditAndOutbox()
{
    test::TestStore store;
    writeEntries(store.db(), 2);
    const auto entries = AuditLog::entries(store.db().sql());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().seq, qint64(2));  // newest first
    QCOMPARE(entries.first().action, QStringLiteral("meta.set"));
    QVERIFY(entries.first().actor.startsWith(QStringLiteral("local:")));
    QCOMPARE(entries.first().prevHash, entries.last().hash);
    QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 2);
    QCOMPARE(AuditLog::entries(store.db().sql(), QStringLiteral("k0")).size(), 1);
}

void TestAuditLog::uncommittedWriteLeavesNothing()
{
    test::TestStore store;
    try {
        WriteTransaction tx(store.db(), Actor::bootstrap(), Permission::SettingsEdit);
        sql::exec(tx.sql(), QStringLiteral("INSERT INTO meta(key, value) VALUES ('gone', 'x')"));
        tx.audit(QStringLiteral("meta.set"), QStringLiteral("meta"), QStringLiteral("gone"));
        tx.outbox(QStringLiteral("meta"), QStringLiteral("gone"), {});
        throw Error(ErrorKind::Refused, QStringLiteral("cancelled"));
    } catch (const Error &) {
    }
    const QSqlDatabase db = store.db().sql();
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'gone'")).toInt(), 0);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QVERIFY(AuditLog::verify(db).ok);
}

void TestAuditLog::nestedWriteUsesSavepoint()
{
    test::TestStore store;
    {
        WriteTransaction outer(store.db(), Actor::bootstrap(), Permission::SettingsEdit);
        outer.audit(QStringLiteral("outer"), QStringLiteral("meta"), QStringLiteral("a"));
        {
            WriteTransaction inner(store.db(), Actor::bootstrap(), Permission::SettingsEdit);
            inner.audit(QStringLiteral("inner-discarded"), QStringLiteral("meta"), QStringLiteral("b"));
        }  // not committed: only the inner part rolls back
        {
            WriteTransaction inner(store.db(), Actor::bootstrap(), Permission::SettingsEdit);
            inner.audit(QStringLiteral("inner-kept"), QStringLiteral("meta"), QStringLiteral("c"));
            inner.commit();
        }
        outer.commit();
    }
    const auto entries = AuditLog::entries(store.db().sql());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("inner-kept"));
    QCOMPARE(entries.at(1).action, QStringLiteral("outer"));
    QVERIFY(AuditLog::verify(store.db().sql()).ok);
}

void TestAuditLog::editedEntryIsCaught()
{
    test::TestStore store;
    writeEntries(store.db(), 4);
    store.close();
    rawExec(store.path(), "UPDATE audit_log SET after = '{\"value\":\"forged\"}' WHERE seq = 2");
    store.reopen();
    const AuditLog::Verification v = AuditLog::verify(store.db().sql());
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, qint64(2));
    QVERIFY2(v.reason.contains(QStringLiteral("changed")), qPrintable(v.reason));
}

void TestAuditLog::deletedMiddleEntryIsCaught()
{
    test::TestStore store;
    writeEntries(store.db(), 4);
    store.close();
    rawExec(store.path(), "DELETE FROM audit_log WHERE seq = 3");
    store.reopen();
    const AuditLog::Verification v = AuditLog::verify(store.db().sql());
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, qint64(3));
}

void TestAuditLog::deletedLastEntryIsCaught()
{
    test::TestStore store;
    writeEntries(store.db(), 4);
    store.close();
    rawExec(store.path(), "DELETE FROM audit_log WHERE seq = 4");
    store.reopen();
    const AuditLog::Verification v = AuditLog::verify(store.db().sql());
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, qint64(4));
    QVERIFY2(v.reason.contains(QStringLiteral("removed")), qPrintable(v.reason));
}

void TestAuditLog::reorderedHashIsCaught()
{
    test::TestStore store;
    writeEntries(store.db(), 3);
    store.close();
    // A forger who recomputes nothing but swaps the actor is caught by the hash, not the link.
    rawExec(store.path(), "UPDATE audit_log SET actor = 'mallory' WHERE seq = 1");
    store.reopen();
    const AuditLog::Verification v = AuditLog::verify(store.db().sql());
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, qint64(1));
}

void TestAuditLog::canonicalFormIsStable()
{
    AuditEntry e;
    e.seq = 7;
    e.at = QStringLiteral("2026-11-27T02:00:00.000Z");
    e.actor = QStringLiteral("clerk");
    e.action = QStringLiteral("entity.add");
    e.objectType = QStringLiteral("entity");
    e.objectId = QStringLiteral("91370681MA3P7K2Q3U");
    e.after = QStringLiteral("{\"name\":\"龙口\"}");
    QCOMPARE(AuditLog::canonical(e),
             QByteArray("{\"action\":\"entity.add\",\"actor\":\"clerk\",\"after\":\"{\\\"name\\\":\\\"龙口\\\"}\","
                        "\"at\":\"2026-11-27T02:00:00.000Z\",\"before\":\"\",\"object_id\":\"91370681MA3P7K2Q3U\","
                        "\"object_type\":\"entity\",\"seq\":7}"));
    // Documented so another implementation (the city platform) can check our chain.
    QCOMPARE(AuditLog::chainHash(AuditLog::genesisHash(), e).size(), 64);
    QCOMPARE(AuditLog::chainHash(AuditLog::genesisHash(), e), AuditLog::chainHash(AuditLog::genesisHash(), e));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
