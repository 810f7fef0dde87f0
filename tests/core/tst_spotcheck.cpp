// Risk-based random spot-check plans (DOMAIN.md §6): reproducible draws, ratios per light,
// the national floor, mandatory subsets, inspectors without conflicts, joint visits.
#include "TestStore.h"
#include "auth/Actor.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "supervision/SpotCheckPlanner.h"

#include <QtTest>

using namespace cl;

namespace {
const QString Charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// 1000 food businesses (supervised by 市场监管局): 100 red, 200 yellow, 300 green, 400 grey.
void populate(Database &db)
{
    const QSqlDatabase s = db.sql();
    sql::exec(s, QStringLiteral("BEGIN"));
    const qint64 industry = sql::scalar(s, QStringLiteral("SELECT id FROM industries WHERE code = 'F01'")).toLongLong();
    for (int i = 0; i < 1000; ++i) {
        QString body = QStringLiteral("MA");
        for (int k = 0, v = i * 7919 + 13; k < 6; ++k, v /= 31)
            body += Charset.at(v % 31);
        const QString code = UsccValidator::complete(QStringLiteral("91370681") + body);
        sql::exec(s, QStringLiteral("INSERT INTO entities(code, name, kind, industry_id, created_at, updated_at) VALUES (?, ?, 'enterprise', ?, 'x', 'x')"),
                  {code, QStringLiteral("龙口市测试%1餐饮有限公司").arg(i), industry});
        const QString light = i < 100 ? QStringLiteral("red") : i < 300 ? QStringLiteral("yellow") : i < 600 ? QStringLiteral("green") : QStringLiteral("grey");
        sql::exec(s, QStringLiteral("INSERT INTO entity_lights(entity_id, light, rule_id, rule_version, as_of, reasons, computed_at) "
                                    "VALUES (last_insert_rowid(), ?, 'T', 1, '2026-06-01', '[]', 'x')"), {light});
    }
    sql::exec(s, QStringLiteral("COMMIT"));
}

QStringList codes(const SpotCheckPlan &p)
{
    QStringList out;
    for (const SpotCheckItem &i : p.items)
        out << i.code;
    return out;
}

qint64 countLight(const SpotCheckPlan &p, const QString &light)
{
    return std::count_if(p.items.begin(), p.items.end(), [&](const SpotCheckItem &i) { return i.light == light; });
}
} // namespace

