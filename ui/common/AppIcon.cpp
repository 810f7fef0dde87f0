#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace cl {

QPixmap AppIcon::pixmap(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);  // drawn in the SVG's 64×64 coordinates
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x4e, 0x79));
    p.drawRoundedRect(QRectF(4, 4, 56, 56), 12, 12);
    const QColor lights[] = {QColor(0xd9, 0x36, 0x3e), QColor(0xf0, 0xb4, 0x29), QColor(0x2f, 0x9e, 0x44)};
    for (int i = 0; i < 3; ++i) {
        p.setBrush(lights[i]);
        p.drawEllipse(QPointF(20 + 12 * i, 32), 8, 8);
    }
    QPen arc(Qt::white, 3, Qt::SolidLine, Qt::RoundCap);
    p.setPen(arc);
    p.setBrush(Qt::NoBrush);
    const QRectF circle(10, 10, 44, 44);
    p.drawArc(circle, 220 * 16, 100 * 16);  // lower arc
    p.drawArc(circle, 40 * 16, 100 * 16);   // upper arc
    return pm;
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(size));
    return icon;
}

} // namespace cl
