#include "SettingsPage.h"

#include "AddUserDialog.h"
#include "GradeSchemesBox.h"
#include "approval/ApprovalSettingsBox.h"
#include "enforcement/ViolationCatalogueBox.h"
#include "ResetPasswordDialog.h"
#include "auth/Authorizer.h"
#include "auth/Role.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/Translations.h"
#include "common/UiSettings.h"
#include "db/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum UserColumn { UserNameColumn, DisplayNameColumn, RoleColumn, DepartmentColumn, StatusColumn, LastLoginColumn, UserColumns };
constexpr int ActiveRole = Qt::UserRole + 1;

QString localTime(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}
} // namespace

SettingsPage::SettingsPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *content = new QWidget;
    content->setMaximumWidth(1000);  // forms read badly stretched over a wide screen
    auto *column = new QVBoxLayout(content);
    column->addWidget(languageBox());
    column->addWidget(databaseBox());
    column->addWidget(accountBox());
    const bool users = Authorizer::allowed(db.sql(), actor, Permission::UserManage);
    if (users)
        column->addWidget(usersBox(), 1);
    if (Authorizer::allowed(db.sql(), actor, Permission::SettingsEdit)) {
        auto *schemes = new GradeSchemesBox(db, actor, content);
        connect(schemes, &GradeSchemesBox::lightsChanged, this, &SettingsPage::lightsChanged);
        column->addWidget(schemes, 1);
        column->addWidget(new ApprovalSettingsBox(db, actor, content), 1);
        column->addWidget(new ViolationCatalogueBox(db, actor, content), 1);
    } else if (!users) {
        column->addStretch();
    }

    // Small laptop screens: the page scrolls rather than squeezing the users table.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QGroupBox *SettingsPage::languageBox()
{
    auto *box = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language under its own name, so it can be found whatever the current language is.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    QString current = UiSettings::language();
    if (current.isEmpty())
        current = Translations::systemLanguage();
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    m_languageNote = new QLabel(box);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();  // until there is something to say
    connect(m_language, &QComboBox::activated, this, &SettingsPage::languageChosen);

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Language of the program:"), m_language);
    form->addRow(m_languageNote);
    return box;
}

void SettingsPage::languageChosen()
{
    UiSettings::setLanguage(m_language->currentData().toString());
    // Widgets are built with their texts; switching live would leave half the window in the old language.
    m_languageNote->setText(tr("Saved. The new language is used after CreditLoop is restarted."));
    m_languageNote->show();
}

