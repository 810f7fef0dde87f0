#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cl {

class Database;
struct Actor;

// Settings of the periodic sync (table sync_settings): the hub folder, the interval, and the departments
// this office verifies commitments for (a received commitment creates verification tasks only for these;
// an office with none creates none). The office code is the key identity's (SyncKeys::office).
struct SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)

public:
    static constexpr int DefaultIntervalMinutes = 60;

    QString hub;
    int intervalMinutes = DefaultIntervalMinutes;  // 0: only on demand
    QList<qint64> verifiesFor;                      // department ids, ascending

    static SyncSettings load(const QSqlDatabase &db);
    // Department ids for a comma-separated list of names or aliases (、，, and blanks separate too);
    // throws Invalid naming the first unknown department.
    static QList<qint64> departmentsByNames(const QSqlDatabase &db, const QString &names);
    // The names of verifiesFor, joined with "、" (empty when none).
    static QString departmentNames(const QSqlDatabase &db, const QList<qint64> &ids);
    // Audited; needs settings.edit. Throws Invalid for an interval outside 0–1440 minutes
    // or an unknown department.
    static void save(Database &db, const Actor &actor, const SyncSettings &settings);
};

} // namespace cl
