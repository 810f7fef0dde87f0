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
    const char *context = "cl::Permission";
    switch (p) {
    case Permission::EntityView: return QCoreApplication::translate(context, "view market entities");
    case Permission::EntityEdit: return QCoreApplication::translate(context, "register and edit market entities");
    case Permission::UsccOverride: return QCoreApplication::translate(context, "maintain the verified historical codes");
    case Permission::UserManage: return QCoreApplication::translate(context, "manage users");
    case Permission::AuditView: return QCoreApplication::translate(context, "read the audit log");
    case Permission::SettingsEdit: return QCoreApplication::translate(context, "change settings and rules");
    case Permission::GradesImport: return QCoreApplication::translate(context, "import graded evaluations");
    case Permission::ApprovalHandle: return QCoreApplication::translate(context, "handle applications at the window");
    case Permission::CommitmentVerify: return QCoreApplication::translate(context, "verify commitments");
    case Permission::SpotcheckPlan: return QCoreApplication::translate(context, "plan spot checks");
    case Permission::EnforceHandle: return QCoreApplication::translate(context, "handle enforcement cases");
    case Permission::ReportView: return QCoreApplication::translate(context, "view reports");
    case Permission::SyncRun: return QCoreApplication::translate(context, "synchronise with the city platform");
    case Permission::DemoGenerate: return QCoreApplication::translate(context, "generate demo data");
    }
    return {};
}

} // namespace cl
