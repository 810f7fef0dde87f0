#pragma once

#include "auth/Actor.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace cl {

class DashboardPage;
class Database;
class EntityPage;
class SupervisionPage;

// The work areas of the office on the left, the chosen one on the right; the status bar says
// which database and which user. Areas not built yet say so instead of hiding.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Area {
        WorkbenchArea,
        EntitiesArea,
        ApprovalArea,
        SupervisionArea,
        EnforcementArea,
        DashboardArea,
        SyncArea,
        SettingsArea,
        AreaCount
    };

    MainWindow(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void showArea(int area);
    int currentArea() const;
    EntityPage *entityPage() const { return m_entities; }
    SupervisionPage *supervisionPage() const { return m_supervision; }
    DashboardPage *dashboardPage() const { return m_dashboard; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addArea(const QIcon &icon, const QString &name, QWidget *page);
    void restoreLayout();

    Database &m_db;
    Actor m_actor;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    EntityPage *m_entities = nullptr;
    SupervisionPage *m_supervision = nullptr;
    DashboardPage *m_dashboard = nullptr;
};

} // namespace cl
