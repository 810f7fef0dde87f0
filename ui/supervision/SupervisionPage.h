#pragma once

#include "auth/Actor.h"
#include "report/LightStats.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;
class JobRunner;
class SpotCheckPage;
class VerificationWorklistPage;

// 监管: departments' graded evaluations coming in (the import wizard and the batches imported so
// far, with the lights they add up to) and the risk-based spot-check plans.
class SupervisionPage : public QWidget
{
    Q_OBJECT

public:
    SupervisionPage(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~SupervisionPage() override;

    SpotCheckPage *spotCheckPage() const { return m_spotChecks; }
    VerificationWorklistPage *worklistPage() const { return m_worklist; }
    // Opens the import wizard (non-modal: the rest of the window stays usable while it runs).
    void openImportWizard();
    void reloadBatches();

signals:
    // An import committed evaluations: lights, and perhaps the register, have changed.
    void lightsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *evaluationsTab();
    void reloadStats();

    Database &m_db;
    Actor m_actor;
    JobRunner *m_statsRunner;
    QTabWidget *m_tabs;
    QPushButton *m_import = nullptr;
    QWidget *m_stats = nullptr;
    QList<QLabel *> m_statCounts;
    QTableWidget *m_batches = nullptr;
    ErrorLabel *m_error = nullptr;
    SpotCheckPage *m_spotChecks;
    VerificationWorklistPage *m_worklist;
    LightStats m_incomingStats;  // written by the worker
};

} // namespace cl
