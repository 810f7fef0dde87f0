// EntityListModel against a real store of 1,000 generated entities: the model contract
// (QAbstractItemModelTester), filters and sort pushed into SQL, paging, the bounded page cache
// and that results of a superseded filter never reach the view.
#include "EntityFixture.h"
#include "TestStore.h"
#include "entities/EntityListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <algorithm>

using namespace cl;

class TestEntityListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void countsAndLoadsPagesOnDemand();
    void filtersInSql_data();
    void filtersInSql();
    void sortsInSql();
    void ignoresUnsortableColumns();
    void keepsPageCacheBounded();
    void discardsStalePagesWhenFilterChanges();

private:
    // Asks for every row and waits until all are loaded.
    static bool loadAll(EntityListModel &model);
    static void waitCounted(EntityListModel &model);

    std::unique_ptr<test::TestStore> m_store;
    QList<Entity> m_entities;
};

void TestEntityListModel::initTestCase()
{
    m_store = std::make_unique<test::TestStore>();
    m_entities = test::addEntities(m_store->db(), 1000);
    QCOMPARE(m_entities.size(), 1000);
}

void TestEntityListModel::waitCounted(EntityListModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 10000);
}

bool TestEntityListModel::loadAll(EntityListModel &model)
{
    const int rows = model.rowCount();
    for (int row = 0; row < rows; row += EntityListModel::PageSize / 2)
        model.data(model.index(row, 0));
    if (rows > 0)
        model.data(model.index(rows - 1, 0));
    return QTest::qWaitFor(
        [&] {
            for (int row = 0; row < rows; row += EntityListModel::PageSize) {
                if (!model.entityAt(row))
                    return false;
            }
            // A page may have been dropped from the wish list by a newer one: ask again.
            for (int row = 0; row < rows; row += EntityListModel::PageSize)
                model.data(model.index(row, 0));
            return rows == 0 || model.entityAt(rows - 1).has_value();
        },
        10000);
}

void TestEntityListModel::passesModelTester()
{
    EntityListModel model(m_store->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitCounted(model);
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(loadAll(model));

    EntityQuery filter;
    filter.text = QStringLiteral("海川");
    model.setFilter(filter);
    waitCounted(model);
    QVERIFY(loadAll(model));
    model.sort(EntityListModel::NameColumn, Qt::DescendingOrder);
    waitCounted(model);
    QVERIFY(loadAll(model));
    model.setFilter(EntityQuery{});
    waitCounted(model);
    QVERIFY(loadAll(model));
}

void TestEntityListModel::countsAndLoadsPagesOnDemand()
{
    EntityListModel model(m_store->db());
    QSignalSpy counted(&model, &EntityListModel::countChanged);
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(counted.wait(10000));
    QCOMPARE(counted.takeFirst().at(0).toLongLong(), 1000);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), int(EntityListModel::ColumnCount));

    // Nothing is loaded until a view asks; a placeholder answers meanwhile.
    QCOMPARE(model.cachedPageCount(), 0);
    QCOMPARE(model.data(model.index(700, 0), EntityListModel::LoadedRole).toBool(), false);
    QVERIFY(!model.data(model.index(700, 0)).toString().isEmpty());
    QTRY_VERIFY(model.entityAt(700).has_value());
    // Row 700 lives in page 2 (rows 512-767): that page only.
    QVERIFY(model.isPageCached(2));
    QCOMPARE(model.cachedPageCount(), 1);
    QVERIFY(model.entityAt(512).has_value());
    QVERIFY(model.entityAt(767).has_value());
    QVERIFY(!model.entityAt(511).has_value());

    // Default order is by credit code.
    QStringList codes;
    for (const Entity &e : m_entities)
        codes << e.code;
    std::sort(codes.begin(), codes.end());
    QCOMPARE(model.data(model.index(700, EntityListModel::CodeColumn)).toString(), codes.at(700));
    QCOMPARE(model.data(model.index(700, EntityListModel::CodeColumn), EntityListModel::EntityCodeRole).toString(),
             codes.at(700));
}

void TestEntityListModel::filtersInSql_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("townIndex");
    QTest::addColumn<int>("industryIndex");
    QTest::addColumn<QString>("kind");

    QTest::newRow("two-character Chinese word") << QStringLiteral("海川") << -1 << -1 << QString();
    QTest::newRow("one character") << QStringLiteral("药") << -1 << -1 << QString();
    QTest::newRow("code prefix") << QStringLiteral("92370681") << -1 << -1 << QString();
    QTest::newRow("lower-case code prefix") << QStringLiteral("91370681ma") << -1 << -1 << QString();
    QTest::newRow("town") << QString() << 2 << -1 << QString();
    QTest::newRow("industry") << QString() << -1 << 5 << QString();
    QTest::newRow("kind") << QString() << -1 << -1 << QStringLiteral("individual");
    QTest::newRow("everything") << QStringLiteral("龙口") << 4 << -1 << QStringLiteral("enterprise");
    QTest::newRow("nothing matches") << QStringLiteral("不存在的名字") << -1 << -1 << QString();
}

