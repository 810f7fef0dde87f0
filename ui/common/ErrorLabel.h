#pragma once

#include <QLabel>

namespace cl {

// Inline message line for dialogs: errors appear next to the fields being corrected instead
// of in a popup that hides them. Empty text hides the label.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Error, Warning, Info };

    explicit ErrorLabel(QWidget *parent = nullptr);
    void showMessage(const QString &text, Tone tone = Tone::Error);
    void clearMessage();
};

} // namespace cl
