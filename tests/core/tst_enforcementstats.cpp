// Soft-enforcement figures for the dashboard: soft measures, penalty-free cases, fines not imposed, filtered by
// period, department, industry field and town.
#include "EnforcementFixture.h"
#include "enforcement/EnforcementService.h"
#include "report/EnforcementStats.h"

#include <QtTest>

using namespace cl;

class TestEnforcementStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-06-30T02:00:00Z"); }

    void figures()
    {
        test::EnforcementFixture fx;
        sql::exec(fx.store.db().sql(), QStringLiteral("UPDATE entities SET town_id = 1 WHERE id = ?"), {fx.green});
        EnforcementService s(fx.store.db());
        const Actor a = Actor::bootstrap();
        CaseFacts first;
        first.firstViolation = true;
        first.harm = QStringLiteral("minor");
        first.corrected = true;
        // 1. green, MKT-01 (0–30000): E3 no penalty; not imposed = 9000 yuan.
        auto c1 = s.openCase(a, {fx.green, QStringLiteral("MKT-01"), first, {}, {}, QDate(2026, 5, 1)});
        s.decide(a, {c1.id, QStringLiteral("no_penalty"), 0, {}, QDate(2026, 5, 3), {}, {}});
        // 2. yellow, ENV-02 (0–50000): E4 lighter 2000 yuan; standard floor 15000 → not imposed 13000 yuan.
        auto c2 = s.openCase(a, {fx.yellow, QStringLiteral("ENV-02"), first, {}, {}, QDate(2026, 5, 1)});
        s.decide(a, {c2.id, QStringLiteral("lighter"), 200000, QStringLiteral("龙环罚〔2026〕1号"), QDate(2026, 6, 3), {}, {}});
        // 3. grey, MKT-02 (10000–100000): E10 standard, overridden to heavier with a reason.
        auto c3 = s.openCase(a, {fx.grey, QStringLiteral("MKT-02"), CaseFacts(), {}, {}, QDate(2026, 5, 1)});
        s.decide(a, {c3.id, QStringLiteral("heavier"), 8000000, QStringLiteral("龙市监罚〔2026〕2号"), QDate(2026, 6, 10),
                     QStringLiteral("拒不配合调查"), {}});
        // An open case counts for nothing.
        s.openCase(a, {fx.red, QStringLiteral("MKT-02"), CaseFacts(), {}, {}, QDate(2026, 6, 1)});

        const EnforcementStats all = EnforcementStats::compute(fx.store.db().sql(), ReportFilter{});
        QCOMPARE(all.decisions, 3);
        QCOMPARE(all.softMeasuresApplied, 2);
        QCOMPARE(all.entitiesBenefited, 2);
        QCOMPARE(all.penaltyFreeCases, 1);
        QCOMPARE(all.finesNotImposedFen, 900000 + 1300000);
        QCOMPARE(all.finesImposedFen, 200000 + 8000000);
        QCOMPARE(all.penalties, 2);
        QCOMPARE(all.overrides, 1);
        QCOMPARE(all.byOutcome.value(QStringLiteral("heavier")), 1);

        ReportFilter june;
        june.from = QDate(2026, 6, 1);
        june.to = QDate(2026, 6, 30);
        const EnforcementStats j = EnforcementStats::compute(fx.store.db().sql(), june);
        QCOMPARE(j.decisions, 2);
        QCOMPARE(j.penaltyFreeCases, 0);
        QCOMPARE(j.softMeasuresApplied, 1);

        ReportFilter env;
        env.departmentId = 4;
        QCOMPARE(EnforcementStats::compute(fx.store.db().sql(), env).decisions, 1);
        ReportFilter town;
        town.townId = 1;
        const EnforcementStats t = EnforcementStats::compute(fx.store.db().sql(), town);
        QCOMPARE(t.decisions, 1);
        QCOMPARE(t.penaltyFreeCases, 1);
        ReportFilter industry;
        industry.industryId = 1;
        QCOMPARE(EnforcementStats::compute(fx.store.db().sql(), industry).decisions, 0);
    }
};

QTEST_GUILESS_MAIN(TestEnforcementStats)
#include "tst_enforcementstats.moc"
