#pragma once

#include "approval/VerificationService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace cl {

class ErrorLabel;

// The outcome of one verification task: 全部履行 / 部分履行 / 全部未履行 / 虚假承诺, with date, method,
// verifier and notes. The page records it; a refusal (e.g. a date in the future) is shown here.
class RecordOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    RecordOutcomeDialog(const VerificationTask &task, const QString &verifier, const QDate &today, QWidget *parent = nullptr);

    VerificationOutcome outcome() const;
    qint64 taskId() const { return m_taskId; }
    void setOutcome(const QString &outcome);
    void showError(const QString &message);

private:
    qint64 m_taskId;
    QComboBox *m_outcome;
    QDateEdit *m_date;
    QComboBox *m_method;
    QLineEdit *m_verifier;
    QPlainTextEdit *m_notes;
    ErrorLabel *m_error;
};

} // namespace cl
