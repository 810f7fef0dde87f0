#include "AppFont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace cl {

QStringList AppFont::families()
{
    // Debian's fonts-wqy-microhei first (our package dependency), then common alternatives on
    // other desktops (Noto/Source Han on Linux, the Windows and macOS system fonts).
    static const QStringList candidates{
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")};
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &family : candidates) {
        if (installed.contains(family, Qt::CaseInsensitive))
            families << family;
    }
    return families;
}

QString AppFont::apply(QApplication &app)
{
    const QStringList families = AppFont::families();
    if (families.isEmpty())
        return {};
    QFont font = app.font();
    font.setFamilies(families);
    app.setFont(font);
    return families.constFirst();
}

} // namespace cl
