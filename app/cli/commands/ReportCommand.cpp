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
    return Cli::tr("Usage: creditloop-cli [--as-of YYYY-MM-DD] report dashboard --out FILE.pdf|FILE.xlsx|FILE.csv\n"
                   "           [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--department NAME] [--industry NAME|CODE]\n"
                   "           [--town NAME] [--office NAME] [--landscape] [--encoding utf-8|gb18030]\n"
                   "The traffic-light dashboard as a printed report (PDF, A4), or its tables (XLSX, CSV). Lights are\n"
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
    if (out.isEmpty())
        throw Error(ErrorKind::Usage, Cli::tr("Name the file to write with --out FILE.pdf, FILE.xlsx or FILE.csv."));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
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
    const QString path = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    int pages = 0;
    if (suffix == QLatin1String("pdf")) {
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
    lines << (pages > 0 ? Cli::tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(path) : Cli::tr("Wrote %1.").arg(path));
    lines << Cli::tr("Lights as of %1, %2 entities in scope: red %3, yellow %4, green %5, grey %6; no light recorded %7.")
                 .arg(d.asOf.toString(Qt::ISODate))
                 .arg(d.entities)
                 .arg(d.overall.red)
                 .arg(d.overall.yellow)
                 .arg(d.overall.green)
                 .arg(d.overall.grey)
                 .arg(d.withoutLight);
    QJsonObject lights;
    for (const QString &light : LightCounts::lights())
        lights.insert(light, d.overall.of(light));
    QJsonObject doc{{QStringLiteral("out"), path},
                    {QStringLiteral("format"), suffix},
                    {QStringLiteral("as_of"), d.asOf.toString(Qt::ISODate)},
                    {QStringLiteral("period_from"), d.periodFrom.toString(Qt::ISODate)},
                    {QStringLiteral("period_to"), d.periodTo.toString(Qt::ISODate)},
                    {QStringLiteral("entities"), d.entities},
                    {QStringLiteral("without_light"), d.withoutLight},
                    {QStringLiteral("lights"), lights}};
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
