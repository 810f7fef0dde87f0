#pragma once

#include "auth/Actor.h"
#include "enforcement/DiscretionEngine.h"
#include "enforcement/EnforcementCase.h"
#include "registry/Entity.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cl {

class Database;
class ErrorLabel;
class RecommendationPanel;
class DiscretionSheet;

// 执法: enter a case (find the entity, pick the violation item, tick the facts) with the recommendation and its
// reasoning updating beside the facts; open the case; record the decision (outcome, amount in yuan, decision
// number; a decision other than the recommendation needs a written reason); print the discretion sheet
// (裁量建议书) with preview, to a printer or to PDF. One entity's recommendation is a few small queries, so it
// is computed on the GUI thread as the facts change.
class EnforcementPage : public QWidget
{
    Q_OBJECT

public:
    EnforcementPage(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~EnforcementPage() override;

    // Finds entities by code or name and selects the first; false when nothing matches.
    bool findEntity(const QString &text);
    std::optional<Recommendation> recommendation() const { return m_recommendation; }
    std::optional<EnforcementCase> currentCase() const { return m_case; }
    bool openCase();
    bool recordDecision();
    void writeSheetPdf(const QString &path);
    DiscretionSheet sheet() const;

signals:
    void caseOpened(const QString &caseNo);
    void decisionRecorded(const QString &caseNo);

private:
    QWidget *caseBox();
    QWidget *decisionBox();
    void updateRecommendation();
    void updateButtons();
    void newCase();
    void previewSheet();
    void printSheet();
    void chooseSheetPdf();
    CaseFacts facts() const;

    Database &m_db;
    Actor m_actor;
    QLineEdit *m_entitySearch;
    QComboBox *m_entity;
    QComboBox *m_item;
    QCheckBox *m_firstViolation;
    QComboBox *m_harm;
    QCheckBox *m_corrected;
    QCheckBox *m_noFault;
    QList<QCheckBox *> m_grounds;
    QList<QCheckBox *> m_aggravating;
    QPlainTextEdit *m_factsText;
    QDateEdit *m_foundOn;
    QLineEdit *m_officer;
    QPushButton *m_openCase;
    QPushButton *m_newCase;
    RecommendationPanel *m_panel;
    QComboBox *m_outcome;
    QLineEdit *m_amount;
    QLineEdit *m_decisionNo;
    QComboBox *m_severity;
    QDateEdit *m_decidedOn;
    QPlainTextEdit *m_reason;
    QPushButton *m_record;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    ErrorLabel *m_message;
    QList<Entity> m_entities;
    std::optional<Recommendation> m_recommendation;
    std::optional<EnforcementCase> m_case;
};

} // namespace cl
