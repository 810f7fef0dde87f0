#include "EntityApprovalRecords.h"

#include "VerificationService.h"
#include "db/SqlUtil.h"

namespace cl {

namespace {
QDate day(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

QList<EntityCommitment> EntityApprovalRecords::commitments(const QSqlDatabase &db, qint64 entityId)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, code, type, reason, made_on, valid_until, status, false_commitment, status_on, "
                                               "coalesce(status_unit, ''), rectify_by, rectified_on FROM commitments WHERE entity_id = ? "
                                               "ORDER BY made_on DESC, id DESC"),
                            {entityId});
    QList<EntityCommitment> out;
    while (q.next()) {
        EntityCommitment c;
        c.id = q.value(0).toLongLong();
        c.code = q.value(1).toString();
        c.type = q.value(2).toString();
        c.reason = q.value(3).toString();
        c.madeOn = day(q.value(4));
        c.validUntil = day(q.value(5));
        c.status = q.value(6).toString();
        c.falseCommitment = q.value(7).toInt() == 1;
        c.statusOn = day(q.value(8));
        c.statusUnit = q.value(9).toString();
        c.rectifyBy = day(q.value(10));
        c.rectifiedOn = day(q.value(11));
        out << c;
    }
    return out;
}

QList<EntityLicence> EntityApprovalRecords::licences(const QSqlDatabase &db, qint64 entityId)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, xk_xkbh, xk_xkzs, xk_wsh, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_zt, bz FROM licences "
                                               "WHERE entity_id = ? ORDER BY xk_jdrq DESC, id DESC"),
                            {entityId});
    QList<EntityLicence> out;
    while (q.next()) {
        EntityLicence l;
        l.id = q.value(0).toLongLong();
        l.licenceNo = q.value(1).toString();
        l.certificate = q.value(2).toString();
        l.decisionNo = q.value(3).toString();
        l.decidedOn = day(q.value(4));
        l.validFrom = day(q.value(5));
        l.validTo = day(q.value(6));
        l.authority = q.value(7).toString();
        l.status = q.value(8).toString();
        l.remark = q.value(9).toString();
        out << l;
    }
    return out;
}

QString EntityApprovalRecords::fulfilmentLabel(const EntityCommitment &c)
{
    if (c.falseCommitment)
        return VerificationService::outcomeLabel(QStringLiteral("false"));
    return VerificationService::outcomeLabel(c.status);
}

QString EntityApprovalRecords::licenceStatusLabel(const QString &status)
{
    if (status == QLatin1String("0")) return tr("In force");
    if (status == QLatin1String("1")) return tr("Revoked");
    if (status == QLatin1String("2")) return tr("Under objection");
    if (status == QLatin1String("3")) return tr("Other");
    return status;
}

} // namespace cl
