// The dashboard page through the real widgets, offscreen, on a demo store: the charts show the
// figures of DashboardData; changing a filter computes again and the charts follow; clicking the
// red slice (or a bar) opens the entity list showing only those entities.
// Set CREDITLOOP_SCREENSHOTS=<folder> to save what the page looks like.
#include "TestStore.h"
#include "auth/UserService.h"
#include "common/AppFont.h"
#include "common/Translations.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "entities/EntityListModel.h"
#include "entities/EntityPage.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QtCharts/QChartView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QPieSeries>
#include <QtTest>

using namespace cl;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CREDITLOOP_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name);
}

double pieTotal(QPieSeries *pie)
{
    double sum = 0;
    for (QPieSlice *s : pie->slices())
        sum += s->value();
    return sum;
}

QPieSlice *slice(QPieSeries *pie, const QString &light)
{
    for (QPieSlice *s : pie->slices())
        if (s->property("light").toString() == light)
            return s;
    return nullptr;
}

QBarSet *barSet(QAbstractBarSeries *series, int index)
{
    return series->barSets().value(index);
}

// The section box of the page with that title (the sections after the light charts).
QGroupBox *sectionBox(DashboardPage *page, const QString &title)
{
    for (QGroupBox *box : page->findChildren<QGroupBox *>())
        if (box->title() == title)
            return box;
    return nullptr;
}

// The value shown next to a figure label in a section's tables.
QString shownFigure(QGroupBox *box, const QString &label)
{
    for (QTableWidget *table : box->findChildren<QTableWidget *>())
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0) && table->item(r, 0)->text() == label)
                return table->item(r, 1)->text();
    return QStringLiteral("<missing %1>").arg(label);
}

