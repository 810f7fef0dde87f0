#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QList>

namespace cl {

class Database;

struct UserInfo
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role;
    qint64 departmentId = 0;
    QString departmentName;
    bool active = true;
    bool isDemo = false;
    QString lastLoginAt;
};

struct NewUser
{
    QString username;
    QString displayName;
    QString role;            // clerk|supervisor|enforcer|manager|admin
    qint64 departmentId = 0; // required for supervisors
    QString password;
    bool isDemo = false;
};

// Users, passwords (Argon2id) and sign-in. Every change is audited through WriteTransaction.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Database &db) : m_db(db) {}

    bool hasUsers() const;
    // Throws cl::Error(Permission) with one message for unknown user and wrong password.
    Actor login(const QString &username, const QString &password);
    // The first user may be added by the bootstrap actor and must be an administrator.
    qint64 addUser(const Actor &actor, const NewUser &user);
    void changePassword(const Actor &actor, const QString &username, const QString &newPassword);
    void setActive(const Actor &actor, const QString &username, bool active);
    QList<UserInfo> users(const Actor &actor) const;

    static constexpr int MinimumPasswordLength = 8;

private:
    Database &m_db;
};

} // namespace cl
