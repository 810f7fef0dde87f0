#include "CreditRepair.h"

#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QRegularExpression>

namespace cl {

namespace {

const char *const SelectApplication =
    "SELECT r.id, r.penalty_id, p.decision_no, r.applied_on, r.commitment_code, r.commitment_content, r.status, "
    "coalesce(r.decided_on, ''), r.decision_note FROM penalty_repairs r JOIN penalties p ON p.id = r.penalty_id ";

CreditRepair::Application readApplication(const QSqlQuery &q)
{
    CreditRepair::Application a;
    a.id = q.value(0).toLongLong();
    a.penaltyId = q.value(1).toLongLong();
    a.decisionNo = q.value(2).toString();
    a.appliedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    a.commitmentCode = q.value(4).toString();
    a.commitmentContent = q.value(5).toString();
    a.status = q.value(6).toString();
    a.decidedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    a.note = q.value(8).toString();
    return a;
}

} // namespace

QJsonObject CreditRepair::Application::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("decision_no"), decisionNo},
            {QStringLiteral("applied_on"), appliedOn.toString(Qt::ISODate)},
            {QStringLiteral("commitment_code"), commitmentCode},
            {QStringLiteral("commitment_content"), commitmentContent},
            {QStringLiteral("status"), status},
            {QStringLiteral("decided_on"), decidedOn.isValid() ? decidedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("note"), note}};
}

QJsonObject CreditRepair::platformJson(const PenaltyRecord &p, const Application &a)
{
    QJsonObject o = p.toPlatformJson();
    o.insert(QStringLiteral("XF_RQ"), p.repairedOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("XF_CNBM"), a.commitmentCode);
    o.insert(QStringLiteral("XF_CNLX"), QStringLiteral("信用修复型"));
    return o;
}

std::optional<CreditRepair::Application> CreditRepair::application(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db.sql(), QLatin1String(SelectApplication) + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readApplication(q);
}

QList<CreditRepair::Application> CreditRepair::applications(qint64 penaltyId) const
{
    QSqlQuery q = sql::exec(m_db.sql(), QLatin1String(SelectApplication) + QStringLiteral("WHERE r.penalty_id = ? ORDER BY r.id"), {penaltyId});
    QList<Application> out;
    while (q.next())
        out << readApplication(q);
    return out;
}

