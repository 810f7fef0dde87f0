// CommitmentStats: the figures the office reports on approval by commitment, with the report filters.
#include "ApprovalFixture.h"
#include "approval/ApplicationService.h"
#include "approval/VerificationService.h"
#include "report/CommitmentStats.h"

#include <QtTest>

using namespace cl;

class TestApprovalStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-09-01T02:00:00Z"); }
    void figures();
};

void TestApprovalStats::figures()
{
    test::ApprovalFixture f;
    ApplicationService service(f.db());
    const Actor actor = Actor::bootstrap();
    // Commitment, hygiene permit (ordinary limit 20 working days), decided the same day: 20 days saved.
    const Application a = service.approve(actor, service.file(actor, {f.green, QStringLiteral("370681-WJ-001"), QStringLiteral("commitment"), {}, {}},
                                                              QDate(2026, 6, 1)).appNo, QDate(2026, 6, 1));
    // 容缺, food production (limit 20), decided 3 working days later: 17 saved.
    service.approve(actor, service.file(actor, {f.grey, QStringLiteral("370681-SC-004"), QStringLiteral("deficiency"), {4}, QDate(2026, 6, 5)},
                                        QDate(2026, 6, 1)).appNo, QDate(2026, 6, 4));
    // Ordinary: counted as approved, saves nothing, pushes nothing.
    service.approve(actor, service.file(actor, {f.grey, QStringLiteral("370681-WJ-001"), QStringLiteral("ordinary"), {}, {}}, QDate(2026, 6, 2)).appNo,
                    QDate(2026, 6, 20 - 1));
    // Refused: not counted.
    service.refuse(actor, service.file(actor, {f.grey, QStringLiteral("370681-JT-001"), QStringLiteral("commitment"), {}, {}}, QDate(2026, 6, 2)).appNo,
                   QStringLiteral("车辆不符合要求"), QDate(2026, 6, 3));

    VerificationService v(f.db());
    const QList<VerificationTask> tasks = v.tasksOf(a.commitments.first().code);
    QCOMPARE(tasks.size(), 2);
    v.record(actor, tasks.at(0).id, {QStringLiteral("fulfilled"), QDate(2026, 6, 10), {}, QStringLiteral("李卫东"), {}}, QDate(2026, 6, 10));

    ReportFilter filter;
    filter.asOf = QDate(2026, 9, 1);
    CommitmentStats s = CommitmentStats::compute(f.db().sql(), filter);
    QCOMPARE(s.approvedTotal, 3);
    QCOMPARE(s.approvedByCommitment, 1);
    QCOMPARE(s.approvedByDeficiency, 1);
    QCOMPARE(s.itemsByCommitment, 2);
    QCOMPARE(s.workingDaysSaved, 20 + 17);
    QCOMPARE(s.pushes, 3);          // hygiene → 卫健局 and 消防; food production → 市场监管局
    QCOMPARE(s.verified, 1);
    QCOMPARE(s.overdue, 2);         // due 2026-07-14 and 2026-07-16, still pending on 2026-09-01
    QCOMPARE(s.fulfilled, 1);
    QCOMPARE(s.fulfilmentRate(), 1.0);
    QCOMPARE(qRound(s.coverage() * 100), 33);

    filter.departmentId = 2;        // 市场监管局: the food production approval and its task
    s = CommitmentStats::compute(f.db().sql(), filter);
    QCOMPARE(s.approvedByDeficiency, 1);
    QCOMPARE(s.approvedByCommitment, 0);
    QCOMPARE(s.pushes, 1);

    filter = ReportFilter{};
    filter.from = QDate(2026, 6, 2);  // only decisions from 2 June on
    filter.asOf = QDate(2026, 6, 10);
    s = CommitmentStats::compute(f.db().sql(), filter);
    QCOMPARE(s.approvedTotal, 2);
    QCOMPARE(s.pushes, 1);
    QCOMPARE(s.overdue, 0);
}

QTEST_GUILESS_MAIN(TestApprovalStats)
#include "tst_approvalstats.moc"
