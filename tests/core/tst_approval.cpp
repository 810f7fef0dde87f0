// Approval by commitment (DOMAIN.md §3, §8): the eligibility matrix (each exclusion alone, green channel),
// the measures with their reasons, filing with the check snapshot, the licence and the push, verification
// outcomes and their consequences on the light, 容缺 tracking (suspension, 退件, misses), bad input.
#include "ApprovalFixture.h"
#include "approval/ApplicationService.h"
#include "approval/CommitmentLetter.h"
#include "approval/DeadlineSweep.h"
#include "approval/ExchangeRecords.h"
#include "approval/ItemCatalogue.h"
#include "approval/VerificationService.h"
#include "common/Error.h"
#include "credit/LightEngine.h"
#include "credit/MeasureCatalogue.h"
#include "db/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cl;

namespace {
const QDate Day(2026, 6, 1);
const QString Hygiene = QStringLiteral("370681-WJ-001");     // commitment and 容缺 allowed, promised 1 day, supervised by 6 and 18
const QString FoodProduction = QStringLiteral("370681-SC-004");  // promised 10 days, materials 4..6 secondary
const QString Pharmacy = QStringLiteral("370681-YP-001");    // excluded from commitment

PreApprovalResult checkOf(test::ApprovalFixture &f, qint64 entity, const QString &item = Hygiene, const QDate &day = Day)
{
    return ApplicationService(f.db()).check(entity, item, day);
}

bool hasMeasure(const PreApprovalResult &r, const QString &code)
{
    for (const ApplicableMeasure &m : r.measures)
        if (m.measure.code == code)
            return !m.reason.isEmpty();
    return false;
}

Application fileCommitment(test::ApprovalFixture &f, qint64 entity, const QDate &day = Day, const QString &item = Hygiene)
{
    NewApplication r;
    r.entityId = entity;
    r.itemCode = item;
    r.mode = QStringLiteral("commitment");
    return ApplicationService(f.db()).file(Actor::bootstrap(), r, day);
}

qint64 taskOf(test::ApprovalFixture &f, const QString &commitmentCode, qint64 department)
{
    return sql::scalar(f.db().sql(), QStringLiteral("SELECT t.id FROM verification_tasks t JOIN commitments c ON c.id = t.commitment_id "
                                                     "WHERE c.code = ? AND t.department_id = ?"),
                       {commitmentCode, department})
        .toLongLong();
}

VerificationOutcome outcome(const QString &what, const QDate &day)
{
    return VerificationOutcome{what, day, QStringLiteral("onsite"), QStringLiteral("李卫东"), QStringLiteral("现场核查")};
}

QString lightOf(test::ApprovalFixture &f, qint64 entity, const QDate &day)
{
    return LightEngine(f.db()).explain(entity, day).ruleId;
}
} // namespace

class TestApproval : public QObject
{
    Q_OBJECT

private:
    void approveIssuesLicenceAndPushesBody();

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z"); }
    void catalogueShipsRealisticDefaults();
    void measureCatalogueEveryRowHasABasis();
    void greenChannelForGreenLight();
    void greyWithoutNegativeRecordMayCommit();
    void excludedBySeriousDishonesty();
    void excludedByUnrepairedFalseCommitment();
    void excludedByRedLight();
    void excludedItem();
    void deficiencyExcludedAfterThreeMisses();
    void refusedModeChangesNothing();
    void fileSnapshotsTheCheck();
    void approveIssuesLicenceAndPushes();
    void falseCommitmentTurnsRedAndRevokes();
    void verifyingTwiceIsRefused();
    void partialAndUnfulfilledConsequences();
    void deficiencyBadInput();
    void deficiencySuspendedThenReturned();
    void deficiencySuppliedInTime();
    void commitmentLetterFromTemplate();
    void refuseNeedsReason();
    void catalogueEditValidates();
};

