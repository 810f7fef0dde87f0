#pragma once

#include <QCoreApplication>
#include <QString>

namespace cl {

class Database;
struct Actor;

// Settings of the periodic sync (table sync_settings): the hub folder and the interval. The
// office code is the key identity's (SyncKeys::office).
struct SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)

public:
    static constexpr int DefaultIntervalMinutes = 60;

    QString hub;
    int intervalMinutes = DefaultIntervalMinutes;  // 0: only on demand

    static SyncSettings load(const QSqlDatabase &db);
    // Audited; needs settings.edit. Throws Invalid for an interval outside 0–1440 minutes.
    static void save(Database &db, const Actor &actor, const SyncSettings &settings);
};

} // namespace cl
