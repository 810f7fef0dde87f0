#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QList>
#include <QStringList>

namespace cl {

class Database;
struct Actor;

struct SpotCheckItem
{
    qint64 entityId = 0;
    QString code;
    QString name;
    QString light;
    QString reason;              // ratio | mandatory
    QString inspector1, inspector2;  // names with badge numbers; empty if the roster is too small
    QString visitKey;            // the same for every department's check of this entity this year
    QStringList otherDepartments;  // departments whose plans of the same year also check it
};

struct SpotCheckPlan
{
    qint64 id = 0;
    int year = 0;
    qint64 departmentId = 0;
    QString departmentName;
    QString seed;
    int algorithmVersion = 0;
    int ratioVersion = 0;
    QHash<QString, double> ratios;            // light → share
    QHash<QString, qint64> populationByLight; // light → entities under supervision
    qint64 population = 0;
    qint64 drawn = 0;
    QDate asOf;
    QString createdBy;
    QString createdAt;
    QList<SpotCheckItem> items;
    QStringList warnings;                     // translated (e.g. roster too small)
};

// Risk-based random inspection plans (双随机、一公开, DOMAIN.md §6). Both draws are reproducible
// from the recorded seed on any machine: an entity's place in its light's stratum, and the order
// of inspectors for it, are SHA-256 of the seed and stable codes — never row ids or a library RNG.
class SpotCheckPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckPlanner)

public:
    static constexpr int AlgorithmVersion = 1;
    static constexpr double NationalFloor = 0.03;

    explicit SpotCheckPlanner(Database &db) : m_db(db) {}

    // Draws (without saving) — the same inputs give the same plan.
    SpotCheckPlan draw(int year, const QString &department, const QString &seed, const QDate &asOf) const;
    // Draws and saves, audited; returns the plan with its id.
    SpotCheckPlan create(const Actor &actor, int year, const QString &department, const QString &seed, const QDate &asOf);
    SpotCheckPlan load(qint64 planId) const;
    QList<SpotCheckPlan> plans(int year = 0) const;  // without items

    // Roster maintenance.
    qint64 addInspector(const Actor &actor, const QString &department, const QString &name, const QString &badge);
    void declareConflict(const Actor &actor, const QString &badge, const QString &entityCode, const QString &reason);

    static quint64 drawKey(const QString &seed, const QString &a, const QString &b = {});
    // The plan as a table (for CSV, XLSX and the screen): translated header and one row per check.
    static QStringList tableHeader();
    static QList<QStringList> tableRows(const SpotCheckPlan &plan);

private:
    QList<SpotCheckPlan> plansWhere(const QString &condition, const QVariantList &values) const;
    static void fillJointVisits(const QSqlDatabase &db, int year, qint64 departmentId, QList<SpotCheckItem> &items);

    Database &m_db;
};

} // namespace cl
