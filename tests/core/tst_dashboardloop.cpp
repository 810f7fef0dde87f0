// The dashboard's commitment and enforcement sections (DashboardReport::furtherSections): exact figures
// on a small store filled through the approval, verification and enforcement services, with the
// filters, in the report model and in its CSV and XLSX exports.
#include "EnforcementFixture.h"
#include "approval/ApplicationService.h"
#include "approval/VerificationService.h"
#include "enforcement/EnforcementService.h"
#include "report/DashboardReport.h"
#include "report/ReportTableExport.h"
#include "supervision/TableReader.h"

#include <QtTest>

using namespace cl;

namespace {

// The value of a "Figure, Value" row.
QString figure(const ReportTable &t, const QString &label)
{
    for (const QStringList &row : t.rows)
        if (row.value(0) == label)
            return row.value(1);
    return QStringLiteral("<missing %1>").arg(label);
}

QList<double> barValues(const ReportChart &chart)
{
    QList<double> out(chart.categories.size(), 0.0);
    for (const ReportSeries &s : chart.series)
        for (int i = 0; i < s.values.size() && i < out.size(); ++i)
            out[i] += s.values.at(i);
    return out;
}

ReportFilter summer()
{
    ReportFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 8, 31);
    f.asOf = QDate(2026, 9, 1);
    return f;
}

} // namespace

class TestDashboardLoop : public QObject
{
    Q_OBJECT

private:
    test::EnforcementFixture *m_fx = nullptr;

    const ReportSection &section(const DashboardReport::Result &r, int index) { return r.model.sections.at(4 + index); }

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-09-01T02:00:00Z");
        m_fx = new test::EnforcementFixture;
        Database &db = m_fx->store.db();
        sql::exec(db.sql(), QStringLiteral("UPDATE entities SET town_id = 1 WHERE id = ?"), {m_fx->green});
        const Actor actor = Actor::bootstrap();

        ApplicationService approvals(db);
        // Commitment, hygiene permit (ordinary limit 20 working days), decided the same day: 20 days saved;
        // pushed to two departments.
        const Application hygiene = approvals.approve(
            actor, approvals.file(actor, {m_fx->green, QStringLiteral("370681-WJ-001"), QStringLiteral("commitment"), {}, {}}, QDate(2026, 6, 1)).appNo,
            QDate(2026, 6, 1));
        // Deficiency acceptance, food production (limit 20), decided 3 working days later: 17 saved; one push.
        approvals.approve(actor,
                          approvals.file(actor, {m_fx->grey, QStringLiteral("370681-SC-004"), QStringLiteral("deficiency"), {4}, QDate(2026, 6, 5)},
                                         QDate(2026, 6, 1)).appNo,
                          QDate(2026, 6, 4));
        // Ordinary: approved, saves nothing, pushes nothing. Refused: not counted.
        approvals.approve(actor,
                          approvals.file(actor, {m_fx->grey, QStringLiteral("370681-WJ-001"), QStringLiteral("ordinary"), {}, {}}, QDate(2026, 6, 2)).appNo,
                          QDate(2026, 6, 19));
        approvals.refuse(actor,
                         approvals.file(actor, {m_fx->grey, QStringLiteral("370681-JT-001"), QStringLiteral("commitment"), {}, {}}, QDate(2026, 6, 2)).appNo,
                         QStringLiteral("车辆不符合要求"), QDate(2026, 6, 3));
        VerificationService verification(db);
        const QList<VerificationTask> tasks = verification.tasksOf(hygiene.commitments.first().code);
        QCOMPARE(tasks.size(), 2);
        verification.record(actor, tasks.at(0).id, {QStringLiteral("fulfilled"), QDate(2026, 6, 10), {}, QStringLiteral("李卫东"), {}},
                            QDate(2026, 6, 10));

