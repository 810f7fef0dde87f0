#include "CliContext.h"

#include "PasswordPrompt.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Translations.h"
#include "db/Database.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>

namespace cl {

bool ArgList::takeFlag(const QString &name)
{
    const qsizetype i = m_args.indexOf(name);
    if (i < 0)
        return false;
    m_args.removeAt(i);
    return true;
}

QString ArgList::takeValue(const QString &name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args.at(i) == name) {
            if (i + 1 >= m_args.size())
                throw Error(ErrorKind::Usage, Cli::tr("The option %1 needs a value.").arg(name));
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (m_args.at(i).startsWith(name + QLatin1Char('='))) {
            const QString value = m_args.at(i).mid(name.size() + 1);
            m_args.removeAt(i);
            return value;
        }
    }
    return {};
}

QDate ArgList::takeDate(const QString &name, const QDate &fallback)
{
    const QString text = takeValue(name);
    if (text.isEmpty())
        return fallback;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw Error(ErrorKind::Usage, Cli::tr("%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(name, text));
    return d;
}

QStringList ArgList::takeValues(const QString &name)
{
    QStringList values;
    for (QString v = takeValue(name); !v.isNull(); v = takeValue(name))
        values << v;
    return values;
}

QString ArgList::takeWord()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (!m_args.at(i).startsWith(QLatin1String("--"))) {
            const QString word = m_args.at(i);
            m_args.removeAt(i);
            return word;
        }
    }
    return {};
}

void ArgList::expectEmpty() const
{
    if (m_args.isEmpty())
        return;
    const QString first = m_args.first();
    throw Error(ErrorKind::Usage, first.startsWith(QLatin1String("--"))
                                      ? Cli::tr("Unknown option %1 (see --help).").arg(first)
                                      : Cli::tr("Unexpected argument \"%1\" (see --help).").arg(first));
}

CliContext::CliContext(QStringList args) : m_args(std::move(args))
{
    // Only flags here, so an error in the options below is still reported in the requested form.
    m_json = m_args.takeFlag(QStringLiteral("--json"));
    m_help = m_args.takeFlag(QStringLiteral("--help")) || m_args.takeFlag(QStringLiteral("-h"));
}

void CliContext::parseGlobalOptions()
{
    const QString lang = m_args.takeValue(QStringLiteral("--lang"));
    Translations::install(lang);
    if (!lang.isEmpty() && !Translations::available().contains(lang))
        throw Error(ErrorKind::Usage, Cli::tr("--lang takes %1, not \"%2\".").arg(Translations::available().join(QStringLiteral(" | ")), lang));
    m_dbPath = m_args.takeValue(QStringLiteral("--db"));
    if (m_dbPath.isEmpty())
        m_dbPath = qEnvironmentVariable("CREDITLOOP_DB", Database::defaultPath());
    m_user = m_args.takeValue(QStringLiteral("--user"));
    const QString asOf = m_args.takeValue(QStringLiteral("--as-of"));
    m_asOf = asOf.isEmpty() ? Clock::today() : QDate::fromString(asOf, Qt::ISODate);
    if (!m_asOf.isValid())
        throw Error(ErrorKind::Usage, Cli::tr("--as-of needs a date as YYYY-MM-DD, not \"%1\".").arg(asOf));
}

CliContext::~CliContext() = default;

Database &CliContext::db(bool allowMissing)
{
    if (!m_db) {
        if (!allowMissing && !QFileInfo::exists(m_dbPath))
            throw Error(ErrorKind::Refused,
                        Cli::tr("There is no database at %1. Create one with: creditloop-cli init (add --demo for demo data).")
                            .arg(m_dbPath));
        m_db = Database::open(m_dbPath);
        // A named user is always checked, also for commands that only read.
        if (!m_user.isEmpty())
            actor();
    }
    return *m_db;
}

Actor CliContext::actor()
{
    if (m_actor)
        return *m_actor;
    if (m_user.isEmpty()) {
        m_actor = Actor::bootstrap();
        return *m_actor;
    }
    QString password = qEnvironmentVariable("CREDITLOOP_PASSWORD");
    if (password.isEmpty())
        password = PasswordPrompt::ask(Cli::tr("Password for %1: ").arg(m_user));
    m_actor = UserService(db()).login(m_user, password);
    return *m_actor;
}

void CliContext::print(const QString &text) const
{
    if (m_json || text.isEmpty())
        return;
    const QByteArray out = text.toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::printJson(const QJsonObject &doc) const
{
    if (!m_json)
        return;
    const QByteArray out = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printError(const QString &message, const QString &kind) const
{
    if (m_json) {
        const QByteArray out = QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                          QJsonObject{{QStringLiteral("kind"), kind},
                                                                      {QStringLiteral("message"), message}}}})
                                   .toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    }
    const QByteArray err = (Cli::tr("Error: %1").arg(message) + QLatin1Char('\n')).toUtf8();
    std::fwrite(err.constData(), 1, size_t(err.size()), stderr);
}

int CliContext::usage(const QString &text) const
{
    if (m_json && !m_help) {
        const QByteArray doc = QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                          QJsonObject{{QStringLiteral("kind"), QStringLiteral("usage")},
                                                                      {QStringLiteral("message"), text}}}})
                                   .toJson(QJsonDocument::Indented);
        std::fwrite(doc.constData(), 1, size_t(doc.size()), stdout);
    }
    const QByteArray out = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), m_help ? stdout : stderr);
    return m_help ? ExitOk : ExitUsage;
}

} // namespace cl
