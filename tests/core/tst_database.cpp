// Opening, creating, upgrading and refusing stores (DESIGN.md §2).
#include "TestStore.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "registry/EntityRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>
#include <sqlite3.h>

using namespace cl;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs raw SQL with the plain SQLite library, as a person with the sqlite3 shell would.
void rawExec(const QString &path, const char *statement)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, statement, nullptr, nullptr, &error);
    QVERIFY2(rc == SQLITE_OK, error);
    sqlite3_close(db);
}

ErrorKind openFails(const QString &path, QString *message)
{
    try {
        Database::open(path);
    } catch (const Error &e) {
        *message = e.message();
        return e.kind();
    }
    return ErrorKind::Usage;  // sentinel: it opened
}

QString fixturePath(const QString &name)
{
    return qEnvironmentVariable("CREDITLOOP_TEST_DATA") + QStringLiteral("/fixtures/") + name;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshStoreHasLatestSchemaAndPragmas();
    void reopenIsIdempotent();
    void upgradesVersion1Fixture();
    void refusesNewerSchemaUntouched();
    void refusesNonSqliteFileUntouched();
    void refusesForeignSqliteFileUntouched();
    void refusesCorruptFileUntouched();
    void refusesTruncatedFileUntouched();
    void unwritableLocationHasClearMessage();
    void regenerateFixtures();
};

void TestDatabase::freshStoreHasLatestSchemaAndPragmas()
{
    test::TestStore store;
    QCOMPARE(store.db().schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    const QSqlDatabase db = store.db().sql();
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA page_size")).toInt(), Database::NewStorePageSize);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM departments")).toInt(), 18);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM towns")).toInt(), 13);
    QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM industries")).toInt() >= 60);
    // A sibling connection (another thread's) gets the same pragmas and functions.
    auto sibling = store.db().openSibling();
    QCOMPARE(sql::scalar(sibling->sql(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(sql::scalar(sibling->sql(), QStringLiteral("SELECT cl_norm('ＡＢｃ')")).toString(), QStringLiteral("abc"));
}

void TestDatabase::reopenIsIdempotent()
{
    test::TestStore store;
    store.close();
    const QByteArray before = fileHash(store.path());
    store.reopen();
    QCOMPARE(store.db().schemaVersion(), Database::latestSchemaVersion());
    store.close();
    QCOMPARE(fileHash(store.path()), before);
}

void TestDatabase::upgradesVersion1Fixture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    QVERIFY(QFile::copy(fixturePath(QStringLiteral("store_v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    // A store made before keeps its page size (it is fixed once the file has tables).
    QCOMPARE(sql::scalar(db->sql(), QStringLiteral("PRAGMA page_size")).toInt(), 4096);
    EntityRepository repo(*db);
    QCOMPARE(repo.total(), qint64(3));
    const auto e = repo.byCode(QStringLiteral("91370681MA3P7K2Q3U"));
    QVERIFY(e.has_value());
    QCOMPARE(e->name, QStringLiteral("龙口市鑫达食品有限公司"));
    QCOMPARE(e->townName, QStringLiteral("东莱街道"));
    // Version 2 built the search index from the rows that were already there.
    QCOMPARE(repo.search(QStringLiteral("鑫达")).size(), 1);
    QCOMPARE(repo.search(QStringLiteral("龙口市")).size(), 3);
    QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
}

void TestDatabase::refusesNewerSchemaUntouched()
{
    test::TestStore store;
    store.close();
    rawExec(store.path(), "PRAGMA user_version = 99");
    const QByteArray before = fileHash(store.path());
    QString message;
    QCOMPARE(openFails(store.path(), &message), ErrorKind::Database);
    QVERIFY2(message.contains(QStringLiteral("99")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("newer")), qPrintable(message));
    QCOMPARE(fileHash(store.path()), before);
}

void TestDatabase::refusesNonSqliteFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("这不是数据库 — just a text file\n");
    f.close();
    const QByteArray before = fileHash(path);
    QString message;
    QCOMPARE(openFails(path, &message), ErrorKind::Database);
    QVERIFY2(message.contains(QStringLiteral("not a CreditLoop database")), qPrintable(message));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesForeignSqliteFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, "CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES ('x')");
    const QByteArray before = fileHash(path);
    QString message;
    QCOMPARE(openFails(path, &message), ErrorKind::Database);
    QVERIFY2(message.contains(QStringLiteral("another program")), qPrintable(message));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesCorruptFileUntouched()
{
    test::TestStore store;
    store.close();
    rawExec(store.path(), "PRAGMA wal_checkpoint(TRUNCATE)");
    QFile f(store.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8192);
    // Overwrite page 2 onward with garbage, keeping the 100-byte header valid.
    f.seek(4096);
    f.write(QByteArray(int(size - 4096), '\x5a'));
    f.close();
    const QByteArray before = fileHash(store.path());
    QString message;
    QCOMPARE(openFails(store.path(), &message), ErrorKind::Database);
    QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
    QCOMPARE(fileHash(store.path()), before);
}

void TestDatabase::refusesTruncatedFileUntouched()
{
    test::TestStore store;
    store.close();
    rawExec(store.path(), "PRAGMA wal_checkpoint(TRUNCATE)");
    QFile f(store.path());
    QVERIFY(f.resize(f.size() / 3));
    const QByteArray before = fileHash(store.path());
    QString message;
    QCOMPARE(openFails(store.path(), &message), ErrorKind::Database);
    QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
    QCOMPARE(fileHash(store.path()), before);
}

void TestDatabase::unwritableLocationHasClearMessage()
{
    QTemporaryDir dir;
    // A folder cannot be made below a regular file, whoever runs the test (root included).
    const QString blocker = dir.filePath(QStringLiteral("plain-file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QString message;
    QCOMPARE(openFails(blocker + QStringLiteral("/sub/store.sqlite"), &message), ErrorKind::Io);
    QVERIFY2(message.contains(QStringLiteral("Cannot create the folder")), qPrintable(message));
}

// CREDITLOOP_REGENERATE_FIXTURES=1 rewrites tests/data/fixtures/store_v1.sqlite: a store as
// schema version 1 left it, with a few rows, for the upgrade test. Run it only on purpose.
void TestDatabase::regenerateFixtures()
{
    if (qEnvironmentVariable("CREDITLOOP_REGENERATE_FIXTURES") != QLatin1String("1"))
        return;
    const QString path = fixturePath(QStringLiteral("store_v1.sqlite"));
    QFile::remove(path);
    {
        auto db = Database::open(path, 1);
        QCOMPARE(db->schemaVersion(), 1);
        const char *rows =
            "INSERT INTO entities(code, name, kind, legal_rep, industry_id, town_id, address, registered_on, created_at, updated_at) VALUES "
            "('91370681MA3P7K2Q3U', '龙口市鑫达食品有限公司', 'enterprise', '王建国', 2, 1, '山东省龙口市东莱街道港城大道188号', '2018-05-12', '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z'),"
            "('92370681MA3N4R8W1A', '龙口市新嘉街道张记小吃店', 'individual', '张玉兰', 1, 3, '山东省龙口市新嘉街道南山路6号', '2021-09-01', '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z'),"
            "('93370681MA3T6H1D0W', '龙口市北马镇丰收果蔬专业合作社', 'cooperative', '刘长顺', 57, 7, '山东省龙口市北马镇北马村', '2015-03-20', '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z')";
        char *error = nullptr;
        QCOMPARE(sqlite3_exec(db->raw(), rows, nullptr, nullptr, &error), SQLITE_OK);
        sqlite3_exec(db->raw(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        sqlite3_exec(db->raw(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    QVERIFY(QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
