#include "Clock.h"

#include <QTimeZone>

namespace cl {

QDateTime Clock::nowUtc()
{
    static const QDateTime fixed = [] {
        const QByteArray pinned = qgetenv("CREDITLOOP_FIXED_NOW");
        if (pinned.isEmpty())
            return QDateTime();
        QDateTime t = QDateTime::fromString(QString::fromLatin1(pinned), Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(QString::fromLatin1(pinned), Qt::ISODate);
        return t.toUTC();
    }();
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    // The office works in local time: "today" is the local calendar date of now.
    return nowUtc().toLocalTime().date();
}

QString Clock::toIso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString Clock::nowIso()
{
    return toIso(nowUtc());
}

} // namespace cl
