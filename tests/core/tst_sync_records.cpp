// The record kinds of the approval and enforcement work areas through sync packages (DESIGN.md §4,
// DOMAIN.md §9.1–9.3, §9.5): licence, commitment, penalty and repair round trips into a second store,
// the receiver's side of the loop (verification tasks from the item's rule, findings, task outcomes,
// licence revocation, publicity and repair), idempotency, and bad records refused with nothing changed.
#include "SyncFixtures.h"
#include "approval/ApplicationService.h"
#include "approval/ExchangeRecords.h"
#include "approval/VerificationService.h"
#include "common/Error.h"
#include "db/Migrator.h"
#include "enforcement/Money.h"
#include "enforcement/PenaltyRecord.h"
#include "registry/EntityRepository.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncSettings.h"

#include <QDir>
#include <QtTest>

using namespace cl;
using namespace cl::test;

namespace {

const QString X = QStringLiteral("91370681MA3P7K2Q3U");
const QString XName = QStringLiteral("龙口市海韵食品有限公司");

struct Office
{
    TestStore store;
    QString code;
    QString inbox;
    Database &db() { return store.db(); }
    QString out() const { return store.dirPath() + QStringLiteral("/out"); }
};

int count(Database &db, const QString &query)
{
    return sql::scalar(db.sql(), query).toInt();
}

QString text(Database &db, const QString &query)
{
    return sql::scalar(db.sql(), query).toString();
}

// The sync.effect.<kind> audit entries: "object_type object_id first-date-of-detail", oldest first.
QStringList effects(Database &db, const QString &kind)
{
    QStringList out;
    QSqlQuery q = sql::exec(db.sql(), QStringLiteral("SELECT object_type, object_id, after FROM audit_log WHERE action = ? ORDER BY seq"),
                            {QStringLiteral("sync.effect.") + kind});
    while (q.next()) {
        const QJsonObject after = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QString date;
        for (const char *key : {"due_on", "valid_from", "revoked_on", "verified_on", "repaired_on"})
            if (after.contains(QLatin1String(key)) && date.isEmpty())
                date = after.value(QLatin1String(key)).toString();
        out << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), date);
    }
    return out;
}

} // namespace

class TestSyncRecords : public QObject
{
    Q_OBJECT

    std::unique_ptr<Office> a, b;

