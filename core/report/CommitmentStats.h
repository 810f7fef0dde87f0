#pragma once

#include "ReportFilter.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace cl {

// The figures the office reports on approval by commitment (DOMAIN.md §3, issue "Numbers the office
// reports"), honouring a ReportFilter: the period counts applications decided and tasks pushed in it; the
// as-of date says which pending tasks are overdue; department = approving or supervising department of
// the item (tasks: their department); industry and town come from the entity.
struct CommitmentStats
{
    qint64 approvedTotal = 0;          // applications approved in the period, any mode
    qint64 approvedByCommitment = 0;   // … in commitment mode
    qint64 approvedByDeficiency = 0;   // … in 容缺 mode
    qint64 itemsByCommitment = 0;      // distinct items approved by commitment or 容缺
    qint64 workingDaysSaved = 0;       // Σ (ordinary time limit − working days taken) over commitment/容缺 approvals
    qint64 pushes = 0;                 // verification tasks pushed in the period
    qint64 verified = 0;               // of those, verified (done)
    qint64 overdue = 0;                // of those, pending past their due date as of asOf
    qint64 fulfilled = 0;              // verified outcomes: 全部履行
    qint64 partial = 0;
    qint64 unfulfilled = 0;
    qint64 falseCommitments = 0;
    double coverage() const { return pushes > 0 ? double(verified) / double(pushes) : 0.0; }
    double fulfilmentRate() const { return verified > 0 ? double(fulfilled) / double(verified) : 0.0; }

    QJsonObject toJson() const;
    static CommitmentStats compute(const QSqlDatabase &db, const ReportFilter &filter);
};

} // namespace cl
