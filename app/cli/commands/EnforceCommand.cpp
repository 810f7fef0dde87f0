#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "enforcement/CreditRepair.h"
#include "enforcement/EnforcementService.h"
#include "enforcement/Money.h"
#include "enforcement/ViolationCatalogue.h"
#include "registry/EntityRepository.h"
#include "report/EnforcementStats.h"

#include <QDir>
#include <QJsonArray>

namespace cl {

namespace {

QString usageText()
{
    return Cli::tr(
        "Usage: creditloop-cli enforce items [--soft] | items export FILE.csv|FILE.xlsx [--soft] | items import FILE\n"
        "       creditloop-cli enforce recommend --uscc CODE --item ITEM [FACTS]\n"
        "       creditloop-cli enforce case open --uscc CODE --item ITEM [FACTS] [--facts TEXT] [--officer NAME] [--found-on DATE]\n"
        "       creditloop-cli enforce case show CASE_NO | case list [--uscc CODE]\n"
        "       creditloop-cli enforce decide CASE_NO --outcome OUTCOME [--amount YUAN] [--decision-no NO] [--reason TEXT]\n"
        "                                   [--severity minor|general|serious] [--decided-on DATE]\n"
        "       creditloop-cli enforce penalties CODE\n"
        "       creditloop-cli enforce repair apply DECISION_NO --commitment CODE --content TEXT [--applied-on DATE]\n"
        "       creditloop-cli enforce repair grant|reject APPLICATION_ID [--reason TEXT] [--on DATE]\n"
        "       creditloop-cli enforce stats [--from DATE] [--to DATE]\n"
        "FACTS: [--first-violation] [--harm none|minor|serious] [--corrected] [--no-fault] [--ground G]... [--aggravating A]...\n"
        "  grounds (Art. 32): eliminated_harm, coerced, confessed, meritorious\n"
        "  aggravating: refused_correction, repeat_violation, serious_consequence, obstruction, false_commitment\n"
        "OUTCOME: no_penalty, mitigated, lighter, standard, heavier. Dates default to --as-of.");
}

CaseFacts takeFacts(ArgList &a)
{
    CaseFacts f;
    f.firstViolation = a.takeFlag(QStringLiteral("--first-violation"));
    f.corrected = a.takeFlag(QStringLiteral("--corrected"));
    f.noFault = a.takeFlag(QStringLiteral("--no-fault"));
    const QString harm = a.takeValue(QStringLiteral("--harm"));
    if (!harm.isEmpty())
        f.harm = harm;
    f.grounds = a.takeValues(QStringLiteral("--ground"));
    f.aggravating = a.takeValues(QStringLiteral("--aggravating"));
    return f;
}

Entity requireEntity(Database &db, const QString &code)
{
    const std::optional<Entity> e = EntityRepository(db).byCode(code);
    if (!e)
        throw Error(ErrorKind::NotFound, Cli::tr("No entity with the code %1 is registered.").arg(UsccValidator::normalize(code)));
    return *e;
}

qint64 amountFen(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (text.trimmed().startsWith(QLatin1Char('-')))
        throw Error(ErrorKind::Invalid, Cli::tr("The fine cannot be negative (%1).").arg(text));
    const std::optional<qint64> fen = money::parseYuan(text);
    if (!fen)
        throw Error(ErrorKind::Invalid, Cli::tr("\"%1\" is not an amount in yuan (digits, at most two decimals).").arg(text));
    return *fen;
}

QString bandText(const FineBand &b)
{
    if (b.outcome == QLatin1String("no_penalty"))
        return Cli::tr("no fine");
    return Cli::tr("%1–%2 yuan").arg(money::yuanText(b.minFen), money::yuanText(b.maxFen));
}

QString recommendationText(const Entity &e, const ViolationItem &item, const Recommendation &r)
{
    QStringList lines;
    lines << Cli::tr("%1 %2 — item %3: %4").arg(e.code, e.name, item.code, item.name);
    lines << Cli::tr("Recommended: %1 (rule %2, rules version %3)").arg(DiscretionEngine::outcomeLabel(r.outcome), r.ruleId).arg(r.ruleVersion);
    lines << Cli::tr("Legal basis: %1; %2").arg(r.legalBasis, item.penaltyBasis);
    lines << Cli::tr("Fine: %1").arg(bandText(r.band)) + (r.orderToCorrect ? Cli::tr(", with an order to correct") : QString());
    for (const FineBand &b : r.alternativeBands)
        lines << Cli::tr("Alternative: %1, %2").arg(DiscretionEngine::outcomeLabel(b.outcome), bandText(b));
    lines << Cli::tr("Reasoning:");
    for (const QString &s : r.reasoning)
        lines << QStringLiteral("  - ") + s;
    return lines.join(QLatin1Char('\n'));
}

int items(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const QString sub = a.takeWord();
    const bool soft = a.takeFlag(QStringLiteral("--soft"));
    if (ctx.help())
        return ctx.usage(usageText());
    if (sub == QLatin1String("export")) {
        const QString file = a.takeWord();
        a.expectEmpty();
        if (file.isEmpty())
            return ctx.usage(usageText());
        ViolationCatalogue cat(ctx.db());
        cat.exportFile(file, soft);
        const qsizetype n = cat.items(soft).size();
        ctx.output(Cli::tr("%1 items written to %2.").arg(n).arg(QDir::toNativeSeparators(file)),
                   {{QStringLiteral("items"), n}, {QStringLiteral("file"), file}});
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        const QString file = a.takeWord();
        a.expectEmpty();
        if (file.isEmpty())
            return ctx.usage(usageText());
        Database &db = ctx.db();
        const ViolationCatalogue::ImportResult r = ViolationCatalogue(db).importFile(ctx.actor(), file);
        QStringList lines{Cli::tr("%1: %2 added, %3 updated, %4 unchanged, %5 rejected.")
                              .arg(QDir::toNativeSeparators(file)).arg(r.inserted).arg(r.updated).arg(r.unchanged).arg(r.rejected.size())};
        QJsonArray rejected;
        for (const ViolationCatalogue::Issue &i : r.rejected) {
            lines << Cli::tr("  row %1, %2: %3").arg(i.row).arg(i.column.isEmpty() ? Cli::tr("(row)") : i.column, i.message);
            rejected.append(QJsonObject{{QStringLiteral("row"), i.row}, {QStringLiteral("column"), i.column}, {QStringLiteral("message"), i.message}});
        }
        ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("inserted"), r.inserted}, {QStringLiteral("updated"), r.updated},
                                                   {QStringLiteral("unchanged"), r.unchanged}, {QStringLiteral("rejected"), rejected}});
        return r.rejected.isEmpty() ? ExitOk : ExitPartial;
    }
    if (!sub.isEmpty())
        return ctx.usage(usageText());
    a.expectEmpty();
    const QList<ViolationItem> list = ViolationCatalogue(ctx.db()).items(soft);
    QJsonArray arr;
    QStringList lines;
    for (const ViolationItem &i : list) {
        arr.append(i.toJson());
        lines << QStringLiteral("%1  %2  %3  %4  %5–%6  %7")
                     .arg(i.code, i.onSoftList() ? QString::number(i.softSeq).rightJustified(2) : QStringLiteral(" -"), i.domain,
                          i.onSoftList() ? ViolationCatalogue::softLevelLabel(i.softLevel) : Cli::tr("not on the soft list"),
                          money::yuanText(i.fineMinFen), money::yuanText(i.fineMaxFen), i.name);
    }
    lines << Cli::tr("%1 items, %2 on the soft-enforcement list.").arg(list.size())
                 .arg(std::count_if(list.begin(), list.end(), [](const ViolationItem &i) { return i.onSoftList(); }));
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("items"), arr}});
    return ExitOk;
}

