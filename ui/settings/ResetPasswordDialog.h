#pragma once

#include "auth/Actor.h"

#include <QDialog>

namespace cl {

class Database;
class ErrorLabel;
class PasswordPairEdit;

// Sets a new password: an administrator for any user, everyone for themselves.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(Database &db, const Actor &actor, const QString &username, QWidget *parent = nullptr);

    void accept() override;

private:
    Database &m_db;
    Actor m_actor;
    QString m_username;
    PasswordPairEdit *m_passwords;
    ErrorLabel *m_error;
};

} // namespace cl
