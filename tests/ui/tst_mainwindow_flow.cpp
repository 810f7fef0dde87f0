// The whole way of a window clerk through the real widgets, offscreen: create the administrator
// on first run, sign in (a wrong password is refused inline), find an entity by typing part of
// its Chinese name, open its profile with Enter and with a double-click.
// Set CREDITLOOP_SCREENSHOTS=<folder> to save what the widgets look like.
#include "EntityFixture.h"
#include "TestStore.h"
#include "auth/FirstRunDialog.h"
#include "auth/LoginDialog.h"
#include "auth/UserService.h"
#include "common/AppFont.h"
#include "entities/EntityListModel.h"
#include "entities/EntityPage.h"
#include "entities/EntityProfileDialog.h"
#include "entities/RegisterEntityDialog.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace cl;

namespace {
const QString adminPassword = QStringLiteral("admin-pass-1");
const QString clerkPassword = QStringLiteral("clerk-pass-1");

// Chinese arrives in a line edit from the input method, as a commit, not as key presses.
void typeChinese(QWidget *widget, const QString &text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CREDITLOOP_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name);
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}
} // namespace

class TestMainWindowFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunCreatesTheAdministrator();
    void wrongPasswordIsRefusedInline();
    void clerkFindsAndOpensAnEntity();
    void administratorSeesAuditAndUsers();
    void clerkRegistersAnEntity();

private:
    Actor login(const QString &user, const QString &password);

    std::unique_ptr<test::TestStore> m_store;
    QList<Entity> m_entities;
};

void TestMainWindowFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditLoopTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_flow"));
    QSettings().clear();
    AppFont::apply(*qApp);

    m_store = std::make_unique<test::TestStore>();
    // Entities first: the bootstrap actor may write only while there are no users.
    m_entities = test::addEntities(m_store->db(), 300);
}

void TestMainWindowFlow::firstRunCreatesTheAdministrator()
{
    UserService users(m_store->db());
    QVERIFY(!users.hasUsers());
    FirstRunDialog dialog(m_store->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *name = child<QLineEdit>(&dialog, "firstRunUser");
    auto *display = child<QLineEdit>(&dialog, "firstRunDisplayName");
    auto *first = child<QLineEdit>(&dialog, "newPassword");
    auto *second = child<QLineEdit>(&dialog, "repeatPassword");
    QVERIFY(name && display && first && second);
    QCOMPARE(QApplication::focusWidget(), name);

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("admin"));
    display->setFocus();
    typeChinese(display, QStringLiteral("王管理"));
    QTest::keyClicks(first, adminPassword);
    QTest::keyClicks(second, QStringLiteral("something-else"));
    QTest::keyClick(second, Qt::Key_Return);
    QVERIFY(dialog.isVisible());  // the two passwords differ
    QVERIFY(!users.hasUsers());

    second->clear();
    QTest::keyClicks(second, adminPassword);
    QTest::keyClick(second, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdUsername(), QStringLiteral("admin"));
    QVERIFY(users.hasUsers());

    // The administrator adds a window clerk (core API: the settings page has its own test path).
    const Actor admin = users.login(QStringLiteral("admin"), adminPassword);
    users.addUser(admin, NewUser{QStringLiteral("clerk1"), QStringLiteral("李窗口"), QStringLiteral("clerk"), 0, clerkPassword, false});
}

