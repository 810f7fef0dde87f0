#pragma once

#include "DiscretionEngine.h"
#include "EnforcementCase.h"
#include "PenaltyRecord.h"
#include "registry/Entity.h"

#include <QCoreApplication>
#include <optional>

namespace cl {

class Database;
struct Actor;

// Cases, recommendations and decisions (DOMAIN.md §7) and the penalty records they create (§8, §9.2).
// Every write is one audited WriteTransaction (permission enforce.handle); a penalty becomes a credit
// finding (penalty_publicity, valid from the decision date to the end of publicity) and the entity's light is
// recomputed in the same transaction.
class EnforcementService
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementService)

public:
    explicit EnforcementService(Database &db) : m_db(db) {}

    // The recommendation for an entity and item, without a case (the GUI as facts are entered, `enforce recommend`).
    Recommendation recommend(qint64 entityId, const QString &itemCode, const CaseFacts &facts, const QDate &asOf) const;

    struct NewCase
    {
        qint64 entityId = 0;
        QString itemCode;
        CaseFacts facts;
        QString factsText;
        QString officer;     // empty: the acting user
        QDate foundOn;
    };
    // Validates the facts (contradictions refused) and records the case; returns it with its number.
    EnforcementCase openCase(const Actor &actor, const NewCase &c);

    struct Decision
    {
        qint64 caseId = 0;
        QString outcome;
        qint64 amountFen = 0;
        QString decisionNo;      // required for a penalty
        QDate decidedOn;
        QString reason;          // required when the outcome differs from the recommendation
        QString severity;        // minor | general | serious; empty: serious for 从重 or serious harm, else general
    };
    struct DecisionResult
    {
        EnforcementCase decidedCase;
        Recommendation recommendation;
        std::optional<PenaltyRecord> penalty;
    };
    // Records the decision against the recommendation as of the decision date. Refuses an outcome other than
    // the recommendation without a written reason, an amount outside the chosen outcome's band, a penalty
    // without a decision number, and a case already decided. Nothing is written when it refuses.
    DecisionResult decide(const Actor &actor, const Decision &d);

    std::optional<EnforcementCase> caseById(qint64 id) const;
    std::optional<EnforcementCase> caseByNo(const QString &caseNo) const;
    QList<EnforcementCase> cases(qint64 entityId = 0, int limit = 200) const;

    // The building blocks of decide(), shared with the demo data (which writes many at once, unaudited).
    static qint64 fineNotImposed(const QString &outcome, qint64 amountFen, const ViolationItem &item, const DiscretionRuleSet &rules);
    static PenaltyRecord penaltyFor(const EnforcementCase &c, const Entity &entity, const ViolationItem &item, const Recommendation &rec,
                                    const QString &outcome, qint64 amountFen, const QString &decisionNo, const QDate &decidedOn,
                                    const PublicityPeriod &period);
    // Inserts the penalty (id set) and its credit finding; the caller recomputes the light.
    static void insertPenalty(const QSqlDatabase &db, PenaltyRecord &p, int publicityVersion);

private:
    Database &m_db;
};

} // namespace cl
