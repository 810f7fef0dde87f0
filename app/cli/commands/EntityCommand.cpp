#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "credit/IdCardValidator.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "registry/EntityRepository.h"
#include "registry/ReferenceData.h"

#include <QJsonArray>

namespace cl {

namespace {

QString line(const Entity &e)
{
    return QStringLiteral("%1  %2  %3  %4").arg(e.code, e.name, Entity::kindLabel(e.kind), e.townName);
}

// The representative as shown: the name, and the ID number masked (first 6, last 4) when one is recorded.
QString representative(const Entity &e)
{
    return e.legalRepIdNo.isEmpty() ? e.legalRep : Cli::tr("%1 (ID %2)").arg(e.legalRep, IdCardValidator::mask(e.legalRepIdNo));
}

qint64 idByName(const QList<NamedRow> &rows, const QString &name, const QString &what, bool byCodeToo)
{
    if (name.isEmpty())
        return 0;
    for (const NamedRow &r : rows)
        if (r.name == name.trimmed() || (byCodeToo && r.code == name.trimmed()))
            return r.id;
    QStringList names;
    for (const NamedRow &r : rows)
        names << r.name;
    throw Error(ErrorKind::Invalid, Cli::tr("Unknown %1 \"%2\". Known: %3.").arg(what, name, names.join(QStringLiteral("、"))));
}

int show(CliContext &ctx)
{
    const QString code = ctx.args().takeWord();
    if (ctx.help() || code.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli entity show CODE\nThe entity's register data and its credit-code check."));
    ctx.args().expectEmpty();
    Database &db = ctx.db();
    const std::optional<Entity> e = EntityRepository(db).byCode(code);
    if (!e)
        throw Error(ErrorKind::NotFound, Cli::tr("No entity with the code %1 is registered.").arg(UsccValidator::normalize(code)));
    QJsonObject doc = e->toJson();
    QString text = Cli::tr("Code: %1\nName: %2\nKind: %3\nLegal representative: %4\nIndustry: %5\nTown/street: %6\n"
                           "Address: %7\nRegistered on: %8\nStatus: %9")
                       .arg(e->code, e->name, Entity::kindLabel(e->kind), representative(*e), e->industryName, e->townName,
                            e->address, e->registeredOn.toString(Qt::ISODate), Entity::statusLabel(e->status));
    if (e->codeType == QLatin1String("USCC")) {
        const UsccResult check = UsccValidator::fromDatabase(db.sql()).check(e->code);
        QJsonArray findings;
        for (const UsccFinding &f : check.findings) {
            findings.append(QJsonObject{{QStringLiteral("level"), UsccFinding::levelCode(f.level)},
                                        {QStringLiteral("severity"), f.error ? QStringLiteral("error") : QStringLiteral("warning")},
                                        {QStringLiteral("message"), f.message}});
            text += QStringLiteral("\n  [%1] %2").arg(UsccFinding::levelCode(f.level), f.message);
        }
        doc.insert(QStringLiteral("code_findings"), findings);
    }
    ctx.output(text, {{QStringLiteral("entity"), doc}});
    return ExitOk;
}

int search(CliContext &ctx)
{
    const QString limitText = ctx.args().takeValue(QStringLiteral("--limit"));
    const QString text = ctx.args().rest().join(QLatin1Char(' '));
    if (ctx.help() || text.trimmed().isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli entity search TEXT [--limit N]\n"
                                 "Names containing TEXT (Chinese of any length) and codes starting with it."));
    bool ok = true;
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&ok);
    if (!ok || limit <= 0)
        throw Error(ErrorKind::Usage, Cli::tr("--limit needs a positive number."));
    const QList<Entity> found = EntityRepository(ctx.db()).search(text, limit);
    QJsonArray rows;
    QStringList lines;
    for (const Entity &e : found) {
        rows.append(e.toJson());
        lines << line(e);
    }
    lines << Cli::tr("%n entity(ies) found.", nullptr, int(found.size()));
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("query"), text}, {QStringLiteral("count"), int(found.size())},
                                               {QStringLiteral("entities"), rows}});
    return ExitOk;
}

