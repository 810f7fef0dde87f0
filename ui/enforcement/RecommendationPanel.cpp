#include "RecommendationPanel.h"

#include "credit/LightEngine.h"
#include "enforcement/DiscretionEngine.h"
#include "enforcement/Money.h"

#include <QFormLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cl {

namespace {

QString bandText(const FineBand &b)
{
    if (b.outcome == QLatin1String("no_penalty"))
        return RecommendationPanel::tr("no fine (order to correct)");
    if (b.belowMinimum)
        return RecommendationPanel::tr("%1–%2 yuan, below the statutory minimum (0: a warning)").arg(money::yuanText(b.minFen), money::yuanText(b.maxFen));
    return RecommendationPanel::tr("%1–%2 yuan").arg(money::yuanText(b.minFen), money::yuanText(b.maxFen));
}

} // namespace

RecommendationPanel::RecommendationPanel(QWidget *parent)
    : QWidget(parent),
      m_outcome(new QLabel(this)),
      m_rule(new QLabel(this)),
      m_basis(new QLabel(this)),
      m_band(new QLabel(this)),
      m_alternatives(new QLabel(this)),
      m_credit(new QLabel(this)),
      m_reasoning(new QTextBrowser(this))
{
    m_outcome->setObjectName(QStringLiteral("recommendedOutcome"));
    m_rule->setObjectName(QStringLiteral("recommendedRule"));
    m_reasoning->setObjectName(QStringLiteral("recommendationReasoning"));
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_outcome->setFont(big);
    for (QLabel *l : {m_rule, m_basis, m_band, m_alternatives, m_credit}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Rule:"), m_rule);
    form->addRow(tr("Legal basis:"), m_basis);
    form->addRow(tr("Fine band:"), m_band);
    form->addRow(tr("Alternatives:"), m_alternatives);
    form->addRow(tr("Credit status used:"), m_credit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outcome);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Reasoning:"), this));
    layout->addWidget(m_reasoning, 1);
    showMessage(tr("Choose the entity and the violation item; the recommendation appears here as the facts are entered."));
}

void RecommendationPanel::showRecommendation(const Recommendation &r, const ViolationItem &item)
{
    m_outcome->setText(DiscretionEngine::outcomeLabel(r.outcome));
    m_rule->setText(tr("%1 (rules version %2): %3").arg(r.ruleId).arg(r.ruleVersion).arg(r.ruleDescription));
    m_basis->setText(r.legalBasis + QStringLiteral("；") + item.penaltyBasis);
    m_band->setText(bandText(r.band));
    QStringList alts;
    for (const FineBand &b : r.alternativeBands)
        alts << DiscretionEngine::outcomeLabel(b.outcome) + QStringLiteral(" (") + bandText(b) + QLatin1Char(')');
    m_alternatives->setText(alts.isEmpty() ? tr("none") : alts.join(QStringLiteral("；")));
    QString credit = tr("%1 as of %2 (rule %3)").arg(LightEngine::lightLabel(r.snapshot.creditLight),
                                                    r.snapshot.asOf.toString(Qt::ISODate), r.snapshot.creditRuleId);
    if (!r.snapshot.riskOnlyIgnored.isEmpty())
        credit += QLatin1Char('\n') + tr("Risk classification not held against the party (light with it: %1).").arg(LightEngine::lightLabel(r.snapshot.light));
    for (const LightReason &reason : r.snapshot.reasons)
        credit += QStringLiteral("\n· ") + (reason.source == QLatin1String("evaluation")
                                               ? tr("%1 %2: %3 (%4), %5").arg(reason.department, reason.kind, reason.rawGrade, reason.level, reason.date)
                                               : tr("%1 %2 since %3").arg(LightEngine::findingKindLabel(reason.kind), reason.key, reason.date));
    m_credit->setText(credit);
    QString html = QStringLiteral("<ol>");
    for (const QString &line : r.reasoning)
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    m_reasoning->setHtml(html + QStringLiteral("</ol>"));
}

void RecommendationPanel::showMessage(const QString &text)
{
    m_outcome->setText(QStringLiteral("—"));
    for (QLabel *l : {m_rule, m_basis, m_band, m_alternatives, m_credit})
        l->clear();
    m_reasoning->setPlainText(text);
}

QString RecommendationPanel::outcomeText() const
{
    return m_outcome->text();
}

QString RecommendationPanel::ruleText() const
{
    return m_rule->text();
}

QString RecommendationPanel::reasoningText() const
{
    return m_reasoning->toPlainText();
}

} // namespace cl
