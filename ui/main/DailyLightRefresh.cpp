#include "DailyLightRefresh.h"

#include "common/Clock.h"
#include "common/JobRunner.h"
#include "db/Database.h"

#include <QTimer>

namespace cl {

DailyLightRefresh::DailyLightRefresh(Database &db, const Actor &actor, QObject *parent)
    : QObject(parent), m_db(db), m_actor(actor), m_runner(new JobRunner(db, this)), m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DailyLightRefresh::checkNow);
    connect(m_runner, &JobRunner::succeeded, this, [this] {
        emit statusMessage(tr("Credit lights brought up to %1: %n changed.", nullptr, int(m_stats.changed))
                               .arg(QLocale().toString(Clock::today(), QLocale::ShortFormat)));
        if (m_stats.changed > 0)
            emit lightsChanged();
    });
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) {
        emit statusMessage(tr("The credit lights could not be brought up to date: %1").arg(message));
    });
}

void DailyLightRefresh::start()
{
    checkNow();
    m_timer->start();
}

void DailyLightRefresh::checkNow()
{
    if (m_runner->isRunning())
        return;
    const QDate today = Clock::today();
    const QString last = LightEngine::fullRecomputeAsOf(m_db.sql());
    if (!last.isEmpty() && last >= today.toString(Qt::ISODate))
        return;
    emit statusMessage(tr("Bringing the credit lights up to today…"));
    m_runner->start([this, today](Database &db, ImportJob &) { m_stats = LightEngine(db).recomputeAll(m_actor, today); });
}

} // namespace cl