CreditRepair::Application CreditRepair::apply(const Actor &actor, qint64 penaltyId, const QDate &appliedOn, const QString &commitmentCode,
                                              const QString &commitmentContent)
{
    const std::optional<PenaltyRecord> p = PenaltyRecord::byId(m_db.sql(), penaltyId);
    if (!p)
        throw Error(ErrorKind::NotFound, tr("There is no such penalty record."));
    if (!appliedOn.isValid())
        throw Error(ErrorKind::Invalid, tr("The application date is required."));
    const QString state = p->stateOn(appliedOn);
    if (state == QLatin1String("repaired"))
        throw Error(ErrorKind::Refused, tr("The penalty %1 was already repaired on %2.").arg(p->decisionNo, p->repairedOn.toString(Qt::ISODate)));
    if (state == QLatin1String("ended"))
        throw Error(ErrorKind::Refused, tr("The publicity of penalty %1 ended on %2; it no longer needs repair.")
                                            .arg(p->decisionNo, p->publicityEnd.toString(Qt::ISODate)));
    if (appliedOn < p->repairFrom)
        throw Error(ErrorKind::Refused, tr("Repair of penalty %1 (%2) can be applied for from %3, after the minimum publicity period.")
                                            .arg(p->decisionNo, PenaltyRecord::severityLabel(p->severity), p->repairFrom.toString(Qt::ISODate)));
    static const QRegularExpression codeRe(QStringLiteral("^\\d{20}$"));
    const QString code = commitmentCode.trimmed();
    if (!codeRe.match(code).hasMatch())
        throw Error(ErrorKind::Invalid, tr("\"%1\" is not a commitment code (20 digits: division code, date, serial).").arg(code));
    if (commitmentContent.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("A credit-repair commitment needs its content."));
    for (const Application &a : applications(penaltyId))
        if (a.status == QLatin1String("applied"))
            throw Error(ErrorKind::Refused, tr("An application to repair penalty %1 is already pending (of %2).")
                                                .arg(p->decisionNo, a.appliedOn.toString(Qt::ISODate)));

    WriteTransaction tx(m_db, actor, Permission::EnforceHandle);
    sql::exec(tx.sql(),
              QStringLiteral("INSERT INTO penalty_repairs(penalty_id, applied_on, commitment_code, commitment_content, applied_by) VALUES (?,?,?,?,?)"),
              {penaltyId, appliedOn.toString(Qt::ISODate), code, commitmentContent.trimmed(), actor.auditName()});
    const qint64 id = sql::scalar(tx.sql(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    QSqlQuery q = sql::exec(tx.sql(), QLatin1String(SelectApplication) + QStringLiteral("WHERE r.id = ?"), {id});
    q.next();
    const Application a = readApplication(q);
    tx.audit(QStringLiteral("repair.apply"), QStringLiteral("penalty"), p->recordKey(), {}, a.toJson());
    tx.commit();
    return a;
}

PenaltyRecord CreditRepair::grant(const Actor &actor, qint64 applicationId, const QDate &grantedOn)
{
    const std::optional<Application> a = application(applicationId);
    if (!a)
        throw Error(ErrorKind::NotFound, tr("There is no such repair application."));
    if (a->status != QLatin1String("applied"))
        throw Error(ErrorKind::Refused, tr("The repair application was already decided (%1).").arg(a->status));
    if (!grantedOn.isValid() || grantedOn < a->appliedOn)
        throw Error(ErrorKind::Invalid, tr("The grant date cannot lie before the application (%1).").arg(a->appliedOn.toString(Qt::ISODate)));
    PenaltyRecord p = *PenaltyRecord::byId(m_db.sql(), a->penaltyId);
    if (p.stateOn(grantedOn) == QLatin1String("ended"))
        throw Error(ErrorKind::Refused, tr("The publicity of penalty %1 ended on %2; it no longer needs repair.")
                                            .arg(p.decisionNo, p.publicityEnd.toString(Qt::ISODate)));
    const QJsonObject before = p.toPlatformJson();
    const QString date = grantedOn.toString(Qt::ISODate);

    WriteTransaction tx(m_db, actor, Permission::EnforceHandle);
    sql::exec(tx.sql(), QStringLiteral("UPDATE penalty_repairs SET status = 'granted', decided_on = ?, decided_by = ? WHERE id = ?"),
              {date, actor.auditName(), applicationId});
    sql::exec(tx.sql(), QStringLiteral("UPDATE penalties SET repaired_on = ? WHERE id = ?"), {date, p.id});
    sql::exec(tx.sql(), QStringLiteral("UPDATE credit_findings SET repaired_on = ? WHERE kind = 'penalty_publicity' AND source_type = 'penalty' "
                                       "AND source_key = ?"),
              {date, p.decisionNo});
    p.repairedOn = grantedOn;
    Application granted = *a;
    granted.status = QStringLiteral("granted");
    granted.decidedOn = grantedOn;
    const QJsonObject payload = platformJson(p, granted);
    tx.audit(QStringLiteral("repair.grant"), QStringLiteral("penalty"), p.recordKey(), before, payload);
    tx.outbox(QStringLiteral("repair"), p.recordKey(), payload);
    QDate lightsAsOf = Clock::today();
    const QDate latest = QDate::fromString(LightEngine::latestAsOf(tx.sql()), Qt::ISODate);
    if (latest.isValid() && latest > lightsAsOf)
        lightsAsOf = latest;
    // The stored light is today's, or later when lights were already computed (or the event is dated) later.
    if (grantedOn > lightsAsOf)
        lightsAsOf = grantedOn;
    LightEngine(m_db).recompute(tx, lightsAsOf, {p.entityId}, false);
    tx.commit();
    return p;
}

CreditRepair::Application CreditRepair::reject(const Actor &actor, qint64 applicationId, const QDate &decidedOn, const QString &note)
{
    const std::optional<Application> a = application(applicationId);
    if (!a)
        throw Error(ErrorKind::NotFound, tr("There is no such repair application."));
    if (a->status != QLatin1String("applied"))
        throw Error(ErrorKind::Refused, tr("The repair application was already decided (%1).").arg(a->status));
    if (note.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Rejecting a repair application needs a written reason."));
    WriteTransaction tx(m_db, actor, Permission::EnforceHandle);
    sql::exec(tx.sql(), QStringLiteral("UPDATE penalty_repairs SET status = 'rejected', decided_on = ?, decided_by = ?, decision_note = ? WHERE id = ?"),
              {decidedOn.toString(Qt::ISODate), actor.auditName(), note.trimmed(), applicationId});
    Application r = *a;
    r.status = QStringLiteral("rejected");
    r.decidedOn = decidedOn;
    r.note = note.trimmed();
    tx.audit(QStringLiteral("repair.reject"), QStringLiteral("penalty"), a->decisionNo, a->toJson(), r.toJson());
    tx.commit();
    return r;
}

} // namespace cl
