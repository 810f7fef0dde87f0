#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cl {

struct ItemMaterial
{
    int seq = 0;
    QString name;
    bool core = false;  // core materials can never be missing (容缺 is for secondary ones only)
};

// One item of the notification-and-commitment catalogue (DOMAIN.md §3).
struct ApprovalItem
{
    qint64 id = 0;
    QString code;
    QString name;
    QString category;          // certificate | business_licence | other
    qint64 approvingDepartmentId = 1;
    QString approvingDepartment;
    QList<qint64> supervisingDepartmentIds;
    QStringList supervisingDepartments;
    QString legalBasis;
    QString conditions;
    int statutoryDays = 0;     // the ordinary time limit in working days
    int promisedDays = 0;      // the time limit under commitment
    QString verifyMethod;      // written | online | onsite | publicity
    int verifyWithinDays = 30;
    double sampleRate = 1.0;
    bool commitmentAllowed = true;
    bool deficiencyAllowed = true;
    bool excluded = false;     // national security, public safety, ecology, life/health/property
    QString licenceCategory = QStringLiteral("普通");  // XK_XKLB
    QString certificateName;   // XK_XKZS
    int validYears = 5;        // 0: no expiry
    QString letterTemplate;
    bool active = true;
    QList<ItemMaterial> materials;
};

} // namespace cl
