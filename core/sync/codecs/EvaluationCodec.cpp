// evaluations.csv: graded evaluations (DOMAIN.md §4, §9.4). Key: entity code + department +
// scheme + evaluation date. Records of risk_only schemes go out with 公开类型 = 不可公开 (the
// platform's restricted channel). A withdrawal (PJ_ZT = 1, 撤销) ends the evaluation's validity.
#include "common/Error.h"
#include "credit/GradeSchemes.h"
#include "credit/UsccValidator.h"
#include "db/MultiRowInsert.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "sync/RecordCodec.h"

namespace cl::codecs {

namespace {

enum Col { Name, Code, Department, Scheme, Grade, Score, Level, Industry, EvaluatedOn, ValidFrom, ValidTo, Basis, Publicity,
           Status, Source, Remark };

const QString NotPublic = QStringLiteral("不可公开");

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
        // A package repeats a handful of department, scheme and grade texts: each is looked up once.
        QHash<QString, qint64> departments;
        QHash<QString, QHash<QString, Grading>> gradings;
        const QByteArray notPublicUtf8 = NotPublic.toUtf8(), publicUtf8 = QStringLiteral("可向社会公开").toUtf8();
        for (const QStringList &row : rows) {
            auto d = departments.constFind(row[Department]);
            if (d == departments.constEnd())
                d = departments.insert(row[Department], ctx.departmentId(row[Department]));
            const qint64 department = *d;
            if (!department)
                throw Error(ErrorKind::Invalid, RecordCodec::tr("evaluations.csv names the department \"%1\", which this office does not know; "
                                                   "add it or an alias, then import the package again.").arg(row[Department]));
            QHash<QString, Grading> &byGrade = gradings[row[Scheme]];
            auto g = byGrade.constFind(row[Grade]);
            if (g == byGrade.constEnd())
                g = byGrade.insert(row[Grade], Grading(schemes, row[Scheme], row[Grade]));
            const QString &scheme = g->scheme;
            if (scheme.isEmpty())
                throw Error(ErrorKind::Invalid, RecordCodec::tr("evaluations.csv uses the grade scheme \"%1\", which this office does not know.")
                                                    .arg(row[Scheme]));
            const QString &level = g->level.isEmpty() ? row[Level] : g->level;
            if (level.isEmpty())
                throw Error(ErrorKind::Invalid, RecordCodec::tr("evaluations.csv: the grade \"%1\" is unknown in scheme %2 and the record gives no level.")
                                                    .arg(row[Grade], scheme));
            // 撤销: kept as a record, valid on no day (validity ends before it starts).
            const bool withdrawn = row[Status] == QLatin1String("1");
            const QString validTo = withdrawn ? QDate::fromString(row[ValidFrom], Qt::ISODate).addDays(-1).toString(Qt::ISODate) : row[ValidTo];
            const QString publicity = g->riskOnly ? NotPublic : row[Publicity].isEmpty() ? QStringLiteral("可向社会公开") : row[Publicity];
            const QString remark = withdrawn && !row[Remark].contains(QStringLiteral("撤销"))
                                       ? (row[Remark].isEmpty() ? QStringLiteral("撤销") : row[Remark] + QStringLiteral("；撤销"))
                                       : row[Remark];
            bool created = false;
            const qint64 entity = ctx.queueEntity(row[Code], row[Name].trimmed(), &created);
            ctx.touch(entity);
            // An entity created just now has no evaluations to find; for another one, an earlier row of
            // this package with the same key may still be queued.
            if (!created) {
                if (inserts.names(entity))
                    inserts.flush();
                find.bind(1, entity).bind(2, department).bind(3, scheme).bind(4, row[EvaluatedOn]);
            }
            if (!created && find.step()) {
                const qint64 id = find.int64(0);
                const QStringList before{find.text(1), find.text(2), find.text(3), find.text(4), find.text(5),
                                         find.isNull(6) ? QString() : find.text(6), find.text(7), find.text(8)};
                find.reset();
                const QString score = row[Score].isEmpty() ? QString() : QString::number(row[Score].toDouble(), 'g', 15);
                const QString beforeScore = before[5].isEmpty() ? QString() : QString::number(before[5].toDouble(), 'g', 15);
                if (before[0] == row[Grade] && before[1] == level && before[2] == row[ValidFrom] && before[3] == validTo
                    && before[4] == publicity && beforeScore == score && before[6] == row[Basis] && before[7] == remark) {
                    ++ctx.counts().unchanged;
                    continue;
                }
                update.bind(1, row[Grade]).bind(2, g->gradeKey);
                row[Score].isEmpty() ? update.bindNull(3) : update.bindDouble(3, row[Score].toDouble());
                update.bind(4, level).bind(5, qint64(schemes.version())).bind(6, row[ValidFrom]).bind(7, validTo).bind(8, row[Basis])
                    .bind(9, publicity).bind(10, remark).bind(11, batch).bind(12, id);
                update.run();
                ++ctx.counts().updated;
                continue;
            }
            if (!created)
                find.reset();
            const QByteArray publicityUtf8 = g->riskOnly ? notPublicUtf8 : row[Publicity].isEmpty() ? publicUtf8 : row[Publicity].toUtf8();
            inserts.add(entity, department, row,
                        {g->schemeUtf8, g->gradeKeyUtf8, g->level.isEmpty() ? level.toUtf8() : g->levelUtf8,
                         withdrawn ? validTo.toUtf8() : row[ValidTo].toUtf8(), publicityUtf8, remark.toUtf8()});
            ++ctx.counts().inserted;
        }
        inserts.flush();
    }

private:
    // What a scheme text and a grade text of the package come to at this office.
    struct Grading
    {
        Grading(const GradeSchemes &schemes, const QString &schemeText, const QString &grade)
            : scheme(schemes.schemeCode(schemeText)), level(scheme.isEmpty() ? QString() : schemes.levelFor(scheme, grade)),
              gradeKey(GradeSchemes::gradeKey(grade)), riskOnly(schemes.isRiskOnly(scheme)), schemeUtf8(scheme.toUtf8()),
              gradeKeyUtf8(gradeKey.toUtf8()), levelUtf8(level.toUtf8())
        {
        }
        QString scheme;  // its code; empty when unknown
        QString level;   // empty when the grade is not one of the scheme's
        QString gradeKey;
        bool riskOnly;
        QByteArray schemeUtf8, gradeKeyUtf8, levelUtf8;
    };

