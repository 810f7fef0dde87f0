#include "CliContext.h"
#include "Commands.h"
#include "common/Csv.h"
#include "common/Error.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "report/XlsxTableWriter.h"
#include "supervision/SpotCheckPlanner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace cl {

namespace {

QString usageText()
{
    return Cli::tr("Usage: creditloop-cli spotcheck plan --year Y --department NAME --seed S [--out FILE.csv|FILE.xlsx] [--dry-run]\n"
                   "       creditloop-cli spotcheck show PLAN_ID [--out FILE.csv|FILE.xlsx]\n"
                   "       creditloop-cli spotcheck list [--year Y]\n"
                   "       creditloop-cli spotcheck inspector add --department NAME --name NAME --badge NO\n"
                   "       creditloop-cli spotcheck conflict add --badge NO --uscc CODE --reason TEXT\n"
                   "Draws a reproducible risk-based plan (ratios per light, mandatory checks, two inspectors per check\n"
                   "without conflicts of interest); the same seed gives the same plan. --dry-run draws without saving.");
}

QJsonObject planJson(const SpotCheckPlan &p)
{
    QJsonArray items;
    for (const SpotCheckItem &i : p.items)
        items.append(QJsonObject{{QStringLiteral("code"), i.code}, {QStringLiteral("name"), i.name}, {QStringLiteral("light"), i.light},
                                 {QStringLiteral("reason"), i.reason}, {QStringLiteral("inspector1"), i.inspector1},
                                 {QStringLiteral("inspector2"), i.inspector2}, {QStringLiteral("visit_key"), i.visitKey},
                                 {QStringLiteral("other_departments"), QJsonArray::fromStringList(i.otherDepartments)}});
    QJsonObject ratios, population;
    for (auto it = p.ratios.constBegin(); it != p.ratios.constEnd(); ++it)
        ratios.insert(it.key(), it.value());
    for (auto it = p.populationByLight.constBegin(); it != p.populationByLight.constEnd(); ++it)
        population.insert(it.key(), it.value());
    return {{QStringLiteral("plan_id"), p.id}, {QStringLiteral("year"), p.year}, {QStringLiteral("department"), p.departmentName},
            {QStringLiteral("seed"), p.seed}, {QStringLiteral("algorithm_version"), p.algorithmVersion},
            {QStringLiteral("ratio_version"), p.ratioVersion}, {QStringLiteral("ratios"), ratios},
            {QStringLiteral("population"), p.population}, {QStringLiteral("population_by_light"), population},
            {QStringLiteral("drawn"), p.drawn}, {QStringLiteral("as_of"), p.asOf.toString(Qt::ISODate)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)}, {QStringLiteral("items"), items}};
}

QString planText(const SpotCheckPlan &p)
{
    QStringList lines;
    lines << Cli::tr("Spot-check plan %1: %2, %3, seed \"%4\" (algorithm %5): %6 of %7 entities drawn.")
                 .arg(p.id > 0 ? QString::number(p.id) : Cli::tr("(not saved)"), p.departmentName).arg(p.year).arg(p.seed)
                 .arg(p.algorithmVersion).arg(p.items.size()).arg(p.population);
    for (const QString &w : p.warnings)
        lines << Cli::tr("  warning: %1").arg(w);
    for (const SpotCheckItem &i : p.items)
        lines << QStringLiteral("  %1  %2  %3  %4  %5 / %6%7")
                     .arg(i.code, i.name, LightEngine::lightLabel(i.light),
                          i.reason == QLatin1String("mandatory") ? Cli::tr("mandatory") : Cli::tr("random"), i.inspector1, i.inspector2,
                          i.otherDepartments.isEmpty() ? QString() : QStringLiteral("  ") + Cli::tr("joint visit with %1").arg(i.otherDepartments.join(QStringLiteral("、"))));
    return lines.join(QLatin1Char('\n'));
}

void exportPlan(const SpotCheckPlan &p, const QString &out)
{
    if (out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxTableWriter::write(out, {{Cli::tr("Spot checks"), SpotCheckPlanner::tableHeader(), SpotCheckPlanner::tableRows(p), {true}}});
        return;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(Csv::document(SpotCheckPlanner::tableHeader(), SpotCheckPlanner::tableRows(p))) < 0
        || !file.commit())
        throw Error(ErrorKind::Io, Cli::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(out), file.errorString()));
}

