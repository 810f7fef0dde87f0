#include "DateParser.h"

#include <cmath>

namespace cl {

namespace {
// Reads 1..maxDigits digits at pos; returns -1 if none.
int readNumber(QStringView s, qsizetype &pos, int maxDigits)
{
    int value = 0, digits = 0;
    while (pos < s.size() && digits < maxDigits) {
        const char16_t c = s.at(pos).unicode();
        if (c < u'0' || c > u'9')
            break;
        value = value * 10 + (c - u'0');
        ++pos;
        ++digits;
    }
    return digits == 0 ? -1 : value;
}

bool isTimeTail(QStringView rest)
{
    // " 00:00:00", "T08:30", " 0:00" — any time after the date is ignored.
    if (rest.isEmpty())
        return true;
    const QChar first = rest.at(0);
    if (first != QLatin1Char(' ') && first != QLatin1Char('T'))
        return false;
    for (const QChar c : rest.mid(1))
        if (!(c.isDigit() || c == QLatin1Char(':') || c == QLatin1Char('.') || c == QLatin1Char(' ')))
            return false;
    return true;
}
} // namespace

QDate DateParser::parse(QStringView input)
{
    const QStringView s = input.trimmed();
    if (s.size() < 8)
        return {};
    qsizetype pos = 0;
    // YYYYMMDD
    if (s.size() >= 8) {
        bool allDigits = true;
        for (int i = 0; i < 8; ++i)
            allDigits = allDigits && s.at(i).isDigit() && s.at(i).unicode() < 128;
        if (allDigits && (s.size() == 8 || isTimeTail(s.mid(8)))) {
            const int y = s.mid(0, 4).toInt(), m = s.mid(4, 2).toInt(), d = s.mid(6, 2).toInt();
            return QDate(y, m, d);
        }
    }
    const int year = readNumber(s, pos, 4);
    if (year < 1000 || pos != 4 || pos >= s.size())
        return {};
    const QChar sep = s.at(pos);
    const bool chinese = sep == QChar(u'年');
    if (!chinese && sep != QLatin1Char('-') && sep != QLatin1Char('/') && sep != QLatin1Char('.'))
        return {};
    ++pos;
    const int month = readNumber(s, pos, 2);
    if (month < 0 || pos >= s.size())
        return {};
    if (chinese ? s.at(pos) != QChar(u'月') : s.at(pos) != sep)
        return {};
    ++pos;
    const int day = readNumber(s, pos, 2);
    if (day < 0)
        return {};
    if (chinese) {
        if (pos < s.size() && (s.at(pos) == QChar(u'日') || s.at(pos) == QChar(u'号')))
            ++pos;
        else
            return {};
    }
    if (!isTimeTail(s.mid(pos)))
        return {};
    return QDate(year, month, day);
}

QDate DateParser::fromExcelSerial(double serial)
{
    if (!(serial >= 1 && serial < 2958466))  // 9999-12-31
        return {};
    int whole = int(std::floor(serial));
    if (whole == 60)
        return {};  // 1900-02-29 does not exist
    if (whole > 60)
        --whole;  // skip the phantom leap day
    return QDate(1899, 12, 31).addDays(whole);
}

QDate DateParser::fromExcelSerial1904(double serial)
{
    if (!(serial >= 0 && serial < 2957004))  // 9999-12-31
        return {};
    return QDate(1904, 1, 1).addDays(qint64(std::floor(serial)));
}

QDate DateParser::parseExcelSerial(QStringView text, bool date1904)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok)
        return {};
    return date1904 ? fromExcelSerial1904(v) : fromExcelSerial(v);
}

} // namespace cl