        EnforcementService enforcement(db);
        CaseFacts first;
        first.firstViolation = true;
        first.harm = QStringLiteral("minor");
        first.corrected = true;
        // green, MKT-01 (0–30000 yuan): no penalty; 9000 yuan not imposed.
        const auto c1 = enforcement.openCase(actor, {m_fx->green, QStringLiteral("MKT-01"), first, {}, {}, QDate(2026, 5, 1)});
        enforcement.decide(actor, {c1.id, QStringLiteral("no_penalty"), 0, {}, QDate(2026, 5, 3), {}, {}});
        // yellow, ENV-02: lighter, 2000 yuan against a standard floor of 15000: 13000 not imposed.
        const auto c2 = enforcement.openCase(actor, {m_fx->yellow, QStringLiteral("ENV-02"), first, {}, {}, QDate(2026, 5, 1)});
        enforcement.decide(actor, {c2.id, QStringLiteral("lighter"), 200000, QStringLiteral("龙环罚〔2026〕1号"), QDate(2026, 6, 3), {}, {}});
        // grey, MKT-02: heavier than recommended, with a reason.
        const auto c3 = enforcement.openCase(actor, {m_fx->grey, QStringLiteral("MKT-02"), CaseFacts(), {}, {}, QDate(2026, 5, 1)});
        enforcement.decide(actor, {c3.id, QStringLiteral("heavier"), 8000000, QStringLiteral("龙市监罚〔2026〕2号"), QDate(2026, 6, 10),
                                   QStringLiteral("拒不配合调查"), {}});
        // An open case counts for nothing.
        enforcement.openCase(actor, {m_fx->red, QStringLiteral("MKT-02"), CaseFacts(), {}, {}, QDate(2026, 6, 1)});
    }

    void cleanupTestCase() { delete m_fx; }

    void registeredAfterTheLights()
    {
        QCOMPARE(DashboardReport::furtherSections().size(), 2);
        const auto r = DashboardReport::build(m_fx->store.db().sql(), summer());
        QCOMPARE(r.model.sections.size(), 6);
        QCOMPARE(section(r, 0).title, QStringLiteral("Approval by commitment"));
        QCOMPARE(section(r, 1).title, QStringLiteral("Inclusive-prudent enforcement"));
    }

    void commitmentFigures()
    {
        const auto r = DashboardReport::build(m_fx->store.db().sql(), summer());
        const ReportSection &s = section(r, 0);
        QVERIFY(s.note.contains(QStringLiteral("2026-01-01 to 2026-08-31")));
        QVERIFY(s.note.contains(QStringLiteral("2026-09-01")));
        QVERIFY(!s.note.contains(QStringLiteral("Department:")));  // no filter set: nothing to explain
        QCOMPARE(s.tables.size(), 2);
        const ReportTable &approvals = s.tables.at(0);
        QCOMPARE(approvals.header, (QStringList{QStringLiteral("Figure"), QStringLiteral("Value")}));
        QCOMPARE(approvals.rows,
                 (QList<QStringList>{{QStringLiteral("Applications approved (all modes)"), QStringLiteral("3")},
                                     {QStringLiteral("Approved by commitment"), QStringLiteral("1")},
                                     {QStringLiteral("Approved by deficiency acceptance"), QStringLiteral("1")},
                                     {QStringLiteral("Share handled by commitment"), QStringLiteral("66.7%")},
                                     {QStringLiteral("Items handled by commitment"), QStringLiteral("2")},
                                     {QStringLiteral("Working days saved against the ordinary time limit"), QStringLiteral("37")},
                                     {QStringLiteral("Working days saved per approval by commitment"), QStringLiteral("18.5")}}));
        const ReportTable &verification = s.tables.at(1);
        QCOMPARE(figure(verification, QStringLiteral("Verification tasks pushed")), QStringLiteral("3"));
        QCOMPARE(figure(verification, QStringLiteral("Verified")), QStringLiteral("1"));
        QCOMPARE(figure(verification, QStringLiteral("Verification coverage")), QStringLiteral("33.3%"));
        QCOMPARE(figure(verification, QStringLiteral("Overdue, not verified")), QStringLiteral("2"));
        QCOMPARE(figure(verification, QStringLiteral("Fulfilled")), QStringLiteral("1"));
        QCOMPARE(figure(verification, QStringLiteral("Partly fulfilled")), QStringLiteral("0"));
        QCOMPARE(figure(verification, QStringLiteral("False commitment")), QStringLiteral("0"));
        QCOMPARE(figure(verification, QStringLiteral("Fulfilment rate (fulfilled of verified)")), QStringLiteral("100.0%"));

        // The status bars: one per status, each pushed task in exactly one.
        QCOMPARE(s.charts.size(), 1);
        const ReportChart &bars = s.charts.at(0);
        QCOMPARE(bars.kind, ReportChart::Kind::StackedBars);
        QVERIFY(!bars.legend);
        QVERIFY(bars.categoryField.isEmpty());  // no drill-down into the entity list
        QCOMPARE(bars.categories,
                 (QStringList{QStringLiteral("Fulfilled"), QStringLiteral("Partly fulfilled"), QStringLiteral("Not fulfilled"),
                              QStringLiteral("False commitment"), QStringLiteral("Pending, not yet due"), QStringLiteral("Overdue, not verified")}));
        QCOMPARE(barValues(bars), (QList<double>{1, 0, 0, 0, 0, 2}));
        QCOMPARE(bars.series.at(0).colorKey, QStringLiteral("green"));
        QCOMPARE(bars.series.at(5).colorKey, QStringLiteral("red"));

        // Earlier as-of date: the tasks (due mid-July) are not overdue yet.
        ReportFilter june = summer();
        june.to = QDate(2026, 6, 30);
        june.asOf = QDate(2026, 6, 30);
        const auto j = DashboardReport::build(m_fx->store.db().sql(), june);
        QCOMPARE(barValues(section(j, 0).charts.at(0)), (QList<double>{1, 0, 0, 0, 2, 0}));
    }

    void enforcementFigures()
    {
        const auto r = DashboardReport::build(m_fx->store.db().sql(), summer());
        const ReportSection &s = section(r, 1);
        QVERIFY(s.note.contains(QStringLiteral("2026-01-01 to 2026-08-31")));
        QCOMPARE(s.tables.size(), 2);
        QCOMPARE(s.tables.at(0).rows,
                 (QList<QStringList>{{QStringLiteral("Penalty decisions"), QStringLiteral("3")},
                                     {QStringLiteral("Soft measures applied"), QStringLiteral("2")},
                                     {QStringLiteral("Entities that benefited"), QStringLiteral("2")},
                                     {QStringLiteral("Penalty-free cases"), QStringLiteral("1")},
                                     {QStringLiteral("Fines not imposed (yuan)"), QStringLiteral("22000.00")},
                                     {QStringLiteral("Fines imposed (yuan)"), QStringLiteral("82000.00")},
                                     {QStringLiteral("Penalty records"), QStringLiteral("2")},
                                     {QStringLiteral("Decisions other than recommended (with a written reason)"), QStringLiteral("1")}}));
        const ReportTable &outcomes = s.tables.at(1);
        QCOMPARE(outcomes.rows.size(), 6);
        QCOMPARE(outcomes.rows.at(0), (QStringList{QStringLiteral("No penalty"), QStringLiteral("1"), QStringLiteral("33.3%")}));
        QCOMPARE(outcomes.rows.at(1), (QStringList{QStringLiteral("Mitigated penalty"), QStringLiteral("0"), QStringLiteral("0.0%")}));
        QCOMPARE(outcomes.rows.at(4), (QStringList{QStringLiteral("Heavier penalty"), QStringLiteral("1"), QStringLiteral("33.3%")}));
        QCOMPARE(outcomes.rows.at(5), (QStringList{QStringLiteral("Total"), QStringLiteral("3"), QStringLiteral("100.0%")}));
        QVERIFY(outcomes.lastRowIsTotal);
        const ReportChart &bars = s.charts.at(0);
        QCOMPARE(barValues(bars), (QList<double>{1, 0, 1, 0, 1}));
        QCOMPARE(bars.series.at(0).colorKey, QStringLiteral("green"));   // the soft outcomes
        QCOMPARE(bars.series.at(3).colorKey, QStringLiteral("grey"));
        QCOMPARE(bars.series.at(4).colorKey, QStringLiteral("red"));
    }

    void filters()
    {
        const QSqlDatabase db = m_fx->store.db().sql();
        // Town 1: only the green entity (the hygiene approval, its two tasks, the penalty-free case).
        ReportFilter town = summer();
        town.townId = 1;
        auto r = DashboardReport::build(db, town);
        QCOMPARE(figure(section(r, 0).tables.at(0), QStringLiteral("Applications approved (all modes)")), QStringLiteral("1"));
        QCOMPARE(figure(section(r, 0).tables.at(0), QStringLiteral("Working days saved against the ordinary time limit")), QStringLiteral("20"));
        QCOMPARE(figure(section(r, 0).tables.at(1), QStringLiteral("Verification tasks pushed")), QStringLiteral("2"));
        QCOMPARE(figure(section(r, 0).tables.at(1), QStringLiteral("Overdue, not verified")), QStringLiteral("1"));
        QCOMPARE(figure(section(r, 1).tables.at(0), QStringLiteral("Penalty decisions")), QStringLiteral("1"));
        QCOMPARE(figure(section(r, 1).tables.at(0), QStringLiteral("Penalty-free cases")), QStringLiteral("1"));
        // The notes say how the filter applies to these figures.
        QVERIFY(section(r, 0).note.contains(QStringLiteral("those of the applicant")));
        QVERIFY(section(r, 1).note.contains(QStringLiteral("those of the party")));

        // 市场监管局 (2): the food production approval by deficiency acceptance and its task; its two cases.
        ReportFilter department = summer();
        department.departmentId = 2;
        r = DashboardReport::build(db, department);
        QCOMPARE(figure(section(r, 0).tables.at(0), QStringLiteral("Approved by commitment")), QStringLiteral("0"));
        QCOMPARE(figure(section(r, 0).tables.at(0), QStringLiteral("Approved by deficiency acceptance")), QStringLiteral("1"));
        QCOMPARE(figure(section(r, 0).tables.at(1), QStringLiteral("Verification tasks pushed")), QStringLiteral("1"));
        QCOMPARE(figure(section(r, 1).tables.at(0), QStringLiteral("Penalty decisions")), QStringLiteral("2"));
        QCOMPARE(figure(section(r, 1).tables.at(0), QStringLiteral("Soft measures applied")), QStringLiteral("1"));
        QVERIFY(section(r, 0).note.contains(QStringLiteral("Department: approvals of the items it approves or supervises")));
        QVERIFY(section(r, 1).note.contains(QStringLiteral("Department: the cases it handled")));

        // The period: decisions and pushes from 2 June on.
        ReportFilter later = summer();
        later.from = QDate(2026, 6, 2);
        r = DashboardReport::build(db, later);
        QCOMPARE(figure(section(r, 0).tables.at(0), QStringLiteral("Applications approved (all modes)")), QStringLiteral("2"));
        QCOMPARE(figure(section(r, 0).tables.at(1), QStringLiteral("Verification tasks pushed")), QStringLiteral("1"));
        QCOMPARE(figure(section(r, 1).tables.at(0), QStringLiteral("Penalty decisions")), QStringLiteral("2"));
        QCOMPARE(figure(section(r, 1).tables.at(0), QStringLiteral("Penalty-free cases")), QStringLiteral("0"));

        // Nothing in the period: zeros and no division by zero.
        ReportFilter empty = summer();
        empty.from = QDate(2026, 1, 1);
        empty.to = QDate(2026, 3, 31);
        r = DashboardReport::build(db, empty);
        QCOMPARE(figure(section(r, 0).tables.at(1), QStringLiteral("Verification coverage")), QStringLiteral("0.0%"));
        QCOMPARE(figure(section(r, 0).tables.at(0), QStringLiteral("Working days saved per approval by commitment")), QStringLiteral("0.0"));
        QCOMPARE(section(r, 1).tables.at(1).rows.last(), (QStringList{QStringLiteral("Total"), QStringLiteral("0"), QStringLiteral("0.0%")}));
    }

    void exports()
    {
        const auto r = DashboardReport::build(m_fx->store.db().sql(), summer(), QStringLiteral("龙口市信用办"), QDateTime(QDate(2026, 9, 1), QTime(9, 0)));
        const QString csv = ReportTableExport::csvText(r.model);
        QVERIFY(csv.contains(QStringLiteral("\r\nApprovals by commitment\r\nFigure,Value\r\nApplications approved (all modes),3\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\r\nFines not imposed (yuan),22000.00\r\n")));
        QVERIFY(csv.endsWith(QStringLiteral("\r\nTotal,3,100.0%\r\n")));

        const QString path = m_fx->store.dirPath() + QStringLiteral("/loop.xlsx");
        ReportTableExport::writeXlsx(path, r.model);
        auto book = TableReader::open(path);
        QVERIFY(book->sheetNames().contains(QStringLiteral("Approvals by commitment")));
        QVERIFY(book->sheetNames().contains(QStringLiteral("Soft enforcement")));
        TableReadOptions options;
        options.sheet = QStringLiteral("Soft enforcement");
        auto sheet = TableReader::open(path, options);
        QStringList cells;
        QVERIFY(sheet->readRow(cells));  // header
        QVERIFY(sheet->readRow(cells));
        QCOMPARE(cells.mid(0, 2), (QStringList{QStringLiteral("Penalty decisions"), QStringLiteral("3")}));
        QCOMPARE(sheet->cellType(1), CellType::Number);
    }
};

QTEST_GUILESS_MAIN(TestDashboardLoop)
#include "tst_dashboardloop.moc"
