#include "ExchangeRecords.h"

#include "common/Error.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QSqlRecord>

namespace cl {

QJsonObject ExchangeRecords::licence(const QSqlDatabase &db, qint64 licenceId)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_frdb, xk_xkws, xk_wsh, xk_xklb, xk_xkzs, xk_xkbh, "
                                               "xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_zt, xk_sjly, bz FROM licences WHERE id = ?"),
                            {licenceId});
    if (!q.next())
        throw Error(ErrorKind::NotFound, QStringLiteral("licence %1").arg(licenceId));
    QJsonObject o;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        o.insert(rec.fieldName(i).toUpper(), q.value(i).toString());
    return o;
}

QString ExchangeRecords::fulfilmentLabel(const QString &status)
{
    if (status == QLatin1String("fulfilled")) return QStringLiteral("全部履行");
    if (status == QLatin1String("partial")) return QStringLiteral("部分履行");
    if (status == QLatin1String("unfulfilled")) return QStringLiteral("全部未履行");
    return QStringLiteral("待核查");
}

QJsonObject ExchangeRecords::commitment(const QSqlDatabase &db, qint64 commitmentId)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT code, type, committer_name, committer_kind, committer_code, reason, content, liability, made_on, "
                                               "coalesce(valid_until, ''), accepting_unit, publicity, status, false_commitment, coalesce(status_on, ''), "
                                               "coalesce(status_unit, ''), coalesce(status_verifier, ''), coalesce(rectify_by, ''), coalesce(rectified_on, ''), "
                                               "coalesce((SELECT i.code FROM approval_applications a JOIN approval_items i ON i.id = a.item_id "
                                               "WHERE a.id = commitments.application_id), item_code, ''), "
                                               "coalesce((SELECT min(pushed_on) FROM verification_tasks t WHERE t.commitment_id = commitments.id), '') "
                                               "FROM commitments WHERE id = ?"),
                            {commitmentId});
    if (!q.next())
        throw Error(ErrorKind::NotFound, QStringLiteral("commitment %1").arg(commitmentId));
    return {{QStringLiteral("承诺编码"), q.value(0).toString()},
            {QStringLiteral("承诺类型"), q.value(1).toString()},
            {QStringLiteral("承诺主体名称"), q.value(2).toString()},
            {QStringLiteral("承诺主体类别"), q.value(3).toString()},
            {QStringLiteral("承诺主体代码"), q.value(4).toString()},
            {QStringLiteral("承诺事由"), q.value(5).toString()},
            {QStringLiteral("承诺内容"), q.value(6).toString()},
            {QStringLiteral("违诺责任"), q.value(7).toString()},
            {QStringLiteral("承诺作出日期"), q.value(8).toString()},
            {QStringLiteral("承诺有效期至"), q.value(9).toString()},
            {QStringLiteral("承诺受理单位"), q.value(10).toString()},
            {QStringLiteral("公开类型"), q.value(11).toString()},
            {QStringLiteral("履约状态"), fulfilmentLabel(q.value(12).toString())},
            {QStringLiteral("虚假承诺"), q.value(13).toBool() ? QStringLiteral("是") : QStringLiteral("否")},
            {QStringLiteral("状态日期"), q.value(14).toString()},
            {QStringLiteral("核查单位"), q.value(15).toString()},
            {QStringLiteral("核查人"), q.value(16).toString()},
            {QStringLiteral("整改期限"), q.value(17).toString()},
            {QStringLiteral("整改完成日期"), q.value(18).toString()},
            {QStringLiteral("事项编码"), q.value(19).toString()},
            {QStringLiteral("推送日期"), q.value(20).toString()}};
}

qint64 ExchangeRecords::commitmentIdByCode(const QSqlDatabase &db, const QString &code)
{
    return sql::scalar(db, QStringLiteral("SELECT id FROM commitments WHERE code = ?"), {code.trimmed()}).toLongLong();
}

void ExchangeRecords::outboxLicence(WriteTransaction &tx, qint64 licenceId)
{
    const QJsonObject o = licence(tx.sql(), licenceId);
    tx.outbox(QStringLiteral("licence"), o.value(QStringLiteral("XK_WSH")).toString() + QLatin1Char('|') + o.value(QStringLiteral("XK_XDR_SHXYM")).toString(), o);
}

void ExchangeRecords::outboxCommitment(WriteTransaction &tx, qint64 commitmentId)
{
    const QJsonObject o = commitment(tx.sql(), commitmentId);
    tx.outbox(QStringLiteral("commitment"), o.value(QStringLiteral("承诺编码")).toString(), o);
}

} // namespace cl