int toInt(const QString &text, const QString &option)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok)
        throw Error(ErrorKind::Usage, Cli::tr("%1 needs a whole number, not \"%2\".").arg(option, text));
    return v;
}

} // namespace

int runSpotCheck(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const QString sub = a.takeWord();
    static const QStringList subs{QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("list"), QStringLiteral("inspector"),
                                  QStringLiteral("conflict")};
    if (ctx.help() || !subs.contains(sub))
        return ctx.usage(usageText());
    if (sub == QLatin1String("plan")) {
        const QString year = a.takeValue(QStringLiteral("--year"));
        const QString department = a.takeValue(QStringLiteral("--department"));
        const QString seed = a.takeValue(QStringLiteral("--seed"));
        const QString out = a.takeValue(QStringLiteral("--out"));
        const bool dryRun = a.takeFlag(QStringLiteral("--dry-run"));
        a.expectEmpty();
        if (year.isEmpty() || department.isEmpty() || seed.isEmpty())
            return ctx.usage(usageText());
        SpotCheckPlanner planner(ctx.db());
        const SpotCheckPlan p = dryRun ? planner.draw(toInt(year, QStringLiteral("--year")), department, seed, ctx.asOf())
                                       : planner.create(ctx.actor(), toInt(year, QStringLiteral("--year")), department, seed, ctx.asOf());
        if (!out.isEmpty())
            exportPlan(p, out);
        ctx.output(planText(p), planJson(p));
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        const QString id = a.takeWord();
        const QString out = a.takeValue(QStringLiteral("--out"));
        a.expectEmpty();
        if (id.isEmpty())
            return ctx.usage(usageText());
        const SpotCheckPlan p = SpotCheckPlanner(ctx.db()).load(toInt(id, QStringLiteral("PLAN_ID")));
        if (!out.isEmpty())
            exportPlan(p, out);
        ctx.output(planText(p), planJson(p));
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        const QString year = a.takeValue(QStringLiteral("--year"));
        a.expectEmpty();
        QJsonArray rows;
        QStringList lines;
        for (const SpotCheckPlan &p : SpotCheckPlanner(ctx.db()).plans(year.isEmpty() ? 0 : toInt(year, QStringLiteral("--year")))) {
            rows.append(QJsonObject{{QStringLiteral("plan_id"), p.id}, {QStringLiteral("year"), p.year},
                                    {QStringLiteral("department"), p.departmentName}, {QStringLiteral("seed"), p.seed},
                                    {QStringLiteral("population"), p.population}, {QStringLiteral("drawn"), p.drawn},
                                    {QStringLiteral("created_by"), p.createdBy}});
            lines << QStringLiteral("%1  %2  %3  seed=%4  %5/%6").arg(p.id).arg(p.year).arg(p.departmentName, p.seed)
                         .arg(p.drawn).arg(p.population);
        }
        ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("plans"), rows}});
        return ExitOk;
    }
    const QString action = a.takeWord();
    if (action != QLatin1String("add"))
        return ctx.usage(usageText());
    SpotCheckPlanner planner(ctx.db());
    if (sub == QLatin1String("inspector")) {
        const QString department = a.takeValue(QStringLiteral("--department"));
        const QString name = a.takeValue(QStringLiteral("--name"));
        const QString badge = a.takeValue(QStringLiteral("--badge"));
        a.expectEmpty();
        planner.addInspector(ctx.actor(), department, name, badge);
        ctx.output(Cli::tr("Inspector %1 (%2) added to %3.").arg(name, badge, department),
                   {{QStringLiteral("badge"), badge}, {QStringLiteral("name"), name}, {QStringLiteral("department"), department}});
        return ExitOk;
    }
    const QString badge = a.takeValue(QStringLiteral("--badge"));
    const QString code = a.takeValue(QStringLiteral("--uscc"));
    const QString reason = a.takeValue(QStringLiteral("--reason"));
    a.expectEmpty();
    planner.declareConflict(ctx.actor(), badge, code, reason);
    ctx.output(Cli::tr("Conflict of interest recorded: %1 will not be drawn for %2.").arg(badge, code),
               {{QStringLiteral("badge"), badge}, {QStringLiteral("uscc"), code}});
    return ExitOk;
}

} // namespace cl
