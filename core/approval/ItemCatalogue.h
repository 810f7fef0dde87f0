#pragma once

#include "ApprovalItem.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace cl {

class WriteTransaction;

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

    static QString categoryLabel(const QString &category);
    static QString verifyMethodLabel(const QString &method);
    static QStringList verifyMethods();
    static QStringList categories();
};

} // namespace cl
