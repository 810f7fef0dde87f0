#pragma once

#include "auth/Actor.h"
#include "sync/SyncRound.h"

#include <QObject>

class QTimer;

namespace cl {

class Database;
class JobRunner;

// Runs sync rounds (SyncRound::run) in the background through a JobRunner: on the interval of
// the saved settings and on demand (立即同步). The GUI thread never waits for a round; a round
// asked for while one runs is refused with a message, and the lock of SyncRound keeps a
// command-line `sync run` on the same database from overlapping it.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    SyncScheduler(Database &db, const Actor &actor, QObject *parent = nullptr);
    ~SyncScheduler() override;

    // Re-reads the interval from the settings (0 stops the timer).
    void reschedule();
    int intervalMinutes() const { return m_intervalMinutes; }
    bool isRunning() const;
    // Starts a round now; false (with busy()) when one is running.
    bool runNow();
    const RoundResult &lastResult() const { return m_result; }

signals:
    void roundStarted();
    // ok: the round ran (its result may still be partial or failed); message: what to show.
    void roundFinished(bool ok, const QString &message);
    void busy(const QString &message);
    void lightsChanged();

private:
    Database &m_db;
    Actor m_actor;
    JobRunner *m_runner;
    QTimer *m_timer;
    int m_intervalMinutes = 0;
    RoundResult m_result;
};

} // namespace cl
