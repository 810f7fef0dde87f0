#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cl {

struct ApplicationMaterial
{
    int seq = 0;
    QString name;
    bool core = false;
    QString status;      // provided | missing | supplied
    QDate dueOn;         // missing ones: the supplement deadline
    QDate suppliedOn;
    QDate missedOn;      // the deadline passed unsupplied
};

struct ApplicationCommitment
{
    qint64 id = 0;
    QString code;
    QString type;
    QString status;      // pending | fulfilled | partial | unfulfilled
    bool falseCommitment = false;
    QDate rectifyBy;
};

// An application at the window, with its credit check snapshot, materials, commitments and licence.
struct Application
{
    qint64 id = 0;
    QString appNo;
    qint64 entityId = 0;
    QString entityCode;
    QString entityName;
    QString entityLegalRep;
    QString entityKind;
    qint64 itemId = 0;
    QString itemCode;
    QString itemName;
    QString mode;          // ordinary | commitment | deficiency
    bool greenChannel = false;
    QString status;        // received | suspended | approved | refused | returned | revoked
    QDate receivedOn;
    QDate decidedOn;
    QString decisionReason;
    QDate suspendedOn;
    QDate returnedOn;
    QJsonObject check;     // the pre-approval check as it was (PreApprovalResult::toJson)
    QString handledBy;
    QList<ApplicationMaterial> materials;
    QList<ApplicationCommitment> commitments;
    QString licenceNo;     // empty until approved
    QString decisionNo;
    QString licenceStatus; // XK_ZT: 0 正常, 1 撤销 …

    QJsonObject toJson() const;
};

} // namespace cl
