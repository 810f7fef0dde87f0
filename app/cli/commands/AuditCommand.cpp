#include "CliContext.h"
#include "Commands.h"
#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/Error.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cl {

int runAudit(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    const QString usageText = Cli::tr("Usage: creditloop-cli audit verify\n"
                                      "       creditloop-cli audit log [--object ID] [--limit N]\n"
                                      "verify recomputes the hash chain and names the first entry that does not match (exit 1).");
    if (ctx.help() || (sub != QLatin1String("verify") && sub != QLatin1String("log")))
        return ctx.usage(usageText);
    Database &db = ctx.db();
    if (sub == QLatin1String("verify")) {
        ctx.args().expectEmpty();
        const AuditLog::Verification v = AuditLog::verify(db.sql());
        QJsonObject doc{{QStringLiteral("ok"), v.ok}, {QStringLiteral("checked"), v.checked}};
        if (!v.ok) {
            doc.insert(QStringLiteral("first_bad_seq"), v.firstBadSeq);
            doc.insert(QStringLiteral("reason"), v.reason);
        }
        ctx.output(v.ok ? Cli::tr("Audit log OK: %n entry(ies) checked.", nullptr, int(v.checked))
                        : Cli::tr("Audit log BROKEN at entry %1: %2").arg(v.firstBadSeq).arg(v.reason),
                   doc);
        return v.ok ? ExitOk : ExitFailed;
    }
    if (sub == QLatin1String("log")) {
        const QString object = ctx.args().takeValue(QStringLiteral("--object"));
        const QString limitText = ctx.args().takeValue(QStringLiteral("--limit"));
        ctx.args().expectEmpty();
        bool ok = true;
        const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&ok);
        if (!ok || limit <= 0)
            throw Error(ErrorKind::Usage, Cli::tr("--limit needs a positive number."));
        Authorizer::require(db.sql(), ctx.actor(), Permission::AuditView);
        QJsonArray rows;
        QStringList lines;
        for (const AuditEntry &e : AuditLog::entries(db.sql(), object, limit)) {
            QJsonObject row{{QStringLiteral("seq"), e.seq},          {QStringLiteral("at"), e.at},
                            {QStringLiteral("actor"), e.actor},      {QStringLiteral("action"), e.action},
                            {QStringLiteral("object_type"), e.objectType}, {QStringLiteral("object_id"), e.objectId},
                            {QStringLiteral("hash"), e.hash}};
            if (!e.before.isEmpty())
                row.insert(QStringLiteral("before"), QJsonDocument::fromJson(e.before.toUtf8()).object());
            if (!e.after.isEmpty())
                row.insert(QStringLiteral("after"), QJsonDocument::fromJson(e.after.toUtf8()).object());
            rows.append(row);
            lines << QStringLiteral("%1  %2  %3  %4  %5 %6").arg(e.seq).arg(e.at, e.actor, e.action, e.objectType, e.objectId);
        }
        ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("entries"), rows}});
        return ExitOk;
    }
    return ctx.usage(usageText);
}

} // namespace cl