int recommend(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const QString code = a.takeValue(QStringLiteral("--uscc"));
    const QString itemCode = a.takeValue(QStringLiteral("--item"));
    const CaseFacts facts = takeFacts(a);
    if (ctx.help() || code.isEmpty() || itemCode.isEmpty())
        return ctx.usage(usageText());
    a.expectEmpty();
    Database &db = ctx.db();
    const Entity e = requireEntity(db, code);
    const ViolationItem item = ViolationCatalogue(db).require(itemCode);
    const Recommendation r = EnforcementService(db).recommend(e.id, item.code, facts, ctx.asOf());
    QJsonObject doc = r.toJson();
    doc.insert(QStringLiteral("uscc"), e.code);
    doc.insert(QStringLiteral("name"), e.name);
    doc.insert(QStringLiteral("item"), item.toJson());
    doc.insert(QStringLiteral("facts"), facts.toJson());
    doc.insert(QStringLiteral("as_of"), ctx.asOf().toString(Qt::ISODate));
    ctx.output(recommendationText(e, item, r), doc);
    return ExitOk;
}

QString caseLine(const EnforcementCase &c)
{
    QString s = QStringLiteral("%1  %2  %3  %4  %5").arg(c.caseNo, c.entityCode, c.entityName, c.itemCode, c.foundOn.toString(Qt::ISODate));
    if (c.status == QLatin1String("decided"))
        s += QStringLiteral("  ") + Cli::tr("decided %1: %2 %3 yuan %4").arg(c.decidedOn.toString(Qt::ISODate), DiscretionEngine::outcomeLabel(c.outcome),
                                                                          money::yuanText(c.amountFen), c.decisionNo).trimmed();
    else
        s += QStringLiteral("  ") + Cli::tr("open");
    return s;
}

