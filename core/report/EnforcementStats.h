#pragma once

#include "ReportFilter.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace cl {

// Soft-enforcement figures for the dashboard (DOMAIN.md §1, §7): decisions in the filter's period (by decision
// date), of the filter's department (the case's), industry field and town (the entity's).
struct EnforcementStats
{
    qint64 decisions = 0;
    qint64 softMeasuresApplied = 0;  // decisions not to penalise, mitigated or lighter (包容审慎措施)
    qint64 entitiesBenefited = 0;    // distinct entities with a soft measure
    qint64 penaltyFreeCases = 0;     // 不予处罚
    qint64 finesNotImposedFen = 0;   // below the standard band's lower edge, summed over soft decisions
    qint64 finesImposedFen = 0;
    qint64 penalties = 0;            // penalty records created
    qint64 overrides = 0;            // decisions that differ from the recommendation (with a written reason)
    QMap<QString, qint64> byOutcome; // outcome code → decisions

    QJsonObject toJson() const;  // fines in fen (integers)
    static EnforcementStats compute(const QSqlDatabase &db, const ReportFilter &filter);
};

} // namespace cl
