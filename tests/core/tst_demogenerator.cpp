// Demo data: reproducible from the seed, realistic, valid, audited as one batch, all-or-nothing.
#include "TestStore.h"
#include "audit/AuditLog.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "credit/LightReasons.h"
#include "credit/LightEngine.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "demo/DemoEntityFactory.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRowSource.h"
#include "registry/ReferenceData.h"
#include "registry/EntityRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QtTest>

using namespace cl;

namespace {
DemoSummary generate(Database &db, qint64 entities, quint64 seed, const Actor &actor = Actor::bootstrap(),
                     const std::function<bool(qint64, qint64)> &progress = {})
{
    DemoOptions o;
    o.entities = entities;
    o.seed = seed;
    return DemoGenerator::generate(db, actor, o, progress);
}

// Every column that the seed decides, in id order. created_at/updated_at are left out: they
// record when the rows were written, which differs between two runs by design.
QByteArray rowsHash(Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery q = sql::exec(db.sql(), QStringLiteral(
        "SELECT id, code, code_type, name, kind, legal_rep, industry_id, town_id, address, registered_on, status "
        "FROM entities ORDER BY id"));
    while (q.next()) {
        for (int i = 0; i < 11; ++i) {
            h.addData(q.value(i).toString().toUtf8());
            h.addData(QByteArrayView("\x1f", 1));
        }
        h.addData(QByteArrayView("\x1e", 1));
    }
    return h.result().toHex();
}

// The credit records the seed decides: evaluations, listings, findings, rosters, conflicts and the
// lights computed from them (computed_at and the history's recorded_at are left out, as above).
QByteArray creditHash(Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QStringList queries{
        QStringLiteral("SELECT id, entity_id, department_id, scheme, raw_grade, grade_key, raw_score, level, scheme_version, industry, "
                       "evaluated_on, valid_from, valid_to, remark FROM evaluations ORDER BY id"),
        QStringLiteral("SELECT entity_id, listing_authority, basis, listed_on, removed_on, source FROM dishonest_list ORDER BY id"),
        QStringLiteral("SELECT entity_id, kind, source_type, source_key, department_id, valid_from, valid_to, repaired_on, detail "
                       "FROM credit_findings ORDER BY id"),
        QStringLiteral("SELECT id, department_id, name, badge_no, active FROM inspectors ORDER BY id"),
        QStringLiteral("SELECT inspector_id, entity_id, reason, declared_on FROM inspector_conflicts ORDER BY 1, 2"),
        QStringLiteral("SELECT entity_id, light, rule_id, rule_version, as_of, reasons FROM entity_lights ORDER BY entity_id"),
        QStringLiteral("SELECT entity_id, effective_on, light, rule_id, reasons FROM light_history ORDER BY id"),
        QStringLiteral("SELECT case_no, entity_id, item_id, first_violation, harm, corrected, no_fault, grounds, aggravating, officer, found_on "
                       "FROM enforcement_cases ORDER BY id"),
        // Not the stored recommendation: its reasoning is in the language the demo was made in.
        QStringLiteral("SELECT case_id, recommended_outcome, rule_id, outcome, amount_fen, decision_no, decided_on, override_reason "
                       "FROM enforcement_decisions ORDER BY id"),
        QStringLiteral("SELECT decision_no, party_code, fine_fen, decided_on, severity, publicity_end, repaired_on FROM penalties ORDER BY id")};
    // The lights' reasons are hashed in their long form (LightReasonCodec::expand), the form they
    // were stored in before the compact one: the same lights and reasons give the same fingerprint.
    const LightReasonCodec codec(db.sql());
    for (const QString &query : queries) {
        QSqlQuery q = sql::exec(db.sql(), query);
        const int columns = q.record().count();
        const int reasons = q.record().indexOf(QStringLiteral("reasons")), rule = q.record().indexOf(QStringLiteral("rule_id"));
        while (q.next()) {
            for (int i = 0; i < columns; ++i) {
                h.addData(i == reasons ? codec.expand(q.value(i).toByteArray(), q.value(rule).toString()).toUtf8()
                                       : q.value(i).toString().toUtf8());
                h.addData(QByteArrayView("\x1f", 1));
            }
            h.addData(QByteArrayView("\x1e", 1));
        }
        h.addData(QByteArrayView("\x1d", 1));
    }
    return h.result().toHex();
}

qint64 count(Database &db, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(db.sql(), statement, values).toLongLong();
}
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameRows();
    void differentSeedDifferentRows();
    void knownOutputForTheDefaultSeed();
    void workerThreadDoesNotChangeTheRows();
    void countsAndKinds();
    void codesAreValidAndUnique();
    void namesAndFieldsAreRealistic();
    void evaluationsAreRealistic();
    void listingsFindingsAndRosters();
    void lightsAreComputedAndExplained();
    void searchIndexMatchesTheNames();
    void usersForEveryRole();
    void secondRunAddsWithoutClashes();
    void oneAuditEntryNoOutbox();
    void progressIsReported();
    void cancelRollsBackEverything_data();
    void cancelRollsBackEverything();
    void needsPermission();
    void bigLoadRestoresTheIndexes();
};