// The sum of the bars a section's chart shows.
double barTotal(QGroupBox *box)
{
    double sum = 0;
    for (QChartView *view : box->findChildren<QChartView *>())
        for (QAbstractSeries *series : view->chart()->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    for (int i = 0; i < set->count(); ++i)
                        sum += set->at(i);
    return sum;
}

// The commitment and enforcement sections show the figures of their stats for the page's filter.
void checkFurtherSections(DashboardPage *page, const QSqlDatabase &db)
{
    const ReportFilter f = DashboardData::resolved(page->filter());
    const CommitmentStats c = CommitmentStats::compute(db, f);
    const EnforcementStats e = EnforcementStats::compute(db, f);
    QGroupBox *commitment = sectionBox(page, DashboardReport::tr("Approval by commitment"));
    QGroupBox *enforcement = sectionBox(page, DashboardReport::tr("Inclusive-prudent enforcement"));
    QVERIFY(commitment && enforcement);
    QCOMPARE(shownFigure(commitment, DashboardReport::tr("Verification tasks pushed")), QString::number(c.pushes));
    QCOMPARE(shownFigure(commitment, DashboardReport::tr("Working days saved against the ordinary time limit")),
             QString::number(c.workingDaysSaved));
    QCOMPARE(qint64(barTotal(commitment)), c.pushes);  // every pushed task in one status bar
    QCOMPARE(shownFigure(enforcement, DashboardReport::tr("Penalty-free cases")), QString::number(e.penaltyFreeCases));
    QCOMPARE(qint64(barTotal(enforcement)), e.decisions);
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CREDITLOOP_FIXED_NOW", "2026-11-27T02:00:00Z");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CreditLoopTest"));
        QCoreApplication::setApplicationName(QStringLiteral("CreditLoopDashboardTest"));
        QSettings().clear();
        AppFont::apply(*qApp);
        Translations::install(QStringLiteral("zh_CN"));
        m_store = std::make_unique<test::TestStore>();
        DemoOptions o;
        o.entities = 1500;
        DemoGenerator::generate(m_store->db(), Actor::bootstrap(), o);
        m_manager = UserService(m_store->db()).login(QStringLiteral("manager"), DemoGenerator::demoPassword());
    }

    void chartsFollowTheFilters()
    {
        MainWindow window(m_store->db(), m_manager);
        window.resize(1600, 1000);
        window.show();
        window.showArea(MainWindow::DashboardArea);
        DashboardPage *page = window.dashboardPage();
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->lightSeries(), 30000);

        // The whole store: the donut's slices are the light counts.
        DashboardData expected = DashboardData::compute(m_store->db().sql(), page->filter());
        QCOMPARE(expected.entities, 1500);
        QCOMPARE(qint64(pieTotal(page->lightSeries())), expected.overall.total());
        QCOMPARE(qint64(slice(page->lightSeries(), QStringLiteral("red"))->value()), expected.overall.red);
        QCOMPARE(page->townSeries()->barSets().size(), 4);
        QCOMPARE(barSet(page->townSeries(), 0)->count(), int(expected.byTown.size()));
        QVERIFY(slice(page->lightSeries(), QStringLiteral("red"))->label().contains(QString::number(expected.overall.red)));
        saveShot(&window, QStringLiteral("dashboard.png"));
        checkFurtherSections(page, m_store->db().sql());
        QVERIFY(CommitmentStats::compute(m_store->db().sql(), DashboardData::resolved(page->filter())).pushes > 0);
        {
            auto *scroll = page->findChild<QScrollArea *>();
            QVERIFY(scroll);
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
            saveShot(&window, QStringLiteral("dashboard-commitment-enforcement.png"));
            scroll->verticalScrollBar()->setValue(0);
        }

        // One town: computed again; the donut and the bars show that town only.
        auto *town = page->findChild<QComboBox *>(QStringLiteral("townFilter"));
        QSignalSpy updated(page, &DashboardPage::updated);
        town->setCurrentIndex(town->findText(QStringLiteral("东莱街道")));
        QVERIFY(updated.wait(30000));
        QTRY_VERIFY(!page->isBusy());
        expected = DashboardData::compute(m_store->db().sql(), page->filter());
        QVERIFY(expected.entities > 0 && expected.entities < 1500);
        QCOMPARE(qint64(pieTotal(page->lightSeries())), expected.overall.total());
        QCOMPARE(barSet(page->townSeries(), 0)->count(), 1);
        double industrySum = 0;
        for (QBarSet *set : page->industrySeries()->barSets())
            for (int i = 0; i < set->count(); ++i)
                industrySum += set->at(i);
        QVERIFY(industrySum <= expected.overall.total());
        QVERIFY(page->report().filterLine().contains(QStringLiteral("东莱街道")));
        checkFurtherSections(page, m_store->db().sql());
        saveShot(&window, QStringLiteral("dashboard-town.png"));

        // A period that ends before it starts is said in the status line; the charts keep the last figures.
        auto *from = page->findChild<QDateEdit *>(QStringLiteral("periodFrom"));
        auto *to = page->findChild<QDateEdit *>(QStringLiteral("periodTo"));
        QVERIFY(from && to);
        const qint64 shown = qint64(pieTotal(page->lightSeries()));
        from->setDate(to->date().addDays(1));
        auto *status = page->findChild<QLabel *>(QStringLiteral("dashboardStatus"));
        const QString expectedError = DashboardData::tr("The period starts (%1) after it ends (%2).")
                                          .arg(from->date().toString(Qt::ISODate), to->date().toString(Qt::ISODate));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(expectedError), 20000);
        QCOMPARE(qint64(pieTotal(page->lightSeries())), shown);
    }

    void redSliceOpensTheRedEntities()
    {
        MainWindow window(m_store->db(), m_manager);
        window.resize(1600, 1000);
        window.show();
        window.showArea(MainWindow::DashboardArea);
        DashboardPage *page = window.dashboardPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->lightSeries(), 30000);
        const qint64 red = page->figures().overall.red;
        QVERIFY(red > 0);

        QPieSlice *redSlice = slice(page->lightSeries(), QStringLiteral("red"));
        QVERIFY(redSlice);
        emit redSlice->clicked();
        QCOMPARE(window.currentArea(), int(MainWindow::EntitiesArea));
        EntityListModel *model = window.entityPage()->model();
        QCOMPARE(model->query().light, QStringLiteral("red"));
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), red, 20000);
        QCOMPARE(model->rowCount(), int(red));
        QTRY_VERIFY(model->data(model->index(0, 0), EntityListModel::LoadedRole).toBool());
        for (int row = 0; row < model->rowCount(); ++row) {
            QTRY_VERIFY(model->data(model->index(row, 0), EntityListModel::LoadedRole).toBool());
            QCOMPARE(model->data(model->index(row, 0), EntityListModel::LightRole).toString(), QStringLiteral("red"));
        }
        saveShot(&window, QStringLiteral("dashboard-drilldown-red.png"));

        // A yellow bar of the largest industry field: that field's yellow entities.
        window.showArea(MainWindow::DashboardArea);
        const DashboardData::Group largest = page->figures().byIndustry.first();
        QBarSet *yellow = barSet(page->industrySeries(), 1);
        const int lastCategory = yellow->count() - 1;  // the largest group is drawn on top
        emit yellow->clicked(lastCategory);
        QCOMPARE(window.currentArea(), int(MainWindow::EntitiesArea));
        QCOMPARE(model->query().light, QStringLiteral("yellow"));
        QCOMPARE(model->query().industryId, largest.id);
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), largest.counts.yellow, 20000);
    }

    // A window clerk has no report.view: the page says so and computes nothing.
    void clerkMayNotViewReports()
    {
        const Actor clerk = UserService(m_store->db()).login(QStringLiteral("clerk"), DemoGenerator::demoPassword());
        MainWindow window(m_store->db(), clerk);
        window.show();
        window.showArea(MainWindow::DashboardArea);
        DashboardPage *page = window.dashboardPage();
        QVERIFY(!page->isAllowed());
        QTest::qWait(50);
        QVERIFY(!page->isBusy());
        QVERIFY(!page->lightSeries());
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("dashboardStatus"))->text(),
                 DashboardPage::tr("Your role may not view reports (permission: view reports). Ask an administrator."));
        QVERIFY(!page->findChild<QComboBox *>(QStringLiteral("townFilter"))->isEnabled());
    }

private:
    std::unique_ptr<test::TestStore> m_store;
    Actor m_manager;
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