void TestMainWindowFlow::wrongPasswordIsRefusedInline()
{
    LoginDialog dialog(m_store->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *user = child<QLineEdit>(&dialog, "loginUser");
    auto *password = child<QLineEdit>(&dialog, "loginPassword");
    auto *error = child<QLabel>(&dialog, "loginError");
    QVERIFY(user && password && error);
    QCOMPARE(QApplication::focusWidget(), user);
    QVERIFY(!error->isVisible());

    // Name, Enter, password, Enter: the first Enter only moves on to the password.
    QTest::keyClicks(user, QStringLiteral("clerk1"));
    QTest::keyClick(user, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), password);
    QVERIFY(!error->isVisible());
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    const QString wrongPassword = error->text();
    QVERIFY(!wrongPassword.isEmpty());
    QVERIFY(password->text().isEmpty());  // cleared for the next attempt
    QCOMPARE(QApplication::focusWidget(), password);
    saveShot(&dialog, QStringLiteral("login-refused.png"));

    // An unknown user gets the very same words: the dialog must not tell which names exist.
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("nobody"));
    QVERIFY(!error->isVisible());  // typing again clears the old refusal
    password->setFocus();
    QTest::keyClicks(password, QStringLiteral("whatever-it-is"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(error->text(), wrongPassword);
    QVERIFY(!error->text().contains(QStringLiteral("nobody")));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

Actor TestMainWindowFlow::login(const QString &name, const QString &secret)
{
    LoginDialog dialog(m_store->db());
    dialog.show();
    if (!QTest::qWaitForWindowActive(&dialog))
        return {};
    QTest::keyClicks(child<QLineEdit>(&dialog, "loginUser"), name);
    QTest::keyClick(child<QLineEdit>(&dialog, "loginUser"), Qt::Key_Return);
    QTest::keyClicks(child<QLineEdit>(&dialog, "loginPassword"), secret);
    saveShot(&dialog, QStringLiteral("login.png"));
    QTest::keyClick(child<QLineEdit>(&dialog, "loginPassword"), Qt::Key_Enter);
    if (dialog.result() != QDialog::Accepted || dialog.isVisible())
        return {};
    return dialog.actor();
}

void TestMainWindowFlow::clerkFindsAndOpensAnEntity()
{
    const Actor clerk = login(QStringLiteral("clerk1"), clerkPassword);
    QCOMPARE(clerk.username, QStringLiteral("clerk1"));
    QCOMPARE(clerk.role, QStringLiteral("clerk"));

    MainWindow window(m_store->db(), clerk);
    window.resize(1400, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *status = child<QLabel>(&window, "statusUser");
    QVERIFY(status && status->text().contains(QStringLiteral("李窗口")));
    QVERIFY(child<QLabel>(&window, "statusDatabase")->text().contains(QStringLiteral("store.sqlite")));

    // Alt+N switches areas; unbuilt areas say so.
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(window.currentArea(), int(MainWindow::ApprovalArea));
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(window.currentArea(), int(MainWindow::WorkbenchArea));
    QVERIFY(child<QLabel>(&window, "workbenchTotal")->text().contains(QStringLiteral("300")));
    saveShot(&window, QStringLiteral("workbench.png"));

    // Ctrl+F: the entity page, with the cursor in the search field.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), int(MainWindow::EntitiesArea));
    auto *search = child<QLineEdit>(&window, "entitySearch");
    auto *table = child<QTableView>(&window, "entityTable");
    QVERIFY(search && table);
    QCOMPARE(QApplication::focusWidget(), search);
    EntityListModel *model = window.entityPage()->model();
    QTRY_COMPARE(model->rowCount(), 300);
    QTRY_VERIFY(model->entityAt(0).has_value());
    saveShot(&window, QStringLiteral("entities.png"));

    // Pick an entity whose name holds a word and its number: "华信123" matches it alone.
    const Entity target = m_entities.at(123);
    const QString word = QStringLiteral("华信");
    QVERIFY(target.name.contains(word + QStringLiteral("123")));
    typeChinese(search, word);
    QTest::keyClicks(search, QStringLiteral("123"));
    QCOMPARE(search->text(), word + QStringLiteral("123"));
    QTRY_COMPARE(model->query().text, word + QStringLiteral("123"));  // after the search pause
    QTRY_VERIFY(!model->isCounting());
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->entityAt(0).has_value());
    QCOMPARE(model->entityAt(0)->code, target.code);
    QCOMPARE(child<QLabel>(&window, "entityCount")->text().contains(QLatin1Char('1')), true);

    // Enter in the search field goes to the result, Enter again opens the profile.
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Return);
    EntityProfileDialog *profile = nullptr;
    QTRY_VERIFY((profile = window.findChild<EntityProfileDialog *>()) && profile->isVisible());
    QCOMPARE(child<QLabel>(profile, "profileCode")->text(), target.code);
    QCOMPARE(child<QLabel>(profile, "profileName")->text(), target.name);
    QVERIFY(child<QLabel>(profile, "profileLight")->text().size() > 10);
    QVERIFY(!profile->findChild<QTreeWidget *>(QStringLiteral("profileAudit")));  // clerks do not see the audit log
    saveShot(profile, QStringLiteral("profile-clerk.png"));
    QTest::keyClick(profile, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<EntityProfileDialog *>());  // closed and deleted

    // A double-click opens it too.
    const QRect cell = table->visualRect(model->index(0, EntityListModel::NameColumn));
    // As a real mouse does: press and release, then the double-click (QTest sends only the latter).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY((profile = window.findChild<EntityProfileDialog *>()) && profile->isVisible());
    QCOMPARE(child<QLabel>(profile, "profileCode")->text(), target.code);
    profile->close();
    QTRY_VERIFY(!window.findChild<EntityProfileDialog *>());
    // Shortcuts need the window active; the offscreen platform does not hand activation back itself.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Settings: the clerk has no users table.
    QTest::keyClick(&window, Qt::Key_8, Qt::AltModifier);
    QCOMPARE(window.currentArea(), int(MainWindow::SettingsArea));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("usersTable")));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("registerEntityButton")));  // clerks register entities
}

