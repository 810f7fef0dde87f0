// The spot-check page through its widgets: a draw is reproducible from its seed (the same seed
// twice gives the same rows; another seed another plan), the random-seed button fills in a
// visible seed, a saved plan is listed and reopens with the same rows, and the plan exports to
// CSV and XLSX.
#include "EntityFixture.h"
#include "GradeFixture.h"
#include "TestStore.h"
#include "common/AppFont.h"
#include "supervision/SpotCheckPage.h"
#include "supervision/SpotCheckPlanner.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace cl;

namespace {
QList<QStringList> tableRows(QTableWidget *table)
{
    QList<QStringList> rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table->columnCount(); ++c)
            row << table->item(r, c)->text();
        rows << row;
    }
    return rows;
}
} // namespace

class TestSpotCheckPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameRows();
    void randomSeedIsVisible();
    void savesReopensAndExports();

private:
    QList<QStringList> drawWith(SpotCheckPage &page, const QString &seed);

    std::unique_ptr<test::TestStore> m_store;
    QList<Entity> m_entities;
};

void TestSpotCheckPage::initTestCase()
{
    qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
    AppFont::apply(*qApp);
    m_store = std::make_unique<test::TestStore>();
    m_entities = test::addEntities(m_store->db(), 400);
    // Graded by the market regulator, so all of them are in its population, in every light.
    QList<test::GradeLine> lines;
    for (int i = 0; i < 200; ++i)
        lines << test::GradeLine{m_entities.at(i).code, m_entities.at(i).name,
                                 i % 10 == 0 ? QStringLiteral("E") : i % 5 == 1 ? QStringLiteral("C") : QStringLiteral("A"),
                                 QStringLiteral("市场监管局")};
    const GradeImportResult r = test::importGrades(m_store->db(), test::writeGradeCsv(m_store->dirPath() + QStringLiteral("/g.csv"), lines));
    QCOMPARE(r.rejected, 0);
    SpotCheckPlanner planner(m_store->db());
    for (int i = 1; i <= 4; ++i)
        planner.addInspector(Actor::bootstrap(), QStringLiteral("市场监管局"), QStringLiteral("检查员%1").arg(i), QStringLiteral("SC-%1").arg(i));
}

QList<QStringList> TestSpotCheckPage::drawWith(SpotCheckPage &page, const QString &seed)
{
    auto *seedEdit = page.findChild<QLineEdit *>(QStringLiteral("spotSeed"));
    seedEdit->clear();
    QTest::keyClicks(seedEdit, seed);
    auto *draw = page.findChild<QPushButton *>(QStringLiteral("spotDraw"));
    QSignalSpy shown(&page, &SpotCheckPage::planShown);
    [&] {
        QVERIFY(draw->isEnabled());
        QTest::mouseClick(draw, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    }();
    return tableRows(page.findChild<QTableWidget *>(QStringLiteral("planTable")));
}

void TestSpotCheckPage::sameSeedSameRows()
{
    SpotCheckPage page(m_store->db(), Actor::bootstrap());
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *department = page.findChild<QComboBox *>(QStringLiteral("spotDepartment"));
    department->setCurrentIndex(department->findText(QStringLiteral("市场监管局")));

    const QList<QStringList> first = drawWith(page, QStringLiteral("20260601"));
    QVERIFY(!first.isEmpty());
    QCOMPARE(page.plan().id, 0);  // a preview, not saved
    QCOMPARE(page.plan().seed, QStringLiteral("20260601"));
    QCOMPARE(first.size(), page.plan().items.size());
    // Risk-based: red entities are drawn at 60 %, green at 3 %.
    QCOMPARE(page.plan().populationByLight.value(QStringLiteral("red")), 20);
    const QString summary = page.findChild<QLabel *>(QStringLiteral("planSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("20260601")), qPrintable(summary));

    const QList<QStringList> again = drawWith(page, QStringLiteral("20260601"));
    QCOMPARE(again, first);
    const QList<QStringList> other = drawWith(page, QStringLiteral("another seed"));
    QVERIFY(other != first);
    const QString folder = qEnvironmentVariable("CREDITLOOP_SCREENSHOTS");
    if (!folder.isEmpty())
        page.grab().save(folder + QStringLiteral("/spotcheck-test.png"));
}

void TestSpotCheckPage::randomSeedIsVisible()
{
    SpotCheckPage page(m_store->db(), Actor::bootstrap());
    auto *seed = page.findChild<QLineEdit *>(QStringLiteral("spotSeed"));
    QVERIFY(seed->text().isEmpty());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("spotDraw"))->isEnabled());
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("spotRandomSeed")), Qt::LeftButton);
    QCOMPARE(seed->text().size(), 8);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("spotDraw"))->isEnabled());
}

void TestSpotCheckPage::savesReopensAndExports()
{
    SpotCheckPage page(m_store->db(), Actor::bootstrap());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *department = page.findChild<QComboBox *>(QStringLiteral("spotDepartment"));
    department->setCurrentIndex(department->findText(QStringLiteral("市场监管局")));
    const QList<QStringList> drawn = drawWith(page, QStringLiteral("seed-42"));

    QSignalSpy saved(&page, &SpotCheckPage::planSaved);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("spotSave")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    const qint64 id = saved.first().first().toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(page.plan().id, id);
    auto *plans = page.findChild<QTableWidget *>(QStringLiteral("savedPlans"));
    QCOMPARE(plans->rowCount(), 1);
    QCOMPARE(plans->item(0, 3)->text(), QStringLiteral("seed-42"));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("planTable"));
    QCOMPARE(tableRows(table), drawn);

    // Another draw, then back to the saved plan from the list: the same rows.
    drawWith(page, QStringLiteral("something else"));
    QSignalSpy shown(&page, &SpotCheckPage::planShown);
    plans->clearSelection();
    plans->selectRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    QCOMPARE(page.plan().id, id);
    QCOMPARE(tableRows(table), drawn);

    QSignalSpy exported(&page, &SpotCheckPage::planExported);
    const QString csv = m_store->dirPath() + QStringLiteral("/plan.csv");
    page.exportPlan(csv);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));  // Excel reads the Chinese
    QCOMPARE(bytes.count('\n'), drawn.size() + 1);
    QVERIFY(QString::fromUtf8(bytes).contains(drawn.first().at(1)));

    const QString xlsx = m_store->dirPath() + QStringLiteral("/plan.xlsx");
    page.exportPlan(xlsx);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 20000);
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QVERIFY(book.read(2) == "PK");
}

QTEST_MAIN(TestSpotCheckPage)
#include "tst_spotcheckpage.moc"
