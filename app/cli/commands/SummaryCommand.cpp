#include "CliContext.h"
#include "Commands.h"
#include "auth/Role.h"
#include "db/Database.h"
#include "registry/Entity.h"
#include "report/RegisterSummary.h"

#include <QDir>
#include <QJsonArray>

namespace cl {

namespace {
QJsonArray countsJson(const QList<QPair<QString, qint64>> &rows, const QString &key)
{
    QJsonArray out;
    for (const auto &r : rows)
        out.append(QJsonObject{{key, r.first}, {QStringLiteral("count"), r.second}});
    return out;
}
} // namespace

int runSummary(CliContext &ctx)
{
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli summary\nWhat the database holds: entities by kind and town, users, audit entries."));
    ctx.args().expectEmpty();
    Database &db = ctx.db();
    const RegisterSummary s = RegisterSummary::read(db.sql());

    QStringList lines;
    lines << Cli::tr("Database: %1 (schema %2)").arg(QDir::toNativeSeparators(db.path())).arg(s.schemaVersion);
    lines << Cli::tr("Market entities: %1").arg(s.entities);
    for (const auto &k : s.byKind)
        lines << QStringLiteral("  %1: %2").arg(Entity::kindLabel(k.first)).arg(k.second);
    lines << Cli::tr("By town or street:");
    for (const auto &t : s.byTown)
        lines << QStringLiteral("  %1: %2").arg(t.first.isEmpty() ? Cli::tr("(none)") : t.first).arg(t.second);
    lines << Cli::tr("Active users:");
    for (const auto &u : s.usersByRole)
        lines << QStringLiteral("  %1: %2").arg(Role::label(u.first)).arg(u.second);
    if (s.demoUsers > 0)
        lines << Cli::tr("  (%n demo user(s) with the documented demo password)", nullptr, int(s.demoUsers));
    lines << Cli::tr("Audit log entries: %1").arg(s.auditEntries);
    lines << Cli::tr("Changes waiting for sync: %1").arg(s.pendingOutbox);

    ctx.output(lines.join(QLatin1Char('\n')),
               {{QStringLiteral("schema_version"), s.schemaVersion},
                {QStringLiteral("entities"), s.entities},
                {QStringLiteral("by_kind"), countsJson(s.byKind, QStringLiteral("kind"))},
                {QStringLiteral("by_town"), countsJson(s.byTown, QStringLiteral("town"))},
                {QStringLiteral("users_by_role"), countsJson(s.usersByRole, QStringLiteral("role"))},
                {QStringLiteral("demo_users"), s.demoUsers},
                {QStringLiteral("audit_entries"), s.auditEntries},
                {QStringLiteral("pending_outbox"), s.pendingOutbox}});
    return ExitOk;
}

} // namespace cl
