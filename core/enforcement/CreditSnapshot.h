#pragma once

#include "credit/LightEngine.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace cl {

class Database;

// The credit status a recommendation was made on (DOMAIN.md §7): the light and the records behind it.
// risk_only evaluations (market-supervision risk classification) are never used against the party: the
// light used for discretion is the more favourable of the light with and without them.
struct CreditSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(CreditSnapshot)

public:
    struct PriorPenalty
    {
        QString decisionNo;
        QString decidedOn;
        QString violation;
    };

    QDate asOf;
    QString light = QStringLiteral("grey");       // as the light engine explains it
    QString lightRuleId = QStringLiteral("U1");
    QString creditLight = QStringLiteral("grey"); // used by the discretion rules
    QString creditRuleId = QStringLiteral("U1");
    QList<LightReason> reasons;                  // the records behind creditLight
    QList<LightReason> riskOnlyIgnored;          // risk_only records left out because they would count against the party
    QList<PriorPenalty> recentPenalties;         // penalties decided in the 12 months before asOf

    QJsonObject toJson() const;
    static CreditSnapshot fromJson(const QJsonObject &o);
    static CreditSnapshot load(Database &db, qint64 entityId, const QDate &asOf);
    // green best, then grey, yellow, red.
    static int favourability(const QString &light);
};

} // namespace cl
