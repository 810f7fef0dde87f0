#pragma once

#include "Permission.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cl {

struct Actor;

// The one permission check of core. Reads the current state of the user (active, role) and
// the role_permissions table, so disabling a user or changing a role takes effect at once.
class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(Authorizer)

public:
    static bool allowed(const QSqlDatabase &db, const Actor &actor, Permission p);
    // Throws cl::Error(Permission) with a message naming the user, role and action.
    static void require(const QSqlDatabase &db, const Actor &actor, Permission p);
};

} // namespace cl
