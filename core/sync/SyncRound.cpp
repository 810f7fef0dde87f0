#include "SyncRound.h"

#include "SyncKeys.h"
#include "SyncSettings.h"
#include "auth/Authorizer.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QDir>
#include <QLockFile>

namespace cl {

QString SyncRound::lockPath(const Database &db)
{
    return db.path() + QStringLiteral(".sync.lock");
}

RoundResult SyncRound::run(Database &db, const Actor &actor, const QString &hubOverride, const QDate &asOf)
{
    Authorizer::require(db.sql(), actor, Permission::SyncRun);
    const QString office = SyncKeys::office(db.sql());
    const QString hub = hubOverride.isEmpty() ? SyncSettings::load(db.sql()).hub : hubOverride;
    if (hub.isEmpty())
        throw Error(ErrorKind::Refused, tr("No hub folder is set. Set it on the 同步 page (or pass --hub DIR)."));
    if (!QDir(hub).exists())
        throw Error(ErrorKind::Io, tr("The hub folder %1 does not exist or cannot be reached.").arg(QDir::toNativeSeparators(hub)));

    QLockFile lock(lockPath(db));
    lock.setStaleLockTime(0);  // a lock is stale only when its process is gone
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        throw Error(ErrorKind::Refused,
                    tr("Another sync round is running on this database (process %1 on %2). Wait until it has finished; "
                       "two rounds never run at once.").arg(pid).arg(host));
    }

    RoundResult r;
    const QString started = Clock::nowIso();
    try {
        r.exported = SyncExporter::exportChanges(db, actor, QDir(hub).filePath(QStringLiteral("to-platform")));
        r.log << (r.exported.written ? tr("Sent %1 with %2 records.").arg(r.exported.fileName).arg(r.exported.records)
                                     : tr("Nothing new to send."));
        const QString inbox = QDir(hub).filePath(QStringLiteral("from-platform/") + office);
        QDir().mkpath(inbox);
        ImportOptions options;
        options.asOf = asOf;
        options.archiveApplied = true;
        r.imported = SyncImporter::import(db, actor, {inbox}, options);
        for (const PackageOutcome &o : std::as_const(r.imported.packages))
            r.log << o.message;
        if (r.imported.packages.isEmpty())
            r.log << tr("Nothing new received.");
        r.result = r.imported.quarantined > 0 ? QStringLiteral("failed")
                   : r.imported.held > 0     ? QStringLiteral("partial")
                                             : QStringLiteral("ok");
    } catch (const Error &e) {
        r.result = QStringLiteral("failed");
        r.error = e.message();
        r.log << e.message();
    }
    WriteTransaction tx(db, actor, Permission::SyncRun);
    QSqlQuery q = sql::exec(tx.sql(),
                            QStringLiteral("INSERT INTO sync_runs(started_at, finished_at, result, packages_out, packages_in, held, quarantined, log) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {started, Clock::nowIso(), r.result, r.exported.written ? 1 : 0, r.imported.applied, r.imported.held,
                             r.imported.quarantined, r.log.join(QLatin1Char('\n'))});
    r.runId = q.lastInsertId().toLongLong();
    tx.audit(QStringLiteral("sync.run"), QStringLiteral("sync_run"), QString::number(r.runId), {},
             {{QStringLiteral("result"), r.result}, {QStringLiteral("sent"), r.exported.fileName},
              {QStringLiteral("applied"), r.imported.applied}, {QStringLiteral("held"), r.imported.held},
              {QStringLiteral("quarantined"), r.imported.quarantined}});
    tx.commit();
    if (!r.error.isEmpty())
        throw Error(ErrorKind::Refused, r.error);
    return r;
}

QList<SyncRunRow> SyncRound::recentRuns(const QSqlDatabase &db, int limit)
{
    QList<SyncRunRow> out;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, started_at, coalesce(finished_at, ''), result, packages_out, packages_in, held, "
                                               "quarantined, log FROM sync_runs ORDER BY id DESC LIMIT ?"), {limit});
    while (q.next())
        out << SyncRunRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt(),
                          q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt(), q.value(8).toString()};
    return out;
}

QList<SyncRound::HeldRow> SyncRound::held(const QSqlDatabase &db)
{
    QList<HeldRow> out;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT sender, seq, expected, path, seen_at FROM sync_held ORDER BY sender, seq"));
    while (q.next())
        out << HeldRow{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()};
    return out;
}

QList<SyncRound::QuarantineRow> SyncRound::quarantined(const QSqlDatabase &db, int limit)
{
    QList<QuarantineRow> out;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT file_name, path, check_name, reason, at FROM sync_quarantine ORDER BY id DESC LIMIT ?"), {limit});
    while (q.next())
        out << QuarantineRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    return out;
}

} // namespace cl
