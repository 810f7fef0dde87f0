#pragma once

#include "CaseFacts.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace cl {

// A case (案件): the entity, the violation item, the facts, officer and dates; with its decision once decided.
struct EnforcementCase
{
    qint64 id = 0;
    QString caseNo;
    qint64 entityId = 0;
    QString entityCode;      // filled on read
    QString entityName;      // filled on read
    qint64 itemId = 0;
    QString itemCode;        // filled on read
    CaseFacts facts;
    QString factsText;       // the facts in the officer's words (CF_SY)
    QString officer;
    qint64 departmentId = 0;
    QDate foundOn;
    QString status = QStringLiteral("open");   // open | decided
    // The decision, when decided.
    QString outcome;
    QString recommendedOutcome;
    QString ruleId;
    qint64 amountFen = 0;
    QString decisionNo;
    QDate decidedOn;
    QString overrideReason;

    QJsonObject toJson() const;
};

} // namespace cl
