#include "SyncSettings.h"

#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

namespace cl {

SyncSettings SyncSettings::load(const QSqlDatabase &db)
{
    SyncSettings s;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT key, value FROM sync_settings"));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("hub"))
            s.hub = q.value(1).toString();
        else if (q.value(0).toString() == QLatin1String("interval_minutes"))
            s.intervalMinutes = q.value(1).toInt();
    }
    return s;
}

void SyncSettings::save(Database &db, const Actor &actor, const SyncSettings &settings)
{
    if (settings.intervalMinutes < 0 || settings.intervalMinutes > 1440)
        throw Error(ErrorKind::Invalid, tr("The sync interval must be between 0 (only on demand) and 1440 minutes."));
    WriteTransaction tx(db, actor, Permission::SettingsEdit);
    const SyncSettings before = load(tx.sql());
    const QString upsert = QStringLiteral("INSERT INTO sync_settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    sql::exec(tx.sql(), upsert, {QStringLiteral("hub"), settings.hub});
    sql::exec(tx.sql(), upsert, {QStringLiteral("interval_minutes"), QString::number(settings.intervalMinutes)});
    tx.audit(QStringLiteral("sync.settings"), QStringLiteral("sync_settings"), QStringLiteral("sync"),
             {{QStringLiteral("hub"), before.hub}, {QStringLiteral("interval_minutes"), before.intervalMinutes}},
             {{QStringLiteral("hub"), settings.hub}, {QStringLiteral("interval_minutes"), settings.intervalMinutes}});
    tx.commit();
}

} // namespace cl
