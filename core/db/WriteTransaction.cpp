#include "WriteTransaction.h"

#include "Database.h"
#include "SqlUtil.h"
#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/Clock.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <sqlite3.h>

namespace cl {

WriteTransaction::WriteTransaction(Database &db, const Actor &actor, Permission permission)
    : m_db(db), m_actor(actor)
{
    const bool nested = db.raw() && sqlite3_get_autocommit(db.raw()) == 0;
    if (nested) {
        static QAtomicInt counter;
        m_savepoint = QStringLiteral("cl_sp_%1").arg(counter.fetchAndAddRelaxed(1));
        sql::exec(sql(), QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        // IMMEDIATE: take the write lock now, so two windows saving at once queue instead of failing late.
        sql::exec(sql(), QStringLiteral("BEGIN IMMEDIATE"));
        if (db.raw())
            m_changesAtBegin = sqlite3_total_changes64(db.raw());
    }
    m_open = true;
    try {
        Authorizer::require(sql(), m_actor, permission);
    } catch (...) {
        sql::exec(sql(), m_savepoint.isEmpty() ? QStringLiteral("ROLLBACK")
                                               : QStringLiteral("ROLLBACK TO ") + m_savepoint);
        if (!m_savepoint.isEmpty())
            sql::exec(sql(), QStringLiteral("RELEASE ") + m_savepoint);
        m_open = false;
        throw;
    }
}

bool WriteTransaction::unchangedSoFar() const
{
    return m_open && m_savepoint.isEmpty() && m_changesAtBegin >= 0 && sqlite3_total_changes64(m_db.raw()) == m_changesAtBegin;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery q(sql());
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

QSqlDatabase WriteTransaction::sql() const
{
    return m_db.sql();
}

qint64 WriteTransaction::audit(const QString &action, const QString &objectType, const QString &objectId,
                               const QJsonObject &before, const QJsonObject &after)
{
    return AuditLog::append(sql(), m_actor.auditName(), action, objectType, objectId, before, after);
}

void WriteTransaction::outbox(const QString &kind, const QString &recordKey, const QJsonObject &payload)
{
    sql::exec(sql(), QStringLiteral("INSERT INTO outbox(kind, record_key, payload, created_at) VALUES (?, ?, ?, ?)"),
              {kind, recordKey, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), Clock::nowIso()});
}

void WriteTransaction::commit()
{
    sql::exec(sql(), m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    m_open = false;
}

} // namespace cl