int caseCommand(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const QString sub = a.takeWord();
    Database *db = nullptr;
    if (sub == QLatin1String("open")) {
        const QString code = a.takeValue(QStringLiteral("--uscc"));
        const QString itemCode = a.takeValue(QStringLiteral("--item"));
        EnforcementService::NewCase c;
        c.facts = takeFacts(a);
        c.factsText = a.takeValue(QStringLiteral("--facts"));
        c.officer = a.takeValue(QStringLiteral("--officer"));
        c.foundOn = a.takeDate(QStringLiteral("--found-on"), ctx.asOf());
        if (ctx.help() || code.isEmpty() || itemCode.isEmpty())
            return ctx.usage(usageText());
        a.expectEmpty();
        db = &ctx.db();
        c.entityId = requireEntity(*db, code).id;
        c.itemCode = itemCode;
        EnforcementService service(*db);
        const EnforcementCase opened = service.openCase(ctx.actor(), c);
        const Recommendation r = service.recommend(c.entityId, opened.itemCode, opened.facts, opened.foundOn);
        QJsonObject doc = opened.toJson();
        doc.insert(QStringLiteral("recommendation"), r.toJson());
        ctx.output(Cli::tr("Case %1 opened.").arg(opened.caseNo) + QLatin1Char('\n')
                       + recommendationText(requireEntity(*db, code), *ViolationCatalogue(*db).byCode(opened.itemCode), r),
                   doc);
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        const QString no = a.takeWord();
        if (ctx.help() || no.isEmpty())
            return ctx.usage(usageText());
        a.expectEmpty();
        const std::optional<EnforcementCase> c = EnforcementService(ctx.db()).caseByNo(no);
        if (!c)
            throw Error(ErrorKind::NotFound, Cli::tr("There is no case %1.").arg(no));
        QStringList lines{caseLine(*c)};
        if (!c->overrideReason.isEmpty())
            lines << Cli::tr("  differs from the recommendation (%1, rule %2): %3")
                         .arg(DiscretionEngine::outcomeLabel(c->recommendedOutcome), c->ruleId, c->overrideReason);
        ctx.output(lines.join(QLatin1Char('\n')), c->toJson());
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        const QString code = a.takeValue(QStringLiteral("--uscc"));
        if (ctx.help())
            return ctx.usage(usageText());
        a.expectEmpty();
        db = &ctx.db();
        const QList<EnforcementCase> list = EnforcementService(*db).cases(code.isEmpty() ? 0 : requireEntity(*db, code).id);
        QJsonArray arr;
        QStringList lines;
        for (const EnforcementCase &c : list) {
            arr.append(c.toJson());
            lines << caseLine(c);
        }
        lines << Cli::tr("%1 cases.").arg(list.size());
        ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("cases"), arr}});
        return ExitOk;
    }
    return ctx.usage(usageText());
}

