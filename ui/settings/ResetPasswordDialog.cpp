#include "ResetPasswordDialog.h"

#include "auth/PasswordPairEdit.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/WaitCursor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cl {

ResetPasswordDialog::ResetPasswordDialog(Database &db, const Actor &actor, const QString &username, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_username(username), m_passwords(new PasswordPairEdit(this)),
      m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    const bool own = username.compare(actor.username, Qt::CaseInsensitive) == 0;
    setWindowTitle(own ? tr("Change my password") : tr("Reset password"));
    auto *intro = new QLabel(own ? tr("Choose a new password for your account %1.").arg(username)
                                 : tr("Choose a new password for %1 and tell it to them in person.").arg(username),
                             this);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_passwords->firstField()->setFocus();
}

void ResetPasswordDialog::accept()
{
    const QString problem = m_passwords->problem();
    if (!problem.isEmpty()) {
        m_error->showMessage(problem);
        return;
    }
    try {
        const WaitCursor busy;
        UserService(m_db).changePassword(m_actor, m_username, m_passwords->password());
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace cl
