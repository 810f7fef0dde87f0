#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace cl {

class Database;
class WriteTransaction;
struct Actor;
struct ApprovalItem;

// A verification task: one commitment pushed to one supervising department.
struct VerificationTask
{
    qint64 id = 0;
    qint64 commitmentId = 0;
    QString commitmentCode;
    QString commitmentType;
    QString commitmentStatus;
    bool falseCommitment = false;
    QString appNo;
    qint64 entityId = 0;
    QString entityCode;
    QString entityName;
    QString itemName;
    qint64 departmentId = 0;
    QString department;
    QString method;
    QDate pushedOn;
    QDate dueOn;
    QString status;       // pending | done
    QString outcome;      // fulfilled | partial | unfulfilled | false
    QDate verifiedOn;
    QString verifyMethod;
    QString verifier;
    QString notes;
    QDate rectifyBy;

    QJsonObject toJson() const;
};

struct VerificationOutcome
{
    QString outcome;       // fulfilled | partial | unfulfilled | false
    QDate verifiedOn;
    QString method;        // written | online | onsite | publicity (empty: the task's method)
    QString verifier;
    QString notes;
};

// The department worklist and the record of outcomes, with the consequences of DOMAIN.md §3:
// partial → rectification deadline and a partial-fulfilment finding (Y2); unfulfilled → rectification
// deadline, a finding that counts from the day after it (R3), revocation by the sweep if not rectified;
// false commitment → finding (R2), licence revoked (XK_ZT 1 撤销). The light is recomputed in the same
// transaction and the commitment and licence go to the outbox.
class VerificationService
{
    Q_DECLARE_TR_FUNCTIONS(VerificationService)

public:
    enum class Filter { All, Pending, DueSoon, Overdue, Done };

    explicit VerificationService(Database &db) : m_db(db) {}

    QList<VerificationTask> worklist(qint64 departmentId, Filter filter, const QDate &asOf, int limit = 1000) const;
    std::optional<VerificationTask> task(qint64 taskId) const;
    // The tasks of a commitment (by code), all departments.
    QList<VerificationTask> tasksOf(const QString &commitmentCode) const;
    VerificationTask record(const Actor &actor, qint64 taskId, const VerificationOutcome &outcome, const QDate &asOf);
    // The entity put right what a partial/unfulfilled verification found before revocation: ends the findings.
    void rectified(const Actor &actor, const QString &commitmentCode, const QDate &day);

    // The push of one commitment: a task per supervising department of the item (one per department, never
    // twice), due after the item's verify_within_days working days, and the 100 % spot-check subset where the
    // item requires it. Used by the approval decision and by a commitment received through sync.
    static int push(WriteTransaction &tx, qint64 commitmentId, qint64 entityId, const ApprovalItem &item, const QDate &day,
                    const QString &method, const QString &reference);
    // The credit finding of a verification outcome (false_commitment, partial_fulfilment, unfulfilled_overdue),
    // once per commitment and kind. True when recorded now (false: it was already there).
    static bool recordFinding(WriteTransaction &tx, qint64 entityId, const QString &kind, const QString &commitmentCode,
                              qint64 departmentId, const QDate &validFrom, const QString &detail);
    // Revokes (XK_ZT 1 撤销) the licence granted here on a commitment found false, and queues it for the platform.
    // The licence's number (XK_XKBH), empty when no licence was granted here on it or it was already revoked.
    static QString revokeLicenceOf(WriteTransaction &tx, qint64 commitmentId, const QString &commitmentCode, const QDate &day);

    static QString outcomeLabel(const QString &outcome);
    static QStringList outcomes();

private:
    Database &m_db;
};

} // namespace cl
