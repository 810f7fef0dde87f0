#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cl {

class Database;

// Numbered schema migrations shipped as resources (:/creditloop/sql/NNNN_name.sql).
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    static int latestVersion();
    // Refuses (cl::Error) a file that is damaged, not ours, or newer than this program,
    // reading only: nothing is written.
    static void inspect(Database &db);
    // Applies every pending migration up to targetVersion in one transaction.
    static void migrate(Database &db, int targetVersion);

private:
    static QStringList migrationFiles();
};

} // namespace cl