void TestDemoGenerator::sameSeedSameRows()
{
    test::TestStore a, b;
    generate(a.db(), 3000, 42);
    generate(b.db(), 3000, 42);
    QCOMPARE(count(a.db(), QStringLiteral("SELECT count(*) FROM entities")), 3000);
    QCOMPARE(rowsHash(a.db()), rowsHash(b.db()));
    QVERIFY(count(a.db(), QStringLiteral("SELECT count(*) FROM evaluations")) > 3000);
    QCOMPARE(creditHash(a.db()), creditHash(b.db()));
}

void TestDemoGenerator::differentSeedDifferentRows()
{
    test::TestStore a, b;
    generate(a.db(), 500, 42);
    generate(b.db(), 500, 43);
    QVERIFY(rowsHash(a.db()) != rowsHash(b.db()));
    // Not just reordered: the code sets differ.
    QCOMPARE(count(a.db(), QStringLiteral("SELECT count(*) FROM entities")), 500);
    QVERIFY(sql::scalar(a.db().sql(), QStringLiteral("SELECT code FROM entities WHERE id = 1"))
            != sql::scalar(b.db().sql(), QStringLiteral("SELECT code FROM entities WHERE id = 1")));
}

void TestDemoGenerator::knownOutputForTheDefaultSeed()
{
    // "Same seed → same rows on any machine": the generator uses only its own fixed algorithms,
    // so these values must come out on every platform and compiler. If the generator or its word
    // lists are changed on purpose, print the new values and update them here.
    test::TestStore store;
    generate(store.db(), 200, DemoOptions().seed);
    const QByteArray hash = rowsHash(store.db());
    QSqlQuery first = sql::exec(store.db().sql(), QStringLiteral("SELECT code, name FROM entities WHERE id = 1"));
    QVERIFY(first.next());
    qInfo() << "default seed, 200 rows:" << hash << first.value(0).toString() << first.value(1).toString();
    QCOMPARE(first.value(0).toString(), QStringLiteral("91370681MA3YPYGJX3"));
    QCOMPARE(first.value(1).toString(), QStringLiteral("龙口市琳天门诊部有限公司"));
    QCOMPARE(hash, QByteArray("f3158190eb1889453965d3772dcc85b4f7f5b761945de74e02bb832636562b10"));
    // The credit records come from a random stream of their own (the entities above did not change
    // when they were added); these values pin them the same way.
    const QByteArray credit = creditHash(store.db());
    QSqlQuery firstEvaluation = sql::exec(store.db().sql(), QStringLiteral(
        "SELECT e.code, d.name, v.scheme, v.raw_grade, v.evaluated_on FROM evaluations v JOIN entities e ON e.id = v.entity_id "
        "JOIN departments d ON d.id = v.department_id ORDER BY v.id LIMIT 1"));
    QVERIFY(firstEvaluation.next());
    const QString evaluation = QStringList{firstEvaluation.value(0).toString(), firstEvaluation.value(1).toString(),
                                           firstEvaluation.value(2).toString(), firstEvaluation.value(3).toString(),
                                           firstEvaluation.value(4).toString()}.join(QLatin1Char(' '));
    const QString lights = sql::scalar(store.db().sql(), QStringLiteral(
        "SELECT group_concat(light || ':' || n, ' ') FROM (SELECT light, count(*) AS n FROM entity_lights GROUP BY light ORDER BY light)")).toString();
    qInfo() << "default seed, 200 rows, credit:" << credit << evaluation << lights;
    QCOMPARE(evaluation, QStringLiteral("91370681MA3YPYGJX3 市场监管局 SAMR_SD E 2026-02-03"));
    // Two of the demo penalties (DemoEnforcementFactory) are within their publicity period on the last day: yellow (Y3).
    QCOMPARE(lights, QStringLiteral("green:107 grey:63 red:7 yellow:23"));
    QCOMPARE(credit, QByteArray("abeb8433048a0995f1a5f09671752a971958143c845973b0293a020a756997c5"));
}

