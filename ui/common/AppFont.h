#pragma once

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
};

} // namespace cl
