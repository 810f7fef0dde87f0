#pragma once

#include "GradeColumns.h"
#include "auth/Actor.h"
#include "credit/LightEngine.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace cl {

class Database;
struct ImportJob;

struct GradeImportOptions
{
    QString department;             // used where the file has no department column or the cell is empty
    QString scheme;                 // used where the file has no scheme column or the cell is empty
    QString encoding = QStringLiteral("auto");  // auto | utf-8 | gb18030 | utf-16
    QString sheet;                  // XLSX sheet name; empty = first
    QHash<QString, int> columns;    // field key → column index overrides (wizard)
    // The department's saved column mapping to use (ImportProfiles), by name. Empty and no columns
    // given: the department's saved profile that fits the file's headers, if there is one.
    QString profile;
    // Columns named for this import: field key → header text in the file ("" = not imported), as a
    // profile keeps them (CLI --column FIELD=HEADER). They win over a profile.
    QHash<QString, QString> columnNames;
    bool useSavedProfile = true;    // false: no profile unless named (the wizard has offered them already)
    QString reportPath;             // if set, rejected rows are written there (CSV, UTF-8 with BOM)
    bool validateOnly = false;      // check every row, write nothing
    QDate asOf;                     // date for the light recomputation; invalid = today
};

// One problem with one row: what, where, and the row as it was.
struct ImportIssue
{
    enum Severity { Rejected, Warning };
    Severity severity = Rejected;
    qint64 row = 0;                 // 1-based row in the file (the header is row 1)
    QString column;                 // header text of the column, empty for the whole row
    QString message;                // translated
};

struct GradeImportResult
{
    QString fileName;
    QString sha256;
    QString format;                 // CSV | XLSX
    QString encoding;
    QStringList header;
    QString profile;                // the saved column mapping used, empty: by header names (or columns given)
    QHash<QString, QString> columnHeaders;  // the mapping used, as header names (what a saved profile keeps)
    qint64 batchId = 0;
    bool alreadyImported = false;
    QString alreadyImportedNote;    // translated: when and by whom
    qint64 rowsTotal = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 warnings = 0;
    qint64 entitiesCreated = 0;
    qint64 entitiesTouched = 0;
    QList<qint64> sampleEntityIds;  // the first touched entities, for "show affected entities"
    QList<ImportIssue> issues;      // the first MaxIssuesKept issues (all of them go to the report file)
    LightEngine::Stats lights;
    qint64 elapsedMs = 0;

    static constexpr int MaxIssuesKept = 10000;
    static constexpr int MaxSampleEntities = 1000;
};

// Imports a department's graded evaluations (DOMAIN.md §4) from CSV or XLSX: streaming, every row
// validated, a bad row rejected alone, the whole file one audited batch in one transaction
// (cancel, failure or a killed process leave nothing behind), then the touched entities' lights
// recomputed in the same transaction. Whole-file problems throw cl::Error.
class GradeImporter
{
    Q_DECLARE_TR_FUNCTIONS(GradeImporter)

public:
    GradeImporter(Database &db, const Actor &actor);
    GradeImportResult run(const QString &path, const GradeImportOptions &options, ImportJob *job = nullptr);

private:
    Database &m_db;
    Actor m_actor;  // a copy: callers pass temporaries (GradeImporter(db, Actor::bootstrap()))
};

} // namespace cl
