#pragma once

#include "CaseFacts.h"
#include "CreditSnapshot.h"
#include "ViolationItem.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cl {

// One discretion rule (table discretion_rules): matches when every required fact holds, the harm
// and the credit light are among those listed (empty: any) and, if asked, the item is on the soft list.
struct DiscretionRule
{
    QString ruleId;
    int priority = 0;
    QStringList requireFacts;  // no_fault, corrected, first_violation, art32_ground, aggravating
    QStringList harm;
    QStringList lights;
    bool softList = false;
    QString outcome;
    QStringList alternatives;
    QString legalBasis;
    QString description;
};

// The rules of one version with their fine bands (per cent of the statutory range).
struct DiscretionRuleSet
{
    int version = 0;
    QList<DiscretionRule> rules;          // by priority
    QHash<QString, QPair<int, int>> bands; // lighter/standard/heavier → (low %, high %)

    static DiscretionRuleSet load(const QSqlDatabase &db, int version = -1);
    static int currentVersion(const QSqlDatabase &db);
};

// The amounts a decision may impose for an outcome, in fen, inclusive.
struct FineBand
{
    QString outcome;
    qint64 minFen = 0;
    qint64 maxFen = 0;
    bool belowMinimum = false;   // 减轻: below the statutory minimum (0 = a lighter type of penalty)
    bool contains(qint64 fen) const { return fen >= minFen && fen <= maxFen; }
    QJsonObject toJson() const;
};

struct Recommendation
{
    QString outcome;
    QString ruleId;
    int ruleVersion = 0;
    QString ruleDescription;
    QString legalBasis;
    QStringList alternatives;
    FineBand band;
    QList<FineBand> alternativeBands;
    bool orderToCorrect = false;   // not penalising or mitigating comes with an order to correct and education
    QStringList reasoning;         // translated sentences, in the order the rules were tried
    CreditSnapshot snapshot;

    QJsonObject toJson() const;
};

// The discretion engine of DOMAIN.md §7: a pure function of the facts, the item, the credit snapshot and
// the rules; first matching rule wins. No database access here (load the rule set and snapshot first).
class DiscretionEngine
{
    Q_DECLARE_TR_FUNCTIONS(DiscretionEngine)

public:
    // Throws Error(Invalid) for facts that contradict each other or the records (e.g. "first violation"
    // with a penalty in the last 12 months), or an unknown code.
    static void validate(const CaseFacts &facts, const CreditSnapshot &snapshot);
    static Recommendation recommend(const CaseFacts &facts, const ViolationItem &item, const CreditSnapshot &snapshot,
                                    const DiscretionRuleSet &rules);
    static FineBand band(const QString &outcome, const ViolationItem &item, const DiscretionRuleSet &rules);

    static QStringList outcomes();                      // no_penalty … heavier, mildest first
    static QString outcomeLabel(const QString &outcome);   // translated
    static QString outcomeChinese(const QString &outcome); // 不予处罚 … (file columns, always Chinese)
    static QString factLabel(const QString &fact);
};

} // namespace cl
