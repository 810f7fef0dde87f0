#include "EvaluationRows.h"

#include "credit/GradeSchemes.h"
#include "registry/SearchText.h"

#include <algorithm>

namespace cl::codecs::evaluation {

Grading::Grading(const GradeSchemes &schemes, const QString &schemeText, const QString &grade)
    : scheme(schemes.schemeCode(schemeText)), level(scheme.isEmpty() ? QString() : schemes.levelFor(scheme, grade)),
      gradeKey(GradeSchemes::gradeKey(grade)), riskOnly(schemes.isRiskOnly(scheme))
{
}

Derived derive(const QStringList &row, const Grading &g)
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

Utf8Arena::Span Utf8Arena::put(QStringView text)
{
    const qsizetype start = qsizetype(m_bytes.size());
    m_bytes.resize(size_t(start + m_encoder.requiredSpace(text.size())));
    char *const begin = m_bytes.data();
    m_bytes.resize(size_t(m_encoder.appendToBuffer(begin + start, text) - begin));
    return Span{start, qsizetype(m_bytes.size()) - start};
}

RowPreparer::RowPreparer(ApplyContext &ctx, const GradeSchemes &schemes, const std::vector<QStringList> &rows)
    : m_ctx(ctx), m_schemes(schemes), m_rows(rows)
{
}

RowPreparer::~RowPreparer() = default;

PreparedBatch RowPreparer::prepare(size_t first)
{
    PreparedBatch b;
    b.first = first;
    const size_t end = std::min(m_rows.size(), first + size_t(BatchRows));
    b.rows.resize(end - first);
    for (size_t i = first; i < end; ++i)
        prepare(m_rows[i], b.rows[i - first], b.arena);
    return b;
}

void RowPreparer::prepare(const QStringList &row, PreparedRow &p, Utf8Arena &a)
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
    const QString *texts[PreparedRow::Texts] = {&p.grading->scheme, &row[Grade],       &p.grading->gradeKey, &v.level,
                                                &row[Industry],     &row[EvaluatedOn], &row[ValidFrom],      &v.validTo,
                                                &row[Basis],        &v.publicity,      &v.remark};
    for (int t = 0; t < PreparedRow::Texts; ++t)
        p.text[t] = a.put(*texts[t]);
    const QString name = row[Name].trimmed();
    p.code = a.put(row[Code]);
    p.codeType = ApplyContext::codeTypeOf(row[Code]);
    p.name = a.put(name);
    p.kind = a.put(ApplyContext::kindOf(row[Code]));
    p.grams = a.put(SearchText::grams(name));
}

NewEvaluations::NewEvaluations(ApplyContext &ctx, int schemeVersion, qint64 batch)
    : m_ctx(ctx),
      m_insert(ctx.raw(),
               "INSERT OR FAIL INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, raw_score, level, "
               "scheme_version, industry, evaluated_on, valid_from, valid_to, basis, publicity, remark, batch_id) VALUES ",
               "($0, $1, $2, $3, $4, $5, $6, ?1, $7, $8, $9, $10, $11, $12, $13, ?2)", 14, 2, {},
               [schemeVersion, batch](RawStatement &s) { s.bind(1, qint64(schemeVersion)).bind(2, batch); })
{
}

bool NewEvaluations::names(qint64 entity) const
{
    for (int i = 0; i < m_count; ++i)
        if (m_queued[i].entity == entity)
            return true;
    return false;
}

void NewEvaluations::flush()
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

} // namespace cl::codecs::evaluation
