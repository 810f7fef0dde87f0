#include "Entity.h"

#include "credit/IdCardValidator.h"

#include <QCoreApplication>

namespace cl {

QJsonObject Entity::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("code_type"), codeType},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("legal_rep"), legalRep},
                  {QStringLiteral("industry"), industryName},
                  {QStringLiteral("town"), townName},
                  {QStringLiteral("address"), address},
                  {QStringLiteral("registered_on"), registeredOn.isValid() ? registeredOn.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("status"), status}};
    // Only when recorded, so the documents of entities without one stay as they were.
    if (!legalRepIdNo.isEmpty())
        o.insert(QStringLiteral("legal_rep_id_masked"), IdCardValidator::mask(legalRepIdNo));
    return o;
}

QJsonObject Entity::toAuditJson() const
{
    QJsonObject o = toJson();
    if (!legalRepIdNo.isEmpty())
        o.insert(QStringLiteral("legal_rep_id_no"), legalRepIdNo);
    return o;
}

QStringList Entity::kinds()
{
    return {QStringLiteral("enterprise"), QStringLiteral("individual"), QStringLiteral("cooperative"), QStringLiteral("institution"),
            QStringLiteral("social_org"), QStringLiteral("natural_person"), QStringLiteral("other")};
}

QString Entity::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("enterprise")) return QCoreApplication::translate("cl::Entity", "Enterprise");
    if (kind == QLatin1String("individual")) return QCoreApplication::translate("cl::Entity", "Individual business");
    if (kind == QLatin1String("cooperative")) return QCoreApplication::translate("cl::Entity", "Farmers' cooperative");
    if (kind == QLatin1String("institution")) return QCoreApplication::translate("cl::Entity", "Public institution");
    if (kind == QLatin1String("social_org")) return QCoreApplication::translate("cl::Entity", "Social organisation");
    if (kind == QLatin1String("natural_person")) return QCoreApplication::translate("cl::Entity", "Natural person");
    return QCoreApplication::translate("cl::Entity", "Other");
}

QString Entity::statusLabel(const QString &status)
{
    if (status == QLatin1String("active")) return QCoreApplication::translate("cl::Entity", "Active");
    if (status == QLatin1String("revoked")) return QCoreApplication::translate("cl::Entity", "Licence revoked");
    if (status == QLatin1String("cancelled")) return QCoreApplication::translate("cl::Entity", "Deregistered");
    if (status == QLatin1String("closed")) return QCoreApplication::translate("cl::Entity", "Closed");
    return status;
}

} // namespace cl
