#include "ReportModel.h"

#include <QCoreApplication>

namespace cl {

QString ReportModel::filterLine() const
{
    QStringList parts;
    for (const auto &f : filters)
        parts << QCoreApplication::translate("cl::ReportModel", "%1: %2").arg(f.first, f.second);
    return parts.join(QCoreApplication::translate("cl::ReportModel", "; "));
}

} // namespace cl
