#include "JobRunner.h"

#include "common/Error.h"
#include "db/Database.h"

#include <QThread>

namespace cl {

JobRunner::JobRunner(const Database &source, QObject *parent) : QObject(parent), m_source(source) {}

JobRunner::~JobRunner()
{
    if (m_thread) {
        // The work checks the flag between chunks; a transaction it had open rolls back.
        if (m_job)
            m_job->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool JobRunner::start(Work work)
{
    if (m_running)
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_job = std::make_shared<ImportJob>();
    m_error.clear();
    m_failed = false;
    m_running = true;

    std::shared_ptr<ImportJob> job = m_job;
    job->progress = [this](qint64 done, qint64 total) {
        // Called on the worker thread: hand over to the GUI thread (the runner outlives the
        // thread, its destructor waits), never touch widgets here.
        QMetaObject::invokeMethod(
            this, [this, done, total] {
                if (m_running)
                    emit progress(done, total);
            },
            Qt::QueuedConnection);
    };
    const Database *source = &m_source;
    m_thread = QThread::create([this, source, job, work = std::move(work)] {
        try {
            // The connection belongs to this thread: opened here, closed here when it goes.
            std::unique_ptr<Database> db = source->openSibling();
            work(*db, *job);
        } catch (const Error &e) {
            m_error = e.message();
            m_failed = true;
        } catch (const std::exception &e) {
            m_error = QString::fromLocal8Bit(e.what());
            m_failed = true;
        }
    });
    m_thread->setObjectName(QStringLiteral("JobRunner"));
    connect(m_thread, &QThread::finished, this, &JobRunner::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
    emit started();
    return true;
}

void JobRunner::cancel()
{
    if (m_running && m_job)
        m_job->cancel();
}

void JobRunner::onThreadFinished()
{
    if (!m_running)
        return;
    m_thread->wait();
    m_running = false;
    // Work that ends normally has done its job, even when Cancel came too late to stop it.
    if (m_failed)
        emit failed(m_error, m_job && m_job->cancelled());
    else
        emit succeeded();
    emit finished();
}

} // namespace cl
