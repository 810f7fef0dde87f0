// creditloop: the desktop program. Parses arguments, opens the store, signs the user in and
// hands over to the main window; all behaviour lives in creditloop_ui and creditloop_core.
#include "auth/FirstRunDialog.h"
#include "auth/LoginDialog.h"
#include "auth/UserService.h"
#include "common/AppFont.h"
#include "common/AppIcon.h"
#include "common/Error.h"
#include "common/Translations.h"
#include "common/UiSettings.h"
#include "db/Database.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CreditLoop"));
    QApplication::setApplicationName(QStringLiteral("CreditLoop"));
    QApplication::setApplicationVersion(QStringLiteral(CREDITLOOP_VERSION));
    QApplication::setWindowIcon(cl::AppIcon::icon());
    cl::AppFont::apply(app);
    cl::Translations::install(cl::UiSettings::language());
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "CreditLoop"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Approval, supervision, enforcement and credit."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Use the database file PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = cl::UiSettings::databasePath();
    if (path.isEmpty())
        path = cl::Database::defaultPath();

    std::unique_ptr<cl::Database> db;
    try {
        db = cl::Database::open(path);
    } catch (const cl::Error &e) {
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Cannot open the database"), e.message(),
                        QMessageBox::Close);
        box.setDetailedText(e.detail());
        box.exec();
        return 1;
    }

    QString username;
    if (!cl::UserService(*db).hasUsers()) {
        cl::FirstRunDialog firstRun(*db);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        username = firstRun.createdUsername();
    }
    cl::LoginDialog login(*db);
    login.setUsername(username);
    if (login.exec() != QDialog::Accepted)
        return 0;

    // Declared after db: the window (and its loader threads) goes first.
    cl::MainWindow window(*db, login.actor());
    window.show();
    return app.exec();
}
