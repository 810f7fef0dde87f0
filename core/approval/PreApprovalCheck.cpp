#include "PreApprovalCheck.h"

#include "db/Database.h"

#include <QJsonArray>

namespace cl {

QStringList PreApprovalResult::modesAllowed() const
{
    QStringList modes{QStringLiteral("ordinary")};
    if (commitmentAllowed)
        modes << QStringLiteral("commitment");
    if (deficiencyAllowed)
        modes << QStringLiteral("deficiency");
    return modes;
}

QJsonObject PreApprovalResult::toJson() const
{
    QJsonArray measureArray;
    for (const ApplicableMeasure &m : measures)
        measureArray.append(m.toJson());
    return {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("item"), itemCode},
            {QStringLiteral("light"), light.toJson()},
            {QStringLiteral("commitment_allowed"), commitmentAllowed},
            {QStringLiteral("commitment_refusals"), QJsonArray::fromStringList(commitmentRefusals)},
            {QStringLiteral("deficiency_allowed"), deficiencyAllowed},
            {QStringLiteral("deficiency_refusals"), QJsonArray::fromStringList(deficiencyRefusals)},
            {QStringLiteral("green_channel"), greenChannel},
            {QStringLiteral("deficiency_misses"), deficiencyMisses},
            {QStringLiteral("modes"), QJsonArray::fromStringList(modesAllowed())},
            {QStringLiteral("measures"), measureArray}};
}

PreApprovalResult PreApprovalCheck::run(Database &db, qint64 entityId, const ApprovalItem &item, const QDate &asOf)
{
    const CreditStanding standing = MeasureCatalogue::standing(db, entityId, asOf);
    PreApprovalResult r;
    r.entityId = entityId;
    r.itemCode = item.code;
    r.asOf = asOf;
    r.light = standing.light;
    r.deficiencyMisses = standing.deficiencyMisses;
    r.measures = MeasureCatalogue::applicable(db.sql(), standing);

    if (item.excluded)
        r.commitmentRefusals << tr("The item %1 is excluded from commitment mode (it touches safety, health, property or the environment).").arg(item.name);
    else if (!item.commitmentAllowed)
        r.commitmentRefusals << tr("The item %1 is not handled by commitment.").arg(item.name);
    if (item.excluded || !item.deficiencyAllowed)
        r.deficiencyRefusals << tr("The item %1 does not accept missing materials (容缺).").arg(item.name);
    bool hasSecondary = false;
    for (const ItemMaterial &m : item.materials)
        hasSecondary = hasSecondary || !m.core;
    if (!hasSecondary && r.deficiencyRefusals.isEmpty())
        r.deficiencyRefusals << tr("The item %1 has no secondary materials that could be supplied later.").arg(item.name);

    // MeasureCatalogue::applicable has already withheld the incentives a restriction says "no_" to.
    for (const ApplicableMeasure &m : r.measures) {
        const QString because = tr("%1: %2 (%3)").arg(m.measure.name, m.reason, m.measure.legalBasis);
        if (m.measure.effect == QLatin1String("no_commitment"))
            r.commitmentRefusals << because;
        else if (m.measure.effect == QLatin1String("no_deficiency"))
            r.deficiencyRefusals << because;
        else if (m.measure.effect == QLatin1String("green_channel"))
            r.greenChannel = true;
    }
    r.commitmentAllowed = r.commitmentRefusals.isEmpty();
    r.deficiencyAllowed = r.deficiencyRefusals.isEmpty();
    return r;
}

} // namespace cl
