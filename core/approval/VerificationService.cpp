#include "VerificationService.h"

#include "ApprovalSupport.h"
#include "ExchangeRecords.h"
#include "ItemCatalogue.h"
#include "WorkingCalendar.h"
#include "auth/Actor.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

namespace cl {

namespace {
QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const QString selectTask = QStringLiteral(
    "SELECT t.id, t.commitment_id, c.code, c.type, c.status, c.false_commitment, coalesce(a.app_no, ''), c.entity_id, e.code, e.name, "
    "coalesce(i.name, c.reason), t.department_id, d.name, t.method, t.pushed_on, t.due_on, t.status, coalesce(t.outcome, ''), t.verified_on, "
    "coalesce(t.verify_method, ''), coalesce(t.verifier, ''), t.notes, c.rectify_by "
    "FROM verification_tasks t JOIN commitments c ON c.id = t.commitment_id JOIN entities e ON e.id = c.entity_id "
    "JOIN departments d ON d.id = t.department_id LEFT JOIN approval_applications a ON a.id = c.application_id "
    "LEFT JOIN approval_items i ON i.id = a.item_id ");

QList<VerificationTask> readTasks(QSqlQuery &q)
{
    QList<VerificationTask> out;
    while (q.next()) {
        VerificationTask t;
        t.id = q.value(0).toLongLong();
        t.commitmentId = q.value(1).toLongLong();
        t.commitmentCode = q.value(2).toString();
        t.commitmentType = q.value(3).toString();
        t.commitmentStatus = q.value(4).toString();
        t.falseCommitment = q.value(5).toBool();
        t.appNo = q.value(6).toString();
        t.entityId = q.value(7).toLongLong();
        t.entityCode = q.value(8).toString();
        t.entityName = q.value(9).toString();
        t.itemName = q.value(10).toString();
        t.departmentId = q.value(11).toLongLong();
        t.department = q.value(12).toString();
        t.method = q.value(13).toString();
        t.pushedOn = date(q.value(14));
        t.dueOn = date(q.value(15));
        t.status = q.value(16).toString();
        t.outcome = q.value(17).toString();
        t.verifiedOn = date(q.value(18));
        t.verifyMethod = q.value(19).toString();
        t.verifier = q.value(20).toString();
        t.notes = q.value(21).toString();
        t.rectifyBy = date(q.value(22));
        out << t;
    }
    return out;
}

int severity(const QString &status)
{
    if (status == QLatin1String("fulfilled")) return 1;
    if (status == QLatin1String("partial")) return 2;
    if (status == QLatin1String("unfulfilled")) return 3;
    return 0;
}
} // namespace

QJsonObject VerificationTask::toJson() const
{
    QJsonObject o{{QStringLiteral("task"), id}, {QStringLiteral("commitment_code"), commitmentCode}, {QStringLiteral("commitment_type"), commitmentType},
                  {QStringLiteral("app_no"), appNo}, {QStringLiteral("entity_code"), entityCode}, {QStringLiteral("entity_name"), entityName},
                  {QStringLiteral("item"), itemName}, {QStringLiteral("department"), department}, {QStringLiteral("method"), method},
                  {QStringLiteral("pushed_on"), iso(pushedOn)}, {QStringLiteral("due_on"), iso(dueOn)}, {QStringLiteral("status"), status},
                  {QStringLiteral("commitment_status"), commitmentStatus}, {QStringLiteral("false_commitment"), falseCommitment}};
    if (!outcome.isEmpty()) {
        o.insert(QStringLiteral("outcome"), outcome);
        o.insert(QStringLiteral("verified_on"), iso(verifiedOn));
        o.insert(QStringLiteral("verify_method"), verifyMethod);
        o.insert(QStringLiteral("verifier"), verifier);
        o.insert(QStringLiteral("notes"), notes);
    }
    if (rectifyBy.isValid())
        o.insert(QStringLiteral("rectify_by"), iso(rectifyBy));
    return o;
}

QList<VerificationTask> VerificationService::worklist(qint64 departmentId, Filter filter, const QDate &asOf, int limit) const
{
    QStringList where;
    QVariantList values;
    if (departmentId > 0) {
        where << QStringLiteral("t.department_id = ?");
        values << departmentId;
    }
    const QString today = iso(asOf);
    switch (filter) {
    case Filter::All: break;
    case Filter::Pending: where << QStringLiteral("t.status = 'pending'"); break;
    case Filter::Overdue:
        where << QStringLiteral("t.status = 'pending' AND t.due_on < ?");
        values << today;
        break;
    case Filter::DueSoon: {
        const int soon = sql::scalar(m_db.sql(), QStringLiteral("SELECT value FROM meta WHERE key = 'verification_due_soon_working_days'")).toInt();
        const QDate until = WorkingCalendar::load(m_db.sql()).addWorkingDays(asOf, qMax(soon, 0));
        where << QStringLiteral("t.status = 'pending' AND t.due_on >= ? AND t.due_on <= ?");
        values << today << iso(until);
        break;
    }
    case Filter::Done: where << QStringLiteral("t.status = 'done'"); break;
    }
    const QString order = filter == Filter::Done ? QStringLiteral(" ORDER BY t.verified_on DESC, t.id DESC") : QStringLiteral(" ORDER BY t.due_on, t.id");
    QSqlQuery q = sql::prepare(m_db.sql(), selectTask + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                                               + order + QStringLiteral(" LIMIT ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    sql::exec(q);
    return readTasks(q);
}

std::optional<VerificationTask> VerificationService::task(qint64 taskId) const
{
    QSqlQuery q = sql::exec(m_db.sql(), selectTask + QStringLiteral("WHERE t.id = ?"), {taskId});
    const QList<VerificationTask> found = readTasks(q);
    return found.isEmpty() ? std::nullopt : std::optional<VerificationTask>(found.first());
}

QList<VerificationTask> VerificationService::tasksOf(const QString &commitmentCode) const
{
    QSqlQuery q = sql::exec(m_db.sql(), selectTask + QStringLiteral("WHERE c.code = ? ORDER BY t.department_id"), {commitmentCode.trimmed()});
    return readTasks(q);
}

VerificationTask VerificationService::record(const Actor &actor, qint64 taskId, const VerificationOutcome &outcome, const QDate &asOf)
{
    if (!outcomes().contains(outcome.outcome))
        throw Error(ErrorKind::Invalid, tr("Unknown outcome \"%1\"; use fulfilled, partial, unfulfilled or false.").arg(outcome.outcome));
    if (!outcome.method.isEmpty() && !ItemCatalogue::verifyMethods().contains(outcome.method))
        throw Error(ErrorKind::Invalid, tr("Unknown verification method \"%1\".").arg(outcome.method));
    if (outcome.verifier.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Name the verifier."));
    WriteTransaction tx(m_db, actor, Permission::CommitmentVerify);
    const std::optional<VerificationTask> found = task(taskId);
    if (!found)
        throw Error(ErrorKind::NotFound, tr("There is no verification task %1.").arg(taskId));
    const VerificationTask t = *found;
    if (actor.departmentId > 0 && actor.departmentId != t.departmentId && actor.role != QLatin1String("admin"))
        throw Error(ErrorKind::Permission, tr("Task %1 belongs to %2; it can be verified only by that department.").arg(taskId).arg(t.department));
    if (t.status == QLatin1String("done"))
        throw Error(ErrorKind::Refused, tr("Task %1 (commitment %2) was already verified on %3 by %4: %5. Nothing was changed.")
                                            .arg(taskId).arg(t.commitmentCode, iso(t.verifiedOn), t.verifier, outcomeLabel(t.outcome)));
    const QDate day = outcome.verifiedOn.isValid() ? outcome.verifiedOn : asOf;
    if (day < t.pushedOn)
        throw Error(ErrorKind::Invalid, tr("The verification date %1 is before the commitment was pushed (%2).").arg(iso(day), iso(t.pushedOn)));
    if (day > asOf)
        throw Error(ErrorKind::Invalid, tr("The verification date %1 is in the future.").arg(iso(day)));

    sql::exec(tx.sql(), QStringLiteral("UPDATE verification_tasks SET status = 'done', outcome = ?, verified_on = ?, verify_method = ?, verifier = ?, notes = coalesce(?, '') "
                                       "WHERE id = ?"),
              {outcome.outcome, iso(day), outcome.method.isEmpty() ? t.method : outcome.method, outcome.verifier.trimmed(), outcome.notes, taskId});

    const QString status = outcome.outcome == QLatin1String("false") ? QStringLiteral("unfulfilled") : outcome.outcome;
    const QString newStatus = severity(status) >= severity(t.commitmentStatus) ? status : t.commitmentStatus;
    const WorkingCalendar calendar = WorkingCalendar::load(tx.sql());
    QVariant rectifyBy = t.rectifyBy.isValid() ? QVariant(iso(t.rectifyBy)) : QVariant();
    if ((status == QLatin1String("partial") || status == QLatin1String("unfulfilled")) && outcome.outcome != QLatin1String("false") && !t.rectifyBy.isValid())
        rectifyBy = iso(calendar.addWorkingDays(day, approval::metaInt(tx, QStringLiteral("rectify_working_days"), 20)));
    sql::exec(tx.sql(), QStringLiteral("UPDATE commitments SET status = ?, false_commitment = max(false_commitment, ?), status_on = ?, status_unit = ?, "
                                       "status_verifier = ?, rectify_by = ? WHERE id = ?"),
              {newStatus, outcome.outcome == QLatin1String("false") ? 1 : 0, iso(day), t.department, outcome.verifier.trimmed(), rectifyBy, t.commitmentId});

    const QString detail = QStringLiteral("%1 %2").arg(t.itemName, outcome.notes).trimmed();
    if (outcome.outcome == QLatin1String("false")) {
        recordFinding(tx, t.entityId, QStringLiteral("false_commitment"), t.commitmentCode, t.departmentId, day, detail);
        revokeLicenceOf(tx, t.commitmentId, t.commitmentCode, day);
    } else if (outcome.outcome == QLatin1String("partial")) {
        recordFinding(tx, t.entityId, QStringLiteral("partial_fulfilment"), t.commitmentCode, t.departmentId, day, detail);
    } else if (outcome.outcome == QLatin1String("unfulfilled")) {
        // R3 counts only once the rectification deadline has passed.
        recordFinding(tx, t.entityId, QStringLiteral("unfulfilled_overdue"), t.commitmentCode, t.departmentId, date(rectifyBy).addDays(1), detail);
    }
    ExchangeRecords::outboxCommitment(tx, t.commitmentId);
    approval::recomputeLight(tx, t.entityId, day);
    const VerificationTask after = *task(taskId);
    tx.audit(QStringLiteral("commitment.verify"), QStringLiteral("commitment"), t.commitmentCode,
             {{QStringLiteral("status"), t.commitmentStatus}, {QStringLiteral("task"), taskId}}, after.toJson());
    tx.commit();
    return after;
}

int VerificationService::push(WriteTransaction &tx, qint64 commitmentId, qint64 entityId, const ApprovalItem &item, const QDate &day,
                              const QString &method, const QString &reference)
{
    const QDate due = WorkingCalendar::load(tx.sql()).addWorkingDays(day, item.verifyWithinDays);
    int pushed = 0;
    for (qint64 department : item.supervisingDepartmentIds) {
        QSqlQuery q = sql::exec(tx.sql(), QStringLiteral("INSERT INTO verification_tasks(commitment_id, department_id, method, pushed_on, due_on) "
                                                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT(commitment_id, department_id) DO NOTHING"),
                                {commitmentId, department, method.isEmpty() ? item.verifyMethod : method, iso(day), iso(due)});
        pushed += q.numRowsAffected() > 0 ? 1 : 0;
        if (item.sampleRate >= 1.0)
            sql::exec(tx.sql(), QStringLiteral("INSERT OR IGNORE INTO spotcheck_mandatory(department_id, entity_id, year, reason) VALUES (?, ?, ?, ?)"),
                      {department, entityId, day.year(), QStringLiteral("告知承诺审批 %1 全覆盖核查").arg(reference)});
    }
    return pushed;
}

bool VerificationService::recordFinding(WriteTransaction &tx, qint64 entityId, const QString &kind, const QString &commitmentCode,
                                        qint64 departmentId, const QDate &validFrom, const QString &detail)
{
    return sql::exec(tx.sql(), QStringLiteral("INSERT INTO credit_findings(entity_id, kind, source_type, source_key, department_id, valid_from, detail) "
                                       "VALUES (?, ?, 'commitment', ?, ?, ?, ?) ON CONFLICT(kind, source_type, source_key) DO NOTHING"),
              {entityId, kind, commitmentCode, departmentId > 0 ? QVariant(departmentId) : QVariant(), iso(validFrom), detail})
               .numRowsAffected() > 0;
}

QString VerificationService::revokeLicenceOf(WriteTransaction &tx, qint64 commitmentId, const QString &commitmentCode, const QDate &day)
{
    // Revoke the decision granted on the false commitment: licence status 1 撤销, sent as an update.
    QSqlQuery l = sql::exec(tx.sql(), QStringLiteral("SELECT l.id, a.id, l.xk_xkbh FROM commitments c JOIN approval_applications a ON a.id = c.application_id "
                                                     "JOIN licences l ON l.application_id = a.id WHERE c.id = ? AND l.xk_zt <> '1'"),
                            {commitmentId});
    if (!l.next())
        return {};
    const qint64 licenceId = l.value(0).toLongLong();
    const QString licenceNo = l.value(2).toString();
    sql::exec(tx.sql(), QStringLiteral("UPDATE licences SET xk_zt = '1', bz = ?, updated_at = ? WHERE id = ?"),
              {QStringLiteral("%1 因虚假承诺撤销（承诺编码 %2）").arg(iso(day), commitmentCode), iso(day), licenceId});
    sql::exec(tx.sql(), QStringLiteral("UPDATE approval_applications SET status = 'revoked' WHERE id = ?"), {l.value(1).toLongLong()});
    ExchangeRecords::outboxLicence(tx, licenceId);
    return licenceNo;
}

void VerificationService::rectified(const Actor &actor, const QString &commitmentCode, const QDate &day)
{
    WriteTransaction tx(m_db, actor, Permission::CommitmentVerify);
    QSqlQuery q = sql::exec(tx.sql(), QStringLiteral("SELECT id, entity_id, status, false_commitment, rectified_on FROM commitments WHERE code = ?"),
                            {commitmentCode.trimmed()});
    if (!q.next())
        throw Error(ErrorKind::NotFound, tr("There is no commitment %1.").arg(commitmentCode.trimmed()));
    const qint64 id = q.value(0).toLongLong();
    const qint64 entityId = q.value(1).toLongLong();
    const QString status = q.value(2).toString();
    if (q.value(3).toBool())
        throw Error(ErrorKind::Refused, tr("Commitment %1 was found false; rectification does not end that record (credit repair does).").arg(commitmentCode));
    if (status != QLatin1String("partial") && status != QLatin1String("unfulfilled"))
        throw Error(ErrorKind::Refused, tr("Commitment %1 has nothing to rectify.").arg(commitmentCode));
    if (!q.value(4).toString().isEmpty())
        throw Error(ErrorKind::Refused, tr("Commitment %1 was already rectified on %2.").arg(commitmentCode, q.value(4).toString()));
    sql::exec(tx.sql(), QStringLiteral("UPDATE commitments SET rectified_on = ? WHERE id = ?"), {iso(day), id});
    sql::exec(tx.sql(), QStringLiteral("UPDATE credit_findings SET valid_to = ? WHERE source_type = 'commitment' AND source_key = ? "
                                       "AND kind IN ('partial_fulfilment', 'unfulfilled_overdue') AND valid_to IS NULL"),
              {iso(day.addDays(-1)), commitmentCode.trimmed()});
    ExchangeRecords::outboxCommitment(tx, id);
    approval::recomputeLight(tx, entityId, day);
    tx.audit(QStringLiteral("commitment.rectified"), QStringLiteral("commitment"), commitmentCode.trimmed(), {}, {{QStringLiteral("rectified_on"), iso(day)}});
    tx.commit();
}

QStringList VerificationService::outcomes()
{
    return {QStringLiteral("fulfilled"), QStringLiteral("partial"), QStringLiteral("unfulfilled"), QStringLiteral("false")};
}

QString VerificationService::outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("fulfilled")) return tr("Fulfilled");
    if (outcome == QLatin1String("partial")) return tr("Partly fulfilled");
    if (outcome == QLatin1String("unfulfilled")) return tr("Not fulfilled");
    if (outcome == QLatin1String("false")) return tr("False commitment");
    if (outcome == QLatin1String("pending")) return tr("Pending verification");
    return outcome;
}

} // namespace cl
