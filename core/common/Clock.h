#pragma once

#include <QDate>
#include <QDateTime>

namespace cl {

// The one source of "now" in core. CREDITLOOP_FIXED_NOW (ISO-8601, UTC) pins it so golden
// tests produce byte-identical output; nothing else reads the system clock directly.
class Clock
{
public:
    static QDateTime nowUtc();
    static QDate today();
    // ISO-8601 UTC with milliseconds, the form stored in every *_at column.
    static QString nowIso();
    static QString toIso(const QDateTime &utc);
};

} // namespace cl
