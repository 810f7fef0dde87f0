// The window flow from the keyboard alone (issue 4: "the whole flow is usable from the keyboard; a typical
// commitment application takes under a minute"). Every step is a key event sent to the widget that has the
// focus — no mouse, no slot called, no widget set directly — and the keys are counted:
//  - a complete commitment application: new application, applicant by code, item by code, the check, filing,
//    the commitment letter saved as PDF through the file dialog, approval;
//  - a 容缺 application: the mode and the missing material chosen with arrows and Space;
//  - an applicant whose legal representative is on the serious-dishonesty list: commitment mode refused with the
//    representative's reason (ID number masked), filed in the ordinary mode with the reason in the snapshot;
//  - registering an entity with the representative's ID number: a wrong number is shown and blocks Register;
//  - a new representative entered from the entity profile (Edit register data…): the old number is cleared.
// Waiting (QTRY_*) is not a key event: for the queries that run off the GUI thread, and for a button pressed by
// its shortcut, which Qt animates for 100 ms before it acts — a clerk waits the same way.
#include "ApprovalFixture.h"
#include "approval/ApplicationService.h"
#include "approval/ApprovalPage.h"
#include "approval/CommitmentLetterDialog.h"
#include "approval/NewApplicationPanel.h"
#include "common/AppFont.h"
#include "common/ErrorLabel.h"
#include "entities/EntityProfileDialog.h"
#include "entities/RegisterEntityDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QLibraryInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace cl;

namespace {
const QString Code = QStringLiteral("91370681MA3P7K2Q3U");
const QString Hygiene = QStringLiteral("370681-WJ-001");
const QString RepId = QStringLiteral("370681197803125410");
const QString RepMasked = QStringLiteral("370681********5410");

// Key events, counted, through the window that has the keyboard focus: the way a real key arrives from the
// platform (shortcuts, then the focus widget), not delivered to a chosen widget.
struct Keyboard
{
    int count = 0;

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWindow *target = QGuiApplication::focusWindow();
        QVERIFY2(target, "no window has the keyboard focus");
        QTest::keyClick(target, key, modifiers);
        ++count;
    }
    void type(const QString &text)
    {
        for (const QChar c : text) {
            QWindow *target = QGuiApplication::focusWindow();
            QVERIFY2(target, "no window has the keyboard focus");
            QTest::keyClick(target, c.toLatin1());
            ++count;
        }
    }
    // Chinese comes from the input method: one commit per word (counted as the key that commits it).
    void commitChinese(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(target, &commit);
        ++count;
    }
};

