#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class QIODevice;

namespace cl {

struct TableReadOptions
{
    // CSV only: "auto" (BOM → valid UTF-8 → GB18030), "utf-8", "gb18030" (also "gbk"), "utf-16",
    // "utf-16le", "utf-16be". See TextEncoding::resolve().
    QString encoding = QStringLiteral("auto");
    // XLSX only: the sheet to read by name; empty = the first visible worksheet.
    QString sheet;
};

// What a cell held in the file. CSV cells are all Text; XLSX tells numbers (and numbers shown
// as dates) apart, because only those may be Excel date serials. Empty means no value.
enum class CellType : quint8 {
    Empty,
    Text,
    Number,   // a plain number, text exactly as stored ("45992", "1.5E-3")
    Date,     // a number whose cell format is a date or time: a date serial, see XlsxTableReader
    Boolean,  // "TRUE" / "FALSE"
    Error,    // a formula error as Excel shows it ("#N/A")
};

// One source of rows, read front to back without holding the file in memory: the first row
// returned is the header row, then the data rows. Used by the grade importer, the CLI and
// the import wizard alike; it knows nothing about columns' meaning (the importer maps
// columns by header name).
//
//   auto reader = TableReader::open(path, options);      // throws Error with a clear message
//   QStringList cells;
//   while (reader->readRow(cells)) {                      // may throw Error on a damaged file
//       if (!reader->rowProblem().isEmpty()) { reject row reader->rowNumber(); continue; }
//       ...
//   }
//
// Rows whose cells are all empty (blank lines, Excel's formatted-but-empty rows) are skipped;
// rowNumber() keeps the file's own numbering so messages point at the right line.
// Not thread-safe; use one reader per thread.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    virtual ~TableReader();
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    // Chooses the reader by content, not by extension: a ZIP is read as XLSX; a web page or an
    // Excel 2003 XML file saved as ".xls", an old binary .xls (or a password-protected workbook),
    // binary data and an empty file are refused with a message that says what to do; anything
    // else is CSV. Throws Error (Io, Invalid or Refused) with a translated message.
    static std::unique_ptr<TableReader> open(const QString &path, const TableReadOptions &options = {});
    // The same on an open device (a QBuffer in tests and fuzzers). XLSX needs a random-access
    // device. displayName names the source in messages.
    static std::unique_ptr<TableReader> open(std::unique_ptr<QIODevice> device, const TableReadOptions &options,
                                             const QString &displayName);

    virtual QString formatName() const = 0;    // "CSV" / "XLSX"
    virtual QString encodingName() const = 0;  // "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", "XLSX (UTF-8)"
    virtual QStringList sheetNames() const;    // XLSX: the worksheets in workbook order; CSV: empty

    // Reads the next non-empty row into cells, reusing the list's and its strings' capacity (a
    // caller that keeps no copies gets no allocation per row). Returns false at the end. Cells
    // are exactly as in the file, except the header row's, which are cleaned (cleanHeaderCell).
    // Throws Error when the file cannot be read further (I/O error, damaged XLSX).
    virtual bool readRow(QStringList &cells) = 0;
    // 1-based line (CSV) or row (XLSX) number where the last row starts; the header is row 1
    // when the file starts with it.
    virtual qint64 rowNumber() const = 0;
    // Why the last row cannot be trusted (bytes invalid in the encoding, a field too long, an
    // unterminated quote, ...), translated; empty when the row is fine. The importer rejects
    // just that row; reading continues with the next.
    virtual QString rowProblem() const = 0;
    // What the last row's cell held (Empty beyond its cells). CSV: always Text.
    virtual CellType cellType(qsizetype column) const;
    // The workbook counts date serials from 1904 (old Mac Excel); pass it to
    // XlsxTableReader::serialToDate() for Number and Date cells. CSV: false.
    virtual bool uses1904Dates() const;

    // Progress: bytes consumed so far of totalBytes() (CSV: the file; XLSX: the sheet's XML;
    // totalBytes() is -1 for a sequential device of unknown size).
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;

    // Trims spaces (including the full-width U+3000 and no-break spaces), byte-order marks and
    // zero-width characters from a header cell. readRow() applies it to the first row; an
    // importer that takes a later row as the header applies it itself.
    static QString cleanHeaderCell(QStringView cell);

protected:
    TableReader() = default;
};

} // namespace cl
