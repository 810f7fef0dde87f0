#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace cl {

class Database;

// One stored evaluation of an entity, as the profile lists it.
struct EvaluationRow
{
    enum class Status {
        Counts,      // the latest of its department and scheme, valid on the as-of date: it feeds the light
        Superseded,  // a later evaluation of the same department and scheme replaces it
        Expired,     // the latest of its department and scheme, but past its valid-to date
        NotYetValid, // evaluated or valid only after the as-of date
    };

    qint64 id = 0;
    qint64 departmentId = 0;
    QString departmentName;
    QString scheme;          // code
    QString schemeName;
    QString rawGrade;
    QString level;           // R0..R3, U
    QString evaluatedOn;     // ISO dates
    QString validFrom;
    QString validTo;
    qint64 batchId = 0;      // 0: not from a file import
    Status status = Status::Counts;

    static QString statusLabel(Status status);  // translated
};

// One grade file import (table import_batches), newest first in lists.
struct ImportBatchRow
{
    qint64 id = 0;
    QString source;          // file | sync
    QString fileName;
    QString departmentName;  // the department given for the file; empty when taken from its rows
    QString scheme;
    QString encoding;
    qint64 rowsTotal = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 entitiesCreated = 0;
    QString actor;
    QString importedAt;      // UTC ISO-8601
};

// Reading graded evaluations (DOMAIN.md §4) for screens; writing is GradeImporter's.
class EvaluationRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRepository)

public:
    explicit EvaluationRepository(Database &db) : m_db(db) {}

    // Every evaluation of the entity, newest first, each with its status as of asOf (invalid: today)
    // by the rule of the light engine: per department and scheme only the latest evaluated on or
    // before asOf counts, and only while it is valid.
    QList<EvaluationRow> forEntity(qint64 entityId, const QDate &asOf = {}) const;
    // The most recent import batches, newest first.
    QList<ImportBatchRow> batches(int limit = 100) const;

private:
    Database &m_db;
};

} // namespace cl
