#include "DiscretionSheet.h"

#include "common/Error.h"
#include "credit/LightEngine.h"
#include "enforcement/Money.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace cl {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" width=\"22%\">%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString DiscretionSheet::html() const
{
    const Recommendation &r = recommendation;
    QStringList factLines;
    factLines << (facts.firstViolation ? tr("first violation") : tr("not a first violation"));
    factLines << CaseFacts::harmLabel(facts.harm);
    factLines << (facts.corrected ? tr("corrected in time") : tr("not corrected"));
    if (facts.noFault)
        factLines << tr("no subjective fault proven");
    for (const QString &g : facts.grounds)
        factLines << tr("Art. 32: %1").arg(CaseFacts::groundLabel(g));
    for (const QString &a : facts.effectiveAggravating())
        factLines << tr("aggravating: %1").arg(CaseFacts::aggravatingLabel(a));

    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(tr("Discretion Recommendation Sheet").toHtmlEscaped());
    h += QStringLiteral("<p align=\"right\">%1</p>").arg(tr("Case no. %1").arg(caseNo.isEmpty() ? tr("(not yet opened)") : caseNo).toHtmlEscaped());
    h += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">").arg(tr("1. Party and violation").toHtmlEscaped());
    h += row(tr("Party"), entity.name);
    h += row(tr("Unified social credit code"), entity.code);
    h += row(tr("Violation item"), item.code + QStringLiteral(" ") + item.name);
    h += row(tr("Violated provision"), item.violationBasis);
    h += row(tr("Penalty provision"), item.penaltyBasis);
    h += row(tr("Statutory fine range"), tr("%1–%2 yuan").arg(money::yuanText(item.fineMinFen), money::yuanText(item.fineMaxFen)));
    h += row(tr("Soft-enforcement list"), item.onSoftList() ? tr("no. %1: %2").arg(item.softSeq).arg(item.softConditions) : tr("not on the list"));
    h += QStringLiteral("</table><h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">").arg(tr("2. Facts").toHtmlEscaped());
    h += row(tr("Found on"), foundOn.toString(Qt::ISODate));
    h += row(tr("Officer"), officer);
    h += row(tr("Facts established"), factLines.join(QStringLiteral("；")));
    if (!factsText.isEmpty())
        h += row(tr("Description"), factsText);
    h += QStringLiteral("</table><h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">").arg(tr("3. Recommendation").toHtmlEscaped());
    h += row(tr("Recommended"), DiscretionEngine::outcomeLabel(r.outcome));
    h += row(tr("Rule"), tr("%1 (rules version %2): %3").arg(r.ruleId).arg(r.ruleVersion).arg(r.ruleDescription));
    h += row(tr("Legal basis"), r.legalBasis + QStringLiteral("；") + item.penaltyBasis);
    h += row(tr("Fine band"), r.outcome == QLatin1String("no_penalty") ? tr("no fine; order to correct and education")
                                                                        : tr("%1–%2 yuan").arg(money::yuanText(r.band.minFen), money::yuanText(r.band.maxFen)));
    QStringList alts;
    for (const FineBand &b : r.alternativeBands)
        alts << DiscretionEngine::outcomeLabel(b.outcome);
    h += row(tr("Alternatives"), alts.isEmpty() ? tr("none") : alts.join(QStringLiteral("、")));
    QStringList credit{tr("%1 as of %2 (rule %3)").arg(LightEngine::lightLabel(r.snapshot.creditLight), r.snapshot.asOf.toString(Qt::ISODate),
                                                         r.snapshot.creditRuleId)};
    for (const LightReason &reason : r.snapshot.reasons)
        credit << (reason.source == QLatin1String("evaluation")
                       ? tr("%1 %2: %3 (%4), %5").arg(reason.department, reason.kind, reason.rawGrade, reason.level, reason.date)
                       : tr("%1 %2 since %3").arg(LightEngine::findingKindLabel(reason.kind), reason.key, reason.date));
    h += row(tr("Credit status used"), credit.join(QStringLiteral("；")));
    h += QStringLiteral("</table><h3>%1</h3><ol>").arg(tr("4. Reasoning").toHtmlEscaped());
    for (const QString &line : r.reasoning)
        h += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    h += QStringLiteral("</ol>");
    if (!decidedOutcome.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">").arg(tr("5. Decision").toHtmlEscaped());
        h += row(tr("Decided"), DiscretionEngine::outcomeLabel(decidedOutcome));
        h += row(tr("Fine"), tr("%1 yuan").arg(money::yuanText(decidedAmountFen)));
        if (!decisionNo.isEmpty())
            h += row(tr("Decision number"), decisionNo);
        if (!overrideReason.isEmpty())
            h += row(tr("Reason for differing from the recommendation"), overrideReason);
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p><br/>%1</p>").arg(tr("Officer (signature): ____________    Reviewer (signature): ____________    Date: ____________").toHtmlEscaped());
    return h + QStringLiteral("</body></html>");
}

void DiscretionSheet::fill(QTextDocument &doc) const
{
    QFont font = QApplication::font();
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    doc.setHtml(html());
}

void DiscretionSheet::print(QPrinter *printer) const
{
    QTextDocument doc;
    fill(doc);
    // Laid out for the printer's page, so the tables take the full width of the paper.
    doc.setPageSize(printer->pageLayout().paintRectPoints().size());
    doc.print(printer);
}

void DiscretionSheet::writePdf(const QString &path) const
{
    const QString part = path + QStringLiteral(".part");
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(part);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
        printer.setDocName(tr("Discretion Recommendation Sheet"));
        print(&printer);
    }
    QFile::remove(path);
    if (!QFile::exists(part) || !QFile::rename(part, path)) {
        QFile::remove(part);
        throw Error(ErrorKind::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace cl
