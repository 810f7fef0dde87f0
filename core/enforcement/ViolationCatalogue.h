#pragma once

#include "ViolationItem.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace cl {

class Database;
struct Actor;

// The violation catalogue and soft-enforcement list (DOMAIN.md §7): read, edited by administrators,
// imported from and exported to CSV/XLSX with the §7 columns (Chinese headers, English aliases).
class ViolationCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ViolationCatalogue)

public:
    explicit ViolationCatalogue(Database &db) : m_db(db) {}

    QList<ViolationItem> items(bool softListOnly = false, bool activeOnly = true) const;
    std::optional<ViolationItem> byCode(const QString &code) const;
    std::optional<ViolationItem> byId(qint64 id) const;
    // The item or a NotFound error naming the code.
    ViolationItem require(const QString &code) const;

    struct Issue
    {
        qint64 row = 0;
        QString column;
        QString message;
    };
    struct ImportResult
    {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        QList<Issue> rejected;   // each bad row alone; the others are applied in one transaction
    };
    // Inserts or updates by code. Needs settings.edit. A file without the required columns is refused whole.
    ImportResult importFile(const Actor &actor, const QString &path);
    // .xlsx by extension, otherwise CSV (UTF-8 with BOM); written atomically.
    void exportFile(const QString &path, bool softListOnly = false) const;

    static QStringList exportHeader();
    static QStringList exportRow(const ViolationItem &item);
    static QString softLevelLabel(const QString &level);   // translated 不予处罚 …

private:
    Database &m_db;
};

} // namespace cl
