#include "SyncImporter.h"

#include "SyncKeys.h"
#include "auth/Authorizer.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace cl {

QString PackageOutcome::statusId(Status s)
{
    switch (s) {
    case Status::Applied: return QStringLiteral("applied");
    case Status::Duplicate: return QStringLiteral("duplicate");
    case Status::Held: return QStringLiteral("held");
    case Status::Quarantined: return QStringLiteral("quarantined");
    }
    return {};
}

QString PackageOutcome::statusLabel(Status s)
{
    switch (s) {
    case Status::Applied: return SyncImporter::tr("applied");
    case Status::Duplicate: return SyncImporter::tr("already applied");
    case Status::Held: return SyncImporter::tr("held back");
    case Status::Quarantined: return SyncImporter::tr("quarantined");
    }
    return {};
}

namespace {

QString moveInto(const QString &path, const QString &folder)
{
    const QFileInfo info(path);
    const QString dir = info.absoluteDir().filePath(folder);
    QDir().mkpath(dir);
    QString target = QDir(dir).filePath(info.fileName());
    for (int n = 2; QFile::exists(target); ++n)
        target = QDir(dir).filePath(QStringLiteral("%1.%2").arg(info.fileName()).arg(n));
    if (QFile::rename(path, target))
        return target;
    if (QFile::copy(path, target)) {
        QFile::remove(path);
        return target;
    }
    return path;
}

qint64 lastApplied(const QSqlDatabase &db, const QString &sender)
{
    return sql::scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_packages_in WHERE sender = ?"), {sender}).toLongLong();
}

} // namespace

QString SyncImporter::quarantine(Database &db, const Actor &actor, const QString &path, const QString &check, const QString &reason)
{
    const QString moved = QFile::exists(path) ? moveInto(path, QStringLiteral("quarantine")) : path;
    QFile reasonFile(moved + QStringLiteral(".reason.txt"));
    if (reasonFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        reasonFile.write(QStringLiteral("check: %1\nreason: %2\nat: %3\nfile: %4\n")
                             .arg(check, reason, Clock::nowIso(), QFileInfo(path).fileName()).toUtf8());
    WriteTransaction tx(db, actor, Permission::SyncRun);
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO sync_quarantine(file_name, path, check_name, reason, at) VALUES (?, ?, ?, ?, ?)"),
              {QFileInfo(path).fileName(), moved, check, reason, Clock::nowIso()});
    sql::exec(tx.sql(), QStringLiteral("DELETE FROM sync_held WHERE path = ?"), {path});
    tx.audit(QStringLiteral("sync.quarantine"), QStringLiteral("sync_package"), QFileInfo(path).fileName(), {},
             {{QStringLiteral("check"), check}, {QStringLiteral("reason"), reason}, {QStringLiteral("moved_to"), moved}});
    tx.commit();
    return moved;
}

