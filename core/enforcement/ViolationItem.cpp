#include "ViolationItem.h"

#include "Money.h"

namespace cl {

QJsonObject ViolationItem::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("domain"), domain},
                  {QStringLiteral("department"), department},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("violation_basis"), violationBasis},
                  {QStringLiteral("penalty_basis"), penaltyBasis},
                  {QStringLiteral("fine_min_yuan"), money::yuanText(fineMinFen)},
                  {QStringLiteral("fine_max_yuan"), money::yuanText(fineMaxFen)},
                  {QStringLiteral("soft_list"), onSoftList()},
                  {QStringLiteral("active"), active}};
    if (onSoftList()) {
        o.insert(QStringLiteral("soft_seq"), softSeq);
        o.insert(QStringLiteral("soft_level"), softLevel);
        o.insert(QStringLiteral("soft_conditions"), softConditions);
    }
    return o;
}

} // namespace cl