void TestApproval::catalogueShipsRealisticDefaults()
{
    test::TestStore store;
    const QList<ApprovalItem> items = ItemCatalogue::list(store.db().sql());
    QVERIFY(items.size() >= 30);
    int excluded = 0, certificates = 0;
    for (const ApprovalItem &i : items) {
        QVERIFY2(!i.legalBasis.isEmpty(), qPrintable(i.code));
        QVERIFY2(!i.supervisingDepartmentIds.isEmpty(), qPrintable(i.code));
        QVERIFY2(!i.letterTemplate.isEmpty(), qPrintable(i.code));
        QVERIFY(i.promisedDays <= i.statutoryDays);
        bool core = false;
        for (const ItemMaterial &m : i.materials)
            core = core || m.core;
        QVERIFY2(core, qPrintable(i.code));
        excluded += i.excluded ? 1 : 0;
        certificates += i.category == QLatin1String("certificate") ? 1 : 0;
    }
    QVERIFY(excluded >= 3);
    QVERIFY(certificates >= 1);
    const ApprovalItem hygiene = ItemCatalogue::require(store.db().sql(), Hygiene);
    QCOMPARE(hygiene.supervisingDepartmentIds, (QList<qint64>{6, 18}));
    QVERIFY_THROWS_EXCEPTION(Error, ItemCatalogue::require(store.db().sql(), QStringLiteral("NO-SUCH-ITEM")));
}

void TestApproval::measureCatalogueEveryRowHasABasis()
{
    test::TestStore store;
    const QList<Measure> measures = MeasureCatalogue::list(store.db().sql());
    QVERIFY(measures.size() >= 20);
    int incentives = 0, restrictions = 0;
    for (const Measure &m : measures) {
        QVERIFY2(!m.legalBasis.trimmed().isEmpty(), qPrintable(m.code));
        QVERIFY(MeasureCatalogue::conditions().contains(m.condition));
        (m.kind == QLatin1String("incentive") ? incentives : restrictions)++;
    }
    QVERIFY(incentives >= 10 && restrictions >= 10);
    WriteTransaction tx(store.db(), Actor::bootstrap(), Permission::SettingsEdit);
    Measure bad{0, QStringLiteral("X1"), QStringLiteral("incentive"), QStringLiteral("无依据措施"), {}, QStringLiteral("  "), QStringLiteral("green"), {}, true};
    QVERIFY_THROWS_EXCEPTION(Error, MeasureCatalogue::save(tx, bad));
}

void TestApproval::greenChannelForGreenLight()
{
    test::ApprovalFixture f;
    const PreApprovalResult r = checkOf(f, f.green);
    QCOMPARE(r.light.light, QStringLiteral("green"));
    QVERIFY(r.commitmentAllowed);
    QVERIFY(r.deficiencyAllowed);
    QVERIFY(r.greenChannel);
    QVERIFY(hasMeasure(r, QStringLiteral("I03")));  // 绿色通道, with the light as its reason
    QVERIFY(hasMeasure(r, QStringLiteral("I01")));
    QVERIFY(!hasMeasure(r, QStringLiteral("R01")));
    QCOMPARE(r.modesAllowed(), (QStringList{QStringLiteral("ordinary"), QStringLiteral("commitment"), QStringLiteral("deficiency")}));
}

void TestApproval::greyWithoutNegativeRecordMayCommit()
{
    test::ApprovalFixture f;
    const PreApprovalResult r = checkOf(f, f.grey);
    QCOMPARE(r.light.light, QStringLiteral("grey"));
    QVERIFY(r.commitmentAllowed);
    QVERIFY(!r.greenChannel);
    QVERIFY(hasMeasure(r, QStringLiteral("I01")));
}

void TestApproval::excludedBySeriousDishonesty()
{
    test::ApprovalFixture f;
    f.dishonest(f.green, QStringLiteral("2026-03-01"));
    const PreApprovalResult r = checkOf(f, f.green);
    QVERIFY(!r.commitmentAllowed);
    QVERIFY(!r.deficiencyAllowed);
    QVERIFY(!r.greenChannel);
    QVERIFY(r.commitmentRefusals.join(QString()).contains(QStringLiteral("烟台市发展改革委")));
    QVERIFY(hasMeasure(r, QStringLiteral("R01")));
    QCOMPARE(r.modesAllowed(), QStringList{QStringLiteral("ordinary")});
}

void TestApproval::excludedByUnrepairedFalseCommitment()
{
    test::ApprovalFixture f;
    f.finding(f.grey, QStringLiteral("false_commitment"), QStringLiteral("37068120260101000001"), QStringLiteral("2026-02-01"));
    PreApprovalResult r = checkOf(f, f.grey);
    QVERIFY(!r.commitmentAllowed);
    QVERIFY(!r.deficiencyAllowed);
    QVERIFY(hasMeasure(r, QStringLiteral("R02")));
    QVERIFY(r.commitmentRefusals.join(QString()).contains(QStringLiteral("37068120260101000001")));
    // Repaired: the exclusion ends.
    sql::exec(f.db().sql(), QStringLiteral("UPDATE credit_findings SET repaired_on = '2026-05-01'"));
    r = checkOf(f, f.grey);
    QVERIFY(r.commitmentAllowed);
}

