#include "UiSettings.h"

#include <QSettings>

namespace cl {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString databaseKey = QStringLiteral("db/path");
const QString geometryKey = QStringLiteral("mainwindow/geometry");
const QString stateKey = QStringLiteral("mainwindow/state");
const QString pageKey = QStringLiteral("mainwindow/page");
} // namespace

QString UiSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void UiSettings::setLanguage(const QString &lang)
{
    QSettings().setValue(languageKey, lang);
}

QString UiSettings::databasePath()
{
    return QSettings().value(databaseKey).toString();
}

void UiSettings::setDatabasePath(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(databaseKey);
    else
        settings.setValue(databaseKey, path);
}

QByteArray UiSettings::mainWindowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray UiSettings::mainWindowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void UiSettings::setMainWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}

int UiSettings::lastPage()
{
    return QSettings().value(pageKey, 0).toInt();
}

void UiSettings::setLastPage(int page)
{
    QSettings().setValue(pageKey, page);
}

} // namespace cl