void saveShot(QWidget &w, const QString &name)
{
    const QByteArray dir = qgetenv("CREDITLOOP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

// A desktop's window manager gives the keyboard focus to a window that opens and back to the one under a dialog
// that closes; the offscreen platform (and a bare Xvfb) has none, so the test does that part. It is not a key,
// nor anything of the application.
bool windowManagerFocuses(QWidget *window)
{
    if (!window->isActiveWindow())
        window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Registers 张三 (a natural person, code = his ID number), makes him the legal representative of `entity` and
// puts him on the serious-dishonesty list.
void listRepresentative(test::ApprovalFixture &f, qint64 entity)
{
    Entity person;
    person.code = RepId;
    person.codeType = QStringLiteral("ID_CARD");
    person.name = QStringLiteral("张三");
    const qint64 personId = EntityRepository(f.db()).add(Actor::bootstrap(), person, UsccValidator::fromDatabase(f.db().sql()));
    Entity e = *EntityRepository(f.db()).byId(entity);
    e.legalRep = QStringLiteral("张三");
    e.legalRepIdNo = RepId;
    EntityRepository(f.db()).update(Actor::bootstrap(), e);
    f.dishonest(personId, QStringLiteral("2026-03-01"));
}
} // namespace

class TestApprovalKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        // The file dialog is Qt's own (the one a test can type into) on every platform.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        AppFont::apply(*qApp);
        const QString qm = QString::fromLocal8Bit(qgetenv("CREDITLOOP_SCREENSHOT_QM"));
        if (!qm.isEmpty() && m_translator.load(qm)) {
            QCoreApplication::installTranslator(&m_translator);
            // Qt's own buttons (Cancel, …) in the same language, as the application loads them.
            if (m_qtTranslator.load(QLocale(m_translator.language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qtTranslator);
        }
    }
    void commitmentApplicationByKeysOnly();
    void representativeOnTheListIsRefusedByKeys();
    void deficiencyApplicationByKeys();
    void registerWithRepresentativeIdByKeys();
    void newRepresentativeFromTheProfileByKeys();

private:
    QTranslator m_translator;
    QTranslator m_qtTranslator;
};

void TestApprovalKeyboard::commitmentApplicationByKeysOnly()
{
    test::ApprovalFixture f;
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());  // where the PDF is offered by default
    ApprovalPage page(f.db(), Actor::bootstrap());
    page.resize(1500, 950);
    page.show();
    QVERIFY(windowManagerFocuses(&page));
    QTRY_VERIFY(!page.isLoading());
    NewApplicationPanel *panel = page.newApplicationPanel();
    auto *search = child<QLineEdit>(&page, "applicantSearch");
    auto *item = child<QComboBox>(&page, "itemCombo");
    auto *file = child<QPushButton>(&page, "fileApplication");
    Keyboard keys;

    // Ctrl+N: a new application, the cursor in the applicant search.
    keys.key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    // The credit code, Enter: one match, chosen; on to the item.
    keys.type(Code);
    keys.key(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), item);
    // The item by part of its code, Enter: on to the file button once the check is back.
    keys.type(QStringLiteral("wj-001"));
    QCOMPARE(item->currentData().toString(), Hygiene);
    keys.key(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), file);
    QVERIFY(panel->checkResult().has_value());
    QVERIFY(panel->checkResult()->commitmentAllowed);
    QVERIFY(child<QRadioButton>(&page, "modeCommitment")->isChecked());  // the usual choice, preselected
    // Enter: filed; the queue selects it.
    keys.key(Qt::Key_Return);
    QTRY_COMPARE(page.selectedApplication(), QStringLiteral("SQ20260601-0001"));
    QCOMPARE(f.count(QStringLiteral("commitments")), 1);
    QCOMPARE(QApplication::focusWidget(), search);  // ready for the next applicant

    // Ctrl+P: the commitment letter; Alt+D: save as PDF; Enter in the file dialog takes the offered name.
    keys.key(Qt::Key_P, Qt::ControlModifier);
    CommitmentLetterDialog *letter = nullptr;
    QTRY_VERIFY((letter = page.findChild<CommitmentLetterDialog *>()) && letter->isVisible());
    QVERIFY(windowManagerFocuses(letter));
    QVERIFY(letter->document()->toPlainText().contains(QStringLiteral("37068120260601000001")));
    bool fileDialogSeen = false;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (!dialog->isActiveWindow()) {
            dialog->activateWindow();  // the window manager's part, as above
            return;
        }
        driver.stop();
        fileDialogSeen = true;
        keys.key(Qt::Key_Return);
    });
    driver.start();
    keys.key(Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(fileDialogSeen);
    QTRY_COMPARE(QDir(home.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 1);
    const QStringList pdfs = QDir(home.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QFile pdf(home.filePath(pdfs.first()));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 2000);
    // Esc closes the letter; Ctrl+Enter approves the selected application.
    QVERIFY(windowManagerFocuses(letter));
    keys.key(Qt::Key_Escape);
    QTRY_VERIFY(!page.findChild<CommitmentLetterDialog *>());
    QVERIFY(windowManagerFocuses(&page));
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(f.count(QStringLiteral("licences")), 1);
    QCOMPARE(f.count(QStringLiteral("verification_tasks")), 2);
    QTRY_COMPARE(page.queue()->rowCount(), 0);

    qInfo("A complete commitment application took %d key events.", keys.count);
    QCOMPARE(keys.count, 1 + 18 + 1 + 6 + 1 + 1 + 1 + 1 + 1 + 1 + 1);
}

void TestApprovalKeyboard::representativeOnTheListIsRefusedByKeys()
{
    test::ApprovalFixture f;
    listRepresentative(f, f.green);
    ApprovalPage page(f.db(), Actor::bootstrap());
    page.resize(1500, 950);
    page.show();
    QVERIFY(windowManagerFocuses(&page));
    NewApplicationPanel *panel = page.newApplicationPanel();
    auto *item = child<QComboBox>(&page, "itemCombo");
    auto *file = child<QPushButton>(&page, "fileApplication");
    auto *commitment = child<QRadioButton>(&page, "modeCommitment");
    Keyboard keys;

    keys.key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&page, "applicantSearch"));
    keys.type(Code);
    keys.key(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), item);
    keys.type(QStringLiteral("WJ-001"));
    keys.key(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), file);

    // Green light, yet commitment and 容缺 refused: the representative's listing, ID number masked.
    QVERIFY(panel->checkResult().has_value());
    QCOMPARE(panel->checkResult()->light.light, QStringLiteral("green"));
    QVERIFY(!panel->checkResult()->greenChannel);  // no 守信快办 while the representative is listed (R19)
    QVERIFY(!panel->checkResult()->commitmentAllowed);
    QVERIFY(!panel->checkResult()->deficiencyAllowed);
    QVERIFY(!commitment->isEnabled());
    QVERIFY(child<QRadioButton>(&page, "modeOrdinary")->isChecked());
    const QString shown = panel->checkText();
    QVERIFY2(shown.contains(QStringLiteral("张三")) && shown.contains(RepMasked) && shown.contains(QStringLiteral("2026-03-01"))
                 && shown.contains(QStringLiteral("烟台市发展改革委")),
             qPrintable(shown));
    QVERIFY(!shown.contains(RepId));
    QVERIFY(commitment->toolTip().contains(RepMasked));
    saveShot(page, QStringLiteral("approval_representative_refused.png"));

    // Enter files it in the ordinary mode; the snapshot keeps the reason.
    keys.key(Qt::Key_Return);
    QTRY_COMPARE(page.selectedApplication(), QStringLiteral("SQ20260601-0001"));
    const QJsonObject snapshot =
        QJsonDocument::fromJson(sql::scalar(f.db().sql(), QStringLiteral("SELECT check_snapshot FROM approval_applications")).toByteArray()).object();
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT mode FROM approval_applications")).toString(), QStringLiteral("ordinary"));
    QVERIFY(snapshot.value(QStringLiteral("commitment_refusals")).toArray().first().toString().contains(RepMasked));
    QCOMPARE(f.count(QStringLiteral("commitments")), 0);
    QCOMPARE(keys.count, 1 + 18 + 1 + 6 + 1 + 1);
}

