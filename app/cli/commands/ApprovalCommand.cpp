// creditloop-cli approval …: the window workflow of DOMAIN.md §3 (catalogue, pre-approval check, filing,
// letter, decision, 容缺 supply, deadline sweep, working-day calendar, §8 measures).
#include "CliContext.h"
#include "Commands.h"
#include "approval/ApplicationService.h"
#include "approval/CommitmentLetter.h"
#include "approval/DeadlineSweep.h"
#include "approval/ItemCatalogue.h"
#include "approval/ItemCatalogueFile.h"
#include "approval/WorkingCalendar.h"
#include "common/Error.h"
#include "credit/LightEngine.h"
#include "credit/MeasureCatalogue.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "db/WriteTransaction.h"
#include "registry/EntityRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace cl {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The entity of --uscc: a valid code of a registered entity, with a message saying which it is not.
Entity entityOf(CliContext &ctx, const QString &code)
{
    Database &db = ctx.db();
    const UsccResult check = UsccValidator::fromDatabase(db.sql()).check(code);
    if (!check.valid) {
        QStringList problems;
        for (const UsccFinding &f : check.findings)
            if (f.error)
                problems << f.message;
        throw Error(ErrorKind::Invalid, Cli::tr("%1 is not a valid unified social credit code: %2").arg(code, problems.join(QStringLiteral("; "))));
    }
    const std::optional<Entity> e = EntityRepository(db).byCode(check.normalized);
    if (!e)
        throw Error(ErrorKind::NotFound, Cli::tr("No entity with the code %1 is registered (register it with entity add).").arg(check.normalized));
    return *e;
}

QString checkText(const PreApprovalResult &r)
{
    QStringList lines;
    lines << Cli::tr("Light as of %1: %2 (rule %3: %4)").arg(iso(r.asOf), LightEngine::lightLabel(r.light.light), r.light.ruleId,
                                                          LightEngine::ruleLabel(r.light.ruleId));
    lines << (r.greenChannel ? Cli::tr("Green channel: yes (priority handling)") : Cli::tr("Green channel: no"));
    lines << (r.commitmentAllowed ? Cli::tr("Commitment mode: allowed") : Cli::tr("Commitment mode: refused"));
    for (const QString &why : r.commitmentRefusals)
        lines << QStringLiteral("  - ") + why;
    lines << (r.deficiencyAllowed ? Cli::tr("Missing materials (容缺): allowed") : Cli::tr("Missing materials (容缺): refused"));
    for (const QString &why : r.deficiencyRefusals)
        lines << QStringLiteral("  - ") + why;
    lines << Cli::tr("Applicable measures:");
    for (const ApplicableMeasure &m : r.measures)
        lines << QStringLiteral("  %1 %2 [%3] %4 — %5").arg(m.measure.code, MeasureCatalogue::kindLabel(m.measure.kind), m.measure.name, m.reason,
                                                          m.measure.legalBasis);
    return lines.join(QLatin1Char('\n'));
}

QString applicationText(const Application &a)
{
    QStringList lines;
    lines << Cli::tr("Application %1 (%2)%3").arg(a.appNo, ApplicationService::statusLabel(a.status),
                                                   a.greenChannel ? Cli::tr(" [green channel]") : QString());
    lines << Cli::tr("Applicant: %1 %2").arg(a.entityCode, a.entityName);
    lines << Cli::tr("Item: %1 %2").arg(a.itemCode, a.itemName);
    lines << Cli::tr("Mode: %1, received %2").arg(ApplicationService::modeLabel(a.mode), iso(a.receivedOn));
    for (const ApplicationCommitment &c : a.commitments)
        lines << Cli::tr("Commitment %1 (%2)").arg(c.code, c.type);
    lines << Cli::tr("Materials:");
    for (const ApplicationMaterial &m : a.materials) {
        QString state = m.status == QLatin1String("provided") ? Cli::tr("provided")
                        : m.status == QLatin1String("supplied") ? Cli::tr("supplied %1").arg(iso(m.suppliedOn))
                                                                : Cli::tr("missing, due %1").arg(iso(m.dueOn));
        if (m.missedOn.isValid())
            state += Cli::tr(", deadline missed");
        lines << QStringLiteral("  %1. %2 (%3) — %4").arg(m.seq).arg(m.name, m.core ? Cli::tr("core") : Cli::tr("secondary"), state);
    }
    if (a.decidedOn.isValid())
        lines << Cli::tr("Decided %1%2").arg(iso(a.decidedOn), a.decisionReason.isEmpty() ? QString() : QStringLiteral(": ") + a.decisionReason);
    if (!a.licenceNo.isEmpty())
        lines << Cli::tr("Licence %1, decision %2, status %3").arg(a.licenceNo, a.decisionNo,
                                                                    a.licenceStatus == QLatin1String("1") ? Cli::tr("revoked") : Cli::tr("valid"));
    if (a.suspendedOn.isValid())
        lines << Cli::tr("Suspended since %1").arg(iso(a.suspendedOn));
    if (a.returnedOn.isValid())
        lines << Cli::tr("Returned on %1").arg(iso(a.returnedOn));
    return lines.join(QLatin1Char('\n'));
}

