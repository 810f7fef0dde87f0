#pragma once

#include "PenaltyRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

namespace cl {

class Database;
struct Actor;

// Credit repair of a penalty record (DOMAIN.md §8): applied for after the minimum publicity period with a
// credit-repair commitment (信用修复型承诺); granting ends publicity and the record's effect on the light at
// once (repaired_on = the grant date). After the maximum period publicity has ended by itself and there is
// nothing to repair. Every step audited; a grant goes to the outbox as kind "repair".
class CreditRepair
{
    Q_DECLARE_TR_FUNCTIONS(CreditRepair)

public:
    explicit CreditRepair(Database &db) : m_db(db) {}

    struct Application
    {
        qint64 id = 0;
        qint64 penaltyId = 0;
        QString decisionNo;
        QDate appliedOn;
        QString commitmentCode;     // the 信用修复型 commitment's code (DOMAIN.md §3)
        QString commitmentContent;
        QString status;             // applied | granted | rejected
        QDate decidedOn;
        QString note;
        QJsonObject toJson() const;
    };

    Application apply(const Actor &actor, qint64 penaltyId, const QDate &appliedOn, const QString &commitmentCode,
                      const QString &commitmentContent);
    // Grants: the penalty's publicity and its light finding end on grantedOn; the light is recomputed.
    PenaltyRecord grant(const Actor &actor, qint64 applicationId, const QDate &grantedOn);
    Application reject(const Actor &actor, qint64 applicationId, const QDate &decidedOn, const QString &note);

    std::optional<Application> application(qint64 id) const;
    QList<Application> applications(qint64 penaltyId) const;
    // The payload of a granted repair for the platform: the penalty's keys plus the repair.
    static QJsonObject platformJson(const PenaltyRecord &p, const Application &a);

private:
    Database &m_db;
};

} // namespace cl
