#include "DiscretionEngine.h"

#include "Money.h"
#include "common/Error.h"
#include "db/SqlUtil.h"

#include <QJsonArray>

namespace cl {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << s.trimmed();
    return out;
}

QStringList factsHeld(const CaseFacts &f)
{
    QStringList held;
    if (f.noFault) held << QStringLiteral("no_fault");
    if (f.corrected) held << QStringLiteral("corrected");
    if (f.firstViolation) held << QStringLiteral("first_violation");
    if (!f.grounds.isEmpty()) held << QStringLiteral("art32_ground");
    if (!f.effectiveAggravating().isEmpty()) held << QStringLiteral("aggravating");
    return held;
}

} // namespace

int DiscretionRuleSet::currentVersion(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT max(version) FROM enforcement_rule_versions WHERE kind = 'discretion'")).toInt();
}

DiscretionRuleSet DiscretionRuleSet::load(const QSqlDatabase &db, int version)
{
    DiscretionRuleSet set;
    set.version = version < 0 ? currentVersion(db) : version;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT rule_id, priority, require_facts, harm, lights, soft_list, outcome, alternatives, "
                                               "legal_basis, description FROM discretion_rules WHERE version = ? ORDER BY priority"),
                            {set.version});
    while (q.next())
        set.rules << DiscretionRule{q.value(0).toString(), q.value(1).toInt(), splitList(q.value(2).toString()),
                                    splitList(q.value(3).toString()), splitList(q.value(4).toString()), q.value(5).toInt() == 1,
                                    q.value(6).toString(), splitList(q.value(7).toString()), q.value(8).toString(), q.value(9).toString()};
    QSqlQuery b = sql::exec(db, QStringLiteral("SELECT outcome, low_percent, high_percent FROM fine_bands WHERE version = ?"), {set.version});
    while (b.next())
        set.bands.insert(b.value(0).toString(), {b.value(1).toInt(), b.value(2).toInt()});
    if (set.rules.isEmpty())
        throw Error(ErrorKind::Database, DiscretionEngine::tr("The discretion rules of version %1 are missing.").arg(set.version));
    return set;
}

QJsonObject FineBand::toJson() const
{
    return {{QStringLiteral("outcome"), outcome},
            {QStringLiteral("min_yuan"), money::yuanText(minFen)},
            {QStringLiteral("max_yuan"), money::yuanText(maxFen)},
            {QStringLiteral("below_minimum"), belowMinimum}};
}

QJsonObject Recommendation::toJson() const
{
    QJsonArray alts;
    for (const FineBand &b : alternativeBands)
        alts.append(QJsonObject{{QStringLiteral("outcome"), b.outcome}, {QStringLiteral("fine_band"), b.toJson()}});
    return {{QStringLiteral("outcome"), outcome},
            {QStringLiteral("rule_id"), ruleId},
            {QStringLiteral("rule_version"), ruleVersion},
            {QStringLiteral("rule"), ruleDescription},
            {QStringLiteral("legal_basis"), legalBasis},
            {QStringLiteral("alternatives"), alts},
            {QStringLiteral("fine_band"), band.toJson()},
            {QStringLiteral("order_to_correct"), orderToCorrect},
            {QStringLiteral("reasoning"), QJsonArray::fromStringList(reasoning)},
            {QStringLiteral("credit"), snapshot.toJson()}};
}

QStringList DiscretionEngine::outcomes()
{
    return {QStringLiteral("no_penalty"), QStringLiteral("mitigated"), QStringLiteral("lighter"), QStringLiteral("standard"),
            QStringLiteral("heavier")};
}

QString DiscretionEngine::outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("no_penalty")) return tr("no penalty");
    if (outcome == QLatin1String("mitigated")) return tr("mitigated penalty");
    if (outcome == QLatin1String("lighter")) return tr("lighter penalty");
    if (outcome == QLatin1String("standard")) return tr("standard penalty");
    if (outcome == QLatin1String("heavier")) return tr("heavier penalty");
    return outcome;
}

