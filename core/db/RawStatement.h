#pragma once

#include <QString>
#include <QByteArray>

struct sqlite3;
struct sqlite3_stmt;

namespace cl {

// A prepared statement on the raw SQLite handle, for hot bulk paths (imports, light
// recomputation) where QSqlQuery's per-row overhead is measurable. Errors throw cl::Error.
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    RawStatement &bind(int index, qint64 value);
    RawStatement &bind(int index, const QByteArray &utf8);  // the bytes must outlive step()
    RawStatement &bind(int index, const QString &text);     // copied
    // Not copied: the bytes must stay unchanged until the statement has stepped (bulk paths
    // bind from a buffer they own instead of paying a copy per value).
    RawStatement &bindText(int index, const char *utf8, qsizetype size);
    RawStatement &bindNull(int index);
    RawStatement &bindDouble(int index, double value);
    // true while a row is available; false when done.
    bool step();
    // Runs to completion (for INSERT/UPDATE) and resets.
    void run();
    // The same, keeping the bound values: for loops that rebind every changing parameter and
    // bind the constant ones once.
    void runKeepingBindings();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;

    int changes() const;
    qint64 lastInsertId() const;

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace cl
