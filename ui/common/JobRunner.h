#pragma once

#include "supervision/ImportJob.h"

#include <QObject>
#include <functional>
#include <memory>

class QThread;

namespace cl {

class Database;

// Runs one piece of long work off the GUI thread (STYLE.md #4): a QThread of its own, a store
// connection opened on that thread (Database::openSibling), an ImportJob carrying the cancel flag
// and the progress callback. Progress and the outcome arrive on the GUI thread as signals; the
// work hands its result back by writing to state the caller owns, which the caller reads only
// after succeeded() (the thread has ended by then).
//
//   m_runner->start([this](Database &db, ImportJob &job) { m_result = Importer(db).run(..., &job); });
//
// One job at a time per runner. Destroying a running runner cancels the job and waits for it.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(Database &db, ImportJob &job)>;

    // source is asked for openSibling() from the worker thread; it must outlive the runner.
    explicit JobRunner(const Database &source, QObject *parent = nullptr);
    ~JobRunner() override;

    // False (and nothing started) while a job is running.
    bool start(Work work);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_job && m_job->cancelled(); }

signals:
    void started();
    void progress(qint64 done, qint64 total);
    void succeeded();
    // The work threw cl::Error. cancelled: Cancel had been asked for (the message says what was kept).
    void failed(const QString &message, bool cancelled);
    // After succeeded() or failed(); the runner is free again.
    void finished();

private:
    void onThreadFinished();

    const Database &m_source;
    QThread *m_thread = nullptr;
    std::shared_ptr<ImportJob> m_job;
    bool m_running = false;
    // Written by the worker before it ends, read on the GUI thread after QThread::finished.
    QString m_error;
    bool m_failed = false;
};

} // namespace cl
