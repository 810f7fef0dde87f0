#include "PasswordPrompt.h"

#include "CliContext.h"
#include "Terminal.h"
#include "common/Error.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace cl {

QString PasswordPrompt::ask(const QString &prompt)
{
    if (!isTerminal(stdin))
        throw Error(ErrorKind::Usage,
                    Cli::tr("A password is needed and there is no terminal to ask: set CREDITLOOP_PASSWORD "
                            "(or CREDITLOOP_NEW_PASSWORD for a new user's password)."));
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    std::string line;
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
    std::getline(std::cin, line);
    SetConsoleMode(in, mode);
#else
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    std::fputc('\n', stderr);
    return QString::fromStdString(line);
}

} // namespace cl
