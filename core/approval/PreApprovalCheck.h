#pragma once

#include "ApprovalItem.h"
#include "credit/MeasureCatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace cl {

class Database;

// The pre-approval credit check (批前信用核验) of DOMAIN.md §3, stored with every application as a snapshot:
// the light and its reasons, the applicable §8 measures with why, and what the applicant may choose.
// Eligibility is read from the measure catalogue (restrictions with effect no_commitment / no_deficiency /
// no_green_channel, incentives with effect green_channel) and from the item's flags, so the matrix is data.
struct PreApprovalResult
{
    qint64 entityId = 0;
    QString itemCode;
    QDate asOf;
    LightResult light;
    QList<ApplicableMeasure> measures;
    bool commitmentAllowed = false;
    QStringList commitmentRefusals;   // why commitment mode is refused (empty when allowed)
    bool deficiencyAllowed = false;
    QStringList deficiencyRefusals;
    bool greenChannel = false;
    int deficiencyMisses = 0;

    QStringList modesAllowed() const;  // ordinary always first
    QJsonObject toJson() const;
};

class PreApprovalCheck
{
    Q_DECLARE_TR_FUNCTIONS(PreApprovalCheck)

public:
    static PreApprovalResult run(Database &db, qint64 entityId, const ApprovalItem &item, const QDate &asOf);
};

} // namespace cl
