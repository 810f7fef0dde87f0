#include "CliContext.h"
#include "Terminal.h"
#include "Commands.h"
#include "common/Error.h"
#include "credit/GradeSchemes.h"
#include "db/Database.h"
#include "supervision/GradeImporter.h"
#include "supervision/ImportProfiles.h"
#include "supervision/ImportJob.h"

#include <QFileInfo>
#include <QJsonArray>
#include <cstdio>

namespace cl {

namespace {

QJsonObject resultJson(const GradeImportResult &r)
{
    QJsonArray issues;
    for (const ImportIssue &i : r.issues)
        issues.append(QJsonObject{{QStringLiteral("severity"), i.severity == ImportIssue::Rejected ? QStringLiteral("rejected") : QStringLiteral("warning")},
                                  {QStringLiteral("row"), i.row},
                                  {QStringLiteral("column"), i.column},
                                  {QStringLiteral("message"), i.message}});
    QJsonObject o{{QStringLiteral("file"), r.fileName},
                  {QStringLiteral("sha256"), r.sha256},
                  {QStringLiteral("format"), r.format},
                  {QStringLiteral("encoding"), r.encoding},
                  {QStringLiteral("batch_id"), r.batchId},
                  {QStringLiteral("already_imported"), r.alreadyImported},
                  {QStringLiteral("rows"), r.rowsTotal},
                  {QStringLiteral("inserted"), r.inserted},
                  {QStringLiteral("updated"), r.updated},
                  {QStringLiteral("unchanged"), r.unchanged},
                  {QStringLiteral("rejected"), r.rejected},
                  {QStringLiteral("warnings"), r.warnings},
                  {QStringLiteral("entities_created"), r.entitiesCreated},
                  {QStringLiteral("entities_touched"), r.entitiesTouched},
                  {QStringLiteral("lights_changed"), r.lights.changed},
                  {QStringLiteral("issues"), issues}};
    if (r.alreadyImported)
        o.insert(QStringLiteral("note"), r.alreadyImportedNote);
    if (!r.profile.isEmpty())
        o.insert(QStringLiteral("profile"), r.profile);
    return o;
}

QString resultText(const GradeImportResult &r, bool checkOnly)
{
    const QString source = r.format == QLatin1String("CSV") ? r.encoding : r.format;
    QStringList lines;
    if (!r.profile.isEmpty())
        lines << Cli::tr("%1: columns mapped by the saved profile \"%2\".").arg(r.fileName, r.profile);
    if (r.alreadyImported)
        return (lines << r.fileName + QStringLiteral(": ") + r.alreadyImportedNote).join(QLatin1Char('\n'));
    if (checkOnly)
        lines << Cli::tr("%1 (%2): %3 rows checked — %4 can be imported, %5 rejected; nothing was written.")
                     .arg(r.fileName, source).arg(r.rowsTotal).arg(r.rowsTotal - r.rejected).arg(r.rejected);
    else
    lines << Cli::tr("%1 (%2): %3 rows — %4 imported, %5 updated, %6 unchanged, %7 rejected; %8 new entities; %9 lights changed.")
                 .arg(r.fileName, source)
                 .arg(r.rowsTotal).arg(r.inserted).arg(r.updated).arg(r.unchanged).arg(r.rejected).arg(r.entitiesCreated)
                 .arg(r.lights.changed);
    for (const ImportIssue &i : r.issues)
        lines << (i.severity == ImportIssue::Rejected ? Cli::tr("  row %1, %2: rejected: %3") : Cli::tr("  row %1, %2: warning: %3"))
                     .arg(i.row).arg(i.column.isEmpty() ? Cli::tr("whole row") : i.column, i.message);
    if (r.rejected > r.issues.size())
        lines << Cli::tr("  … and more; the report file lists every rejected row.");
    return lines.join(QLatin1Char('\n'));
}

int schemes(CliContext &ctx)
{
    ctx.args().expectEmpty();
    const GradeSchemes s = GradeSchemes::load(ctx.db().sql());
    QJsonArray rows;
    QStringList lines;
    lines << Cli::tr("Grade schemes, version %1:").arg(s.version());
    for (const GradeSchemeInfo &info : s.schemes()) {
        QJsonObject grades;
        QStringList pairs;
        for (const auto &g : info.grades) {
            grades.insert(g.first, g.second);
            pairs << g.first + QStringLiteral("→") + g.second;
        }
        rows.append(QJsonObject{{QStringLiteral("code"), info.code}, {QStringLiteral("name"), info.name},
                                {QStringLiteral("risk_only"), info.riskOnly}, {QStringLiteral("grades"), grades}});
        lines << QStringLiteral("  %1 %2%3: %4").arg(info.code, info.name,
                                                     info.riskOnly ? QStringLiteral(" ") + Cli::tr("(risk only, not public)") : QString(),
                                                     pairs.join(QStringLiteral(" ")));
    }
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("version"), s.version()}, {QStringLiteral("schemes"), rows}});
    return ExitOk;
}

