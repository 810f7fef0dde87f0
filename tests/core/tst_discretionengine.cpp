// The discretion engine of DOMAIN.md §7: each rule E1–E10 on its own, their order, fine bands at the
// edges of the statutory range, contradictory facts, and risk_only evaluations never used against the party.
#include "EnforcementFixture.h"
#include "common/Error.h"
#include "enforcement/DiscretionEngine.h"
#include "enforcement/EnforcementService.h"

#include <QtTest>

using namespace cl;

namespace {

const QDate AsOf(2026, 6, 1);

ViolationItem softItem(qint64 minYuan = 1000, qint64 maxYuan = 10000)
{
    ViolationItem i;
    i.code = QStringLiteral("T-01");
    i.name = QStringLiteral("测试违法行为");
    i.penaltyBasis = QStringLiteral("《测试法》第一条");
    i.fineMinFen = minYuan * 100;
    i.fineMaxFen = maxYuan * 100;
    i.softSeq = 1;
    i.softLevel = QStringLiteral("no_penalty");
    return i;
}

ViolationItem plainItem()
{
    ViolationItem i = softItem();
    i.softSeq = 0;
    i.softLevel.clear();
    return i;
}

CreditSnapshot light(const QString &l)
{
    CreditSnapshot s;
    s.asOf = AsOf;
    s.light = s.creditLight = l;
    return s;
}

CaseFacts firstMinorCorrected()
{
    CaseFacts f;
    f.firstViolation = true;
    f.harm = QStringLiteral("minor");
    f.corrected = true;
    return f;
}

} // namespace

class TestDiscretionEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    DiscretionRuleSet m_rules;

    Recommendation run(const CaseFacts &f, const QString &l, const ViolationItem &item = softItem())
    {
        return DiscretionEngine::recommend(f, item, light(l), m_rules);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestStore>();
        m_rules = DiscretionRuleSet::load(m_store->db().sql());
    }

    void rulesAreVersionedData()
    {
        QCOMPARE(m_rules.version, 1);
        QCOMPARE(m_rules.rules.size(), 10);
        QCOMPARE(m_rules.rules.first().ruleId, QStringLiteral("E1"));
        QCOMPARE(m_rules.rules.last().ruleId, QStringLiteral("E10"));
        // A new version changes the outcome without a new program.
        sql::exec(m_store->db().sql(), QStringLiteral("INSERT INTO enforcement_rule_versions(kind, version, created_at, created_by) "
                                                      "VALUES ('discretion', 2, '2026-07-01T00:00:00.000Z', 'test')"));
        sql::exec(m_store->db().sql(), QStringLiteral("INSERT INTO discretion_rules SELECT 2, rule_id, priority, require_facts, harm, lights, "
                                                      "soft_list, CASE rule_id WHEN 'E10' THEN 'lighter' ELSE outcome END, alternatives, "
                                                      "legal_basis, description FROM discretion_rules WHERE version = 1"));
        sql::exec(m_store->db().sql(), QStringLiteral("INSERT INTO fine_bands SELECT 2, outcome, low_percent, high_percent FROM fine_bands WHERE version = 1"));
        const DiscretionRuleSet v2 = DiscretionRuleSet::load(m_store->db().sql());
        QCOMPARE(v2.version, 2);
        const Recommendation r = DiscretionEngine::recommend(CaseFacts(), plainItem(), light(QStringLiteral("grey")), v2);
        QCOMPARE(r.ruleId, QStringLiteral("E10"));
        QCOMPARE(r.outcome, QStringLiteral("lighter"));
        QCOMPARE(r.ruleVersion, 2);
        QCOMPARE(DiscretionRuleSet::load(m_store->db().sql(), 1).rules.last().outcome, QStringLiteral("standard"));
    }

    void e1NoFault()
    {
        CaseFacts f;
        f.noFault = true;
        const Recommendation r = run(f, QStringLiteral("red"), plainItem());
        QCOMPARE(r.ruleId, QStringLiteral("E1"));
        QCOMPARE(r.outcome, QStringLiteral("no_penalty"));
        QVERIFY(r.alternatives.isEmpty());
        QVERIFY(r.legalBasis.contains(QStringLiteral("第三十三条第二款")));
        QCOMPARE(r.band.maxFen, 0);
        QVERIFY(r.orderToCorrect);
    }

    void e2MinorCorrectedNoHarm()
    {
        CaseFacts f;
        f.harm = QStringLiteral("none");
        f.corrected = true;
        const Recommendation r = run(f, QStringLiteral("red"), plainItem());
        QCOMPARE(r.ruleId, QStringLiteral("E2"));
        QCOMPARE(r.outcome, QStringLiteral("no_penalty"));
        QVERIFY(r.legalBasis.contains(QStringLiteral("第三十三条第一款")));
        // Not corrected: E2 does not apply.
        f.corrected = false;
        QCOMPARE(run(f, QStringLiteral("red"), plainItem()).ruleId, QStringLiteral("E10"));
    }

    void e3FirstViolationGreenOrGrey()
    {
        for (const QString &l : {QStringLiteral("green"), QStringLiteral("grey")}) {
            const Recommendation r = run(firstMinorCorrected(), l);
            QCOMPARE(r.ruleId, QStringLiteral("E3"));
            QCOMPARE(r.outcome, QStringLiteral("no_penalty"));
            QCOMPARE(r.alternatives, QStringList{QStringLiteral("lighter")});
            QCOMPARE(r.alternativeBands.size(), 1);
            QCOMPARE(r.alternativeBands.first().minFen, 100000);
        }
        // Not on the soft list: no 首违不罚.
        QVERIFY(run(firstMinorCorrected(), QStringLiteral("green"), plainItem()).ruleId != QLatin1String("E3"));
    }

    void e4Yellow()
    {
        const Recommendation r = run(firstMinorCorrected(), QStringLiteral("yellow"));
        QCOMPARE(r.ruleId, QStringLiteral("E4"));
        QCOMPARE(r.outcome, QStringLiteral("lighter"));
        QCOMPARE(r.alternatives, QStringList{QStringLiteral("no_penalty")});
    }

    void e5Red()
    {
        const Recommendation r = run(firstMinorCorrected(), QStringLiteral("red"));
        QCOMPARE(r.ruleId, QStringLiteral("E5"));
        QCOMPARE(r.outcome, QStringLiteral("standard"));
        QVERIFY(r.alternatives.isEmpty());
        QVERIFY(r.ruleDescription.contains(QStringLiteral("红灯")));
    }

    void redLightNeverFirstViolationExemption()
    {
        // Every combination of the facts that do not by law exclude a penalty (E1/E2): a red light never
        // gives 不予处罚.
        for (int mask = 0; mask < 64; ++mask) {
            CaseFacts f;
            f.firstViolation = mask & 1;
            f.corrected = mask & 2;
            f.harm = (mask & 4) ? QStringLiteral("minor") : QStringLiteral("unknown");
            if (mask & 8) f.grounds << QStringLiteral("confessed");
            if (mask & 16) f.aggravating << QStringLiteral("obstruction");
            const ViolationItem item = (mask & 32) ? softItem() : plainItem();
            const Recommendation r = run(f, QStringLiteral("red"), item);
            QVERIFY2(r.outcome != QLatin1String("no_penalty"), qPrintable(QStringLiteral("mask %1 → %2").arg(mask).arg(r.ruleId)));
            QVERIFY(r.ruleId != QLatin1String("E3"));
        }
    }

    void e6Art32GreenSoft()
    {
        CaseFacts f;
        f.grounds << QStringLiteral("eliminated_harm");
        const Recommendation r = run(f, QStringLiteral("green"));
        QCOMPARE(r.ruleId, QStringLiteral("E6"));
        QCOMPARE(r.outcome, QStringLiteral("mitigated"));
        QCOMPARE(r.alternatives, QStringList{QStringLiteral("lighter")});
        QVERIFY(r.band.belowMinimum);
        QCOMPARE(r.band.maxFen, 99999);
        QCOMPARE(run(f, QStringLiteral("grey")).ruleId, QStringLiteral("E6"));
    }

    void e7Art32Otherwise()
    {
        CaseFacts f;
        f.grounds << QStringLiteral("coerced");
        QCOMPARE(run(f, QStringLiteral("yellow")).ruleId, QStringLiteral("E7"));
        const Recommendation r = run(f, QStringLiteral("green"), plainItem());
        QCOMPARE(r.ruleId, QStringLiteral("E7"));
        QCOMPARE(r.outcome, QStringLiteral("lighter"));
        QCOMPARE(r.alternatives, QStringList{QStringLiteral("mitigated")});
    }

    void e8Aggravating()
    {
        CaseFacts f;
        f.aggravating << QStringLiteral("repeat_violation");
        const Recommendation r = run(f, QStringLiteral("green"));
        QCOMPARE(r.ruleId, QStringLiteral("E8"));
        QCOMPARE(r.outcome, QStringLiteral("heavier"));
        QCOMPARE(r.alternatives, QStringList{QStringLiteral("standard")});
        // Serious harm is a serious consequence.
        CaseFacts serious;
        serious.harm = QStringLiteral("serious");
        QCOMPARE(run(serious, QStringLiteral("grey"), plainItem()).ruleId, QStringLiteral("E8"));
    }

    void e9GreenSoft()
    {
        const Recommendation r = run(CaseFacts(), QStringLiteral("green"));
        QCOMPARE(r.ruleId, QStringLiteral("E9"));
        QCOMPARE(r.outcome, QStringLiteral("lighter"));
        QCOMPARE(r.alternatives, QStringList{QStringLiteral("standard")});
        // Grey is not green for E9.
        QCOMPARE(run(CaseFacts(), QStringLiteral("grey")).ruleId, QStringLiteral("E10"));
    }

    void e10Otherwise()
    {
        const Recommendation r = run(CaseFacts(), QStringLiteral("yellow"), plainItem());
        QCOMPARE(r.ruleId, QStringLiteral("E10"));
        QCOMPARE(r.outcome, QStringLiteral("standard"));
        QCOMPARE(r.alternatives, (QStringList{QStringLiteral("lighter"), QStringLiteral("heavier")}));
        QCOMPARE(r.band.minFen, 370000);
        QCOMPARE(r.band.maxFen, 730000);
    }

    void order()
    {
        // E2 beats E8: no harm and corrected means no penalty even with an aggravating factor.
        CaseFacts f;
        f.harm = QStringLiteral("none");
        f.corrected = true;
        f.aggravating << QStringLiteral("obstruction");
        QCOMPARE(run(f, QStringLiteral("green")).ruleId, QStringLiteral("E2"));
        // E1 beats E2 and E8.
        f.noFault = true;
        QCOMPARE(run(f, QStringLiteral("red")).ruleId, QStringLiteral("E1"));
        // E3 beats E6 (first violation with an Art. 32 ground).
        CaseFacts g = firstMinorCorrected();
        g.grounds << QStringLiteral("confessed");
        QCOMPARE(run(g, QStringLiteral("green")).ruleId, QStringLiteral("E3"));
        // E5 beats E7 for a red light.
        QCOMPARE(run(g, QStringLiteral("red")).ruleId, QStringLiteral("E5"));
        // E7 beats E8.
        CaseFacts h;
        h.grounds << QStringLiteral("meritorious");
        h.aggravating << QStringLiteral("obstruction");
        QCOMPARE(run(h, QStringLiteral("yellow")).ruleId, QStringLiteral("E7"));
        // E8 beats E9.
        CaseFacts k;
        k.aggravating << QStringLiteral("false_commitment");
        QCOMPARE(run(k, QStringLiteral("green")).ruleId, QStringLiteral("E8"));
    }

    void fineBandsAtRangeEdges()
    {
        const ViolationItem item = softItem(1000, 10000);
        const FineBand lighter = DiscretionEngine::band(QStringLiteral("lighter"), item, m_rules);
        QCOMPARE(lighter.minFen, 100000);   // exactly the statutory minimum
        QCOMPARE(lighter.maxFen, 370000);   // min + 30 %
        const FineBand standard = DiscretionEngine::band(QStringLiteral("standard"), item, m_rules);
        QCOMPARE(standard.minFen, 370000);
        QCOMPARE(standard.maxFen, 730000);  // min + 70 %
        const FineBand heavier = DiscretionEngine::band(QStringLiteral("heavier"), item, m_rules);
        QCOMPARE(heavier.minFen, 730000);
        QCOMPARE(heavier.maxFen, 1000000);  // exactly the statutory maximum
        QVERIFY(heavier.contains(1000000));
        QVERIFY(!heavier.contains(1000001));
        QVERIFY(!lighter.contains(99999));
        const FineBand mitigated = DiscretionEngine::band(QStringLiteral("mitigated"), item, m_rules);
        QCOMPARE(mitigated.minFen, 0);
        QCOMPARE(mitigated.maxFen, 99999);  // one fen below the minimum
        QVERIFY(!mitigated.contains(100000));
        const FineBand none = DiscretionEngine::band(QStringLiteral("no_penalty"), item, m_rules);
        QCOMPARE(none.maxFen, 0);

        // A range starting at 0: 减轻 can only be a lighter type (warning), amount 0.
        const ViolationItem zero = softItem(0, 30000);
        QCOMPARE(DiscretionEngine::band(QStringLiteral("mitigated"), zero, m_rules).maxFen, 0);
        QCOMPARE(DiscretionEngine::band(QStringLiteral("lighter"), zero, m_rules).maxFen, 900000);
        // A fixed amount (min = max): every band is that amount.
        const ViolationItem fixed = softItem(500, 500);
        for (const QString &o : {QStringLiteral("lighter"), QStringLiteral("standard"), QStringLiteral("heavier")}) {
            const FineBand b = DiscretionEngine::band(o, fixed, m_rules);
            QCOMPARE(b.minFen, 50000);
            QCOMPARE(b.maxFen, 50000);
        }
        // Rounding to the fen: range of 1 fen.
        ViolationItem tiny = softItem(0, 0);
        tiny.fineMaxFen = 1;
        QCOMPARE(DiscretionEngine::band(QStringLiteral("lighter"), tiny, m_rules).maxFen, 0);
        QCOMPARE(DiscretionEngine::band(QStringLiteral("heavier"), tiny, m_rules).minFen, 1);
    }

    void contradictoryFactsRefused_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::newRow("corrected and refused") << QStringLiteral("corrected");
        QTest::newRow("first and repeat") << QStringLiteral("repeat");
        QTest::newRow("minor harm and serious consequence") << QStringLiteral("serious");
        QTest::newRow("unknown ground") << QStringLiteral("ground");
        QTest::newRow("unknown harm") << QStringLiteral("harm");
    }
    void contradictoryFactsRefused()
    {
        QFETCH(QString, case_);
        CaseFacts f;
        if (case_ == QLatin1String("corrected")) { f.corrected = true; f.aggravating << QStringLiteral("refused_correction"); }
        if (case_ == QLatin1String("repeat")) { f.firstViolation = true; f.aggravating << QStringLiteral("repeat_violation"); }
        if (case_ == QLatin1String("serious")) { f.harm = QStringLiteral("minor"); f.aggravating << QStringLiteral("serious_consequence"); }
        if (case_ == QLatin1String("ground")) f.grounds << QStringLiteral("bribed");
        if (case_ == QLatin1String("harm")) f.harm = QStringLiteral("some");
        try {
            run(f, QStringLiteral("green"));
            QFAIL("contradictory facts accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Invalid);
            QVERIFY(!e.message().isEmpty());
        }
    }

    void firstViolationContradictedByRecords()
    {
        CreditSnapshot s = light(QStringLiteral("green"));
        s.recentPenalties << CreditSnapshot::PriorPenalty{QStringLiteral("龙市监罚〔2026〕1号"), QStringLiteral("2026-03-01"), QStringLiteral("x")};
        try {
            DiscretionEngine::recommend(firstMinorCorrected(), softItem(), s, m_rules);
            QFAIL("first violation accepted against the record");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Invalid);
            QVERIFY(e.message().contains(QStringLiteral("龙市监罚〔2026〕1号")));
        }
    }

    void riskOnlyNeverAggravates()
    {
        test::EnforcementFixture fx;
        // Only a market-supervision risk class E (risk_only, R3): the light is red, but discretion uses grey.
        const CreditSnapshot s = CreditSnapshot::load(fx.store.db(), fx.riskRed, AsOf);
        QCOMPARE(s.light, QStringLiteral("red"));
        QCOMPARE(s.lightRuleId, QStringLiteral("R4"));
        QCOMPARE(s.creditLight, QStringLiteral("grey"));
        QCOMPARE(s.riskOnlyIgnored.size(), 1);
        QCOMPARE(s.riskOnlyIgnored.first().kind, QStringLiteral("SAMR_SD"));
        const Recommendation r = DiscretionEngine::recommend(firstMinorCorrected(), softItem(), s, m_rules);
        QCOMPARE(r.ruleId, QStringLiteral("E3"));
        QCOMPARE(r.outcome, QStringLiteral("no_penalty"));
        // Nothing else: never 从重 for a risk class alone.
        QCOMPARE(DiscretionEngine::recommend(CaseFacts(), plainItem(), s, m_rules).outcome, QStringLiteral("standard"));
        // A favourable risk class still counts: SAMR_SD A alone makes the light green.
        fx.evaluation(fx.grey, 2, QStringLiteral("SAMR_SD"), QStringLiteral("A"), QStringLiteral("R0"));
        const CreditSnapshot g = CreditSnapshot::load(fx.store.db(), fx.grey, AsOf);
        QCOMPARE(g.creditLight, QStringLiteral("green"));
        QVERIFY(g.riskOnlyIgnored.isEmpty());
        // A risk class D (R2) next to a credit evaluation TAX A: yellow by the risk class, green for discretion.
        fx.evaluation(fx.green, 2, QStringLiteral("SAMR_SD"), QStringLiteral("D"), QStringLiteral("R2"));
        const CreditSnapshot y = CreditSnapshot::load(fx.store.db(), fx.green, AsOf);
        QCOMPARE(y.light, QStringLiteral("yellow"));
        QCOMPARE(y.creditLight, QStringLiteral("green"));
        QCOMPARE(y.creditRuleId, QStringLiteral("G1"));
        // A credit evaluation that is bad stays against the party (TAX D → red).
        const CreditSnapshot red = CreditSnapshot::load(fx.store.db(), fx.red, AsOf);
        QCOMPARE(red.creditLight, QStringLiteral("red"));
        QCOMPARE(DiscretionEngine::recommend(firstMinorCorrected(), softItem(), red, m_rules).ruleId, QStringLiteral("E5"));
    }

    void recommendationCarriesSnapshotAndReasoning()
    {
        test::EnforcementFixture fx;
        const Recommendation r = EnforcementService(fx.store.db()).recommend(fx.green, QStringLiteral("MKT-01"), firstMinorCorrected(), AsOf);
        QCOMPARE(r.ruleId, QStringLiteral("E3"));
        QCOMPARE(r.snapshot.creditLight, QStringLiteral("green"));
        QCOMPARE(r.snapshot.reasons.size(), 1);
        QCOMPARE(r.snapshot.reasons.first().kind, QStringLiteral("TAX"));
        QVERIFY(r.reasoning.size() >= 5);
        QVERIFY(r.reasoning.join(QLatin1Char('\n')).contains(QStringLiteral("E1")));
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(QStringLiteral("credit")).toObject().value(QStringLiteral("credit_light")).toString(), QStringLiteral("green"));
        try {
            EnforcementService(fx.store.db()).recommend(fx.green, QStringLiteral("NOPE-1"), CaseFacts(), AsOf);
            QFAIL("unknown item accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestDiscretionEngine)
#include "tst_discretionengine.moc"
