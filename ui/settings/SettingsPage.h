#pragma once

#include "auth/Actor.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;

// 设置: language and database file (both take effect at the next start), the user's own
// password, and for administrators the users of the office and the grade schemes.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Database &db, const Actor &actor, QWidget *parent = nullptr);

signals:
    // A grade scheme change recomputed every light.
    void lightsChanged();

private:
    QGroupBox *languageBox();
    QGroupBox *databaseBox();
    QGroupBox *accountBox();
    QGroupBox *usersBox();
    void languageChosen();
    void chooseDatabase();
    void updateNextDatabase();
    void reloadUsers();
    void updateUserButtons();
    QString selectedUser() const;
    void addUser();
    void resetPassword();
    void toggleActive();

    Database &m_db;
    Actor m_actor;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_nextDatabase = nullptr;
    QTableWidget *m_users = nullptr;
    QPushButton *m_resetPassword = nullptr;
    QPushButton *m_toggleActive = nullptr;
    ErrorLabel *m_usersError = nullptr;
};

} // namespace cl
