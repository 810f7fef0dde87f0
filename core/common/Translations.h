#pragma once

#include <QString>

namespace cl {

// Loads the program's catalogue (:/i18n/creditloop_<lang>.qm) and Qt's own (qtbase_<lang>)
// into the running application. Chinese is the default: a system locale that is not English
// gets zh_CN.
class Translations
{
public:
    // lang: "zh_CN", "en" or empty (follow the system locale). Returns the language installed.
    static QString install(const QString &lang);
    static QString systemLanguage();
    static QStringList available();  // zh_CN, en
};

} // namespace cl
