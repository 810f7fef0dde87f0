#include "AuditLog.h"

#include "common/Clock.h"
#include "db/SqlUtil.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace cl {

namespace {
QString toText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.objectType = q.value(4).toString();
    e.objectId = q.value(5).toString();
    e.before = q.value(6).toString();
    e.after = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

const QString selectColumns = QStringLiteral(
    "SELECT seq, at, actor, action, object_type, object_id, before, after, prev_hash, hash FROM audit_log ");
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLog::canonical(const AuditEntry &e)
{
    // QJsonObject orders keys, so the text is the same wherever it is computed.
    QJsonObject o{{QStringLiteral("seq"), e.seq},
                  {QStringLiteral("at"), e.at},
                  {QStringLiteral("actor"), e.actor},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("object_type"), e.objectType},
                  {QStringLiteral("object_id"), e.objectId},
                  {QStringLiteral("before"), e.before},
                  {QStringLiteral("after"), e.after}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString AuditLog::chainHash(const QString &prevHash, const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonical(e));
    return QString::fromLatin1(h.result().toHex());
}

qint64 AuditLog::append(const QSqlDatabase &db, const QString &actor, const QString &action,
                        const QString &objectType, const QString &objectId,
                        const QJsonObject &before, const QJsonObject &after)
{
    QSqlQuery last = sql::exec(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    AuditEntry e;
    e.seq = 1;
    e.prevHash = genesisHash();
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    e.at = Clock::nowIso();
    e.actor = actor;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.before = toText(before);
    e.after = toText(after);
    e.hash = chainHash(e.prevHash, e);

    sql::exec(db,
              QStringLiteral("INSERT INTO audit_log(seq, at, actor, action, object_type, object_id, before, after, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {e.seq, e.at, e.actor, e.action, e.objectType, e.objectId,
               e.before.isEmpty() ? QVariant() : QVariant(e.before), e.after.isEmpty() ? QVariant() : QVariant(e.after),
               e.prevHash, e.hash});
    sql::exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('audit_head', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {QString::number(e.seq) + QLatin1Char(':') + e.hash});
    return e.seq;
}

AuditLog::Verification AuditLog::verify(const QSqlDatabase &db)
{
    Verification v;
    QSqlQuery q = sql::exec(db, selectColumns + QStringLiteral("ORDER BY seq"));
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    auto fail = [&v](qint64 seq, const QString &reason) {
        v.ok = false;
        v.firstBadSeq = seq;
        v.reason = reason;
        return v;
    };
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        if (e.seq != expectedSeq)
            return fail(expectedSeq, tr("Entry %1 is missing (the next entry found is %2).").arg(expectedSeq).arg(e.seq));
        if (e.prevHash != expectedPrev)
            return fail(e.seq, tr("Entry %1 does not link to the entry before it.").arg(e.seq));
        if (chainHash(e.prevHash, e) != e.hash)
            return fail(e.seq, tr("Entry %1 was changed after it was written (its content does not match its hash).").arg(e.seq));
        expectedPrev = e.hash;
        ++expectedSeq;
        ++v.checked;
    }
    const QString head = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")).toString();
    const QString actualHead = v.checked == 0 ? QString() : QString::number(v.checked) + QLatin1Char(':') + expectedPrev;
    if (head != actualHead) {
        const qint64 headSeq = head.section(QLatin1Char(':'), 0, 0).toLongLong();
        return fail(qMax<qint64>(1, qMin(headSeq, v.checked + 1)),
                    tr("The log ends at entry %1 but its recorded head is entry %2: entries were removed from the end.")
                        .arg(v.checked).arg(headSeq));
    }
    return v;
}

QList<AuditEntry> AuditLog::entries(const QSqlDatabase &db, const QString &objectId, int limit)
{
    QSqlQuery q = objectId.isEmpty()
        ? sql::exec(db, selectColumns + QStringLiteral("ORDER BY seq DESC LIMIT ?"), {limit})
        : sql::exec(db, selectColumns + QStringLiteral("WHERE object_id = ? ORDER BY seq DESC LIMIT ?"), {objectId, limit});
    QList<AuditEntry> out;
    while (q.next())
        out << readEntry(q);
    return out;
}

} // namespace cl
