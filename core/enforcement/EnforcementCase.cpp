#include "EnforcementCase.h"

#include "Money.h"

namespace cl {

QJsonObject EnforcementCase::toJson() const
{
    QJsonObject o{{QStringLiteral("case_no"), caseNo},
                  {QStringLiteral("uscc"), entityCode},
                  {QStringLiteral("name"), entityName},
                  {QStringLiteral("item"), itemCode},
                  {QStringLiteral("facts"), facts.toJson()},
                  {QStringLiteral("facts_text"), factsText},
                  {QStringLiteral("officer"), officer},
                  {QStringLiteral("found_on"), foundOn.toString(Qt::ISODate)},
                  {QStringLiteral("status"), status}};
    if (status == QLatin1String("decided")) {
        o.insert(QStringLiteral("decision"),
                 QJsonObject{{QStringLiteral("outcome"), outcome},
                             {QStringLiteral("recommended"), recommendedOutcome},
                             {QStringLiteral("rule_id"), ruleId},
                             {QStringLiteral("amount_yuan"), money::yuanText(amountFen)},
                             {QStringLiteral("decision_no"), decisionNo},
                             {QStringLiteral("decided_on"), decidedOn.toString(Qt::ISODate)},
                             {QStringLiteral("override_reason"), overrideReason}});
    }
    return o;
}

} // namespace cl
