#include "LoginDialog.h"

#include "auth/UserService.h"
#include "common/AppIcon.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/WaitCursor.h"
#include "db/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cl {

LoginDialog::LoginDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in"));

    auto *logo = new QLabel(this);
    logo->setPixmap(AppIcon::pixmap(48));
    auto *title = new QLabel(tr("CreditLoop"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle = new QLabel(tr("Approval · supervision · enforcement · credit"), this);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addLayout(titles, 1);

    m_username->setObjectName(QStringLiteral("loginUser"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    // A new attempt makes the old refusal stale.
    connect(m_username, &QLineEdit::textEdited, m_error, &ErrorLabel::clearMessage);
    connect(m_password, &QLineEdit::textEdited, m_error, &ErrorLabel::clearMessage);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    auto *where = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())), this);
    where->setObjectName(QStringLiteral("loginDatabase"));
    where->setWordWrap(true);
    where->setEnabled(false);  // secondary information, drawn muted

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("loginButton"));
    ok->setText(tr("Sign in"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(where);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();  // just created on first run: only the password is left to type
}

void LoginDialog::accept()
{
    // Enter moves on through the empty fields first, so typing name, Enter, password, Enter works.
    if (m_username->text().trimmed().isEmpty()) {
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_password->setFocus();
        return;
    }
    try {
        const WaitCursor busy;  // Argon2id verification takes a noticeable moment by design
        m_actor = UserService(m_db).login(m_username->text(), m_password->text());
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cl
