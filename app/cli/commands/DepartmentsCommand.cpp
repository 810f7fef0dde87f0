#include "CliContext.h"
#include "Commands.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "registry/DepartmentAliases.h"
#include "registry/ReferenceData.h"

#include <QJsonArray>

namespace cl {

int runDepartments(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    const QString usageText = Cli::tr("Usage: creditloop-cli departments list\n"
                                      "       creditloop-cli departments alias add DEPARTMENT ALIAS\n"
                                      "Departments with their grade scheme; an alias lets files name a department differently.");
    if (ctx.help() || (sub != QLatin1String("list") && sub != QLatin1String("alias")))
        return ctx.usage(usageText);
    Database &db = ctx.db();
    if (sub == QLatin1String("list")) {
        ctx.args().expectEmpty();
        QJsonArray rows;
        QStringList lines;
        const QList<NamedRow> departments = ReferenceData::departments(db.sql());
        for (const NamedRow &d : departments) {
            QStringList aliases;
            QSqlQuery q = sql::exec(db.sql(), QStringLiteral("SELECT alias FROM department_aliases WHERE department_id = ? ORDER BY alias"), {d.id});
            while (q.next())
                aliases << q.value(0).toString();
            rows.append(QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("scheme"), d.code},
                                    {QStringLiteral("aliases"), QJsonArray::fromStringList(aliases)}});
            lines << QStringLiteral("%1  %2%3").arg(d.name, d.code.isEmpty() ? Cli::tr("(does not grade)") : d.code,
                                                    aliases.isEmpty() ? QString() : QStringLiteral("  = ") + aliases.join(QStringLiteral("、")));
        }
        ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("departments"), rows}});
        return ExitOk;
    }
    if (ctx.args().takeWord() != QLatin1String("add"))
        return ctx.usage(usageText);
    const QString department = ctx.args().takeWord();
    const QString alias = ctx.args().takeWord();
    ctx.args().expectEmpty();
    if (department.isEmpty() || alias.isEmpty())
        return ctx.usage(usageText);
    DepartmentAliases::add(db, ctx.actor(), department, alias);
    ctx.output(Cli::tr("\"%1\" now also names %2.").arg(alias.trimmed(), department),
               {{QStringLiteral("department"), department}, {QStringLiteral("alias"), alias.trimmed()}});
    return ExitOk;
}

} // namespace cl