int itemsFile(CliContext &ctx, bool import)
{
    const QString path = ctx.args().takeWord();
    if (ctx.help() || path.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval items export FILE.csv|FILE.xlsx | approval items import FILE\n"
                                 "The item catalogue as a spreadsheet to edit; import adds and updates items by code, all or nothing."));
    ctx.args().expectEmpty();
    Database &db = ctx.db();
    if (!import) {
        ItemCatalogueFile::exportTo(db.sql(), path);
        ctx.output(Cli::tr("Item catalogue written to %1.").arg(path), {{QStringLiteral("file"), path}});
        return ExitOk;
    }
    WriteTransaction tx(db, ctx.actor(), Permission::SettingsEdit);
    const ItemCatalogueFile::ImportResult r = ItemCatalogueFile::importFrom(tx, path);
    tx.commit();
    ctx.output(Cli::tr("Item catalogue imported from %1: %2 added, %3 updated.").arg(path).arg(r.added).arg(r.updated),
               {{QStringLiteral("added"), r.added}, {QStringLiteral("updated"), r.updated}});
    return ExitOk;
}

int items(CliContext &ctx)
{
    const QString search = ctx.args().takeValue(QStringLiteral("--search"));  // before takeWord(), which would take its value
    const QString sub = ctx.args().takeWord();
    if (sub == QLatin1String("export") || sub == QLatin1String("import"))
        return itemsFile(ctx, sub == QLatin1String("import"));
    if (!sub.isEmpty())
        throw Error(ErrorKind::Usage, Cli::tr("Unknown word \"%1\": approval items [--search TEXT] | items export FILE | items import FILE.").arg(sub));
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval items [--search TEXT] | items export FILE | items import FILE\n"
                                 "The item catalogue (告知承诺事项清单)."));
    ctx.args().expectEmpty();
    const QList<ApprovalItem> list = ItemCatalogue::list(ctx.db().sql(), search);
    QJsonArray array;
    QStringList lines;
    for (const ApprovalItem &i : list) {
        array.append(QJsonObject{{QStringLiteral("code"), i.code}, {QStringLiteral("name"), i.name}, {QStringLiteral("category"), i.category},
                                 {QStringLiteral("statutory_days"), i.statutoryDays}, {QStringLiteral("promised_days"), i.promisedDays},
                                 {QStringLiteral("commitment"), i.commitmentAllowed && !i.excluded},
                                 {QStringLiteral("deficiency"), i.deficiencyAllowed && !i.excluded},
                                 {QStringLiteral("supervising"), QJsonArray::fromStringList(i.supervisingDepartments)}});
        lines << QStringLiteral("%1  %2  %3/%4  %5  %6")
                     .arg(i.code, i.name)
                     .arg(i.statutoryDays)
                     .arg(i.promisedDays)
                     .arg(i.excluded ? Cli::tr("excluded from commitment") : i.commitmentAllowed ? Cli::tr("commitment") : Cli::tr("ordinary only"),
                          i.supervisingDepartments.join(QStringLiteral("、")));
    }
    lines << Cli::tr("%n item(s); days: ordinary time limit/promised time (working days).", nullptr, int(list.size()));
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("items"), array}});
    return ExitOk;
}

