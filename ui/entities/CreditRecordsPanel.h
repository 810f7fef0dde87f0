#pragma once

#include "approval/EntityApprovalRecords.h"
#include "credit/MeasureCatalogue.h"
#include "enforcement/PenaltyRecord.h"

#include <QDate>
#include <QObject>

class QLabel;
class QWidget;
class QTreeWidget;

namespace cl {

class Database;
class JobRunner;

// What an entity's credit means in practice, for its profile (DOMAIN.md §8): the incentives and restrictions
// that apply on the as-of date with why and their legal basis, and the records behind them — penalties with
// their publicity and repair, commitments with their fulfilment, licences with their status. Read on a
// worker thread (JobRunner); the tables fill when the read is done.
class CreditRecordsPanel : public QObject
{
    Q_OBJECT

public:
    // Makes two pages for the profile's tabs, children of parent until a tab takes them, and starts the read.
    CreditRecordsPanel(Database &db, qint64 entityId, const QDate &asOf, QWidget *parent);
    ~CreditRecordsPanel() override;

    QWidget *measuresPage() const { return m_measuresPage; }
    QWidget *recordsPage() const { return m_recordsPage; }
    bool isLoading() const;

signals:
    void loaded(int measureCount, int recordCount);

private:
    struct Records
    {
        QList<ApplicableMeasure> measures;
        QList<PenaltyRecord> penalties;
        QList<EntityCommitment> commitments;
        QList<EntityLicence> licences;
    };

    void showMeasures();
    void showMeasureDetail();
    void showPenalties();
    void showCommitments();
    void showLicences();
    void showFailure(const QString &message);

    qint64 m_entityId;
    QDate m_asOf;
    JobRunner *m_runner;
    Records m_records;  // written by the worker, read after JobRunner::succeeded
    QWidget *m_measuresPage;
    QWidget *m_recordsPage;
    QLabel *m_measuresStatus;
    QLabel *m_recordsStatus;
    QTreeWidget *m_measures;
    QLabel *m_measureDetail;
    QTreeWidget *m_penalties;
    QTreeWidget *m_commitments;
    QTreeWidget *m_licences;
};

} // namespace cl
