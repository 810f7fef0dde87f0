#pragma once

#include <QWidget>

namespace cl {

// The page of a work area that this version does not have yet: says so plainly instead of
// showing empty controls.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace cl
