#pragma once

#include "LightEngine.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace cl {

class Database;
class WriteTransaction;

// One row of the §8 catalogue of incentives (守信激励) and restrictions (失信约束). No measure without a
// legal basis. condition says when it applies; effect is what the approval rules read from it.
struct Measure
{
    qint64 id = 0;
    QString code;
    QString kind;         // incentive | restriction
    QString name;
    QString description;
    QString legalBasis;
    QString condition;    // see MeasureCatalogue::conditions()
    // An incentive's effect is what it grants (commitment, deficiency, green_channel, priority, …); a
    // restriction's "no_X" withholds the incentive granting X (MeasureCatalogue::applicable).
    QString effect;       // commitment | deficiency | green_channel | no_commitment | no_deficiency | no_green_channel | onsite_verification | … | ""
    bool active = true;
};

// A measure that applies to an entity on a date, with why (the records that triggered it).
struct ApplicableMeasure
{
    Measure measure;
    QString reason;
    QJsonObject toJson() const;
};

// What the conditions of the catalogue are evaluated against: the entity's credit records on a date.
struct CreditStanding
{
    qint64 entityId = 0;
    QDate asOf;
    LightResult light;
    QStringList dishonest;         // one line per listing in force
    QStringList representativeDishonest;  // the legal representative's listings in force (ID number masked)
    QStringList falseCommitments;  // unrepaired false-commitment findings
    QStringList unfulfilled;       // unfulfilled past the rectification deadline
    QStringList partialOrOverdue;  // partial fulfilment, 容缺 materials overdue
    QStringList penalties;         // penalties within their publicity period
    int deficiencyMisses = 0;      // missed 容缺 deadlines in the window
    int deficiencyMissLimit = 3;
    int deficiencyWindowMonths = 12;
    bool negativeRecord() const
    {
        return !dishonest.isEmpty() || !representativeDishonest.isEmpty() || !falseCommitments.isEmpty() || !unfulfilled.isEmpty() || !partialOrOverdue.isEmpty()
               || !penalties.isEmpty();
    }
};

class MeasureCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(MeasureCatalogue)

public:
    static QList<Measure> list(const QSqlDatabase &db, bool activeOnly = true);
    static CreditStanding standing(Database &db, qint64 entityId, const QDate &asOf);
    // The measures that apply to the entity on the date, each with the reason it applies.
    static QList<ApplicableMeasure> applicable(Database &db, qint64 entityId, const QDate &asOf);
    static QList<ApplicableMeasure> applicable(const QSqlDatabase &db, const CreditStanding &standing);
    // Whether the condition holds, and if so why (translated); empty when it does not.
    static QString conditionReason(const QString &condition, const CreditStanding &standing);

    static qint64 save(WriteTransaction &tx, const Measure &measure);
    static QStringList conditions();
    static QString conditionLabel(const QString &condition);
    static QString kindLabel(const QString &kind);
};

} // namespace cl