void TestApproval::excludedByRedLight()
{
    test::ApprovalFixture f;
    f.evaluation(f.green, 4, QStringLiteral("ENV"), QStringLiteral("红"), QStringLiteral("R3"), QStringLiteral("2026-04-01"), QStringLiteral("2027-04-01"));
    const PreApprovalResult r = checkOf(f, f.green);
    QCOMPARE(r.light.light, QStringLiteral("red"));
    QCOMPARE(r.light.ruleId, QStringLiteral("R4"));
    QVERIFY(!r.commitmentAllowed);
    QVERIFY(!r.deficiencyAllowed);
    QVERIFY(!r.greenChannel);
    QVERIFY(hasMeasure(r, QStringLiteral("R03")));
    QVERIFY(hasMeasure(r, QStringLiteral("R08")));  // on-site verification
}

void TestApproval::excludedItem()
{
    test::ApprovalFixture f;
    const PreApprovalResult r = checkOf(f, f.green, Pharmacy);
    QVERIFY(!r.commitmentAllowed);
    QVERIFY(!r.deficiencyAllowed);
    QVERIFY(r.greenChannel);  // the entity keeps its green channel; only the item is excluded
    QCOMPARE(r.commitmentRefusals.size(), 1);
    QVERIFY(r.commitmentRefusals.first().contains(QStringLiteral("药品零售企业经营许可")));
}

void TestApproval::deficiencyExcludedAfterThreeMisses()
{
    test::ApprovalFixture f;
    ApplicationService service(f.db());
    // Three 容缺 applications whose deadlines pass unsupplied.
    for (int i = 0; i < 3; ++i) {
        NewApplication r{f.grey, FoodProduction, QStringLiteral("deficiency"), {4}, QDate(2026, 3, 10 + i)};
        service.file(Actor::bootstrap(), r, QDate(2026, 3, 2));
    }
    DeadlineSweep::run(f.db(), Actor::bootstrap(), QDate(2026, 3, 20));
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT count(*) FROM application_materials WHERE missed_on IS NOT NULL")).toInt(), 3);
    // The late supplies end the overdue findings but the misses stay counted.
    const QList<QString> apps{QStringLiteral("SQ20260302-0001"), QStringLiteral("SQ20260302-0002"), QStringLiteral("SQ20260302-0003")};
    for (const QString &app : apps)
        service.supply(Actor::bootstrap(), app, 4, QDate(2026, 3, 23));
    PreApprovalResult r = checkOf(f, f.grey, FoodProduction, QDate(2026, 6, 1));
    QCOMPARE(r.deficiencyMisses, 3);
    QVERIFY(!r.deficiencyAllowed);
    QVERIFY(r.commitmentAllowed);  // 3 misses exclude 容缺 only
    QVERIFY(hasMeasure(r, QStringLiteral("R07")));
    // The incentive 容缺受理 (I02) gives way to R07 (no_deficiency); commitment (I01) is still offered.
    QVERIFY(!hasMeasure(r, QStringLiteral("I02")));
    QVERIFY(hasMeasure(r, QStringLiteral("I01")));
    // Twelve months later the misses no longer count.
    r = checkOf(f, f.grey, FoodProduction, QDate(2027, 3, 22));
    QCOMPARE(r.deficiencyMisses, 0);
    QVERIFY(r.deficiencyAllowed);
    QVERIFY(hasMeasure(r, QStringLiteral("I02")));
}

