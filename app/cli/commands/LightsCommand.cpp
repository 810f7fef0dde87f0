#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "credit/GradeSchemes.h"
#include "credit/LightEngine.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "registry/EntityRepository.h"
#include "report/DashboardData.h"
#include "report/LightStats.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cl {

namespace {

QString reasonText(const LightReason &r)
{
    if (r.source == QLatin1String("evaluation"))
        return Cli::tr("%1 %2: grade %3 → %4, evaluated %5, valid to %6")
            .arg(r.department, r.kind, r.rawGrade, r.level, r.date, r.validTo);
    if (r.source == QLatin1String("dishonest"))
        return Cli::tr("serious-dishonesty list of %1 since %2 (%3)").arg(r.department, r.date, r.detail);
    return Cli::tr("%1 (%2) of %3 since %4").arg(LightEngine::findingKindLabel(r.kind), r.key, r.department, r.date);
}

QJsonObject rowJson(const LightStats::Row &r, const QString &key)
{
    return {{key, r.group}, {QStringLiteral("red"), r.red}, {QStringLiteral("yellow"), r.yellow}, {QStringLiteral("green"), r.green},
            {QStringLiteral("grey"), r.grey}, {QStringLiteral("total"), r.total()}};
}

int show(CliContext &ctx)
{
    const QString code = ctx.args().takeWord();
    if (ctx.help() || code.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli lights show CODE [--as-of YYYY-MM-DD]\n"
                                 "The entity's light as of the date with every reason, and the recorded history."));
    ctx.args().expectEmpty();
    Database &db = ctx.db();
    const std::optional<Entity> e = EntityRepository(db).byCode(code);
    if (!e)
        throw Error(ErrorKind::NotFound, Cli::tr("No entity with the code %1 is registered.").arg(UsccValidator::normalize(code)));
    LightEngine engine(db);
    const LightResult r = engine.explain(e->id, ctx.asOf());
    QJsonObject doc = r.toJson();
    doc.insert(QStringLiteral("code"), e->code);
    doc.insert(QStringLiteral("name"), e->name);
    QJsonArray history;
    QStringList lines;
    lines << Cli::tr("%1 %2").arg(e->code, e->name);
    lines << Cli::tr("Light as of %1: %2 (rule %3: %4)")
                 .arg(ctx.asOf().toString(Qt::ISODate), LightEngine::lightLabel(r.light), r.ruleId, LightEngine::ruleLabel(r.ruleId));
    for (const LightReason &reason : r.reasons)
        lines << QStringLiteral("  - ") + reasonText(reason);
    const QList<LightHistoryEntry> entries = engine.history(e->id);
    if (!entries.isEmpty())
        lines << Cli::tr("History:");
    for (const LightHistoryEntry &h : entries) {
        history.append(QJsonObject{{QStringLiteral("effective_on"), h.effectiveOn.toString(Qt::ISODate)},
                                   {QStringLiteral("light"), h.light},
                                   {QStringLiteral("rule_id"), h.ruleId},
                                   {QStringLiteral("rule_version"), h.ruleVersion}});
        lines << QStringLiteral("  %1  %2  %3").arg(h.effectiveOn.toString(Qt::ISODate), LightEngine::lightLabel(h.light), h.ruleId);
    }
    doc.insert(QStringLiteral("history"), history);
    ctx.output(lines.join(QLatin1Char('\n')), doc);
    return ExitOk;
}

int stats(CliContext &ctx)
{
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli lights stats\nCounts of the stored lights (as last computed), per industry field and per town/street."));
    ctx.args().expectEmpty();
    const LightStats s = LightStats::read(ctx.db().sql());
    QStringList lines;
    auto line = [](const LightStats::Row &r, const QString &name) {
        return QStringLiteral("%1  %2 %3  %4 %5  %6 %7  %8 %9")
            .arg(name, LightEngine::lightLabel(QStringLiteral("red"))).arg(r.red)
            .arg(LightEngine::lightLabel(QStringLiteral("yellow"))).arg(r.yellow)
            .arg(LightEngine::lightLabel(QStringLiteral("green"))).arg(r.green)
            .arg(LightEngine::lightLabel(QStringLiteral("grey"))).arg(r.grey);
    };
    if (!s.fullAsOf.isEmpty())
        lines << (s.fullAsOf == s.latestAsOf ? Cli::tr("Stored lights, all computed as of %1.").arg(s.fullAsOf)
                                             : Cli::tr("Stored lights: all computed as of %1, entities of later imports as of %2.")
                                                   .arg(s.fullAsOf, s.latestAsOf));
    else if (!s.latestAsOf.isEmpty())
        lines << Cli::tr("Stored lights of imported entities, computed as of %1; lights recompute computes every entity.").arg(s.latestAsOf);
    lines << line(s.overall, Cli::tr("All"));
    QJsonArray industries, towns;
    lines << Cli::tr("By industry field:");
    for (const auto &r : s.byIndustry) {
        industries.append(rowJson(r, QStringLiteral("industry")));
        lines << line(r, QStringLiteral("  ") + (r.group.isEmpty() ? Cli::tr("(none)") : r.group));
    }
    lines << Cli::tr("By town or street:");
    for (const auto &r : s.byTown) {
        towns.append(rowJson(r, QStringLiteral("town")));
        lines << line(r, QStringLiteral("  ") + (r.group.isEmpty() ? Cli::tr("(none)") : r.group));
    }
    if (s.notComputed > 0)
        lines << Cli::tr("%1 entities have no computed light yet: run lights recompute.").arg(s.notComputed);
    QJsonObject overall = rowJson(s.overall, QStringLiteral("group"));
    overall.remove(QStringLiteral("group"));
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("overall"), overall},
                                               {QStringLiteral("by_industry"), industries},
                                               {QStringLiteral("by_town"), towns},
                                               {QStringLiteral("not_computed"), s.notComputed},
                                               {QStringLiteral("full_as_of"), s.fullAsOf},
                                               {QStringLiteral("latest_as_of"), s.latestAsOf}});
    return ExitOk;
}

int recompute(CliContext &ctx)
{
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli lights recompute [--as-of YYYY-MM-DD]\nRecomputes every entity's light; changes are kept in the history."));
    ctx.args().expectEmpty();
    Database &db = ctx.db();
    const LightEngine::Stats s = LightEngine(db).recomputeAll(ctx.actor(), ctx.asOf());
    DashboardData::prepareSnapshot(db.sql());  // the dashboard opens warm after a full recompute
    ctx.output(Cli::tr("%1 entities recomputed as of %2; %3 lights changed (%4 ms).")
                   .arg(s.entities).arg(ctx.asOf().toString(Qt::ISODate)).arg(s.changed).arg(s.elapsedMs),
               {{QStringLiteral("entities"), s.entities}, {QStringLiteral("changed"), s.changed},
                {QStringLiteral("as_of"), ctx.asOf().toString(Qt::ISODate)}});
    return ExitOk;
}

} // namespace

int runLights(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    if (sub == QLatin1String("show"))
        return show(ctx);
    if (sub == QLatin1String("stats"))
        return stats(ctx);
    if (sub == QLatin1String("recompute"))
        return recompute(ctx);
    return ctx.usage(Cli::tr("Usage: creditloop-cli lights show CODE | lights stats | lights recompute   (show and recompute honour --as-of)"));
}

} // namespace cl
