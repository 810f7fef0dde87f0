// Cases, decisions and penalty records (DOMAIN.md §7–§9.2): the override rule, amounts against the bands,
// publicity periods and credit repair on their boundary dates, the light, the audit log and the outbox.
#include "EnforcementFixture.h"
#include "audit/AuditLog.h"
#include "common/Error.h"
#include "credit/LightEngine.h"
#include "enforcement/CreditRepair.h"
#include "enforcement/EnforcementService.h"
#include "enforcement/Money.h"

#include <QJsonDocument>
#include <QtTest>

using namespace cl;

namespace {

CaseFacts firstMinorCorrected()
{
    CaseFacts f;
    f.firstViolation = true;
    f.harm = QStringLiteral("minor");
    f.corrected = true;
    return f;
}

template <typename F>
void expectError(ErrorKind kind, F &&f, const QString &contains = {})
{
    try {
        f();
        QFAIL("no error");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), kind);
        if (!contains.isEmpty())
            QVERIFY2(e.message().contains(contains), qPrintable(e.message()));
    }
}

} // namespace

class TestEnforcementCases : public QObject
{
    Q_OBJECT

    struct Setup
    {
        test::EnforcementFixture fx;
        EnforcementService service{fx.store.db()};
        EnforcementCase open(qint64 entity, const QString &item, const CaseFacts &facts, const QDate &found = QDate(2026, 5, 2))
        {
            return service.openCase(Actor::bootstrap(), {entity, item, facts, QStringLiteral("现场检查发现"), QStringLiteral("张执法"), found});
        }
        EnforcementService::DecisionResult decide(qint64 caseId, const QString &outcome, qint64 fen, const QString &no,
                                                  const QDate &on = QDate(2026, 5, 10), const QString &reason = {},
                                                  const QString &severity = {})
        {
            return service.decide(Actor::bootstrap(), {caseId, outcome, fen, no, on, reason, severity});
        }
    };

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-05-10T02:00:00Z"); }

    void defaultCatalogueIsLoaded();
    void recommendedNoPenaltyWritesNoPenalty();
    void overrideNeedsWrittenReason();
    void amountOutsideBandRefused();
    void penaltyRecordAndLight();
    void publicityPeriodsOnBoundaryDates_data();
    void publicityPeriodsOnBoundaryDates();
    void repairOnBoundaryDates();
    void repairRefusals();
    void decisionNumberUniqueAndCaseDecidedOnce();
    void firstViolationAfterRecentPenaltyRefused();
    void moneyConversions();
};

void TestEnforcementCases::defaultCatalogueIsLoaded()
{
    test::EnforcementFixture fx;
    QVERIFY(fx.count(QStringLiteral("violation_items"), QStringLiteral("soft_seq IS NOT NULL")) >= 25);
    for (const QString &domain : {QStringLiteral("市场监管"), QStringLiteral("生态环境"), QStringLiteral("文化旅游"), QStringLiteral("教育体育"),
                                  QStringLiteral("卫生健康")})
        QVERIFY2(fx.count(QStringLiteral("violation_items"), QStringLiteral("soft_seq IS NOT NULL AND domain = '%1'").arg(domain)) > 0,
                 qPrintable(domain));
    QVERIFY(fx.count(QStringLiteral("violation_items"), QStringLiteral("soft_seq IS NULL")) > 0);
}

