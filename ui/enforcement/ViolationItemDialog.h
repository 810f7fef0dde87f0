#pragma once

#include "auth/Actor.h"
#include "enforcement/ViolationItem.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cl {

class Database;
class ErrorLabel;

// 新增/编辑违法行为: one item of the violation catalogue with its statutory fine range (yuan) and, when it is on the
// soft-enforcement list (包容审慎清单), the §7 columns: sequence number, level and conditions. Saving goes through
// ViolationCatalogue::save (checked, one audited transaction); a refusal is shown here and nothing is written.
class ViolationItemDialog : public QDialog
{
    Q_OBJECT

public:
    // No item: a new one.
    ViolationItemDialog(Database &db, const Actor &actor, const std::optional<ViolationItem> &item, QWidget *parent = nullptr);

    ViolationItem item() const;
    bool save();   // true when saved (the dialog is then accepted)
    ErrorLabel *message() const { return m_message; }

private:
    Database &m_db;
    Actor m_actor;
    bool m_isNew;
    ViolationItem m_original;
    QLineEdit *m_code;
    QComboBox *m_domain;
    QComboBox *m_department;
    QPlainTextEdit *m_name;
    QPlainTextEdit *m_violationBasis;
    QPlainTextEdit *m_penaltyBasis;
    QDoubleSpinBox *m_fineMin;
    QDoubleSpinBox *m_fineMax;
    QGroupBox *m_softList;
    QSpinBox *m_softSeq;
    QComboBox *m_softLevel;
    QPlainTextEdit *m_softConditions;
    ErrorLabel *m_message;
};

} // namespace cl
