#pragma once

#include "auth/Actor.h"
#include "supervision/SpotCheckPlanner.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;
class JobRunner;

// 双随机抽查: draw a year's risk-based spot-check plan for a department from a visible seed (the
// same seed gives the same plan, so anyone can check the draw), look at it, save it; the saved
// plans with their tables; export to CSV or XLSX. Draws, saves and exports run off the GUI thread.
class SpotCheckPage : public QWidget
{
    Q_OBJECT

public:
    SpotCheckPage(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~SpotCheckPage() override;

    bool isBusy() const;
    // The plan shown (a preview when its id is 0).
    const SpotCheckPlan &plan() const { return m_plan; }
    void setSeed(const QString &seed);
    void draw();
    void savePlan();
    void reloadPlans();
    // Writes the plan shown; the format follows the extension (.xlsx, else CSV). Runs on the
    // worker; planExported() or the error line tells the outcome.
    void exportPlan(const QString &path);

signals:
    void planShown();
    void planSaved(qint64 planId);
    void planExported(const QString &path);

private:
    void randomSeed();
    void openSelectedPlan();
    void showPlan();
    void updateButtons();
    void chooseExport(bool xlsx);
    QString planTitle() const;
    QString summaryText() const;

    Database &m_db;
    Actor m_actor;
    JobRunner *m_runner;
    QSpinBox *m_year;
    QComboBox *m_department;
    QLineEdit *m_seed;
    QPushButton *m_randomSeed;
    QPushButton *m_draw;
    QPushButton *m_save;
    QTableWidget *m_plans;
    QLabel *m_planTitle;
    QLabel *m_summary;
    ErrorLabel *m_warnings;
    QTableWidget *m_table;
    QPushButton *m_exportCsv;
    QPushButton *m_exportXlsx;
    ErrorLabel *m_message;
    SpotCheckPlan m_plan;
    SpotCheckPlan m_incoming;  // written by the worker
    std::function<void()> m_then;  // runs when the current job succeeds
    bool m_canPlan = false;
};

} // namespace cl