void TestEnforcementCases::recommendedNoPenaltyWritesNoPenalty()
{
    Setup s;
    const EnforcementCase c = s.open(s.fx.green, QStringLiteral("MKT-01"), firstMinorCorrected());
    QVERIFY(c.caseNo.startsWith(QStringLiteral("AJ20260502")));
    QCOMPARE(c.status, QStringLiteral("open"));
    const auto r = s.decide(c.id, QStringLiteral("no_penalty"), 0, {});
    QCOMPARE(r.recommendation.ruleId, QStringLiteral("E3"));
    QVERIFY(!r.penalty);
    QCOMPARE(r.decidedCase.status, QStringLiteral("decided"));
    QVERIFY(r.decidedCase.overrideReason.isEmpty());
    QCOMPARE(s.fx.count(QStringLiteral("penalties")), 0);
    QCOMPARE(s.fx.count(QStringLiteral("credit_findings")), 0);
    QCOMPARE(s.fx.count(QStringLiteral("outbox"), QStringLiteral("kind = 'penalty'")), 0);
    QCOMPARE(s.fx.count(QStringLiteral("audit_log"), QStringLiteral("action = 'enforcement_case.decide'")), 1);
    // Fine not imposed: the standard band's lower edge for MKT-01 (0–30000 yuan) is 9000 yuan.
    QCOMPARE(sql::scalar(s.fx.store.db().sql(), QStringLiteral("SELECT fine_not_imposed_fen FROM enforcement_decisions")).toLongLong(), 900000);
    // The recommendation with its credit snapshot is kept with the decision.
    const QJsonObject rec = QJsonDocument::fromJson(
        sql::scalar(s.fx.store.db().sql(), QStringLiteral("SELECT recommendation FROM enforcement_decisions")).toString().toUtf8()).object();
    QCOMPARE(rec.value(QStringLiteral("credit")).toObject().value(QStringLiteral("credit_light")).toString(), QStringLiteral("green"));
    QVERIFY(AuditLog::verify(s.fx.store.db().sql()).ok);
}

