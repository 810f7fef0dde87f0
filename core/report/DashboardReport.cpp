#include "DashboardReport.h"

#include "common/Clock.h"
#include "credit/LightEngine.h"
#include "db/SqlUtil.h"

namespace cl {

namespace {

QString share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("0.0%");
    return QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%');
}

QString lightName(const QString &light)
{
    return LightEngine::lightLabel(light);
}

QStringList countCells(const LightCounts &c)
{
    QStringList cells;
    for (const QString &light : LightCounts::lights())
        cells << QString::number(c.of(light));
    cells << QString::number(c.total()) << share(c.red, c.total());
    return cells;
}

QString groupName(const DashboardData::Group &g, bool town)
{
    if (g.id != 0)
        return g.name;
    return town ? DashboardReport::tr("(no town or street recorded)") : DashboardReport::tr("(no industry field recorded)");
}

ReportSection groupSection(const QList<DashboardData::Group> &groups, const LightCounts &overall, bool town)
{
    ReportSection s;
    s.title = town ? DashboardReport::tr("Lights by town or street") : DashboardReport::tr("Lights by industry field");
    ReportChart chart;
    chart.kind = ReportChart::Kind::StackedBars;
    chart.title = town ? DashboardReport::tr("Entities per town or street and light") : DashboardReport::tr("Entities per industry field and light");
    chart.categoryField = town ? QStringLiteral("town") : QStringLiteral("industry");
    for (const QString &light : LightCounts::lights())
        chart.series << ReportSeries{lightName(light), light, {}};
    // The largest groups; when only one would be left over it is shown too. The rest are in the
    // table (one "others" bar would dwarf the groups a reader compares).
    const int shown = groups.size() <= DashboardReport::ChartGroups + 1 ? int(groups.size()) : DashboardReport::ChartGroups;
    for (int i = 0; i < shown; ++i) {
        const auto &g = groups.at(i);
        chart.categories << groupName(g, town);
        chart.categoryIds << g.id;
        for (int l = 0; l < 4; ++l)
            chart.series[l].values << double(g.counts.of(LightCounts::lights().at(l)));
    }
    if (groups.size() > shown)
        s.note = DashboardReport::tr("The chart shows the %1 largest groups; the table lists all %2.").arg(shown).arg(groups.size());
    s.charts << chart;

    ReportTable t;
    t.title = town ? DashboardReport::tr("Lights per town or street") : DashboardReport::tr("Lights per industry field");
    t.header << (town ? DashboardReport::tr("Town or street") : DashboardReport::tr("Industry field"));
    for (const QString &light : LightCounts::lights())
        t.header << lightName(light);
    t.header << DashboardReport::tr("Total") << DashboardReport::tr("Red share");
    t.numericColumns = {false, true, true, true, true, true, true};
    for (const auto &g : groups)
        t.rows << (QStringList{groupName(g, town)} + countCells(g.counts));
    t.rows << (QStringList{DashboardReport::tr("Total")} + countCells(overall));
    t.lastRowIsTotal = true;
    s.tables << t;
    return s;
}

} // namespace

QString DashboardReport::title()
{
    return tr("Credit traffic-light dashboard");
}

QString DashboardReport::officeName(const QSqlDatabase &db)
{
    const QString stored = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'office_name'")).toString().trimmed();
    return stored.isEmpty() ? tr("Social credit office") : stored;
}