ImportReport SyncImporter::import(Database &db, const Actor &actor, const QStringList &paths, const ImportOptions &options)
{
    Authorizer::require(db.sql(), actor, Permission::SyncRun);
    PackageReadOptions readOptions = options.read;
    if (readOptions.office.isEmpty() && SyncKeys::hasIdentity(db.sql()))
        readOptions.office = SyncKeys::office(db.sql());

    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            for (const QString &name : QDir(path).entryList({QStringLiteral("*.clsync")}, QDir::Files, QDir::Name))
                files << QDir(path).absoluteFilePath(name);
        } else if (info.isFile()) {
            files << info.absoluteFilePath();
        } else {
            throw Error(ErrorKind::NotFound, tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        }
    }
    // Packages held back earlier get another chance.
    QSqlQuery held = sql::exec(db.sql(), QStringLiteral("SELECT path FROM sync_held ORDER BY sender, seq"));
    while (held.next()) {
        const QString path = QFileInfo(held.value(0).toString()).absoluteFilePath();
        if (QFile::exists(path) && !files.contains(path))
            files << path;
    }

    ImportReport report;
    auto record = [&](PackageOutcome o) {
        switch (o.status) {
        case PackageOutcome::Status::Applied: ++report.applied; report.lightsChanged += o.applied.lightsChanged; break;
        case PackageOutcome::Status::Duplicate: ++report.duplicates; break;
        case PackageOutcome::Status::Held: ++report.held; break;
        case PackageOutcome::Status::Quarantined: ++report.quarantined; break;
        }
        report.packages << std::move(o);
    };
    auto refuse = [&](const QString &path, const QString &sender, qint64 seq, const QString &check, const QString &message) {
        PackageOutcome o;
        o.status = PackageOutcome::Status::Quarantined;
        o.fileName = QFileInfo(path).fileName();
        o.sender = sender;
        o.seq = seq;
        o.check = check;
        o.message = message;
        o.path = quarantine(db, actor, path, check, message);
        record(std::move(o));
    };

    // Order by sender and seq as the manifests state them, then read and check one package at a
    // time (a folder of big packages is never in memory at once). Unreadable ones sort first and
    // are refused by the full read.
    struct Queued
    {
        QString path;
        QString sender;
        qint64 seq = 0;
    };
    std::vector<Queued> queue;
    for (const QString &path : std::as_const(files)) {
        const auto peeked = PackageReader::peek(path);
        queue.push_back(peeked ? Queued{path, peeked->first, peeked->second} : Queued{path, QString(), 0});
    }
    std::stable_sort(queue.begin(), queue.end(), [](const Queued &a, const Queued &b) {
        return a.sender != b.sender ? a.sender < b.sender : a.seq < b.seq;
    });

    for (const Queued &q : queue) {
        ReadPackage p;
        try {
            p = PackageReader::read(db.sql(), q.path, readOptions);
        } catch (const SyncCheckError &e) {
            refuse(q.path, {}, 0, SyncChecks::id(e.check()), e.message());
            continue;
        }
        PackageOutcome o;
        o.fileName = p.fileName;
        o.path = p.path;
        o.sender = p.manifest.sender;
        o.seq = p.manifest.seq;
        o.records = p.records;
        const QVariant appliedSha = sql::scalar(db.sql(), QStringLiteral("SELECT sha256 FROM sync_packages_in WHERE sender = ? AND seq = ?"),
                                                {p.manifest.sender, p.manifest.seq});
        const qint64 last = lastApplied(db.sql(), p.manifest.sender);
        if (appliedSha.isValid()) {
            if (appliedSha.toString() != p.sha256) {
                refuse(p.path, o.sender, o.seq, SyncChecks::id(SyncCheck::Replay),
                       SyncCheckError(SyncCheck::Replay, p.fileName,
                                      tr("package %1 of %2 was already applied with different content (SHA-256 %3); a package is "
                                         "never replaced").arg(o.seq).arg(o.sender, appliedSha.toString().left(16))).message());
                continue;
            }
            o.status = PackageOutcome::Status::Duplicate;
            o.message = tr("Package %1 (%2 no. %3) was applied before; skipped.").arg(p.fileName, o.sender).arg(o.seq);
            if (options.archiveApplied)
                o.path = moveInto(p.path, QStringLiteral("done"));
            record(std::move(o));
            continue;
        }
        if (p.manifest.seq <= last) {
            refuse(p.path, o.sender, o.seq, SyncChecks::id(SyncCheck::Replay),
                   SyncCheckError(SyncCheck::Replay, p.fileName,
                                  tr("package %1 of %2 is older than package %3, which was applied already").arg(o.seq).arg(o.sender).arg(last))
                       .message());
            continue;
        }
        if (p.manifest.seq > last + 1 && !options.force) {
            o.status = PackageOutcome::Status::Held;
            o.expectedSeq = last + 1;
            o.message = tr("Package %1 is held back: package %2 of %3 has not arrived yet. It is applied when that one is "
                           "imported (or when forced).").arg(p.fileName).arg(last + 1).arg(o.sender);
            WriteTransaction tx(db, actor, Permission::SyncRun);
            sql::exec(tx.sql(), QStringLiteral("INSERT INTO sync_held(sender, seq, sha256, path, expected, seen_at) VALUES (?, ?, ?, ?, ?, ?) "
                                               "ON CONFLICT(sender, seq) DO UPDATE SET sha256 = excluded.sha256, path = excluded.path, "
                                               "expected = excluded.expected"),
                      {o.sender, o.seq, p.sha256, p.path, o.expectedSeq, Clock::nowIso()});
            tx.commit();
            record(std::move(o));
            continue;
        }
        try {
            o.applied = PackageApplier::apply(db, actor, p, p.manifest.seq != last + 1, options.asOf);
        } catch (const Error &e) {
            refuse(p.path, o.sender, o.seq, SyncChecks::id(SyncCheck::Apply),
                   SyncCheckError(SyncCheck::Apply, p.fileName, e.message()).message());
            continue;
        }
        o.status = PackageOutcome::Status::Applied;
        o.message = tr("Package %1 (%2 no. %3) applied: %4 records, %5 new, %6 updated, %7 unchanged.")
                        .arg(p.fileName, o.sender).arg(o.seq).arg(p.records).arg(o.applied.counts.inserted)
                        .arg(o.applied.counts.updated).arg(o.applied.counts.unchanged);
        if (options.afterApply)
            options.afterApply(p);
        if (options.archiveApplied)
            o.path = moveInto(p.path, QStringLiteral("done"));
        record(std::move(o));
    }
    return report;
}

} // namespace cl
