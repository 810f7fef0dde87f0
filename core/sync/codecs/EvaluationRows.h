#pragma once

// The apply side of evaluations.csv (EvaluationCodec): rows made ready for writing in batches (for
// a big package on a second thread, while the applying thread writes), and new evaluations written
// several to a statement.
#include "db/MultiRowInsert.h"
#include "sync/RecordCodec.h"

#include <QStringEncoder>
#include <memory>
#include <string>
#include <vector>

namespace cl {
class GradeSchemes;
}

namespace cl::codecs::evaluation {

enum Col { Name, Code, Department, Scheme, Grade, Score, Level, Industry, EvaluatedOn, ValidFrom, ValidTo, Basis, Publicity,
           Status, Source, Remark };

inline const QString NotPublic = QStringLiteral("不可公开");

constexpr int BatchRows = 2048;

// What a scheme text and a grade text of the package come to at this office.
struct Grading
{
    Grading(const GradeSchemes &schemes, const QString &schemeText, const QString &grade);
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
Derived derive(const QStringList &row, const Grading &g);

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
    Span put(QStringView text);
    QByteArrayView view(Span s) const { return QByteArrayView(m_bytes.data() + s.offset, s.size); }

private:
    std::string m_bytes;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};

// One row made ready for writing: its lookups done, the values of a new evaluation (and of its
// entity, should the store not know it) in UTF-8. error: why the row cannot be applied.
struct PreparedRow
{
    // scheme, raw grade, grade key, level, industry, evaluated on, valid from, valid to, basis, publicity, remark
    static constexpr int Texts = 11;
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

// Makes rows ready, BatchRows at a time. Touches neither the database nor the context's state
// but its department names, so it may run on a thread of its own. A package repeats a handful of
// department, scheme and grade texts: each is looked up once.
class RowPreparer
{
public:
    RowPreparer(ApplyContext &ctx, const GradeSchemes &schemes, const std::vector<QStringList> &rows);
    ~RowPreparer();

    // The batch of the rows from first on.
    PreparedBatch prepare(size_t first);

private:
    void prepare(const QStringList &row, PreparedRow &p, Utf8Arena &a);

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
    NewEvaluations(ApplyContext &ctx, int schemeVersion, qint64 batch);

    void add(qint64 entity, const PreparedRow &row, const Utf8Arena &arena)
    {
        m_queued[m_count++] = Queued{entity, &row, &arena};
        if (m_count == MultiRowInsert::Chunk)
            flush();
    }
    // Whether a queued evaluation is of this entity.
    bool names(qint64 entity) const;
    void flush();

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

} // namespace cl::codecs::evaluation
