#include "ApplicationService.h"

#include "ApprovalSupport.h"
#include "ExchangeRecords.h"
#include "ItemCatalogue.h"
#include "SerialNumbers.h"
#include "VerificationService.h"
#include "WorkingCalendar.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/EntityRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cl {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant isoOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const QString selectApplication = QStringLiteral(
    "SELECT a.id, a.app_no, a.entity_id, e.code, e.name, coalesce(e.legal_rep, ''), e.kind, a.item_id, i.code, i.name, a.mode, a.green_channel, "
    "a.status, a.received_on, a.decided_on, a.decision_reason, a.suspended_on, a.returned_on, a.check_snapshot, a.handled_by, "
    "coalesce(l.xk_xkbh, ''), coalesce(l.xk_wsh, ''), coalesce(l.xk_zt, '') "
    "FROM approval_applications a JOIN entities e ON e.id = a.entity_id JOIN approval_items i ON i.id = a.item_id "
    "LEFT JOIN licences l ON l.application_id = a.id ");

QList<Application> readApplications(const QSqlDatabase &db, QSqlQuery &q)
{
    QList<Application> out;
    while (q.next()) {
        Application a;
        a.id = q.value(0).toLongLong();
        a.appNo = q.value(1).toString();
        a.entityId = q.value(2).toLongLong();
        a.entityCode = q.value(3).toString();
        a.entityName = q.value(4).toString();
        a.entityLegalRep = q.value(5).toString();
        a.entityKind = q.value(6).toString();
        a.itemId = q.value(7).toLongLong();
        a.itemCode = q.value(8).toString();
        a.itemName = q.value(9).toString();
        a.mode = q.value(10).toString();
        a.greenChannel = q.value(11).toBool();
        a.status = q.value(12).toString();
        a.receivedOn = date(q.value(13));
        a.decidedOn = date(q.value(14));
        a.decisionReason = q.value(15).toString();
        a.suspendedOn = date(q.value(16));
        a.returnedOn = date(q.value(17));
        a.check = QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object();
        a.handledBy = q.value(19).toString();
        a.licenceNo = q.value(20).toString();
        a.decisionNo = q.value(21).toString();
        a.licenceStatus = q.value(22).toString();
        out << a;
    }
    for (Application &a : out) {
        QSqlQuery m = sql::exec(db, QStringLiteral("SELECT seq, name, core, status, due_on, supplied_on, missed_on FROM application_materials "
                                                   "WHERE application_id = ? ORDER BY seq"), {a.id});
        while (m.next())
            a.materials << ApplicationMaterial{m.value(0).toInt(), m.value(1).toString(), m.value(2).toBool(), m.value(3).toString(),
                                               date(m.value(4)), date(m.value(5)), date(m.value(6))};
        QSqlQuery c = sql::exec(db, QStringLiteral("SELECT id, code, type, status, false_commitment, rectify_by FROM commitments "
                                                   "WHERE application_id = ? ORDER BY id"), {a.id});
        while (c.next())
            a.commitments << ApplicationCommitment{c.value(0).toLongLong(), c.value(1).toString(), c.value(2).toString(), c.value(3).toString(),
                                                   c.value(4).toBool(), date(c.value(5))};
    }
    return out;
}

QJsonObject auditJson(const Application &a)
{
    return {{QStringLiteral("status"), a.status}, {QStringLiteral("mode"), a.mode}, {QStringLiteral("item"), a.itemCode},
            {QStringLiteral("entity"), a.entityCode}};
}

} // namespace

