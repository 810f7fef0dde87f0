#include "ReportModel.h"

#include <QCoreApplication>

namespace cl {

QString ReportModel::filterLine() const
{
    QString line;
    for (const auto &f : filters) {
        const QString part = QCoreApplication::translate("cl::ReportModel", "%1: %2").arg(f.first, f.second);
        line = line.isEmpty() ? part : QCoreApplication::translate("cl::ReportModel", "%1; %2").arg(line, part);
    }
    return line;
}

} // namespace cl
