// The credit light in the register: the light column (marker and name), the light filter pushed
// into SQL (grey also meaning "never computed"), the filter combo on the page, and the profile
// with the light's rule, its reasons, the evaluations and the timeline. Lights are set through
// the grade importer, as in the program.
#include "EntityFixture.h"
#include "GradeFixture.h"
#include "TestStore.h"
#include "common/AppFont.h"
#include "entities/EntityListModel.h"
#include "entities/EntityPage.h"
#include "entities/EntityProfileDialog.h"
#include "entities/LightTimeline.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPixmap>
#include <QTreeWidget>
#include <QtTest>

using namespace cl;

class TestEntityLights : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lightColumnShowsMarkerAndName();
    void filterByLight_data();
    void filterByLight();
    void pageComboFilters();
    void profileExplainsTheLight();

private:
    static QHash<QString, QString> lightsOf(EntityListModel &model);
    static bool loadAll(EntityListModel &model);

    std::unique_ptr<test::TestStore> m_store;
    QList<Entity> m_entities;
    QHash<QString, QString> m_expected;  // code → light
};

void TestEntityLights::initTestCase()
{
    qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
    AppFont::apply(*qApp);
    m_store = std::make_unique<test::TestStore>();
    m_entities = test::addEntities(m_store->db(), 120);
    // 0–9 red, 10–29 yellow, 30–69 green; the other 50 never graded (no light row: grey).
    QList<test::GradeLine> lines;
    for (int i = 0; i < 70; ++i) {
        const QString grade = i < 10 ? QStringLiteral("D") : i < 30 ? QStringLiteral("C") : QStringLiteral("A");
        lines << test::GradeLine{m_entities.at(i).code, m_entities.at(i).name, grade};
        m_expected.insert(m_entities.at(i).code, i < 10 ? QStringLiteral("red") : i < 30 ? QStringLiteral("yellow") : QStringLiteral("green"));
    }
    for (int i = 70; i < m_entities.size(); ++i)
        m_expected.insert(m_entities.at(i).code, QStringLiteral("grey"));
    const GradeImportResult r = test::importGrades(m_store->db(), test::writeGradeCsv(m_store->dirPath() + QStringLiteral("/g.csv"), lines));
    QCOMPARE(r.inserted, 70);
    QCOMPARE(r.rejected, 0);
}

bool TestEntityLights::loadAll(EntityListModel &model)
{
    if (!QTest::qWaitFor([&] { return !model.isCounting(); }, 10000))
        return false;
    const int rows = model.rowCount();
    return QTest::qWaitFor(
        [&] {
            for (int row = 0; row < rows; row += EntityListModel::PageSize / 2)
                model.data(model.index(row, 0));
            for (int row = 0; row < rows; ++row)
                if (!model.entityAt(row)) {
                    model.data(model.index(row, 0));
                    return false;
                }
            return true;
        },
        10000);
}

QHash<QString, QString> TestEntityLights::lightsOf(EntityListModel &model)
{
    QHash<QString, QString> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.insert(model.data(model.index(row, EntityListModel::CodeColumn)).toString(),
                   model.data(model.index(row, EntityListModel::LightColumn), EntityListModel::LightRole).toString());
    return out;
}

void TestEntityLights::lightColumnShowsMarkerAndName()
{
    EntityListModel model(m_store->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(lightsOf(model), m_expected);
    QVERIFY(!model.headerData(EntityListModel::LightColumn, Qt::Horizontal).toString().isEmpty());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex cell = model.index(row, EntityListModel::LightColumn);
        const QString light = model.data(cell, EntityListModel::LightRole).toString();
        // Colour is never the only cue: the light's name is the text and the tooltip.
        QCOMPARE(model.data(cell).toString(), LightEngine::lightLabel(light));
        QVERIFY(model.data(cell, Qt::ToolTipRole).toString().contains(LightEngine::lightLabel(light)));
        QVERIFY(!model.data(cell, Qt::DecorationRole).value<QPixmap>().isNull());
    }
}

void TestEntityLights::filterByLight_data()
{
    QTest::addColumn<QString>("light");
    QTest::addColumn<int>("expected");
    QTest::newRow("red") << QStringLiteral("red") << 10;
    QTest::newRow("yellow") << QStringLiteral("yellow") << 20;
    QTest::newRow("green") << QStringLiteral("green") << 40;
    QTest::newRow("grey includes never computed") << QStringLiteral("grey") << 50;
    QTest::newRow("any") << QString() << 120;
}

