#include "Money.h"

#include <QRegularExpression>

namespace cl::money {

QString yuanText(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return sign + QStringLiteral("%1.%2").arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString wanYuanText(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return sign + QStringLiteral("%1.%2").arg(a / 1000000).arg(a % 1000000, 6, 10, QLatin1Char('0'));
}

std::optional<qint64> parseYuan(const QString &text)
{
    QString t;
    for (QChar c : text.trimmed()) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c.unicode() == 0xFF0E)
            c = QLatin1Char('.');
        if (c == QChar(0xFF0C))
            c = QLatin1Char(',');
        t.append(c);
    }
    // Commas only as thousands separators ("1,234.50"): "12,5" is refused rather than read as 125.
    static const QRegularExpression re(QStringLiteral("^(\\d{1,13}|\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 fen = m.captured(1).remove(QLatin1Char(',')).toLongLong() * 100;
    const QString dec = m.captured(2);
    if (!dec.isEmpty())
        fen += dec.size() == 1 ? dec.toLongLong() * 10 : dec.toLongLong();
    return fen;
}

std::optional<qint64> parseWanYuan(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,6}))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString decimals = m.captured(2).leftJustified(6, QLatin1Char('0'));
    return m.captured(1).toLongLong() * 1000000 + decimals.toLongLong();
}

} // namespace cl::money
