#pragma once

#include "TableReader.h"

#include <QDate>
#include <QList>
#include <optional>

namespace cl {

class XlsxWorkbook;
class XlsxXmlStream;
class ZipArchive;

// Streaming reader of one worksheet of an .xlsx file. The sheet's XML is inflated and parsed
// chunk by chunk; only the shared-string table (every distinct text of the workbook) is held in
// memory.
//
// Cells come as text exactly as stored: numbers as written in the file ("45992", "0.1",
// "1.5E-3"), booleans as TRUE/FALSE, formulas as their cached value, rich text with its runs
// joined. cellType() tells numbers (and numbers formatted as dates: Excel stores dates as day
// serials) from text; serialToDate() converts a serial. Missing cells (gaps in the cell
// references) are filled with empty strings so columns stay aligned; rowNumber() is the sheet's
// own row number, so gaps in the rows are visible in messages. A row may be shorter than the
// header when its last cells are empty.
class XlsxTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableReader)

public:
    static constexpr qsizetype MaxColumns = 16384;  // column XFD, Excel's limit
    // Longer inline texts are not kept (the row gets a problem); Excel itself stops at 32767.
    static constexpr qsizetype MaxCellChars = 1024 * 1024;

    // device: open, random access. Opens the workbook and the sheet named in options.sheet
    // (empty: the first visible worksheet) and loads the shared strings. Throws Error with a
    // message saying what to do: damaged or truncated file, not a workbook, no worksheet,
    // no sheet of that name (listing the names), encrypted parts, oversized parts.
    XlsxTableReader(std::unique_ptr<QIODevice> device, const TableReadOptions &options, const QString &displayName);
    ~XlsxTableReader() override;

    // Date serial → date, as Excel shows it. 1900 system: 1 = 1900-01-01, and Lotus 1-2-3's
    // 1900-02-29 (serial 60, which never existed) has no date; from 61 on serials count from
    // 1899-12-30. 1904 system (old Mac workbooks): 0 = 1904-01-01. The time of day is dropped.
    // No date for 0, negatives, NaN or beyond 9999-12-31.
    static std::optional<QDate> serialToDate(double serial, bool date1904 = false);
    // The sheet being read.
    QString sheetName() const { return m_sheetName; }

    QString formatName() const override;
    QString encodingName() const override;
    QStringList sheetNames() const override;
    bool readRow(QStringList &cells) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    QString rowProblem() const override { return m_problem; }
    CellType cellType(qsizetype column) const override;
    bool uses1904Dates() const override { return m_date1904; }
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;

private:
    void readCell(QStringList &cells);
    void storeCell(QStringList &cells, qsizetype column, CellType type, const QString &value);
    void setProblem(const QString &problem);

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<XlsxXmlStream> m_xml;
    QString m_displayName;
    QString m_sheetName;
    QStringList m_sheetNames;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles;  // per cell style index
    bool m_date1904 = false;

    QList<CellType> m_types;  // of the last row
    QString m_value;          // text of the cell being read, reused
    qsizetype m_cellCount = 0;
    qsizetype m_nextColumn = 0;
    qint64 m_rowNumber = 0;
    qint64 m_rowsReturned = 0;
    QString m_problem;
    bool m_done = false;
};

} // namespace cl
