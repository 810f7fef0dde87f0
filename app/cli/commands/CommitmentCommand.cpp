// creditloop-cli commitment …: the supervising departments' side of DOMAIN.md §3 — worklists of pushed
// commitments, recording verification outcomes (with their consequences on licence and light), rectification,
// and the figures the office reports.
#include "CliContext.h"
#include "Commands.h"
#include "approval/ExchangeRecords.h"
#include "approval/ItemCatalogue.h"
#include "approval/VerificationService.h"
#include "common/Error.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"
#include "report/CommitmentStats.h"

#include <QJsonArray>

namespace cl {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

qint64 departmentOption(CliContext &ctx)
{
    const QString name = ctx.args().takeValue(QStringLiteral("--department"));
    if (name.isEmpty())
        return 0;
    const qint64 id = ReferenceData::departmentIdByName(ctx.db().sql(), name);
    if (id == 0)
        throw Error(ErrorKind::Invalid, Cli::tr("Unknown department \"%1\" (see departments list).").arg(name));
    return id;
}

QString taskLine(const VerificationTask &t)
{
    QString state = t.status == QLatin1String("done")
                        ? Cli::tr("%1 on %2 by %3").arg(VerificationService::outcomeLabel(t.outcome), iso(t.verifiedOn), t.verifier)
                        : Cli::tr("due %1").arg(iso(t.dueOn));
    return QStringLiteral("#%1  %2  %3  %4  %5  %6  %7")
        .arg(t.id)
        .arg(t.commitmentCode, t.entityName, t.itemName, t.department, ItemCatalogue::verifyMethodLabel(t.method), state);
}

int list(CliContext &ctx)
{
    const qint64 department = departmentOption(ctx);
    const QString filterText = ctx.args().takeValue(QStringLiteral("--filter"));
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli commitment list [--department NAME] [--filter pending|due-soon|overdue|done|all]\n"
                                 "The verification worklist as of --as-of (default: pending)."));
    ctx.args().expectEmpty();
    VerificationService::Filter filter = VerificationService::Filter::Pending;
    if (filterText == QLatin1String("due-soon")) filter = VerificationService::Filter::DueSoon;
    else if (filterText == QLatin1String("overdue")) filter = VerificationService::Filter::Overdue;
    else if (filterText == QLatin1String("done")) filter = VerificationService::Filter::Done;
    else if (filterText == QLatin1String("all")) filter = VerificationService::Filter::All;
    else if (!filterText.isEmpty() && filterText != QLatin1String("pending"))
        throw Error(ErrorKind::Usage, Cli::tr("--filter is pending, due-soon, overdue, done or all, not \"%1\".").arg(filterText));
    const QList<VerificationTask> tasks = VerificationService(ctx.db()).worklist(department, filter, ctx.asOf());
    QJsonArray array;
    QStringList lines;
    for (const VerificationTask &t : tasks) {
        array.append(t.toJson());
        lines << taskLine(t);
    }
    lines << Cli::tr("%n task(s).", nullptr, int(tasks.size()));
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("tasks"), array}});
    return ExitOk;
}

int show(CliContext &ctx)
{
    const QString code = ctx.args().takeWord();
    if (ctx.help() || code.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli commitment show CODE\nThe commitment record (§9.3 fields) and its verification tasks."));
    ctx.args().expectEmpty();
    VerificationService service(ctx.db());
    const QList<VerificationTask> tasks = service.tasksOf(code);
    const qint64 id = ExchangeRecords::commitmentIdByCode(ctx.db().sql(), code);
    if (id == 0)
        throw Error(ErrorKind::NotFound, Cli::tr("There is no commitment %1.").arg(code.trimmed()));
    const QJsonObject record = ExchangeRecords::commitment(ctx.db().sql(), id);
    QStringList lines;
    for (const QString &key : {QStringLiteral("承诺编码"), QStringLiteral("承诺类型"), QStringLiteral("承诺主体名称"), QStringLiteral("承诺主体代码"),
                               QStringLiteral("承诺事由"), QStringLiteral("承诺作出日期"), QStringLiteral("履约状态"), QStringLiteral("虚假承诺"),
                               QStringLiteral("状态日期"), QStringLiteral("核查单位"), QStringLiteral("整改期限")})
        lines << QStringLiteral("%1：%2").arg(key, record.value(key).toString());
    QJsonArray array;
    for (const VerificationTask &t : tasks) {
        array.append(t.toJson());
        lines << taskLine(t);
    }
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("commitment"), record}, {QStringLiteral("tasks"), array}});
    return ExitOk;
}