class TestSpotCheck : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestStore> m_store;
    const QDate m_asOf{2026, 6, 1};

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        populate(m_store->db());
        SpotCheckPlanner planner(m_store->db());
        for (int i = 1; i <= 5; ++i)
            planner.addInspector(Actor::bootstrap(), QStringLiteral("市场监督管理局"), QStringLiteral("检查员%1").arg(i), QStringLiteral("SC%1").arg(i));
        planner.addInspector(Actor::bootstrap(), QStringLiteral("卫健局"), QStringLiteral("卫健检查员"), QStringLiteral("WJ1"));
        planner.addInspector(Actor::bootstrap(), QStringLiteral("卫健局"), QStringLiteral("卫健检查员二"), QStringLiteral("WJ2"));
    }
    void cleanup() { m_store.reset(); }

    void sameSeedSamePlan()
    {
        SpotCheckPlanner planner(m_store->db());
        const SpotCheckPlan a = planner.draw(2026, QStringLiteral("市场监管局"), QStringLiteral("2026-第一批"), m_asOf);
        const SpotCheckPlan b = planner.draw(2026, QStringLiteral("市场监管局"), QStringLiteral("2026-第一批"), m_asOf);
        QCOMPARE(codes(a), codes(b));
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            QCOMPARE(a.items.at(i).inspector1, b.items.at(i).inspector1);
            QCOMPARE(a.items.at(i).inspector2, b.items.at(i).inspector2);
        }
        const SpotCheckPlan c = planner.draw(2026, QStringLiteral("市场监管局"), QStringLiteral("2026-第二批"), m_asOf);
        QVERIFY(codes(a) != codes(c));
        // The draw key is a fixed function: the same on any machine.
        QCOMPARE(SpotCheckPlanner::drawKey(QStringLiteral("42"), QStringLiteral("91370681MA3P7K2Q3U")),
                 SpotCheckPlanner::drawKey(QStringLiteral("42"), QStringLiteral("91370681MA3P7K2Q3U")));
        QVERIFY(SpotCheckPlanner::drawKey(QStringLiteral("42"), QStringLiteral("A")) != SpotCheckPlanner::drawKey(QStringLiteral("43"), QStringLiteral("A")));
    }

    void ratiosPerLight()
    {
        const SpotCheckPlan p = SpotCheckPlanner(m_store->db()).draw(2026, QStringLiteral("市场监管局"), QStringLiteral("s"), m_asOf);
        QCOMPARE(p.population, qint64(1000));
        QCOMPARE(countLight(p, QStringLiteral("red")), qint64(60));     // 60 % of 100
        QCOMPARE(countLight(p, QStringLiteral("yellow")), qint64(40));  // 20 % of 200
        QCOMPARE(countLight(p, QStringLiteral("green")), qint64(9));    // 3 % of 300
        QCOMPARE(countLight(p, QStringLiteral("grey")), qint64(20));    // 5 % of 400
        QVERIFY(p.items.size() >= 30);                                  // national floor 3 %
        QCOMPARE(p.items.first().light, QStringLiteral("red"));         // riskiest first
        QCOMPARE(p.algorithmVersion, 1);
    }

    void floorTopsUpLowRatios()
    {
        sql::exec(m_store->db().sql(), QStringLiteral("INSERT INTO spotcheck_ratios(version, light, ratio) VALUES (2, 'red', 0), (2, 'yellow', 0), (2, 'green', 0.01), (2, 'grey', 0)"));
        const SpotCheckPlan p = SpotCheckPlanner(m_store->db()).draw(2026, QStringLiteral("市场监管局"), QStringLiteral("s"), m_asOf);
        QCOMPARE(p.ratioVersion, 2);
        QCOMPARE(p.items.size(), 30);
    }

    void mandatoryAlwaysIncluded()
    {
        const QSqlDatabase db = m_store->db().sql();
        sql::exec(db, QStringLiteral("INSERT INTO spotcheck_mandatory(department_id, entity_id, year, reason) "
                                     "SELECT 2, id, 2026, '告知承诺 100% 核查' FROM entities WHERE id IN (700, 701, 702)"));
        const SpotCheckPlan p = SpotCheckPlanner(m_store->db()).draw(2026, QStringLiteral("市场监管局"), QStringLiteral("s"), m_asOf);
        QCOMPARE(std::count_if(p.items.begin(), p.items.end(), [](const SpotCheckItem &i) { return i.reason == QLatin1String("mandatory"); }), 3);
        QCOMPARE(p.items.first().reason, QStringLiteral("mandatory"));
    }

    void conflictedInspectorNeverDrawn()
    {
        SpotCheckPlanner planner(m_store->db());
        const SpotCheckPlan before = planner.draw(2026, QStringLiteral("市场监管局"), QStringLiteral("s"), m_asOf);
        const SpotCheckItem target = before.items.first();
        const QString badge = target.inspector1.section(QLatin1Char('('), -1).chopped(1);
        planner.declareConflict(Actor::bootstrap(), badge, target.code, QStringLiteral("亲属关系"));
        const SpotCheckPlan after = planner.draw(2026, QStringLiteral("市场监管局"), QStringLiteral("s"), m_asOf);
        for (const SpotCheckItem &i : after.items) {
            if (i.code == target.code) {
                QVERIFY(!i.inspector1.contains(badge));
                QVERIFY(!i.inspector2.contains(badge));
                QVERIFY(!i.inspector1.isEmpty() && !i.inspector2.isEmpty());
            }
            QVERIFY(i.inspector1 != i.inspector2);
        }
    }

    void jointVisitsAcrossDepartments()
    {
        SpotCheckPlanner planner(m_store->db());
        // 卫健局 supervises no food businesses: give it a population through its own evaluations.
        sql::exec(m_store->db().sql(), QStringLiteral("INSERT INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, level, scheme_version, evaluated_on, valid_from, valid_to) "
                                                     "SELECT id, 6, 'GENERIC', '合格', '合格', 'R2', 1, '2026-01-01', '2026-01-01', '2027-01-01' FROM entities WHERE id <= 300"));
        const SpotCheckPlan market = planner.create(Actor::bootstrap(), 2026, QStringLiteral("市场监管局"), QStringLiteral("s"), m_asOf);
        const SpotCheckPlan health = planner.draw(2026, QStringLiteral("卫健局"), QStringLiteral("s"), m_asOf);
        const QStringList marketCodes = codes(market);
        int joint = 0;
        for (const SpotCheckItem &i : health.items) {
            if (marketCodes.contains(i.code)) {
                ++joint;
                QCOMPARE(i.otherDepartments, QStringList{QStringLiteral("市场监管局")});
                QCOMPARE(i.visitKey, QStringLiteral("2026-") + i.code);
            }
        }
        QVERIFY(joint > 0);
        // A saved plan reads back as drawn.
        const SpotCheckPlan loaded = planner.load(market.id);
        const QStringList loadedCodes = codes(loaded);
        QCOMPARE(QSet<QString>(loadedCodes.begin(), loadedCodes.end()), QSet<QString>(marketCodes.begin(), marketCodes.end()));
        QCOMPARE(loaded.seed, QStringLiteral("s"));
    }

    void badInputRefused()
    {
        SpotCheckPlanner planner(m_store->db());
        auto kind = [](auto f) { try { f(); } catch (const Error &e) { return e.kind(); } return ErrorKind::Usage; };
        QCOMPARE(kind([&] { planner.draw(2026, QStringLiteral("不存在局"), QStringLiteral("s"), m_asOf); }), ErrorKind::Invalid);
        QCOMPARE(kind([&] { planner.draw(2026, QStringLiteral("市场监管局"), QStringLiteral(" "), m_asOf); }), ErrorKind::Invalid);
        QCOMPARE(kind([&] { planner.draw(1900, QStringLiteral("市场监管局"), QStringLiteral("s"), m_asOf); }), ErrorKind::Invalid);
        QCOMPARE(kind([&] { planner.addInspector(Actor::bootstrap(), QStringLiteral("市场监管局"), QStringLiteral("重复"), QStringLiteral("SC1")); }), ErrorKind::Refused);
        QCOMPARE(kind([&] { planner.declareConflict(Actor::bootstrap(), QStringLiteral("NOPE"), QStringLiteral("91370681MA3P7K2Q3U"), QStringLiteral("x")); }), ErrorKind::NotFound);
        // A supervision officer plans only for their own department.
        UserService users(m_store->db());
        users.addUser(Actor::bootstrap(), {QStringLiteral("admin"), {}, QStringLiteral("admin"), 0, QStringLiteral("password1"), false});
        const Actor admin = users.login(QStringLiteral("admin"), QStringLiteral("password1"));
        users.addUser(admin, {QStringLiteral("sup"), {}, QStringLiteral("supervisor"), 6, QStringLiteral("password1"), false});
        const Actor sup = users.login(QStringLiteral("sup"), QStringLiteral("password1"));
        QCOMPARE(kind([&] { planner.create(sup, 2026, QStringLiteral("市场监管局"), QStringLiteral("s"), m_asOf); }), ErrorKind::Permission);
        QCOMPARE(sql::scalar(m_store->db().sql(), QStringLiteral("SELECT count(*) FROM spotcheck_plans")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpotCheck)
#include "tst_spotcheck.moc"