int decide(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const QString no = a.takeWord();
    EnforcementService::Decision d;
    d.outcome = a.takeValue(QStringLiteral("--outcome"));
    const QString amount = a.takeValue(QStringLiteral("--amount"));
    d.decisionNo = a.takeValue(QStringLiteral("--decision-no"));
    d.reason = a.takeValue(QStringLiteral("--reason"));
    d.severity = a.takeValue(QStringLiteral("--severity"));
    d.decidedOn = a.takeDate(QStringLiteral("--decided-on"), ctx.asOf());
    if (ctx.help() || no.isEmpty() || d.outcome.isEmpty())
        return ctx.usage(usageText());
    a.expectEmpty();
    d.amountFen = amountFen(amount);
    Database &db = ctx.db();
    EnforcementService service(db);
    const std::optional<EnforcementCase> c = service.caseByNo(no);
    if (!c)
        throw Error(ErrorKind::NotFound, Cli::tr("There is no case %1.").arg(no));
    d.caseId = c->id;
    const EnforcementService::DecisionResult r = service.decide(ctx.actor(), d);
    QStringList lines{Cli::tr("Case %1 decided: %2 (recommended %3, rule %4).")
                          .arg(r.decidedCase.caseNo, DiscretionEngine::outcomeLabel(r.decidedCase.outcome),
                               DiscretionEngine::outcomeLabel(r.recommendation.outcome), r.recommendation.ruleId)};
    QJsonObject doc = r.decidedCase.toJson();
    if (r.penalty) {
        lines << Cli::tr("Penalty record %1: %2, %3; publicity until %4, repair possible from %5.")
                     .arg(r.penalty->decisionNo, r.penalty->content, PenaltyRecord::severityLabel(r.penalty->severity),
                          r.penalty->publicityEnd.toString(Qt::ISODate), r.penalty->repairFrom.toString(Qt::ISODate));
        doc.insert(QStringLiteral("penalty"), r.penalty->toJson(ctx.asOf()));
    }
    ctx.output(lines.join(QLatin1Char('\n')), doc);
    return ExitOk;
}

int penalties(CliContext &ctx)
{
    const QString code = ctx.args().takeWord();
    if (ctx.help() || code.isEmpty())
        return ctx.usage(usageText());
    ctx.args().expectEmpty();
    Database &db = ctx.db();
    const Entity e = requireEntity(db, code);
    QJsonArray arr;
    QStringList lines{QStringLiteral("%1 %2").arg(e.code, e.name)};
    CreditRepair repair(db);
    for (const PenaltyRecord &p : PenaltyRecord::ofEntity(db.sql(), e.id)) {
        QJsonObject o = p.toJson(ctx.asOf());
        QJsonArray apps;
        for (const CreditRepair::Application &app : repair.applications(p.id))
            apps.append(app.toJson());
        o.insert(QStringLiteral("repairs"), apps);
        arr.append(o);
        lines << QStringLiteral("  %1  %2  %3  %4  %5 → %6  %7").arg(p.decisionNo, p.decidedOn.toString(Qt::ISODate), p.content,
                                                                 PenaltyRecord::severityLabel(p.severity), p.repairFrom.toString(Qt::ISODate),
                                                                 p.publicityEnd.toString(Qt::ISODate), PenaltyRecord::stateLabel(p.stateOn(ctx.asOf())));
    }
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("uscc"), e.code}, {QStringLiteral("penalties"), arr}});
    return ExitOk;
}

