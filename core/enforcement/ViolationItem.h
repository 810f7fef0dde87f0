#pragma once

#include <QJsonObject>
#include <QString>

namespace cl {

// One entry of the violation catalogue; with softSeq > 0 it is on the soft-enforcement list
// (包容审慎清单, DOMAIN.md §7) with its level and conditions. Fines in fen.
struct ViolationItem
{
    qint64 id = 0;
    QString code;            // MKT-01
    QString domain;          // 领域
    qint64 departmentId = 0;
    QString department;      // filled on read
    QString name;            // 违法行为
    QString violationBasis;  // 违法依据
    QString penaltyBasis;    // 处罚依据
    qint64 fineMinFen = 0;
    qint64 fineMaxFen = 0;
    int softSeq = 0;         // 序号; 0: not on the soft list
    QString softLevel;       // no_penalty | mitigated | lighter (裁量等级); empty when not on the list
    QString softConditions;  // 适用情形
    bool active = true;

    bool onSoftList() const { return softSeq > 0; }
    QJsonObject toJson() const;
};

} // namespace cl