QString DiscretionEngine::outcomeChinese(const QString &outcome)
{
    if (outcome == QLatin1String("no_penalty")) return QStringLiteral("不予处罚");
    if (outcome == QLatin1String("mitigated")) return QStringLiteral("减轻");
    if (outcome == QLatin1String("lighter")) return QStringLiteral("从轻");
    if (outcome == QLatin1String("standard")) return QStringLiteral("一般");
    if (outcome == QLatin1String("heavier")) return QStringLiteral("从重");
    return outcome;
}

QString DiscretionEngine::factLabel(const QString &fact)
{
    if (fact == QLatin1String("no_fault")) return tr("no subjective fault proven");
    if (fact == QLatin1String("corrected")) return tr("corrected in time");
    if (fact == QLatin1String("first_violation")) return tr("first violation");
    if (fact == QLatin1String("art32_ground")) return tr("a ground of Art. 32");
    if (fact == QLatin1String("aggravating")) return tr("an aggravating factor");
    return fact;
}

void DiscretionEngine::validate(const CaseFacts &f, const CreditSnapshot &snapshot)
{
    if (!CaseFacts::harmCodes().contains(f.harm))
        throw Error(ErrorKind::Invalid, tr("Unknown harm \"%1\"; use one of: %2.").arg(f.harm, CaseFacts::harmCodes().join(QStringLiteral(", "))));
    for (const QString &g : f.grounds)
        if (!CaseFacts::groundCodes().contains(g))
            throw Error(ErrorKind::Invalid, tr("Unknown Art. 32 ground \"%1\"; use one of: %2.").arg(g, CaseFacts::groundCodes().join(QStringLiteral(", "))));
    for (const QString &a : f.aggravating)
        if (!CaseFacts::aggravatingCodes().contains(a))
            throw Error(ErrorKind::Invalid, tr("Unknown aggravating factor \"%1\"; use one of: %2.").arg(a, CaseFacts::aggravatingCodes().join(QStringLiteral(", "))));
    if (f.corrected && f.aggravating.contains(QLatin1String("refused_correction")))
        throw Error(ErrorKind::Invalid, tr("The facts contradict each other: the party cannot both have corrected in time and refused to correct."));
    if (f.firstViolation && f.aggravating.contains(QLatin1String("repeat_violation")))
        throw Error(ErrorKind::Invalid, tr("The facts contradict each other: a first violation cannot be a repeat violation."));
    if ((f.harm == QLatin1String("none") || f.harm == QLatin1String("minor")) && f.aggravating.contains(QLatin1String("serious_consequence")))
        throw Error(ErrorKind::Invalid, tr("The facts contradict each other: %1 and a serious consequence.").arg(CaseFacts::harmLabel(f.harm)));
    if (f.firstViolation && !snapshot.recentPenalties.isEmpty()) {
        const CreditSnapshot::PriorPenalty &p = snapshot.recentPenalties.constLast();
        throw Error(ErrorKind::Invalid, tr("The records contradict \"first violation\": penalty decision %1 of %2 lies within the last 12 months.")
                                            .arg(p.decisionNo, p.decidedOn));
    }
}

FineBand DiscretionEngine::band(const QString &outcome, const ViolationItem &item, const DiscretionRuleSet &rules)
{
    FineBand b;
    b.outcome = outcome;
    const qint64 lo = item.fineMinFen, hi = item.fineMaxFen, range = hi - lo;
    if (outcome == QLatin1String("no_penalty"))
        return b;
    if (outcome == QLatin1String("mitigated")) {
        b.belowMinimum = true;
        b.maxFen = lo > 0 ? lo - 1 : 0;
        return b;
    }
    const QPair<int, int> pct = rules.bands.value(outcome, {0, 100});
    // Rounded to the fen; the edges of neighbouring bands coincide, so a boundary amount fits both.
    b.minFen = lo + (range * pct.first + 50) / 100;
    b.maxFen = lo + (range * pct.second + 50) / 100;
    return b;
}

