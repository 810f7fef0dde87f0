// The violation catalogue and soft-enforcement list: the default set, CSV/XLSX export and re-import, and a file
// with bad rows (each rejected alone with row and column; the good rows applied; nothing else changed).
#include "TestStore.h"
#include "auth/Actor.h"
#include "common/Error.h"
#include "db/SqlUtil.h"
#include "enforcement/ViolationCatalogue.h"

#include <QtTest>

using namespace cl;

class TestViolationCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        test::TestStore store;
        ViolationCatalogue cat(store.db());
        const QList<ViolationItem> soft = cat.items(true);
        QVERIFY(soft.size() >= 25);
        QCOMPARE(soft.first().softSeq, 1);
        for (const ViolationItem &i : soft) {
            QVERIFY(!i.violationBasis.isEmpty());
            QVERIFY(!i.penaltyBasis.isEmpty());
            QVERIFY(i.fineMaxFen >= i.fineMinFen);
            QVERIFY(!i.softLevel.isEmpty());
        }
        QVERIFY(cat.items().size() > soft.size());
        const ViolationItem m = cat.require(QStringLiteral(" mkt-01 "));
        QCOMPARE(m.department, QStringLiteral("市场监管局"));
        QCOMPARE(m.fineMaxFen, 3000000);
        try {
            cat.require(QStringLiteral("NOPE"));
            QFAIL("unknown code accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::NotFound);
        }
    }

    void exportAndReimport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << QStringLiteral("items.csv");
        QTest::newRow("xlsx") << QStringLiteral("items.xlsx");
    }
    void exportAndReimport()
    {
        QFETCH(QString, file);
        test::TestStore store;
        ViolationCatalogue cat(store.db());
        const QString path = store.dirPath() + QLatin1Char('/') + file;
        cat.exportFile(path);
        QVERIFY(QFileInfo(path).size() > 1000);
        const auto r = cat.importFile(Actor::bootstrap(), path);
        QCOMPARE(r.rejected.size(), 0);
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.unchanged, cat.items().size());
    }

    void badRowsRejectedAlone()
    {
        test::TestStore store;
        ViolationCatalogue cat(store.db());
        const qint64 before = cat.items().size();
        const auto r = cat.importFile(Actor::bootstrap(), qEnvironmentVariable("CREDITLOOP_TEST_DATA") + QStringLiteral("/enforcement/items_mixed.csv"));
        QCOMPARE(r.inserted, 1);   // MKT-50
        QCOMPARE(r.updated, 1);    // MKT-01 new maximum
        QCOMPARE(r.rejected.size(), 5);
        QCOMPARE(r.rejected.at(0).row, 3);
        QCOMPARE(r.rejected.at(0).column, QStringLiteral("执法部门"));
        QCOMPARE(r.rejected.at(1).row, 4);   // max below min
        QCOMPARE(r.rejected.at(2).row, 5);   // negative amount
        QCOMPARE(r.rejected.at(2).column, QStringLiteral("罚款下限（元）"));
        QCOMPARE(r.rejected.at(3).column, QStringLiteral("裁量等级"));
        QCOMPARE(r.rejected.at(4).column, QStringLiteral("序号"));  // sequence number taken
        QCOMPARE(cat.items().size(), before + 1);
        QCOMPARE(cat.require(QStringLiteral("MKT-01")).fineMaxFen, 5000000);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'violation_item'")).toInt(), 2);
    }

    void missingColumnsRefusedWhole()
    {
        test::TestStore store;
        ViolationCatalogue cat(store.db());
        const qint64 before = cat.items().size();
        try {
            cat.importFile(Actor::bootstrap(), qEnvironmentVariable("CREDITLOOP_TEST_DATA") + QStringLiteral("/enforcement/items_missing_columns.csv"));
            QFAIL("file without required columns accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Invalid);
            QVERIFY(e.message().contains(QStringLiteral("处罚依据")));
        }
        QCOMPARE(cat.items().size(), before);
    }
};

QTEST_GUILESS_MAIN(TestViolationCatalogue)
#include "tst_violationcatalogue.moc"
