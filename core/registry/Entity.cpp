#include "Entity.h"

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
    return o;
}

QStringList Entity::kinds()
{
    return {QStringLiteral("enterprise"), QStringLiteral("individual"), QStringLiteral("cooperative"), QStringLiteral("institution"),
            QStringLiteral("social_org"), QStringLiteral("natural_person"), QStringLiteral("other")};
}

QString Entity::kindLabel(const QString &kind)
{
    const char *c = "cl::Entity";
    if (kind == QLatin1String("enterprise")) return QCoreApplication::translate(c, "Enterprise");
    if (kind == QLatin1String("individual")) return QCoreApplication::translate(c, "Individual business");
    if (kind == QLatin1String("cooperative")) return QCoreApplication::translate(c, "Farmers' cooperative");
    if (kind == QLatin1String("institution")) return QCoreApplication::translate(c, "Public institution");
    if (kind == QLatin1String("social_org")) return QCoreApplication::translate(c, "Social organisation");
    if (kind == QLatin1String("natural_person")) return QCoreApplication::translate(c, "Natural person");
    return QCoreApplication::translate(c, "Other");
}

QString Entity::statusLabel(const QString &status)
{
    const char *c = "cl::Entity";
    if (status == QLatin1String("active")) return QCoreApplication::translate(c, "Active");
    if (status == QLatin1String("revoked")) return QCoreApplication::translate(c, "Licence revoked");
    if (status == QLatin1String("cancelled")) return QCoreApplication::translate(c, "Deregistered");
    if (status == QLatin1String("closed")) return QCoreApplication::translate(c, "Closed");
    return status;
}

} // namespace cl
