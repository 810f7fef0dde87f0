#pragma once

#include "auth/Actor.h"
#include "credit/LightEngine.h"

#include <QObject>

class QTimer;

namespace cl {

class Database;
class JobRunner;

// Lights depend on the date (evaluations expire, publicity periods end): when the stored lights
// are older than today, recompute them all in the background — at start and hourly after that.
class DailyLightRefresh : public QObject
{
    Q_OBJECT

public:
    DailyLightRefresh(Database &db, const Actor &actor, QObject *parent = nullptr);
    // Checks now (and then every hour).
    void start();

signals:
    void statusMessage(const QString &text);
    void lightsChanged();

private:
    void checkNow();

    Database &m_db;
    Actor m_actor;
    JobRunner *m_runner;
    QTimer *m_timer;
    LightEngine::Stats m_stats;
};

} // namespace cl
