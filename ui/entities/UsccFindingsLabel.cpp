#include "UsccFindingsLabel.h"

#include "credit/UsccValidator.h"

namespace cl {

namespace {
const QString errorColour = QStringLiteral("#c0392b");
const QString warningColour = QStringLiteral("#b9770e");
const QString okColour = QStringLiteral("#2f9e44");

QString line(const QString &colour, const QString &mark, const QString &text)
{
    return QStringLiteral("<div><span style=\"color:%1; font-weight:bold\">%2</span>&nbsp;%3</div>")
        .arg(colour, mark, text.toHtmlEscaped());
}
} // namespace

UsccFindingsLabel::UsccFindingsLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void UsccFindingsLabel::setResult(const UsccResult &result)
{
    QString html;
    for (const UsccFinding &f : result.findings) {
        const QString level = UsccFinding::levelCode(f.level);
        html += f.error ? line(errorColour, QStringLiteral("✗"), tr("Error (%1): %2").arg(level, f.message))
                        : line(warningColour, QStringLiteral("⚠"), tr("Warning (%1): %2").arg(level, f.message));
    }
    if (result.verifiedHistorical)
        html += line(warningColour, QStringLiteral("ℹ"), tr("On the audited list of verified historical codes."));
    if (result.valid && result.findings.isEmpty() && !result.verifiedHistorical)
        html += line(okColour, QStringLiteral("✓"), tr("The code passes all five checks."));
    else if (result.valid)
        html += line(okColour, QStringLiteral("✓"), tr("The code may be used; please check the warnings."));
    setText(html);
}

} // namespace cl
