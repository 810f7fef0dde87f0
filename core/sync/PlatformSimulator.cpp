#include "PlatformSimulator.h"

#include "PackageWriter.h"
#include "SyncKeys.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QDir>

namespace cl {

PlatformSimulator::Report PlatformSimulator::run(Database &db, const Actor &actor, const QString &hub, const QDate &asOf)
{
    const QString platform = SyncKeys::office(db.sql());
    // The platform owns the hub: it lays out the folders the offices use.
    if (!QDir().mkpath(QDir(hub).filePath(QStringLiteral("from-platform"))))
        throw Error(ErrorKind::Io, tr("The hub folder %1 cannot be created.").arg(QDir::toNativeSeparators(hub)));
    const QString inbox = QDir(hub).filePath(QStringLiteral("to-platform"));
    QDir().mkpath(inbox);

    Report report;
    ImportOptions options;
    options.asOf = asOf;
    options.archiveApplied = true;
    options.afterApply = [&](const ReadPackage &package) {
        for (const TrustedKey &office : SyncKeys::trusted(db.sql())) {
            if (office.sender == package.manifest.sender || office.sender == platform)
                continue;
            std::vector<PackageWriter::Data> data;
            for (const ReadPackage::Data &d : package.data)
                data.push_back({d.codec, &d.rows});
            WriteTransaction tx(db, actor, Permission::SyncRun);
            SyncManifest manifest;
            manifest.sender = platform;
            manifest.receiver = office.sender;
            manifest.seq = sql::scalar(tx.sql(), QStringLiteral("SELECT coalesce(max(last_seq), 0) + 1 FROM sync_platform_out WHERE receiver = ?"),
                                       {office.sender}).toLongLong();
            manifest.createdAt = Clock::nowIso();
            const PackageWriter::Written written = PackageWriter::writePart(
                QDir(hub).filePath(QStringLiteral("from-platform/") + office.sender), manifest, data,
                [&](const QByteArray &bytes) { return SyncKeys::sign(tx.sql(), bytes); });
            sql::exec(tx.sql(), QStringLiteral("INSERT INTO sync_platform_out(receiver, last_seq) VALUES (?, ?) "
                                               "ON CONFLICT(receiver) DO UPDATE SET last_seq = excluded.last_seq"),
                      {office.sender, manifest.seq});
            tx.audit(QStringLiteral("sync.publish"), QStringLiteral("sync_package"), written.fileName, {},
                     {{QStringLiteral("receiver"), office.sender}, {QStringLiteral("origin"), package.fileName},
                      {QStringLiteral("records"), written.records}, {QStringLiteral("sha256"), written.sha256}});
            tx.commit();
            PackageWriter::publish(written);
            report.published << Published{office.sender, written.fileName, written.records, package.manifest.sender};
        }
    };
    report.imported = SyncImporter::import(db, actor, {inbox}, options);
    return report;
}

} // namespace cl
