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
    const char *context = "cl::Role";
    if (code == QLatin1String("clerk"))
        return QCoreApplication::translate(context, "Window clerk");
    if (code == QLatin1String("supervisor"))
        return QCoreApplication::translate(context, "Supervision officer");
    if (code == QLatin1String("enforcer"))
        return QCoreApplication::translate(context, "Enforcement officer");
    if (code == QLatin1String("manager"))
        return QCoreApplication::translate(context, "Manager");
    if (code == QLatin1String("admin"))
        return QCoreApplication::translate(context, "Administrator");
    return code;
}

} // namespace cl