void TestApproval::refusedModeChangesNothing()
{
    test::ApprovalFixture f;
    f.dishonest(f.green, QStringLiteral("2026-03-01"));
    const qint64 audit = f.count(QStringLiteral("audit_log")), outbox = f.count(QStringLiteral("outbox"));
    try {
        fileCommitment(f, f.green);
        QFAIL("commitment mode must be refused");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Refused);
        QVERIFY(e.message().contains(QStringLiteral("ordinary")));
    }
    QCOMPARE(f.count(QStringLiteral("approval_applications")), 0);
    QCOMPARE(f.count(QStringLiteral("commitments")), 0);
    QCOMPARE(f.count(QStringLiteral("serials")), 0);
    QCOMPARE(f.count(QStringLiteral("audit_log")), audit);
    QCOMPARE(f.count(QStringLiteral("outbox")), outbox);
    // The ordinary mode is always open.
    NewApplication ordinary{f.green, Hygiene, QStringLiteral("ordinary"), {}, {}};
    const Application a = ApplicationService(f.db()).file(Actor::bootstrap(), ordinary, Day);
    QCOMPARE(a.mode, QStringLiteral("ordinary"));
    QVERIFY(a.commitments.isEmpty());
    // Unknown item, unknown mode.
    ordinary.itemCode = QStringLiteral("NO-SUCH-ITEM");
    QVERIFY_THROWS_EXCEPTION(Error, ApplicationService(f.db()).file(Actor::bootstrap(), ordinary, Day));
    ordinary.itemCode = Hygiene;
    ordinary.mode = QStringLiteral("express");
    QVERIFY_THROWS_EXCEPTION(Error, ApplicationService(f.db()).file(Actor::bootstrap(), ordinary, Day));
    QCOMPARE(f.count(QStringLiteral("approval_applications")), 1);
}

void TestApproval::fileSnapshotsTheCheck()
{
    test::ApprovalFixture f;
    const Application a = fileCommitment(f, f.green);
    QCOMPARE(a.appNo, QStringLiteral("SQ20260601-0001"));
    QCOMPARE(a.status, QStringLiteral("received"));
    QVERIFY(a.greenChannel);
    QCOMPARE(a.check.value(QStringLiteral("light")).toObject().value(QStringLiteral("light")).toString(), QStringLiteral("green"));
    QVERIFY(a.check.value(QStringLiteral("commitment_allowed")).toBool());
    QVERIFY(!a.check.value(QStringLiteral("measures")).toArray().isEmpty());
    QCOMPARE(a.commitments.size(), 1);
    QCOMPARE(a.commitments.first().type, QStringLiteral("审批替代型"));
    QCOMPARE(a.commitments.first().status, QStringLiteral("pending"));
    // The snapshot stays as it was when the light changes later.
    f.dishonest(f.green, QStringLiteral("2026-06-01"));
    QVERIFY(ApplicationService(f.db()).require(a.appNo).check.value(QStringLiteral("commitment_allowed")).toBool());
    // The commitment went to the outbox keyed by its code.
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'commitment' AND record_key = ?"),
                         {a.commitments.first().code}).toInt(), 1);
    // Green channel first in the queue.
    NewApplication later{f.grey, Hygiene, QStringLiteral("commitment"), {}, {}};
    ApplicationService(f.db()).file(Actor::bootstrap(), later, QDate(2026, 5, 29));
    const QList<Application> queue = ApplicationService(f.db()).queue();
    QCOMPARE(queue.size(), 2);
    QCOMPARE(queue.first().appNo, a.appNo);
}

void TestApproval::approveIssuesLicenceAndPushes()
{
    try { approveIssuesLicenceAndPushesBody(); } catch (const Error &e) { QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail())); }
}

