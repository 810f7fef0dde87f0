#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cl {

struct Actor;

struct AuditEntry
{
    qint64 seq = 0;
    QString at;
    QString actor;
    QString action;
    QString objectType;
    QString objectId;
    QString before;  // compact JSON or empty
    QString after;
    QString prevHash;
    QString hash;
};

// Append-only, hash-chained log: hash = SHA-256(prev_hash || canonical entry). The head
// (last seq and hash) is also kept in meta, so cutting entries off the end is noticed.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Verification
    {
        bool ok = true;
        qint64 checked = 0;
        qint64 firstBadSeq = 0;  // 0 when ok
        QString reason;          // translated
    };

    // Must run inside the caller's transaction (WriteTransaction does this).
    static qint64 append(const QSqlDatabase &db, const QString &actor, const QString &action,
                         const QString &objectType, const QString &objectId,
                         const QJsonObject &before, const QJsonObject &after);
    static Verification verify(const QSqlDatabase &db);
    // Newest first; objectId empty = all objects.
    static QList<AuditEntry> entries(const QSqlDatabase &db, const QString &objectId = {}, int limit = 100);

    static QByteArray canonical(const AuditEntry &e);
    static QString chainHash(const QString &prevHash, const AuditEntry &e);
    static QString genesisHash();
};

} // namespace cl
