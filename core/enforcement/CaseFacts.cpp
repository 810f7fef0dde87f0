#include "CaseFacts.h"

#include <QJsonArray>

namespace cl {

QStringList CaseFacts::harmCodes()
{
    return {QStringLiteral("unknown"), QStringLiteral("none"), QStringLiteral("minor"), QStringLiteral("serious")};
}

QStringList CaseFacts::groundCodes()
{
    return {QStringLiteral("eliminated_harm"), QStringLiteral("coerced"), QStringLiteral("confessed"), QStringLiteral("meritorious")};
}

QStringList CaseFacts::aggravatingCodes()
{
    return {QStringLiteral("refused_correction"), QStringLiteral("repeat_violation"), QStringLiteral("serious_consequence"),
            QStringLiteral("obstruction"), QStringLiteral("false_commitment")};
}

QString CaseFacts::harmLabel(const QString &code)
{
    if (code == QLatin1String("none")) return tr("no harmful consequence");
    if (code == QLatin1String("minor")) return tr("minor harm");
    if (code == QLatin1String("serious")) return tr("serious harm");
    return tr("harm not established");
}

QString CaseFacts::groundLabel(const QString &code)
{
    if (code == QLatin1String("eliminated_harm")) return tr("eliminated or reduced the harm on its own");
    if (code == QLatin1String("coerced")) return tr("coerced or deceived by others");
    if (code == QLatin1String("confessed")) return tr("confessed violations unknown to the authority");
    if (code == QLatin1String("meritorious")) return tr("rendered meritorious service");
    return code;
}

QString CaseFacts::aggravatingLabel(const QString &code)
{
    if (code == QLatin1String("refused_correction")) return tr("refused to correct");
    if (code == QLatin1String("repeat_violation")) return tr("repeat violation within 12 months");
    if (code == QLatin1String("serious_consequence")) return tr("serious consequence");
    if (code == QLatin1String("obstruction")) return tr("obstructed enforcement");
    if (code == QLatin1String("false_commitment")) return tr("false commitment");
    return code;
}

QStringList CaseFacts::effectiveAggravating() const
{
    QStringList out = aggravating;
    if (harm == QLatin1String("serious") && !out.contains(QLatin1String("serious_consequence")))
        out << QStringLiteral("serious_consequence");
    return out;
}

QJsonObject CaseFacts::toJson() const
{
    return {{QStringLiteral("first_violation"), firstViolation},
            {QStringLiteral("harm"), harm},
            {QStringLiteral("corrected"), corrected},
            {QStringLiteral("no_fault"), noFault},
            {QStringLiteral("grounds"), QJsonArray::fromStringList(grounds)},
            {QStringLiteral("aggravating"), QJsonArray::fromStringList(aggravating)}};
}

CaseFacts CaseFacts::fromJson(const QJsonObject &o)
{
    CaseFacts f;
    f.firstViolation = o.value(QLatin1String("first_violation")).toBool();
    f.harm = o.value(QLatin1String("harm")).toString(QStringLiteral("unknown"));
    f.corrected = o.value(QLatin1String("corrected")).toBool();
    f.noFault = o.value(QLatin1String("no_fault")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("grounds")).toArray())
        f.grounds << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("aggravating")).toArray())
        f.aggravating << v.toString();
    return f;
}

} // namespace cl
