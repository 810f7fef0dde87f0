#pragma once

#include "auth/Actor.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace cl {

class CommitmentLetterDialog;
class Database;
class ErrorLabel;
class LatestQuery;
class NewApplicationPanel;
struct Application;

// 审批: the queue of open applications (green channel marked and first) with the decision buttons on the left,
// the new-application form on the right. Ctrl+N starts a new application, Ctrl+P opens the commitment
// letter of the selected one, Ctrl+Enter approves it. The queue is read off the GUI thread (it lists every
// open application with its materials); the decisions are single-application writes and stay where they are.
class ApprovalPage : public QWidget
{
    Q_OBJECT

public:
    ApprovalPage(Database &db, const Actor &actor, QWidget *parent = nullptr);

    NewApplicationPanel *newApplicationPanel() const { return m_panel; }
    QTableWidget *queue() const { return m_queue; }
    // Reads the queue again off the GUI thread; select: the application to select when it is back (default:
    // the one selected now).
    void reloadQueue(const QString &select = {});
    bool isLoading() const;
    bool selectApplication(const QString &appNo);
    QString selectedApplication() const;
    CommitmentLetterDialog *openLetter();  // of the selected application; nullptr if it has none
    void approveSelected();
    void refuseSelected(const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void askRefusal();
    void updateButtons();
    void fillQueue(const QList<Application> &list, const QString &select);

    Database &m_db;
    Actor m_actor;
    QTableWidget *m_queue;
    NewApplicationPanel *m_panel;
    QPushButton *m_letter;
    QPushButton *m_approve;
    QPushButton *m_refuse;
    ErrorLabel *m_error;
    LatestQuery *m_queueQuery;
};

} // namespace cl