    // Exports from one office and imports the package into the other (asOf: the receiver's day).
    ImportReport send(Office &from, Office &to, const QDate &asOf = QDate(2026, 6, 10), QString *packagePath = nullptr)
    {
        const ExportResult r = SyncExporter::exportChanges(from.db(), Actor::bootstrap(), from.out(), false);
        if (!r.written)
            qFatal("nothing exported");
        const QString target = to.inbox + QLatin1Char('/') + QFileInfo(r.path).fileName();
        QFile::copy(r.path, target);
        if (packagePath)
            *packagePath = r.path;
        ImportOptions o;
        o.asOf = asOf;
        const ImportReport report = SyncImporter::import(to.db(), Actor::bootstrap(), {target}, o);
        for (const PackageOutcome &p : report.packages)
            if (!p.check.isEmpty())
                qInfo("%s: %s", qPrintable(p.check), qPrintable(p.message));
        return report;
    }
    ImportReport resend(const QString &package, Office &to)
    {
        const QString target = to.inbox + QLatin1Char('/') + QFileInfo(package).fileName();
        QFile::remove(target);
        QFile::copy(package, target);
        ImportOptions o;
        o.asOf = QDate(2026, 6, 10);
        return SyncImporter::import(to.db(), Actor::bootstrap(), {target}, o);
    }
    void queue(Office &office, const QString &kind, const QString &key, const QJsonObject &payload)
    {
        WriteTransaction tx(office.db(), Actor::bootstrap(), Permission::SyncRun);
        tx.outbox(kind, key, payload);
        tx.commit();
    }
    // The departments the office verifies received commitments for (sync settings).
    void verifies(Office &office, const QString &departments)
    {
        SyncSettings s = SyncSettings::load(office.db().sql());
        s.verifiesFor = SyncSettings::departmentsByNames(office.db().sql(), departments);
        SyncSettings::save(office.db(), Actor::bootstrap(), s);
    }
    QString lightOf(Database &db, const QString &entityCode)
    {
        return sql::scalar(db.sql(), QStringLiteral("SELECT l.light || ':' || l.rule_id FROM entity_lights l JOIN entities e ON e.id = l.entity_id "
                                                    "WHERE e.code = ?"), {entityCode}).toString();
    }
    // The hall (A) registers X and approves its commitment application for a public-place hygiene licence
    // (supervised by 卫生健康局 and 消防救援大队).
    Application approveCommitment()
    {
        Entity e;
        e.code = X;
        e.name = XName;
        e.kind = QStringLiteral("enterprise");
        const qint64 id = EntityRepository(a->db()).add(Actor::bootstrap(), e, UsccValidator::fromDatabase(a->db().sql()));
        NewApplication request;
        request.entityId = id;
        request.itemCode = QStringLiteral("370681-WJ-001");
        request.mode = QStringLiteral("commitment");
        ApplicationService service(a->db());
        const Application filed = service.file(Actor::bootstrap(), request, QDate(2026, 6, 1));
        return service.approve(Actor::bootstrap(), filed.appNo, QDate(2026, 6, 1));
    }
    PenaltyRecord penalty()
    {
        PenaltyRecord p;
        p.decisionNo = QStringLiteral("龙市监罚〔2026〕101号");
        p.partyName = XName;
        p.partyKind = QStringLiteral("法人及非法人组织");
        p.partyCode = X;
        p.violation = QStringLiteral("未将营业执照置于住所或者主要经营场所的醒目位置");
        p.facts = QStringLiteral("现场检查发现");
        p.basis = QStringLiteral("《中华人民共和国市场主体登记管理条例》第四十八条第一款");
        p.category = QStringLiteral("罚款");
        p.content = QStringLiteral("罚款人民币1234.56元");
        p.fineFen = 123456;
        p.decidedOn = QDate(2026, 6, 2);
        p.publicityEnd = QDate(2027, 6, 1);  // general: 12 months
        p.authority = QStringLiteral("市场监管局");
        p.dataSource = QStringLiteral("CreditLoop");
        return p;
    }

private Q_SLOTS:
    void init()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
        a = std::make_unique<Office>();
        b = std::make_unique<Office>();
        a->code = QStringLiteral("LK-HALL");
        b->code = QStringLiteral("LK-WJ");
        const QString keyA = SyncKeys::init(a->db(), Actor::bootstrap(), a->code);
        const QString keyB = SyncKeys::init(b->db(), Actor::bootstrap(), b->code);
        SyncKeys::trust(b->db(), Actor::bootstrap(), a->code, keyA);
        SyncKeys::trust(a->db(), Actor::bootstrap(), b->code, keyB);
        for (Office *o : {a.get(), b.get()}) {
            o->inbox = o->store.dirPath() + QStringLiteral("/inbox");
            QDir().mkpath(o->inbox);
        }
    }
    void cleanup()
    {
        a.reset();
        b.reset();
    }

    void licenceAndCommitmentRoundTripPushTheVerification()
    {
        const Application approved = approveCommitment();
        QCOMPARE(approved.commitments.size(), 1);
        const QString code = approved.commitments.first().code;
        verifies(*b, QStringLiteral("卫生健康局"));
        QString package;
        const ImportReport r = send(*a, *b, QDate(2026, 6, 1), &package);
        QCOMPARE(r.applied, 1);
        // The licence, as the hall wrote it (every §9.1 field), without a local application here.
        for (const char *column : {"xk_xdr_mc", "xk_xdr_lb", "xk_frdb", "xk_xkws", "xk_xklb", "xk_xkzs", "xk_xkbh", "xk_nr", "xk_jdrq", "xk_yxqz",
                                   "xk_yxqzi", "xk_xkjg", "xk_xkjgdm", "xk_zt", "xk_sjly", "bz"})
            QCOMPARE(text(b->db(), QStringLiteral("SELECT %1 FROM licences").arg(QLatin1String(column))),
                     text(a->db(), QStringLiteral("SELECT %1 FROM licences").arg(QLatin1String(column))));
        QCOMPARE(text(b->db(), QStringLiteral("SELECT coalesce(application_id, 'none') || ' ' || source FROM licences")), QStringLiteral("none sync:LK-HALL"));
        // The commitment with its §3 fields.
        for (const char *column : {"code", "type", "committer_name", "committer_kind", "committer_code", "reason", "content", "liability", "made_on",
                                   "valid_until", "accepting_unit", "publicity", "status", "false_commitment"})
            QCOMPARE(text(b->db(), QStringLiteral("SELECT %1 FROM commitments").arg(QLatin1String(column))),
                     text(a->db(), QStringLiteral("SELECT %1 FROM commitments").arg(QLatin1String(column))));
        QCOMPARE(text(b->db(), QStringLiteral("SELECT item_code FROM commitments")), QStringLiteral("370681-WJ-001"));
        // The receiver pushed it to the supervising department it verifies for (卫生健康局, not 消防救援大队), due on
        // the same rule as at the hall, with the 100 % spot-check entry of that department only.
        const QString tasks = QStringLiteral("SELECT group_concat(d.name || ' ' || t.method || ' ' || t.pushed_on || ' ' || t.due_on || ' ' || t.status, '; ') "
                                             "FROM (SELECT * FROM verification_tasks WHERE department_id = 6) t JOIN departments d ON d.id = t.department_id");
        QCOMPARE(text(b->db(), tasks), text(a->db(), tasks));
        QCOMPARE(count(a->db(), QStringLiteral("SELECT count(*) FROM verification_tasks WHERE status = 'pending'")), 2);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM verification_tasks WHERE status = 'pending'")), 1);
        QCOMPARE(text(b->db(), QStringLiteral("SELECT group_concat(department_id) FROM spotcheck_mandatory")), QStringLiteral("6"));
        // The task is this office's own work arriving from elsewhere: audited, naming the sender.
        QCOMPARE(effects(b->db(), QStringLiteral("task_created")), QStringList{QStringLiteral("commitment %1 2026-07-14").arg(code)});
        QCOMPARE(text(b->db(), QStringLiteral("SELECT json_extract(after, '$.departments') || ' ' || json_extract(after, '$.sender') FROM audit_log "
                                              "WHERE action = 'sync.effect.task_created'")),
                 QStringLiteral("卫生健康局 LK-HALL"));
        const QList<VerificationTask> worklist = VerificationService(b->db()).worklist(6, VerificationService::Filter::Pending, QDate(2026, 6, 1));
        QCOMPARE(worklist.size(), 1);
        QCOMPARE(worklist.first().commitmentCode, code);
        QCOMPARE(worklist.first().dueOn, QDate(2026, 7, 14));  // 30 working days after 2026-06-01 (端午 19 Jun off)
        // No echo: nothing of A's is queued again at B.
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind IN ('licence', 'commitment')")), 0);

        // The same package twice: a duplicate, nothing changed; the same records in a new package: all unchanged.
        const QByteArray before = snapshot(b->db());
        QCOMPARE(resend(package, *b).duplicates, 1);
        QCOMPARE(snapshot(b->db()), before);
        const ExportResult full = SyncExporter::exportChanges(a->db(), Actor::bootstrap(), a->out(), true);
        const ImportReport again = resend(full.path, *b);
        QCOMPARE(again.applied, 1);
        QCOMPARE(again.packages.first().applied.counts.inserted, 0);
        QCOMPARE(again.packages.first().applied.counts.updated, 0);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM verification_tasks")), 1);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM licences")), 1);
        QCOMPARE(effects(b->db(), QStringLiteral("task_created")).size(), 1);
    }

    void anOfficeThatVerifiesForNoDepartmentCreatesNoTask()
    {
        approveCommitment();
        QCOMPARE(SyncSettings::load(b->db().sql()).verifiesFor, QList<qint64>());
        QCOMPARE(send(*a, *b, QDate(2026, 6, 1)).applied, 1);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM commitments")), 1);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM verification_tasks")), 0);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM spotcheck_mandatory")), 0);
        // Nothing is overdue here later on: the commitment figures count no task of this office.
        QCOMPARE(VerificationService(b->db()).worklist(6, VerificationService::Filter::Overdue, QDate(2026, 9, 1)).size(), 0);
    }

    void verifiesSettingIsCheckedAndAudited()
    {
        verifies(*b, QStringLiteral("卫生健康局，消防救援大队"));
        QCOMPARE(SyncSettings::load(b->db().sql()).verifiesFor, (QList<qint64>{6, 18}));
        QCOMPARE(SyncSettings::departmentNames(b->db().sql(), {6, 18}), QStringLiteral("卫生健康局、消防救援大队"));
        const QByteArray before = snapshot(b->db());
        try {
            SyncSettings::departmentsByNames(b->db().sql(), QStringLiteral("卫生健康局,不存在的局"));
            QFAIL("an unknown department was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Invalid);
            QVERIFY2(e.message().contains(QStringLiteral("不存在的局")), qPrintable(e.message()));
        }
        SyncSettings bad = SyncSettings::load(b->db().sql());
        bad.verifiesFor = {6, 99999};
        QVERIFY_THROWS_EXCEPTION(Error, SyncSettings::save(b->db(), Actor::bootstrap(), bad));
        QCOMPARE(snapshot(b->db()), before);
        QVERIFY(text(b->db(), QStringLiteral("SELECT after FROM audit_log WHERE action = 'sync.settings' ORDER BY seq DESC LIMIT 1"))
                    .contains(QStringLiteral("消防救援大队")));
        verifies(*b, QString());
        QCOMPARE(SyncSettings::load(b->db().sql()).verifiesFor, QList<qint64>());
    }

    void falseCommitmentFoundByTheDepartmentReachesTheHall()
    {
        const Application approved = approveCommitment();
        const QString code = approved.commitments.first().code;
        verifies(*b, QStringLiteral("卫生健康局"));
        send(*a, *b, QDate(2026, 6, 1));
        const qint64 task = VerificationService(b->db()).worklist(6, VerificationService::Filter::Pending, QDate(2026, 6, 10)).first().id;
        VerificationOutcome outcome;
        outcome.outcome = QStringLiteral("false");
        outcome.verifier = QStringLiteral("李卫东");
        outcome.notes = QStringLiteral("从业人员健康证明系伪造");
        VerificationService(b->db()).record(Actor::bootstrap(), task, outcome, QDate(2026, 6, 10));
        QCOMPARE(lightOf(b->db(), X), QStringLiteral("red:R2"));

        QCOMPARE(lightOf(a->db(), X).section(QLatin1Char(':'), 0, 0) == QLatin1String("red"), false);
        const ImportReport r = send(*b, *a);
        QCOMPARE(r.applied, 1);
        // At the hall: the finding (R2), the department's task closed with its outcome, the licence revoked and queued.
        QCOMPARE(text(a->db(), QStringLiteral("SELECT kind || ' ' || valid_from || ' ' || d.name FROM credit_findings f JOIN departments d ON d.id = f.department_id "
                                              "WHERE source_key = '%1'").arg(code)),
                 QStringLiteral("false_commitment 2026-06-10 卫生健康局"));
        QCOMPARE(lightOf(a->db(), X), QStringLiteral("red:R2"));
        QCOMPARE(text(a->db(), QStringLiteral("SELECT group_concat(department_id || ':' || status || ':' || coalesce(outcome, '-'), ' ') FROM "
                                              "(SELECT * FROM verification_tasks ORDER BY department_id)")),
                 QStringLiteral("6:done:false 18:pending:-"));
        QCOMPARE(text(a->db(), QStringLiteral("SELECT xk_zt FROM licences")), QStringLiteral("1"));
        QCOMPARE(text(a->db(), QStringLiteral("SELECT status FROM approval_applications")), QStringLiteral("revoked"));
        QCOMPARE(count(a->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'licence' AND package_seq IS NULL")), 1);
        QCOMPARE(count(a->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'commitment' AND package_seq IS NULL")), 0);
        // Each effect at the hall has its audit entry; the package's entry counts them.
        QCOMPARE(effects(a->db(), QStringLiteral("finding_recorded")), QStringList{QStringLiteral("commitment %1 2026-06-10").arg(code)});
        QCOMPARE(effects(a->db(), QStringLiteral("task_closed")), QStringList{QStringLiteral("commitment %1 2026-06-10").arg(code)});
        QCOMPARE(effects(a->db(), QStringLiteral("licence_revoked")),
                 QStringList{QStringLiteral("licence %1 2026-06-10").arg(text(a->db(), QStringLiteral("SELECT xk_xkbh FROM licences")))});
        QCOMPARE(effects(a->db(), QStringLiteral("task_created")), QStringList());  // the hall verifies for no department
        QCOMPARE(text(a->db(), QStringLiteral("SELECT json_extract(after, '$.effects') FROM audit_log WHERE action = 'sync.import' ORDER BY seq DESC LIMIT 1")),
                 QStringLiteral("{\"finding_recorded\":1,\"licence_revoked\":1,\"task_closed\":1}"));
        // The hall's pre-approval check now refuses commitment mode, with the reason.
        const PreApprovalResult check = ApplicationService(a->db()).check(approved.entityId, QStringLiteral("370681-SC-003"), QDate(2026, 6, 11));
        QVERIFY(!check.commitmentAllowed);
        const QString refusals = check.commitmentRefusals.join(QLatin1Char(' '));
        QVERIFY2(refusals.contains(code) && refusals.contains(QStringLiteral("R2")), qPrintable(refusals));
    }

    void partialAndRectifiedAreFindingsAtTheReceiver()
    {
        const QString code = QStringLiteral("37068120260601000009");
        QJsonObject c{{QStringLiteral("承诺编码"), code}, {QStringLiteral("承诺类型"), QStringLiteral("审批替代型")},
                      {QStringLiteral("承诺主体名称"), XName}, {QStringLiteral("承诺主体类别"), QStringLiteral("法人及非法人组织")},
                      {QStringLiteral("承诺主体代码"), X}, {QStringLiteral("承诺事由"), QStringLiteral("申请办理“小餐饮经营许可”")},
                      {QStringLiteral("承诺内容"), QStringLiteral("符合许可条件")}, {QStringLiteral("违诺责任"), QStringLiteral("依法撤销")},
                      {QStringLiteral("承诺作出日期"), QStringLiteral("2026-05-01")}, {QStringLiteral("承诺受理单位"), QStringLiteral("龙口市行政审批服务局")},
                      {QStringLiteral("公开类型"), QStringLiteral("可向社会公开")}, {QStringLiteral("履约状态"), QStringLiteral("部分履行")},
                      {QStringLiteral("虚假承诺"), QStringLiteral("否")}, {QStringLiteral("状态日期"), QStringLiteral("2026-05-20")},
                      {QStringLiteral("核查单位"), QStringLiteral("市场监管局")}, {QStringLiteral("核查人"), QStringLiteral("王强")},
                      {QStringLiteral("整改期限"), QStringLiteral("2026-06-18")}};
        queue(*a, QStringLiteral("commitment"), code, c);
        QCOMPARE(send(*a, *b).applied, 1);
        QCOMPARE(text(b->db(), QStringLiteral("SELECT kind || ' ' || valid_from || ' ' || coalesce(valid_to, '-') FROM credit_findings")),
                 QStringLiteral("partial_fulfilment 2026-05-20 -"));
        QCOMPARE(lightOf(b->db(), X), QStringLiteral("yellow:Y2"));
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM verification_tasks")), 0);  // no push date: nothing to verify here
        c.insert(QStringLiteral("整改完成日期"), QStringLiteral("2026-06-05"));
        queue(*a, QStringLiteral("commitment"), code, c);
        QCOMPARE(send(*a, *b).applied, 1);
        QCOMPARE(text(b->db(), QStringLiteral("SELECT valid_to FROM credit_findings")), QStringLiteral("2026-06-04"));
        QCOMPARE(lightOf(b->db(), X), QStringLiteral("grey:U1"));
        QCOMPARE(effects(b->db(), QStringLiteral("finding_recorded")), QStringList{QStringLiteral("commitment %1 2026-05-20").arg(code)});
        QCOMPARE(effects(b->db(), QStringLiteral("finding_ended")).size(), 1);
    }

    void penaltyAndRepairRoundTrip()
    {
        const PenaltyRecord p = penalty();
        queue(*a, QStringLiteral("penalty"), p.recordKey(), p.toPlatformJson());
        QString package;
        QCOMPARE(send(*a, *b, QDate(2026, 6, 10), &package).applied, 1);
        // 万元 at the border, fen inside: exact.
        QCOMPARE(text(b->db(), QStringLiteral("SELECT fine_fen || ' ' || decided_on || ' ' || publicity_end || ' ' || severity || ' ' || repair_from || ' ' "
                                              "|| coalesce(department_id, '-') || ' ' || source FROM penalties")),
                 QStringLiteral("123456 2026-06-02 2027-06-01 general 2026-09-02 2 sync:LK-HALL"));
        const std::optional<PenaltyRecord> received = PenaltyRecord::byDecisionNo(b->db().sql(), p.decisionNo);
        QVERIFY(received.has_value());
        QCOMPARE(received->toPlatformJson(), p.toPlatformJson());
        QCOMPARE(text(b->db(), QStringLiteral("SELECT kind || ' ' || valid_from || ' ' || valid_to FROM credit_findings")),
                 QStringLiteral("penalty_publicity 2026-06-02 2027-06-01"));
        QCOMPARE(lightOf(b->db(), X), QStringLiteral("yellow:Y3"));
        QCOMPARE(effects(b->db(), QStringLiteral("finding_recorded")), QStringList{QStringLiteral("penalty %1 2026-06-02").arg(p.recordKey())});
        const QByteArray before = snapshot(b->db());
        QCOMPARE(resend(package, *b).duplicates, 1);
        QCOMPARE(snapshot(b->db()), before);

        // The repair ends the publicity finding on its date.
        PenaltyRecord repaired = p;
        repaired.repairedOn = QDate(2026, 9, 5);
        QJsonObject payload = repaired.toPlatformJson();
        payload.insert(QStringLiteral("XF_RQ"), QStringLiteral("2026-09-05"));
        payload.insert(QStringLiteral("XF_CNBM"), QStringLiteral("37068120260902000001"));
        payload.insert(QStringLiteral("XF_CNLX"), QStringLiteral("信用修复型"));
        queue(*a, QStringLiteral("repair"), p.recordKey(), payload);
        QCOMPARE(send(*a, *b, QDate(2026, 9, 5), &package).applied, 1);
        QCOMPARE(text(b->db(), QStringLiteral("SELECT repaired_on FROM penalties")), QStringLiteral("2026-09-05"));
        QCOMPARE(text(b->db(), QStringLiteral("SELECT repaired_on FROM credit_findings")), QStringLiteral("2026-09-05"));
        QCOMPARE(lightOf(b->db(), X), QStringLiteral("grey:U1"));
        // The penalty's repair history has the granted repair, as at the granting office.
        const QString repairRow = QStringLiteral("SELECT r.status || ' ' || r.applied_on || ' ' || r.decided_on || ' ' || r.commitment_code || ' ' || "
                                                 "r.decided_by FROM penalty_repairs r JOIN penalties p ON p.id = r.penalty_id");
        QCOMPARE(text(b->db(), repairRow), QStringLiteral("granted 2026-09-05 2026-09-05 37068120260902000001 sync:LK-HALL"));
        QCOMPARE(effects(b->db(), QStringLiteral("repair_applied")), QStringList{QStringLiteral("penalty ") + p.recordKey() + QStringLiteral(" 2026-09-05")});
        // Received again: still one row, no new effect.
        const ExportResult full = SyncExporter::exportChanges(a->db(), Actor::bootstrap(), a->out(), true);
        QCOMPARE(resend(full.path, *b).applied, 1);
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM penalty_repairs")), 1);
        QCOMPARE(effects(b->db(), QStringLiteral("repair_applied")).size(), 1);
        // A revocation (CF_ZT 1) is a status update; the record stays, its finding no longer counts.
        QJsonObject revoked = p.toPlatformJson();
        revoked.insert(QStringLiteral("CF_ZT"), QStringLiteral("1"));
        queue(*a, QStringLiteral("penalty"), p.recordKey(), revoked);
        const ImportReport r = send(*a, *b, QDate(2026, 9, 6));
        QCOMPARE(r.packages.first().applied.counts.updated, 1);
        QCOMPARE(text(b->db(), QStringLiteral("SELECT status || ' ' || repaired_on FROM penalties")), QStringLiteral("1 2026-09-05"));
        QCOMPARE(text(b->db(), QStringLiteral("SELECT valid_to FROM credit_findings")), QStringLiteral("2026-06-01"));
    }

    void badRecordsAreRefusedWithNothingChanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("fine not in 万元") << "penalty" << "CF_NR_FK" << "1,234.56";
        QTest::newRow("penalty date") << "penalty" << "CF_JDRQ" << "2026/06/02";
        QTest::newRow("penalty status") << "penalty" << "CF_ZT" << "9";
        QTest::newRow("repair date") << "repair" << "XF_RQ" << "";
        QTest::newRow("licence status") << "licence" << "XK_ZT" << "撤销";
        QTest::newRow("licence category") << "licence" << "XK_XDR_LB" << "企业";
        QTest::newRow("commitment status") << "commitment" << "履约状态" << "已履行";
        QTest::newRow("commitment false flag") << "commitment" << "虚假承诺" << "yes";
        QTest::newRow("commitment code") << "commitment" << "承诺编码" << "3706812026";
    }
    void badRecordsAreRefusedWithNothingChanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject payload;
        if (kind == QLatin1String("penalty") || kind == QLatin1String("repair")) {
            payload = penalty().toPlatformJson();
            payload.insert(QStringLiteral("XF_RQ"), QStringLiteral("2026-09-05"));
        } else {
            const Application approved = approveCommitment();
            payload = kind == QLatin1String("licence") ? ExchangeRecords::licence(a->db().sql(), sql::scalar(a->db().sql(), QStringLiteral("SELECT id FROM licences")).toLongLong())
                                                       : ExchangeRecords::commitment(a->db().sql(), approved.commitments.first().id);
        }
        payload.insert(field, value);
        queue(*a, kind, QStringLiteral("bad"), payload);
        const QByteArray before = snapshot(b->db());
        const ImportReport r = send(*a, *b);
        QCOMPARE(r.packages.size(), 1);
        QCOMPARE(PackageOutcome::statusId(r.packages.first().status), QStringLiteral("quarantined"));
        QCOMPARE(r.packages.first().check, QStringLiteral("records"));
        QCOMPARE(snapshot(b->db()), before);
    }

    // Schema 9 rebuilds licences and penalties (received ones have no local application or decision): an
    // upgraded store keeps every row, its id, and the repairs that point at its penalties.
    void upgradeKeepsLicencesPenaltiesAndRepairs()
    {
        TestStore old(8);
        Database &db = old.db();
        const QStringList statements{
            QStringLiteral("INSERT INTO entities(id, code, code_type, name, kind, status, created_at, updated_at) VALUES "
                           "(1, '91370681MA3P7K2Q3U', 'USCC', 'X', 'enterprise', 'active', '2026-06-01', '2026-06-01')"),
            QStringLiteral("INSERT INTO approval_applications(id, app_no, entity_id, item_id, mode, status, received_on, check_snapshot, handled_by, created_at) "
                           "VALUES (5, 'SQ20260601-0001', 1, 1, 'commitment', 'approved', '2026-06-01', '{}', 'test', '2026-06-01')"),
            QStringLiteral("INSERT INTO licences(id, application_id, entity_id, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_xkws, xk_wsh, xk_xklb, xk_xkzs, xk_xkbh, "
                           "xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_sjly, updated_at) VALUES (7, 5, 1, 'X', '法人及非法人组织', "
                           "'91370681MA3P7K2Q3U', '准予行政许可决定书', 'W1', '普通', 'Z', 'B1', 'N', '2026-06-01', '2026-06-01', '2030-05-31', 'J', 'D', 'S', '2026-06-01')"),
            QStringLiteral("INSERT INTO enforcement_cases(id, case_no, entity_id, item_id, harm, officer, department_id, found_on, status, created_by, created_at) "
                           "VALUES (3, 'AJ1', 1, 1, 'minor', 'o', 2, '2026-06-01', 'decided', 't', '2026-06-01')"),
            QStringLiteral("INSERT INTO enforcement_decisions(id, case_id, recommended_outcome, rule_id, rule_version, recommendation, outcome, decided_on, "
                           "decided_by, decided_at) VALUES (4, 3, 'standard', 'E9', 1, '{}', 'standard', '2026-06-02', 't', '2026-06-02')"),
            QStringLiteral("INSERT INTO penalties(id, decision_id, entity_id, department_id, decision_no, party_name, party_kind, party_code, violation, facts, "
                           "basis, category, content, fine_fen, decided_on, severity, publicity_version, repair_from, publicity_end, authority) VALUES "
                           "(9, 4, 1, 2, 'F1', 'X', '法人及非法人组织', '91370681MA3P7K2Q3U', 'v', 'f', 'b', '罚款', 'c', 1500000, '2026-06-02', 'general', 1, "
                           "'2026-09-02', '2027-06-01', '市场监管局')"),
            QStringLiteral("INSERT INTO penalty_repairs(id, penalty_id, applied_on, commitment_code, commitment_content, applied_by) VALUES "
                           "(2, 9, '2026-09-03', '37068120260903000001', 'c', 't')")};
        for (const QString &statement : statements)
            sql::exec(db.sql(), statement);
        old.close();
        old.reopen();
        Database &upgraded = old.db();
        QCOMPARE(upgraded.schemaVersion(), Migrator::latestVersion());
        QCOMPARE(text(upgraded, QStringLiteral("SELECT id || ' ' || application_id || ' ' || xk_wsh || ' ' || source FROM licences")), QStringLiteral("7 5 W1 "));
        QCOMPARE(text(upgraded, QStringLiteral("SELECT p.id || ' ' || p.decision_id || ' ' || p.fine_fen || ' ' || r.id FROM penalty_repairs r "
                                               "JOIN penalties p ON p.id = r.penalty_id")), QStringLiteral("9 4 1500000 2"));
        QCOMPARE(count(upgraded, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        // Own licence numbers stay unique; a received record needs neither an application nor a decision.
        QVERIFY_THROWS_EXCEPTION(Error, sql::exec(upgraded.sql(), QStringLiteral(
            "INSERT INTO licences(entity_id, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_xkws, xk_wsh, xk_xklb, xk_xkzs, xk_xkbh, xk_nr, xk_jdrq, xk_yxqz, "
            "xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_sjly, updated_at) SELECT entity_id, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_xkws, 'W2', xk_xklb, xk_xkzs, "
            "xk_xkbh, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_sjly, updated_at FROM licences")));
        sql::exec(upgraded.sql(), QStringLiteral("INSERT INTO penalties(entity_id, decision_no, party_name, party_kind, party_code, violation, facts, basis, "
                                                 "category, content, decided_on, severity, publicity_version, repair_from, publicity_end, authority, source) "
                                                 "VALUES (1, 'F2', 'X', 'k', '91370681MA3P7K2Q3U', 'v', 'f', 'b', 'c', 'c', '2026-06-03', 'general', 1, "
                                                 "'2026-09-03', '2027-06-02', '外地机关', 'sync:CITY')"));
        QCOMPARE(count(upgraded, QStringLiteral("SELECT count(*) FROM penalties WHERE decision_id IS NULL AND department_id IS NULL")), 1);
    }

    void moneyInWanYuan()
    {
        QCOMPARE(money::parseWanYuan(QStringLiteral("0.123456")), std::optional<qint64>(123456));
        QCOMPARE(money::parseWanYuan(QStringLiteral("12")), std::optional<qint64>(12000000));
        QCOMPARE(money::parseWanYuan(QStringLiteral("1.5")), std::optional<qint64>(1500000));
        QCOMPARE(money::parseWanYuan(money::wanYuanText(987654321)), std::optional<qint64>(987654321));
        QVERIFY(!money::parseWanYuan(QStringLiteral("0.1234567")));
        QVERIFY(!money::parseWanYuan(QStringLiteral("-1")));
        QVERIFY(!money::parseWanYuan(QStringLiteral("1e3")));
    }
};

QTEST_GUILESS_MAIN(TestSyncRecords)
#include "tst_sync_records.moc"