void TestDemoGenerator::workerThreadDoesNotChangeTheRows()
{
    // Rows are prepared on a worker thread when there is a second core; the sequence must be
    // exactly the one made in the caller's thread, including the last partial batch.
    test::TestStore store;
    const QSqlDatabase db = store.db().sql();
    const qint64 total = 3 * DemoRowSource::BatchSize + 17;
    DemoEntityFactory direct(77, ReferenceData::industries(db), ReferenceData::towns(db));
    DemoEntityFactory threaded(77, ReferenceData::industries(db), ReferenceData::towns(db));
    DemoRowSource a(direct, total, false), b(threaded, total, true);
    qint64 n = 0;
    for (std::vector<DemoRow> x = a.take(), y = b.take(); !x.empty() || !y.empty(); x = a.take(), y = b.take()) {
        QCOMPARE(x.size(), y.size());
        for (size_t i = 0; i < x.size(); ++i) {
            QCOMPARE(x[i].code, y[i].code);
            QCOMPARE(x[i].name, y[i].name);
            QCOMPARE(x[i].address, y[i].address);
            QCOMPARE(x[i].grams, y[i].grams);
        }
        n += qint64(x.size());
    }
    QCOMPARE(n, total);
    // A source abandoned half-way (cancel) stops its worker cleanly.
    DemoEntityFactory abandoned(78, ReferenceData::industries(db), ReferenceData::towns(db));
    {
        DemoRowSource c(abandoned, 100000, true);
        QCOMPARE(qint64(c.take().size()), qint64(DemoRowSource::BatchSize));
    }
}

void TestDemoGenerator::countsAndKinds()
{
    test::TestStore store;
    const DemoSummary s = generate(store.db(), 5000, 7);
    QCOMPARE(s.entities, 5000);
    QVERIFY(!s.cancelled);
    QVERIFY(s.elapsedMs >= 0);
    Database &db = store.db();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities")), 5000);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code_type = 'USCC'")), 5000);

    const qint64 enterprises = count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code LIKE '91370681%'"));
    const qint64 individuals = count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code LIKE '92370681%'"));
    const qint64 cooperatives = count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code LIKE '93370681%'"));
    const qint64 institutions = count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code LIKE '12370681%'"));
    const qint64 cityLevel = count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code LIKE '91370600%'"));
    QCOMPARE(enterprises + individuals + cooperatives + institutions + cityLevel, 5000);
    // Mostly Longkou enterprises, then individual businesses; a few of the rest.
    QVERIFY2(enterprises > 2500 && enterprises < 3500, qPrintable(QString::number(enterprises)));
    QVERIFY2(individuals > 1200 && individuals < 1800, qPrintable(QString::number(individuals)));
    QVERIFY(cooperatives > 100 && cooperatives < 400);
    QVERIFY(institutions > 5 && institutions < 100);
    QVERIFY(cityLevel > 100 && cityLevel < 400);
    // MA… codes issued after the 2015 reform, legacy numeric organisation codes before it.
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE substr(code, 9, 2) = 'MA'")) > 3500);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code LIKE '9137068_7%' AND registered_on < '2015-10-01'")) > 50);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code LIKE '9137068_7%' AND registered_on >= '2015-10-01'")), 0);

    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE kind = 'enterprise'")), enterprises + cityLevel);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE kind = 'individual'")), individuals);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE kind = 'cooperative'")), cooperatives);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE kind = 'institution'")), institutions);
}

void TestDemoGenerator::codesAreValidAndUnique()
{
    test::TestStore store;
    generate(store.db(), 5000, 11);
    const UsccValidator validator = UsccValidator::fromDatabase(store.db().sql());
    QSqlQuery q = sql::exec(store.db().sql(), QStringLiteral("SELECT code, kind FROM entities"));
    QSet<QString> codes;
    while (q.next()) {
        const UsccResult r = validator.check(q.value(0).toString());
        QVERIFY2(r.valid && r.findings.isEmpty(), qPrintable(r.normalized));
        QCOMPARE(r.normalized, q.value(0).toString());
        QCOMPARE(q.value(1).toString(), UsccValidator::entityKind(r.normalized));
        codes.insert(r.normalized);
    }
    QCOMPARE(codes.size(), 5000);
}

