#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace cl {

class Database;
struct Actor;

struct GradeSchemeInfo
{
    QString code;
    QString name;
    bool riskOnly = false;
    QList<QPair<QString, QString>> grades;  // grade key → level, in table order
};

// Departments' grading scales and their normalisation to R0–R3/U (DOMAIN.md §4), as the
// versioned data of the current version. Loaded once per import; lookups are in memory.
class GradeSchemes
{
    Q_DECLARE_TR_FUNCTIONS(GradeSchemes)

public:
    static GradeSchemes load(const QSqlDatabase &db);

    int version() const { return m_version; }
    QList<GradeSchemeInfo> schemes() const;
    // A scheme named by its code or its name; empty if unknown.
    QString schemeCode(const QString &codeOrName) const;
    bool isRiskOnly(const QString &scheme) const { return m_riskOnly.contains(scheme); }
    QString schemeName(const QString &scheme) const { return m_names.value(scheme); }
    // Normalised level of a raw grade, or an empty string if the scheme does not know the grade.
    QString levelFor(const QString &scheme, const QString &rawGrade) const;
    QStringList knownGrades(const QString &scheme) const;

    // The form a grade is matched in: trimmed, full-width → half-width, upper case.
    static QString gradeKey(const QString &raw);
    static bool isLevel(const QString &level);
    static QString levelLabel(const QString &level);  // translated: 低风险/守信 …

    // Administrator edit: sets (or with an empty level removes) one grade's level in a new version,
    // re-levels every stored evaluation and recomputes all lights; all in one audited transaction.
    // Returns the new version.
    static int changeGrade(Database &db, const Actor &actor, const QString &scheme, const QString &grade, const QString &level,
                           const QDate &asOf = QDate());

private:
    int m_version = 0;
    QHash<QString, QHash<QString, QString>> m_levels;  // scheme → grade key → level
    QHash<QString, QString> m_names;                   // code → name
    QHash<QString, QString> m_byName;                  // normalised name or code → code
    QSet<QString> m_riskOnly;
    QList<GradeSchemeInfo> m_ordered;
};

} // namespace cl
