#include "SyncScheduler.h"

#include "auth/Authorizer.h"
#include "common/JobRunner.h"
#include "db/Database.h"
#include "sync/SyncKeys.h"
#include "sync/SyncSettings.h"

#include <QTimer>

namespace cl {

SyncScheduler::SyncScheduler(Database &db, const Actor &actor, QObject *parent)
    : QObject(parent), m_db(db), m_actor(actor), m_runner(new JobRunner(db, this)), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        // A scheduled round is skipped silently while one runs or while nothing is set up.
        if (!isRunning() && SyncKeys::hasIdentity(m_db.sql()) && !SyncSettings::load(m_db.sql()).hub.isEmpty())
            runNow();
    });
    connect(m_runner, &JobRunner::succeeded, this, [this] {
        const ImportReport &in = m_result.imported;
        emit roundFinished(true, tr("Sync %1: %2 sent, %3 applied, %4 held back, %5 quarantined.")
                                     .arg(m_result.result == QLatin1String("ok") ? tr("done") : m_result.result == QLatin1String("partial") ? tr("partly done") : tr("with refusals"))
                                     .arg(m_result.exported.written ? 1 : 0).arg(in.applied).arg(in.held).arg(in.quarantined));
        if (in.applied > 0)
            emit lightsChanged();
    });
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) { emit roundFinished(false, message); });
    reschedule();
}

SyncScheduler::~SyncScheduler()
{
    delete m_runner;  // waits for a running round before the members it writes go away
}

void SyncScheduler::reschedule()
{
    m_intervalMinutes = SyncSettings::load(m_db.sql()).intervalMinutes;
    if (m_intervalMinutes > 0 && Authorizer::allowed(m_db.sql(), m_actor, Permission::SyncRun))
        m_timer->start(m_intervalMinutes * 60 * 1000);
    else
        m_timer->stop();
}

bool SyncScheduler::isRunning() const
{
    return m_runner->isRunning();
}

bool SyncScheduler::runNow()
{
    if (m_runner->isRunning()) {
        emit busy(tr("A sync round is already running; wait until it has finished."));
        return false;
    }
    m_result = RoundResult();
    const Actor actor = m_actor;
    if (!m_runner->start([this, actor](Database &db, ImportJob &) { m_result = SyncRound::run(db, actor); }))
        return false;
    emit roundStarted();
    return true;
}

} // namespace cl
