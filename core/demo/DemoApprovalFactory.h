#pragma once

#include <QDate>
#include <QJsonObject>

namespace cl {

class Database;
struct Actor;

// Demo approvals for items of the shipped catalogue (DOMAIN.md §3): applications in every mode over the last
// months, decided or still open (green channel among them), 容缺 cases supplied in time, late or never
// (suspended, returned), commitments pushed and verified with every outcome (false commitments turn lights
// red), tasks pending, due soon and overdue. Goes through the approval services inside the caller's
// transaction, so the rules (eligibility, codes, consequences) are the real ones. Same seed and store →
// same rows.
class DemoApprovalFactory
{
public:
    struct Summary
    {
        int applications = 0;
        int approved = 0;
        int verified = 0;
        int falseCommitments = 0;
        QJsonObject toJson() const;
    };
    static Summary generate(Database &db, const Actor &actor, quint64 seed, const QDate &lastDay, qint64 firstEntity, qint64 lastEntity);
};

} // namespace cl
