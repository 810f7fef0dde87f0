// creditloop-cli: the command-line front end (DESIGN.md §3). Thin: parse, dispatch, map errors to exit codes.
#include "CliContext.h"
#include "ReportApplication.h"
#include "commands/Commands.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <cstdio>
#include <functional>
#include <map>

namespace {

QString generalUsage()
{
    return cl::Cli::tr(
        "Usage: creditloop-cli [--db PATH] [--json] [--lang zh_CN|en] [--as-of YYYY-MM-DD] [--user NAME] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  init [--demo [--entities N] [--seed S]]      create or upgrade the database; --demo fills demo data\n"
        "  summary                                      what the database holds\n"
        "  uscc check CODE...                           validate unified social credit codes\n"
        "  uscc verified list|add|remove                the audited list of verified historical codes\n"
        "  entity show CODE | search TEXT | add         the entity register\n"
        "  user add|passwd|disable|enable|list          users and roles\n"
        "  audit verify | audit log [--object ID]       the hash-chained audit log\n"
        "  grades import FILE... | profiles             import graded evaluations (CSV/XLSX)\n"
        "  lights show CODE | stats | recompute         the traffic light, explained\n"
        "  spotcheck plan|show|list|inspector|conflict  risk-based random inspection plans\n"
        "  departments list | alias add DEPT ALIAS      departments, their schemes and aliases\n"
        "  approval items|check|apply|approve|...       approval by commitment at the window\n"
        "  commitment list|verify|show|stats            verification of pushed commitments\n"
        "  enforce items|recommend|case|decide|...      credit-based enforcement discretion\n"
        "  report dashboard --out FILE [filters]        the dashboard as PDF, XLSX or CSV\n"
        "  sync export|import|run|platform|...          signed packages with the city platform\n"
        "  keys init|export|trust|list                  this office's signing key, trusted offices\n"
        "\n"
        "Passwords come from CREDITLOOP_PASSWORD (signing in with --user) and CREDITLOOP_NEW_PASSWORD\n"
        "(a new password), or are asked for at the terminal.\n"
        "Exit codes: 0 success, 1 refused or failed, 2 usage error, 3 partial success.\n"
        "Each command has --help.");
}

QString kindName(cl::ErrorKind kind)
{
    switch (kind) {
    case cl::ErrorKind::Invalid: return QStringLiteral("invalid");
    case cl::ErrorKind::Refused: return QStringLiteral("refused");
    case cl::ErrorKind::Permission: return QStringLiteral("permission");
    case cl::ErrorKind::NotFound: return QStringLiteral("not_found");
    case cl::ErrorKind::Database: return QStringLiteral("database");
    case cl::ErrorKind::Io: return QStringLiteral("io");
    case cl::ErrorKind::Usage: return QStringLiteral("usage");
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = cl::makeCliApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditLoop"));
    QCoreApplication::setApplicationName(QStringLiteral("CreditLoop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITLOOP_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    std::unique_ptr<cl::CliContext> ctx;
    try {
        ctx = std::make_unique<cl::CliContext>(args);
        ctx->parseGlobalOptions();
        if (ctx->args().takeFlag(QStringLiteral("--version"))) {
            ctx->print(QStringLiteral("creditloop-cli ") + QCoreApplication::applicationVersion());
            return cl::ExitOk;
        }
        const std::map<QString, std::function<int(cl::CliContext &)>> commands{
            {QStringLiteral("init"), cl::runInit},   {QStringLiteral("uscc"), cl::runUscc},
            {QStringLiteral("entity"), cl::runEntity}, {QStringLiteral("user"), cl::runUser},
            {QStringLiteral("audit"), cl::runAudit}, {QStringLiteral("summary"), cl::runSummary},
            {QStringLiteral("grades"), cl::runGrades}, {QStringLiteral("lights"), cl::runLights},
            {QStringLiteral("spotcheck"), cl::runSpotCheck}, {QStringLiteral("departments"), cl::runDepartments},
            {QStringLiteral("approval"), cl::runApproval}, {QStringLiteral("commitment"), cl::runCommitment},
            {QStringLiteral("enforce"), cl::runEnforce},
            {QStringLiteral("sync"), cl::runSync}, {QStringLiteral("keys"), cl::runKeys},
            {QStringLiteral("report"), cl::runReport}};
        const QString command = ctx->args().takeWord();
        const auto it = commands.find(command);
        if (it == commands.end()) {
            if (!command.isEmpty() && !ctx->help())
                std::fprintf(stderr, "%s\n", qPrintable(cl::Cli::tr("Unknown command \"%1\".").arg(command)));
            return ctx->usage(generalUsage());
        }
        return it->second(*ctx);
    } catch (const cl::Error &e) {
        if (ctx)
            ctx->printError(e.message(), kindName(e.kind()));
        else
            std::fprintf(stderr, "%s\n", e.what());
        if (!e.detail().isEmpty() && qEnvironmentVariableIsSet("CREDITLOOP_DEBUG"))
            std::fprintf(stderr, "%s\n", qPrintable(e.detail()));
        return e.kind() == cl::ErrorKind::Usage ? cl::ExitUsage : cl::ExitFailed;
    }
}
