#include "DashboardPage.h"

#include "auth/Authorizer.h"
#include "common/AppFont.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/JobRunner.h"
#include "common/LightIcon.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"
#include "report/ReportRenderer.h"
#include "report/ReportTableExport.h"

#include <QComboBox>
#include <QDir>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace cl {

namespace {

constexpr int RecomputeDelayMs = 250;

QFont chartFont(int pointSize, bool bold = false)
{
    QFont f;
    const QStringList families = AppFont::families();
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

QString shareText(double part, double whole)
{
    return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

// The category axis (left) and count axis (bottom) of a horizontal stacked bar chart whose longest
// bar is `max`: shared by the register charts and the section charts.
void attachBarAxes(QChart *c, QHorizontalStackedBarSeries *bars, const QStringList &categories, double max, int ticks)
{
    bars->setBarWidth(0.7);
    c->addSeries(bars);
    auto *axisY = new QBarCategoryAxis(c);
    axisY->append(categories);
    axisY->setLabelsFont(chartFont(9));
    auto *axisX = new QValueAxis(c);
    axisX->setRange(0, std::max(1.0, max));
    axisX->setTickCount(ticks);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setLabelsFont(chartFont(8));
    c->addAxis(axisY, Qt::AlignLeft);
    c->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisY);
    bars->attachAxis(axisX);
}

} // namespace

DashboardPage::DashboardPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_runner(new JobRunner(db, this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_asOf(new QDateEdit(this)), m_department(new QComboBox(this)), m_industry(new QComboBox(this)),
      m_town(new QComboBox(this)), m_status(new QLabel(this)), m_print(new QPushButton(tr("Print &preview…"), this)),
      m_exportPdf(new QPushButton(tr("Export P&DF…"), this)), m_exportXlsx(new QPushButton(tr("Export &Excel…"), this)),
      m_exportCsv(new QPushButton(tr("Export &CSV…"), this)), m_donutView(new QChartView(this)), m_trendView(new QChartView(this)),
      m_industryView(new QChartView(this)), m_townView(new QChartView(this)), m_further(new QVBoxLayout)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    m_donutView->setObjectName(QStringLiteral("lightDonut"));
    m_trendView->setObjectName(QStringLiteral("lightTrend"));
    m_industryView->setObjectName(QStringLiteral("industryBars"));
    m_townView->setObjectName(QStringLiteral("townBars"));
    for (QChartView *view : {m_donutView, m_trendView, m_industryView, m_townView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
    }

    auto *layout = new QVBoxLayout(this);
    buildFilters(layout);
    layout->addWidget(m_status);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_donutView, 0, 0);
    grid->addWidget(m_trendView, 0, 1);
    grid->addWidget(m_industryView, 1, 0);
    grid->addWidget(m_townView, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addLayout(m_further, 2, 0, 1, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(RecomputeDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    for (QDateEdit *edit : {m_from, m_to, m_asOf})
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_debounce.start(); });
    for (QComboBox *combo : {m_department, m_industry, m_town})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_runner, &JobRunner::succeeded, this, [this] { showResult(m_computed); });
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) { showFailure(message); });
    connect(m_runner, &JobRunner::finished, this, [this] {
        if (m_pending)
            start();
    });
    connect(m_print, &QPushButton::clicked, this, &DashboardPage::printPreview);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportFile(QStringLiteral("pdf")); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportFile(QStringLiteral("xlsx")); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportFile(QStringLiteral("csv")); });
    for (QPushButton *b : {m_print, m_exportPdf, m_exportXlsx, m_exportCsv})
        b->setEnabled(false);

    // Reports are for the roles with report.view (managers, administrators): others see why not.
    m_allowed = Authorizer::allowed(db.sql(), actor, Permission::ReportView);
    if (!m_allowed) {
        m_status->setText(tr("Your role may not view reports (permission: view reports). Ask an administrator."));
        for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_asOf, m_department, m_industry, m_town, scroll})
            w->setEnabled(false);
    }

    m_donutView->setChart(newChart(tr("Credit lights")));
    m_trendView->setChart(newChart(tr("Monthly trend")));
    m_industryView->setChart(newChart(tr("By industry field")));
    m_townView->setChart(newChart(tr("By town or street")));
}

DashboardPage::~DashboardPage()
{
    // The worker writes m_computed: it must have stopped before the members go.
    delete m_runner;
}

