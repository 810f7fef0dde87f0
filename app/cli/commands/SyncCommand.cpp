#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "db/Database.h"
#include "sync/PlatformSimulator.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncKeys.h"
#include "sync/SyncRound.h"
#include "sync/SyncSettings.h"

#include <QDir>
#include <QJsonArray>

namespace cl {

namespace {

QJsonObject exportJson(const ExportResult &r)
{
    QJsonObject kinds;
    for (auto it = r.perKind.cbegin(); it != r.perKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    return {{QStringLiteral("written"), r.written}, {QStringLiteral("file"), r.fileName}, {QStringLiteral("path"), r.path},
            {QStringLiteral("seq"), r.seq}, {QStringLiteral("records"), r.records}, {QStringLiteral("kinds"), kinds},
            {QStringLiteral("sha256"), r.sha256}, {QStringLiteral("pending_unknown_kinds"), r.changesLeft}};
}

QString exportText(const ExportResult &r)
{
    if (!r.written)
        return Cli::tr("Nothing to export: every change is in a package already.");
    QStringList kinds;
    for (auto it = r.perKind.cbegin(); it != r.perKind.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return Cli::tr("Package %1 written: seq %2, %3 records (%4).\n%5")
        .arg(r.fileName).arg(r.seq).arg(r.records).arg(kinds.join(QStringLiteral(", ")), QDir::toNativeSeparators(r.path));
}

QJsonObject importJson(const ImportReport &r)
{
    QJsonArray packages;
    for (const PackageOutcome &o : r.packages) {
        QJsonObject p{{QStringLiteral("file"), o.fileName}, {QStringLiteral("status"), PackageOutcome::statusId(o.status)},
                      {QStringLiteral("sender"), o.sender}, {QStringLiteral("seq"), o.seq}, {QStringLiteral("records"), o.records},
                      {QStringLiteral("message"), o.message}, {QStringLiteral("path"), o.path}};
        if (o.status == PackageOutcome::Status::Quarantined)
            p.insert(QStringLiteral("check"), o.check);
        if (o.status == PackageOutcome::Status::Held)
            p.insert(QStringLiteral("waiting_for_seq"), o.expectedSeq);
        if (o.status == PackageOutcome::Status::Applied) {
            p.insert(QStringLiteral("inserted"), o.applied.counts.inserted);
            p.insert(QStringLiteral("updated"), o.applied.counts.updated);
            p.insert(QStringLiteral("unchanged"), o.applied.counts.unchanged);
            p.insert(QStringLiteral("lights_changed"), o.applied.lightsChanged);
        }
        packages.append(p);
    }
    return {{QStringLiteral("packages"), packages}, {QStringLiteral("applied"), r.applied}, {QStringLiteral("duplicates"), r.duplicates},
            {QStringLiteral("held"), r.held}, {QStringLiteral("quarantined"), r.quarantined}, {QStringLiteral("lights_changed"), r.lightsChanged}};
}

QStringList importLines(const ImportReport &r)
{
    QStringList lines;
    for (const PackageOutcome &o : r.packages)
        lines << QStringLiteral("[%1] %2").arg(PackageOutcome::statusLabel(o.status), o.message);
    lines << Cli::tr("%1 applied, %2 already applied, %3 held back, %4 quarantined.").arg(r.applied).arg(r.duplicates).arg(r.held).arg(r.quarantined);
    return lines;
}

int importExit(const ImportReport &r)
{
    return r.quarantined > 0 ? ExitFailed : r.held > 0 ? ExitPartial : ExitOk;
}

} // namespace

int runSync(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    const QString usageText = Cli::tr(
        "Usage: creditloop-cli sync export --out DIR [--full]   write the changes since the last package as one signed package\n"
        "       creditloop-cli sync import FILE|DIR... [--force] check and apply received packages (--force: past a gap)\n"
        "       creditloop-cli sync run [--hub DIR]              one round: export to HUB/to-platform, import HUB/from-platform/<office>\n"
        "       creditloop-cli sync platform --hub DIR           simulate the city platform: check, merge, republish to the other offices\n"
        "       creditloop-cli sync config [--hub DIR] [--interval MINUTES] [--verifies DEPT[,DEPT]]\n"
        "                                          the settings of the periodic sync; --verifies: the departments this office\n"
        "                                          verifies received commitments for (\"\" for none)\n"
        "       creditloop-cli sync status                       last rounds, held and quarantined packages\n"
        "Exit codes: 0 done, 1 a package was refused (moved to quarantine/ with a reason file) or the round failed,\n"
        "3 a package is held back waiting for an earlier one.");
    if (ctx.help() || sub.isEmpty())
        return ctx.usage(usageText);
    if (sub == QLatin1String("export")) {
        const QString out = ctx.args().takeValue(QStringLiteral("--out"));
        const bool full = ctx.args().takeFlag(QStringLiteral("--full"));
        ctx.args().expectEmpty();
        if (out.isEmpty())
            return ctx.usage(usageText);
        Database &db = ctx.db();
        const ExportResult r = SyncExporter::exportChanges(db, ctx.actor(), out, full);
        ctx.output(exportText(r), exportJson(r));
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        const bool force = ctx.args().takeFlag(QStringLiteral("--force"));
        QStringList paths;
        for (QString p = ctx.args().takeWord(); !p.isEmpty(); p = ctx.args().takeWord())
            paths << p;
        ctx.args().expectEmpty();
        if (paths.isEmpty())
            return ctx.usage(usageText);
        Database &db = ctx.db();
        ImportOptions options;
        options.force = force;
        options.asOf = ctx.asOf();
        const ImportReport r = SyncImporter::import(db, ctx.actor(), paths, options);
        ctx.output(importLines(r).join(QLatin1Char('\n')), importJson(r));
        return importExit(r);
    }
    if (sub == QLatin1String("run")) {
        const QString hub = ctx.args().takeValue(QStringLiteral("--hub"));
        ctx.args().expectEmpty();
        Database &db = ctx.db();
        const RoundResult r = SyncRound::run(db, ctx.actor(), hub, ctx.asOf());
        QStringList lines{exportText(r.exported)};
        lines << importLines(r.imported);
        QJsonObject doc{{QStringLiteral("run_id"), r.runId}, {QStringLiteral("result"), r.result},
                        {QStringLiteral("exported"), exportJson(r.exported)}, {QStringLiteral("imported"), importJson(r.imported)}};
        ctx.output(lines.join(QLatin1Char('\n')), doc);
        return importExit(r.imported);
    }
    if (sub == QLatin1String("platform")) {
        const QString hub = ctx.args().takeValue(QStringLiteral("--hub"));
        ctx.args().expectEmpty();
        if (hub.isEmpty())
            return ctx.usage(usageText);
        Database &db = ctx.db();
        const PlatformSimulator::Report r = PlatformSimulator::run(db, ctx.actor(), hub, ctx.asOf());
        QStringList lines = importLines(r.imported);
        QJsonArray published;
        for (const PlatformSimulator::Published &p : r.published) {
            lines << Cli::tr("Published %1 to %2 (%3 records from %4).").arg(p.fileName, p.receiver).arg(p.records).arg(p.origin);
            published.append(QJsonObject{{QStringLiteral("receiver"), p.receiver}, {QStringLiteral("file"), p.fileName},
                                         {QStringLiteral("records"), p.records}, {QStringLiteral("origin"), p.origin}});
        }
        QJsonObject doc = importJson(r.imported);
        doc.insert(QStringLiteral("published"), published);
        ctx.output(lines.join(QLatin1Char('\n')), doc);
        return importExit(r.imported);
    }
    if (sub == QLatin1String("config")) {
        const QString hub = ctx.args().takeValue(QStringLiteral("--hub"));
        const QString interval = ctx.args().takeValue(QStringLiteral("--interval"));
        const QString verifies = ctx.args().takeValue(QStringLiteral("--verifies"));  // null: not given; empty: none
        const bool setVerifies = !verifies.isNull();
        ctx.args().expectEmpty();
        Database &db = ctx.db();
        SyncSettings s = SyncSettings::load(db.sql());
        if (setVerifies)
            s.verifiesFor = SyncSettings::departmentsByNames(db.sql(), verifies);
        if (!hub.isEmpty() || !interval.isEmpty() || setVerifies) {
            if (!hub.isEmpty())
                s.hub = QDir(hub).absolutePath();
            if (!interval.isEmpty()) {
                bool ok = false;
                s.intervalMinutes = interval.toInt(&ok);
                if (!ok)
                    throw Error(ErrorKind::Usage, Cli::tr("--interval needs a number of minutes."));
            }
            SyncSettings::save(db, ctx.actor(), s);
        }
        const QString office = SyncKeys::hasIdentity(db.sql()) ? SyncKeys::office(db.sql()) : QString();
        const QString verifiesNames = SyncSettings::departmentNames(db.sql(), s.verifiesFor);
        QJsonArray verifiesJson;
        for (const QString &name : verifiesNames.split(QStringLiteral("、"), Qt::SkipEmptyParts))
            verifiesJson.append(name);
        ctx.output(Cli::tr("Office: %1\nHub folder: %2\nInterval: %3 minutes\nVerifies commitments for: %4")
                       .arg(office.isEmpty() ? Cli::tr("(no keys yet)") : office, s.hub.isEmpty() ? Cli::tr("(not set)") : s.hub)
                       .arg(s.intervalMinutes)
                       .arg(verifiesNames.isEmpty() ? Cli::tr("(no department)") : verifiesNames),
                   {{QStringLiteral("office"), office}, {QStringLiteral("hub"), s.hub}, {QStringLiteral("interval_minutes"), s.intervalMinutes},
                    {QStringLiteral("verifies_for"), verifiesJson}});
        return ExitOk;
    }
    if (sub == QLatin1String("status")) {
        ctx.args().expectEmpty();
        Database &db = ctx.db();
        QStringList lines;
        QJsonArray runs, held, quarantined;
        for (const SyncRunRow &r : SyncRound::recentRuns(db.sql(), 5)) {
            lines << Cli::tr("Round %1 at %2: %3, %4 sent, %5 applied, %6 held, %7 quarantined")
                         .arg(r.id).arg(r.startedAt, r.result).arg(r.packagesOut).arg(r.packagesIn).arg(r.held).arg(r.quarantined);
            runs.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("started_at"), r.startedAt},
                                    {QStringLiteral("result"), r.result}, {QStringLiteral("packages_out"), r.packagesOut},
                                    {QStringLiteral("packages_in"), r.packagesIn}, {QStringLiteral("held"), r.held},
                                    {QStringLiteral("quarantined"), r.quarantined}});
        }
        for (const SyncRound::HeldRow &h : SyncRound::held(db.sql())) {
            lines << Cli::tr("Held: %1 no. %2, waiting for no. %3 (%4)").arg(h.sender).arg(h.seq).arg(h.expected).arg(h.path);
            held.append(QJsonObject{{QStringLiteral("sender"), h.sender}, {QStringLiteral("seq"), h.seq},
                                    {QStringLiteral("waiting_for_seq"), h.expected}, {QStringLiteral("path"), h.path}});
        }
        for (const SyncRound::QuarantineRow &q : SyncRound::quarantined(db.sql(), 20)) {
            lines << Cli::tr("Quarantined: %1 (%2): %3").arg(q.fileName, q.check, q.reason);
            quarantined.append(QJsonObject{{QStringLiteral("file"), q.fileName}, {QStringLiteral("check"), q.check},
                                           {QStringLiteral("reason"), q.reason}, {QStringLiteral("path"), q.path}, {QStringLiteral("at"), q.at}});
        }
        if (lines.isEmpty())
            lines << Cli::tr("No sync round has run yet; nothing is held or quarantined.");
        ctx.output(lines.join(QLatin1Char('\n')),
                   {{QStringLiteral("runs"), runs}, {QStringLiteral("held"), held}, {QStringLiteral("quarantined"), quarantined}});
        return ExitOk;
    }
    return ctx.usage(usageText);
}

} // namespace cl
