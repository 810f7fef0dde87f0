#include "Role.h"

#include <QCoreApplication>

namespace cl {

QStringList Role::codes()
{
    return {QStringLiteral("clerk"), QStringLiteral("supervisor"), QStringLiteral("enforcer"),
            QStringLiteral("manager"), QStringLiteral("admin")};
}

bool Role::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString Role::label(const QString &code)
{
    if (code == QLatin1String("clerk"))
        return QCoreApplication::translate("cl::Role", "Window clerk");
    if (code == QLatin1String("supervisor"))
        return QCoreApplication::translate("cl::Role", "Supervision officer");
    if (code == QLatin1String("enforcer"))
        return QCoreApplication::translate("cl::Role", "Enforcement officer");
    if (code == QLatin1String("manager"))
        return QCoreApplication::translate("cl::Role", "Manager");
    if (code == QLatin1String("admin"))
        return QCoreApplication::translate("cl::Role", "Administrator");
    return code;
}

} // namespace cl