int check(CliContext &ctx)
{
    const QString code = ctx.args().takeValue(QStringLiteral("--uscc"));
    const QString item = ctx.args().takeValue(QStringLiteral("--item"));
    if (ctx.help() || code.isEmpty() || item.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval check --uscc CODE --item ITEM [--as-of YYYY-MM-DD]\n"
                                 "The pre-approval credit check: light and reasons, eligibility for commitment, 容缺 and the green channel, "
                                 "and the applicable measures with why."));
    ctx.args().expectEmpty();
    const Entity e = entityOf(ctx, code);
    const PreApprovalResult r = ApplicationService(ctx.db()).check(e.id, item, ctx.asOf());
    QJsonObject doc = r.toJson();
    doc.insert(QStringLiteral("code"), e.code);
    doc.insert(QStringLiteral("name"), e.name);
    ctx.output(QStringLiteral("%1 %2\n").arg(e.code, e.name) + checkText(r), doc);
    return ExitOk;
}

int apply(CliContext &ctx)
{
    const QString code = ctx.args().takeValue(QStringLiteral("--uscc"));
    const QString item = ctx.args().takeValue(QStringLiteral("--item"));
    QString mode = ctx.args().takeValue(QStringLiteral("--mode"));
    const QStringList missing = ctx.args().takeValues(QStringLiteral("--missing"));
    const QDate supplyBy = ctx.args().takeDate(QStringLiteral("--supply-by"));
    if (ctx.help() || code.isEmpty() || item.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval apply --uscc CODE --item ITEM [--mode ordinary|commitment|deficiency]\n"
                                 "                                   [--missing N]... [--supply-by YYYY-MM-DD]\n"
                                 "Files an application dated --as-of: runs and stores the pre-approval check, issues the commitment code.\n"
                                 "--missing names a secondary material (its number in approval item) the applicant supplies later (容缺)."));
    ctx.args().expectEmpty();
    if (mode.isEmpty())
        mode = QStringLiteral("ordinary");
    NewApplication request;
    request.itemCode = item;
    request.mode = mode;
    request.supplyBy = supplyBy;
    for (const QString &m : missing) {
        bool ok = false;
        const int seq = m.toInt(&ok);
        if (!ok)
            throw Error(ErrorKind::Usage, Cli::tr("--missing needs a material number, not \"%1\".").arg(m));
        request.missing << seq;
    }
    const Entity e = entityOf(ctx, code);
    request.entityId = e.id;
    const Actor actor = ctx.actor();
    const Application a = ApplicationService(ctx.db()).file(actor, request, ctx.asOf());
    ctx.output(applicationText(a), {{QStringLiteral("application"), a.toJson()}});
    return ExitOk;
}

int show(CliContext &ctx)
{
    const QString no = ctx.args().takeWord();
    if (ctx.help() || no.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval show APP_NO\nThe application with its check snapshot, materials, commitments and licence."));
    ctx.args().expectEmpty();
    const Application a = ApplicationService(ctx.db()).require(no);
    QString text = applicationText(a);
    const QStringList refusals = a.check.value(QStringLiteral("commitment_refusals")).toVariant().toStringList();
    text += QLatin1Char('\n') + Cli::tr("Check at filing: light %1, commitment %2")
                                    .arg(LightEngine::lightLabel(a.check.value(QStringLiteral("light")).toObject().value(QStringLiteral("light")).toString()),
                                         a.check.value(QStringLiteral("commitment_allowed")).toBool() ? Cli::tr("allowed") : Cli::tr("refused"));
    for (const QString &why : refusals)
        text += QStringLiteral("\n  - ") + why;
    ctx.output(text, {{QStringLiteral("application"), a.toJson()}});
    return ExitOk;
}

int queue(CliContext &ctx)
{
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval queue\nOpen applications, green channel first, then oldest first."));
    ctx.args().expectEmpty();
    const QList<Application> list = ApplicationService(ctx.db()).queue();
    QJsonArray array;
    QStringList lines;
    for (const Application &a : list) {
        array.append(QJsonObject{{QStringLiteral("app_no"), a.appNo}, {QStringLiteral("green_channel"), a.greenChannel},
                                 {QStringLiteral("status"), a.status}, {QStringLiteral("mode"), a.mode}, {QStringLiteral("entity_name"), a.entityName},
                                 {QStringLiteral("item_name"), a.itemName}, {QStringLiteral("received_on"), iso(a.receivedOn)}});
        lines << QStringLiteral("%1 %2  %3  %4  %5  %6  %7")
                     .arg(a.greenChannel ? QStringLiteral("★") : QStringLiteral(" "), a.appNo, iso(a.receivedOn), ApplicationService::statusLabel(a.status),
                          ApplicationService::modeLabel(a.mode), a.entityName, a.itemName);
    }
    lines << Cli::tr("%n open application(s); ★ green channel.", nullptr, int(list.size()));
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("queue"), array}});
    return ExitOk;
}

