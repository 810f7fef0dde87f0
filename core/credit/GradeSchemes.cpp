#include "GradeSchemes.h"

#include "LightEngine.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/SearchText.h"

namespace cl {

namespace {
int currentVersion(const QSqlDatabase &db, const QString &kind)
{
    return sql::scalar(db, QStringLiteral("SELECT max(version) FROM rule_versions WHERE kind = ?"), {kind}).toInt();
}
} // namespace

QString GradeSchemes::gradeKey(const QString &raw)
{
    return raw.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
}

bool GradeSchemes::isLevel(const QString &level)
{
    static const QStringList levels{QStringLiteral("R0"), QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"), QStringLiteral("U")};
    return levels.contains(level);
}

QString GradeSchemes::levelLabel(const QString &level)
{
    if (level == QLatin1String("R0")) return tr("R0 low risk / trustworthy");
    if (level == QLatin1String("R1")) return tr("R1 ordinary");
    if (level == QLatin1String("R2")) return tr("R2 elevated risk");
    if (level == QLatin1String("R3")) return tr("R3 high risk / dishonest");
    if (level == QLatin1String("U")) return tr("U not evaluated");
    return level;
}

GradeSchemes GradeSchemes::load(const QSqlDatabase &db)
{
    GradeSchemes s;
    s.m_version = currentVersion(db, QStringLiteral("schemes"));
    QSqlQuery schemes = sql::exec(db, QStringLiteral("SELECT code, name, risk_only FROM grade_schemes ORDER BY rowid"));
    while (schemes.next()) {
        GradeSchemeInfo info{schemes.value(0).toString(), schemes.value(1).toString(), schemes.value(2).toBool(), {}};
        s.m_names.insert(info.code, info.name);
        s.m_byName.insert(SearchText::normalize(info.code), info.code);
        s.m_byName.insert(SearchText::normalize(info.name), info.code);
        if (info.riskOnly)
            s.m_riskOnly.insert(info.code);
        s.m_ordered << info;
    }
    QSqlQuery grades = sql::exec(db, QStringLiteral("SELECT scheme, grade_key, level FROM scheme_grades WHERE version = ? ORDER BY scheme, level, grade_key"),
                                 {s.m_version});
    while (grades.next()) {
        const QString scheme = grades.value(0).toString();
        s.m_levels[scheme].insert(grades.value(1).toString(), grades.value(2).toString());
        for (GradeSchemeInfo &info : s.m_ordered)
            if (info.code == scheme)
                info.grades.append({grades.value(1).toString(), grades.value(2).toString()});
    }
    return s;
}

QList<GradeSchemeInfo> GradeSchemes::schemes() const
{
    return m_ordered;
}

QString GradeSchemes::schemeCode(const QString &codeOrName) const
{
    return m_byName.value(SearchText::normalize(codeOrName));
}

QString GradeSchemes::levelFor(const QString &scheme, const QString &rawGrade) const
{
    const auto it = m_levels.constFind(scheme);
    if (it == m_levels.constEnd())
        return {};
    return it->value(gradeKey(rawGrade));
}

QStringList GradeSchemes::knownGrades(const QString &scheme) const
{
    QStringList out;
    for (const GradeSchemeInfo &info : m_ordered)
        if (info.code == scheme)
            for (const auto &g : info.grades)
                out << g.first;
    return out;
}

int GradeSchemes::changeGrade(Database &db, const Actor &actor, const QString &schemeInput, const QString &grade, const QString &level,
                              const QDate &asOf)
{
    const GradeSchemes current = load(db.sql());
    const QString scheme = current.schemeCode(schemeInput);
    if (scheme.isEmpty())
        throw Error(ErrorKind::Invalid, tr("Unknown grade scheme \"%1\".").arg(schemeInput));
    const QString key = gradeKey(grade);
    if (key.isEmpty())
        throw Error(ErrorKind::Invalid, tr("The grade is missing."));
    if (!level.isEmpty() && !isLevel(level))
        throw Error(ErrorKind::Invalid, tr("Unknown level \"%1\"; levels are R0, R1, R2, R3 and U.").arg(level));
    const QString before = current.levelFor(scheme, key);
    if (before == level)
        throw Error(ErrorKind::Refused, tr("Grade %1 of %2 already has this level.").arg(key, scheme));

    WriteTransaction tx(db, actor, Permission::SettingsEdit);
    const int version = current.version() + 1;
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO rule_versions(kind, version, created_at, created_by, note) VALUES ('schemes', ?, ?, ?, ?)"),
              {version, Clock::nowIso(), actor.auditName(),
               QStringLiteral("%1 %2: %3 → %4").arg(scheme, key, before.isEmpty() ? QStringLiteral("-") : before,
                                                     level.isEmpty() ? QStringLiteral("-") : level)});
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO scheme_grades(version, scheme, grade_key, level) "
                                       "SELECT ?, scheme, grade_key, level FROM scheme_grades WHERE version = ? "
                                       "AND NOT (scheme = ? AND grade_key = ?)"),
              {version, current.version(), scheme, key});
    if (!level.isEmpty())
        sql::exec(tx.sql(), QStringLiteral("INSERT INTO scheme_grades(version, scheme, grade_key, level) VALUES (?, ?, ?, ?)"),
                  {version, scheme, key, level});
    // Stored evaluations keep their raw grade; their level follows the new version (unknown → U).
    sql::exec(tx.sql(), QStringLiteral("UPDATE evaluations SET scheme_version = ?, level = coalesce((SELECT g.level FROM scheme_grades g "
                                       "WHERE g.version = ? AND g.scheme = evaluations.scheme AND g.grade_key = evaluations.grade_key), 'U') "
                                       "WHERE scheme = ?"),
              {version, version, scheme});
    tx.audit(QStringLiteral("scheme.change"), QStringLiteral("grade_scheme"), scheme,
             {{QStringLiteral("grade"), key}, {QStringLiteral("level"), before}, {QStringLiteral("version"), current.version()}},
             {{QStringLiteral("grade"), key}, {QStringLiteral("level"), level}, {QStringLiteral("version"), version}});
    LightEngine(db).recompute(tx, asOf.isValid() ? asOf : Clock::today());
    tx.commit();
    return version;
}

} // namespace cl