void TestApproval::approveIssuesLicenceAndPushesBody()
{
    test::ApprovalFixture f;
    const Application filed = fileCommitment(f, f.green);
    const Application a = ApplicationService(f.db()).approve(Actor::bootstrap(), filed.appNo, Day);
    QCOMPARE(a.status, QStringLiteral("approved"));
    QCOMPARE(a.decisionNo, QStringLiteral("龙审批许字〔2026〕第000001号"));
    QCOMPARE(a.licenceNo, QStringLiteral("370681-WJ-001-2026-000001"));
    const qint64 licenceId = sql::scalar(f.db().sql(), QStringLiteral("SELECT id FROM licences")).toLongLong();
    const QJsonObject xk = ExchangeRecords::licence(f.db().sql(), licenceId);
    QCOMPARE(xk.value(QStringLiteral("XK_XDR_MC")).toString(), QStringLiteral("龙口市鑫达食品有限公司"));
    QCOMPARE(xk.value(QStringLiteral("XK_XDR_LB")).toString(), QStringLiteral("法人及非法人组织"));
    QCOMPARE(xk.value(QStringLiteral("XK_XDR_SHXYM")).toString(), QStringLiteral("91370681MA3P7K2Q3U"));
    QCOMPARE(xk.value(QStringLiteral("XK_FRDB")).toString(), QStringLiteral("王建国"));
    QCOMPARE(xk.value(QStringLiteral("XK_XKZS")).toString(), QStringLiteral("公共场所卫生许可证"));
    QCOMPARE(xk.value(QStringLiteral("XK_JDRQ")).toString(), QStringLiteral("2026-06-01"));
    QCOMPARE(xk.value(QStringLiteral("XK_YXQZI")).toString(), QStringLiteral("2030-05-31"));
    QCOMPARE(xk.value(QStringLiteral("XK_ZT")).toString(), QStringLiteral("0"));
    QCOMPARE(xk.value(QStringLiteral("XK_XKJGDM")).toString(), QStringLiteral("11370681MB0A1820XU"));
    QCOMPARE(xk.keys().size(), 18);
    // The push: one task per supervising department, due 30 working days later on the calendar (over 端午).
    const QList<VerificationTask> tasks = VerificationService(f.db()).tasksOf(a.commitments.first().code);
    QCOMPARE(tasks.size(), 2);
    for (const VerificationTask &t : tasks) {
        QCOMPARE(t.pushedOn, Day);
        QCOMPARE(t.dueOn, QDate(2026, 7, 14));
        QCOMPARE(t.status, QStringLiteral("pending"));
    }
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT count(*) FROM spotcheck_mandatory WHERE entity_id = ? AND year = 2026"), {f.green}).toInt(), 2);
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'licence'")).toInt(), 1);
    // Worklists: due soon / overdue by the as-of date.
    VerificationService v(f.db());
    QCOMPARE(v.worklist(6, VerificationService::Filter::Pending, Day).size(), 1);
    QCOMPARE(v.worklist(6, VerificationService::Filter::DueSoon, Day).size(), 0);
    QCOMPARE(v.worklist(6, VerificationService::Filter::DueSoon, QDate(2026, 7, 10)).size(), 1);
    QCOMPARE(v.worklist(6, VerificationService::Filter::Overdue, QDate(2026, 7, 15)).size(), 1);
    // Approving twice is refused.
    QVERIFY_THROWS_EXCEPTION(Error, ApplicationService(f.db()).approve(Actor::bootstrap(), a.appNo, Day));
}

void TestApproval::falseCommitmentTurnsRedAndRevokes()
{
    test::ApprovalFixture f;
    const Application filed = fileCommitment(f, f.green);
    const Application a = ApplicationService(f.db()).approve(Actor::bootstrap(), filed.appNo, Day);
    const QString code = a.commitments.first().code;
    const qint64 outboxBefore = f.count(QStringLiteral("outbox"));
    VerificationService(f.db()).record(Actor::bootstrap(), taskOf(f, code, 6), outcome(QStringLiteral("false"), QDate(2026, 6, 10)), QDate(2026, 6, 10));
    // The light turned red by R2 in the same transaction.
    QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT rule_id FROM entity_lights WHERE entity_id = ?"), {f.green}).toString(), QStringLiteral("R2"));
    const Application after = ApplicationService(f.db()).require(a.appNo);
    QCOMPARE(after.status, QStringLiteral("revoked"));
    QCOMPARE(after.licenceStatus, QStringLiteral("1"));
    QVERIFY(after.commitments.first().falseCommitment);
    QVERIFY(f.count(QStringLiteral("outbox")) >= outboxBefore + 2);  // licence (撤销) and commitment updates
    const QJsonObject payload = QJsonDocument::fromJson(
        sql::scalar(f.db().sql(), QStringLiteral("SELECT payload FROM outbox WHERE kind = 'commitment' ORDER BY id DESC LIMIT 1")).toString().toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("承诺编码")).toString(), code);
    QCOMPARE(payload.value(QStringLiteral("虚假承诺")).toString(), QStringLiteral("是"));
    // The next application by that entity is refused commitment mode, with the reason.
    const PreApprovalResult next = checkOf(f, f.green, Hygiene, QDate(2026, 6, 11));
    QVERIFY(!next.commitmentAllowed);
    QVERIFY(next.commitmentRefusals.join(QString()).contains(code));
    QVERIFY_THROWS_EXCEPTION(Error, fileCommitment(f, f.green, QDate(2026, 6, 11)));
}

