#include "SerialNumbers.h"

#include "common/Error.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QRegularExpression>

namespace cl {

qint64 SerialNumbers::next(WriteTransaction &tx, const QString &prefix)
{
    QSqlQuery q = sql::exec(tx.sql(), QStringLiteral("INSERT INTO serials(prefix, last) VALUES (?, 1) "
                                                     "ON CONFLICT(prefix) DO UPDATE SET last = last + 1 RETURNING last"),
                            {prefix});
    if (!q.next())
        throw Error(ErrorKind::Database, tr("No serial number could be drawn for %1.").arg(prefix));
    return q.value(0).toLongLong();
}

QString SerialNumbers::meta(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    const QString v = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
    return v.isEmpty() ? fallback : v;
}

QString SerialNumbers::divisionCode(const QSqlDatabase &db)
{
    const QString code = meta(db, QStringLiteral("office_division_code"));
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(code).hasMatch())
        throw Error(ErrorKind::Invalid, tr("The office's administrative division code \"%1\" is not six digits; set it in the settings.").arg(code));
    return code;
}

QString SerialNumbers::commitmentCode(WriteTransaction &tx, const QDate &day)
{
    const QString prefix = divisionCode(tx.sql()) + day.toString(QStringLiteral("yyyyMMdd"));
    const qint64 n = next(tx, QStringLiteral("C:") + prefix);
    if (n > 999999)
        throw Error(ErrorKind::Refused, tr("The commitment codes of %1 are used up (999999 a day).").arg(day.toString(Qt::ISODate)));
    return prefix + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

QString SerialNumbers::applicationNo(WriteTransaction &tx, const QDate &day)
{
    const QString date = day.toString(QStringLiteral("yyyyMMdd"));
    return QStringLiteral("SQ%1-%2").arg(date).arg(next(tx, QStringLiteral("A:") + date), 4, 10, QLatin1Char('0'));
}

QString SerialNumbers::decisionNo(WriteTransaction &tx, const QDate &day)
{
    const QString year = QString::number(day.year());
    return QStringLiteral("%1〔%2〕第%3号")
        .arg(meta(tx.sql(), QStringLiteral("office_decision_prefix"), QStringLiteral("审批许字")), year)
        .arg(next(tx, QStringLiteral("D:") + year), 6, 10, QLatin1Char('0'));
}

QString SerialNumbers::licenceNo(WriteTransaction &tx, const QString &itemCode, const QDate &day)
{
    const QString year = QString::number(day.year());
    return QStringLiteral("%1-%2-%3").arg(itemCode, year).arg(next(tx, QStringLiteral("L:") + itemCode + year), 6, 10, QLatin1Char('0'));
}

} // namespace cl
