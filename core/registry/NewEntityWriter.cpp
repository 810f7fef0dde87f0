#include "NewEntityWriter.h"

#include <algorithm>

namespace cl {

namespace {

// Text, never NULL: a view of a null QByteArray has no data pointer, which SQLite would bind as NULL.
void bindView(RawStatement &s, int index, QByteArrayView text)
{
    s.bindText(index, text.data() ? text.data() : "", text.size());
}

} // namespace

NewEntityWriter::NewEntityWriter(sqlite3 *db, const QString &now)
    : m_now(now.toUtf8()),
      m_insert(db, "INSERT OR FAIL INTO entities(id, code, code_type, name, kind, industry_id, status, created_at, updated_at) VALUES ",
               "($0, $1, $2, $3, $4, $5, 'active', ?1, ?1)", 6, 1, {},
               [this](RawStatement &s) { s.bindText(1, m_now.constData(), m_now.size()); }),
      m_addGrams(db, "INSERT INTO entity_search(rowid, grams) VALUES (?, ?)")
{
}

qint64 NewEntityWriter::nextId(sqlite3 *db)
{
    RawStatement last(db, "SELECT coalesce(max(id), 0) + 1 FROM entities");
    last.step();
    return last.int64(0);
}

void NewEntityWriter::write(const NewEntity *entities, qsizetype count)
{
    for (qsizetype done = 0; done < count;) {
        const int n = int(std::min<qsizetype>(MultiRowInsert::Chunk, count - done));
        RawStatement &s = m_insert.statement(n);
        for (int i = 0; i < n; ++i) {
            const NewEntity &e = entities[done + i];
            s.bind(m_insert.param(i, 0), e.id);
            bindView(s, m_insert.param(i, 1), e.code);
            bindView(s, m_insert.param(i, 2), e.codeType);
            bindView(s, m_insert.param(i, 3), e.name);
            bindView(s, m_insert.param(i, 4), e.kind);
            e.industryId > 0 ? s.bind(m_insert.param(i, 5), e.industryId) : s.bindNull(m_insert.param(i, 5));
        }
        s.runKeepingBindings();
        done += n;
    }
    for (qsizetype i = 0; i < count; ++i) {
        m_addGrams.bind(1, entities[i].id);
        bindView(m_addGrams, 2, entities[i].grams);
        m_addGrams.runKeepingBindings();
    }
}

} // namespace cl