void TestApproval::verifyingTwiceIsRefused()
{
    test::ApprovalFixture f;
    const Application a = ApplicationService(f.db()).approve(Actor::bootstrap(), fileCommitment(f, f.green).appNo, Day);
    const qint64 task = taskOf(f, a.commitments.first().code, 6);
    VerificationService v(f.db());
    v.record(Actor::bootstrap(), task, outcome(QStringLiteral("fulfilled"), QDate(2026, 6, 5)), QDate(2026, 6, 5));
    const qint64 audit = f.count(QStringLiteral("audit_log"));
    try {
        v.record(Actor::bootstrap(), task, outcome(QStringLiteral("false"), QDate(2026, 6, 6)), QDate(2026, 6, 6));
        QFAIL("a second verification must be refused");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Refused);
        QVERIFY(e.message().contains(QStringLiteral("2026-06-05")));
    }
    QCOMPARE(f.count(QStringLiteral("audit_log")), audit);
    QCOMPARE(v.task(task)->outcome, QStringLiteral("fulfilled"));
    QCOMPARE(lightOf(f, f.green, QDate(2026, 6, 6)), QStringLiteral("G1"));
    // A date in the future, before the push, an unknown outcome or no verifier: refused.
    const qint64 other = taskOf(f, a.commitments.first().code, 18);
    QVERIFY_THROWS_EXCEPTION(Error, v.record(Actor::bootstrap(), other, outcome(QStringLiteral("fulfilled"), QDate(2026, 6, 9)), QDate(2026, 6, 8)));
    QVERIFY_THROWS_EXCEPTION(Error, v.record(Actor::bootstrap(), other, outcome(QStringLiteral("fulfilled"), QDate(2026, 5, 9)), QDate(2026, 6, 8)));
    QVERIFY_THROWS_EXCEPTION(Error, v.record(Actor::bootstrap(), other, outcome(QStringLiteral("maybe"), QDate(2026, 6, 8)), QDate(2026, 6, 8)));
    VerificationOutcome anonymous = outcome(QStringLiteral("fulfilled"), QDate(2026, 6, 8));
    anonymous.verifier.clear();
    QVERIFY_THROWS_EXCEPTION(Error, v.record(Actor::bootstrap(), other, anonymous, QDate(2026, 6, 8)));
    QCOMPARE(v.task(other)->status, QStringLiteral("pending"));
}

void TestApproval::partialAndUnfulfilledConsequences()
{
    test::ApprovalFixture f;
    ApplicationService service(f.db());
    const Application a = service.approve(Actor::bootstrap(), fileCommitment(f, f.green).appNo, Day);
    const QString code = a.commitments.first().code;
    VerificationService v(f.db());
    // Partial: yellow by Y2 at once, rectification deadline 20 working days later.
    v.record(Actor::bootstrap(), taskOf(f, code, 18), outcome(QStringLiteral("partial"), Day), Day);
    QCOMPARE(lightOf(f, f.green, Day), QStringLiteral("Y2"));
    QCOMPARE(service.require(a.appNo).commitments.first().rectifyBy, QDate(2026, 6, 30));
    // Unfulfilled: red by R3 only after the rectification deadline.
    v.record(Actor::bootstrap(), taskOf(f, code, 6), outcome(QStringLiteral("unfulfilled"), Day), Day);
    QCOMPARE(service.require(a.appNo).commitments.first().status, QStringLiteral("unfulfilled"));
    QCOMPARE(lightOf(f, f.green, QDate(2026, 6, 30)), QStringLiteral("Y2"));
    QCOMPARE(lightOf(f, f.green, QDate(2026, 7, 1)), QStringLiteral("R3"));
    // Not rectified by then: the sweep revokes the licence.
    const DeadlineSweep::Result r = DeadlineSweep::run(f.db(), Actor::bootstrap(), QDate(2026, 7, 1));
    QCOMPARE(r.revoked, 1);
    QCOMPARE(service.require(a.appNo).licenceStatus, QStringLiteral("1"));
    QCOMPARE(DeadlineSweep::run(f.db(), Actor::bootstrap(), QDate(2026, 7, 1)).revoked, 0);  // idempotent

    // Another commitment rectified in time: the findings end, the light goes back.
    test::ApprovalFixture g;
    const Application b = ApplicationService(g.db()).approve(Actor::bootstrap(), fileCommitment(g, g.green).appNo, Day);
    VerificationService w(g.db());
    w.record(Actor::bootstrap(), taskOf(g, b.commitments.first().code, 6), outcome(QStringLiteral("unfulfilled"), Day), Day);
    w.rectified(Actor::bootstrap(), b.commitments.first().code, QDate(2026, 6, 20));
    QCOMPARE(lightOf(g, g.green, QDate(2026, 7, 2)), QStringLiteral("G1"));
    QCOMPARE(DeadlineSweep::run(g.db(), Actor::bootstrap(), QDate(2026, 7, 2)).revoked, 0);
    QVERIFY_THROWS_EXCEPTION(Error, w.rectified(Actor::bootstrap(), b.commitments.first().code, QDate(2026, 6, 21)));
}

