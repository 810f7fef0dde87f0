#pragma once

#include "ImportFileChoice.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace cl {

class GradeImportWizard;
class JobRunner;

// Step 3: every row of every file checked as the import would (codes, departments, grades,
// dates), nothing written. Shows how many rows would go in and the first problems; files that
// cannot be read at all are named and left out of the import.
class ImportValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int IssuesShown = 200;

    explicit ImportValidationPage(GradeImportWizard *wizard);
    ~ImportValidationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    const QList<ImportFileOutcome> &outcomes() const { return m_outcomes; }

private:
    void start();
    void onProgress(qint64 done, qint64 total);
    void onSucceeded();
    void onFailed(const QString &message);
    void showOutcomes();

    GradeImportWizard *m_wizard;
    JobRunner *m_runner;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_files;
    QTableWidget *m_issues;
    QLabel *m_issuesLabel;
    bool m_finished = false;
    QList<ImportFileOutcome> m_outcomes;
    QList<ImportFileOutcome> m_incoming;  // written by the worker
};

} // namespace cl
