#include "SyncSettings.h"

#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/ReferenceData.h"

#include <QRegularExpression>
#include <algorithm>

namespace cl {

namespace {

const QString VerifiesKey = QStringLiteral("verifies_for");

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

SyncSettings SyncSettings::load(const QSqlDatabase &db)
{
    SyncSettings s;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT key, value FROM sync_settings"));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("hub"))
            s.hub = q.value(1).toString();
        else if (q.value(0).toString() == QLatin1String("interval_minutes"))
            s.intervalMinutes = q.value(1).toInt();
        else if (q.value(0).toString() == VerifiesKey)
            for (const QString &id : q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                s.verifiesFor << id.toLongLong();
    }
    return s;
}

void SyncSettings::save(Database &db, const Actor &actor, const SyncSettings &settings)
{
    if (settings.intervalMinutes < 0 || settings.intervalMinutes > 1440)
        throw Error(ErrorKind::Invalid, tr("The sync interval must be between 0 (only on demand) and 1440 minutes."));
    WriteTransaction tx(db, actor, Permission::SettingsEdit);
    QList<qint64> verifies = settings.verifiesFor;
    std::sort(verifies.begin(), verifies.end());
    verifies.erase(std::unique(verifies.begin(), verifies.end()), verifies.end());
    for (qint64 id : verifies)
        if (sql::scalar(tx.sql(), QStringLiteral("SELECT count(*) FROM departments WHERE id = ?"), {id}).toInt() == 0)
            throw Error(ErrorKind::Invalid, tr("There is no department with id %1.").arg(id));
    const SyncSettings before = load(tx.sql());
    const QString upsert = QStringLiteral("INSERT INTO sync_settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    // A null QString binds as NULL; the column takes '' for "not set".
    sql::exec(tx.sql(), upsert, {QStringLiteral("hub"), settings.hub.isNull() ? QStringLiteral("") : settings.hub});
    sql::exec(tx.sql(), upsert, {QStringLiteral("interval_minutes"), QString::number(settings.intervalMinutes)});
    sql::exec(tx.sql(), upsert, {VerifiesKey, verifies.isEmpty() ? QStringLiteral("") : idList(verifies)});
    tx.audit(QStringLiteral("sync.settings"), QStringLiteral("sync_settings"), QStringLiteral("sync"),
             {{QStringLiteral("hub"), before.hub}, {QStringLiteral("interval_minutes"), before.intervalMinutes},
              {VerifiesKey, departmentNames(tx.sql(), before.verifiesFor)}},
             {{QStringLiteral("hub"), settings.hub}, {QStringLiteral("interval_minutes"), settings.intervalMinutes},
              {VerifiesKey, departmentNames(tx.sql(), verifies)}});
    tx.commit();
}

QList<qint64> SyncSettings::departmentsByNames(const QSqlDatabase &db, const QString &names)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    QList<qint64> ids;
    for (const QString &name : names.split(separators, Qt::SkipEmptyParts)) {
        const qint64 id = ReferenceData::departmentIdByName(db, name);
        if (!id)
            throw Error(ErrorKind::Invalid, tr("Unknown department \"%1\".").arg(name));
        if (!ids.contains(id))
            ids << id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString SyncSettings::departmentNames(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        names << sql::scalar(db, QStringLiteral("SELECT coalesce((SELECT name FROM departments WHERE id = ?), ?)"), {id, QString::number(id)}).toString();
    return names.join(QStringLiteral("、"));
}

} // namespace cl
