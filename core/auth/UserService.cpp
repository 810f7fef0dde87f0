#include "UserService.h"

#include "Authorizer.h"
#include "PasswordHasher.h"
#include "Role.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QRegularExpression>

namespace cl {

namespace {
QJsonObject userJson(const QString &username, const QString &displayName, const QString &role, qint64 department, bool active)
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("role"), role},
            {QStringLiteral("department_id"), department},
            {QStringLiteral("active"), active}};
}

void checkPassword(const QString &password)
{
    if (password.size() < UserService::MinimumPasswordLength)
        throw Error(ErrorKind::Invalid,
                    UserService::tr("The password must have at least %1 characters.").arg(UserService::MinimumPasswordLength));
}
} // namespace

bool UserService::hasUsers() const
{
    return sql::scalar(m_db.sql(), QStringLiteral("SELECT EXISTS(SELECT 1 FROM users)")).toBool();
}

Actor UserService::login(const QString &username, const QString &password)
{
    QSqlQuery q = sql::exec(m_db.sql(),
                            QStringLiteral("SELECT id, username, display_name, role, coalesce(department_id, 0), password_hash, active "
                                           "FROM users WHERE username = ?"),
                            {username.trimmed()});
    // One message for unknown user and wrong password: the screen must not confirm which names exist.
    const Error refused(ErrorKind::Permission, tr("The user name or the password is wrong."));
    if (!q.next())
        throw refused;
    if (!PasswordHasher::verify(q.value(5).toString(), password))
        throw refused;
    if (!q.value(6).toBool())
        throw Error(ErrorKind::Permission, tr("The user %1 is disabled. Ask an administrator.").arg(q.value(1).toString()));
    Actor a;
    a.userId = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = q.value(3).toString();
    a.departmentId = q.value(4).toLongLong();

    WriteTransaction tx(m_db, a, Permission::EntityView);
    sql::exec(tx.sql(), QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"), {Clock::nowIso(), a.userId});
    tx.audit(QStringLiteral("user.login"), QStringLiteral("user"), a.username);
    tx.commit();
    return a;
}

qint64 UserService::addUser(const Actor &actor, const NewUser &user)
{
    const QString username = user.username.trimmed();
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!validName.match(username).hasMatch())
        throw Error(ErrorKind::Invalid,
                    tr("The user name \"%1\" is not allowed: use 2 to 32 letters, digits, dots, dashes or underscores.")
                        .arg(username));
    if (!Role::isKnown(user.role))
        throw Error(ErrorKind::Invalid, tr("Unknown role \"%1\". Roles: %2.").arg(user.role, Role::codes().join(QStringLiteral(", "))));
    if (user.role == QLatin1String("supervisor") && user.departmentId <= 0)
        throw Error(ErrorKind::Invalid, tr("A supervision officer belongs to a department: choose one."));
    checkPassword(user.password);
    const QString hash = PasswordHasher::hash(user.password);

    WriteTransaction tx(m_db, actor, Permission::UserManage);
    if (actor.isBootstrap() && user.role != QLatin1String("admin"))
        throw Error(ErrorKind::Refused, tr("The first user must be an administrator."));
    if (sql::scalar(tx.sql(), QStringLiteral("SELECT id FROM users WHERE username = ?"), {username}).isValid())
        throw Error(ErrorKind::Refused, tr("The user name %1 is already taken.").arg(username));
    if (user.departmentId > 0 && !sql::scalar(tx.sql(), QStringLiteral("SELECT id FROM departments WHERE id = ?"), {user.departmentId}).isValid())
        throw Error(ErrorKind::Invalid, tr("Unknown department."));
    const QString displayName = user.displayName.trimmed().isEmpty() ? username : user.displayName.trimmed();
    QSqlQuery insert = sql::exec(tx.sql(),
                                 QStringLiteral("INSERT INTO users(username, display_name, role, department_id, password_hash, is_demo, created_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {username, displayName, user.role,
                                  user.departmentId > 0 ? QVariant(user.departmentId) : QVariant(), hash,
                                  user.isDemo ? 1 : 0, Clock::nowIso()});
    const qint64 id = insert.lastInsertId().toLongLong();
    QJsonObject after = userJson(username, displayName, user.role, user.departmentId, true);
    after.insert(QStringLiteral("demo"), user.isDemo);
    tx.audit(QStringLiteral("user.add"), QStringLiteral("user"), username, {}, after);
    tx.commit();
    return id;
}

void UserService::changePassword(const Actor &actor, const QString &username, const QString &newPassword)
{
    checkPassword(newPassword);
    const QString hash = PasswordHasher::hash(newPassword);
    const bool own = !actor.isBootstrap() && actor.username.compare(username, Qt::CaseInsensitive) == 0;
    // Everyone may change their own password; changing another's is user management.
    WriteTransaction tx(m_db, actor, own ? Permission::EntityView : Permission::UserManage);
    QSqlQuery q = sql::exec(tx.sql(), QStringLiteral("UPDATE users SET password_hash = ? WHERE username = ?"), {hash, username});
    if (q.numRowsAffected() != 1)
        throw Error(ErrorKind::NotFound, tr("There is no user %1.").arg(username));
    tx.audit(QStringLiteral("user.passwd"), QStringLiteral("user"), username);
    tx.commit();
}

void UserService::setActive(const Actor &actor, const QString &username, bool active)
{
    WriteTransaction tx(m_db, actor, Permission::UserManage);
    QSqlQuery q = sql::exec(tx.sql(), QStringLiteral("SELECT display_name, role, coalesce(department_id, 0), active FROM users WHERE username = ?"),
                            {username});
    if (!q.next())
        throw Error(ErrorKind::NotFound, tr("There is no user %1.").arg(username));
    const QString displayName = q.value(0).toString(), role = q.value(1).toString();
    const qint64 department = q.value(2).toLongLong();
    const bool wasActive = q.value(3).toBool();
    if (!active && role == QLatin1String("admin")
        && sql::scalar(tx.sql(), QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND username <> ?"), {username})
               .toInt() == 0)
        throw Error(ErrorKind::Refused, tr("%1 is the last active administrator and cannot be disabled.").arg(username));
    sql::exec(tx.sql(), QStringLiteral("UPDATE users SET active = ? WHERE username = ?"), {active ? 1 : 0, username});
    tx.audit(active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"), QStringLiteral("user"), username,
             userJson(username, displayName, role, department, wasActive), userJson(username, displayName, role, department, active));
    tx.commit();
}

QList<UserInfo> UserService::users(const Actor &actor) const
{
    Authorizer::require(m_db.sql(), actor, Permission::UserManage);
    QSqlQuery q = sql::exec(m_db.sql(),
                            QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, coalesce(u.department_id, 0), "
                                           "coalesce(d.name, ''), u.active, u.is_demo, coalesce(u.last_login_at, '') "
                                           "FROM users u LEFT JOIN departments d ON d.id = u.department_id ORDER BY u.username"));
    QList<UserInfo> out;
    while (q.next())
        out << UserInfo{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toBool(), q.value(7).toBool(),
                        q.value(8).toString()};
    return out;
}

} // namespace cl
