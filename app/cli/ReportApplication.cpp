#include "ReportApplication.h"

#include <QByteArray>
#include <cstring>

#ifdef CREDITLOOP_CLI_PAINTS
#include <QGuiApplication>
#endif

namespace cl {

#ifdef CREDITLOOP_CLI_PAINTS
namespace {
// The command word: the first argument that is neither a global option nor the value of one.
QByteArray commandWord(int argc, char **argv)
{
    static const char *const withValue[] = {"--db", "--lang", "--as-of", "--user"};
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (arg[0] != '-')
            return QByteArray(arg);
        for (const char *option : withValue) {
            if (std::strcmp(arg, option) == 0) {
                ++i;
                break;
            }
        }
    }
    return {};
}
} // namespace
#endif

std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char **argv)
{
#ifdef CREDITLOOP_CLI_PAINTS
    if (commandWord(argc, argv) == "report") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace cl
