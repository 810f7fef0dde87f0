#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cl {

class Database;
class ErrorLabel;
class PasswordPairEdit;

// A new user for the office: name, role, department (supervision officers belong to one), password.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    AddUserDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void accept() override;

private:
    void roleChanged();

    Database &m_db;
    Actor m_actor;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QComboBox *m_department;
    PasswordPairEdit *m_passwords;
    ErrorLabel *m_error;
};

} // namespace cl
