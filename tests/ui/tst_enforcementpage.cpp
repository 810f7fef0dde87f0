// The enforcement page through its widgets (issue: offscreen widget test): an officer enters a case for a
// green entity and sees 不予处罚 with rule E3 update as the facts are ticked; overrides to 从轻 without a
// reason (refused, nothing written) and with one (saved); prints the discretion sheet to PDF, read back with
// pdftotext.
#include "EnforcementFixture.h"
#include "common/AppFont.h"
#include "enforcement/DiscretionEngine.h"
#include "enforcement/EnforcementPage.h"
#include "enforcement/RecommendationPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace cl;

class TestEnforcementPage : public QObject
{
    Q_OBJECT

    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        AppFont::apply(*qApp);
        // Screenshots for docs/ in Chinese: CREDITLOOP_SCREENSHOT_DIR=DIR CREDITLOOP_SCREENSHOT_QM=FILE.qm (a catalogue
        // that holds this page's strings) saves the page and the sheet there.
        const QString qm = qEnvironmentVariable("CREDITLOOP_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_translator.load(qm))
            QCoreApplication::installTranslator(&m_translator);
    }

    void greenEntityFirstViolationOverrideAndSheet()
    {
        test::EnforcementFixture fx;
        EnforcementPage page(fx.store.db(), Actor::bootstrap());
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto *search = page.findChild<QLineEdit *>(QStringLiteral("enforcementEntitySearch"));
        QTest::keyClicks(search, QStringLiteral("91370681MA3P7K2Q3U"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("findEntity")), Qt::LeftButton);
        auto *entity = page.findChild<QComboBox *>(QStringLiteral("entityChoice"));
        QCOMPARE(entity->count(), 1);
        QVERIFY(entity->currentText().contains(QStringLiteral("龙口市海韵食品有限公司")));

        auto *item = page.findChild<QComboBox *>(QStringLiteral("itemChoice"));
        item->setCurrentIndex(item->findData(QStringLiteral("MKT-01")));
        auto *panel = page.findChild<RecommendationPanel *>();
        // Nothing ticked yet: green and on the soft list → E9 从轻.
        QVERIFY(panel->ruleText().startsWith(QStringLiteral("E9")));
        page.findChild<QCheckBox *>(QStringLiteral("firstViolation"))->click();
        auto *harm = page.findChild<QComboBox *>(QStringLiteral("harm"));
        harm->setCurrentIndex(harm->findData(QStringLiteral("minor")));
        page.findChild<QCheckBox *>(QStringLiteral("corrected"))->click();
        // The recommendation followed the facts: 不予处罚 by E3.
        QCOMPARE(panel->outcomeText(), DiscretionEngine::outcomeLabel(QStringLiteral("no_penalty")));
        QVERIFY(panel->ruleText().startsWith(QStringLiteral("E3")));
        QVERIFY(panel->reasoningText().contains(QStringLiteral("E3")));
        QCOMPARE(page.recommendation()->ruleId, QStringLiteral("E3"));
        // Contradictory facts show a message instead of a recommendation.
        page.findChild<QCheckBox *>(QStringLiteral("aggravating_repeat_violation"))->click();
        QVERIFY(!page.recommendation());
        QCOMPARE(panel->outcomeText(), QStringLiteral("—"));
        page.findChild<QCheckBox *>(QStringLiteral("aggravating_repeat_violation"))->click();
        QCOMPARE(page.recommendation()->ruleId, QStringLiteral("E3"));

        // Chinese text arrives through the input method, not as key events: insert it as the IME would.
        page.findChild<QPlainTextEdit *>(QStringLiteral("factsText"))->insertPlainText(QStringLiteral("营业执照未悬挂于醒目位置，现场已改正"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("openCase")), Qt::LeftButton);
        QVERIFY(page.currentCase());
        QCOMPARE(fx.count(QStringLiteral("enforcement_cases")), 1);

        // Override to 从轻 without a reason: refused, nothing written.
        auto *outcome = page.findChild<QComboBox *>(QStringLiteral("decisionOutcome"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("lighter")));
        auto *amount = page.findChild<QLineEdit *>(QStringLiteral("decisionAmount"));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("1000"));
        page.findChild<QLineEdit *>(QStringLiteral("decisionNumber"))->insert(QStringLiteral("龙市监罚〔2026〕21号"));
        auto *record = page.findChild<QPushButton *>(QStringLiteral("recordDecision"));
        QTest::mouseClick(record, Qt::LeftButton);
        auto *message = page.findChild<QLabel *>(QStringLiteral("enforcementMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("E3")));
        QCOMPARE(fx.count(QStringLiteral("enforcement_decisions")), 0);
        QCOMPARE(fx.count(QStringLiteral("penalties")), 0);
        QCOMPARE(page.currentCase()->status, QStringLiteral("open"));

        // With a written reason: saved.
        page.findChild<QPlainTextEdit *>(QStringLiteral("decisionReason"))->insertPlainText(QStringLiteral("经营场所位于景区，社会影响较大"));
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(page.currentCase()->status, QStringLiteral("decided"));
        QCOMPARE(fx.count(QStringLiteral("enforcement_decisions"), QStringLiteral("override_reason = '经营场所位于景区，社会影响较大' AND outcome = 'lighter'")), 1);
        QCOMPARE(fx.count(QStringLiteral("penalties"), QStringLiteral("fine_fen = 100000")), 1);
        QVERIFY(!record->isEnabled());

        const QString shots = qEnvironmentVariable("CREDITLOOP_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/enforcement-page.png"));

        // The discretion sheet as PDF, read back.
        const QString pdf = fx.store.dirPath() + QStringLiteral("/sheet.pdf");
        page.writeSheetPdf(pdf);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (!shots.isEmpty())
            QFile::copy(pdf, shots + QStringLiteral("/discretion-sheet.pdf"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF was written but not read back");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("龙口市海韵食品有限公司")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("91370681MA3P7K2Q3U")));
        QVERIFY(text.contains(QStringLiteral("E3")));
        QVERIFY(text.contains(QStringLiteral("第三十三条第一款")));
        QVERIFY(text.contains(QStringLiteral("营业执照未悬挂于醒目位置")));
        QVERIFY(text.contains(QStringLiteral("经营场所位于景区")));
        QVERIFY(text.contains(page.currentCase()->caseNo));
    }
};

QTEST_MAIN(TestEnforcementPage)
#include "tst_enforcementpage.moc"
