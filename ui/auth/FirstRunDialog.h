#pragma once

#include <QDialog>

class QLineEdit;

namespace cl {

class Database;
class ErrorLabel;
class PasswordPairEdit;

// Shown once, while the store has no users: creates the first administrator with the local
// bootstrap actor, which core allows only until a user exists.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(Database &db, QWidget *parent = nullptr);

    QString createdUsername() const { return m_created; }

    void accept() override;

private:
    Database &m_db;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    PasswordPairEdit *m_passwords;
    ErrorLabel *m_error;
    QString m_created;
};

} // namespace cl
