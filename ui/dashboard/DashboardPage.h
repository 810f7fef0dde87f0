#pragma once

#include "auth/Actor.h"
#include "report/DashboardReport.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QVBoxLayout;

class QChart;
class QChartView;
class QPieSeries;
class QAbstractBarSeries;

namespace cl {

class Database;
class JobRunner;

// 看板: the traffic-light dashboard. Filters (period, as-of date, department, industry field,
// town/street) recompute the figures on a worker thread (JobRunner); a donut of the lights, stacked
// bars per industry field and per town/street, and the monthly trend show them. Sections of further
// providers (DashboardReport::furtherSections: commitment, enforcement) appear under the charts,
// each with its status bars and tables. Print preview,
// PDF, XLSX and CSV export the same report. Clicking a light in a chart opens the entity list
// filtered to it.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~DashboardPage() override;

    bool isBusy() const;
    // The actor may view reports (report.view); otherwise the page says so and computes nothing.
    bool isAllowed() const { return m_allowed; }
    // The report on screen (empty until the first computation has finished).
    const ReportModel &report() const { return m_result.model; }
    const DashboardData &figures() const { return m_result.lights; }
    ReportFilter filter() const;

    QPieSeries *lightSeries() const { return m_pie; }
    QAbstractBarSeries *industrySeries() const { return m_industryBars; }
    QAbstractBarSeries *townSeries() const { return m_townBars; }

public slots:
    // Computes again with the current filters (after imports, or on the user's wish); before the
    // page was first shown, nothing (showing it computes).
    void refresh();

signals:
    // The entity list, filtered: light (red|yellow|green|grey), industry and town ids (0: any).
    void entitiesRequested(const QString &light, qint64 industryId, qint64 townId);
    // A computation has finished and the charts show it.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters(QLayout *into);
    void start();
    void showResult(const DashboardReport::Result &result);
    void showFailure(const QString &message);
    void fillDonut(const ReportChart &chart);
    void fillBars(QChartView *view, QAbstractBarSeries *&series, const ReportChart &chart, bool town);
    void fillTrend(const ReportChart &chart);
    void fillFurtherSections(const QList<ReportSection> &sections);
    QChartView *sectionChart(const ReportChart &chart, QWidget *parent);
    void printPreview();
    void exportFile(const QString &format);
    QChart *newChart(const QString &title);

    Database &m_db;
    Actor m_actor;
    JobRunner *m_runner;
    QTimer m_debounce;
    bool m_allowed = false;   // report.view
    bool m_pending = false;
    bool m_shownOnce = false;
    DashboardReport::Result m_result;
    DashboardReport::Result m_computed;   // written by the worker, read after it ends

    QDateEdit *m_from;
    QDateEdit *m_to;
    QDateEdit *m_asOf;
    QComboBox *m_department;
    QComboBox *m_industry;
    QComboBox *m_town;
    QLabel *m_status;
    QPushButton *m_print;
    QPushButton *m_exportPdf;
    QPushButton *m_exportXlsx;
    QPushButton *m_exportCsv;
    QChartView *m_donutView;
    QChartView *m_trendView;
    QChartView *m_industryView;
    QChartView *m_townView;
    QPieSeries *m_pie = nullptr;
    QAbstractBarSeries *m_industryBars = nullptr;
    QAbstractBarSeries *m_townBars = nullptr;
    QVBoxLayout *m_further;
    QList<qint64> m_industryIds, m_townIds;  // bar category → id, in the series' order
};

} // namespace cl
