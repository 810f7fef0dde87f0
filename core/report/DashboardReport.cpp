#include "DashboardReport.h"

#include "approval/VerificationService.h"
#include "common/Clock.h"
#include "credit/LightEngine.h"
#include "db/SqlUtil.h"
#include "enforcement/DiscretionEngine.h"
#include "enforcement/Money.h"

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

struct Bar
{
    QString label;
    QString colorKey;
    qint64 value;
};

// One bar per category, each in its own colour: the categories name the bars, so no legend.
ReportChart statusBars(const QString &title, const QList<Bar> &bars)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::StackedBars;
    chart.title = title;
    chart.legend = false;
    for (int i = 0; i < bars.size(); ++i) {
        chart.categories << bars.at(i).label;
        chart.categoryIds << 0;
        ReportSeries series{bars.at(i).label, bars.at(i).colorKey, QList<double>(bars.size(), 0.0)};
        series.values[i] = double(bars.at(i).value);
        chart.series << series;
    }
    return chart;
}

ReportTable figureTable(const QString &title, const QList<QPair<QString, QString>> &figures)
{
    ReportTable t;
    t.title = title;
    t.header = QStringList{DashboardReport::tr("Figure"), DashboardReport::tr("Value")};
    t.numericColumns = {false, true};
    for (const auto &f : figures)
        t.rows << QStringList{f.first, f.second};
    return t;
}

QString count(qint64 n)
{
    return QString::number(n);
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// How the department, industry and town filters apply to a section's figures (empty: none is set).
QString scopeNote(const ReportFilter &f, const QString &department, const QString &entity)
{
    QStringList parts;
    if (f.departmentId > 0)
        parts << department;
    if (f.industryId > 0 || f.townId > 0)
        parts << entity;
    return parts.join(QLatin1Char(' '));
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

QList<ReportSection> DashboardReport::commitmentSections(const CommitmentStats &s, const ReportFilter &f)
{
    ReportSection section;
    section.title = tr("Approval by commitment");
    section.note = tr("Applications approved and verification tasks pushed from %1 to %2; a verification is overdue when it was "
                      "still pending past its due date on %3.")
                       .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate), f.asOf.toString(Qt::ISODate));
    const QString scope = scopeNote(f,
                                    tr("Department: approvals of the items it approves or supervises, and the verification tasks "
                                       "pushed to it."),
                                    tr("Industry field and town or street: those of the applicant."));
    if (!scope.isEmpty())
        section.note += QLatin1Char(' ') + scope;

    const qint64 pendingNotDue = qMax<qint64>(0, s.pushes - s.verified - s.overdue);
    section.charts << statusBars(tr("Verification tasks pushed in the period, by status"),
                                 {{VerificationService::outcomeLabel(QStringLiteral("fulfilled")), QStringLiteral("green"), s.fulfilled},
                                  {VerificationService::outcomeLabel(QStringLiteral("partial")), QStringLiteral("yellow"), s.partial},
                                  {VerificationService::outcomeLabel(QStringLiteral("unfulfilled")), QStringLiteral("red"), s.unfulfilled},
                                  {VerificationService::outcomeLabel(QStringLiteral("false")), QStringLiteral("red"), s.falseCommitments},
                                  {tr("Pending, not yet due"), QStringLiteral("grey"), pendingNotDue},
                                  {tr("Overdue, not verified"), QStringLiteral("red"), s.overdue}});

    const qint64 byCommitment = s.approvedByCommitment + s.approvedByDeficiency;
    const QString averageSaved = byCommitment > 0 ? QString::number(double(s.workingDaysSaved) / double(byCommitment), 'f', 1)
                                                  : QStringLiteral("0.0");
    section.tables << figureTable(tr("Approvals by commitment"),
                                  {{tr("Applications approved (all modes)"), count(s.approvedTotal)},
                                   {tr("Approved by commitment"), count(s.approvedByCommitment)},
                                   {tr("Approved by deficiency acceptance"), count(s.approvedByDeficiency)},
                                   {tr("Share handled by commitment"), share(byCommitment, s.approvedTotal)},
                                   {tr("Items handled by commitment"), count(s.itemsByCommitment)},
                                   {tr("Working days saved against the ordinary time limit"), count(s.workingDaysSaved)},
                                   {tr("Working days saved per approval by commitment"), averageSaved}});
    section.tables << figureTable(tr("Verification of commitments"),
                                  {{tr("Verification tasks pushed"), count(s.pushes)},
                                   {tr("Verified"), count(s.verified)},
                                   {tr("Verification coverage"), share(s.verified, s.pushes)},
                                   {tr("Overdue, not verified"), count(s.overdue)},
                                   {VerificationService::outcomeLabel(QStringLiteral("fulfilled")), count(s.fulfilled)},
                                   {VerificationService::outcomeLabel(QStringLiteral("partial")), count(s.partial)},
                                   {VerificationService::outcomeLabel(QStringLiteral("unfulfilled")), count(s.unfulfilled)},
                                   {VerificationService::outcomeLabel(QStringLiteral("false")), count(s.falseCommitments)},
                                   {tr("Fulfilment rate (fulfilled of verified)"), share(s.fulfilled, s.verified)}});
    return {section};
}