void DashboardPage::buildFilters(QLayout *into)
{
    const QDate today = Clock::today();
    const ReportFilter defaults = DashboardData::resolved(ReportFilter{});
    for (QDateEdit *edit : {m_from, m_to, m_asOf}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(today.addYears(5));
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_from->setDate(defaults.from);
    m_to->setDate(defaults.to);
    m_asOf->setDate(today);
    m_asOf->setToolTip(tr("Lights are counted as recorded on this date"));

    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_industry->setObjectName(QStringLiteral("industryFilter"));
    m_town->setObjectName(QStringLiteral("townFilter"));
    m_department->addItem(tr("All departments"), 0);
    for (const NamedRow &d : ReferenceData::departments(m_db.sql()))
        m_department->addItem(d.name, d.id);
    m_department->setToolTip(tr("The entities of the industry fields the department supervises"));
    m_industry->addItem(tr("All industries"), 0);
    for (const NamedRow &i : ReferenceData::industries(m_db.sql()))
        m_industry->addItem(i.name, i.id);
    m_industry->setMaxVisibleItems(20);
    m_town->addItem(tr("All towns and streets"), 0);
    for (const NamedRow &t : ReferenceData::towns(m_db.sql()))
        m_town->addItem(t.name, t.id);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Period"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Lights as of"), this));
    row->addWidget(m_asOf);
    row->addSpacing(12);
    row->addWidget(m_department, 1);
    row->addWidget(m_industry, 1);
    row->addWidget(m_town, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *b : {m_print, m_exportPdf, m_exportXlsx, m_exportCsv})
        buttons->addWidget(b);
    auto *box = new QVBoxLayout;
    box->addLayout(row);
    box->addLayout(buttons);
    static_cast<QBoxLayout *>(into)->addLayout(box);
}

ReportFilter DashboardPage::filter() const
{
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.asOf = m_asOf->date();
    f.departmentId = m_department->currentData().toLongLong();
    f.industryId = m_industry->currentData().toLongLong();
    f.townId = m_town->currentData().toLongLong();
    return f;
}