void TestDemoGenerator::namesAndFieldsAreRealistic()
{
    test::TestStore store;
    generate(store.db(), 5000, 12);
    Database &db = store.db();
    // Registered names are unique, like in a real register.
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT name) FROM entities")), 5000);
    // Name forms by kind.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE kind = 'cooperative' AND name NOT LIKE '%专业合作社'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code LIKE '91370681%' "
                                      "AND name NOT LIKE '%有限公司%'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE code LIKE '91370600%' AND name NOT LIKE '烟台%有限公司'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE kind = 'individual' AND "
                                      "(name NOT LIKE '龙口市%' OR name LIKE '%公司')")), 0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE kind = 'individual' AND name LIKE '龙口市%街道_记%'")) > 100);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE kind = 'institution' AND name NOT LIKE '龙口市%'")), 0);
    // Legal representatives: a Chinese surname and one or two given characters.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE length(legal_rep) NOT IN (2, 3)")), 0);
    // Every entity has an industry and a town; the thirteen towns/streets all occur, the urban streets most.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE industry_id IS NULL OR town_id IS NULL")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT town_id) FROM entities")), 13);
    QCOMPARE(sql::scalar(db.sql(), QStringLiteral("SELECT t.name FROM entities e JOIN towns t ON t.id = e.town_id "
                                                  "GROUP BY t.id ORDER BY count(*) DESC LIMIT 1")).toString(),
             QStringLiteral("东莱街道"));
    // The three biggest fields: retail, catering, food sales.
    QSqlQuery top = sql::exec(db.sql(), QStringLiteral("SELECT i.name FROM entities e JOIN industries i ON i.id = e.industry_id "
                                                       "GROUP BY i.id ORDER BY count(*) DESC LIMIT 3"));
    QSet<QString> biggest;
    while (top.next())
        biggest.insert(top.value(0).toString());
    QCOMPARE(biggest, (QSet<QString>{QStringLiteral("商业零售"), QStringLiteral("餐饮服务"), QStringLiteral("食品销售")}));
    QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT industry_id) FROM entities")) > 60);
    // Addresses in Longkou, in the entity's own town.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities e JOIN towns t ON t.id = e.town_id "
                                      "WHERE e.address NOT LIKE '山东省龙口市' || t.name || '%'")), 0);
    // Registration dates 1995 … 2026, more in recent years; mostly active.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE registered_on < '1995-01-01' OR registered_on > '2026-11-20' "
                                      "OR registered_on IS NULL OR date(registered_on) IS NOT registered_on")), 0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE registered_on < '2000-01-01'")) > 20);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE registered_on >= '2018-01-01'"))
            > count(db, QStringLiteral("SELECT count(*) FROM entities WHERE registered_on < '2014-01-01'")));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE kind = 'cooperative' AND registered_on < '2007-07-01'")), 0);
    const qint64 active = count(db, QStringLiteral("SELECT count(*) FROM entities WHERE status = 'active'"));
    QVERIFY2(active > 4250 && active < 5000, qPrintable(QString::number(active)));
    QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT status) FROM entities")) == 4);
}

void TestDemoGenerator::searchIndexMatchesTheNames()
{
    test::TestStore store;
    generate(store.db(), 3000, 13);
    Database &db = store.db();
    // Every row is in the search index: a character in every name finds every row.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entity_search WHERE entity_search MATCH '\"龙\"'")),
             count(db, QStringLiteral("SELECT count(*) FROM entities WHERE instr(name, '龙') > 0")));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entity_search WHERE entity_search MATCH '\"龙口\"'")),
             count(db, QStringLiteral("SELECT count(*) FROM entities WHERE instr(name, '龙口') > 0")));
    // The grams written are the ones the SQL function computes (same code path as migrations).
    QSqlQuery sample = sql::exec(db.sql(), QStringLiteral("SELECT id, name FROM entities WHERE id % 97 = 0"));
    EntityRepository repo(db);
    int checked = 0;
    while (sample.next()) {
        const QString name = sample.value(1).toString();
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM entity_search WHERE entity_search MATCH ? AND rowid = ?"),
                      {QStringLiteral("\"") + name.mid(3, 2) + QStringLiteral("\""), sample.value(0)}) == 1);
        const QList<Entity> found = repo.search(name, 50);
        QVERIFY2(std::any_of(found.begin(), found.end(), [&](const Entity &e) { return e.name == name; }), qPrintable(name));
        ++checked;
    }
    QVERIFY(checked > 20);
}

