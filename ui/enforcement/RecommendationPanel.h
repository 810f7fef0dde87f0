#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace cl {

struct Recommendation;
struct ViolationItem;

// The recommendation beside the facts: outcome, rule, legal basis, fine band, alternatives, the credit
// light it used and the reasoning rule by rule. Shows a message instead when the facts do not allow one.
class RecommendationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecommendationPanel(QWidget *parent = nullptr);

    void showRecommendation(const Recommendation &r, const ViolationItem &item);
    void showMessage(const QString &text);

    QString outcomeText() const;
    QString ruleText() const;
    QString reasoningText() const;

private:
    QLabel *m_outcome;
    QLabel *m_rule;
    QLabel *m_basis;
    QLabel *m_band;
    QLabel *m_alternatives;
    QLabel *m_credit;
    QTextBrowser *m_reasoning;
};

} // namespace cl