bool DashboardPage::isBusy() const
{
    return m_runner->isRunning() || m_pending || m_debounce.isActive();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Computed when first looked at: the main window opens without waiting for the figures.
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

void DashboardPage::refresh()
{
    m_debounce.stop();
    // Not looked at yet: the first showing computes (no work at 1M entities for a page never opened).
    if (m_shownOnce && m_allowed)
        start();
}

void DashboardPage::start()
{
    if (m_runner->isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const ReportFilter f = filter();
    m_status->setText(tr("Computing the figures…"));
    m_runner->start([this, f](Database &db, ImportJob &) { m_computed = DashboardReport::build(db.sql(), f); });
}

void DashboardPage::showFailure(const QString &message)
{
    m_status->setText(tr("The figures could not be computed: %1").arg(message));
}

void DashboardPage::showResult(const DashboardReport::Result &result)
{
    if (m_pending)
        return;  // the filters changed meanwhile: the next result replaces this one at once
    m_result = result;
    const DashboardData &d = m_result.lights;
    QString status = tr("Lights as recorded on %1 for %2 entities; trend %3 to %4.")
                         .arg(d.asOf.toString(Qt::ISODate))
                         .arg(d.entities)
                         .arg(d.periodFrom.toString(Qt::ISODate), d.periodTo.toString(Qt::ISODate));
    if (d.withoutLight > 0)
        status += QLatin1Char(' ') + tr("%1 entities have no light recorded by that date.").arg(d.withoutLight);
    status += QLatin1Char(' ') + tr("Click a light in a chart to list those entities.");
    m_status->setText(status);
    const QList<ReportSection> &sections = m_result.model.sections;
    // The light sections, in DashboardReport::lightSections order: distribution, industry, town, trend.
    if (sections.size() >= 4) {
        fillDonut(sections.at(0).charts.value(0));
        fillBars(m_industryView, m_industryBars, sections.at(1).charts.value(0), false);
        fillBars(m_townView, m_townBars, sections.at(2).charts.value(0), true);
        fillTrend(sections.at(3).charts.value(0));
        fillFurtherSections(sections.mid(4));
    }
    for (QPushButton *b : {m_print, m_exportPdf, m_exportXlsx, m_exportCsv})
        b->setEnabled(true);
    emit updated();
}

QChart *DashboardPage::newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(chartFont(11, true));
    chart->legend()->setFont(chartFont(9));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    return chart;
}

void DashboardPage::fillDonut(const ReportChart &chart)
{
    QChart *c = newChart(chart.title);
    m_pie = new QPieSeries(c);
    m_pie->setHoleSize(0.5);
    m_pie->setPieSize(0.85);
    const QList<double> values = chart.series.value(0).values;
    double total = 0;
    for (double v : values)
        total += v;
    for (int i = 0; i < chart.categories.size(); ++i) {
        const double v = values.value(i);
        const QString light = chart.sliceColorKeys.value(i);
        auto *slice = m_pie->append(tr("%1  %2 (%3)").arg(chart.categories.at(i)).arg(qint64(v)).arg(shareText(v, total)), v);
        slice->setColor(LightIcon::color(light));
        slice->setBorderColor(Qt::white);
        slice->setProperty("light", light);
        connect(slice, &QPieSlice::clicked, this, [this, light] {
            emit entitiesRequested(light, filter().industryId, filter().townId);
        });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    c->addSeries(m_pie);
    c->legend()->setAlignment(Qt::AlignRight);
    c->setTitle(tr("%1 · %2 entities").arg(chart.title).arg(qint64(total)));
    QChart *old = m_donutView->chart();
    m_donutView->setChart(c);
    delete old;
}

void DashboardPage::fillBars(QChartView *view, QAbstractBarSeries *&series, const ReportChart &chart, bool town)
{
    QChart *c = newChart(chart.title);
    auto *bars = new QHorizontalStackedBarSeries(c);
    // Largest group on top: the axis runs bottom-up.
    QStringList categories = chart.categories;
    QList<qint64> ids = chart.categoryIds;
    std::reverse(categories.begin(), categories.end());
    std::reverse(ids.begin(), ids.end());
    double max = 0;
    QList<double> totals(categories.size(), 0.0);
    for (const ReportSeries &s : chart.series) {
        auto *set = new QBarSet(s.name, bars);
        set->setColor(LightIcon::color(s.colorKey));
        set->setBorderColor(LightIcon::color(s.colorKey));
        QList<double> values = s.values;
        std::reverse(values.begin(), values.end());
        for (int i = 0; i < values.size(); ++i) {
            *set << values.at(i);
            totals[i] += values.at(i);
        }
        const QString light = s.colorKey;
        connect(set, &QBarSet::clicked, this, [this, light, ids, town](int index) {
            const qint64 id = ids.value(index);
            const ReportFilter f = filter();
            emit entitiesRequested(light, town ? f.industryId : id, town ? id : f.townId);
        });
        bars->append(set);
    }
    for (double t : totals)
        max = std::max(max, t);
    attachBarAxes(c, bars, categories, max, 6);
    c->legend()->setAlignment(Qt::AlignTop);
    // Room for every category label: QtCharts elides the labels of a crowded category axis to "...".
    view->setMinimumHeight(std::max(320, 110 + 30 * int(categories.size())));
    QChart *old = view->chart();
    view->setChart(c);
    delete old;
    series = bars;
    (town ? m_townIds : m_industryIds) = ids;
}

void DashboardPage::fillTrend(const ReportChart &chart)
{
    QChart *c = newChart(chart.title);
    auto *axisX = new QBarCategoryAxis(c);
    axisX->append(chart.categories);
    axisX->setLabelsFont(chartFont(8));
    // Upright month labels do not fit side by side beyond a few months; turned, they are never elided.
    if (chart.categories.size() > 6)
        axisX->setLabelsAngle(-90);
    auto *axisY = new QValueAxis(c);
    double max = 0;
    for (const ReportSeries &s : chart.series)
        for (double v : s.values)
            max = std::max(max, v);
    axisY->setRange(0, std::max(1.0, max));
    axisY->setTickCount(5);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setLabelsFont(chartFont(8));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    for (const ReportSeries &s : chart.series) {
        auto *line = new QLineSeries(c);
        line->setName(s.name);
        QPen pen(LightIcon::color(s.colorKey));
        pen.setWidthF(2);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (int i = 0; i < s.values.size(); ++i)
            line->append(i, s.values.at(i));
        c->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        const QString light = s.colorKey;
        connect(line, &QLineSeries::clicked, this, [this, light] {
            const ReportFilter f = filter();
            emit entitiesRequested(light, f.industryId, f.townId);
        });
    }
    c->legend()->setAlignment(Qt::AlignTop);
    QChart *old = m_trendView->chart();
    m_trendView->setChart(c);
    delete old;
}

QChartView *DashboardPage::sectionChart(const ReportChart &chart, QWidget *parent)
{
    // Further sections bring small status bars (one colour per category): no drill-down, the
    // categories name the bars.
    QChart *c = newChart(chart.title);
    auto *bars = new QHorizontalStackedBarSeries(c);
    QStringList categories = chart.categories;
    std::reverse(categories.begin(), categories.end());  // the first category on top
    QList<double> totals(categories.size(), 0.0);
    for (const ReportSeries &s : chart.series) {
        auto *set = new QBarSet(s.name, bars);
        set->setColor(LightIcon::color(s.colorKey));
        set->setBorderColor(LightIcon::color(s.colorKey));
        QList<double> values = s.values;
        std::reverse(values.begin(), values.end());
        for (int i = 0; i < values.size(); ++i) {
            *set << values.at(i);
            totals[i] += values.at(i);
        }
        bars->append(set);
    }
    double max = 0;
    for (double t : totals)
        max = std::max(max, t);
    attachBarAxes(c, bars, categories, max, 5);
    c->legend()->setVisible(chart.legend);
    auto *view = new QChartView(c, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(std::max(220, 80 + 30 * int(categories.size())));
    view->setMinimumWidth(360);
    return view;
}

void DashboardPage::fillFurtherSections(const QList<ReportSection> &sections)
{
    while (QLayoutItem *item = m_further->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ReportSection &section : sections) {
        auto *box = new QGroupBox(section.title, this);
        box->setObjectName(QStringLiteral("section%1").arg(m_further->count()));
        // The title reads as a heading; style sheet fonts do not pass on to the box's children.
        box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; font-size: 11pt; }"));
        auto *layout = new QVBoxLayout(box);
        if (!section.note.isEmpty()) {
            auto *note = new QLabel(section.note, box);
            note->setWordWrap(true);
            layout->addWidget(note);
        }
        // The chart on the left, the tables beside it.
        auto *row = new QHBoxLayout;
        layout->addLayout(row);
        for (const ReportChart &chart : section.charts) {
            if (chart.kind == ReportChart::Kind::StackedBars)
                row->addWidget(sectionChart(chart, box), 3);
        }
        for (const ReportTable &table : section.tables) {
            auto *column = new QVBoxLayout;
            auto *title = new QLabel(table.title, box);
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
            column->addWidget(title);
            auto *widget = new QTableWidget(int(table.rows.size()), int(table.header.size()), box);
            widget->setHorizontalHeaderLabels(table.header);
            widget->verticalHeader()->hide();
            widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
            widget->setSelectionMode(QAbstractItemView::NoSelection);
            for (int r = 0; r < table.rows.size(); ++r)
                for (int c = 0; c < table.rows.at(r).size(); ++c) {
                    auto *item = new QTableWidgetItem(table.rows.at(r).at(c));
                    if (table.numericColumns.value(c))
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    if (table.lastRowIsTotal && r == table.rows.size() - 1) {
                        QFont f = item->font();
                        f.setBold(true);
                        item->setFont(f);
                    }
                    widget->setItem(r, c, item);
                }
            widget->resizeColumnsToContents();
            widget->horizontalHeader()->setStretchLastSection(true);
            // All rows shown: the page scrolls, not the table.
            int height = widget->horizontalHeader()->sizeHint().height() + 2 * widget->frameWidth();
            for (int r = 0; r < widget->rowCount(); ++r)
                height += widget->rowHeight(r);
            widget->setFixedHeight(height);
            widget->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            column->addWidget(widget);
            column->addStretch(1);
            row->addLayout(column, 2);
        }
        m_further->addWidget(box);
    }
}

void DashboardPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout(QPageLayout::Portrait));
    printer.setFullPage(true);
    printer.setDocName(m_result.model.title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: %1").arg(m_result.model.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        const QPageLayout::Orientation orientation = p->pageLayout().orientation();
        p->setPageLayout(ReportRenderer::pageLayout(orientation));
        p->setFullPage(true);
        try {
            ReportRenderer(m_result.model, orientation).render(p);
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Print"), e.message());
        }
    });
    preview.resize(900, 1000);
    preview.exec();
}

void DashboardPage::exportFile(const QString &format)
{
    QString filterText;
    if (format == QLatin1String("pdf"))
        filterText = tr("PDF document (*.pdf)");
    else if (format == QLatin1String("xlsx"))
        filterText = tr("Excel workbook (*.xlsx)");
    else
        filterText = tr("CSV, UTF-8 (*.csv);;CSV, GB18030 for older programs (*.csv)");
    const QString suggested = tr("dashboard-%1.%2").arg(m_result.lights.asOf.toString(Qt::ISODate), format);
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"), suggested, filterText, &chosenFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    try {
        if (format == QLatin1String("pdf"))
            ReportRenderer::writePdf(m_result.model, path, QPageLayout::Portrait);
        else if (format == QLatin1String("xlsx"))
            ReportTableExport::writeXlsx(path, m_result.model);
        else
            ReportTableExport::writeCsv(path, m_result.model,
                                        chosenFilter.contains(QLatin1String("GB18030")) ? ReportTableExport::CsvEncoding::Gb18030
                                                                                         : ReportTableExport::CsvEncoding::Utf8Bom);
        m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export the dashboard"), e.message());
    }
}

} // namespace cl
