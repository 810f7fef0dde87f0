#include "LatestQuery.h"

#include "JobRunner.h"

namespace cl {

LatestQuery::LatestQuery(const Database &source, QObject *parent) : QObject(parent), m_runner(new JobRunner(source, this))
{
    connect(m_runner, &JobRunner::succeeded, this, [this] {
        Apply apply = std::move(m_apply);
        m_apply = nullptr;
        if (m_waiting)
            return;  // overtaken: the newer request starts from finished()
        if (apply)
            apply();
    });
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) {
        if (!m_waiting)
            emit failed(message);
    });
    connect(m_runner, &JobRunner::finished, this, [this] {
        if (m_waiting)
            startNext();
        else
            emit busyChanged(false);
    });
}

LatestQuery::~LatestQuery()
{
    // The worker writes m_apply: the runner (which cancels and waits for it) must go before the members do,
    // not later among the children.
    delete m_runner;
}

bool LatestQuery::isBusy() const
{
    return m_runner->isRunning() || bool(m_waiting);
}

void LatestQuery::run(Work work)
{
    const bool wasBusy = isBusy();
    m_waiting = std::move(work);
    if (!m_runner->isRunning())
        startNext();
    if (!wasBusy)
        emit busyChanged(true);
}

void LatestQuery::startNext()
{
    Work work = std::move(m_waiting);
    m_waiting = nullptr;
    m_runner->start([this, work = std::move(work)](Database &db, ImportJob &) { m_apply = work(db); });
}

} // namespace cl
