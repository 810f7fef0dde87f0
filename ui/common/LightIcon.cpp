#include "LightIcon.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>

namespace cl {

QColor LightIcon::color(const QString &light)
{
    // Traffic-light tones that stay apart for the common colour-vision deficiencies in
    // brightness as well as hue (the yellow is light, the red and green darker).
    if (light == QLatin1String("red")) return QColor(0xd6, 0x27, 0x28);
    if (light == QLatin1String("yellow")) return QColor(0xf2, 0xb7, 0x05);
    if (light == QLatin1String("green")) return QColor(0x1e, 0x9e, 0x4a);
    return QColor(0xa8, 0xa8, 0xa8);
}

QStringList LightIcon::lights()
{
    return {QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("grey")};
}

QPixmap LightIcon::pixmap(const QString &light, int size)
{
    // A list of a million rows paints the same four markers over and over: paint each once.
    static QHash<QString, QPixmap> cache;
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    const QString key = light + QLatin1Char('/') + QString::number(size) + QLatin1Char('@') + QString::number(dpr);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = color(light);
    p.setPen(QPen(fill.darker(140), qMax(1.0, size / 14.0)));
    p.setBrush(fill);
    const qreal margin = qMax(1.0, size / 10.0);
    p.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
    // A small highlight makes the disc read as a lamp rather than a flat dot.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 90));
    p.drawEllipse(QRectF(size * 0.30, size * 0.22, size * 0.28, size * 0.22));
    p.end();
    cache.insert(key, pm);
    return pm;
}

QIcon LightIcon::icon(const QString &light)
{
    QIcon icon;
    for (const int size : {12, 16, 20, 24, 32})
        icon.addPixmap(pixmap(light, size));
    return icon;
}

} // namespace cl
