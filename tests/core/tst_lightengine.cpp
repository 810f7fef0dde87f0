// The traffic light of DOMAIN.md §5: each rule on its own, their order, expiry, supersession,
// history and incremental recomputation.
#include "TestStore.h"
#include "auth/Actor.h"
#include "credit/LightEngine.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/EntityRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cl;

namespace {
const QDate AsOf(2026, 6, 1);

struct Fixture
{
    test::TestStore store;
    qint64 entity = 0;
    qint64 other = 0;

    Fixture()
    {
        EntityRepository repo(store.db());
        const UsccValidator v = UsccValidator::fromDatabase(store.db().sql());
        entity = repo.add(Actor::bootstrap(), make(QStringLiteral("91370681MA3P7K2Q3U"), QStringLiteral("龙口市鑫达食品有限公司")), v);
        other = repo.add(Actor::bootstrap(), make(QStringLiteral("92370681MA3N4R8W1A"), QStringLiteral("龙口市张记小吃店")), v);
    }

    static Entity make(const QString &code, const QString &name)
    {
        Entity e;
        e.code = code;
        e.name = name;
        return e;
    }

    void evaluation(qint64 who, int department, const QString &scheme, const QString &grade, const QString &level,
                    const QString &evaluatedOn, const QString &validTo)
    {
        sql::exec(store.db().sql(),
                  QStringLiteral("INSERT INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, level, scheme_version, "
                                 "evaluated_on, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"),
                  {who, department, scheme, grade, grade, level, evaluatedOn, evaluatedOn, validTo});
    }
    void finding(qint64 who, const QString &kind, const QString &key, const QString &from, const QVariant &to = {},
                 const QVariant &repaired = {})
    {
        sql::exec(store.db().sql(),
                  QStringLiteral("INSERT INTO credit_findings(entity_id, kind, source_type, source_key, department_id, valid_from, valid_to, repaired_on) "
                                 "VALUES (?, ?, 'test', ?, 2, ?, ?, ?)"),
                  {who, kind, key, from, to, repaired});
    }
    void dishonest(qint64 who, const QString &listed, const QVariant &removed = {})
    {
        sql::exec(store.db().sql(),
                  QStringLiteral("INSERT INTO dishonest_list(entity_id, listing_authority, basis, listed_on, removed_on) VALUES (?, '烟台市发展改革委', '失信被执行人', ?, ?)"),
                  {who, listed, removed});
    }
    LightResult light(const QDate &asOf = AsOf) { return LightEngine(store.db()).explain(entity, asOf); }
};

#define EXPECT_LIGHT(result, expectedLight, expectedRule)                          \
    do {                                                                           \
        const LightResult r_ = (result);                                           \
        QCOMPARE(r_.light, QStringLiteral(expectedLight));                         \
        QCOMPARE(r_.ruleId, QStringLiteral(expectedRule));                         \
    } while (false)
} // namespace

class TestLightEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z"); }
    void u1NothingKnown();
    void u1LevelUDoesNotCount();
    void g1GoodEvaluation();
    void y1ElevatedRisk();
    void r4HighRisk();
    void r1DishonestList();
    void r2FalseCommitmentUntilRepaired();
    void r3UnfulfilledOverdue();
    void y2PartialOrDeficiency();
    void y3PenaltyWithinPublicity();
    void orderFirstMatchWins();
    void expiryRemovesEvaluation();
    void laterEvaluationSupersedes();
    void departmentsCountSeparately();
    void recomputeWritesHistoryAndOutbox();
    void storedReasonsReadAsComputed();
    void fullRecomputeSeesItsOwnTransaction();
    void incrementalTouchesOnlyTargets();
    void rulesAreData();
};

void TestLightEngine::u1NothingKnown()
{
    Fixture f;
    const LightResult r = f.light();
    QCOMPARE(r.light, QStringLiteral("grey"));
    QCOMPARE(r.ruleId, QStringLiteral("U1"));
    QVERIFY(r.reasons.isEmpty());
}

