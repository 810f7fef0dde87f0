#include "Permission.h"

#include <QCoreApplication>

namespace cl {

QString permissionCode(Permission p)
{
    switch (p) {
    case Permission::EntityView: return QStringLiteral("entity.view");
    case Permission::EntityEdit: return QStringLiteral("entity.edit");
    case Permission::UsccOverride: return QStringLiteral("uscc.override");
    case Permission::UserManage: return QStringLiteral("user.manage");
    case Permission::AuditView: return QStringLiteral("audit.view");
    case Permission::SettingsEdit: return QStringLiteral("settings.edit");
    case Permission::GradesImport: return QStringLiteral("grades.import");
    case Permission::ApprovalHandle: return QStringLiteral("approval.handle");
    case Permission::CommitmentVerify: return QStringLiteral("commitment.verify");
    case Permission::SpotcheckPlan: return QStringLiteral("spotcheck.plan");
    case Permission::EnforceHandle: return QStringLiteral("enforce.handle");
    case Permission::ReportView: return QStringLiteral("report.view");
    case Permission::SyncRun: return QStringLiteral("sync.run");
    case Permission::DemoGenerate: return QStringLiteral("demo.generate");
    }
    return {};
}

QString permissionLabel(Permission p)
{
    switch (p) {
    case Permission::EntityView: return QCoreApplication::translate("cl::Permission", "view market entities");
    case Permission::EntityEdit: return QCoreApplication::translate("cl::Permission", "register and edit market entities");
    case Permission::UsccOverride: return QCoreApplication::translate("cl::Permission", "maintain the verified historical codes");
    case Permission::UserManage: return QCoreApplication::translate("cl::Permission", "manage users");
    case Permission::AuditView: return QCoreApplication::translate("cl::Permission", "read the audit log");
    case Permission::SettingsEdit: return QCoreApplication::translate("cl::Permission", "change settings and rules");
    case Permission::GradesImport: return QCoreApplication::translate("cl::Permission", "import graded evaluations");
    case Permission::ApprovalHandle: return QCoreApplication::translate("cl::Permission", "handle applications at the window");
    case Permission::CommitmentVerify: return QCoreApplication::translate("cl::Permission", "verify commitments");
    case Permission::SpotcheckPlan: return QCoreApplication::translate("cl::Permission", "plan spot checks");
    case Permission::EnforceHandle: return QCoreApplication::translate("cl::Permission", "handle enforcement cases");
    case Permission::ReportView: return QCoreApplication::translate("cl::Permission", "view reports");
    case Permission::SyncRun: return QCoreApplication::translate("cl::Permission", "synchronise with the city platform");
    case Permission::DemoGenerate: return QCoreApplication::translate("cl::Permission", "generate demo data");
    }
    return {};
}

} // namespace cl