void TestApprovalKeyboard::deficiencyApplicationByKeys()
{
    test::ApprovalFixture f;
    ApprovalPage page(f.db(), Actor::bootstrap());
    page.resize(1500, 950);
    page.show();
    QVERIFY(windowManagerFocuses(&page));
    auto *item = child<QComboBox>(&page, "itemCombo");
    auto *file = child<QPushButton>(&page, "fileApplication");
    auto *deficiency = child<QRadioButton>(&page, "modeDeficiency");
    auto *materials = child<QListWidget>(&page, "materials");
    Keyboard keys;

    keys.key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&page, "applicantSearch"));
    keys.type(Code);
    keys.key(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), item);
    keys.type(QStringLiteral("sc-005"));  // a typo: no item, the field says so
    QVERIFY(child<QLabel>(&page, "itemTyped")->text().contains(QStringLiteral("sc-005")));
    keys.key(Qt::Key_Backspace);
    keys.type(QStringLiteral("4"));  // SC-004, food production: materials 4 to 6 secondary
    QCOMPARE(item->currentData().toString(), QStringLiteral("370681-SC-004"));
    keys.key(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), file);
    // Back over the materials to the mode, then Down to 容缺.
    keys.key(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), materials);
    keys.key(Qt::Key_Backtab);
    QVERIFY(qobject_cast<QRadioButton *>(QApplication::focusWidget()));
    for (int i = 0; i < 3 && !deficiency->isChecked(); ++i)
        keys.key(Qt::Key_Down);
    QVERIFY(deficiency->isChecked());
    // Tab to the materials, Down to material 5, Space: left missing.
    keys.key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), materials);
    for (int i = 0; i < 8 && !(materials->currentItem() && materials->currentItem()->data(Qt::UserRole).toInt() == 5); ++i)
        keys.key(Qt::Key_Down);
    QCOMPARE(materials->currentItem()->data(Qt::UserRole).toInt(), 5);
    keys.key(Qt::Key_Space);
    QCOMPARE(materials->currentItem()->checkState(), Qt::Unchecked);
    // Tab to the deadline (the item's promised time on the calendar, kept); Enter: on to the file button; Enter.
    keys.key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QDateEdit>(&page, "supplyBy"));
    keys.key(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), file);
    keys.key(Qt::Key_Return);
    QTRY_COMPARE(page.selectedApplication(), QStringLiteral("SQ20260601-0001"));
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT mode FROM approval_applications")).toString(), QStringLiteral("deficiency"));
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT group_concat(m.seq) FROM application_materials m WHERE m.status = 'missing'")).toString(),
             QStringLiteral("5"));
    qInfo("A 容缺 application took %d key events.", keys.count);
}

