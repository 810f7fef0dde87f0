#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "db/Database.h"
#include "sync/SyncKeys.h"

#include <QFile>
#include <QJsonArray>

namespace cl {

namespace {

QString keyFromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io, Cli::tr("The key file %1 cannot be read: %2").arg(path, f.errorString()));
    // The file as keys export --out writes it: the key on the first line (anything after is ignored).
    return QString::fromUtf8(f.readLine()).trimmed();
}

} // namespace

int runKeys(CliContext &ctx)
{
    const QString sub = ctx.args().takeWord();
    const QString usageText = Cli::tr(
        "Usage: creditloop-cli keys init --office CODE      create this office's Ed25519 key pair (once)\n"
        "       creditloop-cli keys export [--out FILE]     print (or write) this office's public key\n"
        "       creditloop-cli keys trust CODE KEY|--file FILE   accept packages signed by that office's key\n"
        "       creditloop-cli keys list                    the trusted offices and their key fingerprints\n"
        "The private key stays in the database; no command prints or exports it.");
    if (ctx.help() || sub.isEmpty())
        return ctx.usage(usageText);
    if (sub == QLatin1String("init")) {
        const QString office = ctx.args().takeValue(QStringLiteral("--office"));
        ctx.args().expectEmpty();
        if (office.isEmpty())
            return ctx.usage(usageText);
        Database &db = ctx.db();
        const QString key = SyncKeys::init(db, ctx.actor(), office);
        const QString code = SyncKeys::office(db.sql());
        const QString fingerprint = SyncKeys::fingerprint(QByteArray::fromBase64(key.toLatin1()));
        ctx.output(Cli::tr("Sync keys created for office %1 (key fingerprint %2).\nGive the public key to the platform and "
                           "the other offices (keys export).").arg(code, fingerprint),
                   {{QStringLiteral("office"), code}, {QStringLiteral("public_key"), key}, {QStringLiteral("fingerprint"), fingerprint}});
        return ExitOk;
    }
    if (sub == QLatin1String("export")) {
        const QString out = ctx.args().takeValue(QStringLiteral("--out"));
        ctx.args().expectEmpty();
        Database &db = ctx.db();
        const QString key = SyncKeys::publicKey(db.sql());
        const QString office = SyncKeys::office(db.sql());
        const QString fingerprint = SyncKeys::fingerprint(QByteArray::fromBase64(key.toLatin1()));
        if (!out.isEmpty()) {
            QFile f(out);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write((key + QLatin1Char('\n')).toLatin1()) < 0)
                throw Error(ErrorKind::Io, Cli::tr("The key file %1 cannot be written: %2").arg(out, f.errorString()));
        }
        ctx.output(out.isEmpty() ? key : Cli::tr("Public key of office %1 written to %2 (fingerprint %3).").arg(office, out, fingerprint),
                   {{QStringLiteral("office"), office}, {QStringLiteral("public_key"), key}, {QStringLiteral("fingerprint"), fingerprint}});
        return ExitOk;
    }
    if (sub == QLatin1String("trust")) {
        const QString file = ctx.args().takeValue(QStringLiteral("--file"));
        const QString sender = ctx.args().takeWord();
        const QString key = file.isEmpty() ? ctx.args().takeWord() : keyFromFile(file);
        ctx.args().expectEmpty();
        if (sender.isEmpty() || key.isEmpty())
            return ctx.usage(usageText);
        Database &db = ctx.db();
        const QString fingerprint = SyncKeys::trust(db, ctx.actor(), sender, key);
        const QString code = SyncKeys::normalizeOffice(sender);
        ctx.output(Cli::tr("Packages signed by office %1 (key fingerprint %2) are now accepted.").arg(code, fingerprint),
                   {{QStringLiteral("sender"), code}, {QStringLiteral("fingerprint"), fingerprint}});
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        ctx.args().expectEmpty();
        Database &db = ctx.db();
        QJsonArray rows;
        QStringList lines;
        for (const TrustedKey &k : SyncKeys::trusted(db.sql())) {
            rows.append(QJsonObject{{QStringLiteral("sender"), k.sender}, {QStringLiteral("fingerprint"), k.fingerprint},
                                    {QStringLiteral("added_by"), k.addedBy}, {QStringLiteral("added_at"), k.addedAt}});
            lines << QStringLiteral("%1  %2  %3  %4").arg(k.sender, k.fingerprint, k.addedBy, k.addedAt);
        }
        if (lines.isEmpty())
            lines << Cli::tr("No office is trusted yet (keys trust CODE KEY).");
        ctx.output(lines.join(QLatin1Char('\n')), {{QStringLiteral("trusted"), rows}});
        return ExitOk;
    }
    return ctx.usage(usageText);
}

} // namespace cl
