#include "SearchText.h"

#include <QStringList>

namespace cl {

namespace {
bool indexable(QChar c)
{
    return c.isLetterOrNumber();
}
} // namespace

QString SearchText::normalize(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().trimmed();
}

QString SearchText::grams(const QString &name)
{
    const QString n = normalize(name);
    QString out;
    out.reserve(n.size() * 4);
    for (qsizetype i = 0; i < n.size(); ++i) {
        const QChar c = n.at(i);
        if (!indexable(c) || c.isSurrogate())
            continue;
        out.append(c).append(QLatin1Char(' '));
        if (i + 1 < n.size() && indexable(n.at(i + 1)) && !n.at(i + 1).isSurrogate())
            out.append(c).append(n.at(i + 1)).append(QLatin1Char(' '));
    }
    if (!out.isEmpty())
        out.chop(1);
    return out;
}

QString SearchText::matchExpression(const QString &term)
{
    const QString n = normalize(term);
    QStringList parts;
    bool pairFound = false;
    for (qsizetype i = 0; i + 1 < n.size(); ++i) {
        if (indexable(n.at(i)) && indexable(n.at(i + 1)) && !n.at(i).isSurrogate() && !n.at(i + 1).isSurrogate()) {
            parts << QLatin1Char('"') + n.mid(i, 2) + QLatin1Char('"');
            pairFound = true;
        }
    }
    if (!pairFound) {
        for (const QChar c : n) {
            if (indexable(c) && !c.isSurrogate()) {
                parts << QLatin1Char('"') + QString(c) + QLatin1Char('"');
                break;
            }
        }
    }
    parts.removeDuplicates();
    return parts.join(QLatin1String(" AND "));
}

bool SearchText::looksLikeCodePrefix(const QString &term)
{
    const QString n = normalize(term);
    if (n.size() < 2)
        return false;
    for (const QChar c : n)
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return false;
    return true;
}

} // namespace cl