void TestDemoGenerator::usersForEveryRole()
{
    test::TestStore store;
    const DemoSummary s = generate(store.db(), 100, 1);
    QCOMPARE(s.users, 5);
    UserService users(store.db());
    const Actor admin = users.login(QStringLiteral("admin"), DemoGenerator::demoPassword());
    QCOMPARE(admin.role, QStringLiteral("admin"));
    const QList<UserInfo> all = users.users(admin);
    QCOMPARE(all.size(), 5);
    const QHash<QString, QString> displayNames{{QStringLiteral("admin"), QStringLiteral("系统管理员")},
                                               {QStringLiteral("clerk"), QStringLiteral("王窗口")},
                                               {QStringLiteral("supervisor"), QStringLiteral("李监管")},
                                               {QStringLiteral("enforcer"), QStringLiteral("赵执法")},
                                               {QStringLiteral("manager"), QStringLiteral("刘主任")}};
    for (const UserInfo &u : all) {
        QVERIFY2(displayNames.contains(u.username), qPrintable(u.username));
        QCOMPARE(u.role, u.username);  // one user per role, named for it
        QCOMPARE(u.displayName, displayNames.value(u.username));
        QVERIFY(u.isDemo);
        QVERIFY(u.active);
        QCOMPARE(u.departmentId, u.role == QLatin1String("supervisor") ? 2 : 0);
        const Actor a = users.login(u.username, QStringLiteral("demo1234"));
        QCOMPARE(a.role, u.role);
        QCOMPARE(a.departmentId, u.departmentId);
    }
    QCOMPARE(all.size(), int(displayNames.size()));
}

void TestDemoGenerator::secondRunAddsWithoutClashes()
{
    test::TestStore store;
    generate(store.db(), 2000, 5);
    UserService users(store.db());
    const Actor admin = users.login(QStringLiteral("admin"), DemoGenerator::demoPassword());
    // Same seed again, now as the administrator: users exist (skipped), codes and names must not clash.
    const DemoSummary again = generate(store.db(), 2000, 5, admin);
    QCOMPARE(again.users, 0);
    QCOMPARE(again.entities, 2000);
    Database &db = store.db();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities")), 4000);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT code) FROM entities")), 4000);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT name) FROM entities")), 4000);
    QCOMPARE(count(db, QStringLiteral("SELECT max(id) FROM entities")), 4000);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM users")), 5);
    // Rosters are made once per department; every entity has its light, computed up to the same day (the
    // second run adds no history before it: the engine keeps the present).
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT department_id FROM inspectors GROUP BY department_id HAVING count(*) > 12)")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entity_lights")), 4000);
    QCOMPARE(LightEngine::latestAsOf(db.sql()), QStringLiteral("2026-11-20"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM light_history WHERE entity_id > 2000 AND effective_on < '2026-11-20'")), 0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM evaluations WHERE entity_id > 2000")) > 2000);
}

void TestDemoGenerator::oneAuditEntryNoOutbox()
{
    test::TestStore store;
    generate(store.db(), 1500, 99);
    Database &db = store.db();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.generate'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.add'")), 5);
    // Besides those, only the demo approvals' own steps (filed, decided, verified through the approval services).
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT LIKE 'application.%' AND action NOT LIKE 'commitment.%' "
                                      "AND action <> 'approval.sweep'")), 6);
    const QJsonObject after = QJsonDocument::fromJson(
        sql::scalar(db.sql(), QStringLiteral("SELECT after FROM audit_log WHERE action = 'demo.generate'")).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("count")).toInteger(), 1500);
    QCOMPARE(after.value(QStringLiteral("seed")).toString(), QStringLiteral("99"));
    QCOMPARE(sql::scalar(db.sql(), QStringLiteral("SELECT object_type FROM audit_log WHERE action = 'demo.generate'")).toString(),
             QStringLiteral("store"));
    QVERIFY(AuditLog::verify(db.sql()).ok);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestDemoGenerator::progressIsReported()
{
    test::TestStore store;
    QList<QPair<qint64, qint64>> calls;
    generate(store.db(), 12000, 3, Actor::bootstrap(), [&](qint64 done, qint64 total) {
        calls << qMakePair(done, total);
        return true;
    });
    QVERIFY(calls.size() >= 5);
    QCOMPARE(calls.first(), qMakePair(qint64(0), qint64(12000)));
    QCOMPARE(calls.last(), qMakePair(qint64(12000), qint64(12000)));
    for (int i = 1; i < calls.size(); ++i) {
        QVERIFY(calls[i].first > calls[i - 1].first);
        QCOMPARE(calls[i].second, qint64(12000));
    }
}

