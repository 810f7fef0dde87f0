#include "GradeColumns.h"

#include <QRegularExpression>

namespace cl {

QString GradeColumns::key(Field f)
{
    static const char *keys[] = {"uscc", "name", "department", "scheme", "grade", "score", "industry", "evaluated_on", "valid_to", "remark"};
    return QString::fromLatin1(keys[f]);
}

QString GradeColumns::chineseName(Field f)
{
    static const char16_t *names[] = {u"统一社会信用代码", u"主体名称", u"评价部门", u"评价体系", u"评价结果",
                                      u"评价分数", u"行业领域", u"评价日期", u"有效期至", u"备注"};
    return QString::fromUtf16(names[f]);
}

QString GradeColumns::label(Field f)
{
    switch (f) {
    case Uscc: return tr("credit code");
    case Name: return tr("entity name");
    case Department: return tr("department");
    case Scheme: return tr("scheme");
    case Grade: return tr("grade");
    case Score: return tr("score");
    case Industry: return tr("industry field");
    case EvaluatedOn: return tr("evaluation date");
    case ValidTo: return tr("valid until");
    case Remark: return tr("remark");
    case FieldCount: break;
    }
    return {};
}

int GradeColumns::fieldOfKey(const QString &key)
{
    for (int f = 0; f < FieldCount; ++f)
        if (GradeColumns::key(Field(f)) == key)
            return f;
    return -1;
}

QStringList GradeColumns::keys()
{
    QStringList out;
    for (int f = 0; f < FieldCount; ++f)
        out << key(Field(f));
    return out;
}

QStringList GradeColumns::aliases(Field f)
{
    switch (f) {
    case Uscc: return {QStringLiteral("统一社会信用代码"), QStringLiteral("社会信用代码"), QStringLiteral("信用代码"), QStringLiteral("uscc"),
                       QStringLiteral("creditcode"), QStringLiteral("code")};
    case Name: return {QStringLiteral("主体名称"), QStringLiteral("企业名称"), QStringLiteral("单位名称"), QStringLiteral("名称"),
                       QStringLiteral("name"), QStringLiteral("entityname")};
    case Department: return {QStringLiteral("评价部门"), QStringLiteral("部门"), QStringLiteral("department")};
    case Scheme: return {QStringLiteral("评价体系"), QStringLiteral("评价类型"), QStringLiteral("scheme")};
    case Grade: return {QStringLiteral("评价结果"), QStringLiteral("评价等级"), QStringLiteral("信用等级"), QStringLiteral("等级"),
                        QStringLiteral("grade"), QStringLiteral("result")};
    case Score: return {QStringLiteral("评价分数"), QStringLiteral("分数"), QStringLiteral("得分"), QStringLiteral("score")};
    case Industry: return {QStringLiteral("行业领域"), QStringLiteral("行业"), QStringLiteral("industry")};
    case EvaluatedOn: return {QStringLiteral("评价日期"), QStringLiteral("评定日期"), QStringLiteral("evaluatedon"), QStringLiteral("date")};
    case ValidTo: return {QStringLiteral("有效期至"), QStringLiteral("有效期"), QStringLiteral("validto")};
    case Remark: return {QStringLiteral("备注"), QStringLiteral("remark"), QStringLiteral("note")};
    case FieldCount: break;
    }
    return {};
}

bool GradeColumns::isRequired(Field f, bool departmentGiven)
{
    return f == Uscc || f == Name || f == Grade || f == EvaluatedOn || (f == Department && !departmentGiven);
}

QString GradeColumns::normalizeHeader(const QString &header)
{
    static const QRegularExpression note(QStringLiteral("\\([^)]*\\)\\s*$"));
    QString h = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    h.remove(QChar(0xFEFF));
    h.remove(note);
    h.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char('*'));
    return h.trimmed();
}

GradeColumns::Mapping GradeColumns::map(const QStringList &header, bool departmentGiven, const QHash<QString, int> &overrides)
{
    Mapping m;
    QHash<QString, int> byAlias;
    for (int f = 0; f < FieldCount; ++f)
        for (const QString &alias : aliases(Field(f)))
            byAlias.insert(normalizeHeader(alias), f);
    for (int c = 0; c < header.size(); ++c) {
        const auto it = byAlias.constFind(normalizeHeader(header.at(c)));
        if (it == byAlias.constEnd())
            continue;
        if (overrides.contains(key(Field(*it))))
            continue;
        if (m.column[*it] >= 0) {
            m.problems << tr("The column \"%1\" appears twice (columns %2 and %3). Remove one of them.")
                              .arg(chineseName(Field(*it))).arg(m.column[*it] + 1).arg(c + 1);
            continue;
        }
        m.column[*it] = c;
    }
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        for (int f = 0; f < FieldCount; ++f)
            if (key(Field(f)) == it.key())
                m.column[f] = it.value() < header.size() ? it.value() : -1;
    QStringList missing;
    for (int f = 0; f < FieldCount; ++f)
        if (m.column[f] < 0 && isRequired(Field(f), departmentGiven))
            missing << chineseName(Field(f));
    if (!missing.isEmpty())
        m.problems << tr("Required column(s) missing: %1. The header row has: %2.")
                          .arg(missing.join(QStringLiteral("、")), header.join(QStringLiteral("、")));
    return m;
}

} // namespace cl
