#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cl {

// Writes tables to an .xlsx workbook (libxlsxwriter): one sheet per table, a bold header row
// frozen at the top, columns sized to their text. Written to "<path>.part" and renamed, so a
// failed export never leaves a half file.
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    struct Sheet
    {
        QString name;
        QStringList header;
        QList<QStringList> rows;
        QList<bool> numericColumns;  // cells of these columns are written as numbers where they parse
    };
    static void write(const QString &path, const QList<Sheet> &sheets);
};

} // namespace cl
