#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace cl {

// One commitment of an entity as the profile lists it (DOMAIN.md §3): what was promised, when, and how the
// verification came out.
struct EntityCommitment
{
    qint64 id = 0;
    QString code;
    QString type;             // 审批替代型 | 容缺受理型 | … (data, as exchanged)
    QString reason;           // 事由
    QDate madeOn;
    QDate validUntil;
    QString status;           // pending | fulfilled | partial | unfulfilled
    bool falseCommitment = false;
    QDate statusOn;
    QString statusUnit;
    QDate rectifyBy;
    QDate rectifiedOn;
};

// One licence of an entity with its §9.1 status (XK_ZT).
struct EntityLicence
{
    qint64 id = 0;
    QString licenceNo;        // XK_XKBH
    QString certificate;      // XK_XKZS
    QString decisionNo;       // XK_WSH
    QDate decidedOn;          // XK_JDRQ
    QDate validFrom;          // XK_YXQZ
    QDate validTo;            // XK_YXQZI
    QString authority;        // XK_XKJG
    QString status;           // XK_ZT: 0 正常 | 1 撤销 | 2 异议 | 3 其他
    QString remark;           // BZ (e.g. why it was revoked)
};

// Read-only views of an entity's approval records for its profile; newest first.
class EntityApprovalRecords
{
    Q_DECLARE_TR_FUNCTIONS(EntityApprovalRecords)

public:
    static QList<EntityCommitment> commitments(const QSqlDatabase &db, qint64 entityId);
    static QList<EntityLicence> licences(const QSqlDatabase &db, qint64 entityId);
    // "Fulfilled", "Pending verification", …; a false commitment says so whatever the status.
    static QString fulfilmentLabel(const EntityCommitment &c);
    static QString licenceStatusLabel(const QString &status);
};

} // namespace cl
