#include "DeferredIndexes.h"

#include "SqlUtil.h"

#include <QSqlQuery>
#include <exception>

namespace cl {

DeferredIndexes::DeferredIndexes(const QSqlDatabase &db, const QString &table)
    : m_db(db), m_table(table), m_uncaughtAtStart(std::uncaught_exceptions())
{
}

DeferredIndexes::~DeferredIndexes()
{
    if (dropped() && std::uncaught_exceptions() == m_uncaughtAtStart) {
        try {
            restore();
        } catch (...) {
            // A failure here fails the caller's commit instead: nothing to do in a destructor.
        }
    }
}

void DeferredIndexes::drop()
{
    if (dropped())
        return;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                                                 "AND sql IS NOT NULL ORDER BY name"),
                            {m_table});
    QStringList names, definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names))
        sql::exec(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
    m_definitions = definitions;
}

void DeferredIndexes::discard()
{
    m_definitions.clear();
}

void DeferredIndexes::restore()
{
    const QStringList definitions = std::exchange(m_definitions, {});
    for (const QString &definition : definitions)
        sql::exec(m_db, definition);
}

} // namespace cl
