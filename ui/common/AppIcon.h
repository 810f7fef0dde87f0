#pragma once

#include <QIcon>
#include <QPixmap>

namespace cl {

// The program's mark (resources/icons/creditloop.svg: three lights in a loop), painted in
// code because Debian's Qt has no SVG image plugin unless qt6-svg-plugins is installed.
class AppIcon
{
public:
    static QPixmap pixmap(int size);
    static QIcon icon();
};

} // namespace cl
