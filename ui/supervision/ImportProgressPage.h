#pragma once

#include "ImportFileChoice.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cl {

class GradeImportWizard;
class JobRunner;

// Step 4: the import itself on a worker thread, with progress and a Cancel that stops it (the
// file being imported is rolled back whole). Moves on to the result by itself when done.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(GradeImportWizard *wizard);
    ~ImportProgressPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancelImport();

private:
    void onProgress(qint64 done, qint64 total);
    void onSucceeded();
    void onFailed(const QString &message);

    GradeImportWizard *m_wizard;
    JobRunner *m_runner;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QPushButton *m_cancel;
    QList<int> m_files;                   // indexes into the wizard's files
    QList<ImportFileOutcome> m_incoming;  // written by the worker
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace cl
