// The dashboard figures (DashboardData, DashboardReport) and the table exports (CSV, XLSX):
// exact counts and trend points on a hand-made store, the filters, cross-checks against plain SQL
// on a demo store, bad input.
#include "../support/TestStore.h"
#include "auth/Actor.h"
#include "common/Error.h"
#include "db/SqlUtil.h"
#include "demo/DemoGenerator.h"
#include "report/DashboardData.h"
#include "report/DashboardReport.h"
#include "report/ReportTableExport.h"
#include "supervision/TableReader.h"

#include <QFile>
#include <QStringDecoder>
#include <QtTest>

using namespace cl;

namespace {

qint64 industryId(Database &db, const char *code)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT id FROM industries WHERE code = ?"), {QString::fromLatin1(code)}).toLongLong();
}

void addEntity(Database &db, qint64 id, qint64 industry, qint64 town)
{
    sql::exec(db.sql(),
              QStringLiteral("INSERT INTO entities(id, code, name, kind, industry_id, town_id, created_at, updated_at) "
                             "VALUES (?, ?, ?, 'company', ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
              {id, QStringLiteral("CODE%1").arg(id), QStringLiteral("主体%1").arg(id), industry ? QVariant(industry) : QVariant(),
               town ? QVariant(town) : QVariant()});
}

void addLight(Database &db, qint64 entity, const char *date, const char *light)
{
    sql::exec(db.sql(),
              QStringLiteral("INSERT INTO light_history(entity_id, effective_on, light, rule_id, rule_version, reasons, recorded_at) "
                             "VALUES (?, ?, ?, 'X', 1, '[]', '2026-01-01T00:00:00Z')"),
              {entity, QString::fromLatin1(date), QString::fromLatin1(light)});
}

QString counts(const LightCounts &c)
{
    return QStringLiteral("%1/%2/%3/%4").arg(c.red).arg(c.yellow).arg(c.green).arg(c.grey);
}

ReportFilter spring()
{
    ReportFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 4, 30);
    f.asOf = QDate(2026, 4, 30);
    return f;
}

} // namespace

class TestDashboardData : public QObject
{
    Q_OBJECT

private:
    // Six entities (A = 餐饮服务 supervised by 市场监管局, B = 公共场所(住宿), towns 东莱街道 = 1, 龙港街道 = 2):
    //  1 A/1: green 01-15, red 03-10      2 A/2: yellow 02-01       3 B/1: grey 01-31, green 04-05
    //  4 B/-: red 05-01 (after as-of)     5 -/2: never computed      6 A/1: green 02-10, yellow 02-20
    void fill(Database &db)
    {
        const qint64 a = industryId(db, "F01"), b = industryId(db, "H01");
        addEntity(db, 1, a, 1);
        addEntity(db, 2, a, 2);
        addEntity(db, 3, b, 1);
        addEntity(db, 4, b, 0);
        addEntity(db, 5, 0, 2);
        addEntity(db, 6, a, 1);
        addLight(db, 1, "2026-01-15", "green");
        addLight(db, 2, "2026-02-01", "yellow");
        addLight(db, 3, "2026-01-31", "grey");
        addLight(db, 6, "2026-02-10", "green");
        addLight(db, 6, "2026-02-20", "yellow");
        addLight(db, 1, "2026-03-10", "red");
        addLight(db, 3, "2026-04-05", "green");
        addLight(db, 4, "2026-05-01", "red");
    }

private slots:
    void countsAndTrend()
    {
        test::TestStore store;
        fill(store.db());
        const DashboardData d = DashboardData::compute(store.db().sql(), spring());
        QCOMPARE(d.entities, 6);
        QCOMPARE(d.withoutLight, 2);
        QCOMPARE(counts(d.overall), QStringLiteral("1/2/1/0"));
        QCOMPARE(d.byIndustry.size(), 2);
        QCOMPARE(d.byIndustry.at(0).name, QStringLiteral("餐饮服务"));
        QCOMPARE(counts(d.byIndustry.at(0).counts), QStringLiteral("1/2/0/0"));
        QCOMPARE(d.byIndustry.at(1).name, QStringLiteral("公共场所(住宿)"));
        QCOMPARE(counts(d.byIndustry.at(1).counts), QStringLiteral("0/0/1/0"));
        QCOMPARE(d.byTown.size(), 2);
        QCOMPARE(d.byTown.at(0).id, 1);
        QCOMPARE(counts(d.byTown.at(0).counts), QStringLiteral("1/1/1/0"));
        QCOMPARE(d.byTown.at(1).id, 2);
        QCOMPARE(counts(d.byTown.at(1).counts), QStringLiteral("0/1/0/0"));

        QCOMPARE(d.trend.size(), 4);
        QCOMPARE(d.trend.at(0).date, QDate(2026, 1, 31));
        QCOMPARE(counts(d.trend.at(0).counts), QStringLiteral("0/0/1/1"));
        QCOMPARE(d.trend.at(1).date, QDate(2026, 2, 28));
        QCOMPARE(counts(d.trend.at(1).counts), QStringLiteral("0/2/1/1"));
        QCOMPARE(counts(d.trend.at(2).counts), QStringLiteral("1/2/0/1"));
        QCOMPARE(d.trend.at(3).date, QDate(2026, 4, 30));
        QCOMPARE(counts(d.trend.at(3).counts), QStringLiteral("1/2/1/0"));
    }