void TestApproval::deficiencyBadInput()
{
    test::ApprovalFixture f;
    ApplicationService service(f.db());
    auto attempt = [&](NewApplication r, const QDate &day) {
        try {
            service.file(Actor::bootstrap(), r, day);
            return QString();
        } catch (const Error &e) {
            return e.message();
        }
    };
    QVERIFY(!attempt({f.green, FoodProduction, QStringLiteral("deficiency"), {1}, QDate(2026, 6, 5)}, Day).isEmpty());   // core material
    QVERIFY(!attempt({f.green, FoodProduction, QStringLiteral("deficiency"), {4}, QDate(2026, 5, 20)}, Day).isEmpty());  // deadline in the past
    QVERIFY(!attempt({f.green, FoodProduction, QStringLiteral("deficiency"), {4}, QDate(2026, 6, 16)}, Day).isEmpty());  // beyond 10 working days
    QVERIFY(!attempt({f.green, FoodProduction, QStringLiteral("deficiency"), {}, QDate(2026, 6, 5)}, Day).isEmpty());    // nothing missing
    QVERIFY(!attempt({f.green, FoodProduction, QStringLiteral("deficiency"), {99}, QDate(2026, 6, 5)}, Day).isEmpty());  // no such material
    QVERIFY(!attempt({f.green, FoodProduction, QStringLiteral("commitment"), {4}, QDate(2026, 6, 5)}, Day).isEmpty());   // missing outside 容缺
    QCOMPARE(f.count(QStringLiteral("approval_applications")), 0);
    QVERIFY(attempt({f.green, FoodProduction, QStringLiteral("deficiency"), {4, 5}, QDate(2026, 6, 15)}, Day).isEmpty());  // the last allowed day
}

void TestApproval::deficiencySuspendedThenReturned()
{
    test::ApprovalFixture f;
    ApplicationService service(f.db());
    const Application filed = service.file(Actor::bootstrap(), {f.grey, FoodProduction, QStringLiteral("deficiency"), {5}, QDate(2026, 6, 3)}, Day);
    QCOMPARE(filed.commitments.first().type, QStringLiteral("容缺受理型"));
    service.approve(Actor::bootstrap(), filed.appNo, Day);  // granted on the 容缺 commitment
    QCOMPARE(DeadlineSweep::run(f.db(), Actor::bootstrap(), QDate(2026, 6, 3)).missed, 0);  // the deadline day itself is in time
    DeadlineSweep::Result r = DeadlineSweep::run(f.db(), Actor::bootstrap(), QDate(2026, 6, 4));
    QCOMPARE(r.missed, 1);
    QCOMPARE(r.suspended, 1);
    Application a = service.require(filed.appNo);
    QCOMPARE(a.status, QStringLiteral("suspended"));
    QCOMPARE(a.suspendedOn, QDate(2026, 6, 4));
    QCOMPARE(lightOf(f, f.grey, QDate(2026, 6, 4)), QStringLiteral("Y2"));
    // 15 working days after suspension (over 端午): 2026-06-26 is the 15th.
    QCOMPARE(DeadlineSweep::run(f.db(), Actor::bootstrap(), QDate(2026, 6, 25)).returned, 0);
    r = DeadlineSweep::run(f.db(), Actor::bootstrap(), QDate(2026, 6, 26));
    QCOMPARE(r.returned, 1);
    a = service.require(filed.appNo);
    QCOMPARE(a.status, QStringLiteral("returned"));
    QCOMPARE(a.returnedOn, QDate(2026, 6, 26));
    QCOMPARE(a.licenceStatus, QStringLiteral("1"));
    QVERIFY_THROWS_EXCEPTION(Error, service.supply(Actor::bootstrap(), a.appNo, 5, QDate(2026, 6, 27)));
}