int verify(CliContext &ctx)
{
    const QString code = ctx.args().takeWord();
    const qint64 department = departmentOption(ctx);
    VerificationOutcome o;
    o.outcome = ctx.args().takeValue(QStringLiteral("--outcome"));
    o.method = ctx.args().takeValue(QStringLiteral("--method"));
    o.verifier = ctx.args().takeValue(QStringLiteral("--verifier"));
    o.notes = ctx.args().takeValue(QStringLiteral("--notes"));
    o.verifiedOn = ctx.args().takeDate(QStringLiteral("--on"));
    if (ctx.help() || code.isEmpty() || o.outcome.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli commitment verify CODE --outcome fulfilled|partial|unfulfilled|false --verifier NAME\n"
                                 "                                     [--department NAME] [--method written|online|onsite|publicity]\n"
                                 "                                     [--on YYYY-MM-DD] [--notes TEXT]\n"
                                 "Records the verification outcome of a pushed commitment; consequences follow at once."));
    ctx.args().expectEmpty();
    VerificationService service(ctx.db());
    QList<VerificationTask> tasks = service.tasksOf(code);
    if (tasks.isEmpty())
        throw Error(ErrorKind::NotFound, Cli::tr("No verification task for the commitment %1 (is it approved and pushed?).").arg(code.trimmed()));
    if (department > 0)
        tasks.erase(std::remove_if(tasks.begin(), tasks.end(), [department](const VerificationTask &t) { return t.departmentId != department; }),
                    tasks.end());
    if (tasks.isEmpty())
        throw Error(ErrorKind::NotFound, Cli::tr("The commitment %1 was not pushed to that department.").arg(code.trimmed()));
    if (tasks.size() > 1) {
        QStringList names;
        for (const VerificationTask &t : tasks)
            names << t.department;
        throw Error(ErrorKind::Usage, Cli::tr("The commitment %1 was pushed to several departments (%2); choose one with --department.")
                                          .arg(code.trimmed(), names.join(QStringLiteral("、"))));
    }
    const Actor actor = ctx.actor();
    const VerificationTask t = service.record(actor, tasks.first().id, o, ctx.asOf());
    QString text = taskLine(t);
    if (t.outcome == QLatin1String("false"))
        text += QLatin1Char('\n') + Cli::tr("False commitment recorded: the licence is revoked and the entity's credit record shows it.");
    else if (t.rectifyBy.isValid())
        text += QLatin1Char('\n') + Cli::tr("Rectification ordered by %1.").arg(iso(t.rectifyBy));
    ctx.output(text, {{QStringLiteral("task"), t.toJson()}});
    return ExitOk;
}

int rectified(CliContext &ctx)
{
    const QString code = ctx.args().takeWord();
    if (ctx.help() || code.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli commitment rectified CODE\nThe entity put right what the verification found (dated --as-of)."));
    ctx.args().expectEmpty();
    const Actor actor = ctx.actor();
    VerificationService(ctx.db()).rectified(actor, code, ctx.asOf());
    ctx.output(Cli::tr("Commitment %1 rectified on %2.").arg(code.trimmed(), iso(ctx.asOf())),
               {{QStringLiteral("code"), code.trimmed()}, {QStringLiteral("rectified_on"), iso(ctx.asOf())}});
    return ExitOk;
}

int stats(CliContext &ctx)
{
    ReportFilter filter;
    filter.departmentId = departmentOption(ctx);
    filter.from = ctx.args().takeDate(QStringLiteral("--from"));
    filter.to = ctx.args().takeDate(QStringLiteral("--to"));
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli commitment stats [--from DATE] [--to DATE] [--department NAME] [--as-of DATE]\n"
                                 "Approvals by commitment, working days saved, pushes, verification coverage, overdue, fulfilment rate."));
    ctx.args().expectEmpty();
    filter.asOf = ctx.asOf();
    const CommitmentStats s = CommitmentStats::compute(ctx.db().sql(), filter);
    const QString text =
        Cli::tr("Approved: %1 (by commitment %2, with missing materials %3; %4 items)\nWorking days saved: %5\n"
                "Pushed for verification: %6; verified %7 (coverage %8 %); overdue %9")
            .arg(s.approvedTotal)
            .arg(s.approvedByCommitment)
            .arg(s.approvedByDeficiency)
            .arg(s.itemsByCommitment)
            .arg(s.workingDaysSaved)
            .arg(s.pushes)
            .arg(s.verified)
            .arg(QString::number(s.coverage() * 100, 'f', 1))
            .arg(s.overdue)
        + QLatin1Char('\n')
        + Cli::tr("Fulfilled %1, partly %2, not fulfilled %3, false %4 (fulfilment rate %5 %)")
              .arg(s.fulfilled)
              .arg(s.partial)
              .arg(s.unfulfilled)
              .arg(s.falseCommitments)
              .arg(QString::number(s.fulfilmentRate() * 100, 'f', 1));
    ctx.output(text, s.toJson());
    return ExitOk;
}

} // namespace

int runCommitment(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    if (sub == QLatin1String("list")) return list(ctx);
    if (sub == QLatin1String("show")) return show(ctx);
    if (sub == QLatin1String("verify")) return verify(ctx);
    if (sub == QLatin1String("rectified")) return rectified(ctx);
    if (sub == QLatin1String("stats")) return stats(ctx);
    return ctx.usage(Cli::tr("Usage: creditloop-cli commitment COMMAND\n"
                             "  list [--department NAME] [--filter pending|due-soon|overdue|done|all]\n"
                             "  show CODE\n"
                             "  verify CODE --outcome fulfilled|partial|unfulfilled|false --verifier NAME [--department NAME] [--on DATE]\n"
                             "  rectified CODE\n"
                             "  stats [--from DATE] [--to DATE] [--department NAME]"));
}

} // namespace cl