void TestEnforcementCases::overrideNeedsWrittenReason()
{
    Setup s;
    const EnforcementCase c = s.open(s.fx.green, QStringLiteral("MKT-01"), firstMinorCorrected());
    const qint64 auditBefore = s.fx.count(QStringLiteral("audit_log"));
    expectError(ErrorKind::Refused, [&] { s.decide(c.id, QStringLiteral("lighter"), 100000, QStringLiteral("龙市监罚〔2026〕11号")); },
                QStringLiteral("E3"));
    expectError(ErrorKind::Refused, [&] { s.decide(c.id, QStringLiteral("lighter"), 100000, QStringLiteral("龙市监罚〔2026〕11号"), QDate(2026, 5, 10), QStringLiteral("   ")); });
    QCOMPARE(s.fx.count(QStringLiteral("enforcement_decisions")), 0);
    QCOMPARE(s.fx.count(QStringLiteral("penalties")), 0);
    QCOMPARE(s.fx.count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(s.service.caseById(c.id)->status, QStringLiteral("open"));
    const auto r = s.decide(c.id, QStringLiteral("lighter"), 100000, QStringLiteral("龙市监罚〔2026〕11号"), QDate(2026, 5, 10),
                            QStringLiteral("当事人经营场所位于景区，影响较大"));
    QCOMPARE(r.decidedCase.outcome, QStringLiteral("lighter"));
    QCOMPARE(r.decidedCase.recommendedOutcome, QStringLiteral("no_penalty"));
    QCOMPARE(r.decidedCase.overrideReason, QStringLiteral("当事人经营场所位于景区，影响较大"));
    QVERIFY(r.penalty);
    const QString after = sql::scalar(s.fx.store.db().sql(),
                                      QStringLiteral("SELECT after FROM audit_log WHERE action = 'enforcement_case.decide'")).toString();
    QVERIFY(after.contains(QStringLiteral("当事人经营场所位于景区")));
}

void TestEnforcementCases::amountOutsideBandRefused()
{
    Setup s;
    CaseFacts f;  // grey entity, plain facts: E10 standard, MKT-02 range 10000–100000 yuan → standard 37000–73000
    const EnforcementCase c = s.open(s.fx.grey, QStringLiteral("MKT-02"), f);
    expectError(ErrorKind::Invalid, [&] { s.decide(c.id, QStringLiteral("standard"), 3699999, QStringLiteral("W-1")); }, QStringLiteral("37000.00"));
    expectError(ErrorKind::Invalid, [&] { s.decide(c.id, QStringLiteral("standard"), 7300001, QStringLiteral("W-1")); });
    expectError(ErrorKind::Invalid, [&] { s.decide(c.id, QStringLiteral("standard"), -1, QStringLiteral("W-1")); });
    expectError(ErrorKind::Invalid, [&] { s.decide(c.id, QStringLiteral("no_penalty"), 100, QStringLiteral("W-1"), QDate(2026, 5, 10), QStringLiteral("理由")); });
    expectError(ErrorKind::Invalid, [&] { s.decide(c.id, QStringLiteral("standard"), 3700000, QString()); }, QStringLiteral("文号"));
    expectError(ErrorKind::Invalid, [&] { s.decide(c.id, QStringLiteral("severe"), 3700000, QStringLiteral("W-1")); });
    expectError(ErrorKind::Invalid, [&] { s.decide(c.id, QStringLiteral("standard"), 3700000, QStringLiteral("W-1"), QDate(2026, 5, 1)); });
    QCOMPARE(s.fx.count(QStringLiteral("enforcement_decisions")), 0);
    // The edges themselves are inside.
    const auto r = s.decide(c.id, QStringLiteral("standard"), 3700000, QStringLiteral("W-1"));
    QCOMPARE(r.penalty->fineFen, 3700000);
}

void TestEnforcementCases::penaltyRecordAndLight()
{
    Setup s;
    QCOMPARE(LightEngine(s.fx.store.db()).explain(s.fx.grey, QDate(2026, 5, 10)).light, QStringLiteral("grey"));
    const EnforcementCase c = s.open(s.fx.grey, QStringLiteral("MKT-02"), CaseFacts());
    const auto r = s.decide(c.id, QStringLiteral("standard"), 5000000, QStringLiteral("龙市监罚〔2026〕12号"));
    const PenaltyRecord &p = *r.penalty;
    QCOMPARE(p.severity, QStringLiteral("general"));
    QCOMPARE(p.category, QStringLiteral("罚款"));
    QCOMPARE(p.partyKind, QStringLiteral("法人及非法人组织"));
    QCOMPARE(p.authority, QStringLiteral("市场监管局"));
    const QJsonObject platform = p.toPlatformJson();
    QCOMPARE(platform.value(QStringLiteral("CF_NR_FK")).toString(), QStringLiteral("5.000000"));   // 50000 yuan = 5 万元
    QCOMPARE(platform.value(QStringLiteral("CF_WSH")).toString(), QStringLiteral("龙市监罚〔2026〕12号"));
    QCOMPARE(platform.value(QStringLiteral("CF_XDR_SHXYM")).toString(), QStringLiteral("123706814930127620"));
    QCOMPARE(platform.value(QStringLiteral("CF_JDRQ")).toString(), QStringLiteral("2026-05-10"));
    QCOMPARE(platform.value(QStringLiteral("CF_GSJZQ")).toString(), QStringLiteral("2027-05-09"));
    // Outbox: kind penalty, keyed by decision number and code, payload the §9.2 record.
    QSqlQuery q = sql::exec(s.fx.store.db().sql(), QStringLiteral("SELECT record_key, payload FROM outbox WHERE kind = 'penalty'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("龙市监罚〔2026〕12号/123706814930127620"));
    QCOMPARE(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), platform);
    // The light moved in the same transaction (Y3), with the penalty as the reason.
    QCOMPARE(sql::scalar(s.fx.store.db().sql(), QStringLiteral("SELECT rule_id FROM entity_lights WHERE entity_id = ?"), {s.fx.grey}).toString(),
             QStringLiteral("Y3"));
    const LightResult light = LightEngine(s.fx.store.db()).explain(s.fx.grey, QDate(2026, 5, 10));
    QCOMPARE(light.ruleId, QStringLiteral("Y3"));
    QVERIFY(light.reasons.first().key.contains(QStringLiteral("龙市监罚〔2026〕12号")));
    QVERIFY(AuditLog::verify(s.fx.store.db().sql()).ok);
}

void TestEnforcementCases::publicityPeriodsOnBoundaryDates_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QDate>("repairFrom");
    QTest::addColumn<QDate>("lastDay");
    QTest::newRow("minor") << QStringLiteral("minor") << QDate(2026, 5, 10) << QDate(2026, 8, 9);
    QTest::newRow("general") << QStringLiteral("general") << QDate(2026, 8, 10) << QDate(2027, 5, 9);
    QTest::newRow("serious") << QStringLiteral("serious") << QDate(2027, 5, 10) << QDate(2029, 5, 9);
}

void TestEnforcementCases::publicityPeriodsOnBoundaryDates()
{
    QFETCH(QString, severity);
    QFETCH(QDate, repairFrom);
    QFETCH(QDate, lastDay);
    Setup s;
    const EnforcementCase c = s.open(s.fx.grey, QStringLiteral("MKT-02"), CaseFacts());
    const auto r = s.decide(c.id, QStringLiteral("standard"), 5000000, QStringLiteral("W-") + severity, QDate(2026, 5, 10), {}, severity);
    QCOMPARE(r.penalty->repairFrom, repairFrom);
    QCOMPARE(r.penalty->publicityEnd, lastDay);
    LightEngine engine(s.fx.store.db());
    // The day before the decision: no effect; the decision date: in publicity; the last day: still; the next: over.
    QCOMPARE(engine.explain(s.fx.grey, QDate(2026, 5, 9)).ruleId, QStringLiteral("U1"));
    QCOMPARE(engine.explain(s.fx.grey, QDate(2026, 5, 10)).ruleId, QStringLiteral("Y3"));
    QCOMPARE(engine.explain(s.fx.grey, lastDay).ruleId, QStringLiteral("Y3"));
    QCOMPARE(engine.explain(s.fx.grey, lastDay.addDays(1)).ruleId, QStringLiteral("U1"));
    QCOMPARE(r.penalty->stateOn(lastDay), QStringLiteral("in_publicity"));
    QCOMPARE(r.penalty->stateOn(lastDay.addDays(1)), QStringLiteral("ended"));
}

void TestEnforcementCases::repairOnBoundaryDates()
{
    Setup s;
    const EnforcementCase c = s.open(s.fx.green, QStringLiteral("MKT-02"), CaseFacts());
    const auto r = s.decide(c.id, QStringLiteral("lighter"), 1000000, QStringLiteral("龙市监罚〔2026〕13号"));  // E9 lighter, general
    const qint64 penaltyId = r.penalty->id;
    CreditRepair repair(s.fx.store.db());
    const QString code = QStringLiteral("37068120260810000001");
    const QString content = QStringLiteral("本单位已改正违法行为，履行处罚决定，承诺今后依法经营。");
    // The day before the minimum period has passed: refused, nothing written.
    expectError(ErrorKind::Refused, [&] { repair.apply(Actor::bootstrap(), penaltyId, QDate(2026, 8, 9), code, content); }, QStringLiteral("2026-08-10"));
    QCOMPARE(s.fx.count(QStringLiteral("penalty_repairs")), 0);
    // On the first day: accepted.
    const CreditRepair::Application a = repair.apply(Actor::bootstrap(), penaltyId, QDate(2026, 8, 10), code, content);
    QCOMPARE(a.status, QStringLiteral("applied"));
    qputenv("CREDITLOOP_FIXED_NOW", "2026-08-12T02:00:00Z");
    const PenaltyRecord granted = repair.grant(Actor::bootstrap(), a.id, QDate(2026, 8, 12));
    QCOMPARE(granted.repairedOn, QDate(2026, 8, 12));
    // Repair ends the effect at once: on the grant date the penalty no longer counts; the day before it did.
    LightEngine engine(s.fx.store.db());
    QCOMPARE(engine.explain(s.fx.green, QDate(2026, 8, 11)).ruleId, QStringLiteral("Y3"));
    QCOMPARE(engine.explain(s.fx.green, QDate(2026, 8, 12)).ruleId, QStringLiteral("G1"));
    QCOMPARE(sql::scalar(s.fx.store.db().sql(), QStringLiteral("SELECT light FROM entity_lights WHERE entity_id = ?"), {s.fx.green}).toString(),
             QStringLiteral("green"));
    QCOMPARE(PenaltyRecord::byId(s.fx.store.db().sql(), penaltyId)->stateOn(QDate(2026, 8, 12)), QStringLiteral("repaired"));
    QSqlQuery q = sql::exec(s.fx.store.db().sql(), QStringLiteral("SELECT payload FROM outbox WHERE kind = 'repair'"));
    QVERIFY(q.next());
    const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("CF_WSH")).toString(), QStringLiteral("龙市监罚〔2026〕13号"));
    QCOMPARE(payload.value(QStringLiteral("XF_RQ")).toString(), QStringLiteral("2026-08-12"));
    QCOMPARE(s.fx.count(QStringLiteral("audit_log"), QStringLiteral("action IN ('repair.apply', 'repair.grant')")), 2);
    // Already repaired: a second application is refused.
    expectError(ErrorKind::Refused, [&] { repair.apply(Actor::bootstrap(), penaltyId, QDate(2026, 9, 1), code, content); });
}

