#include "CreditSnapshot.h"

#include "credit/LightDecision.h"
#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QJsonArray>
#include <QSet>

namespace cl {

int CreditSnapshot::favourability(const QString &light)
{
    if (light == QLatin1String("green")) return 3;
    if (light == QLatin1String("grey")) return 2;
    if (light == QLatin1String("yellow")) return 1;
    return 0;
}

QJsonObject CreditSnapshot::toJson() const
{
    QJsonArray r, ignored, prior;
    for (const LightReason &x : reasons)
        r.append(x.toJson());
    for (const LightReason &x : riskOnlyIgnored)
        ignored.append(x.toJson());
    for (const PriorPenalty &p : recentPenalties)
        prior.append(QJsonObject{{QStringLiteral("decision_no"), p.decisionNo},
                                 {QStringLiteral("decided_on"), p.decidedOn},
                                 {QStringLiteral("violation"), p.violation}});
    return {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("light"), light},
            {QStringLiteral("light_rule_id"), lightRuleId},
            {QStringLiteral("credit_light"), creditLight},
            {QStringLiteral("credit_rule_id"), creditRuleId},
            {QStringLiteral("reasons"), r},
            {QStringLiteral("risk_only_ignored"), ignored},
            {QStringLiteral("recent_penalties"), prior}};
}

CreditSnapshot CreditSnapshot::fromJson(const QJsonObject &o)
{
    CreditSnapshot s;
    s.asOf = QDate::fromString(o.value(QLatin1String("as_of")).toString(), Qt::ISODate);
    s.light = o.value(QLatin1String("light")).toString();
    s.lightRuleId = o.value(QLatin1String("light_rule_id")).toString();
    s.creditLight = o.value(QLatin1String("credit_light")).toString();
    s.creditRuleId = o.value(QLatin1String("credit_rule_id")).toString();
    auto reasonsOf = [](const QJsonArray &a) {
        QList<LightReason> out;
        for (const QJsonValue &v : a) {
            const QJsonObject x = v.toObject();
            LightReason r;
            r.ruleId = x.value(QLatin1String("rule_id")).toString();
            r.source = x.value(QLatin1String("source")).toString();
            r.key = x.value(QLatin1String("key")).toString();
            r.kind = x.value(QLatin1String("kind")).toString();
            r.department = x.value(QLatin1String("department")).toString();
            r.rawGrade = x.value(QLatin1String("raw_grade")).toString();
            r.level = x.value(QLatin1String("level")).toString();
            r.date = x.value(QLatin1String("date")).toString();
            r.validFrom = x.value(QLatin1String("valid_from")).toString();
            r.validTo = x.value(QLatin1String("valid_to")).toString();
            r.detail = x.value(QLatin1String("detail")).toString();
            out << r;
        }
        return out;
    };
    s.reasons = reasonsOf(o.value(QLatin1String("reasons")).toArray());
    s.riskOnlyIgnored = reasonsOf(o.value(QLatin1String("risk_only_ignored")).toArray());
    for (const QJsonValue &v : o.value(QLatin1String("recent_penalties")).toArray()) {
        const QJsonObject x = v.toObject();
        s.recentPenalties << PriorPenalty{x.value(QLatin1String("decision_no")).toString(), x.value(QLatin1String("decided_on")).toString(),
                                          x.value(QLatin1String("violation")).toString()};
    }
    return s;
}

CreditSnapshot CreditSnapshot::load(Database &db, qint64 entityId, const QDate &asOf)
{
    CreditSnapshot s;
    s.asOf = asOf;
    const QSqlDatabase conn = db.sql();
    const LightDecision decision(LightEngine::rules(conn), LightEngine::currentRuleVersion(conn), conn);
    LightFacts stream = LightFacts::load(db.raw(), asOf, &entityId);
    EntityFacts facts;
    if (!stream.next(facts))
        facts.entityId = entityId;
    const LightResult full = decision.result(facts, asOf);
    s.light = s.creditLight = full.light;
    s.lightRuleId = s.creditRuleId = full.ruleId;
    s.reasons = full.reasons;

    QSet<QString> riskOnly;
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT code FROM grade_schemes WHERE risk_only = 1"));
    while (q.next())
        riskOnly.insert(q.value(0).toString());
    EntityFacts credit = facts;
    std::vector<const LightFact *> removed;
    credit.facts.clear();
    for (const LightFact &f : facts.facts) {
        if (f.source == LightFact::Evaluation && riskOnly.contains(QString::fromStdString(f.kind)))
            continue;
        credit.facts.push_back(f);
    }
    if (credit.facts.size() != facts.facts.size()) {
        const LightResult without = decision.result(credit, asOf);
        if (favourability(without.light) > favourability(full.light)) {
            s.creditLight = without.light;
            s.creditRuleId = without.ruleId;
            s.reasons = without.reasons;
            for (const LightReason &r : full.reasons)
                if (r.source == QLatin1String("evaluation") && riskOnly.contains(r.kind))
                    s.riskOnlyIgnored << r;
        }
    }

    QSqlQuery p = sql::exec(conn, QStringLiteral("SELECT decision_no, decided_on, violation FROM penalties WHERE entity_id = ? AND decided_on <= ? "
                                                 "AND decided_on > ? AND status <> '1' ORDER BY decided_on, id"),
                            {entityId, asOf.toString(Qt::ISODate), asOf.addMonths(-12).toString(Qt::ISODate)});
    while (p.next())
        s.recentPenalties << PriorPenalty{p.value(0).toString(), p.value(1).toString(), p.value(2).toString()};
    return s;
}

} // namespace cl
