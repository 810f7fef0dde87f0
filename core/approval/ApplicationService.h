#pragma once

#include "Application.h"
#include "PreApprovalCheck.h"

#include <QCoreApplication>
#include <optional>

namespace cl {

class Database;
struct Actor;

struct NewApplication
{
    qint64 entityId = 0;
    QString itemCode;
    QString mode = QStringLiteral("ordinary");  // ordinary | commitment | deficiency
    QList<int> missing;                         // 容缺: seq of the secondary materials not yet provided
    QDate supplyBy;                             // 容缺: the supplement deadline (at most the promised time)
};

// The window workflow of DOMAIN.md §3: file (check snapshotted, mode checked against it, materials,
// commitments with their codes), decide (licence with the §9.1 fields; push: verification tasks per
// supervising department due on the working-day calendar), supply missing materials. Every call is one
// audited write transaction; nothing is half-written when it throws.
class ApplicationService
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationService)

public:
    explicit ApplicationService(Database &db) : m_db(db) {}

    PreApprovalResult check(qint64 entityId, const QString &itemCode, const QDate &asOf) const;
    Application file(const Actor &actor, const NewApplication &request, const QDate &asOf);
    Application approve(const Actor &actor, const QString &appNo, const QDate &date);
    Application refuse(const Actor &actor, const QString &appNo, const QString &reason, const QDate &date);
    Application supply(const Actor &actor, const QString &appNo, int seq, const QDate &date);

    std::optional<Application> byNo(const QString &appNo) const;
    Application require(const QString &appNo) const;
    // Open applications (received, suspended), green channel first, then oldest first.
    QList<Application> queue(int limit = 500) const;
    QList<Application> ofEntity(qint64 entityId) const;

    static QString modeLabel(const QString &mode);
    static QString statusLabel(const QString &status);

private:
    Database &m_db;
};

} // namespace cl
