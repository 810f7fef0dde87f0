#pragma once

#include <QString>

namespace cl {

// Reads a password from the terminal without echo. Without a terminal (a script, CI) it
// refuses with a usage error that names the environment variable to use instead.
class PasswordPrompt
{
public:
    static QString ask(const QString &prompt);
};

} // namespace cl
