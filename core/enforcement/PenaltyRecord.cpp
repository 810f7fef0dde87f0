#include "PenaltyRecord.h"

#include "Money.h"
#include "common/Error.h"
#include "db/SqlUtil.h"

namespace cl {

namespace {

const char *const SelectPenalty =
    "SELECT id, decision_id, entity_id, department_id, decision_no, party_name, party_kind, party_code, legal_rep, violation, facts, "
    "basis, category, content, fine_fen, confiscation_fen, decided_on, severity, repair_from, publicity_end, coalesce(repaired_on, ''), "
    "authority, data_source, remark, status FROM penalties ";

PenaltyRecord readPenalty(const QSqlQuery &q)
{
    PenaltyRecord p;
    p.id = q.value(0).toLongLong();
    p.decisionId = q.value(1).toLongLong();
    p.entityId = q.value(2).toLongLong();
    p.departmentId = q.value(3).toLongLong();
    p.decisionNo = q.value(4).toString();
    p.partyName = q.value(5).toString();
    p.partyKind = q.value(6).toString();
    p.partyCode = q.value(7).toString();
    p.legalRep = q.value(8).toString();
    p.violation = q.value(9).toString();
    p.facts = q.value(10).toString();
    p.basis = q.value(11).toString();
    p.category = q.value(12).toString();
    p.content = q.value(13).toString();
    p.fineFen = q.value(14).toLongLong();
    p.confiscationFen = q.value(15).toLongLong();
    p.decidedOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    p.severity = q.value(17).toString();
    p.repairFrom = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    p.publicityEnd = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    p.repairedOn = QDate::fromString(q.value(20).toString(), Qt::ISODate);
    p.authority = q.value(21).toString();
    p.dataSource = q.value(22).toString();
    p.remark = q.value(23).toString();
    p.status = q.value(24).toString();
    return p;
}

} // namespace

PublicityPeriod PublicityPeriod::load(const QSqlDatabase &db, const QString &severity)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT version, min_months, max_months, published FROM publicity_periods WHERE severity = ? "
                                               "AND version = (SELECT max(version) FROM enforcement_rule_versions WHERE kind = 'publicity')"),
                            {severity});
    if (!q.next())
        throw Error(ErrorKind::Invalid, PenaltyRecord::tr("Unknown severity \"%1\"; use minor, general or serious.").arg(severity));
    PublicityPeriod p;
    p.severity = severity;
    p.version = q.value(0).toInt();
    p.minMonths = q.value(1).toInt();
    p.maxMonths = q.value(2).toInt();
    p.published = q.value(3).toInt() == 1;
    return p;
}

QString PenaltyRecord::stateOn(const QDate &date) const
{
    if (repairedOn.isValid() && repairedOn <= date)
        return QStringLiteral("repaired");
    if (date > publicityEnd)
        return QStringLiteral("ended");
    return QStringLiteral("in_publicity");
}

QString PenaltyRecord::severityLabel(const QString &severity)
{
    if (severity == QLatin1String("minor")) return tr("minor");
    if (severity == QLatin1String("general")) return tr("general");
    if (severity == QLatin1String("serious")) return tr("serious");
    return severity;
}

QString PenaltyRecord::stateLabel(const QString &state)
{
    if (state == QLatin1String("in_publicity")) return tr("in publicity");
    if (state == QLatin1String("repaired")) return tr("credit repaired");
    if (state == QLatin1String("ended")) return tr("publicity ended");
    return state;
}

QString PenaltyRecord::partyKindFor(const QString &entityKind)
{
    if (entityKind == QLatin1String("individual")) return QStringLiteral("个体工商户");
    if (entityKind == QLatin1String("natural_person")) return QStringLiteral("自然人");
    return QStringLiteral("法人及非法人组织");
}

QJsonObject PenaltyRecord::toPlatformJson() const
{
    return {{QStringLiteral("CF_XDR_MC"), partyName},
            {QStringLiteral("CF_XDR_LB"), partyKind},
            {QStringLiteral("CF_XDR_SHXYM"), partyCode},
            {QStringLiteral("CF_FRDB"), legalRep},
            {QStringLiteral("CF_WSH"), decisionNo},
            {QStringLiteral("CF_WFXW"), violation},
            {QStringLiteral("CF_SY"), facts},
            {QStringLiteral("CF_YJ"), basis},
            {QStringLiteral("CF_CFLB"), category},
            {QStringLiteral("CF_NR"), content},
            {QStringLiteral("CF_NR_FK"), money::wanYuanText(fineFen)},
            {QStringLiteral("CF_NR_WFFF"), money::wanYuanText(confiscationFen)},
            {QStringLiteral("CF_JDRQ"), decidedOn.toString(Qt::ISODate)},
            {QStringLiteral("CF_GSJZQ"), publicityEnd.toString(Qt::ISODate)},
            {QStringLiteral("CF_CFJG"), authority},
            {QStringLiteral("CF_CFJGDM"), QString()},
            {QStringLiteral("CF_SJLY"), dataSource},
            {QStringLiteral("BZ"), remark}};
}

QJsonObject PenaltyRecord::toJson(const QDate &asOf) const
{
    return {{QStringLiteral("decision_no"), decisionNo},
            {QStringLiteral("uscc"), partyCode},
            {QStringLiteral("name"), partyName},
            {QStringLiteral("violation"), violation},
            {QStringLiteral("category"), category},
            {QStringLiteral("fine_yuan"), money::yuanText(fineFen)},
            {QStringLiteral("decided_on"), decidedOn.toString(Qt::ISODate)},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("repair_from"), repairFrom.toString(Qt::ISODate)},
            {QStringLiteral("publicity_end"), publicityEnd.toString(Qt::ISODate)},
            {QStringLiteral("repaired_on"), repairedOn.isValid() ? repairedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("state"), stateOn(asOf)},
            {QStringLiteral("authority"), authority}};
}

std::optional<PenaltyRecord> PenaltyRecord::byId(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = sql::exec(db, QLatin1String(SelectPenalty) + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readPenalty(q);
}

std::optional<PenaltyRecord> PenaltyRecord::byDecisionNo(const QSqlDatabase &db, const QString &decisionNo)
{
    QSqlQuery q = sql::exec(db, QLatin1String(SelectPenalty) + QStringLiteral("WHERE decision_no = ? ORDER BY id LIMIT 1"), {decisionNo.trimmed()});
    if (!q.next())
        return std::nullopt;
    return readPenalty(q);
}

QList<PenaltyRecord> PenaltyRecord::ofEntity(const QSqlDatabase &db, qint64 entityId)
{
    QSqlQuery q = sql::exec(db, QLatin1String(SelectPenalty) + QStringLiteral("WHERE entity_id = ? ORDER BY decided_on, id"), {entityId});
    QList<PenaltyRecord> out;
    while (q.next())
        out << readPenalty(q);
    return out;
}

} // namespace cl
