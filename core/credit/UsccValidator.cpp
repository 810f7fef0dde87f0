#include "UsccValidator.h"

#include "db/SqlUtil.h"

#include <array>

namespace cl {

namespace {
constexpr QLatin1StringView Charset("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr int Weights18[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int Weights17[8] = {3, 7, 9, 10, 5, 8, 4, 2};

// Value of each ASCII character in the code character set, -1 if not in it (built once).
const std::array<qint8, 128> &charsetTable()
{
    static const std::array<qint8, 128> table = [] {
        std::array<qint8, 128> t{};
        t.fill(-1);
        for (int i = 0; i < Charset.size(); ++i)
            t[size_t(Charset.at(i).toLatin1())] = qint8(i);
        return t;
    }();
    return table;
}

int charsetValue(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? charsetTable()[u] : -1;
}

// (authority, type) pairs of the national table (DOMAIN.md §2).
const QHash<QChar, QString> &typeTable()
{
    static const QHash<QChar, QString> table{
        {QLatin1Char('1'), QStringLiteral("1239")}, {QLatin1Char('2'), QStringLiteral("19")},
        {QLatin1Char('3'), QStringLiteral("123459")}, {QLatin1Char('4'), QStringLiteral("19")},
        {QLatin1Char('5'), QStringLiteral("1239")}, {QLatin1Char('6'), QStringLiteral("129")},
        {QLatin1Char('7'), QStringLiteral("129")}, {QLatin1Char('8'), QStringLiteral("19")},
        {QLatin1Char('9'), QStringLiteral("123")}, {QLatin1Char('A'), QStringLiteral("19")},
        {QLatin1Char('N'), QStringLiteral("1239")}, {QLatin1Char('Y'), QStringLiteral("1")}};
    return table;
}
} // namespace

QString UsccFinding::levelCode(UsccLevel level)
{
    switch (level) {
    case UsccLevel::Format: return QStringLiteral("FORMAT");
    case UsccLevel::Checksum18: return QStringLiteral("CHECKSUM18");
    case UsccLevel::Org17: return QStringLiteral("ORG17");
    case UsccLevel::Table: return QStringLiteral("TABLE");
    case UsccLevel::Region: return QStringLiteral("REGION");
    }
    return {};
}

bool UsccResult::hasWarnings() const
{
    for (const UsccFinding &f : findings)
        if (!f.error)
            return true;
    return false;
}

UsccValidator::UsccValidator(QSet<QString> verifiedCodes, QHash<QString, Division> divisions)
    : m_verified(std::move(verifiedCodes)), m_divisions(std::move(divisions))
{}

UsccValidator UsccValidator::fromDatabase(const QSqlDatabase &db)
{
    QSet<QString> verified;
    QSqlQuery v = sql::exec(db, QStringLiteral("SELECT code FROM uscc_verified_codes"));
    while (v.next())
        verified.insert(v.value(0).toString());
    QHash<QString, Division> divisions;
    QSqlQuery d = sql::exec(db, QStringLiteral("SELECT code, name, children_unlisted FROM division_codes"));
    while (d.next())
        divisions.insert(d.value(0).toString(), Division{d.value(1).toString(), d.value(2).toBool()});
    return UsccValidator(std::move(verified), std::move(divisions));
}

QString UsccValidator::normalize(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)  // full-width ASCII block
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        out.append(c);
    }
    return out.trimmed().toUpper();
}

bool UsccValidator::isFormatValid(const QString &n)
{
    if (n.size() != 18)
        return false;
    for (int i = 0; i < 18; ++i) {
        const QChar c = n.at(i);
        if (i >= 2 && i <= 7) {
            if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                return false;
        } else if (charsetValue(c) < 0) {
            return false;
        }
    }
    return true;
}

QChar UsccValidator::checkChar18(QStringView first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = charsetValue(first17.at(i));
        if (v < 0)
            return {};
        sum += v * Weights18[i];
    }
    return QLatin1Char(Charset.at((31 - sum % 31) % 31));
}

