// The administrator's grade-scheme editor: a level change runs on the worker, makes a new
// version, re-levels the stored evaluations and recomputes the lights the register shows.
#include "EntityFixture.h"
#include "GradeFixture.h"
#include "TestStore.h"
#include "settings/GradeSchemesBox.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace cl;

class TestGradeSchemesBox : public QObject
{
    Q_OBJECT

private slots:
    void changeLevelRecomputesLights();
};

void TestGradeSchemesBox::changeLevelRecomputesLights()
{
    qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
    test::TestStore store;
    const QList<Entity> entities = test::addEntities(store.db(), 3);
    const GradeImportResult r = test::importGrades(
        store.db(), test::writeGradeCsv(store.dirPath() + QStringLiteral("/g.csv"),
                                        {{entities.at(0).code, entities.at(0).name, QStringLiteral("C")}}));
    QCOMPARE(r.inserted, 1);
    QCOMPARE(EntityRepository(store.db()).byId(entities.at(0).id)->light, QStringLiteral("yellow"));

    GradeSchemesBox box(store.db(), Actor::bootstrap());
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    const int before = box.version();
    auto *scheme = box.findChild<QComboBox *>(QStringLiteral("schemeCombo"));
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("TAX")));
    auto *grades = box.findChild<QTableWidget *>(QStringLiteral("schemeGrades"));
    QCOMPARE(grades->rowCount(), 5);  // A B C D M

    QSignalSpy changed(&box, &GradeSchemesBox::lightsChanged);
    box.changeLevel(QStringLiteral("TAX"), QStringLiteral("C"), QStringLiteral("R3"));
    QVERIFY(box.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QCOMPARE(box.version(), before + 1);
    QVERIFY(box.findChild<QLabel *>(QStringLiteral("schemeVersion"))->text().contains(QString::number(before + 1)));
    QCOMPARE(EntityRepository(store.db()).byId(entities.at(0).id)->light, QStringLiteral("red"));
    bool found = false;
    for (int row = 0; row < grades->rowCount(); ++row)
        if (grades->item(row, 0)->text() == QLatin1String("C")) {
            QCOMPARE(grades->item(row, 1)->text(), QStringLiteral("R3"));
            found = true;
        }
    QVERIFY(found);

    // Refused (already that level): the message says so, nothing changes.
    box.changeLevel(QStringLiteral("TAX"), QStringLiteral("C"), QStringLiteral("R3"));
    QTRY_VERIFY(!box.isBusy());
    QCOMPARE(box.version(), before + 1);
    QVERIFY(!box.findChild<QLabel *>(QStringLiteral("schemeMessage"))->text().isEmpty());
}

QTEST_MAIN(TestGradeSchemesBox)
#include "tst_gradeschemesbox.moc"