int setLevel(CliContext &ctx)
{
    const QString scheme = ctx.args().takeWord();
    const QString grade = ctx.args().takeWord();
    const QString level = ctx.args().takeWord();
    ctx.args().expectEmpty();
    if (scheme.isEmpty() || grade.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli grades set-level SCHEME GRADE LEVEL   (LEVEL R0|R1|R2|R3|U; empty removes the grade)"));
    const QString code = GradeSchemes::load(ctx.db().sql()).schemeCode(scheme);
    const int version = GradeSchemes::changeGrade(ctx.db(), ctx.actor(), scheme, grade, level.toUpper(), ctx.asOf());
    ctx.output(Cli::tr("Scheme rules version %1: %2 grade %3 → %4; evaluations re-levelled and lights recomputed.")
                   .arg(version).arg(code, GradeSchemes::gradeKey(grade), level.isEmpty() ? Cli::tr("(removed)") : level.toUpper()),
               {{QStringLiteral("version"), version}, {QStringLiteral("scheme"), code}, {QStringLiteral("grade"), GradeSchemes::gradeKey(grade)},
                {QStringLiteral("level"), level.toUpper()}});
    return ExitOk;
}

int profiles(CliContext &ctx)
{
    const QString department = ctx.args().takeValue(QStringLiteral("--department"));
    ctx.args().expectEmpty();
    Database &db = ctx.db();
    const qint64 id = ImportProfiles::departmentFor(db.sql(), department, ctx.actor());
    if (id <= 0)
        throw Error(ErrorKind::Usage, department.isEmpty() ? Cli::tr("Give the department: grades profiles --department NAME.")
                                                           : Cli::tr("Unknown department \"%1\".").arg(department));
    QJsonArray rows;
    QStringList lines;
    const QList<ImportProfile> list = ImportProfiles(db).forDepartment(id);
    for (const ImportProfile &p : list) {
        QJsonObject columns;
        QStringList pairs;
        for (int f = 0; f < GradeColumns::FieldCount; ++f) {
            const QString key = GradeColumns::key(GradeColumns::Field(f));
            if (!p.headers.contains(key))
                continue;
            columns.insert(key, p.headers.value(key));
            pairs << QStringLiteral("%1 ← %2").arg(GradeColumns::chineseName(GradeColumns::Field(f)),
                                                   p.headers.value(key).isEmpty() ? Cli::tr("(not imported)") : p.headers.value(key));
        }
        rows.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("department"), p.department},
                                {QStringLiteral("columns"), columns}, {QStringLiteral("updated_by"), p.updatedBy}});
        lines << Cli::tr("%1 (%2, saved by %3):").arg(p.name, p.department, p.updatedBy) << QStringLiteral("  ") + pairs.join(QStringLiteral("; "));
    }
    if (list.isEmpty())
        lines << Cli::tr("No saved column mapping profiles.");
    ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("profiles"), rows}});
    return ExitOk;
}

} // namespace