    void pastAsOfAndPartialMonth()
    {
        test::TestStore store;
        fill(store.db());
        ReportFilter f;
        f.asOf = QDate(2026, 2, 15);
        f.from = QDate(2026, 2, 10);
        const DashboardData d = DashboardData::compute(store.db().sql(), f);
        // Period defaults to end at the as-of date; its only point is the as-of date itself.
        QCOMPARE(d.trend.size(), 1);
        QCOMPARE(d.trend.at(0).date, QDate(2026, 2, 15));
        QCOMPARE(counts(d.overall), QStringLiteral("0/1/2/1"));
        QCOMPARE(counts(d.trend.at(0).counts), counts(d.overall));
        QCOMPARE(d.withoutLight, 2);

        // A later record (the history comes in row order) counts from the point it takes effect.
        ReportFilter later = spring();
        later.to = QDate(2026, 5, 31);
        const DashboardData l = DashboardData::compute(store.db().sql(), later);
        QCOMPARE(l.trend.size(), 5);
        QCOMPARE(counts(l.trend.at(4).counts), QStringLiteral("2/2/1/0"));
        QCOMPARE(counts(l.overall), QStringLiteral("1/2/1/0"));  // as of 04-30 still
    }

    void defaultPeriodIsTwelveMonths()
    {
        test::TestStore store;
        ReportFilter f;
        f.asOf = QDate(2026, 11, 20);
        const DashboardData d = DashboardData::compute(store.db().sql(), f);
        QCOMPARE(d.periodFrom, QDate(2025, 12, 1));
        QCOMPARE(d.periodTo, QDate(2026, 11, 20));
        QCOMPARE(d.trend.size(), 12);
        QCOMPARE(d.trend.last().date, QDate(2026, 11, 20));
        QCOMPARE(d.entities, 0);
    }

    void filters()
    {
        test::TestStore store;
        fill(store.db());
        ReportFilter f = spring();
        f.townId = 2;
        DashboardData d = DashboardData::compute(store.db().sql(), f);
        QCOMPARE(d.entities, 2);
        QCOMPARE(d.withoutLight, 1);
        QCOMPARE(counts(d.overall), QStringLiteral("0/1/0/0"));

        f = spring();
        f.industryId = industryId(store.db(), "F01");
        d = DashboardData::compute(store.db().sql(), f);
        QCOMPARE(d.entities, 3);
        QCOMPARE(counts(d.overall), QStringLiteral("1/2/0/0"));
        QCOMPARE(counts(d.trend.at(1).counts), QStringLiteral("0/2/1/0"));

        // 市场监管局 supervises 餐饮服务 (department_industries): entities 1, 2, 6.
        f = spring();
        f.departmentId = 2;
        d = DashboardData::compute(store.db().sql(), f);
        QCOMPARE(d.entities, 3);
        QCOMPARE(counts(d.overall), QStringLiteral("1/2/0/0"));

        // 税务局 supervises no industry field: its scope is what it has evaluated (entity 3).
        sql::exec(store.db().sql(),
                  QStringLiteral("INSERT INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, level, scheme_version, "
                                 "evaluated_on, valid_from, valid_to) VALUES (3, 3, 'TAX', 'A', 'A', 'R0', 1, '2026-02-01', "
                                 "'2026-02-01', '2027-01-31')"));
        f.departmentId = 3;
        d = DashboardData::compute(store.db().sql(), f);
        QCOMPARE(d.entities, 1);
        QCOMPARE(counts(d.overall), QStringLiteral("0/0/1/0"));

        f.townId = 2;  // filters combine
        d = DashboardData::compute(store.db().sql(), f);
        QCOMPARE(d.entities, 0);
        QCOMPARE(d.overall.total(), 0);
    }

