#pragma once

#include <QGuiApplication>

namespace cl {

// Busy cursor for the short synchronous waits the GUI still has (password hashing at sign-in),
// restored on every exit path including exceptions.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace cl