QList<QPair<QString, QString>> DashboardReport::describe(const QSqlDatabase &db, const ReportFilter &f)
{
    auto name = [&db](const char *table, qint64 id) {
        return sql::scalar(db, QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id}).toString();
    };
    QList<QPair<QString, QString>> out;
    out << qMakePair(tr("Period"), tr("%1 to %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    out << qMakePair(tr("Lights as of"), f.asOf.toString(Qt::ISODate));
    out << qMakePair(tr("Department"), f.departmentId ? name("departments", f.departmentId) : tr("All"));
    out << qMakePair(tr("Industry field"), f.industryId ? name("industries", f.industryId) : tr("All"));
    out << qMakePair(tr("Town or street"), f.townId ? name("towns", f.townId) : tr("All"));
    return out;
}

QList<ReportSection> DashboardReport::lightSections(const DashboardData &d)
{
    QList<ReportSection> sections;

    ReportSection dist;
    dist.title = tr("Credit light distribution");
    dist.note = tr("Lights as recorded on %1 for %2 entities in scope.").arg(d.asOf.toString(Qt::ISODate)).arg(d.entities);
    if (d.withoutLight > 0)
        dist.note += QLatin1Char(' ') + tr("%1 of them had no light recorded by that date and are not counted below.").arg(d.withoutLight);
    ReportChart donut;
    donut.kind = ReportChart::Kind::Donut;
    donut.title = tr("Share of entities per light");
    donut.categoryField = QStringLiteral("light");
    ReportSeries values{tr("Entities"), QString(), {}};
    ReportTable t;
    t.title = tr("Entities per light");
    t.header = QStringList{tr("Light"), tr("Entities"), tr("Share")};
    t.numericColumns = {false, true, true};
    for (const QString &light : LightCounts::lights()) {
        const qint64 n = d.overall.of(light);
        donut.categories << lightName(light);
        donut.sliceColorKeys << light;
        values.values << double(n);
        t.rows << QStringList{lightName(light), QString::number(n), share(n, d.overall.total())};
    }
    donut.series << values;
    t.rows << QStringList{tr("Total"), QString::number(d.overall.total()), share(d.overall.total(), d.overall.total())};
    t.lastRowIsTotal = true;
    dist.charts << donut;
    dist.tables << t;
    sections << dist;

    sections << groupSection(d.byIndustry, d.overall, false);
    sections << groupSection(d.byTown, d.overall, true);

    ReportSection trend;
    trend.title = tr("Monthly trend of the lights");
    trend.note = tr("Entities per light at the end of each month, as recorded in the light history.");
    ReportChart lines;
    lines.kind = ReportChart::Kind::Lines;
    lines.title = tr("Entities per light, month by month");
    lines.categoryField = QStringLiteral("month");
    for (const QString &light : LightCounts::lights())
        lines.series << ReportSeries{lightName(light), light, {}};
    ReportTable tt;
    tt.title = tr("Entities per light at each month end");
    tt.header << tr("Date");
    for (const QString &light : LightCounts::lights())
        tt.header << lightName(light);
    tt.header << tr("Total");
    tt.numericColumns = {false, true, true, true, true, true};
    for (const auto &p : d.trend) {
        lines.categories << p.date.toString(QStringLiteral("yyyy-MM"));
        lines.categoryIds << 0;
        QStringList row{p.date.toString(Qt::ISODate)};
        for (int l = 0; l < 4; ++l) {
            const qint64 n = p.counts.of(LightCounts::lights().at(l));
            lines.series[l].values << double(n);
            row << QString::number(n);
        }
        row << QString::number(p.counts.total());
        tt.rows << row;
    }
    trend.charts << lines;
    trend.tables << tt;
    sections << trend;
    return sections;
}

QList<DashboardReport::SectionProvider> DashboardReport::furtherSections()
{
    // Commitment (core/report/CommitmentStats) and enforcement (core/report/EnforcementStats)
    // figures join here once those modules are in: one provider each, in that order.
    return {};
}

DashboardReport::Result DashboardReport::build(const QSqlDatabase &db, const ReportFilter &filter, const QString &officeName,
                                               const QDateTime &generatedAt)
{
    return build(db, filter, officeName, generatedAt, furtherSections());
}

DashboardReport::Result DashboardReport::build(const QSqlDatabase &db, const ReportFilter &filter, const QString &officeName,
                                               const QDateTime &generatedAt, const QList<SectionProvider> &providers)
{
    const ReportFilter f = DashboardData::resolved(filter);
    Result r;
    r.lights = DashboardData::compute(db, f);
    r.model.title = title();
    r.model.officeName = officeName.trimmed().isEmpty() ? DashboardReport::officeName(db) : officeName.trimmed();
    r.model.filters = describe(db, f);
    r.model.generatedAt = generatedAt.isValid() ? generatedAt : Clock::nowUtc().toLocalTime();
    r.model.sections = lightSections(r.lights);
    for (const SectionProvider &provider : providers)
        r.model.sections << provider(db, f);
    return r;
}

} // namespace cl
