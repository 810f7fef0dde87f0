#include "Database.h"

#include "Migrator.h"
#include "SqlFunctions.h"
#include "SqlUtil.h"
#include "common/Error.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

namespace cl {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("creditloop-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Header check before SQLite sees the file, so a foreign file is never opened for writing.
void checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io,
                    Database::tr("Cannot read the database file %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        throw Error(ErrorKind::Database,
                    Database::tr("%1 is not a CreditLoop database (it is not an SQLite file). "
                                 "The file was left untouched; choose another file with --db or in the settings.")
                        .arg(QDir::toNativeSeparators(path)));
}

void ensureFolder(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        throw Error(ErrorKind::Io,
                    Database::tr("Cannot create the folder %1 for the database. "
                                 "Choose a location you may write to (--db or the settings).")
                        .arg(QDir::toNativeSeparators(dir.absolutePath())));
    if (info.exists() ? !info.isWritable() : !QFileInfo(dir.absolutePath()).isWritable())
        throw Error(ErrorKind::Io,
                    Database::tr("The database location %1 is not writable. "
                                 "Choose a location you may write to (--db or the settings).")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() + QStringLiteral("/.creditloop") : folder)
        .filePath(QStringLiteral("creditloop.sqlite"));
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

std::unique_ptr<Database> Database::open(const QString &path, int targetVersion)
{
    // ":memory:" is a private store with the shipped defaults (e.g. code checks without a database).
    const bool inMemory = path == QLatin1String(":memory:");
    const QString absolute = inMemory ? path : QFileInfo(path).absoluteFilePath();
    const bool existed = !inMemory && QFileInfo::exists(absolute) && QFileInfo(absolute).size() > 0;
    if (!inMemory) {
        checkHeader(absolute);
        ensureFolder(absolute);
    }

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName()));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(absolute);
    if (!conn.open())
        throw Error(ErrorKind::Database,
                    tr("Cannot open the database %1.").arg(QDir::toNativeSeparators(absolute)),
                    conn.lastError().text());

    if (existed) {
        // Read-only inspection first: a refused file must stay byte-for-byte as it was.
        Migrator::inspect(*db);
    }
    if (!existed && !inMemory) {
        // A new store gets 16 KiB pages (SQLite's default is 4 KiB): its large writes (an import of a
        // million evaluations, a recompute of every light) then go to the WAL and through the
        // checkpoint as a quarter of the pages, frames and system calls, and its big scans read a
        // quarter of the pages (measured: a 1M-row grade import 15-20 % faster). A clerk's small
        // transaction writes a few pages either way. The size is fixed when the first table is
        // made (before WAL: a WAL store cannot change it), so stores made earlier keep theirs.
        sql::exec(conn, QStringLiteral("PRAGMA page_size = %1").arg(NewStorePageSize));
    }
    db->configureConnection();
    Migrator::migrate(*db, targetVersion < 0 ? Migrator::latestVersion() : targetVersion);
    return db;
}

std::unique_ptr<Database> Database::openSibling() const
{
    std::unique_ptr<Database> db(new Database(m_path, nextConnectionName()));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(m_path);
    if (!conn.open())
        throw Error(ErrorKind::Database, tr("Cannot open the database %1.").arg(QDir::toNativeSeparators(m_path)),
                    conn.lastError().text());
    db->configureConnection();
    return db;
}

void Database::configureConnection()
{
    QSqlDatabase conn = sql();
    sql::exec(conn, QStringLiteral("PRAGMA busy_timeout = 5000"));
    // WAL: readers (the GUI's list pages) never block the writer (an import on a worker).
    sql::exec(conn, QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::exec(conn, QStringLiteral("PRAGMA synchronous = NORMAL"));
    sql::exec(conn, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::exec(conn, QStringLiteral("PRAGMA temp_store = MEMORY"));
    SqlFunctions::registerAll(raw());
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::raw() const
{
    const QVariant handle = sql().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

int Database::schemaVersion() const
{
    return sql::scalar(sql(), QStringLiteral("PRAGMA user_version")).toInt();
}

} // namespace cl
