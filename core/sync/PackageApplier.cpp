#include "PackageApplier.h"

#include "PackageReader.h"
#include "common/Clock.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

namespace cl {

ApplyResult PackageApplier::apply(Database &db, const Actor &actor, const ReadPackage &package, bool forced, const QDate &asOf)
{
    ApplyResult result;
    WriteTransaction tx(db, actor, Permission::SyncRun);
    ApplyContext ctx(tx, package.manifest.sender, package.fileName, package.sha256);
    for (const ReadPackage::Data &d : package.data)
        d.codec->apply(ctx, d.rows);
    result.counts = ctx.counts();
    result.records = package.records;
    result.entitiesTouched = qint64(ctx.touched().size());

    if (!ctx.touched().empty()) {
        QDate day = asOf.isValid() ? asOf : Clock::today();
        const QDate latest = QDate::fromString(LightEngine::latestAsOf(tx.sql()), Qt::ISODate);
        if (latest.isValid() && latest > day)
            day = latest;  // lights are never recomputed for a day before the stored ones
        const QList<qint64> ids(ctx.touched().begin(), ctx.touched().end());
        result.lightsChanged = LightEngine(db).recompute(tx, day, ids, false).changed;
    }
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO sync_packages_in(sender, seq, sha256, file_name, records, forced, applied_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {package.manifest.sender, package.manifest.seq, package.sha256, package.fileName, package.records, forced ? 1 : 0,
               Clock::nowIso()});
    sql::exec(tx.sql(), QStringLiteral("DELETE FROM sync_held WHERE sender = ? AND seq <= ?"), {package.manifest.sender, package.manifest.seq});
    tx.audit(QStringLiteral("sync.import"), QStringLiteral("sync_package"), package.fileName, {},
             {{QStringLiteral("sender"), package.manifest.sender}, {QStringLiteral("seq"), package.manifest.seq},
              {QStringLiteral("sha256"), package.sha256}, {QStringLiteral("records"), package.records},
              {QStringLiteral("inserted"), result.counts.inserted}, {QStringLiteral("updated"), result.counts.updated},
              {QStringLiteral("unchanged"), result.counts.unchanged}, {QStringLiteral("forced"), forced},
              {QStringLiteral("lights_changed"), result.lightsChanged}});
    tx.commit();
    return result;
}

} // namespace cl
