#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "credit/UsccValidator.h"
#include "credit/VerifiedCodeList.h"
#include "db/Database.h"
#include "registry/Entity.h"

#include <QFileInfo>
#include <QJsonArray>

namespace cl {

namespace {

QJsonObject resultJson(const UsccResult &r, const UsccValidator &v)
{
    QJsonArray findings;
    for (const UsccFinding &f : r.findings)
        findings.append(QJsonObject{{QStringLiteral("level"), UsccFinding::levelCode(f.level)},
                                    {QStringLiteral("severity"), f.error ? QStringLiteral("error") : QStringLiteral("warning")},
                                    {QStringLiteral("message"), f.message}});
    QJsonObject o{{QStringLiteral("input"), r.input},
                  {QStringLiteral("normalized"), r.normalized},
                  {QStringLiteral("valid"), r.valid},
                  {QStringLiteral("verified_historical"), r.verifiedHistorical},
                  {QStringLiteral("findings"), findings}};
    if (r.valid) {
        o.insert(QStringLiteral("kind"), UsccValidator::entityKind(r.normalized));
        o.insert(QStringLiteral("division"), v.divisionName(r.normalized.mid(2, 6)));
    }
    return o;
}

QString resultText(const UsccResult &r, const UsccValidator &v)
{
    QString text = r.normalized + QStringLiteral("  ");
    if (!r.valid)
        text += Cli::tr("INVALID");
    else if (r.verifiedHistorical)
        text += Cli::tr("valid (verified historical code)");
    else
        text += Cli::tr("valid");
    if (r.valid) {
        text += QStringLiteral("  ") + Entity::kindLabel(UsccValidator::entityKind(r.normalized));
        const QString division = v.divisionName(r.normalized.mid(2, 6));
        if (!division.isEmpty())
            text += QStringLiteral("  ") + division;
    }
    for (const UsccFinding &f : r.findings)
        text += QStringLiteral("\n  [%1 %2] %3")
                    .arg(UsccFinding::levelCode(f.level), f.error ? Cli::tr("error") : Cli::tr("warning"), f.message);
    return text;
}

int check(CliContext &ctx)
{
    const QStringList codes = ctx.args().rest();
    for (const QString &c : codes)
        if (c.startsWith(QLatin1String("--")))
            throw Error(ErrorKind::Usage, Cli::tr("Unknown option %1 (see --help).").arg(c));
    if (codes.isEmpty() || ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli uscc check CODE...\n"
                                 "Checks each code at the levels FORMAT, CHECKSUM18 (errors), ORG17, TABLE, REGION (warnings).\n"
                                 "Exit code 1 when any code is invalid."));
    // The division table and the verified list are data; without a store, the shipped defaults apply.
    std::unique_ptr<Database> defaults;
    Database *db = nullptr;
    if (QFileInfo::exists(ctx.dbPath())) {
        db = &ctx.db();
    } else {
        defaults = Database::open(QStringLiteral(":memory:"));
        db = defaults.get();
    }
    const UsccValidator validator = UsccValidator::fromDatabase(db->sql());
    QJsonArray results;
    QStringList texts;
    bool allValid = true;
    for (const QString &code : codes) {
        const UsccResult r = validator.check(code);
        allValid = allValid && r.valid;
        results.append(resultJson(r, validator));
        texts << resultText(r, validator);
    }
    ctx.output(texts.join(QLatin1Char('\n')), {{QStringLiteral("results"), results}, {QStringLiteral("all_valid"), allValid}});
    return allValid ? ExitOk : ExitFailed;
}

int verified(CliContext &ctx)
{
    const QString action = ctx.args().takeWord();
    const QString usageText = Cli::tr("Usage: creditloop-cli uscc verified list\n"
                                      "       creditloop-cli uscc verified add CODE --reason TEXT\n"
                                      "       creditloop-cli uscc verified remove CODE\n"
                                      "Legal codes that fail the check character (early pilot codes); changes are audited.");
    if (ctx.help() || action.isEmpty())
        return ctx.usage(usageText);
    VerifiedCodeList list(ctx.db());
    if (action == QLatin1String("list")) {
        ctx.args().expectEmpty();
        QJsonArray rows;
        QStringList lines;
        for (const VerifiedCode &c : list.all()) {
            rows.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("reason"), c.reason},
                                    {QStringLiteral("added_by"), c.addedBy}, {QStringLiteral("added_at"), c.addedAt}});
            lines << c.code + QStringLiteral("  ") + c.reason;
        }
        ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("codes"), rows}});
        return ExitOk;
    }
    const QString code = ctx.args().takeWord();
    if (code.isEmpty())
        return ctx.usage(usageText);
    if (action == QLatin1String("add")) {
        const QString reason = ctx.args().takeValue(QStringLiteral("--reason"));
        ctx.args().expectEmpty();
        list.add(ctx.actor(), code, reason);
    } else if (action == QLatin1String("remove")) {
        ctx.args().expectEmpty();
        list.remove(ctx.actor(), code);
    } else {
        return ctx.usage(usageText);
    }
    const QString normalized = UsccValidator::normalize(code);
    ctx.output(action == QLatin1String("add") ? Cli::tr("%1 added to the verified historical codes.").arg(normalized)
                                              : Cli::tr("%1 removed from the verified historical codes.").arg(normalized),
               {{QStringLiteral("code"), normalized}, {QStringLiteral("action"), action}});
    return ExitOk;
}

} // namespace

int runUscc(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    if (sub == QLatin1String("check"))
        return check(ctx);
    if (sub == QLatin1String("verified"))
        return verified(ctx);
    return ctx.usage(Cli::tr("Usage: creditloop-cli uscc check CODE... | uscc verified list|add|remove"));
}

} // namespace cl
