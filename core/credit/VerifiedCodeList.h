#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cl {

class Database;
struct Actor;

struct VerifiedCode
{
    QString code;
    QString reason;
    QString addedBy;
    QString addedAt;
};

// The audited list of legal codes that fail the pos-18 check (DOMAIN.md §2, CHECKSUM18).
class VerifiedCodeList
{
    Q_DECLARE_TR_FUNCTIONS(VerifiedCodeList)

public:
    explicit VerifiedCodeList(Database &db) : m_db(db) {}

    QList<VerifiedCode> all() const;
    // Only well-formed codes that really fail CHECKSUM18 may be listed, each with a reason.
    void add(const Actor &actor, const QString &code, const QString &reason);
    void remove(const Actor &actor, const QString &code);

private:
    Database &m_db;
};

} // namespace cl
