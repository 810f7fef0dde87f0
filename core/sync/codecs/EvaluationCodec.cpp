// evaluations.csv: graded evaluations (DOMAIN.md §4, §9.4). Key: entity code + department +
// scheme + evaluation date. Records of risk_only schemes go out with 公开类型 = 不可公开 (the
// platform's restricted channel). A withdrawal (PJ_ZT = 1, 撤销) ends the evaluation's validity.
#include "common/BoundedQueue.h"
#include "common/Error.h"
#include "credit/GradeSchemes.h"
#include "credit/UsccValidator.h"
#include "db/MultiRowInsert.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/SearchText.h"
#include "sync/RecordCodec.h"

#include <QScopeGuard>
#include <QStringEncoder>
#include <string>
#include <thread>

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
        Preparer preparer(ctx, schemes, rows);

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

private:
    static constexpr int BatchRows = 2048;

    // What a scheme text and a grade text of the package come to at this office.
    struct Grading
    {
        Grading(const GradeSchemes &schemes, const QString &schemeText, const QString &grade)
            : scheme(schemes.schemeCode(schemeText)), level(scheme.isEmpty() ? QString() : schemes.levelFor(scheme, grade)),
              gradeKey(GradeSchemes::gradeKey(grade)), riskOnly(schemes.isRiskOnly(scheme))
        {
        }
        QString scheme;  // its code; empty when unknown
        QString level;   // empty when the grade is not one of the scheme's
        QString gradeKey;
        bool riskOnly;
    };

    // The stored values of a row that are not its own cells.
    struct Derived
    {
        QString level, validTo, publicity, remark;
    };
    static Derived derive(const QStringList &row, const Grading &g)
    {
        Derived d;
        d.level = g.level.isEmpty() ? row[Level] : g.level;
        // 撤销: kept as a record, valid on no day (validity ends before it starts).
        const bool withdrawn = row[Status] == QLatin1String("1");
        d.validTo = withdrawn ? QDate::fromString(row[ValidFrom], Qt::ISODate).addDays(-1).toString(Qt::ISODate) : row[ValidTo];
        d.publicity = g.riskOnly ? NotPublic : row[Publicity].isEmpty() ? QStringLiteral("可向社会公开") : row[Publicity];
        d.remark = withdrawn && !row[Remark].contains(QStringLiteral("撤销"))
                       ? (row[Remark].isEmpty() ? QStringLiteral("撤销") : row[Remark] + QStringLiteral("；撤销"))
                       : row[Remark];
        return d;
    }

    // The UTF-8 text of a batch of rows in one buffer, which rows refer to by offset (it grows while
    // the batch is made) and the writer binds from without a copy.
    class Utf8Arena
    {
    public:
        struct Span
        {
            qsizetype offset = 0;
            qsizetype size = 0;
        };
        Span put(QStringView text)
        {
            const qsizetype start = qsizetype(m_bytes.size());
            m_bytes.resize(size_t(start + m_encoder.requiredSpace(text.size())));
            char *const begin = m_bytes.data();
            m_bytes.resize(size_t(m_encoder.appendToBuffer(begin + start, text) - begin));
            return Span{start, qsizetype(m_bytes.size()) - start};
        }
        QByteArrayView view(Span s) const { return QByteArrayView(m_bytes.data() + s.offset, s.size); }

    private:
        std::string m_bytes;
        QStringEncoder m_encoder{QStringEncoder::Utf8};
    };

    // One row made ready for writing: its lookups done, the values of a new evaluation (and of its
    // entity, should the store not know it) in UTF-8. error: why the row cannot be applied.
    struct PreparedRow
    {
        static constexpr int Texts = 11;  // scheme, raw grade, grade key, level, industry, evaluated on, valid from, valid to, basis, publicity, remark
        QString error;
        qint64 department = 0;
        const Grading *grading = nullptr;
        bool hasScore = false;
        double score = 0;
        Utf8Arena::Span text[Texts];
        Utf8Arena::Span code, name, kind, grams;
        QByteArrayView codeType;
    };
    struct PreparedBatch
    {
        size_t first = 0;  // the index of its first row in the package
        std::vector<PreparedRow> rows;
        Utf8Arena arena;
    };

    // Makes rows ready, in batches of BatchRows. A package repeats a handful of department, scheme and
    // grade texts: each is looked up once.
    class Preparer
    {
    public:
        Preparer(ApplyContext &ctx, const GradeSchemes &schemes, const std::vector<QStringList> &rows)
            : m_ctx(ctx), m_schemes(schemes), m_rows(rows)
        {
        }

        PreparedBatch prepare(size_t first)
        {
            PreparedBatch b;
            b.first = first;
            const size_t end = std::min(m_rows.size(), first + size_t(BatchRows));
            b.rows.resize(end - first);
            for (size_t i = first; i < end; ++i)
                prepare(m_rows[i], b.rows[i - first], b.arena);
            return b;
        }

    private:
        void prepare(const QStringList &row, PreparedRow &p, Utf8Arena &a)
        {
            auto d = m_departments.constFind(row[Department]);
            if (d == m_departments.constEnd())
                d = m_departments.insert(row[Department], m_ctx.departmentId(row[Department]));
            p.department = *d;
            if (!p.department) {
                p.error = RecordCodec::tr("evaluations.csv names the department \"%1\", which this office does not know; "
                                          "add it or an alias, then import the package again.").arg(row[Department]);
                return;
            }
            QHash<QString, const Grading *> &byGrade = m_gradings[row[Scheme]];
            auto g = byGrade.constFind(row[Grade]);
            if (g == byGrade.constEnd())
                g = byGrade.insert(row[Grade], m_owned.emplace_back(std::make_unique<Grading>(m_schemes, row[Scheme], row[Grade])).get());
            p.grading = *g;
            if (p.grading->scheme.isEmpty()) {
                p.error = RecordCodec::tr("evaluations.csv uses the grade scheme \"%1\", which this office does not know.").arg(row[Scheme]);
                return;
            }
            const Derived v = derive(row, *p.grading);
            if (v.level.isEmpty()) {
                p.error = RecordCodec::tr("evaluations.csv: the grade \"%1\" is unknown in scheme %2 and the record gives no level.")
                              .arg(row[Grade], p.grading->scheme);
                return;
            }
            p.hasScore = !row[Score].isEmpty();
            p.score = p.hasScore ? row[Score].toDouble() : 0;
            const QString *texts[PreparedRow::Texts] = {&p.grading->scheme, &row[Grade],     &p.grading->gradeKey, &v.level,
                                                        &row[Industry],      &row[EvaluatedOn], &row[ValidFrom],      &v.validTo,
                                                        &row[Basis],         &v.publicity,    &v.remark};
            for (int t = 0; t < PreparedRow::Texts; ++t)
                p.text[t] = a.put(*texts[t]);
            const QString name = row[Name].trimmed();
            p.code = a.put(row[Code]);
            p.codeType = ApplyContext::codeTypeOf(row[Code]);
            p.name = a.put(name);
            p.kind = a.put(ApplyContext::kindOf(row[Code]));
            p.grams = a.put(SearchText::grams(name));
        }

        ApplyContext &m_ctx;
        const GradeSchemes &m_schemes;
        const std::vector<QStringList> &m_rows;
        QHash<QString, qint64> m_departments;
        QHash<QString, QHash<QString, const Grading *>> m_gradings;
        std::vector<std::unique_ptr<Grading>> m_owned;  // stable addresses
    };

    // New evaluations, written MultiRowInsert::Chunk at a time in one statement, after the entities
    // they name (so that a foreign key check, where one is on, finds them). The queued rows point into
    // their batch: flush() before it goes.
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

        void add(qint64 entity, const PreparedRow &row, const Utf8Arena &arena)
        {
            m_queued[m_count++] = Queued{entity, &row, &arena};
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
                const PreparedRow &r = *m_queued[i].row;
                const Utf8Arena &a = *m_queued[i].arena;
                auto text = [&](int k, int t) {
                    const QByteArrayView v = a.view(r.text[t]);
                    s.bindText(m_insert.param(i, k), v.data(), v.size());
                };
                auto optional = [&](int k, int t) {  // industry, basis, remark: NULL when empty
                    if (r.text[t].size == 0)
                        s.bindNull(m_insert.param(i, k));
                    else
                        text(k, t);
                };
                s.bind(m_insert.param(i, 0), m_queued[i].entity).bind(m_insert.param(i, 1), r.department);
                text(2, 0);
                text(3, 1);
                text(4, 2);
                r.hasScore ? s.bindDouble(m_insert.param(i, 5), r.score) : s.bindNull(m_insert.param(i, 5));
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
            qint64 entity = 0;
            const PreparedRow *row = nullptr;
            const Utf8Arena *arena = nullptr;
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
