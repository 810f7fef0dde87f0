#include "PackageApplier.h"

#include "PackageReader.h"
#include "common/Clock.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <sqlite3.h>

namespace cl {

ApplyResult PackageApplier::apply(Database &db, const Actor &actor, const ReadPackage &package, bool forced, const QDate &asOf)
{
    const bool profile = qEnvironmentVariableIsSet("CREDITLOOP_PROFILE");
    QElapsedTimer timer;
    timer.start();
    ApplyResult result;
    // As in GradeImporter::run: every reference a codec writes comes from the store itself (entities
    // it looked up or created, departments and schemes read from their tables), so foreign keys are
    // off for this transaction (they cost a parent lookup per row), and a big page cache keeps the
    // index pages of a large package from being spilled to the WAL. Inside a caller's transaction
    // the pragmas cannot change; they stay as they are.
    const bool nested = sqlite3_get_autocommit(db.raw()) == 0;
    const bool switchForeignKeys = !nested && sql::scalar(db.sql(), QStringLiteral("PRAGMA foreign_keys")).toBool();
    if (switchForeignKeys)
        sql::exec(db.sql(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreForeignKeys = qScopeGuard([&] {
        if (switchForeignKeys)
            QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    const int previousCache = sql::scalar(db.sql(), QStringLiteral("PRAGMA cache_size")).toInt();
    sql::exec(db.sql(), QStringLiteral("PRAGMA cache_size = -%1").arg(96 * 1024));
    const auto restoreCache = qScopeGuard([&] { QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache)); });
    WriteTransaction tx(db, actor, Permission::SyncRun);
    ApplyContext ctx(tx, package.manifest.sender, package.fileName, package.sha256);
    // A big package names many entities: one scan of the register beats a lookup per record.
    if (package.records > 20000)
        ctx.preloadEntities(qsizetype(package.records));
    for (const ReadPackage::Data &d : package.data) {
        d.codec->apply(ctx, d.rows);
        ctx.flushEntities();  // the entities a codec queued (ApplyContext::queueEntity)
        if (profile)
            qInfo("apply %s: %lld ms", qPrintable(d.codec->kind()), static_cast<long long>(timer.elapsed()));
    }
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
        if (profile)
            qInfo("lights: %lld ms", static_cast<long long>(timer.elapsed()));
    }
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO sync_packages_in(sender, seq, sha256, file_name, records, forced, applied_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {package.manifest.sender, package.manifest.seq, package.sha256, package.fileName, package.records, forced ? 1 : 0,
               Clock::nowIso()});
    sql::exec(tx.sql(), QStringLiteral("DELETE FROM sync_held WHERE sender = ? AND seq <= ?"), {package.manifest.sender, package.manifest.seq});
    // Each effect on this office's own work has its own sync.effect.* entry (by the record it concerns); the
    // package's entry sums them up per kind.
    QJsonObject effects;
    for (auto it = ctx.effects().constBegin(); it != ctx.effects().constEnd(); ++it)
        effects.insert(it.key(), it.value());
    tx.audit(QStringLiteral("sync.import"), QStringLiteral("sync_package"), package.fileName, {},
             {{QStringLiteral("sender"), package.manifest.sender}, {QStringLiteral("seq"), package.manifest.seq},
              {QStringLiteral("effects"), effects},
              {QStringLiteral("sha256"), package.sha256}, {QStringLiteral("records"), package.records},
              {QStringLiteral("inserted"), result.counts.inserted}, {QStringLiteral("updated"), result.counts.updated},
              {QStringLiteral("unchanged"), result.counts.unchanged}, {QStringLiteral("forced"), forced},
              {QStringLiteral("lights_changed"), result.lightsChanged}});
    tx.commit();
    if (profile)
        qInfo("commit: %lld ms", static_cast<long long>(timer.elapsed()));
    return result;
}

} // namespace cl
