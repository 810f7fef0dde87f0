#pragma once

#include "approval/ApprovalItem.h"
#include "auth/Actor.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;

// 新增/编辑事项: one item of the commitment catalogue with its verification rule and materials list. Saving goes
// through ItemCatalogue::saveEdited (checked, one audited transaction); a refusal is shown in the dialog and nothing
// is written. Fields the dialog does not show (conditions, licence fields, active) keep their stored values.
class ApprovalItemDialog : public QDialog
{
    Q_OBJECT

public:
    // No item: a new one.
    ApprovalItemDialog(Database &db, const Actor &actor, const std::optional<ApprovalItem> &item, QWidget *parent = nullptr);

    ApprovalItem item() const;     // the item as the fields describe it
    bool save();                   // true when saved (the dialog is then accepted)
    ErrorLabel *message() const { return m_message; }

    void addMaterial(const QString &name, bool core);

private:
    void moveMaterial(int by);
    void updateFlags();

    Database &m_db;
    Actor m_actor;
    bool m_isNew;
    ApprovalItem m_original;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_category;
    QComboBox *m_approving;
    QListWidget *m_supervising;
    QPlainTextEdit *m_legalBasis;
    QSpinBox *m_statutoryDays;
    QSpinBox *m_promisedDays;
    QComboBox *m_verifyMethod;
    QSpinBox *m_verifyDays;
    QDoubleSpinBox *m_sampleRate;
    QCheckBox *m_commitment;
    QCheckBox *m_deficiency;
    QCheckBox *m_excluded;
    QTableWidget *m_materials;
    QPlainTextEdit *m_letter;
    ErrorLabel *m_message;
};

} // namespace cl
