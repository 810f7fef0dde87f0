// Editing one catalogue item in settings: the approval item catalogue (ItemCatalogue::saveEdited / setActive) and the
// violation catalogue (ViolationCatalogue::save / setActive). Each refusal names the rule, writes nothing and leaves
// no audit entry; a saved change is audited; items are deactivated, never deleted.
#include "TestStore.h"
#include "approval/ItemCatalogue.h"
#include "auth/Actor.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "db/SqlUtil.h"
#include "enforcement/ViolationCatalogue.h"

#include <QtTest>
#include <functional>

using namespace cl;

namespace {

const QString Hygiene = QStringLiteral("370681-WJ-001");

ApprovalItem newItem()
{
    ApprovalItem i;
    i.code = QStringLiteral("370681-TS-901");
    i.name = QStringLiteral("测试事项");
    i.category = QStringLiteral("business_licence");
    i.approvingDepartmentId = 1;
    i.supervisingDepartmentIds = {2};
    i.legalBasis = QStringLiteral("《测试条例》第一条");
    i.statutoryDays = 20;
    i.promisedDays = 1;
    i.verifyMethod = QStringLiteral("onsite");
    i.verifyWithinDays = 30;
    i.sampleRate = 0.5;
    i.materials = {{1, QStringLiteral("申请书"), true}, {2, QStringLiteral("场所平面图"), false}};
    return i;
}

ViolationItem newViolation()
{
    ViolationItem v;
    v.code = QStringLiteral("tst-01");
    v.domain = QStringLiteral("市场监管");
    v.departmentId = 2;
    v.name = QStringLiteral("测试违法行为");
    v.violationBasis = QStringLiteral("《测试法》第十条");
    v.penaltyBasis = QStringLiteral("《测试法》第五十条");
    v.fineMinFen = 100000;
    v.fineMaxFen = 500000;
    return v;
}

int auditCount(test::TestStore &store)
{
    return sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

// The message of the Error that f throws (fails the test when nothing is thrown).
QString refusal(const std::function<void()> &f, ErrorKind kind = ErrorKind::Invalid)
{
    try {
        f();
    } catch (const Error &e) {
        if (e.kind() != kind)
            return QStringLiteral("wrong kind: ") + e.message();
        return e.message();
    }
    return QStringLiteral("accepted");
}

} // namespace

class TestCatalogueEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndEditApprovalItem()
    {
        test::TestStore store;
        const int audits = auditCount(store);
        ItemCatalogue::saveEdited(store.db(), Actor::bootstrap(), newItem(), true);
        ApprovalItem saved = ItemCatalogue::require(store.db().sql(), QStringLiteral("370681-ts-901"));
        QCOMPARE(saved.materials.size(), 2);
        QCOMPARE(saved.materials.at(1).name, QStringLiteral("场所平面图"));
        QVERIFY(!saved.materials.at(1).core);
        QCOMPARE(saved.sampleRate, 0.5);
        QVERIFY(!saved.letterTemplate.isEmpty());   // a new item starts with the office's standard letter
        QCOMPARE(auditCount(store), audits + 1);

