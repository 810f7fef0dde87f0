#pragma once

#include "auth/Actor.h"

#include <QLabel>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;
class SyncScheduler;

// 同步: exchange with the city platform. The office's code and public key, the hub folder, the
// interval and the departments this office verifies received commitments for, 立即同步, and what happened: the last rounds (result, packages out and in), packages
// held back waiting for an earlier one, quarantined packages with the check that refused them,
// and the log of the last round. Rounds run in the background (SyncScheduler).
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    SyncPage(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~SyncPage() override;

    // The status-bar indicator (owned by the page; MainWindow places it).
    QLabel *statusIndicator() const { return m_indicator; }
    SyncScheduler *scheduler() const { return m_scheduler; }
    void reload();

signals:
    void lightsChanged();

private:
    QWidget *settingsBox();
    QWidget *trustedTab();
    void createKeys();
    void trustOffice();
    void saveSettings();
    void chooseHub();
    void showVerifies();
    void showRoundStarted();
    void showRoundFinished(bool ok, const QString &message);
    void updateIndicator();

    Database &m_db;
    Actor m_actor;
    bool m_allowed = false;
    SyncScheduler *m_scheduler;
    QPointer<QLabel> m_indicator;
    QLineEdit *m_office = nullptr;
    QPushButton *m_createKeys = nullptr;
    QLineEdit *m_publicKey = nullptr;
    QLineEdit *m_hub = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_verifies = nullptr;  // its menu: one checkable action per department (data: the id)
    QMenu *m_verifiesMenu = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_syncNow = nullptr;
    QLabel *m_lastRun = nullptr;
    ErrorLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_runs = nullptr;
    QTableWidget *m_held = nullptr;
    QTableWidget *m_quarantine = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTableWidget *m_trusted = nullptr;
    QLineEdit *m_trustCode = nullptr;
    QLineEdit *m_trustKey = nullptr;
    QPushButton *m_trust = nullptr;
};

} // namespace cl
