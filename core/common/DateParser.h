#pragma once

#include <QDate>
#include <QStringView>

namespace cl {

// Dates as departments write them (DOMAIN.md §4): YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD,
// YYYY年M月D日, optionally followed by a time ("2026-03-01 00:00:00" from spreadsheets), and
// Excel serial numbers (1900 date system) where the cell is numeric. Hand-written: it runs once
// per imported row.
class DateParser
{
public:
    static QDate parse(QStringView text);
    // 1900 system with Excel's phantom 1900-02-29 (serial 60): serial 1 = 1900-01-01.
    static QDate fromExcelSerial(double serial);
    // 1904 system (workbooks with <workbookPr date1904="1">, old Mac Excel): serial 0 = 1904-01-01.
    static QDate fromExcelSerial1904(double serial);
    // Accepts a numeric cell's text ("45992" or "45992.0") as a serial of the workbook's date
    // system; invalid otherwise.
    static QDate parseExcelSerial(QStringView text, bool date1904 = false);
};

} // namespace cl
