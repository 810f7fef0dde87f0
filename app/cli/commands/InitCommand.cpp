#include "CliContext.h"
#include "Terminal.h"
#include "Commands.h"
#include "common/Error.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace cl {

int runInit(CliContext &ctx)
{
    ArgList &a = ctx.args();
    const bool demo = a.takeFlag(QStringLiteral("--demo"));
    const QString entitiesText = a.takeValue(QStringLiteral("--entities"));
    const QString seedText = a.takeValue(QStringLiteral("--seed"));
    if (ctx.help())
        return ctx.usage(Cli::tr("Usage: creditloop-cli init [--demo [--entities N] [--seed S]]\n"
                                 "Creates the database (or upgrades it to this program's schema).\n"
                                 "--demo fills it with reproducible Longkou demo data (default 20000 entities) and one demo\n"
                                 "user per role (password demo1234)."));
    a.expectEmpty();
    if (!demo && (!entitiesText.isEmpty() || !seedText.isEmpty()))
        throw Error(ErrorKind::Usage, Cli::tr("--entities and --seed only make sense with --demo."));
    DemoOptions options;
    bool ok = true;
    if (!entitiesText.isEmpty())
        options.entities = entitiesText.toLongLong(&ok);
    if (!ok || options.entities < 0)
        throw Error(ErrorKind::Usage, Cli::tr("--entities needs a number of entities, not \"%1\".").arg(entitiesText));
    if (!seedText.isEmpty())
        options.seed = seedText.toULongLong(&ok);
    if (!ok)
        throw Error(ErrorKind::Usage, Cli::tr("--seed needs a whole number, not \"%1\".").arg(seedText));

    const bool existed = QFileInfo::exists(ctx.dbPath());
    Database &db = ctx.db(true);
    QJsonObject doc{{QStringLiteral("database"), QDir::toNativeSeparators(db.path())},
                    {QStringLiteral("created"), !existed},
                    {QStringLiteral("schema_version"), db.schemaVersion()}};
    QString text = existed ? Cli::tr("Database %1 is ready (schema %2).").arg(QDir::toNativeSeparators(db.path())).arg(db.schemaVersion())
                           : Cli::tr("Database %1 created (schema %2).").arg(QDir::toNativeSeparators(db.path())).arg(db.schemaVersion());
    if (demo) {
        const bool interactive = !ctx.json() && isTerminal(stderr);
        const DemoSummary summary = DemoGenerator::generate(db, ctx.actor(), options, [interactive](qint64 done, qint64 total) {
            if (interactive && total > 0)
                std::fprintf(stderr, "\r%s", Cli::tr("Generating demo data: %1 %").arg(done * 100 / total).toUtf8().constData());
            return true;
        });
        if (interactive)
            std::fprintf(stderr, "\n");
        doc.insert(QStringLiteral("demo"), QJsonObject{{QStringLiteral("entities"), summary.entities},
                                                       {QStringLiteral("users"), summary.users},
                                                       {QStringLiteral("seed"), QString::number(options.seed)}});
        text += QLatin1Char('\n') + Cli::tr("Demo data: %1 entities and %2 demo users (password demo1234) in %3 s.")
                                        .arg(summary.entities).arg(summary.users).arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 1);
    }
    ctx.output(text, doc);
    return ExitOk;
}

} // namespace cl