void TestLightEngine::u1LevelUDoesNotCount()
{
    Fixture f;
    f.evaluation(f.entity, 3, QStringLiteral("TAX"), QStringLiteral("M"), QStringLiteral("U"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    EXPECT_LIGHT(f.light(), "grey", "U1");
}

void TestLightEngine::g1GoodEvaluation()
{
    Fixture f;
    f.evaluation(f.entity, 3, QStringLiteral("TAX"), QStringLiteral("A"), QStringLiteral("R0"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    const LightResult r = f.light();
    EXPECT_LIGHT(r, "green", "G1");
    QCOMPARE(r.reasons.size(), 1);
    QCOMPARE(r.reasons.first().department, QStringLiteral("税务局"));
    QCOMPARE(r.reasons.first().rawGrade, QStringLiteral("A"));
    QCOMPARE(r.reasons.first().date, QStringLiteral("2026-01-10"));
    QCOMPARE(r.reasons.first().ruleId, QStringLiteral("G1"));
}

void TestLightEngine::y1ElevatedRisk()
{
    Fixture f;
    f.evaluation(f.entity, 4, QStringLiteral("ENV"), QStringLiteral("黄"), QStringLiteral("R2"), QStringLiteral("2026-02-01"), QStringLiteral("2027-02-01"));
    EXPECT_LIGHT(f.light(), "yellow", "Y1");
}

void TestLightEngine::r4HighRisk()
{
    Fixture f;
    f.evaluation(f.entity, 5, QStringLiteral("CUSTOMS"), QStringLiteral("失信企业"), QStringLiteral("R3"), QStringLiteral("2026-03-01"), QStringLiteral("2027-03-01"));
    EXPECT_LIGHT(f.light(), "red", "R4");
}

void TestLightEngine::r1DishonestList()
{
    Fixture f;
    f.dishonest(f.entity, QStringLiteral("2026-05-01"));
    const LightResult r = f.light();
    EXPECT_LIGHT(r, "red", "R1");
    QCOMPARE(r.reasons.first().department, QStringLiteral("烟台市发展改革委"));
    // Before the listing, and after removal, it does not count.
    EXPECT_LIGHT(f.light(QDate(2026, 4, 30)), "grey", "U1");
    Fixture g;
    g.dishonest(g.entity, QStringLiteral("2025-05-01"), QStringLiteral("2026-05-15"));
    EXPECT_LIGHT(g.light(), "grey", "U1");
}

void TestLightEngine::r2FalseCommitmentUntilRepaired()
{
    Fixture f;
    f.finding(f.entity, QStringLiteral("false_commitment"), QStringLiteral("37068120260301000001"), QStringLiteral("2026-03-20"));
    EXPECT_LIGHT(f.light(), "red", "R2");
    sql::exec(f.store.db().sql(), QStringLiteral("UPDATE credit_findings SET repaired_on = '2026-05-20'"));
    EXPECT_LIGHT(f.light(), "grey", "U1");
    EXPECT_LIGHT(f.light(QDate(2026, 5, 19)), "red", "R2");
}

void TestLightEngine::r3UnfulfilledOverdue()
{
    Fixture f;
    f.finding(f.entity, QStringLiteral("unfulfilled_overdue"), QStringLiteral("37068120260301000002"), QStringLiteral("2026-04-01"));
    EXPECT_LIGHT(f.light(), "red", "R3");
}

void TestLightEngine::y2PartialOrDeficiency()
{
    Fixture f;
    f.finding(f.entity, QStringLiteral("partial_fulfilment"), QStringLiteral("c1"), QStringLiteral("2026-04-01"));
    EXPECT_LIGHT(f.light(), "yellow", "Y2");
    Fixture g;
    g.finding(g.entity, QStringLiteral("deficiency_overdue"), QStringLiteral("m1"), QStringLiteral("2026-04-01"));
    EXPECT_LIGHT(g.light(), "yellow", "Y2");
}

void TestLightEngine::y3PenaltyWithinPublicity()
{
    Fixture f;
    f.finding(f.entity, QStringLiteral("penalty_publicity"), QStringLiteral("龙市监罚〔2026〕12号"), QStringLiteral("2026-03-01"), QStringLiteral("2026-06-01"));
    EXPECT_LIGHT(f.light(), "yellow", "Y3");                  // last day of publicity
    EXPECT_LIGHT(f.light(QDate(2026, 6, 2)), "grey", "U1");   // publicity over
}

void TestLightEngine::orderFirstMatchWins()
{
    Fixture f;
    f.evaluation(f.entity, 3, QStringLiteral("TAX"), QStringLiteral("A"), QStringLiteral("R0"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    f.evaluation(f.entity, 4, QStringLiteral("ENV"), QStringLiteral("黄"), QStringLiteral("R2"), QStringLiteral("2026-02-01"), QStringLiteral("2027-02-01"));
    EXPECT_LIGHT(f.light(), "yellow", "Y1");  // Y1 before G1
    f.finding(f.entity, QStringLiteral("partial_fulfilment"), QStringLiteral("c1"), QStringLiteral("2026-04-01"));
    EXPECT_LIGHT(f.light(), "yellow", "Y1");  // Y1 before Y2
    f.evaluation(f.entity, 5, QStringLiteral("CUSTOMS"), QStringLiteral("失信企业"), QStringLiteral("R3"), QStringLiteral("2026-03-01"), QStringLiteral("2027-03-01"));
    EXPECT_LIGHT(f.light(), "red", "R4");
    f.finding(f.entity, QStringLiteral("unfulfilled_overdue"), QStringLiteral("c2"), QStringLiteral("2026-04-01"));
    EXPECT_LIGHT(f.light(), "red", "R3");
    f.finding(f.entity, QStringLiteral("false_commitment"), QStringLiteral("c3"), QStringLiteral("2026-04-01"));
    EXPECT_LIGHT(f.light(), "red", "R2");
    f.dishonest(f.entity, QStringLiteral("2026-05-01"));
    const LightResult r = f.light();
    EXPECT_LIGHT(r, "red", "R1");
    QCOMPARE(r.reasons.size(), 1);  // only the records of the winning rule are its reasons
}

void TestLightEngine::expiryRemovesEvaluation()
{
    Fixture f;
    f.evaluation(f.entity, 5, QStringLiteral("CUSTOMS"), QStringLiteral("失信企业"), QStringLiteral("R3"), QStringLiteral("2025-03-01"), QStringLiteral("2026-03-01"));
    EXPECT_LIGHT(f.light(), "grey", "U1");
    EXPECT_LIGHT(f.light(QDate(2026, 3, 1)), "red", "R4");
    EXPECT_LIGHT(f.light(QDate(2025, 2, 28)), "grey", "U1");  // not yet evaluated
}

void TestLightEngine::laterEvaluationSupersedes()
{
    Fixture f;
    f.evaluation(f.entity, 2, QStringLiteral("SAMR_SD"), QStringLiteral("E"), QStringLiteral("R3"), QStringLiteral("2026-01-05"), QStringLiteral("2027-01-05"));
    f.evaluation(f.entity, 2, QStringLiteral("SAMR_SD"), QStringLiteral("A"), QStringLiteral("R0"), QStringLiteral("2026-04-05"), QStringLiteral("2027-04-05"));
    EXPECT_LIGHT(f.light(), "green", "G1");
    EXPECT_LIGHT(f.light(QDate(2026, 3, 1)), "red", "R4");  // before the later one existed
    // Supersession is per (department, scheme): another scheme of the same department still counts.
    f.evaluation(f.entity, 2, QStringLiteral("FOOD_RISK"), QStringLiteral("C"), QStringLiteral("R2"), QStringLiteral("2026-02-05"), QStringLiteral("2027-02-05"));
    EXPECT_LIGHT(f.light(), "yellow", "Y1");
}

void TestLightEngine::departmentsCountSeparately()
{
    Fixture f;
    f.evaluation(f.entity, 3, QStringLiteral("TAX"), QStringLiteral("B"), QStringLiteral("R1"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    f.evaluation(f.other, 4, QStringLiteral("ENV"), QStringLiteral("红"), QStringLiteral("R3"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    EXPECT_LIGHT(f.light(), "green", "G1");
    EXPECT_LIGHT(LightEngine(f.store.db()).explain(f.other, AsOf), "red", "R4");
}

void TestLightEngine::recomputeWritesHistoryAndOutbox()
{
    Fixture f;
    f.evaluation(f.entity, 3, QStringLiteral("TAX"), QStringLiteral("A"), QStringLiteral("R0"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    LightEngine engine(f.store.db());
    LightEngine::Stats s = engine.recomputeAll(Actor::bootstrap(), AsOf);
    QCOMPARE(s.entities, qint64(2));
    QCOMPARE(s.changed, qint64(2));
    const QSqlDatabase db = f.store.db().sql();
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT light FROM entity_lights WHERE entity_id = ?"), {f.entity}).toString(), QStringLiteral("green"));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT light FROM entity_lights WHERE entity_id = ?"), {f.other}).toString(), QStringLiteral("grey"));
    // Queued for sync as one row naming the two history rows.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'light_changes'")).toInt(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT payload FROM outbox WHERE kind = 'light_changes'")).toString(),
             QStringLiteral("{\"first\":1,\"last\":2,\"count\":2,\"as_of\":\"%1\"}").arg(AsOf.toString(Qt::ISODate)));
    // Nothing changed: nothing written.
    s = engine.recomputeAll(Actor::bootstrap(), AsOf);
    QCOMPARE(s.changed, qint64(0));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM light_history")).toInt(), 2);
    // A false commitment found later turns it red; the history answers for both dates.
    f.finding(f.entity, QStringLiteral("false_commitment"), QStringLiteral("c9"), QStringLiteral("2026-07-01"));
    s = engine.recomputeAll(Actor::bootstrap(), QDate(2026, 7, 1));
    QCOMPARE(s.changed, qint64(1));
    QCOMPARE(engine.recordedOn(f.entity, QDate(2026, 6, 15))->light, QStringLiteral("green"));
    QCOMPARE(engine.recordedOn(f.entity, QDate(2026, 7, 2))->light, QStringLiteral("red"));
    QCOMPARE(engine.recordedOn(f.entity, QDate(2026, 7, 2))->ruleId, QStringLiteral("R2"));
    QVERIFY(!engine.recordedOn(f.entity, QDate(2026, 5, 1)).has_value());
    QCOMPARE(engine.history(f.entity).size(), 2);
    const QString reasons = engine.history(f.entity).last().reasons;
    QVERIFY2(reasons.contains(QStringLiteral("\"rule_id\":\"R2\"")) && reasons.contains(QStringLiteral("test:c9")), qPrintable(reasons));
    const std::optional<LightResult> stored = engine.stored(f.entity);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->toJson(), engine.explain(f.entity, QDate(2026, 7, 1)).toJson());
    QVERIFY(!engine.stored(f.entity + f.other + 1).has_value());
}

void TestLightEngine::storedReasonsReadAsComputed()
{
    Fixture f;
    const QSqlDatabase db = f.store.db().sql();
    // Every kind of reason, with the fields that are easy to get wrong: a valid-from other than the
    // evaluation date, a finding without a department, text that needs escaping.
    f.evaluation(f.entity, 3, QStringLiteral("TAX"), QStringLiteral("D"), QStringLiteral("R3"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    sql::exec(db, QStringLiteral("INSERT INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, level, scheme_version, "
                                 "evaluated_on, valid_from, valid_to) VALUES (?, 4, 'ENV', '黑', '黑', 'R3', 1, '2026-02-01', '2026-02-15', '2027-02-01')"),
              {f.entity});
    sql::exec(db, QStringLiteral("INSERT INTO credit_findings(entity_id, kind, source_type, source_key, valid_from, detail) "
                                 "VALUES (?, 'false_commitment', 'approval', 'XK-1', '2026-03-01', '承诺\"不实\"\n第二行')"),
              {f.other});
    f.finding(f.other, QStringLiteral("unfulfilled_overdue"), QStringLiteral("c2"), QStringLiteral("2026-03-05"), QStringLiteral("2026-12-31"));
    LightEngine engine(f.store.db());
    auto check = [&](qint64 id, const QDate &asOf, const char *rule) {
        const LightResult computed = engine.explain(id, asOf);
        QCOMPARE(computed.ruleId, QLatin1String(rule));
        QVERIFY(!computed.reasons.isEmpty());
        const std::optional<LightResult> stored = engine.stored(id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->toJson(), computed.toJson());
        // The history gives the reasons in their long form: one object per reason, named fields.
        const QString longForm = engine.history(id).last().reasons;
        QCOMPARE(QJsonDocument::fromJson(longForm.toUtf8()).array(), computed.toJson().value(QLatin1String("reasons")).toArray());
        // Stored compactly (an evaluation's reason in under half the long form).
        const QByteArray raw = sql::scalar(db, QStringLiteral("SELECT reasons FROM entity_lights WHERE entity_id = ?"), {id}).toByteArray();
        QVERIFY2(raw.size() * (computed.ruleId == QLatin1String("R4") ? 2 : 1) < longForm.toUtf8().size(), raw.constData());
    };
    engine.recomputeAll(Actor::bootstrap(), AsOf);
    check(f.entity, AsOf, "R4");  // both the TAX and the ENV evaluation
    check(f.other, AsOf, "R2");   // the R3 finding does not decide it
    QCOMPARE(engine.stored(f.entity)->reasons.size(), 2);
    QCOMPARE(engine.stored(f.entity)->reasons.at(1).validFrom, QStringLiteral("2026-02-15"));
    QCOMPARE(engine.stored(f.other)->reasons.at(0).detail, QStringLiteral("承诺\"不实\"\n第二行"));
    f.dishonest(f.other, QStringLiteral("2026-06-10"));
    engine.recomputeAll(Actor::bootstrap(), QDate(2026, 6, 10));
    check(f.other, QDate(2026, 6, 10), "R1");
    QCOMPARE(engine.stored(f.other)->reasons.at(0).department, QStringLiteral("烟台市发展改革委"));

    // Rows written before the compact form (one object per reason) read as they are.
    const QByteArray longForm = engine.history(f.entity).last().reasons.toUtf8();
    sql::exec(db, QStringLiteral("UPDATE light_history SET reasons = ? WHERE entity_id = ?"), {QString::fromUtf8(longForm), f.entity});
    sql::exec(db, QStringLiteral("UPDATE entity_lights SET reasons = ? WHERE entity_id = ?"), {QString::fromUtf8(longForm), f.entity});
    QCOMPARE(engine.history(f.entity).last().reasons.toUtf8(), longForm);
    QCOMPARE(engine.stored(f.entity)->toJson(), engine.explain(f.entity, AsOf).toJson());
}

// A full recompute reads on a second connection only while its transaction has written nothing
// (LightEngine::recompute): after a write in the same transaction it must see that write.
void TestLightEngine::fullRecomputeSeesItsOwnTransaction()
{
    Fixture f;
    LightEngine engine(f.store.db());
    {
        WriteTransaction tx(f.store.db(), Actor::bootstrap(), Permission::EntityView);
        QVERIFY(tx.unchangedSoFar());
        engine.recompute(tx, AsOf);  // nothing written before: read on a second connection
        QVERIFY(!tx.unchangedSoFar());
        tx.commit();
    }
    QCOMPARE(engine.stored(f.entity)->light, QStringLiteral("grey"));
    {
        WriteTransaction tx(f.store.db(), Actor::bootstrap(), Permission::EntityView);
        sql::exec(tx.sql(), QStringLiteral("INSERT INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, level, "
                                           "scheme_version, evaluated_on, valid_from, valid_to) "
                                           "VALUES (?, 3, 'TAX', 'D', 'D', 'R3', 1, '2026-01-10', '2026-01-10', '2027-01-10')"),
                  {f.entity});
        QVERIFY(!tx.unchangedSoFar());
        const LightEngine::Stats s = engine.recompute(tx, AsOf);
        QCOMPARE(s.changed, qint64(1));
        QCOMPARE(engine.stored(f.entity)->light, QStringLiteral("red"));
        // A nested transaction never reads elsewhere: its outer one may have written.
        WriteTransaction nested(f.store.db(), Actor::bootstrap(), Permission::EntityView);
        QVERIFY(!nested.unchangedSoFar());
        nested.commit();
        tx.commit();
    }
    QCOMPARE(engine.stored(f.entity)->light, QStringLiteral("red"));
    QCOMPARE(engine.history(f.entity).size(), 2);
}

void TestLightEngine::incrementalTouchesOnlyTargets()
{
    Fixture f;
    LightEngine engine(f.store.db());
    engine.recomputeAll(Actor::bootstrap(), AsOf);
    f.evaluation(f.entity, 3, QStringLiteral("TAX"), QStringLiteral("D"), QStringLiteral("R3"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    f.evaluation(f.other, 3, QStringLiteral("TAX"), QStringLiteral("D"), QStringLiteral("R3"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    {
        WriteTransaction tx(f.store.db(), Actor::bootstrap(), Permission::EntityView);
        const LightEngine::Stats s = engine.recompute(tx, AsOf, {f.entity}, false);
        QCOMPARE(s.entities, qint64(1));
        tx.commit();
    }
    const QSqlDatabase db = f.store.db().sql();
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT light FROM entity_lights WHERE entity_id = ?"), {f.entity}).toString(), QStringLiteral("red"));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT light FROM entity_lights WHERE entity_id = ?"), {f.other}).toString(), QStringLiteral("grey"));
}

void TestLightEngine::rulesAreData()
{
    Fixture f;
    f.evaluation(f.entity, 4, QStringLiteral("ENV"), QStringLiteral("黄"), QStringLiteral("R2"), QStringLiteral("2026-02-01"), QStringLiteral("2027-02-01"));
    const QSqlDatabase db = f.store.db().sql();
    // A version 2 in which R2-level evaluations make the light red.
    sql::exec(db, QStringLiteral("INSERT INTO rule_versions(kind, version, created_at, created_by) VALUES ('lights', 2, '2026-05-01T00:00:00Z', 'test')"));
    sql::exec(db, QStringLiteral("INSERT INTO light_rules SELECT 2, rule_id, priority, light, source, match, description FROM light_rules WHERE version = 1"));
    sql::exec(db, QStringLiteral("UPDATE light_rules SET match = 'R2,R3' WHERE version = 2 AND rule_id = 'R4'"));
    const LightResult r = f.light();
    EXPECT_LIGHT(r, "red", "R4");
    QCOMPARE(r.ruleVersion, 2);
}

QTEST_GUILESS_MAIN(TestLightEngine)
#include "tst_lightengine.moc"
