#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QLineEdit;

namespace cl {

class Database;
class ErrorLabel;

// Sign-in. A refusal is shown inline with core's wording, which never says whether the user
// name or the password was wrong; the password field is cleared for the next attempt.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Database &db, QWidget *parent = nullptr);

    // The signed-in user; valid after the dialog was accepted.
    const Actor &actor() const { return m_actor; }
    void setUsername(const QString &username);

    void accept() override;

private:
    Database &m_db;
    QLineEdit *m_username;
    QLineEdit *m_password;
    ErrorLabel *m_error;
    Actor m_actor;
};

} // namespace cl
