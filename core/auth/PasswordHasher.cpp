#include "PasswordHasher.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <sodium.h>

namespace cl {

namespace {
void ensureSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw Error(ErrorKind::Database, QCoreApplication::translate("cl::PasswordHasher", "The cryptography library could not start."));
}
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(ErrorKind::Database,
                    QCoreApplication::translate("cl::PasswordHasher", "Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace cl
