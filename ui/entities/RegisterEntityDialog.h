#pragma once

#include "auth/Actor.h"
#include "credit/UsccValidator.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace cl {

class Database;
class ErrorLabel;
class UsccFindingsLabel;

// Registers a market entity. The credit code is checked while it is typed: errors (format,
// check character) block, warnings are shown and allowed; the kind is suggested from the code.
class RegisterEntityDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterEntityDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void accept() override;

signals:
    // The normalised code of the entity just registered.
    void registered(const QString &code);

private:
    bool isIdCard() const;
    void checkCode();
    void updateButton();

    Database &m_db;
    Actor m_actor;
    UsccValidator m_validator;
    bool m_codeAcceptable = false;
    bool m_kindChosenByUser = false;

    QComboBox *m_codeType;
    QLineEdit *m_code;
    UsccFindingsLabel *m_findings;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_legalRep;
    QComboBox *m_industry;
    QComboBox *m_town;
    QLineEdit *m_address;
    QDateEdit *m_registeredOn;
    ErrorLabel *m_error;
    QPushButton *m_ok;
};

} // namespace cl
