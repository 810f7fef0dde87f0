#include "MainWindow.h"

#include "DailyLightRefresh.h"
#include "WorkbenchPage.h"
#include "approval/ApprovalPage.h"
#include "auth/Role.h"
#include "common/AppIcon.h"
#include "common/UiSettings.h"
#include "dashboard/DashboardPage.h"
#include "db/Database.h"
#include "enforcement/EnforcementWorkArea.h"
#include "entities/EntityPage.h"
#include "entities/EntityListModel.h"
#include "settings/SettingsPage.h"
#include "supervision/SupervisionPage.h"
#include "sync/SyncPage.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace cl {

MainWindow::MainWindow(Database &db, const Actor &actor, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_actor(actor), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CreditLoop"));
    setWindowIcon(AppIcon::icon());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_pages->setObjectName(QStringLiteral("pages"));

    QStyle *s = style();
    auto *workbench = new WorkbenchPage(db, actor, this);
    connect(workbench, &WorkbenchPage::openEntitiesRequested, this, [this] {
        showArea(EntitiesArea);
        m_entities->focusSearch();
    });
    m_entities = new EntityPage(db, actor, this);
    addArea(s->standardIcon(QStyle::SP_DesktopIcon), tr("Workbench"), workbench);
    addArea(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Market entities"), m_entities);
    addArea(s->standardIcon(QStyle::SP_DialogApplyButton), tr("Approval"), new ApprovalPage(db, actor, this));
    m_supervision = new SupervisionPage(db, actor, this);
    // Imports and scheme changes move lights (and may add entities): the register shows them at once.
    connect(m_supervision, &SupervisionPage::lightsChanged, m_entities->model(), &EntityListModel::refresh);
    addArea(s->standardIcon(QStyle::SP_FileDialogContentsView), tr("Supervision"), m_supervision);
    addArea(s->standardIcon(QStyle::SP_MessageBoxWarning), tr("Enforcement"), new EnforcementWorkArea(db, actor, this));
    m_dashboard = new DashboardPage(db, actor, this);
    // A chart segment opens the register filtered to it.
    connect(m_dashboard, &DashboardPage::entitiesRequested, this, [this](const QString &light, qint64 industryId, qint64 townId) {
        showArea(EntitiesArea);
        m_entities->showFiltered(light, industryId, townId);
    });
    connect(m_supervision, &SupervisionPage::lightsChanged, m_dashboard, &DashboardPage::refresh);
    addArea(s->standardIcon(QStyle::SP_FileDialogListView), tr("Dashboard"), m_dashboard);
    auto *sync = new SyncPage(db, actor, this);
    connect(sync, &SyncPage::lightsChanged, m_entities->model(), &EntityListModel::refresh);
    connect(sync, &SyncPage::lightsChanged, m_dashboard, &DashboardPage::refresh);
    addArea(s->standardIcon(QStyle::SP_BrowserReload), tr("Sync"), sync);
    auto *settings = new SettingsPage(db, actor, this);
    connect(settings, &SettingsPage::lightsChanged, m_entities->model(), &EntityListModel::refresh);
    connect(settings, &SettingsPage::lightsChanged, m_dashboard, &DashboardPage::refresh);
    addArea(s->standardIcon(QStyle::SP_ComputerIcon), tr("Settings"), settings);

    // Wide enough for the longest area name in either language, never wider.
    int textWidth = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        textWidth = qMax(textWidth, fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(textWidth + m_navigation->iconSize().width() + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *where = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())), this);
    where->setObjectName(QStringLiteral("statusDatabase"));
    auto *who = new QLabel(tr("%1 · %2").arg(actor.displayName, Role::label(actor.role)), this);
    who->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(where, 1);
    statusBar()->addPermanentWidget(sync->statusIndicator());
    statusBar()->addPermanentWidget(who);

    for (int i = 0; i < AreaCount; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showArea(i); });
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        showArea(EntitiesArea);
        m_entities->focusSearch();
    });

    auto *refresh = new DailyLightRefresh(db, actor, this);
    connect(refresh, &DailyLightRefresh::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(refresh, &DailyLightRefresh::lightsChanged, m_entities->model(), &EntityListModel::refresh);
    connect(refresh, &DailyLightRefresh::lightsChanged, m_dashboard, &DashboardPage::refresh);
    // After the window is up: the first look at the register is never held up by it.
    QTimer::singleShot(0, refresh, &DailyLightRefresh::start);

    restoreLayout();
}

void MainWindow::addArea(const QIcon &icon, const QString &name, QWidget *page)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, name, m_navigation);
    item->setToolTip(tr("%1 (Alt+%2)").arg(name).arg(index + 1));
    item->setSizeHint(QSize(fontMetrics().horizontalAdvance(name) + m_navigation->iconSize().width() + 24,
                            qMax(fontMetrics().height(), m_navigation->iconSize().height()) + 16));
}

void MainWindow::showArea(int area)
{
    if (area < 0 || area >= AreaCount)
        return;
    m_navigation->setCurrentRow(area);
}

int MainWindow::currentArea() const
{
    return m_pages->currentIndex();
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = UiSettings::mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen, since the entity list wants the width.
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1400, screen.width() * 9 / 10), qMin(900, screen.height() * 9 / 10));
    }
    restoreState(UiSettings::mainWindowState());
    showArea(qBound(0, UiSettings::lastPage(), AreaCount - 1));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings::setMainWindowLayout(saveGeometry(), saveState());
    UiSettings::setLastPage(currentArea());
    QMainWindow::closeEvent(event);
}

} // namespace cl
