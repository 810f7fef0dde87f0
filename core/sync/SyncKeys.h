#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cl {

class Database;
struct Actor;

// A sender that this office accepts packages from.
struct TrustedKey
{
    QString sender;
    QString publicKey;    // base64
    QString fingerprint;  // first 16 hex digits of SHA-256 of the key
    QString addedBy;
    QString addedAt;
};

// The office's Ed25519 identity (libsodium crypto_sign) and the keys it trusts (DESIGN.md §4).
// The secret key is created in the store and used there; nothing here returns, prints or logs it.
class SyncKeys
{
    Q_DECLARE_TR_FUNCTIONS(SyncKeys)

public:
    // Creates the key pair and names the office (the package sender). Refused when one exists.
    // Returns the public key (base64).
    static QString init(Database &db, const Actor &actor, const QString &office);
    static bool hasIdentity(const QSqlDatabase &db);
    // The office code; throws Refused with what to do when keys init has not run.
    static QString office(const QSqlDatabase &db);
    static QString publicKey(const QSqlDatabase &db);
    // Registers (or replaces) the public key of a sender; audited. Returns its fingerprint.
    static QString trust(Database &db, const Actor &actor, const QString &sender, const QString &publicKeyBase64);
    static QList<TrustedKey> trusted(const QSqlDatabase &db);
    // The trusted key of a sender (raw 32 bytes), empty when the sender is not trusted.
    static QByteArray trustedKey(const QSqlDatabase &db, const QString &sender);

    // Detached signature of message with this office's secret key.
    static QByteArray sign(const QSqlDatabase &db, const QByteArray &message);
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

    // Office codes: upper-case letters, digits and '-', 1–32 characters (they appear in file names).
    static QString normalizeOffice(const QString &code);
    static bool isValidOffice(const QString &code);
    static QString fingerprint(const QByteArray &publicKey);
};

} // namespace cl
