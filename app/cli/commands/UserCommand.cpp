#include "CliContext.h"
#include "Commands.h"
#include "PasswordPrompt.h"
#include "auth/Role.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"

#include <QJsonArray>

namespace cl {

namespace {

const QString usageText()
{
    return Cli::tr("Usage: creditloop-cli user add NAME --role ROLE [--display-name TEXT] [--department NAME]\n"
                   "       creditloop-cli user passwd NAME\n"
                   "       creditloop-cli user disable NAME | user enable NAME | user list\n"
                   "Roles: clerk (window clerk), supervisor (supervision officer, needs --department), enforcer,\n"
                   "manager, admin. The first user must be an admin and needs no --user.\n"
                   "The new password comes from CREDITLOOP_NEW_PASSWORD or is asked for twice at the terminal.");
}

QString newPassword(CliContext &ctx, bool bootstrap)
{
    QString password = qEnvironmentVariable("CREDITLOOP_NEW_PASSWORD");
    // Creating the first administrator signs nobody in, so CREDITLOOP_PASSWORD is the obvious place too.
    if (password.isEmpty() && bootstrap)
        password = qEnvironmentVariable("CREDITLOOP_PASSWORD");
    if (!password.isEmpty())
        return password;
    password = PasswordPrompt::ask(Cli::tr("New password: "));
    if (PasswordPrompt::ask(Cli::tr("Repeat the new password: ")) != password)
        throw Error(ErrorKind::Invalid, Cli::tr("The two passwords differ. Nothing was changed."));
    Q_UNUSED(ctx);
    return password;
}

} // namespace

int runUser(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const QString sub = a.takeWord();
    static const QStringList subs{QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("disable"),
                                  QStringLiteral("enable"), QStringLiteral("list")};
    if (ctx.help() || !subs.contains(sub))
        return ctx.usage(usageText());
    Database &db = ctx.db();
    UserService users(db);

    if (sub == QLatin1String("list")) {
        a.expectEmpty();
        QJsonArray rows;
        QStringList lines;
        for (const UserInfo &u : users.users(ctx.actor())) {
            rows.append(QJsonObject{{QStringLiteral("username"), u.username}, {QStringLiteral("display_name"), u.displayName},
                                    {QStringLiteral("role"), u.role}, {QStringLiteral("department"), u.departmentName},
                                    {QStringLiteral("active"), u.active}, {QStringLiteral("demo"), u.isDemo}});
            lines << QStringLiteral("%1  %2  %3  %4%5%6")
                         .arg(u.username, u.displayName, Role::label(u.role), u.departmentName,
                              u.active ? QString() : QStringLiteral("  ") + Cli::tr("(disabled)"),
                              u.isDemo ? QStringLiteral("  ") + Cli::tr("(demo)") : QString());
        }
        ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("users"), rows}});
        return ExitOk;
    }

    const QString name = a.takeWord();
    if (name.isEmpty())
        return ctx.usage(usageText());
    if (sub == QLatin1String("add")) {
        NewUser u;
        u.username = name;
        u.role = a.takeValue(QStringLiteral("--role"));
        u.displayName = a.takeValue(QStringLiteral("--display-name"));
        const QString department = a.takeValue(QStringLiteral("--department"));
        a.expectEmpty();
        if (u.role.isEmpty())
            return ctx.usage(usageText());
        if (!department.isEmpty()) {
            u.departmentId = ReferenceData::departmentIdByName(db.sql(), department);
            if (u.departmentId == 0)
                throw Error(ErrorKind::Invalid, Cli::tr("Unknown department \"%1\".").arg(department));
        }
        const Actor actor = ctx.actor();
        u.password = newPassword(ctx, actor.isBootstrap());
        users.addUser(actor, u);
        ctx.output(Cli::tr("User %1 added as %2.").arg(u.username, Role::label(u.role)),
                   {{QStringLiteral("username"), u.username}, {QStringLiteral("role"), u.role}, {QStringLiteral("action"), sub}});
        return ExitOk;
    }
    if (sub == QLatin1String("passwd")) {
        a.expectEmpty();
        const Actor actor = ctx.actor();
        users.changePassword(actor, name, newPassword(ctx, false));
        ctx.output(Cli::tr("Password of %1 changed.").arg(name), {{QStringLiteral("username"), name}, {QStringLiteral("action"), sub}});
        return ExitOk;
    }
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
        a.expectEmpty();
        const bool enable = sub == QLatin1String("enable");
        users.setActive(ctx.actor(), name, enable);
        ctx.output(enable ? Cli::tr("User %1 enabled.").arg(name) : Cli::tr("User %1 disabled.").arg(name),
                   {{QStringLiteral("username"), name}, {QStringLiteral("action"), sub}});
        return ExitOk;
    }
    return ctx.usage(usageText());
}

} // namespace cl
