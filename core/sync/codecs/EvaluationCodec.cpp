// evaluations.csv: graded evaluations (DOMAIN.md §4, §9.4). Key: entity code + department +
// scheme + evaluation date. Records of risk_only schemes go out with 公开类型 = 不可公开 (the
// platform's restricted channel). A withdrawal (PJ_ZT = 1, 撤销) ends the evaluation's validity.
#include "EvaluationRows.h"
#include "common/BoundedQueue.h"
#include "common/Error.h"
#include "credit/GradeSchemes.h"
#include "credit/UsccValidator.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QScopeGuard>
#include <thread>

namespace cl::codecs {

namespace {

using namespace evaluation;

class EvaluationCodec : public RecordCodec
{
public:
    QString kind() const override { return QStringLiteral("evaluation"); }
    QString fileName() const override { return QStringLiteral("evaluations.csv"); }
    QStringList header() const override
    {
        return {QStringLiteral("PJ_XDR_MC"), QStringLiteral("PJ_XDR_SHXYM"), QStringLiteral("PJ_PJBM"), QStringLiteral("PJ_PJTX"),
                QStringLiteral("PJ_PJJG"), QStringLiteral("PJ_PJFS"), QStringLiteral("PJ_FXDJ"), QStringLiteral("PJ_HYLY"),
                QStringLiteral("PJ_PJRQ"), QStringLiteral("PJ_YXQZ"), QStringLiteral("PJ_YXQZI"), QStringLiteral("PJ_YJ"),
                QStringLiteral("PJ_GKLX"), QStringLiteral("PJ_ZT"), QStringLiteral("PJ_SJLY"), QStringLiteral("BZ")};
    }
    // The grade importer records a whole batch; its evaluations are read back by batch id.
    QStringList outboxKinds() const override { return {QStringLiteral("evaluation_batch"), kind()}; }
    int applyOrder() const override { return 20; }