void TestEntityLights::filterByLight()
{
    QFETCH(QString, light);
    QFETCH(int, expected);
    EntityListModel model(m_store->db());
    EntityQuery filter;
    filter.light = light;
    model.setFilter(filter);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.totalCount(), qint64(expected));
    for (auto [code, got] : lightsOf(model).asKeyValueRange()) {
        QCOMPARE(got, m_expected.value(code));
        if (!light.isEmpty())
            QCOMPARE(got, light);
    }

    // Combined with another filter, and sorted: still in SQL, still exact.
    filter.kind = QStringLiteral("individual");
    model.setFilter(filter);
    model.sort(EntityListModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(loadAll(model));
    int individuals = 0;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it)
        if ((light.isEmpty() || it.value() == light) && it.key().startsWith(QLatin1String("92")))
            ++individuals;
    QCOMPARE(model.rowCount(), individuals);
}

void TestEntityLights::pageComboFilters()
{
    EntityPage page(m_store->db(), Actor::bootstrap());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("lightFilter"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);  // all, red, yellow, green, grey
    const int red = combo->findData(QStringLiteral("red"));
    QVERIFY(red > 0);
    QVERIFY(!combo->itemIcon(red).isNull());
    combo->setFocus();
    combo->setCurrentIndex(red);
    QCOMPARE(page.model()->query().light, QStringLiteral("red"));
    QTRY_COMPARE(page.model()->totalCount(), qint64(10));
    QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("entityCount"))->text().contains(QLatin1String("10")));
    QVERIFY(loadAll(*page.model()));
    for (const QString &l : lightsOf(*page.model()))
        QCOMPARE(l, QStringLiteral("red"));
    page.setLightFilter(QString());
    QTRY_COMPARE(page.model()->totalCount(), qint64(120));
}

void TestEntityLights::profileExplainsTheLight()
{
    // Entity 0 is red by the tax bureau's D (R3, rule R4).
    const Entity &red = m_entities.at(0);
    EntityProfileDialog dialog(m_store->db(), Actor::bootstrap(), red.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("profileLightName"))->text(), LightEngine::lightLabel(QStringLiteral("red")));
    const QString rule = dialog.findChild<QLabel *>(QStringLiteral("profileLight"))->text();
    QVERIFY2(rule.contains(QLatin1String("R4")) && rule.contains(LightEngine::ruleLabel(QStringLiteral("R4"))), qPrintable(rule));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("profileLightStale")));  // the stored light agrees

    auto *reasons = dialog.findChild<QTreeWidget *>(QStringLiteral("profileReasons"));
    QVERIFY(reasons);
    QCOMPARE(reasons->topLevelItemCount(), 1);
    const QTreeWidgetItem *reason = reasons->topLevelItem(0);
    const QStringList cells = [&] {
        QStringList c;
        for (int i = 0; i < reasons->columnCount(); ++i)
            c << reason->text(i);
        return c;
    }();
    QVERIFY2(cells.contains(QStringLiteral("R4")), qPrintable(cells.join(QLatin1Char('|'))));
    QVERIFY(cells.contains(QStringLiteral("税务局")));
    QVERIFY(cells.contains(QStringLiteral("TAX")));
    QVERIFY(cells.contains(QStringLiteral("D")));
    QVERIFY(cells.contains(QStringLiteral("R3")));
    QVERIFY(cells.contains(QStringLiteral("2026-03-01")));
    QVERIFY(cells.contains(QStringLiteral("2027-03-01")));  // valid to: evaluated on + 365 days

    auto *evaluations = dialog.findChild<QTreeWidget *>(QStringLiteral("profileEvaluations"));
    QVERIFY(evaluations);
    QCOMPARE(evaluations->topLevelItemCount(), 1);
    QCOMPARE(evaluations->topLevelItem(0)->text(2), QStringLiteral("D"));

    auto *timeline = dialog.findChild<LightTimeline *>(QStringLiteral("profileTimeline"));
    QVERIFY(timeline);
    QCOMPARE(timeline->segmentCount(), 1);
    auto *history = dialog.findChild<QTreeWidget *>(QStringLiteral("profileHistory"));
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(1), LightEngine::lightLabel(QStringLiteral("red")));
    const QString folder = qEnvironmentVariable("CREDITLOOP_SCREENSHOTS");
    if (!folder.isEmpty())
        dialog.grab().save(folder + QStringLiteral("/profile-light-test.png"));

    // An entity never graded: grey, rule U1, no evaluations, nothing recorded yet.
    EntityProfileDialog grey(m_store->db(), Actor::bootstrap(), m_entities.at(100).id);
    QCOMPARE(grey.findChild<QLabel *>(QStringLiteral("profileLightName"))->text(), LightEngine::lightLabel(QStringLiteral("grey")));
    QVERIFY(grey.findChild<QLabel *>(QStringLiteral("profileLight"))->text().contains(QLatin1String("U1")));
    QCOMPARE(grey.findChild<LightTimeline *>(QStringLiteral("profileTimeline"))->segmentCount(), 0);
}

QTEST_MAIN(TestEntityLights)
#include "tst_entitylights.moc"
