#include "Actor.h"

#include <QtGlobal>

namespace cl {

QString Actor::auditName() const
{
    return isBootstrap() ? QStringLiteral("local:") + username : username;
}

Actor Actor::bootstrap()
{
    Actor a;
    QString osUser = qEnvironmentVariable("USER");
    if (osUser.isEmpty())
        osUser = qEnvironmentVariable("USERNAME");
    a.username = osUser.isEmpty() ? QStringLiteral("setup") : osUser;
    a.displayName = a.username;
    a.role = QStringLiteral("admin");
    return a;
}

} // namespace cl
