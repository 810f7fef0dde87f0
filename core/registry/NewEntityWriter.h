#pragma once

#include "db/MultiRowInsert.h"

#include <QByteArray>
#include <QByteArrayView>

struct sqlite3;

namespace cl {

// An entity a bulk writer creates: UTF-8 views that stay valid until NewEntityWriter::write returns.
struct NewEntity
{
    qint64 id = 0;  // assigned by the caller: NewEntityWriter::nextId() onwards, in the order first seen
    QByteArrayView code;
    QByteArrayView codeType;  // USCC or ID_CARD
    QByteArrayView name;
    QByteArrayView kind;
    QByteArrayView grams;  // SearchText::grams(name)
    qint64 industryId = 0;  // 0: none
};

// Creates entities in bulk, as the grade import and the sync apply do for the codes a file or a
// package names and the store does not know: the rows Chunk at a time in multi-row INSERT OR FAIL
// statements (no statement journal; any failure fails the caller's transaction anyway), then their
// name-search grams one row per statement (a multi-row statement on the FTS5 table would flush its
// pending index at every statement). The ids are the caller's, as SQLite would give them: the
// caller is the only one creating entities until it has written them.
class NewEntityWriter
{
public:
    // now: the created_at / updated_at timestamp (ISO 8601).
    NewEntityWriter(sqlite3 *db, const QString &now);

    // The id the next entity gets (max(id) + 1).
    static qint64 nextId(sqlite3 *db);

    void write(const NewEntity *entities, qsizetype count);

private:
    QByteArray m_now;
    MultiRowInsert m_insert;
    RawStatement m_addGrams;
};

} // namespace cl
