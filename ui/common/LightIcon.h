#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace cl {

// The credit light drawn as a round marker (red, yellow, green, grey). Everywhere a light is
// shown the marker goes with its translated name (LightEngine::lightLabel), so colour is never
// the only cue.
class LightIcon
{
public:
    static QColor color(const QString &light);      // red|yellow|green|grey; anything else: grey
    static QPixmap pixmap(const QString &light, int size);
    static QIcon icon(const QString &light);
    static QStringList lights();                    // red, yellow, green, grey: the order of filters and legends
};

} // namespace cl
