#pragma once

#include "approval/VerificationService.h"
#include "auth/Actor.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;
class RecordOutcomeDialog;

// 践诺核查: a department's worklist of pushed commitments — due soon, overdue, all pending, done — and the
// outcome of each (the consequences on licence and light follow in core at once).
class VerificationWorklistPage : public QWidget
{
    Q_OBJECT

public:
    VerificationWorklistPage(Database &db, const Actor &actor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void setDepartment(qint64 departmentId);
    void setFilter(VerificationService::Filter filter);
    void reload();
    bool selectCommitment(const QString &code);
    RecordOutcomeDialog *openRecordDialog();  // for the selected task; nullptr if none or done

signals:
    void lightsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void record(RecordOutcomeDialog *dialog);

    Database &m_db;
    Actor m_actor;
    QComboBox *m_department;
    QComboBox *m_filter;
    QTableWidget *m_table;
    QPushButton *m_record;
    ErrorLabel *m_error;
    QList<VerificationTask> m_tasks;
};

} // namespace cl