QList<ReportSection> DashboardReport::enforcementSections(const EnforcementStats &s, const ReportFilter &f)
{
    ReportSection section;
    section.title = tr("Inclusive-prudent enforcement");
    section.note = tr("Penalty decisions taken from %1 to %2; open cases are not counted. Soft measures: no penalty, a mitigated or a "
                      "lighter penalty. Fines not imposed: the standard band's lower limit less the fine imposed, summed over the soft "
                      "measures.")
                       .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
    const QString scope = scopeNote(f, tr("Department: the cases it handled."), tr("Industry field and town or street: those of the party."));
    if (!scope.isEmpty())
        section.note += QLatin1Char(' ') + scope;

    QList<Bar> bars;
    ReportTable outcomes;
    outcomes.title = tr("Penalty decisions by outcome");
    outcomes.header = QStringList{tr("Outcome"), tr("Decisions"), tr("Share")};
    outcomes.numericColumns = {false, true, true};
    for (const QString &outcome : DiscretionEngine::outcomes()) {
        const qint64 n = s.byOutcome.value(outcome);
        const bool soft = outcome == QLatin1String("no_penalty") || outcome == QLatin1String("mitigated") || outcome == QLatin1String("lighter");
        const QString colour = soft ? QStringLiteral("green") : outcome == QLatin1String("heavier") ? QStringLiteral("red") : QStringLiteral("grey");
        const QString label = capitalised(DiscretionEngine::outcomeLabel(outcome));
        bars << Bar{label, colour, n};
        outcomes.rows << QStringList{label, count(n), share(n, s.decisions)};
    }
    outcomes.rows << QStringList{tr("Total"), count(s.decisions), share(s.decisions, s.decisions)};
    outcomes.lastRowIsTotal = true;
    section.charts << statusBars(tr("Penalty decisions in the period, by outcome"), bars);

    section.tables << figureTable(tr("Soft enforcement"),
                                  {{tr("Penalty decisions"), count(s.decisions)},
                                   {tr("Soft measures applied"), count(s.softMeasuresApplied)},
                                   {tr("Entities that benefited"), count(s.entitiesBenefited)},
                                   {tr("Penalty-free cases"), count(s.penaltyFreeCases)},
                                   {tr("Fines not imposed (yuan)"), money::yuanText(s.finesNotImposedFen)},
                                   {tr("Fines imposed (yuan)"), money::yuanText(s.finesImposedFen)},
                                   {tr("Penalty records"), count(s.penalties)},
                                   {tr("Decisions other than recommended (with a written reason)"), count(s.overrides)}});
    section.tables << outcomes;
    return {section};
}

QList<DashboardReport::SectionProvider> DashboardReport::furtherSections()
{
    return {[](const QSqlDatabase &db, const ReportFilter &f) { return commitmentSections(CommitmentStats::compute(db, f), f); },
            [](const QSqlDatabase &db, const ReportFilter &f) { return enforcementSections(EnforcementStats::compute(db, f), f); }};
}

DashboardReport::Result DashboardReport::build(const QSqlDatabase &db, const ReportFilter &filter, const QString &officeName,
                                               const QDateTime &generatedAt)
{
    // The sections of furtherSections() (keep the two in step), keeping their figures for the caller: the
    // command line prints them and writes them as JSON.
    CommitmentStats commitment;
    EnforcementStats enforcement;
    const QList<SectionProvider> sections{[&commitment](const QSqlDatabase &d, const ReportFilter &f) {
                                              commitment = CommitmentStats::compute(d, f);
                                              return commitmentSections(commitment, f);
                                          },
                                          [&enforcement](const QSqlDatabase &d, const ReportFilter &f) {
                                              enforcement = EnforcementStats::compute(d, f);
                                              return enforcementSections(enforcement, f);
                                          }};
    Result r = build(db, filter, officeName, generatedAt, sections);
    r.commitment = commitment;
    r.enforcement = enforcement;
    return r;
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
