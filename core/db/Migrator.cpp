#include "Migrator.h"

#include "Database.h"
#include "SqlUtil.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

namespace cl {

namespace {
// Full page-level check only where it is cheap; bigger stores get `creditloop-cli db check`.
constexpr qint64 QuickCheckLimitBytes = 64ll * 1024 * 1024;

int versionOf(const QString &fileName)
{
    return fileName.left(4).toInt();
}

void execScript(Database &db, const QByteArray &script, const QString &name)
{
    char *message = nullptr;
    if (sqlite3_exec(db.raw(), script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        throw Error(ErrorKind::Database,
                    Migrator::tr("Upgrading the database failed in step %1: %2. Nothing was changed.").arg(name, text));
    }
}
} // namespace

QStringList Migrator::migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/creditloop/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression numbered(QStringLiteral("^\\d{4}_.+\\.sql$"));
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString &f) { return !numbered.match(f).hasMatch(); }),
                files.end());
    return files;
}

int Migrator::latestVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

void Migrator::inspect(Database &db)
{
    const QSqlDatabase conn = db.sql();
    const QString where = QDir::toNativeSeparators(db.path());
    const QString damaged = tr("The database %1 is damaged and cannot be used. It was left untouched; "
                               "restore it from a backup or choose another file.").arg(where);
    int tables = 0;
    try {
        tables = sql::scalar(conn, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
        const qint64 size = QFileInfo(db.path()).size();
        if (size <= QuickCheckLimitBytes) {
            const QString verdict = sql::scalar(conn, QStringLiteral("PRAGMA quick_check(1)")).toString();
            if (verdict != QLatin1String("ok"))
                throw Error(ErrorKind::Database, damaged, verdict);
        }
    } catch (const Error &e) {
        throw Error(ErrorKind::Database, damaged, e.detail());
    }
    const int appId = sql::scalar(conn, QStringLiteral("PRAGMA application_id")).toInt();
    if (appId != Database::ApplicationId && tables > 0)
        throw Error(ErrorKind::Database,
                    tr("%1 is an SQLite database of another program, not a CreditLoop database. "
                       "It was left untouched; choose another file.").arg(where));
    const int version = sql::scalar(conn, QStringLiteral("PRAGMA user_version")).toInt();
    if (version > latestVersion())
        throw Error(ErrorKind::Database,
                    tr("The database %1 was written by a newer version of CreditLoop (schema %2; this program knows "
                       "up to %3). It was left untouched; install the newer program to open it.")
                        .arg(where).arg(version).arg(latestVersion()));
}

void Migrator::migrate(Database &db, int targetVersion)
{
    const int current = db.schemaVersion();
    if (current >= targetVersion)
        return;
    execScript(db, "BEGIN IMMEDIATE", QStringLiteral("begin"));
    try {
        if (current == 0)
            execScript(db, QByteArray("PRAGMA application_id = ") + QByteArray::number(Database::ApplicationId),
                       QStringLiteral("application_id"));
        for (const QString &name : migrationFiles()) {
            const int version = versionOf(name);
            if (version <= current || version > targetVersion)
                continue;
            QFile file(QStringLiteral(":/creditloop/sql/") + name);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(ErrorKind::Database, tr("The upgrade step %1 is missing from this program.").arg(name));
            execScript(db, file.readAll(), name);
            execScript(db, QByteArray("PRAGMA user_version = ") + QByteArray::number(version), name);
        }
        execScript(db, "COMMIT", QStringLiteral("commit"));
    } catch (...) {
        sqlite3_exec(db.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace cl