QJsonObject Application::toJson() const
{
    QJsonArray mats;
    for (const ApplicationMaterial &m : materials) {
        QJsonObject o{{QStringLiteral("seq"), m.seq}, {QStringLiteral("name"), m.name}, {QStringLiteral("core"), m.core},
                      {QStringLiteral("status"), m.status}};
        if (m.dueOn.isValid()) o.insert(QStringLiteral("due_on"), iso(m.dueOn));
        if (m.suppliedOn.isValid()) o.insert(QStringLiteral("supplied_on"), iso(m.suppliedOn));
        if (m.missedOn.isValid()) o.insert(QStringLiteral("missed_on"), iso(m.missedOn));
        mats.append(o);
    }
    QJsonArray comms;
    for (const ApplicationCommitment &c : commitments) {
        QJsonObject o{{QStringLiteral("code"), c.code}, {QStringLiteral("type"), c.type}, {QStringLiteral("status"), c.status},
                      {QStringLiteral("false_commitment"), c.falseCommitment}};
        if (c.rectifyBy.isValid()) o.insert(QStringLiteral("rectify_by"), iso(c.rectifyBy));
        comms.append(o);
    }
    QJsonObject o{{QStringLiteral("app_no"), appNo}, {QStringLiteral("entity_code"), entityCode}, {QStringLiteral("entity_name"), entityName},
                  {QStringLiteral("item_code"), itemCode}, {QStringLiteral("item_name"), itemName}, {QStringLiteral("mode"), mode},
                  {QStringLiteral("green_channel"), greenChannel}, {QStringLiteral("status"), status},
                  {QStringLiteral("received_on"), iso(receivedOn)}, {QStringLiteral("materials"), mats},
                  {QStringLiteral("commitments"), comms}, {QStringLiteral("check"), check}};
    if (decidedOn.isValid()) o.insert(QStringLiteral("decided_on"), iso(decidedOn));
    if (!decisionReason.isEmpty()) o.insert(QStringLiteral("decision_reason"), decisionReason);
    if (suspendedOn.isValid()) o.insert(QStringLiteral("suspended_on"), iso(suspendedOn));
    if (returnedOn.isValid()) o.insert(QStringLiteral("returned_on"), iso(returnedOn));
    if (!licenceNo.isEmpty()) {
        o.insert(QStringLiteral("licence_no"), licenceNo);
        o.insert(QStringLiteral("decision_no"), decisionNo);
        o.insert(QStringLiteral("licence_status"), licenceStatus);
    }
    return o;
}

PreApprovalResult ApplicationService::check(qint64 entityId, const QString &itemCode, const QDate &asOf) const
{
    if (!EntityRepository(m_db).byId(entityId))
        throw Error(ErrorKind::NotFound, tr("The entity is not registered."));
    return PreApprovalCheck::run(m_db, entityId, ItemCatalogue::require(m_db.sql(), itemCode), asOf);
}