int letter(CliContext &ctx)
{
    const QString no = ctx.args().takeWord();
    const QString out = ctx.args().takeValue(QStringLiteral("--out"));
    if (ctx.help() || no.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval letter APP_NO [--out FILE.txt]\nThe commitment letter from the item's template."));
    ctx.args().expectEmpty();
    const Application a = ApplicationService(ctx.db()).require(no);
    const QString text = CommitmentLetter::render(ctx.db().sql(), a);
    if (!out.isEmpty()) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            throw Error(ErrorKind::Io, Cli::tr("Cannot write %1.").arg(out));
        ctx.output(Cli::tr("Commitment letter of %1 written to %2.").arg(a.appNo, out), {{QStringLiteral("file"), out}});
        return ExitOk;
    }
    ctx.output(text, {{QStringLiteral("letter"), text}, {QStringLiteral("app_no"), a.appNo}});
    return ExitOk;
}

int decide(CliContext &ctx, bool approve)
{
    const QString no = ctx.args().takeWord();
    const QString reason = approve ? QString() : ctx.args().takeValue(QStringLiteral("--reason"));
    if (ctx.help() || no.isEmpty())
        return ctx.usage(approve ? Cli::tr("Usage: creditloop-cli approval approve APP_NO\nApproves (dated --as-of): licence record, push to the supervising departments.")
                                 : Cli::tr("Usage: creditloop-cli approval refuse APP_NO --reason TEXT"));
    ctx.args().expectEmpty();
    const Actor actor = ctx.actor();
    ApplicationService service(ctx.db());
    const Application a = approve ? service.approve(actor, no, ctx.asOf()) : service.refuse(actor, no, reason, ctx.asOf());
    ctx.output(applicationText(a), {{QStringLiteral("application"), a.toJson()}});
    return ExitOk;
}

int supply(CliContext &ctx)
{
    const QString no = ctx.args().takeWord();
    const QString material = ctx.args().takeValue(QStringLiteral("--material"));
    if (ctx.help() || no.isEmpty() || material.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval supply APP_NO --material N\nRecords a missing material as supplied (dated --as-of)."));
    ctx.args().expectEmpty();
    bool ok = false;
    const int seq = material.toInt(&ok);
    if (!ok)
        throw Error(ErrorKind::Usage, Cli::tr("--material needs a material number, not \"%1\".").arg(material));
    const Actor actor = ctx.actor();
    const Application a = ApplicationService(ctx.db()).supply(actor, no, seq, ctx.asOf());
    ctx.output(applicationText(a), {{QStringLiteral("application"), a.toJson()}});
    return ExitOk;
}

int sweep(CliContext &ctx)
{
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval sweep [--as-of YYYY-MM-DD]\n"
                                 "Applies the deadlines that passed: missed 容缺 deadlines (suspension), returns after 15 working days, "
                                 "revocation of unrectified commitments."));
    ctx.args().expectEmpty();
    const Actor actor = ctx.actor();
    const DeadlineSweep::Result r = DeadlineSweep::run(ctx.db(), actor, ctx.asOf());
    ctx.output(Cli::tr("As of %1: %2 supplement deadline(s) missed, %3 application(s) suspended, %4 returned, %5 licence(s) revoked.")
                   .arg(iso(ctx.asOf()))
                   .arg(r.missed)
                   .arg(r.suspended)
                   .arg(r.returned)
                   .arg(r.revoked),
               {{QStringLiteral("as_of"), iso(ctx.asOf())}, {QStringLiteral("missed"), r.missed}, {QStringLiteral("suspended"), r.suspended},
                {QStringLiteral("returned"), r.returned}, {QStringLiteral("revoked"), r.revoked}});
    return ExitOk;
}

