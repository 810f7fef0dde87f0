// The 同步 page through its widgets: keys created from the page, hub folder and interval saved,
// the departments the office verifies commitments for chosen from a menu and saved,
// 立即同步 runs a round in the background that applies a trusted package and quarantines a
// damaged one; the rounds, quarantine and log tabs and the status-bar indicator show it.
#include "SyncFixtures.h"
#include "common/AppFont.h"
#include "sync/SyncExporter.h"
#include "sync/SyncPage.h"
#include "sync/SyncScheduler.h"
#include "sync/SyncSettings.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace cl;

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        AppFont::apply(*qApp);
    }

    void keysSettingsAndARound()
    {
        test::TestStore store;
        SyncPage page(store.db(), Actor::bootstrap());
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *syncNow = page.findChild<QPushButton *>(QStringLiteral("syncNowButton"));
        QVERIFY(!syncNow->isEnabled());  // no keys, no hub yet
        QCOMPARE(page.statusIndicator()->text(), QStringLiteral("Sync: never"));

        // Keys from the page: a bad code is refused inline, a good one creates the pair.
        auto *office = page.findChild<QLineEdit *>(QStringLiteral("syncOffice"));
        QTest::keyClicks(office, QStringLiteral("bad code"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncCreateKeys")), Qt::LeftButton);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncMessage"))->text().contains(QStringLiteral("not a valid office code")));
        office->clear();
        QTest::keyClicks(office, QStringLiteral("lk-b"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncCreateKeys")), Qt::LeftButton);
        QCOMPARE(office->text(), QStringLiteral("LK-B"));
        QVERIFY(office->isReadOnly());
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("syncPublicKey"))->text(), SyncKeys::publicKey(store.db().sql()));

        // Another office A, trusted here, has a package waiting in the hub; next to it a damaged file.
        test::TestStore a;
        const QString keyA = SyncKeys::init(a.db(), Actor::bootstrap(), QStringLiteral("LK-A"));
        // Trusted from the page: a wrong key is refused inline, the right one listed with its fingerprint.
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("syncTrustCode")), QStringLiteral("lk-a"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("syncTrustKey")), QStringLiteral("not a key"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncTrustButton")), Qt::LeftButton);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncMessage"))->text().contains(QStringLiteral("not an Ed25519 public key")));
        page.findChild<QLineEdit *>(QStringLiteral("syncTrustKey"))->clear();
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("syncTrustKey")), keyA);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncTrustButton")), Qt::LeftButton);
        auto *trusted = page.findChild<QTableWidget *>(QStringLiteral("syncTrusted"));
        QCOMPARE(trusted->rowCount(), 1);
        QCOMPARE(trusted->item(0, 0)->text(), QStringLiteral("LK-A"));
        QCOMPARE(trusted->item(0, 1)->text(), SyncKeys::fingerprint(QByteArray::fromBase64(keyA.toLatin1())));
        test::importGrades(a.db(), a.dirPath(), QStringLiteral("g.csv"), test::gradeRows(20));
        const QString hub = store.dirPath() + QStringLiteral("/hub");
        const QString inbox = hub + QStringLiteral("/from-platform/LK-B");
        QVERIFY(SyncExporter::exportChanges(a.db(), Actor::bootstrap(), inbox).written);
        test::writeFile(inbox + QStringLiteral("/LK-A_000009.clsync"), QByteArray("not a zip archive"));

        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("syncHub")), hub);
        page.findChild<QSpinBox *>(QStringLiteral("syncInterval"))->setValue(30);
        // The departments this office verifies for: none at first; two checked in the menu, shown on the button.
        auto *verifies = page.findChild<QPushButton *>(QStringLiteral("syncVerifies"));
        QCOMPARE(verifies->text(), QStringLiteral("No department (no verification tasks here)"));
        auto *menu = page.findChild<QMenu *>(QStringLiteral("syncVerifiesMenu"));
        for (QAction *action : menu->actions())
            if (action->text() == QStringLiteral("卫生健康局") || action->text() == QStringLiteral("消防救援大队"))
                action->trigger();
        QCOMPARE(verifies->text(), QStringLiteral("卫生健康局、消防救援大队"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncSaveSettings")), Qt::LeftButton);
        QCOMPARE(page.scheduler()->intervalMinutes(), 30);
        QCOMPARE(SyncSettings::load(store.db().sql()).verifiesFor, (QList<qint64>{6, 18}));
        page.reload();
        QCOMPARE(verifies->text(), QStringLiteral("卫生健康局、消防救援大队"));
        QVERIFY(syncNow->isEnabled());

        QSignalSpy finished(page.scheduler(), &SyncScheduler::roundFinished);
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QVERIFY(page.scheduler()->isRunning() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().at(0).toBool(), true);

        auto *runs = page.findChild<QTableWidget *>(QStringLiteral("syncRuns"));
        QCOMPARE(runs->rowCount(), 1);
        QCOMPARE(runs->item(0, 3)->text(), QStringLiteral("1"));  // applied
        QCOMPARE(runs->item(0, 5)->text(), QStringLiteral("1"));  // quarantined
        auto *quarantine = page.findChild<QTableWidget *>(QStringLiteral("syncQuarantine"));
        QCOMPARE(quarantine->rowCount(), 1);
        QCOMPARE(quarantine->item(0, 1)->text(), QStringLiteral("LK-A_000009.clsync"));
        QCOMPARE(quarantine->item(0, 2)->text(), QStringLiteral("archive check"));
        QVERIFY(QFile::exists(inbox + QStringLiteral("/quarantine/LK-A_000009.clsync.reason.txt")));
        QVERIFY(QFile::exists(inbox + QStringLiteral("/done/LK-A_000001.clsync")));
        QVERIFY(page.findChild<QPlainTextEdit *>(QStringLiteral("syncLog"))->toPlainText().contains(QStringLiteral("LK-A_000001.clsync")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncLastRun"))->text().contains(QStringLiteral("1 applied")));
        QVERIFY(page.statusIndicator()->text().startsWith(QStringLiteral("Sync ⚠")));
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM evaluations")).toInt(), 20);

        const QString shots = qEnvironmentVariable("CREDITLOOP_SCREENSHOTS");
        if (!shots.isEmpty()) {
            page.findChild<QTabWidget *>(QStringLiteral("syncTabs"))->setCurrentIndex(2);
            page.grab().save(shots + QStringLiteral("/sync.png"));
        }

        // A second round: nothing new; the quarantined file stays where it was put.
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(runs->rowCount(), 2);
        QVERIFY(page.statusIndicator()->text().startsWith(QStringLiteral("Sync ✓")));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
