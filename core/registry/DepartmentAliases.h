#pragma once

#include <QCoreApplication>
#include <QString>

namespace cl {

class Database;
struct Actor;

// Other names a department is known by in files (市场监督管理局 = 市场监管局): audited data the
// administrator extends when a department's spreadsheet names it differently.
class DepartmentAliases
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentAliases)

public:
    static void add(Database &db, const Actor &actor, const QString &department, const QString &alias);
};

} // namespace cl
