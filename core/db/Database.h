#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace cl {

// One SQLite connection to the CreditLoop store, owned by the thread that opened it.
// open() refuses files that are not ours, corrupt or newer than this program, without
// touching them; otherwise it applies the pending migrations in one transaction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and upgrades the store at path. Throws cl::Error.
    // targetVersion < 0 means "latest"; tests use a lower value to build old fixtures.
    static std::unique_ptr<Database> open(const QString &path, int targetVersion = -1);

    // A further connection to the same file, for another thread. No migration is run.
    std::unique_ptr<Database> openSibling() const;

    QSqlDatabase sql() const;
    sqlite3 *raw() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    static int latestSchemaVersion();
    // The default location: the platform's application data folder.
    static QString defaultPath();
    // SQLite application_id marking a file as a CreditLoop store ("CLOP").
    static constexpr int ApplicationId = 0x434C4F50;
    // The page size of a store made by open() (see Database.cpp); older stores keep theirs.
    static constexpr int NewStorePageSize = 16384;

private:
    Database(QString path, QString connectionName);
    void configureConnection();

    QString m_path;
    QString m_connectionName;
};

} // namespace cl
