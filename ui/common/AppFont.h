#pragma once

#include <QStringList>

class QApplication;

namespace cl {

// Qt picks its default font without following fontconfig's preference order, and without a
// CJK font Chinese renders as empty boxes with no warning. So the application font is set
// explicitly to the first installed CJK family (the others stay as fallbacks).
class AppFont
{
public:
    // Returns the family chosen, or an empty string when no known CJK font is installed.
    static QString apply(QApplication &app);
    // The installed CJK families in preference order (empty when none); for painting outside
    // widgets (printed reports, PDF), where the application font may not be set.
    static QStringList families();
};

} // namespace cl
