#pragma once

#include "supervision/GradeImporter.h"

#include <QHash>
#include <QString>

namespace cl {

// What the user settled for one file in the import wizard.
struct ImportFileChoice
{
    QString path;
    QString encoding = QStringLiteral("auto");  // auto | utf-8 | gb18030 | utf-16 (CSV only)
    QString sheet;                              // XLSX only; empty: the first sheet
    // The user's column mapping (field key → column, -1: not imported). Empty: by header names,
    // which is how a file is read unless the user changes the mapping (STYLE.md #6).
    QHash<QString, int> columns;
    // The department's saved column mapping the columns come from (empty: none), and whether the
    // user has chosen one (or none) for this file: then no profile is offered again.
    QString profile;
    bool profileChosen = false;
};

// What running the importer on one file gave, in the validation or the import step.
struct ImportFileOutcome
{
    QString path;
    bool ran = false;        // false: not reached (an earlier file was cancelled)
    bool ok = false;
    bool cancelled = false;
    QString error;           // the whole-file problem (translated) when !ok
    GradeImportResult result;
    QString reportPath;      // rejected rows CSV (import step), empty when none
};

} // namespace cl