void TestDemoGenerator::cancelRollsBackEverything_data()
{
    QTest::addColumn<qint64>("cancelAt");
    QTest::newRow("at the start") << qint64(0);
    QTest::newRow("halfway") << qint64(6000);
    QTest::newRow("at the end") << qint64(12000);
}

void TestDemoGenerator::cancelRollsBackEverything()
{
    QFETCH(qint64, cancelAt);
    test::TestStore store;
    qint64 lastSeen = -1;
    const DemoSummary s = generate(store.db(), 12000, 3, Actor::bootstrap(), [&](qint64 done, qint64) {
        lastSeen = done;
        return done < cancelAt || (cancelAt == 0 && done > 0);
    });
    QVERIFY(s.cancelled);
    QCOMPARE(s.entities, 0);
    QCOMPARE(s.users, 0);
    QVERIFY(lastSeen >= cancelAt);
    Database &db = store.db();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entity_search WHERE entity_search MATCH '\"龙\"'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM users")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    for (const char *table : {"evaluations", "dishonest_list", "credit_findings", "inspectors", "inspector_conflicts", "entity_lights",
                              "light_history"})
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), 0);
    // The store is usable afterwards, and the bootstrap actor still may act (no users were left behind).
    QCOMPARE(generate(db, 100, 3).entities, 100);
}

void TestDemoGenerator::needsPermission()
{
    test::TestStore store;
    generate(store.db(), 10, 1);
    UserService users(store.db());
    const Actor clerk = users.login(QStringLiteral("clerk"), DemoGenerator::demoPassword());
    for (const Actor &actor : {clerk, Actor::bootstrap()}) {
        try {
            generate(store.db(), 10, 2, actor);
            QFAIL("generating demo data must need the demo.generate permission");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Permission);
            QVERIFY(!e.message().isEmpty());
        }
    }
    QCOMPARE(count(store.db(), QStringLiteral("SELECT count(*) FROM entities")), 10);
    try {
        generate(store.db(), -1, 2, users.login(QStringLiteral("admin"), DemoGenerator::demoPassword()));
        QFAIL("a negative count is a usage error");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
    }
}

