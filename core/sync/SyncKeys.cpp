#include "SyncKeys.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QRegularExpression>
#include <sodium.h>

namespace cl {

namespace {
void ensureSodium()
{
    if (sodium_init() < 0)
        throw Error(ErrorKind::Database, SyncKeys::tr("The cryptography library could not be initialised."));
}
} // namespace

QString SyncKeys::normalizeOffice(const QString &code)
{
    return code.trimmed().toUpper();
}

bool SyncKeys::isValidOffice(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,31}$"));
    return pattern.match(code).hasMatch();
}

QString SyncKeys::fingerprint(const QByteArray &publicKey)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(publicKey.constData()), quint64(publicKey.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), 8).toHex());
}

QString SyncKeys::init(Database &db, const Actor &actor, const QString &officeCode)
{
    const QString code = normalizeOffice(officeCode);
    if (!isValidOffice(code))
        throw Error(ErrorKind::Invalid,
                    tr("\"%1\" is not a valid office code: use 1 to 32 letters, digits or '-', e.g. LK-SPJ.").arg(officeCode));
    ensureSodium();
    WriteTransaction tx(db, actor, Permission::SyncRun);
    if (hasIdentity(tx.sql()))
        throw Error(ErrorKind::Refused,
                    tr("This database already has the sync keys of office %1. A new key pair would make every other "
                       "office refuse its packages; keep the existing one.").arg(SyncKeys::office(tx.sql())));
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    const QByteArray publicKey(reinterpret_cast<const char *>(pk), sizeof pk);
    QByteArray secret(reinterpret_cast<const char *>(sk), sizeof sk);
    sodium_memzero(sk, sizeof sk);
    const QString pub = QString::fromLatin1(publicKey.toBase64());
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO sync_identity(id, office, public_key, secret_key, created_at) VALUES (1, ?, ?, ?, ?)"),
              {code, pub, secret, Clock::nowIso()});
    sodium_memzero(secret.data(), size_t(secret.size()));
    // The audit entry names the public key only.
    tx.audit(QStringLiteral("sync.keys_init"), QStringLiteral("sync_identity"), code, {},
             {{QStringLiteral("office"), code}, {QStringLiteral("public_key"), pub}, {QStringLiteral("fingerprint"), fingerprint(publicKey)}});
    tx.commit();
    return pub;
}

bool SyncKeys::hasIdentity(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM sync_identity")).toInt() > 0;
}

QString SyncKeys::office(const QSqlDatabase &db)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT office FROM sync_identity WHERE id = 1"));
    if (!v.isValid())
        throw Error(ErrorKind::Refused,
                    tr("This database has no sync keys yet. Create them first (command line: keys init --office CODE; "
                       "or on the 同步 page)."));
    return v.toString();
}

QString SyncKeys::publicKey(const QSqlDatabase &db)
{
    office(db);  // the same message when missing
    return sql::scalar(db, QStringLiteral("SELECT public_key FROM sync_identity WHERE id = 1")).toString();
}

QString SyncKeys::trust(Database &db, const Actor &actor, const QString &senderCode, const QString &publicKeyBase64)
{
    const QString sender = normalizeOffice(senderCode);
    if (!isValidOffice(sender))
        throw Error(ErrorKind::Invalid,
                    tr("\"%1\" is not a valid office code: use 1 to 32 letters, digits or '-', e.g. LK-SPJ.").arg(senderCode));
    const QByteArray key = QByteArray::fromBase64(publicKeyBase64.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != crypto_sign_PUBLICKEYBYTES)
        throw Error(ErrorKind::Invalid,
                    tr("This is not an Ed25519 public key (expected 44 characters of base64, as printed by keys export "
                       "at the other office)."));
    WriteTransaction tx(db, actor, Permission::SyncRun);
    const QString before = sql::scalar(tx.sql(), QStringLiteral("SELECT public_key FROM sync_trusted_keys WHERE sender = ?"), {sender}).toString();
    const QString normalized = QString::fromLatin1(key.toBase64());
    sql::exec(tx.sql(),
              QStringLiteral("INSERT INTO sync_trusted_keys(sender, public_key, added_by, added_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(sender) DO UPDATE SET public_key = excluded.public_key, added_by = excluded.added_by, "
                             "added_at = excluded.added_at"),
              {sender, normalized, actor.auditName(), Clock::nowIso()});
    QJsonObject beforeJson;
    if (!before.isEmpty())
        beforeJson.insert(QStringLiteral("public_key"), before);
    tx.audit(QStringLiteral("sync.keys_trust"), QStringLiteral("sync_trusted_key"), sender, beforeJson,
             {{QStringLiteral("public_key"), normalized}, {QStringLiteral("fingerprint"), fingerprint(key)}});
    tx.commit();
    return fingerprint(key);
}

QList<TrustedKey> SyncKeys::trusted(const QSqlDatabase &db)
{
    QList<TrustedKey> out;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT sender, public_key, added_by, added_at FROM sync_trusted_keys ORDER BY sender"));
    while (q.next()) {
        TrustedKey k{q.value(0).toString(), q.value(1).toString(), {}, q.value(2).toString(), q.value(3).toString()};
        k.fingerprint = fingerprint(QByteArray::fromBase64(k.publicKey.toLatin1()));
        out << k;
    }
    return out;
}

QByteArray SyncKeys::trustedKey(const QSqlDatabase &db, const QString &sender)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT public_key FROM sync_trusted_keys WHERE sender = ?"), {sender});
    return v.isValid() ? QByteArray::fromBase64(v.toString().toLatin1()) : QByteArray();
}

QByteArray SyncKeys::sign(const QSqlDatabase &db, const QByteArray &message)
{
    ensureSodium();
    office(db);
    QByteArray secret = sql::scalar(db, QStringLiteral("SELECT secret_key FROM sync_identity WHERE id = 1")).toByteArray();
    if (secret.size() != crypto_sign_SECRETKEYBYTES)
        throw Error(ErrorKind::Database, tr("The stored sync key of this office is damaged; packages cannot be signed."));
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secret.constData()));
    sodium_memzero(secret.data(), size_t(secret.size()));
    return signature;
}

bool SyncKeys::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace cl