QGroupBox *SettingsPage::databaseBox()
{
    auto *box = new QGroupBox(tr("Database"), this);
    auto *current = new QLineEdit(QDir::toNativeSeparators(m_db.path()), box);
    current->setObjectName(QStringLiteral("currentDatabase"));
    current->setReadOnly(true);
    m_nextDatabase = new QLabel(box);
    m_nextDatabase->setObjectName(QStringLiteral("nextDatabase"));
    m_nextDatabase->setWordWrap(true);
    m_nextDatabase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("Choose another file…"), box);
    choose->setObjectName(QStringLiteral("chooseDatabase"));
    connect(choose, &QPushButton::clicked, this, &SettingsPage::chooseDatabase);
    auto *reset = new QPushButton(tr("Use the default location"), box);
    connect(reset, &QPushButton::clicked, this, [this] {
        UiSettings::setDatabasePath(QString());
        updateNextDatabase();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(reset);
    buttons->addStretch();
    auto *note = new QLabel(tr("A different file is opened at the next start (a new file becomes an empty database). "
                               "The --db option on the command line overrides this setting."),
                            box);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *form = new QFormLayout(box);
    form->addRow(tr("In use:"), current);
    form->addRow(tr("At the next start:"), m_nextDatabase);
    form->addRow(buttons);
    form->addRow(note);
    updateNextDatabase();
    return box;
}

void SettingsPage::chooseDatabase()
{
    const QString start = UiSettings::databasePath().isEmpty() ? m_db.path() : UiSettings::databasePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Database for the next start"), start,
                                                      tr("CreditLoop database (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    UiSettings::setDatabasePath(path);
    updateNextDatabase();
}

void SettingsPage::updateNextDatabase()
{
    const QString next = UiSettings::databasePath();
    m_nextDatabase->setText(next.isEmpty() ? tr("%1 (default)").arg(QDir::toNativeSeparators(Database::defaultPath()))
                                           : QDir::toNativeSeparators(next));
}

QGroupBox *SettingsPage::accountBox()
{
    auto *box = new QGroupBox(tr("My account"), this);
    auto *who = new QLabel(tr("%1 (%2), %3").arg(m_actor.displayName, m_actor.username, Role::label(m_actor.role)), box);
    auto *change = new QPushButton(tr("Change my password…"), box);
    change->setObjectName(QStringLiteral("changeOwnPassword"));
    connect(change, &QPushButton::clicked, this, [this] {
        auto *dialog = new ResetPasswordDialog(m_db, m_actor, m_actor.username, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(who, 1);
    layout->addWidget(change);
    return box;
}

QGroupBox *SettingsPage::usersBox()
{
    auto *box = new QGroupBox(tr("Users"), this);
    m_users = new QTableWidget(0, UserColumns, box);
    m_users->setObjectName(QStringLiteral("usersTable"));
    m_users->setHorizontalHeaderLabels(
        {tr("User name"), tr("Display name"), tr("Role"), tr("Department"), tr("Status"), tr("Last sign-in")});
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->verticalHeader()->hide();
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setMinimumHeight(180);
    connect(m_users, &QTableWidget::itemSelectionChanged, this, &SettingsPage::updateUserButtons);

    auto *add = new QPushButton(tr("Add user…"), box);
    add->setObjectName(QStringLiteral("addUserButton"));
    connect(add, &QPushButton::clicked, this, &SettingsPage::addUser);
    m_resetPassword = new QPushButton(tr("Reset password…"), box);
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    connect(m_resetPassword, &QPushButton::clicked, this, &SettingsPage::resetPassword);
    m_toggleActive = new QPushButton(tr("Disable"), box);
    m_toggleActive->setObjectName(QStringLiteral("toggleUserButton"));
    connect(m_toggleActive, &QPushButton::clicked, this, &SettingsPage::toggleActive);
    m_usersError = new ErrorLabel(box);
    m_usersError->setObjectName(QStringLiteral("usersError"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_resetPassword);
    buttons->addWidget(m_toggleActive);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_users, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_usersError);
    reloadUsers();
    return box;
}

void SettingsPage::reloadUsers()
{
    const QString keep = selectedUser();
    QList<UserInfo> users;
    try {
        users = UserService(m_db).users(m_actor);
    } catch (const Error &e) {
        m_usersError->showMessage(e.message());
    }
    m_users->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const UserInfo &u = users.at(row);
        const QStringList cells{u.username,
                                u.displayName,
                                Role::label(u.role),
                                u.departmentName,
                                u.active ? tr("Active") : tr("Disabled"),
                                u.lastLoginAt.isEmpty() ? tr("never") : localTime(u.lastLoginAt)};
        for (int column = 0; column < UserColumns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!u.active)
                item->setForeground(QColor(Qt::gray));
            m_users->setItem(row, column, item);
        }
        m_users->item(row, UserNameColumn)->setData(ActiveRole, u.active);
        if (u.username == keep)
            m_users->selectRow(row);
    }
    m_users->resizeColumnsToContents();  // a handful of users, not a million rows
    updateUserButtons();
}

QString SettingsPage::selectedUser() const
{
    const QList<QTableWidgetItem *> selected = m_users ? m_users->selectedItems() : QList<QTableWidgetItem *>();
    if (selected.isEmpty())
        return {};
    return m_users->item(selected.first()->row(), UserNameColumn)->text();
}

void SettingsPage::updateUserButtons()
{
    const QString user = selectedUser();
    m_resetPassword->setEnabled(!user.isEmpty());
    m_toggleActive->setEnabled(!user.isEmpty());
    if (!user.isEmpty()) {
        const int row = m_users->selectedItems().first()->row();
        const bool active = m_users->item(row, UserNameColumn)->data(ActiveRole).toBool();
        m_toggleActive->setText(active ? tr("Disable") : tr("Enable"));
    }
}

void SettingsPage::addUser()
{
    m_usersError->clearMessage();
    auto *dialog = new AddUserDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SettingsPage::reloadUsers);
    dialog->open();
}

void SettingsPage::resetPassword()
{
    m_usersError->clearMessage();
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    auto *dialog = new ResetPasswordDialog(m_db, m_actor, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SettingsPage::toggleActive()
{
    m_usersError->clearMessage();
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    const int row = m_users->selectedItems().first()->row();
    const bool active = m_users->item(row, UserNameColumn)->data(ActiveRole).toBool();
    try {
        UserService(m_db).setActive(m_actor, user, !active);
    } catch (const Error &e) {
        m_usersError->showMessage(e.message());
        return;
    }
    reloadUsers();
}

} // namespace cl
