#include "credit/IdCardValidator.h"

#include "credit/UsccValidator.h"

namespace cl {

QChar IdCardValidator::checkCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char map[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    return QLatin1Char(map[sum % 11]);
}

QString IdCardValidator::mask(const QString &number)
{
    if (number.size() >= 11)
        return number.left(6) + QString(number.size() - 10, QLatin1Char('*')) + number.right(4);
    if (number.isEmpty())
        return {};
    return QString(number.size() - 1, QLatin1Char('*')) + number.right(1);
}

IdCardResult IdCardValidator::check(const QString &input, const QDate &today)
{
    IdCardResult r;
    r.normalized = UsccValidator::normalize(input);
    const QString &n = r.normalized;
    if (n.isEmpty()) {
        r.message = tr("The identity card number is missing.");
        return r;
    }
    if (n.size() == 15) {
        r.message = tr("%1 is a first-generation 15-digit number, no longer valid; enter the 18-digit number.").arg(n);
        return r;
    }
    if (n.size() != 18) {
        r.message = tr("%1 has %n character(s); an identity card number has 18.", nullptr, int(n.size())).arg(n);
        return r;
    }
    for (int i = 0; i < 17; ++i) {
        if (!n.at(i).isDigit() || n.at(i).unicode() > u'9') {
            r.message = tr("%1: position %2 must be a digit.").arg(n).arg(i + 1);
            return r;
        }
    }
    const QChar last = n.at(17);
    if (!(last.isDigit() && last.unicode() <= u'9') && last != QLatin1Char('X')) {
        r.message = tr("%1: the last character must be a digit or X.").arg(n);
        return r;
    }
    const QDate birth = QDate::fromString(n.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900 || (today.isValid() && birth > today)) {
        r.message = tr("%1: positions 7-14 (%2) are not a possible date of birth.").arg(n, n.mid(6, 8));
        return r;
    }
    const QChar expected = checkCharacter(n.left(17));
    if (last != expected) {
        r.message = tr("%1: the check character is %2 but should be %3; please check the number for a typing error.")
                        .arg(n, QString(last), QString(expected));
        return r;
    }
    r.valid = true;
    return r;
}

} // namespace cl
