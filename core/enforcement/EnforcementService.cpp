#include "EnforcementService.h"

#include "Money.h"
#include "ViolationCatalogue.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/EntityRepository.h"

#include <QJsonDocument>
#include <algorithm>

namespace cl {

namespace {

const char *const SelectCase =
    "SELECT c.id, c.case_no, c.entity_id, e.code, e.name, c.item_id, v.code, c.first_violation, c.harm, c.corrected, c.no_fault, "
    "c.grounds, c.aggravating, c.facts_text, c.officer, c.department_id, c.found_on, c.status, coalesce(d.outcome, ''), "
    "coalesce(d.recommended_outcome, ''), coalesce(d.rule_id, ''), coalesce(d.amount_fen, 0), coalesce(d.decision_no, ''), "
    "coalesce(d.decided_on, ''), coalesce(d.override_reason, '') "
    "FROM enforcement_cases c JOIN entities e ON e.id = c.entity_id JOIN violation_items v ON v.id = c.item_id "
    "LEFT JOIN enforcement_decisions d ON d.case_id = c.id ";

EnforcementCase readCase(const QSqlQuery &q)
{
    EnforcementCase c;
    c.id = q.value(0).toLongLong();
    c.caseNo = q.value(1).toString();
    c.entityId = q.value(2).toLongLong();
    c.entityCode = q.value(3).toString();
    c.entityName = q.value(4).toString();
    c.itemId = q.value(5).toLongLong();
    c.itemCode = q.value(6).toString();
    c.facts.firstViolation = q.value(7).toInt() == 1;
    c.facts.harm = q.value(8).toString();
    c.facts.corrected = q.value(9).toInt() == 1;
    c.facts.noFault = q.value(10).toInt() == 1;
    c.facts.grounds = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.facts.aggravating = q.value(12).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.factsText = q.value(13).toString();
    c.officer = q.value(14).toString();
    c.departmentId = q.value(15).toLongLong();
    c.foundOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    c.status = q.value(17).toString();
    c.outcome = q.value(18).toString();
    c.recommendedOutcome = q.value(19).toString();
    c.ruleId = q.value(20).toString();
    c.amountFen = q.value(21).toLongLong();
    c.decisionNo = q.value(22).toString();
    c.decidedOn = QDate::fromString(q.value(23).toString(), Qt::ISODate);
    c.overrideReason = q.value(24).toString();
    return c;
}

// SQLite binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 EnforcementService::fineNotImposed(const QString &outcome, qint64 amountFen, const ViolationItem &item, const DiscretionRuleSet &rules)
{
    // What the standard band's lower edge would have been, for the soft outcomes (soft-enforcement statistics).
    if (outcome != QLatin1String("no_penalty") && outcome != QLatin1String("mitigated") && outcome != QLatin1String("lighter"))
        return 0;
    return qMax<qint64>(0, DiscretionEngine::band(QStringLiteral("standard"), item, rules).minFen - amountFen);
}

PenaltyRecord EnforcementService::penaltyFor(const EnforcementCase &c, const Entity &entity, const ViolationItem &item,
                                             const Recommendation &rec, const QString &outcome, qint64 amountFen,
                                             const QString &decisionNo, const QDate &decidedOn, const PublicityPeriod &period)
{
    PenaltyRecord p;
    p.entityId = c.entityId;
    p.departmentId = item.departmentId;
    p.decisionNo = decisionNo;
    p.partyName = entity.name;
    p.partyKind = PenaltyRecord::partyKindFor(entity.kind);
    p.partyCode = entity.code;
    p.legalRep = entity.legalRep;
    p.violation = item.name;
    p.facts = c.factsText.isEmpty() ? item.name : c.factsText;
    p.basis = item.penaltyBasis;
    p.fineFen = amountFen;
    p.category = amountFen > 0 ? QStringLiteral("罚款") : QStringLiteral("警告");
    p.content = amountFen > 0 ? QStringLiteral("罚款人民币%1元").arg(money::yuanText(amountFen)) : QStringLiteral("警告");
    p.decidedOn = decidedOn;
    p.severity = period.severity;
    p.repairFrom = period.repairFrom(decidedOn);
    p.publicityEnd = period.publicityEnd(decidedOn);
    p.authority = item.department;
    p.dataSource = QStringLiteral("CreditLoop");
    p.remark = outcome == rec.outcome
                   ? QStringLiteral("裁量：%1（%2）").arg(DiscretionEngine::outcomeChinese(outcome), rec.ruleId)
                   : QStringLiteral("裁量：%1（建议%2，%3）").arg(DiscretionEngine::outcomeChinese(outcome),
                                                              DiscretionEngine::outcomeChinese(rec.outcome), rec.ruleId);
    return p;
}

void EnforcementService::insertPenalty(const QSqlDatabase &db, PenaltyRecord &p, int publicityVersion)
{
    const QString decidedOn = p.decidedOn.toString(Qt::ISODate);
    sql::exec(db,
              QStringLiteral("INSERT INTO penalties(decision_id, entity_id, department_id, decision_no, party_name, party_kind, party_code, "
                             "legal_rep, violation, facts, basis, category, content, fine_fen, confiscation_fen, decided_on, severity, "
                             "publicity_version, repair_from, publicity_end, authority, data_source, remark) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
              {p.decisionId, p.entityId, p.departmentId, p.decisionNo, p.partyName, p.partyKind, p.partyCode, text(p.legalRep), p.violation,
               p.facts, p.basis, p.category, p.content, p.fineFen, p.confiscationFen, decidedOn, p.severity, publicityVersion,
               p.repairFrom.toString(Qt::ISODate), p.publicityEnd.toString(Qt::ISODate), p.authority, p.dataSource, p.remark});
    p.id = sql::scalar(db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    // The light integration point (DOMAIN.md §5 Y3): in publicity from the decision date to its end, unless repaired.
    sql::exec(db,
              QStringLiteral("INSERT INTO credit_findings(entity_id, kind, source_type, source_key, department_id, valid_from, valid_to, detail) "
                             "VALUES (?, 'penalty_publicity', 'penalty', ?, ?, ?, ?, ?)"),
              {p.entityId, p.decisionNo, p.departmentId, decidedOn, p.publicityEnd.toString(Qt::ISODate), p.violation});
}

Recommendation EnforcementService::recommend(qint64 entityId, const QString &itemCode, const CaseFacts &facts, const QDate &asOf) const
{
    const ViolationItem item = ViolationCatalogue(m_db).require(itemCode);
    const CreditSnapshot snapshot = CreditSnapshot::load(m_db, entityId, asOf);
    return DiscretionEngine::recommend(facts, item, snapshot, DiscretionRuleSet::load(m_db.sql()));
}

EnforcementCase EnforcementService::openCase(const Actor &actor, const NewCase &c)
{
    const ViolationItem item = ViolationCatalogue(m_db).require(c.itemCode);
    if (!EntityRepository(m_db).byId(c.entityId))
        throw Error(ErrorKind::NotFound, tr("The entity of the case is not registered."));
    if (!c.foundOn.isValid())
        throw Error(ErrorKind::Invalid, tr("The date the violation was found is required."));
    DiscretionEngine::validate(c.facts, CreditSnapshot::load(m_db, c.entityId, c.foundOn));

    WriteTransaction tx(m_db, actor, Permission::EnforceHandle);
    const QString day = c.foundOn.toString(QStringLiteral("yyyyMMdd"));
    const int serial = sql::scalar(tx.sql(), QStringLiteral("SELECT count(*) FROM enforcement_cases WHERE case_no LIKE ?"),
                                   {QStringLiteral("AJ%1%").arg(day)}).toInt() + 1;
    const QString caseNo = QStringLiteral("AJ%1%2").arg(day).arg(serial, 4, 10, QLatin1Char('0'));
    const QString officer = c.officer.trimmed().isEmpty() ? actor.auditName() : c.officer.trimmed();
    sql::exec(tx.sql(),
              QStringLiteral("INSERT INTO enforcement_cases(case_no, entity_id, item_id, first_violation, harm, corrected, no_fault, grounds, "
                             "aggravating, facts_text, officer, department_id, found_on, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
              {caseNo, c.entityId, item.id, c.facts.firstViolation ? 1 : 0, c.facts.harm, c.facts.corrected ? 1 : 0, c.facts.noFault ? 1 : 0,
               text(c.facts.grounds.join(QLatin1Char(','))), text(c.facts.aggravating.join(QLatin1Char(','))), text(c.factsText.trimmed()), officer,
               item.departmentId, c.foundOn.toString(Qt::ISODate), actor.auditName(), Clock::nowIso()});
    const qint64 id = sql::scalar(tx.sql(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    EnforcementCase created;
    {
        QSqlQuery q = sql::exec(tx.sql(), QLatin1String(SelectCase) + QStringLiteral("WHERE c.id = ?"), {id});
        q.next();
        created = readCase(q);
    }
    tx.audit(QStringLiteral("enforcement_case.open"), QStringLiteral("enforcement_case"), caseNo, {}, created.toJson());
    tx.commit();
    return created;
}

EnforcementService::DecisionResult EnforcementService::decide(const Actor &actor, const Decision &d)
{
    const std::optional<EnforcementCase> found = caseById(d.caseId);
    if (!found)
        throw Error(ErrorKind::NotFound, tr("There is no such case."));
    const EnforcementCase &c = *found;
    if (c.status != QLatin1String("open"))
        throw Error(ErrorKind::Refused, tr("Case %1 was already decided on %2.").arg(c.caseNo, c.decidedOn.toString(Qt::ISODate)));
    if (!DiscretionEngine::outcomes().contains(d.outcome))
        throw Error(ErrorKind::Invalid, tr("Unknown outcome \"%1\"; use one of: %2.").arg(d.outcome, DiscretionEngine::outcomes().join(QStringLiteral(", "))));
    if (!d.decidedOn.isValid())
        throw Error(ErrorKind::Invalid, tr("The decision date is required."));
    if (d.decidedOn < c.foundOn)
        throw Error(ErrorKind::Invalid, tr("The decision date %1 lies before the violation was found (%2).")
                                            .arg(d.decidedOn.toString(Qt::ISODate), c.foundOn.toString(Qt::ISODate)));
    if (d.amountFen < 0)
        throw Error(ErrorKind::Invalid, tr("The fine cannot be negative."));
    const ViolationItem item = *ViolationCatalogue(m_db).byId(c.itemId);
    const DiscretionRuleSet rules = DiscretionRuleSet::load(m_db.sql());
    // The credit status on the decision date; "first violation" is judged as of when the violation was found, so
    // a penalty decided since then (another case) does not contradict the case's facts.
    CreditSnapshot snapshot = CreditSnapshot::load(m_db, c.entityId, d.decidedOn);
    snapshot.recentPenalties.erase(std::remove_if(snapshot.recentPenalties.begin(), snapshot.recentPenalties.end(),
                                                  [&c](const CreditSnapshot::PriorPenalty &p) {
                                                      return p.decidedOn >= c.foundOn.toString(Qt::ISODate);
                                                  }),
                                   snapshot.recentPenalties.end());
    const Recommendation rec = DiscretionEngine::recommend(c.facts, item, snapshot, rules);
    const QString reason = d.reason.trimmed();
    if (d.outcome != rec.outcome && reason.isEmpty())
        throw Error(ErrorKind::Refused, tr("The decision (%1) differs from the recommendation (%2, rule %3): a written reason is required.")
                                            .arg(DiscretionEngine::outcomeLabel(d.outcome), DiscretionEngine::outcomeLabel(rec.outcome), rec.ruleId));
    const FineBand band = DiscretionEngine::band(d.outcome, item, rules);
    if (!band.contains(d.amountFen))
        throw Error(ErrorKind::Invalid, tr("A fine of %1 yuan is outside the legal range for %2: %3–%4 yuan (statutory range %5–%6 yuan).")
                                            .arg(money::yuanText(d.amountFen), DiscretionEngine::outcomeLabel(d.outcome),
                                                 money::yuanText(band.minFen), money::yuanText(band.maxFen),
                                                 money::yuanText(item.fineMinFen), money::yuanText(item.fineMaxFen)));
    const bool penalty = d.outcome != QLatin1String("no_penalty");
    const QString decisionNo = d.decisionNo.trimmed();
    if (penalty && decisionNo.isEmpty())
        throw Error(ErrorKind::Invalid, tr("A penalty decision needs its decision number (行政处罚决定书文号)."));
    if (penalty && PenaltyRecord::byDecisionNo(m_db.sql(), decisionNo))
        throw Error(ErrorKind::Refused, tr("The decision number %1 is already used by another penalty.").arg(decisionNo));
    QString severity = d.severity.trimmed();
    if (severity.isEmpty())
        severity = (d.outcome == QLatin1String("heavier") || c.facts.harm == QLatin1String("serious")) ? QStringLiteral("serious")
                                                                                                    : QStringLiteral("general");
    const PublicityPeriod period = PublicityPeriod::load(m_db.sql(), severity);
    const std::optional<Entity> entity = EntityRepository(m_db).byId(c.entityId);

    const qint64 notImposed = fineNotImposed(d.outcome, d.amountFen, item, rules);

    WriteTransaction tx(m_db, actor, Permission::EnforceHandle);
    const QString decidedOn = d.decidedOn.toString(Qt::ISODate);
    sql::exec(tx.sql(),
              QStringLiteral("INSERT INTO enforcement_decisions(case_id, recommended_outcome, rule_id, rule_version, recommendation, outcome, "
                             "amount_fen, fine_not_imposed_fen, decision_no, decided_on, override_reason, decided_by, decided_at) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
              {c.id, rec.outcome, rec.ruleId, rec.ruleVersion, json(rec.toJson()), d.outcome, d.amountFen, notImposed,
               decisionNo.isEmpty() ? QVariant() : QVariant(decisionNo), decidedOn, text(d.outcome != rec.outcome ? reason : QString()),
               actor.auditName(), Clock::nowIso()});
    const qint64 decisionId = sql::scalar(tx.sql(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    sql::exec(tx.sql(), QStringLiteral("UPDATE enforcement_cases SET status = 'decided' WHERE id = ?"), {c.id});

    DecisionResult result;
    result.recommendation = rec;
    if (penalty) {
        PenaltyRecord p = penaltyFor(c, *entity, item, rec, d.outcome, d.amountFen, decisionNo, d.decidedOn, period);
        p.decisionId = decisionId;
        insertPenalty(tx.sql(), p, period.version);
        tx.audit(QStringLiteral("penalty.record"), QStringLiteral("penalty"), p.recordKey(), {}, p.toPlatformJson());
        tx.outbox(QStringLiteral("penalty"), p.recordKey(), p.toPlatformJson());
        QDate lightsAsOf = Clock::today();
        const QDate latest = QDate::fromString(LightEngine::latestAsOf(tx.sql()), Qt::ISODate);
        if (latest.isValid() && latest > lightsAsOf)
            lightsAsOf = latest;
        // The stored light is today's, or later when lights were already computed (or the decision is dated) later.
        if (d.decidedOn > lightsAsOf)
            lightsAsOf = d.decidedOn;
        LightEngine(m_db).recompute(tx, lightsAsOf, {p.entityId}, false);
        result.penalty = p;
    }
    QSqlQuery q = sql::exec(tx.sql(), QLatin1String(SelectCase) + QStringLiteral("WHERE c.id = ?"), {c.id});
    q.next();
    result.decidedCase = readCase(q);
    QJsonObject after = result.decidedCase.toJson();
    after.insert(QStringLiteral("recommendation"), QJsonObject{{QStringLiteral("outcome"), rec.outcome}, {QStringLiteral("rule_id"), rec.ruleId},
                                                               {QStringLiteral("rule_version"), rec.ruleVersion},
                                                               {QStringLiteral("credit"), rec.snapshot.toJson()}});
    tx.audit(QStringLiteral("enforcement_case.decide"), QStringLiteral("enforcement_case"), c.caseNo, c.toJson(), after);
    tx.commit();
    return result;
}

std::optional<EnforcementCase> EnforcementService::caseById(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db.sql(), QLatin1String(SelectCase) + QStringLiteral("WHERE c.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readCase(q);
}

std::optional<EnforcementCase> EnforcementService::caseByNo(const QString &caseNo) const
{
    QSqlQuery q = sql::exec(m_db.sql(), QLatin1String(SelectCase) + QStringLiteral("WHERE c.case_no = ?"), {caseNo.trimmed().toUpper()});
    if (!q.next())
        return std::nullopt;
    return readCase(q);
}

QList<EnforcementCase> EnforcementService::cases(qint64 entityId, int limit) const
{
    QSqlQuery q = entityId > 0
                      ? sql::exec(m_db.sql(), QLatin1String(SelectCase) + QStringLiteral("WHERE c.entity_id = ? ORDER BY c.id DESC LIMIT ?"), {entityId, limit})
                      : sql::exec(m_db.sql(), QLatin1String(SelectCase) + QStringLiteral("ORDER BY c.id DESC LIMIT ?"), {limit});
    QList<EnforcementCase> out;
    while (q.next())
        out << readCase(q);
    return out;
}

} // namespace cl