void TestMainWindowFlow::administratorSeesAuditAndUsers()
{
    const Actor admin = login(QStringLiteral("admin"), adminPassword);
    QCOMPARE(admin.role, QStringLiteral("admin"));
    MainWindow window(m_store->db(), admin);
    window.resize(1400, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    window.showArea(MainWindow::SettingsArea);
    auto *users = window.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    QVERIFY(users);
    QCOMPARE(users->rowCount(), 2);
    saveShot(&window, QStringLiteral("settings.png"));

    window.showArea(MainWindow::EntitiesArea);
    EntityListModel *model = window.entityPage()->model();
    QTRY_VERIFY(!model->isCounting() && model->rowCount() > 0);
    QTRY_VERIFY(model->entityAt(0).has_value());
    window.entityPage()->openProfile(0);
    EntityProfileDialog *profile = nullptr;
    QTRY_VERIFY((profile = window.findChild<EntityProfileDialog *>()) && profile->isVisible());
    auto *audit = profile->findChild<QTreeWidget *>(QStringLiteral("profileAudit"));
    QVERIFY(audit);
    QVERIFY(audit->topLevelItemCount() >= 1);
    QVERIFY(audit->topLevelItem(0)->toolTip(2) == QStringLiteral("entity.add"));
    saveShot(profile, QStringLiteral("profile.png"));
    profile->close();
}

void TestMainWindowFlow::clerkRegistersAnEntity()
{
    const Actor clerk = login(QStringLiteral("clerk1"), clerkPassword);
    MainWindow window(m_store->db(), clerk);
    window.resize(1400, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showArea(MainWindow::EntitiesArea);

    auto *button = window.findChild<QPushButton *>(QStringLiteral("registerEntityButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    RegisterEntityDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<RegisterEntityDialog *>()) && dialog->isVisible());
    auto *code = child<QLineEdit>(dialog, "registerCode");
    auto *name = child<QLineEdit>(dialog, "registerName");
    auto *findings = child<QLabel>(dialog, "registerCodeFindings");
    auto *kind = child<QComboBox>(dialog, "registerKind");
    auto *ok = child<QPushButton>(dialog, "registerOk");
    QVERIFY(code && name && findings && kind && ok);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), code);

    // A mistyped check character is an error: shown while typing, and registering is blocked.
    QTest::keyClicks(code, QStringLiteral("92370681ma3p7k2q30"));
    QVERIFY(findings->isVisible());
    QVERIFY(findings->text().contains(QStringLiteral("CHECKSUM18")));
    name->setFocus();
    typeChinese(name, QStringLiteral("龙口市测试小吃部"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(dialog->isVisible());

    // An unknown division is only a warning: shown, and allowed. The kind follows the code.
    const QString warned = UsccValidator::complete(QStringLiteral("92999999MA3P7K2Q"));
    code->clear();
    QTest::keyClicks(code, warned.toLower());
    QVERIFY(findings->text().contains(QStringLiteral("REGION")));
    QVERIFY(!findings->text().contains(QStringLiteral("CHECKSUM18")));
    QCOMPARE(kind->currentData().toString(), QStringLiteral("individual"));
    QVERIFY(ok->isEnabled());
    saveShot(dialog, QStringLiteral("register.png"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<RegisterEntityDialog *>());

    // The new entity is shown at once, found by its code.
    EntityListModel *model = window.entityPage()->model();
    QCOMPARE(child<QLineEdit>(&window, "entitySearch")->text(), warned);
    QTRY_VERIFY(!model->isCounting());
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->entityAt(0).has_value());
    QCOMPARE(model->entityAt(0)->name, QStringLiteral("龙口市测试小吃部"));

    // Registering the same code again is refused by core, and the message shows in the dialog.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY((dialog = window.findChild<RegisterEntityDialog *>()) && dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "registerCode"), warned);
    child<QLineEdit>(dialog, "registerName")->setFocus();
    typeChinese(child<QLineEdit>(dialog, "registerName"), QStringLiteral("另一个名字"));
    QTest::mouseClick(child<QPushButton>(dialog, "registerOk"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto *refusal = child<QLabel>(dialog, "registerError");
    QVERIFY(refusal && refusal->isVisible());
    QVERIFY(refusal->text().contains(warned));
    dialog->reject();
}

QTEST_MAIN(TestMainWindowFlow)
#include "tst_mainwindow_flow.moc"