    void badInput()
    {
        test::TestStore store;
        ReportFilter f;
        f.from = QDate(2026, 5, 1);
        f.to = QDate(2026, 4, 30);
        try {
            DashboardData::compute(store.db().sql(), f);
            QFAIL("a period ending before it starts was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Invalid);
            QVERIFY(e.message().contains(QStringLiteral("2026-05-01")));
        }
        f = {};
        f.from = QDate(2000, 1, 1);
        f.to = QDate(2026, 1, 1);
        QVERIFY_THROWS_EXCEPTION(Error, DashboardData::compute(store.db().sql(), f));
        f = {};
        f.townId = 999;
        try {
            DashboardData::compute(store.db().sql(), f);
            QFAIL("an unknown town was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::NotFound);
        }
        f = {};
        f.departmentId = 999;
        QVERIFY_THROWS_EXCEPTION(Error, DashboardData::compute(store.db().sql(), f));
        f = {};
        f.industryId = 999;
        QVERIFY_THROWS_EXCEPTION(Error, DashboardData::compute(store.db().sql(), f));
    }

    // The demo store: the figures equal plain SQL over the current lights.
    void demoStoreMatchesSql()
    {
        test::TestStore store;
        DemoOptions o;
        o.entities = 600;
        const DemoSummary s = DemoGenerator::generate(store.db(), Actor::bootstrap(), o);
        ReportFilter f;
        f.asOf = s.lightsAsOf;
        const DashboardData d = DashboardData::compute(store.db().sql(), f);
        QCOMPARE(d.entities, 600);
        QCOMPARE(d.withoutLight, 0);
        for (const QString &light : LightCounts::lights())
            QCOMPARE(d.overall.of(light),
                     sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM entity_lights WHERE light = ?"), {light}).toLongLong());
        QVERIFY(d.overall.red > 0 && d.overall.yellow > 0 && d.overall.green > 0 && d.overall.grey > 0);
        QCOMPARE(counts(d.trend.last().counts), counts(d.overall));
        for (const auto &g : d.byTown) {
            for (const QString &light : LightCounts::lights()) {
                const qint64 expected =
                    sql::scalar(store.db().sql(),
                                QStringLiteral("SELECT count(*) FROM entity_lights l JOIN entities e ON e.id = l.entity_id "
                                               "WHERE coalesce(e.town_id, 0) = ? AND l.light = ?"),
                                {g.id, light})
                        .toLongLong();
                QCOMPARE(g.counts.of(light), expected);
            }
        }
        qint64 sum = 0;
        for (const auto &g : d.byIndustry) {
            sum += g.counts.total();
            QCOMPARE(g.counts.red, sql::scalar(store.db().sql(),
                                               QStringLiteral("SELECT count(*) FROM entity_lights l JOIN entities e ON e.id = l.entity_id "
                                                              "WHERE coalesce(e.industry_id, 0) = ? AND l.light = 'red'"),
                                               {g.id})
                                       .toLongLong());
        }
        QCOMPARE(sum, 600);
        // Before the first lights (the demo's history starts at the month end eleven months back) nothing is recorded.
        f.asOf = s.lightsAsOf.addYears(-1);
        QCOMPARE(DashboardData::compute(store.db().sql(), f).withoutLight, 600);
    }

    void reportModel()
    {
        test::TestStore store;
        fill(store.db());
        ReportFilter f = spring();
        f.townId = 1;
        const auto r = DashboardReport::build(store.db().sql(), f, QStringLiteral("龙口市信用办"), QDateTime(QDate(2026, 5, 1), QTime(9, 30)));
        const ReportModel &m = r.model;
        QCOMPARE(m.officeName, QStringLiteral("龙口市信用办"));
        QCOMPARE(m.sections.size(), 6);  // the four light sections, commitment, enforcement
        QCOMPARE(m.filters.size(), 5);
        QCOMPARE(m.filters.at(4).second, QStringLiteral("东莱街道"));
        QCOMPARE(m.filters.at(0).second, QStringLiteral("2026-01-01 to 2026-04-30"));
        const ReportTable &dist = m.sections.at(0).tables.at(0);
        QCOMPARE(dist.rows.size(), 5);
        QCOMPARE(dist.rows.at(0), (QStringList{QStringLiteral("Red"), QStringLiteral("1"), QStringLiteral("33.3%")}));
        QCOMPARE(dist.rows.at(4), (QStringList{QStringLiteral("Total"), QStringLiteral("3"), QStringLiteral("100.0%")}));
        const ReportChart &donut = m.sections.at(0).charts.at(0);
        QCOMPARE(donut.sliceColorKeys, LightCounts::lights());
        QCOMPARE(donut.series.at(0).values, (QList<double>{1, 1, 1, 0}));
        const ReportChart &bars = m.sections.at(1).charts.at(0);
        QCOMPARE(bars.categoryField, QStringLiteral("industry"));
        QCOMPARE(bars.categoryIds.size(), bars.categories.size());
        QCOMPARE(m.sections.at(3).tables.at(0).rows.size(), 4);
        QCOMPARE(m.sections.at(3).tables.at(0).rows.at(3),
                 (QStringList{QStringLiteral("2026-04-30"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                              QStringLiteral("0"), QStringLiteral("3")}));
        // No store office name: the generic one.
        sql::exec(store.db().sql(), QStringLiteral("DELETE FROM meta WHERE key = 'office_name'"));
        QCOMPARE(DashboardReport::build(store.db().sql(), f).model.officeName, QStringLiteral("Social credit office"));
        sql::exec(store.db().sql(), QStringLiteral("INSERT INTO meta(key, value) VALUES ('office_name', '龙口市社会信用体系建设办公室')"));
        QCOMPARE(DashboardReport::build(store.db().sql(), f).model.officeName, QStringLiteral("龙口市社会信用体系建设办公室"));
    }

    // A further provider (how commitment and enforcement figures join): its section follows the
    // light sections, it gets the resolved filter, and its table is exported like the others.
    void furtherSectionProvider()
    {
        test::TestStore store;
        fill(store.db());
        ReportFilter seen;
        const DashboardReport::SectionProvider provider = [&seen](const QSqlDatabase &, const ReportFilter &f) {
            seen = f;
            ReportSection s;
            s.title = QStringLiteral("承诺办理");
            ReportTable t;
            t.title = QStringLiteral("承诺事项");
            t.header = QStringList{QStringLiteral("事项"), QStringLiteral("件数")};
            t.numericColumns = {false, true};
            t.rows << QStringList{QStringLiteral("公共场所卫生许可"), QStringLiteral("318")};
            s.tables << t;
            return QList<ReportSection>{s};
        };
        ReportFilter f;
        f.asOf = QDate(2026, 4, 30);
        const auto r = DashboardReport::build(store.db().sql(), f, {}, {}, {provider});
        QCOMPARE(r.model.sections.size(), 5);
        QCOMPARE(r.model.sections.last().title, QStringLiteral("承诺办理"));
        QCOMPARE(seen.asOf, QDate(2026, 4, 30));
        QCOMPARE(seen.from, QDate(2025, 5, 1));  // resolved before the providers see it
        QVERIFY(ReportTableExport::csvText(r.model).endsWith(QStringLiteral("承诺事项\r\n事项,件数\r\n公共场所卫生许可,318\r\n")));
        // Registered: commitment and enforcement (their figures: tst_dashboardloop).
        QCOMPARE(DashboardReport::furtherSections().size(), 2);
    }

    void chartGroupsLargest()
    {
        test::TestStore store;
        // 14 industries (entity i in industry i, i entities... one each, ids order by name): the chart
        // keeps the 12 largest, the table all 14 and the total.
        for (int i = 1; i <= 14; ++i) {
            addEntity(store.db(), i, i, 1);
            addLight(store.db(), i, "2026-01-05", "green");
        }
        addEntity(store.db(), 15, 3, 1);
        addLight(store.db(), 15, "2026-01-05", "red");
        const auto r = DashboardReport::build(store.db().sql(), spring());
        const ReportChart &bars = r.model.sections.at(1).charts.at(0);
        QCOMPARE(bars.categories.size(), DashboardReport::ChartGroups);
        QCOMPARE(bars.categoryIds.first(), 3);
        QCOMPARE(bars.series.at(0).values.first(), 1.0);
        QCOMPARE(bars.series.at(2).values.first(), 1.0);
        QCOMPARE(r.model.sections.at(1).tables.at(0).rows.size(), 15);
        QVERIFY(r.model.sections.at(1).note.contains(QStringLiteral("14")));
        // 13 towns fit: one group over the limit is shown rather than summarised.
        QCOMPARE(r.model.sections.at(2).charts.at(0).categories.size(), 1);
    }

    void csvExport()
    {
        test::TestStore store;
        fill(store.db());
        const auto r = DashboardReport::build(store.db().sql(), spring(), QStringLiteral("信用办, \"龙口\""), QDateTime(QDate(2026, 5, 1), QTime(9, 30)));
        const QString path = store.dirPath() + QStringLiteral("/report.csv");
        ReportTableExport::writeCsv(path, r.model);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("Credit traffic-light dashboard\r\nOffice,\"信用办, \"\"龙口\"\"\"\r\n")));
        QVERIFY(text.contains(QStringLiteral("\r\nRed,1,25.0%\r\n")));
        QVERIFY(text.contains(QStringLiteral("\r\n餐饮服务,1,2,0,0,3,33.3%\r\n")));
        QVERIFY(text.contains(QStringLiteral("Generated,2026-05-01 09:30\r\n")));

        // GB18030 decodes back to the same text.
        const QString gbPath = store.dirPath() + QStringLiteral("/report-gb.csv");
        ReportTableExport::writeCsv(gbPath, r.model, ReportTableExport::CsvEncoding::Gb18030);
        QFile gb(gbPath);
        QVERIFY(gb.open(QIODevice::ReadOnly));
        const QByteArray gbBytes = gb.readAll();
        QVERIFY(!gbBytes.startsWith("\xEF\xBB\xBF"));
        QStringDecoder decoder("GB18030");
        QCOMPARE(QString(decoder.decode(gbBytes)), text);
        QVERIFY(gbBytes != text.toUtf8());

        // An unwritable place: an error, and no file.
        const QString bad = store.dirPath() + QStringLiteral("/missing/report.csv");
        try {
            ReportTableExport::writeCsv(bad, r.model);
            QFAIL("writing into a missing folder succeeded");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Io);
        }
        QVERIFY(!QFile::exists(bad));
    }

    void xlsxExport()
    {
        test::TestStore store;
        fill(store.db());
        const auto r = DashboardReport::build(store.db().sql(), spring());
        const QString path = store.dirPath() + QStringLiteral("/report.xlsx");
        ReportTableExport::writeXlsx(path, r.model);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        auto reader = TableReader::open(path);
        QCOMPARE(reader->sheetNames().size(), 9);  // about, four light tables, two commitment, two enforcement
        QCOMPARE(reader->sheetNames().at(0), QStringLiteral("Report"));
        QCOMPARE(reader->sheetNames().at(2), QStringLiteral("Lights per industry field"));
        TableReadOptions options;
        options.sheet = QStringLiteral("Lights per industry field");
        auto sheet = TableReader::open(path, options);
        QStringList cells;
        QVERIFY(sheet->readRow(cells));
        QCOMPARE(cells.first(), QStringLiteral("Industry field"));
        QVERIFY(sheet->readRow(cells));
        QCOMPARE(cells.mid(0, 6), (QStringList{QStringLiteral("餐饮服务"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0"),
                                             QStringLiteral("0"), QStringLiteral("3")}));
        QCOMPARE(sheet->cellType(1), CellType::Number);

        const QString bad = store.dirPath() + QStringLiteral("/missing/report.xlsx");
        QVERIFY_THROWS_EXCEPTION(Error, ReportTableExport::writeXlsx(bad, r.model));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
