#include "FirstRunDialog.h"

#include "PasswordPairEdit.h"
#include "auth/Actor.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/WaitCursor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cl {

FirstRunDialog::FirstRunDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_passwords(new PasswordPairEdit(this)), m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Create the administrator"));
    setObjectName(QStringLiteral("firstRunDialog"));

    auto *intro = new QLabel(tr("This database has no users yet. Create the administrator account; "
                                "the administrator then adds the other users in Settings."),
                             this);
    intro->setWordWrap(true);

    m_username->setObjectName(QStringLiteral("firstRunUser"));
    m_username->setText(QStringLiteral("admin"));
    m_username->selectAll();
    m_displayName->setObjectName(QStringLiteral("firstRunDisplayName"));
    m_displayName->setPlaceholderText(tr("Shown in the status bar and the audit log"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Display name:"), m_displayName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_username->setFocus();
}

void FirstRunDialog::accept()
{
    const QString problem = m_passwords->problem();
    if (!problem.isEmpty()) {
        m_error->showMessage(problem);
        m_passwords->firstField()->setFocus();
        return;
    }
    NewUser user;
    user.username = m_username->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.role = QStringLiteral("admin");
    user.password = m_passwords->password();
    try {
        const WaitCursor busy;  // hashing the password takes a noticeable moment (Argon2id by design)
        UserService(m_db).addUser(Actor::bootstrap(), user);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    m_created = user.username;
    QDialog::accept();
}

} // namespace cl