int runGrades(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const QString sub = a.takeWord();
    if (sub == QLatin1String("schemes") && !ctx.help())
        return schemes(ctx);
    if (sub == QLatin1String("set-level") && !ctx.help())
        return setLevel(ctx);
    if (sub == QLatin1String("profiles") && !ctx.help())
        return profiles(ctx);
    GradeImportOptions options;
    options.department = a.takeValue(QStringLiteral("--department"));
    options.scheme = a.takeValue(QStringLiteral("--scheme"));
    const QString encoding = a.takeValue(QStringLiteral("--encoding"));
    if (!encoding.isEmpty())
        options.encoding = encoding;
    options.sheet = a.takeValue(QStringLiteral("--sheet"));
    const QString report = a.takeValue(QStringLiteral("--report"));
    options.validateOnly = a.takeFlag(QStringLiteral("--check"));
    options.profile = a.takeValue(QStringLiteral("--profile"));
    for (const QString &c : a.takeValues(QStringLiteral("--column"))) {
        const qsizetype eq = c.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw Error(ErrorKind::Usage, Cli::tr("--column needs FIELD=HEADER (the fields are %1), not \"%2\".")
                                              .arg(GradeColumns::keys().join(QStringLiteral(", ")), c));
        options.columnNames.insert(c.left(eq).trimmed(), c.mid(eq + 1).trimmed());
    }
    const QString saveProfile = a.takeValue(QStringLiteral("--save-profile"));
    const QStringList files = a.rest();
    if (ctx.help() || sub != QLatin1String("import") || files.isEmpty())
        return ctx.usage(Cli::tr("Usage: creditloop-cli grades import FILE... [--department NAME] [--scheme CODE]\n"
                                 "       [--encoding auto|utf-8|gb18030|utf-16] [--sheet NAME] [--report FILE.csv] [--check]\n"
                                 "       [--column FIELD=HEADER]... [--profile NAME] [--save-profile NAME]\n"
                                 "Imports graded evaluations (CSV or XLSX, columns matched by header name). A bad row is rejected\n"
                                 "alone; --report writes the rejected rows to a CSV to fix and send again; --check validates only.\n"
                                 "Exit code 3 when some rows were rejected.\n"
                                 "--column FIELD=HEADER names the column of a field by its header (FIELD: uscc, name, department,\n"
                                 "scheme, grade, score, industry, evaluated_on, valid_to, remark; empty HEADER: not imported).\n"
                                 "A department whose files have headers of its own keeps the mapping as a profile: --profile NAME\n"
                                 "uses one (a profile that fits the file is used without asking), --save-profile NAME keeps the\n"
                                 "mapping of this import for the department (--department, or the officer's own).\n"
                                 "       creditloop-cli grades profiles [--department NAME]  the department's saved column mappings\n"
                                 "       creditloop-cli grades schemes                      the grade scales and their levels\n"
                                 "       creditloop-cli grades set-level SCHEME GRADE LEVEL  change a level (new rules version)"));
    for (const QString &f : files)
        if (f.startsWith(QLatin1String("--")))
            throw Error(ErrorKind::Usage, Cli::tr("Unknown option %1 (see --help).").arg(f));
    Database &db = ctx.db();
    const Actor actor = ctx.actor();
    options.asOf = ctx.asOf();
    const qint64 profileDepartment = ImportProfiles::departmentFor(db.sql(), options.department, actor);
    if (!saveProfile.isEmpty() && profileDepartment <= 0)
        throw Error(ErrorKind::Usage, Cli::tr("--save-profile keeps the mapping for a department: give it with --department NAME."));
    GradeImporter importer(db, actor);
    QJsonArray results;
    QStringList texts;
    int exit = ExitOk;
    bool anyRejected = false, anyImported = false;
    for (const QString &file : files) {
        GradeImportOptions o = options;
        if (!report.isEmpty())
            o.reportPath = files.size() == 1 ? report : QFileInfo(report).path() + QLatin1Char('/') + QFileInfo(file).completeBaseName()
                                                            + QStringLiteral("-") + QFileInfo(report).fileName();
        ImportJob job;
        const bool interactive = !ctx.json() && isTerminal(stderr);
        job.progress = [interactive](qint64 done, qint64 total) {
            if (interactive && total > 0)
                std::fprintf(stderr, "\r%3lld %%", static_cast<long long>(done * 100 / total));
        };
        try {
            const GradeImportResult r = importer.run(file, o, &job);
            if (interactive)
                std::fprintf(stderr, "\r      \r");
            results.append(resultJson(r));
            texts << resultText(r, o.validateOnly);
            if (!saveProfile.isEmpty()) {
                const ImportProfile saved = ImportProfiles(db).save(actor, profileDepartment, saveProfile, r.columnHeaders);
                texts << Cli::tr("Column mapping saved as the profile \"%1\" of %2.").arg(saved.name, saved.department);
                QJsonObject o = results.last().toObject();
                o.insert(QStringLiteral("profile_saved"), saved.name);
                results.last() = o;
            }
            anyRejected = anyRejected || r.rejected > 0;
            anyImported = anyImported || r.inserted + r.updated + r.unchanged > 0 || r.alreadyImported
                || (o.validateOnly && r.rowsTotal > r.rejected);
        } catch (const Error &e) {
            if (files.size() == 1)
                throw;
            results.append(QJsonObject{{QStringLiteral("file"), QFileInfo(file).fileName()}, {QStringLiteral("error"), e.message()}});
            texts << QFileInfo(file).fileName() + QStringLiteral(": ") + e.message();
            anyRejected = true;
        }
    }
    if (anyRejected)
        exit = anyImported ? ExitPartial : ExitFailed;
    ctx.output(texts.join(QLatin1Char('\n')), {{QStringLiteral("imports"), results}});
    return exit;
}

} // namespace cl
