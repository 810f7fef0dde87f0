#pragma once

#include <QString>
#include <QStringList>

namespace cl {

// The five roles of the office; codes are stored, labels are translated.
struct Role
{
    static QStringList codes();                 // clerk, supervisor, enforcer, manager, admin
    static bool isKnown(const QString &code);
    static QString label(const QString &code);  // 窗口人员 … in the UI language
};

} // namespace cl
