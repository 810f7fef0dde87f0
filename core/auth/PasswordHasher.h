#pragma once

#include <QString>

namespace cl {

// Argon2id password hashes (libsodium crypto_pwhash_str), self-describing and salted.
class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
};

} // namespace cl
