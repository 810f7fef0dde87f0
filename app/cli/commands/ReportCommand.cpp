#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"
#include "report/DashboardReport.h"
#include "report/ReportTableExport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#ifdef CREDITLOOP_CLI_PAINTS
#include "report/ReportRenderer.h"
#endif

namespace cl {

namespace {

QString usageText()
{
    return Cli::tr("Usage: creditloop-cli [--as-of YYYY-MM-DD] report dashboard [--out FILE.pdf|FILE.xlsx|FILE.csv]\n"
                   "           [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--department NAME] [--industry NAME|CODE]\n"
                   "           [--town NAME] [--office NAME] [--landscape] [--encoding utf-8|gb18030]\n"
                   "The traffic-light dashboard as a printed report (PDF, A4), or its tables (XLSX, CSV); without\n"
                   "--out, its headline figures only (lights, the largest industry fields and towns, approval by\n"
                   "commitment, inclusive-prudent enforcement), as text or with --json. Lights are\n"
                   "counted as recorded on the --as-of date (default today); the trend covers --from..--to (default the\n"
                   "twelve months up to the as-of date). --department: the entities of the industry fields it supervises.\n"
                   "--landscape: PDF pages in landscape. --encoding: CSV text encoding (default UTF-8 with BOM).\n"
                   "Needs no display: run it from a scheduler.");
}

qint64 lookup(const QList<NamedRow> &rows, const QString &name, const QString &what, bool byCodeToo)
{
    if (name.isEmpty())
        return 0;
    const QString wanted = ReferenceData::normalizeName(name);
    for (const NamedRow &r : rows)
        if (ReferenceData::normalizeName(r.name) == wanted || (byCodeToo && r.code.compare(name.trimmed(), Qt::CaseInsensitive) == 0))
            return r.id;
    throw Error(ErrorKind::Invalid, Cli::tr("Unknown %1 \"%2\".").arg(what, name));
}

// The largest groups of a light table shown (every group is in the CSV, XLSX and PDF tables).
constexpr int HeadlineGroups = 5;

QJsonObject groupsJson(const QList<DashboardData::Group> &groups)
{
    QJsonArray largest;
    for (qsizetype i = 0; i < groups.size() && i < HeadlineGroups; ++i) {
        const DashboardData::Group &g = groups.at(i);
        QJsonObject o{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}, {QStringLiteral("total"), g.counts.total()}};
        for (const QString &light : LightCounts::lights())
            o.insert(light, g.counts.of(light));
        largest << o;
    }
    return {{QStringLiteral("groups"), groups.size()}, {QStringLiteral("largest"), largest}};
}

// What the PDF shows first, as text: the light totals, the largest industry fields and towns, then the
// figure tables of the sections after the light ones (commitment, enforcement) with the PDF's own labels.
QStringList headline(const DashboardReport::Result &report)
{
    const DashboardData &d = report.lights;
    QStringList lines;
    lines << Cli::tr("Lights as of %1, %2 entities in scope: red %3, yellow %4, green %5, grey %6; no light recorded %7.")
                 .arg(d.asOf.toString(Qt::ISODate))
                 .arg(d.entities)
                 .arg(d.overall.red)
                 .arg(d.overall.yellow)
                 .arg(d.overall.green)
                 .arg(d.overall.grey)
                 .arg(d.withoutLight);
    auto groups = [&lines](const QString &all, const QString &largest, const QList<DashboardData::Group> &list, const QString &none) {
        if (list.isEmpty())
            return;
        lines << (list.size() <= HeadlineGroups ? all : largest.arg(HeadlineGroups).arg(list.size()));
        for (qsizetype i = 0; i < list.size() && i < HeadlineGroups; ++i) {
            const DashboardData::Group &g = list.at(i);
            lines << QStringLiteral("  ")
                         + Cli::tr("%1: red %2, yellow %3, green %4, grey %5; %6 in all.")
                               .arg(g.id != 0 ? g.name : none)
                               .arg(g.counts.red)
                               .arg(g.counts.yellow)
                               .arg(g.counts.green)
                               .arg(g.counts.grey)
                               .arg(g.counts.total());
        }
    };
    groups(Cli::tr("Lights by industry field:"), Cli::tr("Lights by industry field (the %1 largest of %2):"), d.byIndustry,
           Cli::tr("(no industry field recorded)"));
    groups(Cli::tr("Lights by town or street:"), Cli::tr("Lights by town or street (the %1 largest of %2):"), d.byTown,
           Cli::tr("(no town or street recorded)"));
    // "label: value" and "a; b" as the report header writes them (ReportModel::filterLine).
    auto labelled = [](const QString &label, const QString &value) {
        return QCoreApplication::translate("cl::ReportModel", "%1: %2").arg(label, value);
    };
    const qsizetype lightSections = DashboardReport::lightSections(d).size();
    for (qsizetype s = lightSections; s < report.model.sections.size(); ++s) {
        const ReportSection &section = report.model.sections.at(s);
        lines << section.title;
        for (const ReportTable &t : section.tables) {
            if (t.header.size() == 2) {  // a figure table: label, value
                for (const QStringList &row : t.rows)
                    lines << QStringLiteral("  ") + labelled(row.value(0), row.value(1));
            } else {  // a breakdown (label, count, share …): one line
                QString cells;
                for (const QStringList &row : t.rows) {
                    if (t.lastRowIsTotal && &row == &t.rows.last())
                        continue;
                    const QString cell = row.value(0) + QLatin1Char(' ') + row.mid(1).join(QStringLiteral(" / "));
                    cells = cells.isEmpty() ? cell : QCoreApplication::translate("cl::ReportModel", "%1; %2").arg(cells, cell);
                }
                lines << QStringLiteral("  ") + labelled(t.title, cells);
            }
        }
    }
    return lines;
}

int dashboard(CliContext &ctx)
{
    ArgList &a = ctx.args();
    if (ctx.help())
        return ctx.usage(usageText());
    const QString out = a.takeValue(QStringLiteral("--out"));
    ReportFilter filter;
    filter.from = a.takeDate(QStringLiteral("--from"));
    filter.to = a.takeDate(QStringLiteral("--to"));
    const QString department = a.takeValue(QStringLiteral("--department"));
    const QString industry = a.takeValue(QStringLiteral("--industry"));
    const QString town = a.takeValue(QStringLiteral("--town"));
    const QString office = a.takeValue(QStringLiteral("--office"));
    const bool landscape = a.takeFlag(QStringLiteral("--landscape"));
    const QString encoding = a.takeValue(QStringLiteral("--encoding")).toLower();
    a.expectEmpty();
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!out.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        throw Error(ErrorKind::Usage, Cli::tr("--out must end in .pdf, .xlsx or .csv, not \"%1\".").arg(out));
    if (!encoding.isEmpty() && encoding != QLatin1String("utf-8") && encoding != QLatin1String("utf8") && encoding != QLatin1String("gb18030"))
        throw Error(ErrorKind::Usage, Cli::tr("--encoding is utf-8 or gb18030, not \"%1\".").arg(encoding));
    if (!encoding.isEmpty() && suffix != QLatin1String("csv"))
        throw Error(ErrorKind::Usage, Cli::tr("--encoding applies to CSV files only."));
    if (landscape && suffix != QLatin1String("pdf"))
        throw Error(ErrorKind::Usage, Cli::tr("--landscape applies to PDF files only."));

    Database &db = ctx.db();
    filter.asOf = ctx.asOf();
    if (!department.isEmpty()) {
        filter.departmentId = ReferenceData::departmentIdByName(db.sql(), department);
        if (filter.departmentId == 0)
            throw Error(ErrorKind::Invalid, Cli::tr("Unknown %1 \"%2\".").arg(Cli::tr("department"), department));
    }
    filter.industryId = lookup(ReferenceData::industries(db.sql()), industry, Cli::tr("industry field"), true);
    filter.townId = lookup(ReferenceData::towns(db.sql()), town, Cli::tr("town or street"), false);

    const DashboardReport::Result report = DashboardReport::build(db.sql(), filter, office);
    const QString path = out.isEmpty() ? QString() : QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    int pages = 0;
    if (out.isEmpty()) {
        // The headline figures only.
    } else if (suffix == QLatin1String("pdf")) {
#ifdef CREDITLOOP_CLI_PAINTS
        pages = ReportRenderer::writePdf(report.model, out, landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
#else
        throw Error(ErrorKind::Refused, Cli::tr("This build has no PDF output (built without the graphical front end); write .xlsx or .csv."));
#endif
    } else if (suffix == QLatin1String("xlsx")) {
        ReportTableExport::writeXlsx(out, report.model);
    } else {
        ReportTableExport::writeCsv(out, report.model,
                                    encoding == QLatin1String("gb18030") ? ReportTableExport::CsvEncoding::Gb18030
                                                                         : ReportTableExport::CsvEncoding::Utf8Bom);
    }

    const DashboardData &d = report.lights;
    QStringList lines;
    if (!out.isEmpty())
        lines << (pages > 0 ? Cli::tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(path) : Cli::tr("Wrote %1.").arg(path));
    else
        lines << report.model.title + QStringLiteral(" — ") + report.model.officeName << report.model.filterLine();
    lines << headline(report);
    QJsonObject lights;
    for (const QString &light : LightCounts::lights())
        lights.insert(light, d.overall.of(light));
    QJsonObject doc{{QStringLiteral("as_of"), d.asOf.toString(Qt::ISODate)},
                    {QStringLiteral("period_from"), d.periodFrom.toString(Qt::ISODate)},
                    {QStringLiteral("period_to"), d.periodTo.toString(Qt::ISODate)},
                    {QStringLiteral("entities"), d.entities},
                    {QStringLiteral("without_light"), d.withoutLight},
                    {QStringLiteral("lights"), lights},
                    {QStringLiteral("by_industry"), groupsJson(d.byIndustry)},
                    {QStringLiteral("by_town"), groupsJson(d.byTown)},
                    {QStringLiteral("commitment"), report.commitment.toJson()},
                    {QStringLiteral("enforcement"), report.enforcement.toJson()}};
    if (!out.isEmpty()) {
        doc.insert(QStringLiteral("out"), path);
        doc.insert(QStringLiteral("format"), suffix);
    }
    if (pages > 0)
        doc.insert(QStringLiteral("pages"), pages);
    ctx.output(lines.join(QLatin1Char('\n')), doc);
    return ExitOk;
}

} // namespace

int runReport(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    if (sub == QLatin1String("dashboard"))
        return dashboard(ctx);
    if (!sub.isEmpty() && !ctx.help())
        throw Error(ErrorKind::Usage, Cli::tr("Unknown report \"%1\"; the report is: dashboard.").arg(sub));
    return ctx.usage(usageText());
}

} // namespace cl
