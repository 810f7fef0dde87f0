#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cl {

struct IdCardResult
{
    QString normalized;
    bool valid = false;
    QString message;  // translated reason when not valid
};

// Resident identity card numbers of natural persons (GB 11643-1999): 18 characters, six-digit
// division code, birth date YYYYMMDD, three-digit sequence, ISO 7064 MOD 11-2 check character.
// First-generation 15-digit numbers have not been valid since 2013 and are refused with that reason.
class IdCardValidator
{
    Q_DECLARE_TR_FUNCTIONS(IdCardValidator)

public:
    // `today` bounds the birth date (a number cannot belong to someone not yet born).
    static IdCardResult check(const QString &input, const QDate &today);
    static QChar checkCharacter(const QString &first17Digits);
    // What is shown of a number on screen and in printouts: the first 6 and the last 4 characters
    // (370681********123X); shorter input is masked entirely but for its last character.
    static QString mask(const QString &number);
};

} // namespace cl
