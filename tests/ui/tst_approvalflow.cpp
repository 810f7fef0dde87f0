// The whole approval loop through the widgets (offscreen): a clerk finds the entity, chooses the item, sees the
// check (green channel), files in commitment mode, saves the commitment letter as PDF and approves; a
// supervision officer records 虚假承诺 on the worklist; the entity turns red by R2; the next application by that
// entity is refused commitment mode with the reason shown.
#include "ApprovalFixture.h"
#include "approval/ApprovalPage.h"
#include "approval/CommitmentLetterDialog.h"
#include "approval/NewApplicationPanel.h"
#include "common/AppFont.h"
#include "credit/LightEngine.h"
#include "supervision/RecordOutcomeDialog.h"
#include "supervision/VerificationWorklistPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QTranslator>
#include <QtTest>

using namespace cl;

namespace {
const QString Code = QStringLiteral("91370681MA3P7K2Q3U");
const QString Hygiene = QStringLiteral("370681-WJ-001");

void saveShot(QWidget &w, const QString &name)
{
    const QByteArray dir = qgetenv("CREDITLOOP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

void chooseApplicantAndItem(ApprovalPage &page)
{
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("applicantSearch"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, Code);
    QTest::keyClick(search, Qt::Key_Return);
    auto *item = page.findChild<QComboBox *>(QStringLiteral("itemCombo"));
    QTRY_VERIFY(item->hasFocus());  // one match (the search runs off the GUI thread): chosen at once, on to the item
    item->setCurrentIndex(item->findData(Hygiene));
    QCOMPARE(item->currentData().toString(), Hygiene);
    QTRY_VERIFY(page.newApplicationPanel()->checkResult().has_value());  // the check, off the GUI thread too
}
} // namespace

class TestApprovalFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        AppFont::apply(*qApp);
        // Screenshots for the documentation in the UI language of a catalogue given from outside.
        const QString qm = QString::fromLocal8Bit(qgetenv("CREDITLOOP_SCREENSHOT_QM"));
        if (!qm.isEmpty() && m_translator.load(qm))
            QCoreApplication::installTranslator(&m_translator);
    }
    void wholeLoop();

private:
    QTranslator m_translator;
};

void TestApprovalFlow::wholeLoop()
{
    test::ApprovalFixture f;
    const Actor clerk = Actor::bootstrap();
    ApprovalPage page(f.db(), clerk);
    page.resize(1500, 950);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Clerk: applicant, item, check, commitment mode, file.
    chooseApplicantAndItem(page);
    if (QTest::currentTestFailed())
        return;
    NewApplicationPanel *panel = page.newApplicationPanel();
    QVERIFY(panel->checkResult().has_value());
    QVERIFY(panel->checkResult()->greenChannel);
    QVERIFY(panel->checkText().contains(LightEngine::lightLabel(QStringLiteral("green"))));
    auto *commitment = page.findChild<QRadioButton *>(QStringLiteral("modeCommitment"));
    QVERIFY(commitment->isEnabled());
    QVERIFY(commitment->isChecked());
    saveShot(page, QStringLiteral("approval_check.png"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("fileApplication")), Qt::LeftButton);
    QTableWidget *queue = page.queue();
    QTRY_COMPARE(queue->rowCount(), 1);
    QTRY_COMPARE(page.selectedApplication(), QStringLiteral("SQ20260601-0001"));
    QVERIFY(queue->item(0, 0)->text().contains(QStringLiteral("★")));  // green channel marked
    saveShot(page, QStringLiteral("approval_queue.png"));

    // The letter: preview, PDF.
    CommitmentLetterDialog *letter = page.openLetter();
    QVERIFY(letter);
    QVERIFY(letter->document()->toPlainText().contains(QStringLiteral("37068120260601000001")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    QString error;
    QVERIFY2(letter->savePdf(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 2000);
    if (!qgetenv("CREDITLOOP_SCREENSHOT_DIR").isEmpty())
        QFile::copy(pdf, QString::fromLocal8Bit(qgetenv("CREDITLOOP_SCREENSHOT_DIR")) + QStringLiteral("/commitment_letter.pdf"));
    letter->close();

    // Approve: licence and push; the queue empties.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("approveApplication")), Qt::LeftButton);
    QTRY_COMPARE(queue->rowCount(), 0);
    QCOMPARE(f.count(QStringLiteral("licences")), 1);
    QCOMPARE(f.count(QStringLiteral("verification_tasks")), 2);

    // Supervision officer of the health department: 虚假承诺.
    Actor officer = clerk;
    officer.departmentId = 6;
    VerificationWorklistPage worklist(f.db(), officer);
    worklist.resize(1300, 600);
    worklist.show();
    QVERIFY(QTest::qWaitForWindowExposed(&worklist));
    QCOMPARE(worklist.table()->rowCount(), 1);  // only the health department's task
    QVERIFY(worklist.selectCommitment(QStringLiteral("37068120260601000001")));
    saveShot(worklist, QStringLiteral("verification_worklist.png"));
    RecordOutcomeDialog *dialog = worklist.openRecordDialog();
    QVERIFY(dialog);
    dialog->setOutcome(QStringLiteral("false"));
    auto *verifier = dialog->findChild<QLineEdit *>(QStringLiteral("verifier"));
    verifier->setText(QStringLiteral("李卫东"));  // QTest types ASCII only; Chinese comes from the input method
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordOutcomeOk")), Qt::LeftButton);
    worklist.setFilter(VerificationService::Filter::Done);
    QCOMPARE(worklist.table()->rowCount(), 1);
    QVERIFY(worklist.table()->item(0, 7)->text().contains(VerificationService::outcomeLabel(QStringLiteral("false"))));

    // The entity is red by R2, as stored and as explained.
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT rule_id FROM entity_lights WHERE entity_id = ?"), {f.green}).toString(),
             QStringLiteral("R2"));
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT xk_zt FROM licences")).toString(), QStringLiteral("1"));

    // The next application: commitment mode refused, with the reason shown.
    worklist.close();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("newApplication")), Qt::LeftButton);
    chooseApplicantAndItem(page);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(panel->checkResult().has_value());
    QVERIFY(!panel->checkResult()->commitmentAllowed);
    QVERIFY(!commitment->isEnabled());
    QVERIFY(page.findChild<QRadioButton *>(QStringLiteral("modeOrdinary"))->isChecked());
    QVERIFY(panel->checkText().contains(QStringLiteral("37068120260601000001")));
    QVERIFY(commitment->toolTip().contains(QStringLiteral("37068120260601000001")));
    saveShot(page, QStringLiteral("approval_refused.png"));
}

QTEST_MAIN(TestApprovalFlow)
#include "tst_approvalflow.moc"
