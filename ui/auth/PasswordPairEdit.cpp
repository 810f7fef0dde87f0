#include "PasswordPairEdit.h"

#include "auth/UserService.h"

#include <QFormLayout>
#include <QLineEdit>

namespace cl {

PasswordPairEdit::PasswordPairEdit(QWidget *parent)
    : QWidget(parent), m_first(new QLineEdit(this)), m_second(new QLineEdit(this))
{
    m_first->setObjectName(QStringLiteral("newPassword"));
    m_second->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit *field : {m_first, m_second}) {
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::textChanged, this, &PasswordPairEdit::changed);
    }
    m_first->setPlaceholderText(tr("At least %n characters", nullptr, UserService::MinimumPasswordLength));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Password:"), m_first);
    form->addRow(tr("&Repeat password:"), m_second);
}

QString PasswordPairEdit::password() const
{
    return m_first->text();
}

QString PasswordPairEdit::problem() const
{
    if (m_first->text().size() < UserService::MinimumPasswordLength)
        return tr("The password must have at least %n characters.", nullptr, UserService::MinimumPasswordLength);
    if (m_first->text() != m_second->text())
        return tr("The two passwords are not the same.");
    return {};
}

} // namespace cl
