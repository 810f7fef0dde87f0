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

    // The settings dialog's write path: checks the item (check), then inserts (isNew) or updates it by code in one
    // audited transaction that needs settings.edit. Returns the item's id.
    qint64 save(const Actor &actor, const ViolationItem &item, bool isNew);
    // Throws cl::Error(Invalid) with the first rule the item breaks: code, name, field, department and both legal
    // bases given; a free code for a new item; fines not negative and minimum <= maximum; on the soft list a free
    // sequence number, a level and the conditions it applies under.
    void check(const ViolationItem &item, bool isNew) const;
    // Items are never deleted (cases refer to them); an inactive item is no longer offered for new cases.
    void setActive(const Actor &actor, const QString &code, bool active);
    // The next free soft-list sequence number.
    int nextSoftSeq() const;

    static QStringList exportHeader();
    static QStringList exportRow(const ViolationItem &item);
    static QString softLevelLabel(const QString &level);   // translated 不予处罚 …

private:
    Database &m_db;
};

} // namespace cl
