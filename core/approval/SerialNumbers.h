#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace cl {

class WriteTransaction;

// Numbers issued by the office, from per-prefix counters (table serials) advanced inside the caller's write
// transaction. WriteTransaction takes the write lock first (BEGIN IMMEDIATE), so two windows saving at once
// queue and never draw the same number.
class SerialNumbers
{
    Q_DECLARE_TR_FUNCTIONS(SerialNumbers)

public:
    // DOMAIN.md §3: division code (6) + YYYYMMDD + 6-digit serial per day, e.g. 37068120261127000001.
    static QString commitmentCode(WriteTransaction &tx, const QDate &day);
    static QString applicationNo(WriteTransaction &tx, const QDate &day);       // SQ20261127-0001
    static QString decisionNo(WriteTransaction &tx, const QDate &day);          // 龙审批许字〔2026〕第000001号
    static QString licenceNo(WriteTransaction &tx, const QString &itemCode, const QDate &day);

    static QString divisionCode(const QSqlDatabase &db);
    static QString meta(const QSqlDatabase &db, const QString &key, const QString &fallback = {});

private:
    static qint64 next(WriteTransaction &tx, const QString &prefix);
};

} // namespace cl