QChar UsccValidator::checkChar17(QStringView body8)
{
    if (body8.size() < 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8.at(i);
        int v;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            v = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            v = c.unicode() - 'A' + 10;
        else
            return {};
        sum += v * Weights17[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QLatin1Char(char('0' + check));
}

bool UsccValidator::isKnownTypePair(QChar authority, QChar type)
{
    const auto it = typeTable().constFind(authority);
    return it != typeTable().constEnd() && it->contains(type);
}

QString UsccValidator::complete(const QString &first16)
{
    QString code = first16;
    code.append(checkChar17(QStringView(code).mid(8, 8)));
    code.append(checkChar18(code));
    return code;
}

QString UsccValidator::entityKind(const QString &n)
{
    if (n.size() < 2)
        return QStringLiteral("other");
    const QChar a = n.at(0), t = n.at(1);
    if (a == QLatin1Char('9'))
        return t == QLatin1Char('1') ? QStringLiteral("enterprise")
             : t == QLatin1Char('2') ? QStringLiteral("individual")
             : t == QLatin1Char('3') ? QStringLiteral("cooperative") : QStringLiteral("other");
    if (a == QLatin1Char('1') || a == QLatin1Char('3'))
        return QStringLiteral("institution");
    if (a == QLatin1Char('5'))
        return QStringLiteral("social_org");
    return QStringLiteral("other");
}

bool UsccValidator::isKnownDivision(const QString &code6) const
{
    if (m_divisions.contains(code6))
        return true;
    const auto prefecture = m_divisions.constFind(code6.left(4) + QStringLiteral("00"));
    if (prefecture != m_divisions.constEnd() && prefecture->childrenUnlisted)
        return true;
    const auto province = m_divisions.constFind(code6.left(2) + QStringLiteral("0000"));
    return province != m_divisions.constEnd() && province->childrenUnlisted;
}

QString UsccValidator::divisionName(const QString &code6) const
{
    for (const QString &key : {code6, code6.left(4) + QStringLiteral("00"), code6.left(2) + QStringLiteral("0000")}) {
        const auto it = m_divisions.constFind(key);
        if (it != m_divisions.constEnd())
            return it->name;
    }
    return {};
}

bool UsccValidator::isAcceptable(const QString &n) const
{
    return isFormatValid(n) && (checkChar18(n) == n.at(17) || m_verified.contains(n));
}

UsccResult UsccValidator::check(const QString &input) const
{
    UsccResult r;
    r.input = input;
    r.normalized = normalize(input);
    const QString &n = r.normalized;

    if (!isFormatValid(n)) {
        QString why;
        if (n.size() != 18) {
            why = tr("it has %n character(s); a credit code has 18", nullptr, int(n.size()));
        } else {
            for (int i = 0; i < 18; ++i) {
                const QChar c = n.at(i);
                if (i >= 2 && i <= 7 && !c.isDigit()) {
                    why = tr("position %1 is \"%2\"; positions 3-8 are the division code and must be digits").arg(i + 1).arg(c);
                    break;
                }
                if (charsetValue(c) < 0) {
                    why = tr("position %1 is \"%2\", which is not used in credit codes (I, O, S, V, Z and symbols never appear)")
                              .arg(i + 1).arg(c);
                    break;
                }
            }
        }
        r.findings << UsccFinding{UsccLevel::Format, true, tr("Not a valid credit code: %1.").arg(why)};
        return r;
    }

    const QChar expected18 = checkChar18(n);
    if (expected18 != n.at(17)) {
        if (m_verified.contains(n)) {
            r.verifiedHistorical = true;
        } else {
            r.findings << UsccFinding{UsccLevel::Checksum18, true,
                                      tr("The check character (position 18) is \"%1\" but should be \"%2\": the code was "
                                         "probably mistyped. Compare it with the business licence.")
                                          .arg(n.at(17)).arg(expected18)};
        }
    }
    const QChar expected17 = checkChar17(QStringView(n).mid(8, 8));
    if (expected17 != n.at(16))
        r.findings << UsccFinding{UsccLevel::Org17, false,
                                  tr("The organisation code check character (position 17) is \"%1\" but GB 11714 gives "
                                     "\"%2\".").arg(n.at(16)).arg(expected17)};
    if (!isKnownTypePair(n.at(0), n.at(1)))
        r.findings << UsccFinding{UsccLevel::Table, false,
                                  tr("Registration authority \"%1\" with entity type \"%2\" is not a known combination.")
                                      .arg(n.at(0)).arg(n.at(1))};
    if (!isKnownDivision(n.mid(2, 6)))
        r.findings << UsccFinding{UsccLevel::Region, false,
                                  tr("The division code %1 is not a known administrative division.").arg(n.mid(2, 6))};
    r.valid = true;
    for (const UsccFinding &f : r.findings)
        r.valid = r.valid && !f.error;
    return r;
}

} // namespace cl
