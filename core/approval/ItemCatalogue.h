#pragma once

#include "ApprovalItem.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace cl {

class Database;
class WriteTransaction;
struct Actor;

// The item catalogue (告知承诺事项清单): read, search, edit. Items are data an administrator maintains.
class ItemCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ItemCatalogue)

public:
    static QList<ApprovalItem> list(const QSqlDatabase &db, const QString &search = {}, bool activeOnly = true);
    static std::optional<ApprovalItem> byCode(const QSqlDatabase &db, const QString &code);
    static std::optional<ApprovalItem> byId(const QSqlDatabase &db, qint64 id);
    // Throws cl::Error(NotFound) naming the code and how to list the catalogue.
    static ApprovalItem require(const QSqlDatabase &db, const QString &code);

    // Inserts or updates (by code) an item with its supervisors and materials. Validates first.
    static qint64 save(WriteTransaction &tx, const ApprovalItem &item);

    // The settings dialog's write path: checks the item (checkEdited), then saves it in one audited transaction
    // that needs settings.edit. isNew: the code must be free; otherwise the item must exist.
    static qint64 saveEdited(Database &db, const Actor &actor, const ApprovalItem &item, bool isNew);
    // Throws cl::Error(Invalid) with the first rule an edited item breaks: a free code for a new item, at least one
    // supervising department and material, 容缺 only with a secondary material, no commitment or 容缺 on an excluded
    // item, a verification period of at least one day, a sample rate above 0 and at most 100 %.
    static void checkEdited(const QSqlDatabase &db, const ApprovalItem &item, bool isNew);
    // Items are never deleted (applications refer to them); an inactive item is no longer offered at the window.
    static void setActive(Database &db, const Actor &actor, const QString &code, bool active);

    static QString categoryLabel(const QString &category);
    static QString verifyMethodLabel(const QString &method);
    static QStringList verifyMethods();
    static QStringList categories();
};

} // namespace cl
