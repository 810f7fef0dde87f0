#pragma once

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace cl {

class Database;

// Translation context for the command-line front end.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes of the command-line contract (DESIGN.md §3).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitPartial = 3 };

// Arguments still to be consumed; options may appear anywhere after the command words.
class ArgList
{
public:
    explicit ArgList(QStringList args) : m_args(std::move(args)) {}
    bool takeFlag(const QString &name);                 // --name
    QString takeValue(const QString &name);             // --name VALUE or --name=VALUE; throws Usage if VALUE missing
    QStringList takeValues(const QString &name);        // repeated --name VALUE
    // --name YYYY-MM-DD; `fallback` when absent; throws Usage for anything but an ISO date.
    QDate takeDate(const QString &name, const QDate &fallback = {});
    QString takeWord();                                 // next positional word, or empty
    QStringList rest() const { return m_args; }
    // Throws a usage error naming the first unknown option or surplus word.
    void expectEmpty() const;

private:
    QStringList m_args;
};

// Global options, output and the store, shared by every command.
class CliContext
{
public:
    explicit CliContext(QStringList args);
    ~CliContext();
    // --lang, --db, --user, --as-of; throws a usage error for a bad value.
    void parseGlobalOptions();

    ArgList &args() { return m_args; }
    bool json() const { return m_json; }
    bool help() const { return m_help; }
    QDate asOf() const { return m_asOf; }
    QString dbPath() const { return m_dbPath; }

    // Opens (and upgrades) the store. With allowMissing false, a missing file is an error telling to run init.
    Database &db(bool allowMissing = false);
    // Who acts: --user (password from CREDITLOOP_PASSWORD or a prompt), else the bootstrap actor
    // (accepted by core only while the store has no users).
    Actor actor();

    void print(const QString &text) const;        // text mode only
    void printJson(const QJsonObject &doc) const; // --json only
    void output(const QString &text, const QJsonObject &doc) const { m_json ? printJson(doc) : print(text); }
    void printError(const QString &message, const QString &kind) const;
    int usage(const QString &text) const;         // prints a usage text and returns ExitUsage

private:
    ArgList m_args;
    bool m_json = false;
    bool m_help = false;
    QDate m_asOf;
    QString m_dbPath;
    QString m_user;
    std::unique_ptr<Database> m_db;
    std::optional<Actor> m_actor;
};

} // namespace cl
