#pragma once

#include <QByteArray>
#include <QString>

namespace cl {

// The GUI's own settings (QSettings), typed and with their defaults in one place, so main,
// the settings page and the windows agree on keys. The store itself keeps no UI state.
class UiSettings
{
public:
    // "zh_CN", "en" or empty: follow the system language.
    static QString language();
    static void setLanguage(const QString &lang);

    // Database file for the next start; empty: Database::defaultPath().
    static QString databasePath();
    static void setDatabasePath(const QString &path);

    static QByteArray mainWindowGeometry();
    static QByteArray mainWindowState();
    static void setMainWindowLayout(const QByteArray &geometry, const QByteArray &state);
    static int lastPage();
    static void setLastPage(int page);
};

} // namespace cl
