#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace cl {

class WriteTransaction;

// The approval records as the city platform takes them (DOMAIN.md §9): a licence keyed by the §9.1 XK_*
// codes, a commitment keyed by the §3/§9.3 field names (承诺编码 … 公开类型, with 履约状态 and its date, unit
// and verifier). outboxLicence/outboxCommitment put the current record into the outbox (kinds "licence" and
// "commitment", record keys XK_WSH + USCC and the commitment code), so every change travels as an update.
class ExchangeRecords
{
public:
    static QJsonObject licence(const QSqlDatabase &db, qint64 licenceId);
    static QJsonObject commitment(const QSqlDatabase &db, qint64 commitmentId);
    static qint64 commitmentIdByCode(const QSqlDatabase &db, const QString &code);  // 0: none
    static void outboxLicence(WriteTransaction &tx, qint64 licenceId);
    static void outboxCommitment(WriteTransaction &tx, qint64 commitmentId);
    static QString fulfilmentLabel(const QString &status);  // 待核查 / 全部履行 / 部分履行 / 全部未履行 (data, not UI)
};

} // namespace cl
