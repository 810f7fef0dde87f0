#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cl {

namespace {
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> list;
    return list;
}
} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Translations::systemLanguage()
{
    const QLocale locale;
    return locale.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

QString Translations::install(const QString &requested)
{
    const QString lang = available().contains(requested) ? requested : systemLanguage();
    for (QTranslator *t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();

    auto *own = new QTranslator;
    if (own->load(QStringLiteral(":/i18n/creditloop_") + lang)) {
        QCoreApplication::installTranslator(own);
        installed() << own;
    } else {
        delete own;
    }
    if (lang != QLatin1String("en")) {
        auto *qt = new QTranslator;
        if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed() << qt;
        } else {
            delete qt;
        }
    }
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_GB") : lang));
    return lang;
}

} // namespace cl
