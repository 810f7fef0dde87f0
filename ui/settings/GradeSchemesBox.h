#pragma once

#include "auth/Actor.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;
class JobRunner;

// 评价体系: for administrators, each department's grading scale and the level every grade counts
// as (R0–R3, U). Changing a level makes a new version of the scheme data, re-levels the stored
// evaluations and recomputes every light, on a worker thread.
class GradeSchemesBox : public QGroupBox
{
    Q_OBJECT

public:
    GradeSchemesBox(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~GradeSchemesBox() override;

    // What "Change level…" does once a level is chosen; an empty level removes the grade.
    void changeLevel(const QString &scheme, const QString &grade, const QString &level);
    bool isBusy() const;
    int version() const { return m_version; }

signals:
    void lightsChanged();

private:
    void reload();
    void showScheme();
    void chooseLevel();
    void addGrade();
    void updateButtons();
    QString selectedGrade() const;

    Database &m_db;
    Actor m_actor;
    JobRunner *m_runner;
    QComboBox *m_scheme;
    QTableWidget *m_grades;
    QLabel *m_versionLabel;
    QPushButton *m_change;
    QPushButton *m_add;
    QProgressBar *m_busy;
    ErrorLabel *m_message;
    int m_version = 0;
    int m_incomingVersion = 0;  // written by the worker
};

} // namespace cl