void TestEnforcementCases::repairRefusals()
{
    Setup s;
    const EnforcementCase c = s.open(s.fx.grey, QStringLiteral("MKT-02"), CaseFacts());
    const auto r = s.decide(c.id, QStringLiteral("standard"), 5000000, QStringLiteral("W-9"));
    CreditRepair repair(s.fx.store.db());
    const QString content = QStringLiteral("承诺内容");
    // After the maximum period publicity ended by itself: nothing to repair.
    expectError(ErrorKind::Refused, [&] { repair.apply(Actor::bootstrap(), r.penalty->id, QDate(2027, 5, 10), QStringLiteral("37068120270510000001"), content); },
                QStringLiteral("2027-05-09"));
    // The last day of publicity is still repairable.
    expectError(ErrorKind::Invalid, [&] { repair.apply(Actor::bootstrap(), r.penalty->id, QDate(2027, 5, 9), QStringLiteral("12345"), content); });
    expectError(ErrorKind::Invalid, [&] { repair.apply(Actor::bootstrap(), r.penalty->id, QDate(2027, 5, 9), QStringLiteral("37068120270509000001"), QStringLiteral(" ")); });
    const auto a = repair.apply(Actor::bootstrap(), r.penalty->id, QDate(2027, 5, 9), QStringLiteral("37068120270509000001"), content);
    expectError(ErrorKind::Refused, [&] { repair.apply(Actor::bootstrap(), r.penalty->id, QDate(2027, 5, 9), QStringLiteral("37068120270509000002"), content); });
    expectError(ErrorKind::Invalid, [&] { repair.reject(Actor::bootstrap(), a.id, QDate(2027, 5, 9), QString()); });
    const auto rejected = repair.reject(Actor::bootstrap(), a.id, QDate(2027, 5, 9), QStringLiteral("罚款尚未缴纳"));
    QCOMPARE(rejected.status, QStringLiteral("rejected"));
    expectError(ErrorKind::Refused, [&] { repair.grant(Actor::bootstrap(), a.id, QDate(2027, 5, 9)); });
    QVERIFY(!PenaltyRecord::byId(s.fx.store.db().sql(), r.penalty->id)->repairedOn.isValid());
}

