#include "ReferenceData.h"

#include "db/SqlUtil.h"
#include "registry/SearchText.h"

namespace cl {

namespace {
QList<NamedRow> rows(const QSqlDatabase &db, const QString &statement)
{
    QList<NamedRow> out;
    QSqlQuery q = sql::exec(db, statement);
    while (q.next())
        out << NamedRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return out;
}
} // namespace

QList<NamedRow> ReferenceData::departments(const QSqlDatabase &db)
{
    return rows(db, QStringLiteral("SELECT id, coalesce(default_scheme, ''), name FROM departments WHERE active = 1 ORDER BY id"));
}

QList<NamedRow> ReferenceData::towns(const QSqlDatabase &db)
{
    return rows(db, QStringLiteral("SELECT id, kind, name FROM towns ORDER BY id"));
}

QList<NamedRow> ReferenceData::industries(const QSqlDatabase &db)
{
    return rows(db, QStringLiteral("SELECT id, code, name FROM industries ORDER BY code"));
}

QString ReferenceData::normalizeName(const QString &name)
{
    // Department names are compared without blanks and without full/half-width differences.
    QString n = SearchText::normalize(name);
    n.remove(QLatin1Char(' '));
    return n;
}

QHash<QString, qint64> ReferenceData::departmentLookup(const QSqlDatabase &db)
{
    QHash<QString, qint64> lookup;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT name, id FROM departments UNION ALL "
                                               "SELECT alias, department_id FROM department_aliases"));
    while (q.next())
        lookup.insert(normalizeName(q.value(0).toString()), q.value(1).toLongLong());
    return lookup;
}

qint64 ReferenceData::departmentIdByName(const QSqlDatabase &db, const QString &nameOrAlias)
{
    return departmentLookup(db).value(normalizeName(nameOrAlias), 0);
}

} // namespace cl
