#pragma once

#include <QLabel>

namespace cl {

struct UsccResult;

// The findings of a credit-code check, one line each, marked as error (blocks registration)
// or warning (shown, allowed); a clean code says so. Used while typing and on the profile.
class UsccFindingsLabel : public QLabel
{
    Q_OBJECT

public:
    explicit UsccFindingsLabel(QWidget *parent = nullptr);
    void setResult(const UsccResult &result);
};

} // namespace cl
