#include "SqlUtil.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cl::sql {

namespace {
[[noreturn]] void fail(const QSqlQuery &query, const QString &statement)
{
    const QSqlError error = query.lastError();
    const QString native = error.nativeErrorCode();
    // SQLITE_BUSY (5) / SQLITE_LOCKED (6): another program holds the write lock past busy_timeout.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        throw Error(ErrorKind::Database,
                    QCoreApplication::translate("cl::sql", "The database is busy (another window or program is writing). Try again in a moment."),
                    error.text());
    throw Error(ErrorKind::Database,
                QCoreApplication::translate("cl::sql", "A database operation failed: %1").arg(error.databaseText()),
                statement + QLatin1String(" :: ") + error.text());
}
} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query, statement);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.size() == 0) {
        if (!query.exec(statement))
            fail(query, statement);
        return query;
    }
    if (!query.prepare(statement))
        fail(query, statement);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        fail(query, statement);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace cl::sql