        // Reorder the materials, change a time limit and the supervisors.
        saved.materials = {saved.materials.at(1), saved.materials.at(0), {3, QStringLiteral("健康证明"), true}};
        saved.promisedDays = 5;
        saved.supervisingDepartmentIds = {2, 6};
        ItemCatalogue::saveEdited(store.db(), Actor::bootstrap(), saved, false);
        const ApprovalItem edited = ItemCatalogue::require(store.db().sql(), saved.code);
        QCOMPARE(edited.materials.size(), 3);
        QCOMPARE(edited.materials.at(0).name, QStringLiteral("场所平面图"));
        QCOMPARE(edited.materials.at(0).seq, 1);
        QCOMPARE(edited.promisedDays, 5);
        QCOMPARE(edited.supervisingDepartmentIds, (QList<qint64>{2, 6}));
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(),
                 QStringLiteral("item.update"));
    }

    void approvalRefusals_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate code") << 0 << QStringLiteral("already used");
        QTest::newRow("容缺 without a secondary material") << 1 << QStringLiteral("secondary material");
        QTest::newRow("commitment on an excluded item") << 2 << QStringLiteral("cannot allow commitment");
        QTest::newRow("容缺 on an excluded item") << 3 << QStringLiteral("cannot allow 容缺");
        QTest::newRow("verify days zero") << 4 << QStringLiteral("at least one working day");
        QTest::newRow("sample rate zero") << 5 << QStringLiteral("sample rate");
        QTest::newRow("sample rate above 100 %") << 6 << QStringLiteral("sample rate");
        QTest::newRow("no supervisor") << 7 << QStringLiteral("supervising department");
        QTest::newRow("no material") << 8 << QStringLiteral("at least one material");
        QTest::newRow("material twice") << 9 << QStringLiteral("listed twice");
        QTest::newRow("promised above ordinary") << 10 << QStringLiteral("may not exceed");
        QTest::newRow("no legal basis") << 11 << QStringLiteral("legal basis");
        QTest::newRow("no name") << 12 << QStringLiteral("item name");
    }
    void approvalRefusals()
    {
        QFETCH(int, rule);
        QFETCH(QString, expected);
        test::TestStore store;
        ApprovalItem item = newItem();
        switch (rule) {
        case 0: item.code = Hygiene.toLower(); break;
        case 1: item.materials = {{1, QStringLiteral("申请书"), true}}; item.deficiencyAllowed = true; break;
        case 2: item.excluded = true; item.commitmentAllowed = true; item.deficiencyAllowed = false; break;
        case 3: item.excluded = true; item.commitmentAllowed = false; item.deficiencyAllowed = true; break;
        case 4: item.verifyWithinDays = 0; break;
        case 5: item.sampleRate = 0; break;
        case 6: item.sampleRate = 1.01; break;
        case 7: item.supervisingDepartmentIds.clear(); break;
        case 8: item.materials.clear(); break;
        case 9: item.materials << ItemMaterial{3, QStringLiteral(" 申请书 "), false}; break;
        case 10: item.promisedDays = item.statutoryDays + 1; break;
        case 11: item.legalBasis = QStringLiteral("  "); break;
        case 12: item.name.clear(); break;
        }
        const int items = ItemCatalogue::list(store.db().sql(), {}, false).size();
        const int audits = auditCount(store);
        const ApprovalItem hygieneBefore = ItemCatalogue::require(store.db().sql(), Hygiene);
        const QString message = refusal([&] { ItemCatalogue::saveEdited(store.db(), Actor::bootstrap(), item, true); });
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(ItemCatalogue::list(store.db().sql(), {}, false).size(), items);
        QCOMPARE(auditCount(store), audits);
        QCOMPARE(ItemCatalogue::require(store.db().sql(), Hygiene).name, hygieneBefore.name);
    }

    void editingAnUnknownItemIsNotFound()
    {
        test::TestStore store;
        QVERIFY(refusal([&] { ItemCatalogue::saveEdited(store.db(), Actor::bootstrap(), newItem(), false); }, ErrorKind::NotFound)
                    .contains(QStringLiteral("370681-TS-901")));
    }

    void deactivateKeepsTheItem()
    {
        test::TestStore store;
        ItemCatalogue::setActive(store.db(), Actor::bootstrap(), Hygiene, false);
        QVERIFY(ItemCatalogue::byCode(store.db().sql(), Hygiene).has_value());
        QVERIFY(!ItemCatalogue::byCode(store.db().sql(), Hygiene)->active);
        QCOMPARE(refusal([&] { ItemCatalogue::require(store.db().sql(), Hygiene); }, ErrorKind::Refused).isEmpty(), false);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(),
                 QStringLiteral("item.deactivate"));
        ItemCatalogue::setActive(store.db(), Actor::bootstrap(), Hygiene, true);
        QVERIFY(ItemCatalogue::require(store.db().sql(), Hygiene).active);
        QVERIFY(!refusal([&] { ItemCatalogue::setActive(store.db(), Actor::bootstrap(), QStringLiteral("NO-SUCH"), false); }, ErrorKind::NotFound)
                     .startsWith(QStringLiteral("accepted")));
    }

    void editingNeedsSettingsEdit()
    {
        test::TestStore store;
        UserService users(store.db());
        const QString password = QStringLiteral("s3cret-pass");
        users.addUser(Actor::bootstrap(), {QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("admin"), 0, password, false});
        const Actor admin = users.login(QStringLiteral("admin"), password);
        users.addUser(admin, {QStringLiteral("clerk"), QStringLiteral("王窗口"), QStringLiteral("clerk"), 0, password, false});
        const Actor clerk = users.login(QStringLiteral("clerk"), password);
        QVERIFY(!refusal([&] { ItemCatalogue::saveEdited(store.db(), clerk, newItem(), true); }, ErrorKind::Permission).startsWith(QStringLiteral("accepted")));
        QVERIFY(!refusal([&] { ItemCatalogue::setActive(store.db(), clerk, Hygiene, false); }, ErrorKind::Permission).startsWith(QStringLiteral("accepted")));
        ViolationCatalogue cat(store.db());
        QVERIFY(!refusal([&] { cat.save(clerk, newViolation(), true); }, ErrorKind::Permission).startsWith(QStringLiteral("accepted")));
        QVERIFY(!ItemCatalogue::byCode(store.db().sql(), newItem().code).has_value());
        QVERIFY(!cat.byCode(newViolation().code).has_value());
        ItemCatalogue::saveEdited(store.db(), admin, newItem(), true);
        cat.save(admin, newViolation(), true);
    }

    void addAndEditViolationItem()
    {
        test::TestStore store;
        ViolationCatalogue cat(store.db());
        const int audits = auditCount(store);
        ViolationItem v = newViolation();
        cat.save(Actor::bootstrap(), v, true);
        ViolationItem saved = cat.require(QStringLiteral("TST-01"));
        QCOMPARE(saved.fineMaxFen, 500000);
        QVERIFY(!saved.onSoftList());
        QCOMPARE(auditCount(store), audits + 1);

        saved.softSeq = cat.nextSoftSeq();
        saved.softLevel = QStringLiteral("lighter");
        saved.softConditions = QStringLiteral("首次被发现，及时改正");
        saved.fineMinFen = 0;
        cat.save(Actor::bootstrap(), saved, false);
        const ViolationItem edited = cat.require(QStringLiteral("TST-01"));
        QVERIFY(edited.onSoftList());
        QCOMPARE(edited.softLevel, QStringLiteral("lighter"));
        QCOMPARE(edited.fineMinFen, 0);
        QVERIFY(cat.items(true).size() >= 26);

        // Taking it off the soft list clears the level and conditions.
        ViolationItem off = edited;
        off.softSeq = 0;
        cat.save(Actor::bootstrap(), off, false);
        QVERIFY(!cat.require(QStringLiteral("TST-01")).onSoftList());
        QVERIFY(cat.require(QStringLiteral("TST-01")).softConditions.isEmpty());

        cat.setActive(Actor::bootstrap(), QStringLiteral("TST-01"), false);
        QVERIFY(cat.byCode(QStringLiteral("TST-01")).has_value());
        QCOMPARE(refusal([&] { cat.require(QStringLiteral("TST-01")); }, ErrorKind::NotFound).contains(QStringLiteral("TST-01")), true);
    }

    void violationRefusals_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate code") << 0 << QStringLiteral("already used");
        QTest::newRow("min above max") << 1 << QStringLiteral("above the maximum");
        QTest::newRow("negative fine") << 2 << QStringLiteral("negative");
        QTest::newRow("soft list without level") << 3 << QStringLiteral("不予处罚");
        QTest::newRow("soft list without conditions") << 4 << QStringLiteral("适用情形");
        QTest::newRow("soft seq taken") << 5 << QStringLiteral("sequence number 1");
        QTest::newRow("no penalty basis") << 6 << QStringLiteral("处罚依据");
        QTest::newRow("unknown department") << 7 << QStringLiteral("department");
        QTest::newRow("no field") << 8 << QStringLiteral("领域");
    }
    void violationRefusals()
    {
        QFETCH(int, rule);
        QFETCH(QString, expected);
        test::TestStore store;
        ViolationCatalogue cat(store.db());
        ViolationItem v = newViolation();
        switch (rule) {
        case 0: v.code = QStringLiteral("mkt-01"); break;
        case 1: v.fineMinFen = 600000; break;
        case 2: v.fineMinFen = -1; break;
        case 3: v.softSeq = 99; break;
        case 4: v.softSeq = 99; v.softLevel = QStringLiteral("no_penalty"); break;
        case 5: v.softSeq = 1; v.softLevel = QStringLiteral("no_penalty"); v.softConditions = QStringLiteral("首违"); break;
        case 6: v.penaltyBasis.clear(); break;
        case 7: v.departmentId = 999; break;
        case 8: v.domain = QStringLiteral(" "); break;
        }
        const int items = cat.items(false, false).size();
        const int audits = auditCount(store);
        const QString message = refusal([&] { cat.save(Actor::bootstrap(), v, true); });
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(cat.items(false, false).size(), items);
        QCOMPARE(auditCount(store), audits);
        QCOMPARE(cat.require(QStringLiteral("MKT-01")).softSeq, 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueEditing)
#include "tst_catalogueediting.moc"