int calendar(CliContext &ctx)
{
    // Options first: takeWord() would otherwise take an option's value for a word.
    const QString yearText = ctx.args().takeValue(QStringLiteral("--year"));
    const QString name = ctx.args().takeValue(QStringLiteral("--name"));
    const QString sub = ctx.args().takeWord();
    Database &db = ctx.db();
    if (sub == QLatin1String("set") || sub == QLatin1String("remove")) {
        const QString day = ctx.args().takeWord();
        const QString kind = sub == QLatin1String("set") ? ctx.args().takeWord() : QString();
        if (ctx.help() || day.isEmpty() || (sub == QLatin1String("set") && kind != QLatin1String("holiday") && kind != QLatin1String("workday")))
            return ctx.usage(Cli::tr("Usage: creditloop-cli approval calendar set YYYY-MM-DD holiday|workday [--name NAME] | calendar remove YYYY-MM-DD"));
        ctx.args().expectEmpty();
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (!date.isValid())
            throw Error(ErrorKind::Invalid, Cli::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(day));
        WriteTransaction tx(db, ctx.actor(), Permission::SettingsEdit);
        if (sub == QLatin1String("set"))
            WorkingCalendar::setDay(tx, {date, kind == QLatin1String("workday"), name});
        else
            WorkingCalendar::removeDay(tx, date);
        tx.commit();
        ctx.output(Cli::tr("Calendar updated: %1.").arg(day), {{QStringLiteral("day"), day}, {QStringLiteral("kind"), kind}});
        return ExitOk;
    }
    if (sub == QLatin1String("add")) {
        const QString n = ctx.args().takeWord();
        if (ctx.help() || n.isEmpty())
            return ctx.usage(Cli::tr("Usage: creditloop-cli approval calendar add N [--as-of YYYY-MM-DD]\nThe date N working days after --as-of."));
        ctx.args().expectEmpty();
        bool ok = false;
        const int days = n.toInt(&ok);
        if (!ok || days < 0)
            throw Error(ErrorKind::Usage, Cli::tr("A number of working days is needed, not \"%1\".").arg(n));
        const QDate due = WorkingCalendar::load(db.sql()).addWorkingDays(ctx.asOf(), days);
        ctx.output(Cli::tr("%1 working day(s) after %2: %3").arg(days).arg(iso(ctx.asOf()), iso(due)),
                   {{QStringLiteral("from"), iso(ctx.asOf())}, {QStringLiteral("working_days"), days}, {QStringLiteral("date"), iso(due)}});
        return ExitOk;
    }
    if (!sub.isEmpty() && sub != QLatin1String("list"))
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval calendar [list] [--year Y] | set | remove | add"));
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval calendar [list] [--year Y]\nThe holidays and adjusted working days of a year."));
    ctx.args().expectEmpty();
    const int year = yearText.isEmpty() ? ctx.asOf().year() : yearText.toInt();
    QJsonArray array;
    QStringList lines;
    for (const WorkingCalendar::Day &d : WorkingCalendar::load(db.sql()).exceptions(year)) {
        array.append(QJsonObject{{QStringLiteral("day"), iso(d.date)}, {QStringLiteral("kind"), d.working ? QStringLiteral("workday") : QStringLiteral("holiday")},
                                 {QStringLiteral("name"), d.name}});
        lines << QStringLiteral("%1  %2  %3").arg(iso(d.date), d.working ? Cli::tr("working day") : Cli::tr("holiday"), d.name);
    }
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("year"), year}, {QStringLiteral("days"), array}});
    return ExitOk;
}

int measures(CliContext &ctx)
{
    const QString code = ctx.args().takeValue(QStringLiteral("--uscc"));
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval measures [--uscc CODE]\n"
                                 "The catalogue of incentives and restrictions; with --uscc, those that apply to the entity and why."));
    ctx.args().expectEmpty();
    QJsonArray array;
    QStringList lines;
    if (!code.isEmpty()) {
        const Entity e = entityOf(ctx, code);
        for (const ApplicableMeasure &m : MeasureCatalogue::applicable(ctx.db(), e.id, ctx.asOf())) {
            array.append(m.toJson());
            lines << QStringLiteral("%1 %2 %3 — %4").arg(m.measure.code, MeasureCatalogue::kindLabel(m.measure.kind), m.measure.name, m.reason);
        }
    } else {
        for (const Measure &m : MeasureCatalogue::list(ctx.db().sql())) {
            array.append(QJsonObject{{QStringLiteral("code"), m.code}, {QStringLiteral("kind"), m.kind}, {QStringLiteral("name"), m.name},
                                     {QStringLiteral("condition"), m.condition}, {QStringLiteral("effect"), m.effect},
                                     {QStringLiteral("legal_basis"), m.legalBasis}});
            lines << QStringLiteral("%1 %2 %3 (%4) — %5").arg(m.code, MeasureCatalogue::kindLabel(m.kind), m.name,
                                                              MeasureCatalogue::conditionLabel(m.condition), m.legalBasis);
        }
    }
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("measures"), array}});
    return ExitOk;
}

