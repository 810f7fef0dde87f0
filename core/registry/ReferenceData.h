#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cl {

struct NamedRow
{
    qint64 id = 0;
    QString code;   // industries: code; departments: default scheme; towns: kind
    QString name;
};

// Departments (with aliases), towns/streets and industry fields: small tables read whole.
class ReferenceData
{
public:
    static QList<NamedRow> departments(const QSqlDatabase &db);
    static QList<NamedRow> towns(const QSqlDatabase &db);
    static QList<NamedRow> industries(const QSqlDatabase &db);
    // Department id by name or alias, ignoring surrounding blanks and full/half-width differences; 0 if unknown.
    static qint64 departmentIdByName(const QSqlDatabase &db, const QString &nameOrAlias);
    // name-or-alias (normalised) → department id, for bulk lookups.
    static QHash<QString, qint64> departmentLookup(const QSqlDatabase &db);
    static QString normalizeName(const QString &name);
};

} // namespace cl