Application ApplicationService::file(const Actor &actor, const NewApplication &request, const QDate &asOf)
{
    const QStringList modes{QStringLiteral("ordinary"), QStringLiteral("commitment"), QStringLiteral("deficiency")};
    if (!modes.contains(request.mode))
        throw Error(ErrorKind::Invalid, tr("Unknown mode \"%1\"; use ordinary, commitment or deficiency.").arg(request.mode));
    const std::optional<Entity> entity = EntityRepository(m_db).byId(request.entityId);
    if (!entity)
        throw Error(ErrorKind::NotFound, tr("The entity is not registered."));
    const ApprovalItem item = ItemCatalogue::require(m_db.sql(), request.itemCode);
    const bool deficiency = request.mode == QLatin1String("deficiency");
    if (!deficiency && !request.missing.isEmpty())
        throw Error(ErrorKind::Invalid, tr("Materials can be missing only in the deficiency-acceptance (容缺) mode."));

    WriteTransaction tx(m_db, actor, Permission::ApprovalHandle);
    const PreApprovalResult result = PreApprovalCheck::run(m_db, request.entityId, item, asOf);
    if (request.mode == QLatin1String("commitment") && !result.commitmentAllowed)
        throw Error(ErrorKind::Refused, tr("Commitment mode is refused for %1: %2. The application can proceed in the ordinary mode with full materials.")
                                            .arg(entity->name, result.commitmentRefusals.join(QStringLiteral("; "))));
    const WorkingCalendar calendar = WorkingCalendar::load(tx.sql());
    if (deficiency) {
        if (!result.deficiencyAllowed)
            throw Error(ErrorKind::Refused, tr("Acceptance with missing materials (容缺) is refused for %1: %2. The application can proceed in the ordinary mode.")
                                                .arg(entity->name, result.deficiencyRefusals.join(QStringLiteral("; "))));
        if (request.missing.isEmpty())
            throw Error(ErrorKind::Invalid, tr("Name the secondary materials that are missing (容缺)."));
        if (!request.supplyBy.isValid())
            throw Error(ErrorKind::Invalid, tr("A supplement deadline is required for missing materials."));
        if (request.supplyBy <= asOf)
            throw Error(ErrorKind::Invalid, tr("The supplement deadline %1 is not after the application date %2.").arg(iso(request.supplyBy), iso(asOf)));
        const QDate latest = calendar.addWorkingDays(asOf, qMax(item.promisedDays, 1));
        if (request.supplyBy > latest)
            throw Error(ErrorKind::Invalid, tr("The supplement deadline %1 exceeds the item's promised time of %2 working days (at the latest %3).")
                                                .arg(iso(request.supplyBy)).arg(item.promisedDays).arg(iso(latest)));
        for (int seq : request.missing) {
            const auto it = std::find_if(item.materials.begin(), item.materials.end(), [seq](const ItemMaterial &m) { return m.seq == seq; });
            if (it == item.materials.end())
                throw Error(ErrorKind::Invalid, tr("The item %1 has no material number %2.").arg(item.code).arg(seq));
            if (it->core)
                throw Error(ErrorKind::Invalid, tr("\"%1\" is a core material and cannot be missing; only secondary materials may be supplied later.").arg(it->name));
        }
    }

    const QString appNo = SerialNumbers::applicationNo(tx, asOf);
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO approval_applications(app_no, entity_id, item_id, mode, green_channel, status, received_on, "
                                       "check_snapshot, handled_by, created_at) VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?, ?)"),
              {appNo, request.entityId, item.id, request.mode, result.greenChannel ? 1 : 0, iso(asOf),
               QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)), actor.auditName(), Clock::nowIso()});
    const qint64 appId = sql::scalar(tx.sql(), QStringLiteral("SELECT id FROM approval_applications WHERE app_no = ?"), {appNo}).toLongLong();
    QStringList missingNames;
    for (const ItemMaterial &m : item.materials) {
        const bool missing = request.missing.contains(m.seq);
        if (missing)
            missingNames << m.name;
        sql::exec(tx.sql(), QStringLiteral("INSERT INTO application_materials(application_id, seq, name, core, status, due_on) VALUES (?, ?, ?, ?, ?, ?)"),
                  {appId, m.seq, m.name, m.core ? 1 : 0, missing ? QStringLiteral("missing") : QStringLiteral("provided"),
                   missing ? isoOrNull(request.supplyBy) : QVariant()});
    }

    if (request.mode != QLatin1String("ordinary")) {
        const QString office = SerialNumbers::meta(tx.sql(), QStringLiteral("office_name"), QStringLiteral("行政审批服务局"));
        const QString code = SerialNumbers::commitmentCode(tx, asOf);
        QString type, content;
        QVariant validUntil;
        if (deficiency) {
            type = QStringLiteral("容缺受理型");
            content = QStringLiteral("在%1前补齐以下材料：%2；逾期未补齐的，同意中止审查，中止满规定期限仍未补齐的予以退件。")
                          .arg(iso(request.supplyBy), missingNames.join(QStringLiteral("、")));
            validUntil = iso(request.supplyBy);
        } else {
            type = item.category == QLatin1String("certificate") ? QStringLiteral("证明事项型") : QStringLiteral("审批替代型");
            content = QStringLiteral("已知晓“%1”的许可条件，本申请人符合：%2所提交材料真实、有效。").arg(item.name, item.conditions);
            if (item.validYears > 0)
                validUntil = iso(asOf.addYears(item.validYears).addDays(-1));
        }
        sql::exec(tx.sql(), QStringLiteral("INSERT INTO commitments(code, type, entity_id, application_id, committer_name, committer_kind, committer_code, "
                                           "reason, content, liability, made_on, valid_until, accepting_unit, created_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {code, type, request.entityId, appId, entity->name, approval::subjectCategory(entity->kind), entity->code,
                   QStringLiteral("申请办理“%1”").arg(item.name), content,
                   QStringLiteral("虚假承诺的，依法撤销许可决定并记入信用记录；未履行承诺的，责令限期整改，逾期仍不符合条件的依法撤销许可。"),
                   iso(asOf), validUntil, office, Clock::nowIso()});
        const qint64 commitmentId = sql::scalar(tx.sql(), QStringLiteral("SELECT id FROM commitments WHERE code = ?"), {code}).toLongLong();
        ExchangeRecords::outboxCommitment(tx, commitmentId);
    }
    const Application created = require(appNo);
    tx.audit(QStringLiteral("application.file"), QStringLiteral("application"), appNo, {}, auditJson(created));
    tx.commit();
    return created;
}