int repair(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const QString sub = a.takeWord();
    const QString target = a.takeWord();
    if (sub == QLatin1String("apply")) {
        const QString commitment = a.takeValue(QStringLiteral("--commitment"));
        const QString content = a.takeValue(QStringLiteral("--content"));
        const QDate on = a.takeDate(QStringLiteral("--applied-on"), ctx.asOf());
        if (ctx.help() || target.isEmpty())
            return ctx.usage(usageText());
        a.expectEmpty();
        Database &db = ctx.db();
        const std::optional<PenaltyRecord> p = PenaltyRecord::byDecisionNo(db.sql(), target);
        if (!p)
            throw Error(ErrorKind::NotFound, Cli::tr("There is no penalty with the decision number %1.").arg(target));
        const CreditRepair::Application app = CreditRepair(db).apply(ctx.actor(), p->id, on, commitment, content);
        ctx.output(Cli::tr("Repair application %1 for %2 recorded (%3).").arg(app.id).arg(p->decisionNo, app.appliedOn.toString(Qt::ISODate)),
                   app.toJson());
        return ExitOk;
    }
    if (sub == QLatin1String("grant") || sub == QLatin1String("reject")) {
        const QString reason = a.takeValue(QStringLiteral("--reason"));
        const QDate on = a.takeDate(QStringLiteral("--on"), ctx.asOf());
        bool ok = false;
        const qint64 id = target.toLongLong(&ok);
        if (ctx.help() || !ok)
            return ctx.usage(usageText());
        a.expectEmpty();
        Database &db = ctx.db();
        if (sub == QLatin1String("grant")) {
            const PenaltyRecord p = CreditRepair(db).grant(ctx.actor(), id, on);
            ctx.output(Cli::tr("Repair granted: penalty %1 no longer counts from %2.").arg(p.decisionNo, p.repairedOn.toString(Qt::ISODate)),
                       p.toJson(on));
        } else {
            const CreditRepair::Application app = CreditRepair(db).reject(ctx.actor(), id, on, reason);
            ctx.output(Cli::tr("Repair application %1 rejected: %2").arg(app.id).arg(app.note), app.toJson());
        }
        return ExitOk;
    }
    return ctx.usage(usageText());
}

int stats(CliContext &ctx)
{
    ArgList &a = ctx.args();
    ReportFilter f;
    f.from = a.takeDate(QStringLiteral("--from"), {});
    f.to = a.takeDate(QStringLiteral("--to"), {});
    f.asOf = ctx.asOf();
    if (ctx.help())
        return ctx.usage(usageText());
    a.expectEmpty();
    const EnforcementStats s = EnforcementStats::compute(ctx.db().sql(), f);
    QJsonObject by;
    for (auto it = s.byOutcome.constBegin(); it != s.byOutcome.constEnd(); ++it)
        by.insert(it.key(), it.value());
    ctx.output(Cli::tr("Decisions: %1; soft measures applied: %2 (for %3 entities); penalty-free cases: %4; fines not imposed: %5 yuan; "
                       "fines imposed: %6 yuan; penalties: %7; decisions differing from the recommendation: %8.")
                   .arg(s.decisions).arg(s.softMeasuresApplied).arg(s.entitiesBenefited).arg(s.penaltyFreeCases)
                   .arg(money::yuanText(s.finesNotImposedFen), money::yuanText(s.finesImposedFen)).arg(s.penalties).arg(s.overrides),
               {{QStringLiteral("decisions"), s.decisions}, {QStringLiteral("soft_measures_applied"), s.softMeasuresApplied},
                {QStringLiteral("entities_benefited"), s.entitiesBenefited}, {QStringLiteral("penalty_free_cases"), s.penaltyFreeCases},
                {QStringLiteral("fines_not_imposed_yuan"), money::yuanText(s.finesNotImposedFen)},
                {QStringLiteral("fines_imposed_yuan"), money::yuanText(s.finesImposedFen)}, {QStringLiteral("penalties"), s.penalties},
                {QStringLiteral("overrides"), s.overrides}, {QStringLiteral("by_outcome"), by}});
    return ExitOk;
}

} // namespace

int runEnforce(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    if (sub == QLatin1String("items"))
        return items(ctx);
    if (sub == QLatin1String("recommend"))
        return recommend(ctx);
    if (sub == QLatin1String("case"))
        return caseCommand(ctx);
    if (sub == QLatin1String("decide"))
        return decide(ctx);
    if (sub == QLatin1String("penalties"))
        return penalties(ctx);
    if (sub == QLatin1String("repair"))
        return repair(ctx);
    if (sub == QLatin1String("stats"))
        return stats(ctx);
    return ctx.usage(usageText());
}

} // namespace cl
