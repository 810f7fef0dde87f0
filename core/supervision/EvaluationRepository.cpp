#include "EvaluationRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QSet>

namespace cl {

QString EvaluationRow::statusLabel(Status status)
{
    switch (status) {
    case Status::Counts: return EvaluationRepository::tr("counts");
    case Status::Superseded: return EvaluationRepository::tr("superseded");
    case Status::Expired: return EvaluationRepository::tr("expired");
    case Status::NotYetValid: return EvaluationRepository::tr("not yet valid");
    }
    return {};
}

QList<EvaluationRow> EvaluationRepository::forEntity(qint64 entityId, const QDate &asOf) const
{
    const QString day = (asOf.isValid() ? asOf : Clock::today()).toString(Qt::ISODate);
    QSqlQuery q = sql::exec(m_db.sql(),
                            QStringLiteral("SELECT v.id, v.department_id, d.name, v.scheme, coalesce(s.name, v.scheme), v.raw_grade, v.level, "
                                           "v.evaluated_on, v.valid_from, v.valid_to, coalesce(v.batch_id, 0) FROM evaluations v "
                                           "JOIN departments d ON d.id = v.department_id LEFT JOIN grade_schemes s ON s.code = v.scheme "
                                           "WHERE v.entity_id = ? ORDER BY v.evaluated_on DESC, v.id DESC"),
                            {entityId});
    QList<EvaluationRow> out;
    // Newest first: the first row of a (department, scheme) evaluated by the as-of date is the one in force.
    QSet<QString> groupsSeen;
    while (q.next()) {
        EvaluationRow r;
        r.id = q.value(0).toLongLong();
        r.departmentId = q.value(1).toLongLong();
        r.departmentName = q.value(2).toString();
        r.scheme = q.value(3).toString();
        r.schemeName = q.value(4).toString();
        r.rawGrade = q.value(5).toString();
        r.level = q.value(6).toString();
        r.evaluatedOn = q.value(7).toString();
        r.validFrom = q.value(8).toString();
        r.validTo = q.value(9).toString();
        r.batchId = q.value(10).toLongLong();
        if (r.evaluatedOn > day) {
            r.status = EvaluationRow::Status::NotYetValid;
        } else {
            const QString group = QString::number(r.departmentId) + QLatin1Char('/') + r.scheme;
            if (groupsSeen.contains(group))
                r.status = EvaluationRow::Status::Superseded;
            else if (r.validTo < day)
                r.status = EvaluationRow::Status::Expired;
            else if (r.validFrom > day)
                r.status = EvaluationRow::Status::NotYetValid;
            else
                r.status = EvaluationRow::Status::Counts;
            groupsSeen.insert(group);
        }
        out << r;
    }
    return out;
}

QList<ImportBatchRow> EvaluationRepository::batches(int limit) const
{
    QSqlQuery q = sql::exec(m_db.sql(),
                            QStringLiteral("SELECT b.id, b.source, b.file_name, coalesce(d.name, ''), coalesce(b.scheme, ''), b.encoding, "
                                           "b.rows_total, b.rows_inserted, b.rows_updated, b.rows_unchanged, b.rows_rejected, "
                                           "b.entities_created, b.actor, b.imported_at FROM import_batches b "
                                           "LEFT JOIN departments d ON d.id = b.department_id ORDER BY b.id DESC LIMIT ?"),
                            {limit});
    QList<ImportBatchRow> out;
    while (q.next()) {
        ImportBatchRow b;
        b.id = q.value(0).toLongLong();
        b.source = q.value(1).toString();
        b.fileName = q.value(2).toString();
        b.departmentName = q.value(3).toString();
        b.scheme = q.value(4).toString();
        b.encoding = q.value(5).toString();
        b.rowsTotal = q.value(6).toLongLong();
        b.inserted = q.value(7).toLongLong();
        b.updated = q.value(8).toLongLong();
        b.unchanged = q.value(9).toLongLong();
        b.rejected = q.value(10).toLongLong();
        b.entitiesCreated = q.value(11).toLongLong();
        b.actor = q.value(12).toString();
        b.importedAt = q.value(13).toString();
        out << b;
    }
    return out;
}

} // namespace cl
