#pragma once

#include "GradeColumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace cl {

class Database;
struct Actor;

// A department's saved column mapping (STYLE.md #6, table import_profiles): for files whose
// headers are the department's own, which header goes to which field. Always by header name,
// never by position, so a file with the columns in another order or with extra columns still fits.
struct ImportProfile
{
    qint64 id = 0;
    qint64 departmentId = 0;
    QString department;                  // its name, for messages
    QString name;
    QHash<QString, QString> headers;     // field key (GradeColumns::key) → header text; "" = not imported
    QString updatedBy;
    QString updatedAt;
};

class ImportProfiles
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfiles)

public:
    explicit ImportProfiles(Database &db) : m_db(db) {}

    // The department's profiles, the most recently saved first.
    QList<ImportProfile> forDepartment(qint64 departmentId) const;
    std::optional<ImportProfile> byName(qint64 departmentId, const QString &name) const;
    // Creates the profile or replaces the one of the same name (audited). Throws Invalid for an
    // empty name, an unknown field key or a department that does not exist.
    ImportProfile save(const Actor &actor, qint64 departmentId, const QString &name, const QHash<QString, QString> &headers);

    // How a profile applies to a file's header row.
    struct Match
    {
        QHash<QString, int> columns;  // field key → column index (-1: not imported), for GradeImportOptions::columns
        QStringList missing;          // header texts of the profile that the file does not have
        bool fits() const { return missing.isEmpty(); }
    };
    static Match match(const ImportProfile &profile, const QStringList &header);
    // The profile to offer for a file of the department: the most recently saved one that fits.
    std::optional<ImportProfile> suggest(qint64 departmentId, const QStringList &header) const;

    // The header names of a mapping of a file's columns (field → column index), as a profile keeps them.
    static QHash<QString, QString> headersOf(const GradeColumns::Mapping &mapping, const QStringList &header);

    // Whose profiles apply to an import: the department given for the file (name or alias), else
    // the importing officer's own department; 0 when neither is known.
    static qint64 departmentFor(const QSqlDatabase &db, const QString &departmentOption, const Actor &actor);

private:
    QList<ImportProfile> read(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace cl
