#include "DepartmentAliases.h"

#include "ReferenceData.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

namespace cl {

void DepartmentAliases::add(Database &db, const Actor &actor, const QString &department, const QString &aliasInput)
{
    const QString alias = aliasInput.trimmed();
    if (alias.isEmpty())
        throw Error(ErrorKind::Invalid, tr("The alias is empty."));
    WriteTransaction tx(db, actor, Permission::SettingsEdit);
    const qint64 id = ReferenceData::departmentIdByName(tx.sql(), department);
    if (id == 0)
        throw Error(ErrorKind::Invalid, tr("Unknown department \"%1\".").arg(department));
    const qint64 existing = ReferenceData::departmentIdByName(tx.sql(), alias);
    if (existing != 0)
        throw Error(ErrorKind::Refused, existing == id ? tr("\"%1\" already names this department.").arg(alias)
                                                       : tr("\"%1\" already names another department.").arg(alias));
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO department_aliases(alias, department_id) VALUES (?, ?)"), {alias, id});
    tx.audit(QStringLiteral("department.alias"), QStringLiteral("department"), QString::number(id), {},
             {{QStringLiteral("alias"), alias}});
    tx.commit();
}

} // namespace cl
