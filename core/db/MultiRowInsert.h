#pragma once

#include "RawStatement.h"

#include <QByteArray>
#include <functional>
#include <memory>

struct sqlite3;

namespace cl {

// The INSERT statements of a bulk writer that puts up to Chunk rows in one statement: each
// execution of a statement opens a cursor per table and index and runs the statement prologue,
// which at one row per statement costs about as much as the B-tree work (measured on the grade
// import and the sync apply). One statement per row count, prepared when first needed (a chunk is
// short at the end of a batch).
//
// The SQL is head + n copies of the row tuple + tail. In the row tuple "$k" (k = 0, 1, …) is the
// row's k-th value; "?1" … "?shared" are parameters every row shares, bound once per statement by
// bindShared. E.g. head "INSERT OR FAIL INTO t(a, b, c) VALUES ", row "($0, $1, ?1)", perRow 2,
// shared 1.
class MultiRowInsert
{
public:
    static constexpr int Chunk = 16;

    MultiRowInsert(sqlite3 *db, QByteArray head, QByteArray row, int perRow, int shared = 0, QByteArray tail = {},
                   std::function<void(RawStatement &)> bindShared = {});
    ~MultiRowInsert();
    MultiRowInsert(const MultiRowInsert &) = delete;
    MultiRowInsert &operator=(const MultiRowInsert &) = delete;

    // The statement for n rows (1 ≤ n ≤ Chunk).
    RawStatement &statement(int n);
    // The parameter index of row i's k-th value.
    int param(int row, int k) const { return m_shared + 1 + m_perRow * row + k; }

private:
    sqlite3 *m_db;
    QByteArray m_head, m_row, m_tail;
    int m_perRow;
    int m_shared;
    std::function<void(RawStatement &)> m_bindShared;
    std::unique_ptr<RawStatement> m_statements[Chunk];
};

} // namespace cl
