#include "Authorizer.h"

#include "Actor.h"
#include "Role.h"
#include "common/Error.h"
#include "db/SqlUtil.h"

namespace cl {

namespace {
enum class Verdict { Allowed, UsersExist, Inactive, Denied };

Verdict judge(const QSqlDatabase &db, const Actor &actor, Permission p)
{
    if (actor.isBootstrap())
        return sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM users)")).toBool() ? Verdict::UsersExist
                                                                                                : Verdict::Allowed;
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT u.active, EXISTS(SELECT 1 FROM role_permissions rp "
                                           "WHERE rp.role = u.role AND rp.permission = ?) FROM users u WHERE u.id = ?"),
                            {permissionCode(p), actor.userId});
    if (!q.next() || !q.value(0).toBool())
        return Verdict::Inactive;
    return q.value(1).toBool() ? Verdict::Allowed : Verdict::Denied;
}
} // namespace

bool Authorizer::allowed(const QSqlDatabase &db, const Actor &actor, Permission p)
{
    return judge(db, actor, p) == Verdict::Allowed;
}

void Authorizer::require(const QSqlDatabase &db, const Actor &actor, Permission p)
{
    switch (judge(db, actor, p)) {
    case Verdict::Allowed:
        return;
    case Verdict::UsersExist:
        throw Error(ErrorKind::Permission,
                    tr("This database has users: sign in first (in the command line: --user NAME, with the password in "
                       "CREDITLOOP_PASSWORD or typed at the prompt)."));
    case Verdict::Inactive:
        throw Error(ErrorKind::Permission, tr("The user %1 is disabled or no longer exists.").arg(actor.username));
    case Verdict::Denied:
        throw Error(ErrorKind::Permission,
                    tr("%1 (%2) may not %3. Ask an administrator if this is part of your work.")
                        .arg(actor.displayName, Role::label(actor.role), permissionLabel(p)));
    }
}

} // namespace cl
