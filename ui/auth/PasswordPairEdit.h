#pragma once

#include <QWidget>

class QLineEdit;

namespace cl {

// A new password typed twice, used wherever a password is set (first run, new user, reset),
// so the length rule and the mismatch message are worded once.
class PasswordPairEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordPairEdit(QWidget *parent = nullptr);

    QString password() const;
    // Translated reason the pair cannot be used yet, or empty when it can.
    QString problem() const;
    QLineEdit *firstField() const { return m_first; }
    QLineEdit *secondField() const { return m_second; }

signals:
    void changed();

private:
    QLineEdit *m_first;
    QLineEdit *m_second;
};

} // namespace cl
