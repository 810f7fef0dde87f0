#include "MultiRowInsert.h"

namespace cl {

MultiRowInsert::MultiRowInsert(sqlite3 *db, QByteArray head, QByteArray row, int perRow, int shared, QByteArray tail,
                               std::function<void(RawStatement &)> bindShared)
    : m_db(db), m_head(std::move(head)), m_row(std::move(row)), m_tail(std::move(tail)), m_perRow(perRow), m_shared(shared),
      m_bindShared(std::move(bindShared))
{
}

MultiRowInsert::~MultiRowInsert() = default;

RawStatement &MultiRowInsert::statement(int n)
{
    Q_ASSERT(n >= 1 && n <= Chunk);
    std::unique_ptr<RawStatement> &s = m_statements[n - 1];
    if (!s) {
        QByteArray sql = m_head;
        for (int i = 0; i < n; ++i) {
            if (i)
                sql += ", ";
            for (qsizetype c = 0; c < m_row.size(); ++c) {
                if (m_row.at(c) != '$') {
                    sql += m_row.at(c);
                    continue;
                }
                int k = 0;
                while (c + 1 < m_row.size() && m_row.at(c + 1) >= '0' && m_row.at(c + 1) <= '9')
                    k = k * 10 + (m_row.at(++c) - '0');
                sql += '?' + QByteArray::number(param(i, k));
            }
        }
        sql += m_tail;
        s = std::make_unique<RawStatement>(m_db, sql.constData());
        if (m_bindShared)
            m_bindShared(*s);
    }
    return *s;
}

} // namespace cl