int add(CliContext &ctx)
{
    ArgList &a = ctx.args();
    Entity e;
    e.code = a.takeValue(QStringLiteral("--code"));
    e.name = a.takeValue(QStringLiteral("--name"));
    e.kind = a.takeValue(QStringLiteral("--kind"));
    e.legalRep = a.takeValue(QStringLiteral("--legal-rep"));
    e.legalRepIdNo = a.takeValue(QStringLiteral("--legal-rep-id"));
    e.address = a.takeValue(QStringLiteral("--address"));
    const QString industry = a.takeValue(QStringLiteral("--industry"));
    const QString town = a.takeValue(QStringLiteral("--town"));
    const QString registered = a.takeValue(QStringLiteral("--registered-on"));
    if (a.takeFlag(QStringLiteral("--id-card")))
        e.codeType = QStringLiteral("ID_CARD");
    if (ctx.help() || e.code.isEmpty() || e.name.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli entity add --code CODE --name NAME [--kind KIND] [--legal-rep NAME]\n"
                                 "       [--legal-rep-id ID-CARD-NO] [--industry NAME] [--town NAME] [--address TEXT]\n"
                                 "       [--registered-on YYYY-MM-DD] [--id-card]\n"
                                 "The code is validated: errors refuse the entity, warnings are reported. --legal-rep-id is the legal\n"
                                 "representative's resident ID card number (checked as GB 11643); with it the pre-approval check\n"
                                 "also looks for the representative on the serious-dishonesty list."));
    a.expectEmpty();
    Database &db = ctx.db();
    e.industryId = idByName(ReferenceData::industries(db.sql()), industry, Cli::tr("industry field"), true);
    e.townId = idByName(ReferenceData::towns(db.sql()), town, Cli::tr("town or street"), false);
    if (!registered.isEmpty()) {
        e.registeredOn = QDate::fromString(registered, Qt::ISODate);
        if (!e.registeredOn.isValid())
            throw Error(ErrorKind::Invalid, Cli::tr("--registered-on needs a date as YYYY-MM-DD, not \"%1\".").arg(registered));
    }
    const UsccValidator validator = UsccValidator::fromDatabase(db.sql());
    EntityRepository repo(db);
    repo.add(ctx.actor(), e, validator);
    const Entity stored = *repo.byCode(e.code);
    QJsonArray warnings;
    QString text = Cli::tr("Registered: %1").arg(line(stored));
    if (!stored.legalRepIdNo.isEmpty())
        text += QStringLiteral("\n  ") + Cli::tr("Legal representative: %1").arg(representative(stored));
    if (stored.codeType == QLatin1String("USCC")) {
        for (const UsccFinding &f : validator.check(stored.code).findings) {
            warnings.append(QJsonObject{{QStringLiteral("level"), UsccFinding::levelCode(f.level)}, {QStringLiteral("message"), f.message}});
            text += QStringLiteral("\n  ") + Cli::tr("warning: %1").arg(f.message);
        }
    }
    ctx.output(text, {{QStringLiteral("entity"), stored.toJson()}, {QStringLiteral("warnings"), warnings}});
    return ExitOk;
}

int update(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const QString code = a.takeWord();
    const QString name = a.takeValue(QStringLiteral("--name"));
    const QString legalRep = a.takeValue(QStringLiteral("--legal-rep"));
    const QString legalRepId = a.takeValue(QStringLiteral("--legal-rep-id"));
    const bool clearId = a.takeFlag(QStringLiteral("--clear-legal-rep-id"));
    const QString address = a.takeValue(QStringLiteral("--address"));
    const bool nothing = name.isEmpty() && legalRep.isEmpty() && legalRepId.isEmpty() && !clearId && address.isEmpty();
    if (ctx.help() || code.isEmpty() || nothing)
        return ctx.usage(Cli::tr("Usage: creditloop-cli entity update CODE [--name NAME] [--legal-rep NAME]\n"
                                 "       [--legal-rep-id ID-CARD-NO | --clear-legal-rep-id] [--address TEXT]\n"
                                 "Changes the register data given. A new --legal-rep without --legal-rep-id clears the recorded\n"
                                 "ID number (it belonged to the previous representative)."));
    if (clearId && !legalRepId.isEmpty())
        throw Error(ErrorKind::Usage, Cli::tr("--legal-rep-id and --clear-legal-rep-id cannot be used together."));
    a.expectEmpty();
    EntityRepository repo(ctx.db());
    std::optional<Entity> e = repo.byCode(code);
    if (!e)
        throw Error(ErrorKind::NotFound, Cli::tr("No entity with the code %1 is registered.").arg(UsccValidator::normalize(code)));
    QStringList notes;
    if (!name.isEmpty())
        e->name = name;
    if (!address.isEmpty())
        e->address = address;
    if (!legalRep.isEmpty() && legalRep.trimmed() != e->legalRep && legalRepId.isEmpty() && !e->legalRepIdNo.isEmpty()) {
        e->legalRepIdNo.clear();
        notes << Cli::tr("The ID number of the previous representative was cleared; give the new one with --legal-rep-id.");
    }
    if (!legalRep.isEmpty())
        e->legalRep = legalRep.trimmed();
    if (!legalRepId.isEmpty())
        e->legalRepIdNo = legalRepId;
    if (clearId)
        e->legalRepIdNo.clear();
    repo.update(ctx.actor(), *e);
    const Entity stored = *repo.byId(e->id);
    QString text = Cli::tr("Updated: %1").arg(line(stored)) + QStringLiteral("\n  ") + Cli::tr("Legal representative: %1").arg(representative(stored));
    for (const QString &note : notes)
        text += QStringLiteral("\n  ") + note;
    ctx.output(text, {{QStringLiteral("entity"), stored.toJson()}, {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}});
    return ExitOk;
}

} // namespace

int runEntity(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    if (sub == QLatin1String("show"))
        return show(ctx);
    if (sub == QLatin1String("search"))
        return search(ctx);
    if (sub == QLatin1String("add"))
        return add(ctx);
    if (sub == QLatin1String("update"))
        return update(ctx);
    return ctx.usage(Cli::tr("Usage: creditloop-cli entity show CODE | entity search TEXT | entity add --code CODE --name NAME ... |\n"
                             "       entity update CODE [--legal-rep NAME] [--legal-rep-id ID-CARD-NO] ..."));
}

} // namespace cl