void TestDemoGenerator::bigLoadRestoresTheIndexes()
{
    // From 100k rows the secondary indexes are dropped and rebuilt around the load; they must
    // come back exactly as the migrations made them, and be used.
    test::TestStore store;
    Database &db = store.db();
    const QString schemaQuery = QStringLiteral("SELECT group_concat(name || ':' || sql, '\n') FROM "
                                               "(SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'entities' AND type = 'index' ORDER BY name)");
    const QString before = sql::scalar(db.sql(), schemaQuery).toString();
    QVERIFY(before.contains(QStringLiteral("entities_name")));
    generate(db, 100000, 8);
    QCOMPARE(sql::scalar(db.sql(), schemaQuery).toString(), before);
    QCOMPARE(sql::scalar(db.sql(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QSqlQuery plan = sql::exec(db.sql(), QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM entities WHERE town_id = 3"));
    QVERIFY(plan.next());
    QVERIFY2(plan.value(3).toString().contains(QStringLiteral("entities_town")), qPrintable(plan.value(3).toString()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT name) FROM entities")), 100000);
}

void TestDemoGenerator::evaluationsAreRealistic()
{
    test::TestStore store;
    generate(store.db(), 5000, 21);
    Database &db = store.db();
    const qint64 evaluations = count(db, QStringLiteral("SELECT count(*) FROM evaluations"));
    const qint64 evaluated = count(db, QStringLiteral("SELECT count(DISTINCT entity_id) FROM evaluations"));
    // A good share of the entities is evaluated, by one to four departments/schemes (plus now and
    // then the superseded earlier evaluation of one of them).
    QVERIFY2(evaluated > 3000 && evaluated < 4000, qPrintable(QString::number(evaluated)));
    QVERIFY2(evaluations > evaluated * 3 / 2 && evaluations < evaluated * 3, qPrintable(QString::number(evaluations)));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT entity_id FROM evaluations GROUP BY entity_id, department_id, scheme "
                                      "HAVING count(*) > 2)")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT entity_id FROM evaluations GROUP BY entity_id "
                                      "HAVING count(DISTINCT department_id || scheme) > 4)")), 0);
    // Only grading departments; each grade is one of its scheme's (current version) and its level is the scheme's.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluations v JOIN departments d ON d.id = v.department_id WHERE d.grades = 0")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluations v LEFT JOIN scheme_grades g ON g.scheme = v.scheme "
                                      "AND g.grade_key = v.grade_key AND g.version = v.scheme_version WHERE g.level IS NOT v.level")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT scheme) FROM evaluations")), 6);  // SAMR_SD TAX ENV CUSTOMS FOOD_RISK GENERIC
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluations v JOIN departments d ON d.id = v.department_id "
                                      "WHERE v.scheme NOT IN (d.default_scheme, 'FOOD_RISK')")), 0);
    // Mostly good grades; some R2, a few R3, some tax M (level U).
    auto share = [&](const char *where) {
        return 100.0 * double(count(db, QStringLiteral("SELECT count(*) FROM evaluations WHERE ") + QLatin1String(where))) / double(evaluations);
    };
    QVERIFY2(share("level IN ('R0', 'R1')") > 75, qPrintable(QString::number(share("level IN ('R0', 'R1')"))));
    QVERIFY(share("level = 'R2'") > 4 && share("level = 'R2'") < 16);
    QVERIFY(share("level = 'R3'") > 0.5 && share("level = 'R3'") < 5);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM evaluations WHERE scheme = 'TAX' AND raw_grade = 'M' AND level = 'U'")) > 20);
    // Dated 2025–2026, after registration, never after the demo's last day; a few expired, a few superseded.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluations v JOIN entities e ON e.id = v.entity_id WHERE v.evaluated_on < '2025-01-01' "
                                      "OR v.evaluated_on > '2026-11-20' OR v.evaluated_on < e.registered_on OR v.valid_to <= v.evaluated_on "
                                      "OR v.valid_from <> v.evaluated_on OR date(v.evaluated_on) IS NOT v.evaluated_on")), 0);
    QVERIFY(share("valid_to < '2026-11-20'") > 3 && share("valid_to < '2026-11-20'") < 25);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM evaluations GROUP BY entity_id, department_id, scheme HAVING count(*) = 2)")) > 50);
    // Food businesses are graded for food-safety risk; nobody outside food is.
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM evaluations WHERE scheme = 'FOOD_RISK'")) > 100);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluations v JOIN entities e ON e.id = v.entity_id JOIN industries i ON i.id = e.industry_id "
                                      "WHERE v.scheme = 'FOOD_RISK' AND i.sector <> '食品'")), 0);
}

