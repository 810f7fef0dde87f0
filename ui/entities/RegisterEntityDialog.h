#pragma once

#include "auth/Actor.h"
#include "credit/UsccValidator.h"
#include "registry/Entity.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace cl {

class Database;
class ErrorLabel;
class UsccFindingsLabel;

// Registers a market entity. The credit code is checked while it is typed: errors (format,
// check character) block, warnings are shown and allowed; the kind is suggested from the code. The legal
// representative's ID card number (optional; what the pre-approval check matches against the
// serious-dishonesty list) is checked the same way (GB 11643) and blocks while it is wrong.
class RegisterEntityDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterEntityDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);
    // Edits the register data of an entity already registered: the code stays as it is.
    RegisterEntityDialog(Database &db, const Actor &actor, const Entity &existing, QWidget *parent = nullptr);

    void accept() override;

signals:
    // The normalised code of the entity just registered.
    void registered(const QString &code);
    // Edit mode: the changes were saved.
    void saved(const QString &code);

private:
    bool isIdCard() const;
    void representativeEdited();
    void checkCode();
    void checkRepresentativeId();
    void updateButton();

    Database &m_db;
    Actor m_actor;
    std::optional<Entity> m_existing;  // edit mode
    UsccValidator m_validator;
    bool m_codeAcceptable = false;
    bool m_representativeIdAcceptable = true;  // empty is acceptable: not recorded
    bool m_kindChosenByUser = false;

    QComboBox *m_codeType;
    QLineEdit *m_code;
    UsccFindingsLabel *m_findings;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_legalRep;
    QLineEdit *m_legalRepId;
    ErrorLabel *m_legalRepIdError;
    QComboBox *m_industry;
    QComboBox *m_town;
    QLineEdit *m_address;
    QDateEdit *m_registeredOn;
    ErrorLabel *m_error;
    QPushButton *m_ok;
};

} // namespace cl
