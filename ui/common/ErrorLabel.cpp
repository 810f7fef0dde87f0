#include "ErrorLabel.h"

namespace cl {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ErrorLabel::showMessage(const QString &text, Tone tone)
{
    // Colours chosen to stay readable on light and dark palettes alike.
    switch (tone) {
    case Tone::Error: setStyleSheet(QStringLiteral("color: #c0392b;")); break;
    case Tone::Warning: setStyleSheet(QStringLiteral("color: #b9770e;")); break;
    case Tone::Info: setStyleSheet(QString()); break;
    }
    setText(text);
    setVisible(!text.isEmpty());
}

void ErrorLabel::clearMessage()
{
    setText(QString());
    hide();
}

} // namespace cl