    // The UTF-8 values of a new evaluation that are not the row's own cells.
    struct Derived
    {
        QByteArray scheme, gradeKey, level, validTo, publicity, remark;
    };

    // New evaluations, written MultiRowInsert::Chunk at a time in one statement, after the entities
    // they name (so that a foreign key check, where one is on, finds them).
    class NewEvaluations
    {
    public:
        NewEvaluations(ApplyContext &ctx, int schemeVersion, qint64 batch)
            : m_ctx(ctx),
              m_insert(ctx.raw(),
                       "INSERT OR FAIL INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, raw_score, level, "
                       "scheme_version, industry, evaluated_on, valid_from, valid_to, basis, publicity, remark, batch_id) VALUES ",
                       "($0, $1, $2, $3, $4, $5, $6, ?1, $7, $8, $9, $10, $11, $12, $13, ?2)", 14, 2, {},
                       [schemeVersion, batch](RawStatement &s) { s.bind(1, qint64(schemeVersion)).bind(2, batch); })
        {
        }

        void add(qint64 entity, qint64 department, const QStringList &row, const Derived &d)
        {
            Queued &q = m_queued[m_count++];
            q.entity = entity;
            q.department = department;
            q.hasScore = !row[Score].isEmpty();
            q.score = q.hasScore ? row[Score].toDouble() : 0;
            q.text[0] = d.scheme;
            q.text[1] = row[Grade].toUtf8();
            q.text[2] = d.gradeKey;
            q.text[3] = d.level;
            q.text[4] = row[Industry].toUtf8();
            q.text[5] = row[EvaluatedOn].toUtf8();
            q.text[6] = row[ValidFrom].toUtf8();
            q.text[7] = d.validTo;
            q.text[8] = row[Basis].toUtf8();
            q.text[9] = d.publicity;
            q.text[10] = d.remark;
            if (m_count == MultiRowInsert::Chunk)
                flush();
        }

        // Whether a queued evaluation is of this entity.
        bool names(qint64 entity) const
        {
            for (int i = 0; i < m_count; ++i)
                if (m_queued[i].entity == entity)
                    return true;
            return false;
        }

        void flush()
        {
            if (m_count == 0)
                return;
            m_ctx.flushEntities();
            RawStatement &s = m_insert.statement(m_count);
            for (int i = 0; i < m_count; ++i) {
                const Queued &q = m_queued[i];
                auto text = [&](int k, int t) { s.bindText(m_insert.param(i, k), q.text[t].constData(), q.text[t].size()); };
                // industry, basis, remark: NULL when empty
                auto optional = [&](int k, int t) {
                    if (q.text[t].isEmpty())
                        s.bindNull(m_insert.param(i, k));
                    else
                        text(k, t);
                };
                s.bind(m_insert.param(i, 0), q.entity).bind(m_insert.param(i, 1), q.department);
                text(2, 0);
                text(3, 1);
                text(4, 2);
                q.hasScore ? s.bindDouble(m_insert.param(i, 5), q.score) : s.bindNull(m_insert.param(i, 5));
                text(6, 3);
                optional(7, 4);
                text(8, 5);
                text(9, 6);
                text(10, 7);
                optional(11, 8);
                text(12, 9);
                optional(13, 10);
            }
            s.runKeepingBindings();
            m_count = 0;
        }

    private:
        struct Queued
        {
            // scheme, raw grade, grade key, level, industry, evaluated on, valid from, valid to, basis, publicity, remark
            static constexpr int Texts = 11;
            qint64 entity = 0;
            qint64 department = 0;
            bool hasScore = false;
            double score = 0;
            QByteArray text[Texts];
        };
        ApplyContext &m_ctx;
        MultiRowInsert m_insert;
        Queued m_queued[MultiRowInsert::Chunk];
        int m_count = 0;
    };
};

} // namespace

std::unique_ptr<RecordCodec> makeEvaluationCodec()
{
    return std::make_unique<EvaluationCodec>();
}

} // namespace cl::codecs