void TestDemoGenerator::listingsFindingsAndRosters()
{
    test::TestStore store;
    generate(store.db(), 5000, 22);
    Database &db = store.db();
    // A few entities on the serious-dishonesty list, some since removed; a few findings of each kind.
    const qint64 listed = count(db, QStringLiteral("SELECT count(*) FROM dishonest_list"));
    QVERIFY2(listed >= 3 && listed < 40, qPrintable(QString::number(listed)));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM dishonest_list WHERE listed_on > '2026-11-20' OR removed_on <= listed_on "
                                      "OR removed_on > '2026-11-20'")), 0);
    for (const char *kind : {"false_commitment", "partial_fulfilment", "penalty_publicity"})
        QVERIFY2(count(db, QStringLiteral("SELECT count(*) FROM credit_findings WHERE kind = ?"), {QLatin1String(kind)}) > 0, kind);
    // Penalties carry their publicity end (3 months to 3 years after the decision, DOMAIN.md §8).
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM credit_findings WHERE kind = 'penalty_publicity' AND (valid_to IS NULL "
                                      "OR valid_to < date(valid_from, '+3 months') OR valid_to > date(valid_from, '+3 years'))")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM credit_findings WHERE valid_from > '2026-11-20' OR repaired_on <= valid_from")), 0);
    // 6–12 inspectors for every grading department, unique badge numbers like SC0001, Chinese names.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM departments d WHERE d.grades = 1 AND (SELECT count(*) FROM inspectors i "
                                      "WHERE i.department_id = d.id) NOT BETWEEN 6 AND 12")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspectors i JOIN departments d ON d.id = i.department_id WHERE d.grades = 0")), 0);
    QSqlQuery q = sql::exec(db.sql(), QStringLiteral("SELECT name, badge_no FROM inspectors"));
    const QRegularExpression badge(QStringLiteral("^[A-Z]{2}\\d{4}$"));
    while (q.next()) {
        QVERIFY2(badge.match(q.value(1).toString()).hasMatch(), qPrintable(q.value(1).toString()));
        const QString name = q.value(0).toString();
        QVERIFY2((name.size() == 2 || name.size() == 3) && name.at(0).unicode() >= 0x4E00, qPrintable(name));
    }
    QCOMPARE(sql::scalar(db.sql(), QStringLiteral("SELECT badge_no FROM inspectors i JOIN departments d ON d.id = i.department_id "
                                                  "WHERE d.name = '市场监管局' ORDER BY badge_no LIMIT 1")).toString(), QStringLiteral("SC0001"));
    // A few declared conflicts, between real inspectors and entities.
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM inspector_conflicts")) >= 17);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspector_conflicts c LEFT JOIN inspectors i ON i.id = c.inspector_id "
                                      "LEFT JOIN entities e ON e.id = c.entity_id WHERE i.id IS NULL OR e.id IS NULL")), 0);
    QCOMPARE(sql::scalar(db.sql(), QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
    QCOMPARE(sql::scalar(db.sql(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);  // on again after the load
}

void TestDemoGenerator::lightsAreComputedAndExplained()
{
    test::TestStore store;
    generate(store.db(), 5000, 23);
    Database &db = store.db();
    // Every entity has its light as of the demo's last day, and a year of month-end history for the dashboard's
    // trend (the engine records changes only: the first month end has every entity, later ones the changes);
    // nothing queued for sync.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entity_lights")), 5000);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT entity_id) FROM light_history WHERE effective_on = '2025-12-31'")), 5000);
    for (QDate month(2025, 12, 1); month < QDate(2026, 11, 1); month = month.addMonths(1)) {
        const QString monthEnd = QDate(month.year(), month.month(), month.daysInMonth()).toString(Qt::ISODate);
        QVERIFY2(count(db, QStringLiteral("SELECT count(*) FROM light_history WHERE effective_on = ?"), {monthEnd}) > 0, qPrintable(monthEnd));
    }
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM light_history WHERE effective_on = '2026-11-20'")) > 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entity_lights WHERE as_of > '2026-11-20'")), 0);
    QCOMPARE(LightEngine::latestAsOf(db.sql()), QStringLiteral("2026-11-20"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    // Mostly green; yellow and red ones for the dashboards; grey for the entities nobody evaluates.
    auto lights = [&](const char *light) {
        return count(db, QStringLiteral("SELECT count(*) FROM entity_lights WHERE light = ?"), {QLatin1String(light)});
    };
    QVERIFY2(lights("green") > 2250 && lights("green") < 3250, qPrintable(QString::number(lights("green"))));
    QVERIFY(lights("yellow") > 300 && lights("yellow") < 1000);
    QVERIFY(lights("red") > 50 && lights("red") < 300);
    QVERIFY(lights("grey") > 1000);
    for (const char *rule : {"R1", "R2", "R4", "Y1", "Y2", "Y3", "G1", "U1"})
        QVERIFY2(count(db, QStringLiteral("SELECT count(*) FROM entity_lights WHERE rule_id = ?"), {QLatin1String(rule)}) > 0, rule);
    // The stored lights are the engine's: the same as explaining an entity from its records.
    LightEngine engine(db);
    QSqlQuery q = sql::exec(db.sql(), QStringLiteral("SELECT entity_id, light, rule_id FROM entity_lights WHERE entity_id % 37 = 0"));
    int checked = 0;
    while (q.next()) {
        const LightResult r = engine.explain(q.value(0).toLongLong(), QDate(2026, 11, 20));
        QCOMPARE(r.light, q.value(1).toString());
        QCOMPARE(r.ruleId, q.value(2).toString());
        ++checked;
    }
    QVERIFY(checked > 100);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