void TestApprovalKeyboard::registerWithRepresentativeIdByKeys()
{
    test::ApprovalFixture f;
    ApprovalPage page(f.db(), Actor::bootstrap());
    page.resize(1500, 950);
    page.show();
    QVERIFY(windowManagerFocuses(&page));
    Keyboard keys;

    // Alt+R: Register new…; the cursor in the code.
    keys.key(Qt::Key_R, Qt::AltModifier);
    RegisterEntityDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<RegisterEntityDialog *>()) && dialog->isVisible());
    QVERIFY(windowManagerFocuses(dialog));
    auto *ok = child<QPushButton>(dialog, "registerOk");
    auto *repId = child<QLineEdit>(dialog, "registerLegalRepId");
    auto *repIdError = child<ErrorLabel>(dialog, "registerLegalRepIdError");
    QVERIFY(ok && repId && repIdError);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "registerCode"));
    keys.type(QStringLiteral("93370681MA3T6H1D0W"));
    keys.key(Qt::Key_Tab);  // name
    keys.commitChinese(QStringLiteral("龙口市丰收农民专业合作社"));
    keys.key(Qt::Key_Tab);  // kind (suggested from the code)
    keys.key(Qt::Key_Tab);  // legal representative
    keys.commitChinese(QStringLiteral("张三"));
    keys.key(Qt::Key_Tab);  // the representative's ID number
    QCOMPARE(QApplication::focusWidget(), repId);

    // A mistyped check character: shown at once, Register disabled, Enter does nothing.
    keys.type(QStringLiteral("370681197803125411"));
    QVERIFY(repIdError->isVisible());
    QVERIFY2(repIdError->text().contains(QStringLiteral("370681197803125411")), qPrintable(repIdError->text()));
    QVERIFY(!ok->isEnabled());
    keys.key(Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.count(QStringLiteral("entities")), 2);
    saveShot(*dialog, QStringLiteral("register_representative_id.png"));

    // Corrected: the message goes, Enter registers; the window searches the new entity and chooses it.
    keys.key(Qt::Key_Backspace);
    keys.type(QStringLiteral("0"));
    QVERIFY(!repIdError->isVisible());
    QVERIFY(ok->isEnabled());
    keys.key(Qt::Key_Return);
    QTRY_VERIFY(!page.findChild<RegisterEntityDialog *>() || !page.findChild<RegisterEntityDialog *>()->isVisible());
    const std::optional<Entity> stored = EntityRepository(f.db()).byCode(QStringLiteral("93370681MA3T6H1D0W"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->legalRep, QStringLiteral("张三"));
    QCOMPARE(stored->legalRepIdNo, RepId);
    QTRY_COMPARE(page.focusWidget(), child<QComboBox>(&page, "itemCombo"));
}

void TestApprovalKeyboard::newRepresentativeFromTheProfileByKeys()
{
    test::ApprovalFixture f;
    listRepresentative(f, f.green);
    EntityProfileDialog profile(f.db(), Actor::bootstrap(), f.green);
    profile.show();
    QVERIFY(windowManagerFocuses(&profile));
    Keyboard keys;

    keys.key(Qt::Key_D, Qt::AltModifier);  // E&dit register data…
    RegisterEntityDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = profile.findChild<RegisterEntityDialog *>()) && dialog->isVisible());
    QVERIFY(windowManagerFocuses(dialog));
    auto *code = child<QLineEdit>(dialog, "registerCode");
    auto *rep = child<QLineEdit>(dialog, "registerLegalRep");
    auto *repId = child<QLineEdit>(dialog, "registerLegalRepId");
    QVERIFY(code->isReadOnly());
    QCOMPARE(code->text(), Code);
    QCOMPARE(repId->text(), RepId);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "registerName"));
    keys.key(Qt::Key_Tab);  // kind
    keys.key(Qt::Key_Tab);  // legal representative
    QCOMPARE(QApplication::focusWidget(), rep);
    keys.key(Qt::Key_A, Qt::ControlModifier);
    keys.commitChinese(QStringLiteral("李四"));
    // Another person: 张三's number no longer stands for the representative, and the clerk sees it cleared.
    QCOMPARE(rep->text(), QStringLiteral("李四"));
    QVERIFY(repId->text().isEmpty());
    QVERIFY(child<ErrorLabel>(dialog, "registerLegalRepIdError")->isVisible());
    saveShot(*dialog, QStringLiteral("edit_representative_cleared.png"));
    keys.key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), repId);
    keys.type(QStringLiteral("370681199007050023"));
    keys.key(Qt::Key_Return);
    QTRY_VERIFY(!profile.findChild<RegisterEntityDialog *>() || !profile.findChild<RegisterEntityDialog *>()->isVisible());

    const Entity stored = *EntityRepository(f.db()).byId(f.green);
    QCOMPARE(stored.legalRep, QStringLiteral("李四"));
    QCOMPARE(stored.legalRepIdNo, QStringLiteral("370681199007050023"));
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'entity.update' AND object_id = ?"), {Code}).toInt(), 2);
    // The profile shows the new representative at once, the number masked.
    const QString expected = EntityProfileDialog::tr("%1 (ID %2)").arg(QStringLiteral("李四"), QStringLiteral("370681********0023"));
    QTRY_VERIFY([&] {
        for (QLabel *label : profile.findChildren<QLabel *>())
            if (label->text() == expected)
                return true;
        return false;
    }());
    // And the check no longer refuses: 李四 is not on the list.
    QVERIFY(ApplicationService(f.db()).check(f.green, Hygiene, QDate(2026, 6, 1)).commitmentAllowed);
}

QTEST_MAIN(TestApprovalKeyboard)
#include "tst_approvalkeyboard.moc"
