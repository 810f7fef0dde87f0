#pragma once

#include "ReportModel.h"

#include <QCoreApplication>

namespace cl {

// The tables of a report as a file: XLSX (one sheet per table after a sheet with the header
// facts) or CSV (every table one after the other, each under its title, a blank row between).
// CSV is UTF-8 with a BOM, so Excel opens it, or GB18030 for older tools. Files are written
// whole or not at all.
class ReportTableExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportTableExport)

public:
    enum class CsvEncoding { Utf8Bom, Gb18030 };

    static void writeXlsx(const QString &path, const ReportModel &model);
    static void writeCsv(const QString &path, const ReportModel &model, CsvEncoding encoding = CsvEncoding::Utf8Bom);
    // The CSV text (without BOM), for tests and for the encoders.
    static QString csvText(const ReportModel &model);
};

} // namespace cl
