#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace cl {

// The canonical columns of the grade import file (DOMAIN.md §4), matched by header name in
// Chinese or English, in any order; other columns are ignored.
class GradeColumns
{
    Q_DECLARE_TR_FUNCTIONS(GradeColumns)

public:
    enum Field { Uscc, Name, Department, Scheme, Grade, Score, Industry, EvaluatedOn, ValidTo, Remark, FieldCount };

    static QString key(Field f);            // "uscc", "name", …
    static int fieldOfKey(const QString &key);  // the Field, -1 for no field
    static QStringList keys();
    static QString chineseName(Field f);    // 统一社会信用代码 …
    static QString label(Field f);          // translated, for messages
    static QStringList aliases(Field f);
    static bool isRequired(Field f, bool departmentGiven);
    // The header text as matched: NFKC, case-folded, without blanks, '_', '-', '*' and a trailing (…) note.
    static QString normalizeHeader(const QString &header);

    struct Mapping
    {
        int column[FieldCount];   // column index per field, -1 when absent
        QStringList problems;     // translated; non-empty means the file cannot be imported
        Mapping() { std::fill(std::begin(column), std::end(column), -1); }
        bool ok() const { return problems.isEmpty(); }
    };
    // overrides: field key → column index (-1 = ignore), from the import wizard; they win over names.
    static Mapping map(const QStringList &header, bool departmentGiven, const QHash<QString, int> &overrides = {});
};

} // namespace cl
