#pragma once

#include <QString>

namespace cl {

// What an action needs. The mapping role → permissions is data (table role_permissions).
enum class Permission {
    EntityView,
    EntityEdit,
    UsccOverride,
    UserManage,
    AuditView,
    SettingsEdit,
    GradesImport,
    ApprovalHandle,
    CommitmentVerify,
    SpotcheckPlan,
    EnforceHandle,
    ReportView,
    SyncRun,
    DemoGenerate,
};

QString permissionCode(Permission p);   // "entity.edit"
QString permissionLabel(Permission p);  // translated, for messages

} // namespace cl
