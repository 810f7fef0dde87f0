#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace cl {

// Publicity period of one severity (table publicity_periods, DOMAIN.md §8), in months from the decision date.
struct PublicityPeriod
{
    QString severity;     // minor | general | serious
    int minMonths = 0;
    int maxMonths = 0;
    bool published = true;
    int version = 0;

    // Repair may be applied for from this day on (the minimum period has passed).
    QDate repairFrom(const QDate &decidedOn) const { return decidedOn.addMonths(minMonths); }
    // The last day of publicity: the maximum period, counted from (and including) the decision date.
    QDate publicityEnd(const QDate &decidedOn) const { return decidedOn.addMonths(maxMonths).addDays(-1); }

    static PublicityPeriod load(const QSqlDatabase &db, const QString &severity);
};

// An administrative penalty record with the 双公示 fields of DOMAIN.md §9.2; amounts in fen.
struct PenaltyRecord
{
    Q_DECLARE_TR_FUNCTIONS(PenaltyRecord)

public:
    qint64 id = 0;
    qint64 decisionId = 0;
    qint64 entityId = 0;
    qint64 departmentId = 0;
    QString decisionNo;      // CF_WSH
    QString partyName;       // CF_XDR_MC
    QString partyKind;       // CF_XDR_LB
    QString partyCode;       // CF_XDR_SHXYM
    QString legalRep;        // CF_FRDB
    QString violation;       // CF_WFXW
    QString facts;           // CF_SY
    QString basis;           // CF_YJ
    QString category;        // CF_CFLB
    QString content;         // CF_NR
    qint64 fineFen = 0;      // CF_NR_FK (exported in 万元)
    qint64 confiscationFen = 0; // CF_NR_WFFF
    QDate decidedOn;         // CF_JDRQ
    QString severity;        // minor | general | serious
    QDate repairFrom;
    QDate publicityEnd;      // CF_GSJZQ
    QDate repairedOn;        // null: not repaired
    QString authority;       // CF_CFJG
    QString dataSource;      // CF_SJLY
    QString remark;          // BZ
    QString status = QStringLiteral("0");

    // in_publicity | repaired | ended, on a date.
    QString stateOn(const QDate &date) const;
    // The record keyed by the §9.2 codes (CF_…), as exchanged with the city platform.
    QJsonObject toPlatformJson() const;
    QJsonObject toJson(const QDate &asOf) const;
    QString recordKey() const { return decisionNo + QLatin1Char('/') + partyCode; }

    static QString severityLabel(const QString &severity);
    static QString stateLabel(const QString &state);
    static QString partyKindFor(const QString &entityKind);
    static std::optional<PenaltyRecord> byId(const QSqlDatabase &db, qint64 id);
    static std::optional<PenaltyRecord> byDecisionNo(const QSqlDatabase &db, const QString &decisionNo);
    static QList<PenaltyRecord> ofEntity(const QSqlDatabase &db, qint64 entityId);
};

} // namespace cl