Recommendation DiscretionEngine::recommend(const CaseFacts &facts, const ViolationItem &item, const CreditSnapshot &snapshot,
                                           const DiscretionRuleSet &rules)
{
    validate(facts, snapshot);
    const QStringList held = factsHeld(facts);
    Recommendation r;
    r.ruleVersion = rules.version;
    r.snapshot = snapshot;
    const QString light = snapshot.creditLight;
    r.reasoning << tr("Credit light as of %1: %2 (rule %3).").arg(snapshot.asOf.toString(Qt::ISODate), LightEngine::lightLabel(light), snapshot.creditRuleId);
    if (!snapshot.riskOnlyIgnored.isEmpty())
        r.reasoning << tr("The market-supervision risk classification (not a credit evaluation) is not held against the party; "
                          "with it the light would be %1.").arg(LightEngine::lightLabel(snapshot.light));
    r.reasoning << (item.onSoftList() ? tr("Item %1 is on the soft-enforcement list (no. %2).").arg(item.code).arg(item.softSeq)
                                      : tr("Item %1 is not on the soft-enforcement list.").arg(item.code));
    for (const DiscretionRule &rule : rules.rules) {
        QStringList missing;
        for (const QString &need : rule.requireFacts)
            if (!held.contains(need))
                missing << factLabel(need);
        if (!rule.harm.isEmpty() && !rule.harm.contains(facts.harm))
        {
            QStringList harms;
            for (const QString &h : rule.harm)
                harms << CaseFacts::harmLabel(h);
            missing << tr("%1 (here: %2)").arg(harms.join(QLatin1Char('/')), CaseFacts::harmLabel(facts.harm));
        }
        if (!rule.lights.isEmpty() && !rule.lights.contains(light)) {
            QStringList names;
            for (const QString &l : rule.lights)
                names << LightEngine::lightLabel(l);
            missing << tr("light %1 (here: %2)").arg(names.join(QLatin1Char('/')), LightEngine::lightLabel(light));
        }
        if (rule.softList && !item.onSoftList())
            missing << tr("item on the soft-enforcement list");
        if (!missing.isEmpty()) {
            r.reasoning << tr("%1 does not apply: it needs %2.").arg(rule.ruleId, missing.join(QStringLiteral(", ")));
            continue;
        }
        r.outcome = rule.outcome;
        r.ruleId = rule.ruleId;
        r.ruleDescription = rule.description;
        r.legalBasis = rule.legalBasis;
        r.alternatives = rule.alternatives;
        r.reasoning << tr("%1 applies (%2): %3.").arg(rule.ruleId, rule.description, outcomeLabel(rule.outcome));
        break;
    }
    if (r.ruleId.isEmpty())
        throw Error(ErrorKind::Database, tr("No discretion rule of version %1 matches; the rule set needs a final rule without conditions.").arg(rules.version));
    r.band = band(r.outcome, item, rules);
    for (const QString &alt : r.alternatives)
        r.alternativeBands << band(alt, item, rules);
    r.orderToCorrect = r.outcome == QLatin1String("no_penalty") || r.outcome == QLatin1String("mitigated");
    r.reasoning << tr("Statutory fine range %1–%2 yuan (%3).").arg(money::yuanText(item.fineMinFen), money::yuanText(item.fineMaxFen), item.penaltyBasis);
    if (r.outcome == QLatin1String("no_penalty"))
        r.reasoning << tr("No fine; order the party to correct and educate it. Refusal to correct means a penalty.");
    else if (r.outcome == QLatin1String("mitigated"))
        r.reasoning << tr("Fine below the statutory minimum: 0–%1 yuan (0: a lighter type of penalty, e.g. a warning); order the party to correct.")
                           .arg(money::yuanText(r.band.maxFen));
    else
        r.reasoning << tr("Fine band for %1: %2–%3 yuan.").arg(outcomeLabel(r.outcome), money::yuanText(r.band.minFen), money::yuanText(r.band.maxFen));
    return r;
}

} // namespace cl
