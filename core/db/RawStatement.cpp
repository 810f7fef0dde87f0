#include "RawStatement.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace cl {

RawStatement::RawStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

void RawStatement::fail(int rc) const
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        throw Error(ErrorKind::Database,
                    QCoreApplication::translate("cl::sql", "The database is busy (another window or program is writing). Try again in a moment."),
                    text);
    throw Error(ErrorKind::Database, QCoreApplication::translate("cl::sql", "A database operation failed: %1").arg(text),
                m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)) : QString());
}

RawStatement &RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

RawStatement &RawStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

RawStatement &RawStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

RawStatement &RawStatement::bindText(int index, const char *utf8, qsizetype size)
{
    sqlite3_bind_text(m_stmt, index, utf8, int(size), SQLITE_STATIC);
    return *this;
}

RawStatement &RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

RawStatement &RawStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

void RawStatement::run()
{
    while (step()) {
    }
    reset();
}

void RawStatement::runKeepingBindings()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void RawStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double RawStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString RawStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray RawStatement::bytes(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

int RawStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace cl
