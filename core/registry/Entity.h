#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace cl {

// A market entity (市场主体): enterprise, individual business, cooperative, institution, person.
struct Entity
{
    qint64 id = 0;
    QString code;                         // USCC (normalised) or ID-card number
    QString codeType = QStringLiteral("USCC");
    QString name;
    QString kind;                         // enterprise|individual|cooperative|institution|social_org|natural_person|other
    QString legalRep;
    QString legalRepIdNo;                 // the representative's resident ID card number (GB 11643), or empty
    qint64 industryId = 0;
    QString industryName;                 // filled on read
    qint64 townId = 0;
    QString townName;                     // filled on read
    QString address;
    QDate registeredOn;
    QString status = QStringLiteral("active");  // active|revoked|cancelled|closed
    QString light = QStringLiteral("grey");     // red|yellow|green|grey: as last computed, filled on read
    QString createdAt;
    QString updatedAt;

    // For display, command output and sync payloads: the representative's ID number masked.
    QJsonObject toJson() const;
    // For the audit log: as toJson() plus the full ID number (what exactly was changed).
    QJsonObject toAuditJson() const;
    static QStringList kinds();
    static QString kindLabel(const QString &kind);      // translated
    static QString statusLabel(const QString &status);  // translated
};

} // namespace cl
