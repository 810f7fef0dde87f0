#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace cl {

// The five validation levels of DOMAIN.md §2, reported in this order.
enum class UsccLevel { Format, Checksum18, Org17, Table, Region };

struct UsccFinding
{
    UsccLevel level;
    bool error;       // FORMAT and CHECKSUM18 are errors; the rest are warnings
    QString message;  // translated

    static QString levelCode(UsccLevel level);  // "FORMAT", "CHECKSUM18", ...
};

struct UsccResult
{
    QString input;
    QString normalized;
    bool valid = false;               // no error-level finding
    bool verifiedHistorical = false;  // fails CHECKSUM18 but is on the audited list
    QList<UsccFinding> findings;

    bool hasWarnings() const;
};

// Unified social credit code validation (GB 32100-2015, pos 17 per GB 11714). The checks are
// fixed national rules; the division table and the verified-historical list are data, loaded
// once (fromDatabase) so a million-row import validates in memory.
class UsccValidator
{
    Q_DECLARE_TR_FUNCTIONS(UsccValidator)

public:
    struct Division
    {
        QString name;
        bool childrenUnlisted = false;
    };

    UsccValidator() = default;
    UsccValidator(QSet<QString> verifiedCodes, QHash<QString, Division> divisions);
    static UsccValidator fromDatabase(const QSqlDatabase &db);

    UsccResult check(const QString &input) const;
    // Fast path for bulk work: normalised code and whether it is acceptable (no error).
    bool isAcceptable(const QString &normalized) const;

    // Trim, full-width → half-width, upper case.
    static QString normalize(const QString &input);
    static bool isFormatValid(const QString &normalized);
    // Check characters; a null QChar when the input holds a character outside the set.
    static QChar checkChar18(QStringView first17);
    static QChar checkChar17(QStringView body8);
    static bool isKnownTypePair(QChar authority, QChar type);
    // "91370681MA3P7K2Q" + computed pos 17 and 18: used by the demo generator and tests.
    static QString complete(const QString &first16);
    // Entity kind implied by positions 1-2 (enterprise, individual, cooperative, institution, social_org, other).
    static QString entityKind(const QString &normalized);

    bool isKnownDivision(const QString &code6) const;
    QString divisionName(const QString &code6) const;

private:
    QSet<QString> m_verified;
    QHash<QString, Division> m_divisions;
};

} // namespace cl