void TestEnforcementCases::decisionNumberUniqueAndCaseDecidedOnce()
{
    Setup s;
    const EnforcementCase a = s.open(s.fx.grey, QStringLiteral("MKT-02"), CaseFacts());
    const EnforcementCase b = s.open(s.fx.yellow, QStringLiteral("MKT-02"), CaseFacts());
    QCOMPARE(b.caseNo, QStringLiteral("AJ202605020002"));
    s.decide(a.id, QStringLiteral("standard"), 5000000, QStringLiteral("W-1"));
    expectError(ErrorKind::Refused, [&] { s.decide(a.id, QStringLiteral("standard"), 5000000, QStringLiteral("W-2")); });
    expectError(ErrorKind::Refused, [&] { s.decide(b.id, QStringLiteral("standard"), 5000000, QStringLiteral("W-1")); });
    QCOMPARE(s.fx.count(QStringLiteral("penalties")), 1);
}

void TestEnforcementCases::firstViolationAfterRecentPenaltyRefused()
{
    Setup s;
    const EnforcementCase a = s.open(s.fx.grey, QStringLiteral("MKT-02"), CaseFacts());
    s.decide(a.id, QStringLiteral("standard"), 5000000, QStringLiteral("W-1"));
    expectError(ErrorKind::Invalid, [&] { s.open(s.fx.grey, QStringLiteral("MKT-01"), firstMinorCorrected(), QDate(2026, 6, 1)); }, QStringLiteral("W-1"));
    expectError(ErrorKind::NotFound, [&] { s.open(s.fx.grey, QStringLiteral("MKT-99"), CaseFacts()); });
    QCOMPARE(s.fx.count(QStringLiteral("enforcement_cases")), 1);
    // A case opened as a first violation stays decidable when another penalty is decided in the meantime.
    const EnforcementCase pending = s.open(s.fx.green, QStringLiteral("MKT-01"), firstMinorCorrected(), QDate(2026, 5, 12));
    const EnforcementCase other = s.open(s.fx.green, QStringLiteral("MKT-02"), CaseFacts(), QDate(2026, 5, 13));
    s.decide(other.id, QStringLiteral("lighter"), 1000000, QStringLiteral("W-2"), QDate(2026, 5, 14));
    // (That penalty made the light yellow by the decision date: E4 instead of E3, still a first violation.)
    QCOMPARE(s.decide(pending.id, QStringLiteral("lighter"), 0, QStringLiteral("W-3"), QDate(2026, 5, 20)).recommendation.ruleId,
             QStringLiteral("E4"));
    // Twelve months and a day later it is a first violation again.
    qputenv("CREDITLOOP_FIXED_NOW", "2027-05-11T02:00:00Z");
    const EnforcementCase later = s.open(s.fx.grey, QStringLiteral("MKT-01"), firstMinorCorrected(), QDate(2027, 5, 11));
    QCOMPARE(later.status, QStringLiteral("open"));
}

void TestEnforcementCases::moneyConversions()
{
    QCOMPARE(money::yuanText(123450), QStringLiteral("1234.50"));
    QCOMPARE(money::wanYuanText(123450), QStringLiteral("0.123450"));
    QCOMPARE(money::parseYuan(QStringLiteral("1,234.5")).value(), 123450);
    QCOMPARE(money::parseYuan(QStringLiteral("３００")).value(), 30000);
    QVERIFY(!money::parseYuan(QStringLiteral("-5")));
    QVERIFY(!money::parseYuan(QStringLiteral("1.234")));
    QVERIFY(!money::parseYuan(QStringLiteral("abc")));
    QVERIFY(!money::parseYuan(QStringLiteral("12,5")));
    QCOMPARE(money::parseYuan(QStringLiteral("1,000,000.01")).value(), 100000001);
}

QTEST_GUILESS_MAIN(TestEnforcementCases)
#include "tst_enforcementcases.moc"