Application ApplicationService::approve(const Actor &actor, const QString &appNo, const QDate &day)
{
    WriteTransaction tx(m_db, actor, Permission::ApprovalHandle);
    const Application a = require(appNo);
    if (a.status != QLatin1String("received"))
        throw Error(ErrorKind::Refused, tr("Application %1 is already %2; only a received application can be approved.").arg(a.appNo, statusLabel(a.status)));
    if (day < a.receivedOn)
        throw Error(ErrorKind::Invalid, tr("The decision date %1 is before the application was received (%2).").arg(iso(day), iso(a.receivedOn)));
    const ApprovalItem item = *ItemCatalogue::byId(tx.sql(), a.itemId);
    const QString office = SerialNumbers::meta(tx.sql(), QStringLiteral("office_name"), QStringLiteral("行政审批服务局"));
    const QString decisionNo = SerialNumbers::decisionNo(tx, day);
    const QString licenceNo = SerialNumbers::licenceNo(tx, item.code, day);
    const QString modeText = a.mode == QLatin1String("commitment") ? QStringLiteral("（告知承诺方式办理）")
                             : a.mode == QLatin1String("deficiency") ? QStringLiteral("（容缺受理方式办理）") : QString();
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO licences(application_id, entity_id, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_frdb, xk_xkws, xk_wsh, "
                                       "xk_xklb, xk_xkzs, xk_xkbh, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_zt, xk_sjly, bz, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '0', ?, '', ?)"),
              {a.id, a.entityId, a.entityName, approval::subjectCategory(a.entityKind), a.entityCode, a.entityLegalRep,
               QStringLiteral("准予行政许可决定书"), decisionNo, item.licenceCategory,
               item.certificateName.isEmpty() ? item.name : item.certificateName, licenceNo,
               QStringLiteral("准予“%1”%2").arg(item.name, modeText), iso(day), iso(day),
               item.validYears > 0 ? iso(day.addYears(item.validYears).addDays(-1)) : QStringLiteral("2099-12-31"), office,
               SerialNumbers::meta(tx.sql(), QStringLiteral("office_uscc")), office, Clock::nowIso()});
    const qint64 licenceId = sql::scalar(tx.sql(), QStringLiteral("SELECT id FROM licences WHERE application_id = ?"), {a.id}).toLongLong();
    sql::exec(tx.sql(), QStringLiteral("UPDATE approval_applications SET status = 'approved', decided_on = ? WHERE id = ?"), {iso(day), a.id});
    ExchangeRecords::outboxLicence(tx, licenceId);

    // The push: each commitment goes to each supervising department, due on the working-day calendar.
    bool onsite = false;
    for (const QJsonValue &m : a.check.value(QStringLiteral("measures")).toArray())
        onsite = onsite || m.toObject().value(QStringLiteral("effect")).toString() == QLatin1String("onsite_verification");
    int pushed = 0;
    for (const ApplicationCommitment &c : a.commitments) {
        pushed += VerificationService::push(tx, c.id, a.entityId, item, day, onsite ? QStringLiteral("onsite") : QString(), a.appNo);
        ExchangeRecords::outboxCommitment(tx, c.id);
    }
    const Application after = require(appNo);
    QJsonObject auditAfter = auditJson(after);
    auditAfter.insert(QStringLiteral("licence_no"), licenceNo);
    auditAfter.insert(QStringLiteral("decision_no"), decisionNo);
    auditAfter.insert(QStringLiteral("pushed"), pushed);
    tx.audit(QStringLiteral("application.approve"), QStringLiteral("application"), appNo, auditJson(a), auditAfter);
    tx.commit();
    return after;
}

Application ApplicationService::refuse(const Actor &actor, const QString &appNo, const QString &reason, const QDate &day)
{
    if (reason.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("A refusal needs a reason."));
    WriteTransaction tx(m_db, actor, Permission::ApprovalHandle);
    const Application a = require(appNo);
    if (a.status != QLatin1String("received") && a.status != QLatin1String("suspended"))
        throw Error(ErrorKind::Refused, tr("Application %1 is %2 and cannot be refused.").arg(a.appNo, statusLabel(a.status)));
    if (day < a.receivedOn)
        throw Error(ErrorKind::Invalid, tr("The decision date %1 is before the application was received (%2).").arg(iso(day), iso(a.receivedOn)));
    sql::exec(tx.sql(), QStringLiteral("UPDATE approval_applications SET status = 'refused', decided_on = ?, decision_reason = ? WHERE id = ?"),
              {iso(day), reason.trimmed(), a.id});
    const Application after = require(appNo);
    QJsonObject o = auditJson(after);
    o.insert(QStringLiteral("reason"), reason.trimmed());
    tx.audit(QStringLiteral("application.refuse"), QStringLiteral("application"), appNo, auditJson(a), o);
    tx.commit();
    return after;
}