    void exportRows(const QSqlDatabase &db, const QString &, const std::vector<OutboxChange> &changes,
                    std::vector<QStringList> &rows) const override
    {
        std::vector<OutboxChange> payloads;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT n.name, n.code, d.name, v.scheme, v.raw_grade, v.raw_score, v.level, coalesce(v.industry, ''), v.evaluated_on, "
            "v.valid_from, v.valid_to, coalesce(v.basis, ''), CASE WHEN s.risk_only = 1 THEN ? ELSE v.publicity END, "
            "coalesce(b.file_name, ''), coalesce(v.remark, '') "
            "FROM evaluations v JOIN entities n ON n.id = v.entity_id JOIN departments d ON d.id = v.department_id "
            "JOIN grade_schemes s ON s.code = v.scheme LEFT JOIN import_batches b ON b.id = v.batch_id "
            "WHERE v.batch_id = ? ORDER BY v.id"));
        for (const OutboxChange &c : changes) {
            if (c.kind != QLatin1String("evaluation_batch")) {
                payloads.push_back(c);
                continue;
            }
            q.bindValue(0, NotPublic);
            q.bindValue(1, c.recordKey.toLongLong());
            sql::exec(q);
            while (q.next()) {
                const QVariant score = q.value(5);
                rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), score.isNull() ? QString() : QString::number(score.toDouble(), 'g', 15),
                                q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                                q.value(10).toString(), q.value(11).toString(), q.value(12).toString(), QStringLiteral("0"),
                                q.value(13).toString(), q.value(14).toString()});
            }
        }
        RecordCodec::exportRows(db, {}, payloads, rows);
    }

    QString validate(const QStringList &row) const override
    {
        if (row[Code].isEmpty() || row[Code] != UsccValidator::normalize(row[Code]))
            return RecordCodec::tr("the entity code \"%1\" is missing or not in its normal form").arg(row[Code]);
        if (row[Name].trimmed().isEmpty() || row[Department].trimmed().isEmpty() || row[Scheme].isEmpty() || row[Grade].isEmpty())
            return RecordCodec::tr("name, department, scheme and grade are required");
        for (int c : {EvaluatedOn, ValidFrom, ValidTo})
            if (!isIsoDate(row[c]))
                return RecordCodec::tr("the date \"%1\" (%2) is not YYYY-MM-DD").arg(row[c], header()[c]);
        if (!row[Level].isEmpty() && !GradeSchemes::isLevel(row[Level]))
            return RecordCodec::tr("unknown level \"%1\"").arg(row[Level]);
        if (row[Status] != QLatin1String("0") && row[Status] != QLatin1String("1"))
            return RecordCodec::tr("the status must be 0 (正常) or 1 (撤销), not \"%1\"").arg(row[Status]);
        bool ok = true;
        if (!row[Score].isEmpty())
            row[Score].toDouble(&ok);
        if (!ok)
            return RecordCodec::tr("the score \"%1\" is not a number").arg(row[Score]);
        return {};
    }

    void apply(ApplyContext &ctx, const std::vector<QStringList> &rows) const override
    {
        const GradeSchemes schemes = GradeSchemes::load(ctx.sql());
        const qint64 batch = ctx.batchId(qint64(rows.size()));
        RawStatement find(ctx.raw(), "SELECT id, raw_grade, level, valid_from, valid_to, publicity, coalesce(raw_score, ''), "
                                     "coalesce(basis, ''), coalesce(remark, '') FROM evaluations "
                                     "WHERE entity_id = ? AND department_id = ? AND scheme = ? AND evaluated_on = ?");
        NewEvaluations inserts(ctx, schemes.version(), batch);
        RawStatement update(ctx.raw(), "UPDATE evaluations SET raw_grade = ?, grade_key = ?, raw_score = ?, level = ?, scheme_version = ?, "
                                       "valid_from = ?, valid_to = ?, basis = nullif(?, ''), publicity = ?, remark = nullif(?, ''), "
                                       "batch_id = ? WHERE id = ?");
        RowPreparer preparer(ctx, schemes, rows);

        auto applyRow = [&](const QStringList &row, const PreparedRow &p, const Utf8Arena &arena) {
            if (!p.error.isEmpty())
                throw Error(ErrorKind::Invalid, p.error);
            const Grading &g = *p.grading;
            bool created = false;
            const NewEntity values{0, arena.view(p.code), p.codeType, arena.view(p.name), arena.view(p.kind), arena.view(p.grams), 0};
            const qint64 entity = ctx.queueEntity(row[Code], values, &created);
            ctx.touch(entity);
            if (created) {  // an entity created just now has no evaluations to find
                inserts.add(entity, p, arena);
                ++ctx.counts().inserted;
                return;
            }
            // An earlier row of this package with the same key may still be queued.
            if (inserts.names(entity))
                inserts.flush();
            find.bind(1, entity).bind(2, p.department).bind(3, g.scheme).bind(4, row[EvaluatedOn]);
            if (!find.step()) {
                find.reset();
                inserts.add(entity, p, arena);
                ++ctx.counts().inserted;
                return;
            }
            const qint64 id = find.int64(0);
            const QStringList before{find.text(1), find.text(2), find.text(3), find.text(4), find.text(5),
                                     find.isNull(6) ? QString() : find.text(6), find.text(7), find.text(8)};
            find.reset();
            const Derived d = derive(row, g);
            const QString score = row[Score].isEmpty() ? QString() : QString::number(row[Score].toDouble(), 'g', 15);
            const QString beforeScore = before[5].isEmpty() ? QString() : QString::number(before[5].toDouble(), 'g', 15);
            if (before[0] == row[Grade] && before[1] == d.level && before[2] == row[ValidFrom] && before[3] == d.validTo
                && before[4] == d.publicity && beforeScore == score && before[6] == row[Basis] && before[7] == d.remark) {
                ++ctx.counts().unchanged;
                return;
            }
            update.bind(1, row[Grade]).bind(2, g.gradeKey);
            row[Score].isEmpty() ? update.bindNull(3) : update.bindDouble(3, row[Score].toDouble());
            update.bind(4, d.level).bind(5, qint64(schemes.version())).bind(6, row[ValidFrom]).bind(7, d.validTo).bind(8, row[Basis])
                .bind(9, d.publicity).bind(10, d.remark).bind(11, batch).bind(12, id);
            update.run();
            ++ctx.counts().updated;
        };
        // The rows are checked and converted a batch ahead on a thread of their own (for a big package;
        // the writes, the only part that must be in order on this connection, stay here).
        auto applyBatch = [&](const PreparedBatch &b) {
            for (size_t i = 0; i < b.rows.size(); ++i)
                applyRow(rows[b.first + i], b.rows[i], b.arena);
            inserts.flush();  // the queued rows and entities point into this batch
            ctx.flushEntities();
        };
        if (rows.size() <= size_t(BatchRows)) {
            applyBatch(preparer.prepare(0));
            return;
        }
        BoundedQueue<PreparedBatch> queue(4);
        std::exception_ptr prepareError;
        std::thread producer([&] {
            try {
                for (size_t first = 0; first < rows.size(); first += BatchRows)
                    if (!queue.push(preparer.prepare(first)))
                        break;
            } catch (...) {
                prepareError = std::current_exception();
            }
            queue.close();
        });
        const auto joinProducer = qScopeGuard([&] {
            queue.abort();
            producer.join();
        });
        PreparedBatch b;
        while (queue.pop(b))
            applyBatch(b);
        if (prepareError)
            std::rethrow_exception(prepareError);
    }
};

} // namespace

std::unique_ptr<RecordCodec> makeEvaluationCodec()
{
    return std::make_unique<EvaluationCodec>();
}

} // namespace cl::codecs