int item(CliContext &ctx)
{
    const QString code = ctx.args().takeWord();
    if (ctx.help() || code.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli approval item CODE\nOne catalogue item with its materials and verification rule."));
    ctx.args().expectEmpty();
    const ApprovalItem i = ItemCatalogue::require(ctx.db().sql(), code);
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(i.code, i.name);
    lines << Cli::tr("Category: %1; approving: %2; supervising: %3").arg(ItemCatalogue::categoryLabel(i.category), i.approvingDepartment,
                                                                        i.supervisingDepartments.join(QStringLiteral("、")));
    lines << Cli::tr("Legal basis: %1").arg(i.legalBasis);
    lines << Cli::tr("Ordinary time limit %1 working days; promised %2; verification: %3 within %4 working days, sample %5 %")
                 .arg(i.statutoryDays)
                 .arg(i.promisedDays)
                 .arg(ItemCatalogue::verifyMethodLabel(i.verifyMethod))
                 .arg(i.verifyWithinDays)
                 .arg(qRound(i.sampleRate * 100));
    lines << (i.excluded ? Cli::tr("Excluded from commitment mode.")
                         : Cli::tr("Commitment: %1; missing materials (容缺): %2")
                               .arg(i.commitmentAllowed ? Cli::tr("yes") : Cli::tr("no"), i.deficiencyAllowed ? Cli::tr("yes") : Cli::tr("no")));
    QJsonArray materials;
    for (const ItemMaterial &m : i.materials) {
        lines << QStringLiteral("  %1. %2 (%3)").arg(m.seq).arg(m.name, m.core ? Cli::tr("core") : Cli::tr("secondary"));
        materials.append(QJsonObject{{QStringLiteral("seq"), m.seq}, {QStringLiteral("name"), m.name}, {QStringLiteral("core"), m.core}});
    }
    ctx.output(lines.join(QLatin1Char('\n')),
               {{QStringLiteral("code"), i.code}, {QStringLiteral("name"), i.name}, {QStringLiteral("legal_basis"), i.legalBasis},
                {QStringLiteral("statutory_days"), i.statutoryDays}, {QStringLiteral("promised_days"), i.promisedDays},
                {QStringLiteral("verify_method"), i.verifyMethod}, {QStringLiteral("verify_within_days"), i.verifyWithinDays},
                {QStringLiteral("excluded"), i.excluded}, {QStringLiteral("materials"), materials}});
    return ExitOk;
}

QString approvalUsage()
{
    return Cli::tr("Usage: creditloop-cli approval COMMAND\n"
                   "  items [--search TEXT] | item CODE         the item catalogue\n"
                   "  items export FILE | items import FILE     the catalogue as CSV/XLSX to edit\n"
                   "  check --uscc CODE --item ITEM             pre-approval credit check\n"
                   "  apply --uscc CODE --item ITEM [--mode M] [--missing N]... [--supply-by DATE]\n"
                   "  show APP_NO | queue | letter APP_NO [--out FILE]\n"
                   "  approve APP_NO | refuse APP_NO --reason TEXT | supply APP_NO --material N\n"
                   "  sweep                                     apply passed deadlines\n"
                   "  calendar [list|set|remove|add]            the working-day calendar\n"
                   "  measures [--uscc CODE]                    incentives and restrictions (§8)\n"
                   "Dates of actions are --as-of (default today).");
}

} // namespace

int runApproval(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    if (sub == QLatin1String("items")) return items(ctx);
    if (sub == QLatin1String("item")) return item(ctx);
    if (sub == QLatin1String("check")) return check(ctx);
    if (sub == QLatin1String("apply")) return apply(ctx);
    if (sub == QLatin1String("show")) return show(ctx);
    if (sub == QLatin1String("queue")) return queue(ctx);
    if (sub == QLatin1String("letter")) return letter(ctx);
    if (sub == QLatin1String("approve")) return decide(ctx, true);
    if (sub == QLatin1String("refuse")) return decide(ctx, false);
    if (sub == QLatin1String("supply")) return supply(ctx);
    if (sub == QLatin1String("sweep")) return sweep(ctx);
    if (sub == QLatin1String("calendar")) return calendar(ctx);
    if (sub == QLatin1String("measures")) return measures(ctx);
    return ctx.usage(approvalUsage());
}

} // namespace cl
