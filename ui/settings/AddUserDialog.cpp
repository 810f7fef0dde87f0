#include "AddUserDialog.h"

#include "auth/PasswordPairEdit.h"
#include "auth/Role.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/WaitCursor.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cl {

AddUserDialog::AddUserDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_department(new QComboBox(this)), m_passwords(new PasswordPairEdit(this)),
      m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    m_username->setObjectName(QStringLiteral("addUserName"));
    m_username->setPlaceholderText(tr("Letters, digits, dots, dashes"));
    m_displayName->setObjectName(QStringLiteral("addUserDisplayName"));
    m_role->setObjectName(QStringLiteral("addUserRole"));
    for (const QString &code : Role::codes())
        m_role->addItem(Role::label(code), code);
    m_department->setObjectName(QStringLiteral("addUserDepartment"));
    m_department->addItem(tr("(none)"), 0);
    for (const NamedRow &d : ReferenceData::departments(db.sql()))
        m_department->addItem(d.name, d.id);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("De&partment:"), m_department);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add user"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::roleChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    roleChanged();
    m_username->setFocus();
}

void AddUserDialog::roleChanged()
{
    // Only supervision officers work for one department (their grade imports are filed under it).
    const bool needsDepartment = m_role->currentData().toString() == QLatin1String("supervisor");
    m_department->setEnabled(needsDepartment);
    if (!needsDepartment)
        m_department->setCurrentIndex(0);
}

void AddUserDialog::accept()
{
    const QString problem = m_passwords->problem();
    if (!problem.isEmpty()) {
        m_error->showMessage(problem);
        return;
    }
    NewUser user;
    user.username = m_username->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.role = m_role->currentData().toString();
    user.departmentId = m_department->currentData().toLongLong();
    user.password = m_passwords->password();
    try {
        const WaitCursor busy;  // the password hash takes a moment by design
        UserService(m_db).addUser(m_actor, user);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace cl