Application ApplicationService::supply(const Actor &actor, const QString &appNo, int seq, const QDate &day)
{
    WriteTransaction tx(m_db, actor, Permission::ApprovalHandle);
    const Application a = require(appNo);
    const auto it = std::find_if(a.materials.begin(), a.materials.end(), [seq](const ApplicationMaterial &m) { return m.seq == seq; });
    if (it == a.materials.end())
        throw Error(ErrorKind::NotFound, tr("Application %1 has no material number %2.").arg(a.appNo).arg(seq));
    if (it->status != QLatin1String("missing"))
        throw Error(ErrorKind::Refused, it->status == QLatin1String("supplied")
                                            ? tr("\"%1\" was already supplied on %2.").arg(it->name, iso(it->suppliedOn))
                                            : tr("\"%1\" was provided with the application; nothing is missing.").arg(it->name));
    if (a.status == QLatin1String("returned") || a.status == QLatin1String("refused"))
        throw Error(ErrorKind::Refused, tr("Application %1 is %2; materials can no longer be supplied.").arg(a.appNo, statusLabel(a.status)));
    if (day < a.receivedOn)
        throw Error(ErrorKind::Invalid, tr("The date %1 is before the application was received (%2).").arg(iso(day), iso(a.receivedOn)));
    sql::exec(tx.sql(), QStringLiteral("UPDATE application_materials SET status = 'supplied', supplied_on = ? WHERE application_id = ? AND seq = ?"),
              {iso(day), a.id, seq});
    // Supplying ends the "materials overdue" finding (Y2) from that day on; the miss itself stays counted.
    sql::exec(tx.sql(), QStringLiteral("UPDATE credit_findings SET valid_to = ? WHERE kind = 'deficiency_overdue' AND source_type = 'application_material' "
                                       "AND source_key = ? AND valid_to IS NULL"),
              {iso(day.addDays(-1)), QStringLiteral("%1#%2").arg(a.appNo).arg(seq)});
    const bool stillMissing = sql::scalar(tx.sql(), QStringLiteral("SELECT count(*) FROM application_materials WHERE application_id = ? AND status = 'missing'"),
                                          {a.id}).toInt() > 0;
    if (!stillMissing && a.status == QLatin1String("suspended"))
        sql::exec(tx.sql(), QStringLiteral("UPDATE approval_applications SET status = CASE WHEN decided_on IS NULL THEN 'received' ELSE 'approved' END WHERE id = ?"),
                  {a.id});
    if (it->missedOn.isValid())
        approval::recomputeLight(tx, a.entityId, day);
    const Application after = require(appNo);
    tx.audit(QStringLiteral("application.supply"), QStringLiteral("application"), appNo, auditJson(a),
             QJsonObject{{QStringLiteral("material"), it->name}, {QStringLiteral("supplied_on"), iso(day)}, {QStringLiteral("status"), after.status}});
    tx.commit();
    return after;
}

std::optional<Application> ApplicationService::byNo(const QString &appNo) const
{
    QSqlQuery q = sql::exec(m_db.sql(), selectApplication + QStringLiteral("WHERE a.app_no = ?"), {appNo.trimmed().toUpper()});
    const QList<Application> found = readApplications(m_db.sql(), q);
    return found.isEmpty() ? std::nullopt : std::optional<Application>(found.first());
}

Application ApplicationService::require(const QString &appNo) const
{
    const std::optional<Application> a = byNo(appNo);
    if (!a)
        throw Error(ErrorKind::NotFound, tr("There is no application %1.").arg(appNo.trimmed()));
    return *a;
}

QList<Application> ApplicationService::queue(int limit) const
{
    QSqlQuery q = sql::exec(m_db.sql(), selectApplication + QStringLiteral("WHERE a.status IN ('received', 'suspended') "
                                                                           "ORDER BY a.green_channel DESC, a.received_on, a.id LIMIT ?"), {limit});
    return readApplications(m_db.sql(), q);
}

QList<Application> ApplicationService::ofEntity(qint64 entityId) const
{
    QSqlQuery q = sql::exec(m_db.sql(), selectApplication + QStringLiteral("WHERE a.entity_id = ? ORDER BY a.received_on DESC, a.id DESC"), {entityId});
    return readApplications(m_db.sql(), q);
}

QString ApplicationService::modeLabel(const QString &mode)
{
    if (mode == QLatin1String("commitment")) return tr("Commitment");
    if (mode == QLatin1String("deficiency")) return tr("Missing materials (容缺)");
    return tr("Ordinary");
}

QString ApplicationService::statusLabel(const QString &status)
{
    if (status == QLatin1String("received")) return tr("received");
    if (status == QLatin1String("suspended")) return tr("suspended");
    if (status == QLatin1String("approved")) return tr("approved");
    if (status == QLatin1String("refused")) return tr("refused");
    if (status == QLatin1String("returned")) return tr("returned");
    if (status == QLatin1String("revoked")) return tr("revoked");
    return status;
}

} // namespace cl