void TestEntityListModel::filtersInSql()
{
    QFETCH(QString, text);
    QFETCH(int, townIndex);
    QFETCH(int, industryIndex);
    QFETCH(QString, kind);

    const QList<NamedRow> towns = ReferenceData::towns(m_store->db().sql());
    const QList<NamedRow> industries = ReferenceData::industries(m_store->db().sql());
    EntityQuery filter;
    filter.text = text;
    filter.townId = townIndex >= 0 ? towns.at(townIndex).id : 0;
    filter.industryId = industryIndex >= 0 ? industries.at(industryIndex).id : 0;
    filter.kind = kind;

    const QString upper = text.toUpper();
    QSet<QString> expected;
    for (const Entity &e : m_entities) {
        const bool textOk = text.isEmpty() || e.name.contains(text) || e.code.startsWith(upper);
        if (textOk && (!filter.townId || e.townId == filter.townId) && (!filter.industryId || e.industryId == filter.industryId)
            && (kind.isEmpty() || e.kind == kind))
            expected.insert(e.code);
    }

    EntityListModel model(m_store->db());
    model.setFilter(filter);
    waitCounted(model);
    QCOMPARE(model.totalCount(), qint64(expected.size()));
    QCOMPARE(model.rowCount(), int(expected.size()));
    QVERIFY(loadAll(model));
    QSet<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(model.entityAt(row)->code);
    QCOMPARE(shown, expected);
}

void TestEntityListModel::sortsInSql()
{
    EntityListModel model(m_store->db());
    waitCounted(model);

    model.sort(EntityListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), int(EntityListModel::NameColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    waitCounted(model);
    QVERIFY(loadAll(model));
    QStringList names;
    for (const Entity &e : m_entities)
        names << e.name;
    std::sort(names.begin(), names.end(), std::greater<QString>());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, EntityListModel::NameColumn)).toString(), names.at(row));

    model.sort(EntityListModel::RegisteredColumn, Qt::AscendingOrder);
    waitCounted(model);
    QVERIFY(loadAll(model));
    QDate previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate date = model.entityAt(row)->registeredOn;
        QVERIFY2(!previous.isValid() || previous <= date, qPrintable(QString::number(row)));
        previous = date;
    }

    model.sort(EntityListModel::CodeColumn, Qt::DescendingOrder);
    waitCounted(model);
    QVERIFY(loadAll(model));
    QVERIFY(model.entityAt(0)->code > model.entityAt(999)->code);
}

void TestEntityListModel::ignoresUnsortableColumns()
{
    EntityListModel model(m_store->db());
    waitCounted(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int column : {int(EntityListModel::KindColumn), int(EntityListModel::IndustryColumn), int(EntityListModel::TownColumn),
                       int(EntityListModel::StatusColumn)}) {
        QVERIFY(!EntityListModel::isSortable(column));
        model.sort(column, Qt::DescendingOrder);
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.sortColumn(), int(EntityListModel::CodeColumn));
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
}

void TestEntityListModel::keepsPageCacheBounded()
{
    EntityListModel model(m_store->db());
    model.setMaxCachedPages(2);
    waitCounted(model);
    for (int page = 0; page < 4; ++page) {
        const int row = page * EntityListModel::PageSize;
        model.data(model.index(row, 0));
        QTRY_VERIFY(model.entityAt(row).has_value());
        QVERIFY(model.cachedPageCount() <= 2);
    }
    // Pages 2 and 3 were used last; 0 and 1 were evicted and come back on demand.
    QVERIFY(model.isPageCached(2));
    QVERIFY(model.isPageCached(3));
    QVERIFY(!model.isPageCached(0));
    model.data(model.index(2 * EntityListModel::PageSize, 0));  // touch page 2: page 3 is now the oldest
    model.data(model.index(0, 0));
    QTRY_VERIFY(model.isPageCached(0));
    QVERIFY(model.isPageCached(2));
    QVERIFY(!model.isPageCached(3));
    QCOMPARE(model.cachedPageCount(), 2);
}

void TestEntityListModel::discardsStalePagesWhenFilterChanges()
{
    EntityListModel model(m_store->db());
    waitCounted(model);
    QSignalSpy loaded(&model, &EntityListModel::pageLoaded);

    // Ask for the last page under "all entities", then change the filter before it arrives:
    // its rows must never show up under the new filter.
    for (int i = 0; i < 20; ++i) {
        model.data(model.index(999 - i * 37, 0));
        EntityQuery filter;
        filter.text = i % 2 ? QStringLiteral("海川") : QStringLiteral("药房");
        model.setFilter(filter);
        QVERIFY(model.isCounting());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.cachedPageCount(), 0);
        model.setFilter(EntityQuery{});
        waitCounted(model);
    }
    EntityQuery filter;
    filter.text = QStringLiteral("海川");
    model.data(model.index(999, 0));
    model.setFilter(filter);
    waitCounted(model);
    // Let any answer for the old query arrive and be thrown away.
    QTest::qWait(200);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 256);
    QVERIFY(!model.isPageCached(3));
    QVERIFY(loadAll(model));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(model.entityAt(row)->name.contains(QStringLiteral("海川")), qPrintable(model.entityAt(row)->name));
}

QTEST_MAIN(TestEntityListModel)
#include "tst_entitylistmodel.moc"
