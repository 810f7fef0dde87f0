#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace cl {

class WriteTransaction;

// The item catalogue as a spreadsheet an administrator edits (CSV UTF-8 with BOM, or XLSX): one row per item,
// columns matched by header name (Chinese or English), materials as 、-separated lists. Import is all or
// nothing: the first bad row stops it with its row number, column and reason; the caller's transaction
// is then rolled back.
class ItemCatalogueFile
{
    Q_DECLARE_TR_FUNCTIONS(ItemCatalogueFile)

public:
    struct ImportResult
    {
        int added = 0;
        int updated = 0;
    };
    static QStringList header();  // the Chinese header written by export
    static void exportTo(const QSqlDatabase &db, const QString &path);  // .xlsx → XLSX, anything else → CSV
    static ImportResult importFrom(WriteTransaction &tx, const QString &path);
};

} // namespace cl