void TestApproval::deficiencySuppliedInTime()
{
    test::ApprovalFixture f;
    ApplicationService service(f.db());
    const Application filed = service.file(Actor::bootstrap(), {f.grey, FoodProduction, QStringLiteral("deficiency"), {4, 5}, QDate(2026, 6, 5)}, Day);
    service.supply(Actor::bootstrap(), filed.appNo, 4, QDate(2026, 6, 2));
    QVERIFY_THROWS_EXCEPTION(Error, service.supply(Actor::bootstrap(), filed.appNo, 4, QDate(2026, 6, 3)));  // twice
    QVERIFY_THROWS_EXCEPTION(Error, service.supply(Actor::bootstrap(), filed.appNo, 1, QDate(2026, 6, 3)));  // was provided
    service.supply(Actor::bootstrap(), filed.appNo, 5, QDate(2026, 6, 5));
    const DeadlineSweep::Result r = DeadlineSweep::run(f.db(), Actor::bootstrap(), QDate(2026, 6, 10));
    QCOMPARE(r.missed, 0);
    QCOMPARE(service.require(filed.appNo).status, QStringLiteral("received"));
    QCOMPARE(MeasureCatalogue::standing(f.db(), f.grey, QDate(2026, 6, 10)).deficiencyMisses, 0);
}

void TestApproval::commitmentLetterFromTemplate()
{
    test::ApprovalFixture f;
    ApplicationService service(f.db());
    const Application a = fileCommitment(f, f.green);
    const QString letter = CommitmentLetter::render(f.db().sql(), a);
    QVERIFY(letter.contains(a.commitments.first().code));
    QVERIFY(letter.contains(QStringLiteral("龙口市鑫达食品有限公司")));
    QVERIFY(letter.contains(QStringLiteral("《公共场所卫生管理条例》第八条")));
    QVERIFY(letter.contains(QStringLiteral("2026年6月1日")));
    QVERIFY(!letter.contains(QLatin1Char('{')));
    const Application d = service.file(Actor::bootstrap(), {f.grey, FoodProduction, QStringLiteral("deficiency"), {5}, QDate(2026, 6, 3)}, Day);
    QVERIFY(CommitmentLetter::render(f.db().sql(), d).contains(QStringLiteral("工艺设备布局图")));
    const Application ordinary = service.file(Actor::bootstrap(), {f.grey, Hygiene, QStringLiteral("ordinary"), {}, {}}, Day);
    QVERIFY_THROWS_EXCEPTION(Error, CommitmentLetter::render(f.db().sql(), ordinary));
}

void TestApproval::refuseNeedsReason()
{
    test::ApprovalFixture f;
    ApplicationService service(f.db());
    const Application a = fileCommitment(f, f.green);
    QVERIFY_THROWS_EXCEPTION(Error, service.refuse(Actor::bootstrap(), a.appNo, QStringLiteral("  "), Day));
    QCOMPARE(service.refuse(Actor::bootstrap(), a.appNo, QStringLiteral("经营场所不符合卫生要求"), Day).status, QStringLiteral("refused"));
    QVERIFY_THROWS_EXCEPTION(Error, service.approve(Actor::bootstrap(), a.appNo, Day));
    QVERIFY_THROWS_EXCEPTION(Error, service.require(QStringLiteral("SQ19990101-0001")));
}

void TestApproval::catalogueEditValidates()
{
    test::TestStore store;
    ApprovalItem item = ItemCatalogue::require(store.db().sql(), Hygiene);
    {
        WriteTransaction tx(store.db(), Actor::bootstrap(), Permission::SettingsEdit);
        item.promisedDays = 2;
        item.supervisingDepartmentIds = {6};
        ItemCatalogue::save(tx, item);
        ApprovalItem bad = item;
        bad.legalBasis.clear();
        QVERIFY_THROWS_EXCEPTION(Error, ItemCatalogue::save(tx, bad));
        bad = item;
        bad.promisedDays = bad.statutoryDays + 1;
        QVERIFY_THROWS_EXCEPTION(Error, ItemCatalogue::save(tx, bad));
        tx.commit();
    }
    const ApprovalItem after = ItemCatalogue::require(store.db().sql(), Hygiene);
    QCOMPARE(after.promisedDays, 2);
    QCOMPARE(after.supervisingDepartmentIds, QList<qint64>{6});
    QCOMPARE(after.materials.size(), item.materials.size());
}

QTEST_GUILESS_MAIN(TestApproval)
#include "tst_approval.moc"
