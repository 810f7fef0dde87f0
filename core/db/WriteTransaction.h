#pragma once

#include "auth/Actor.h"
#include "auth/Permission.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace cl {

class Database;

// The audited write path of DESIGN.md §2. Constructing one checks the actor's permission and
// opens a write transaction (a savepoint when nested); audit() appends to the hash-chained log,
// outbox() records a change for sync; commit() makes it all durable at once. Destroyed without
// commit() (an exception, a cancel), it rolls everything back.
class WriteTransaction
{
public:
    WriteTransaction(Database &db, const Actor &actor, Permission permission);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    QSqlDatabase sql() const;
    // True while this transaction (not nested in another) has changed no row yet: another
    // connection then reads exactly what this one sees (no other writer can commit meanwhile).
    bool unchangedSoFar() const;
    Database &database() const { return m_db; }
    const Actor &actor() const { return m_actor; }

    qint64 audit(const QString &action, const QString &objectType, const QString &objectId,
                 const QJsonObject &before = {}, const QJsonObject &after = {});
    void outbox(const QString &kind, const QString &recordKey, const QJsonObject &payload);
    void commit();

private:
    Database &m_db;
    Actor m_actor;
    QString m_savepoint;  // empty: this object owns the outer transaction
    bool m_open = false;
    qint64 m_changesAtBegin = -1;  // sqlite3_total_changes64 when this (outer) transaction began
};

} // namespace cl
