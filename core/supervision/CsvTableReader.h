#pragma once

#include "TableReader.h"
#include "TextEncoding.h"

#include <QByteArray>
#include <QStringDecoder>

namespace cl {

// Streaming CSV reader (RFC 4180): commas, doubled quotes and line breaks inside quoted fields;
// LF, CRLF and CR line ends, mixed; a tab- or semicolon-separated file is recognised when its
// first line has tabs (semicolons) and no commas. Bytes are decoded chunk by chunk with one
// stateful decoder, so a character cut between chunks is kept and memory stays flat whatever
// the file size: the largest allocation is one chunk plus the longest accepted row.
//
// Row problems instead of failures: a row with bytes invalid in the file's encoding (e.g. one
// GB18030 row in a UTF-8 file), a field longer than maxFieldChars, a row longer than
// maxRowChars or wider than maxColumns, or a quote still open at the end of the file is
// returned with rowProblem() set; an oversized field or row is not kept (its cells are
// emptied) and reading resumes at the next record. A U+FFFD already present in the file also
// marks the row: the text was damaged before it reached us.
class CsvTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)

public:
    static constexpr qsizetype DefaultChunkSize = 256 * 1024;
    static constexpr qsizetype DefaultMaxFieldChars = 1024 * 1024;
    static constexpr qsizetype DefaultMaxRowChars = 10 * 1024 * 1024;
    static constexpr qsizetype DefaultMaxColumns = 16384;  // Excel's limit

    // Reads from device (open for reading; sequential devices work). alreadyRead: bytes the
    // caller already took from the start of the device (TableReader::open sniffs them); they
    // are read first. Detects the encoding per options.encoding and the delimiter from the
    // first line. Throws Error(Usage) for an unknown encoding name, Error(Refused) when this
    // build cannot decode the encoding.
    CsvTableReader(std::unique_ptr<QIODevice> device, const TableReadOptions &options,
                   QByteArray alreadyRead = {});
    ~CsvTableReader() override;

    // Tuning and test hooks; call before the first readRow(). A tiny chunk size splits
    // characters and quotes across chunks on purpose.
    void setChunkSize(qsizetype bytes);
    void setLimits(qsizetype maxFieldChars, qsizetype maxRowChars, qsizetype maxColumns);

    QChar delimiter() const { return m_delimiter; }
    const TextEncoding::Detection &encoding() const { return m_encoding; }

    QString formatName() const override;
    QString encodingName() const override;
    bool readRow(QStringList &cells) override;
    qint64 rowNumber() const override { return m_rowLine; }
    QString rowProblem() const override;
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override { return m_totalBytes; }

private:
    enum class State : quint8 { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };
    enum class Problem : quint8 { None, InvalidBytes, FieldTooLong, RowTooLong, TooManyColumns, OpenQuote };
    enum class Parse : quint8 { Record, End };

    Parse parseRecord(QStringList &cells);
    bool refill();
    QByteArrayView nextChunk();
    void decodeInto(QByteArrayView bytes);
    void decodeTail();
    void startCell(QStringList &cells);
    void append(const char16_t *from, const char16_t *to);
    void setProblem(Problem p);
    void sniffDelimiter();

    std::unique_ptr<QIODevice> m_device;
    TextEncoding::Detection m_encoding;
    QStringDecoder m_decoder;
    QByteArray m_pending;  // bytes read ahead by the caller, consumed first
    qsizetype m_pendingPos = 0;
    QByteArray m_raw;      // one chunk of bytes, reused
    QByteArray m_carry;    // bytes after the last safe split point, decoded with the next chunk
    uchar m_safeBelow = 0; // bytes below this end no multibyte character (0: keep Qt's state)
    QString m_text;        // decoded text of a chunk, reused
    qsizetype m_pos = 0;   // parse position in m_text
    bool m_inputDone = false;

    qsizetype m_chunkSize = DefaultChunkSize;
    qsizetype m_maxField = DefaultMaxFieldChars;
    qsizetype m_maxRow = DefaultMaxRowChars;
    qsizetype m_maxColumns = DefaultMaxColumns;
    QChar m_delimiter = QLatin1Char(',');
    // Per ASCII character: 1 ends an unquoted field (delimiter, CR, LF).
    bool m_stopsUnquoted[128] = {};

    // Record being parsed.
    State m_state = State::RecordStart;
    QString *m_cell = nullptr;   // the cell receiving text, inside the caller's list
    qsizetype m_cellCount = 0;
    qsizetype m_rowChars = 0;
    bool m_discardCell = false;  // the field is over the limit: scan on, keep nothing
    bool m_discardRow = false;
    bool m_skipLf = false;       // the last record ended with CR: a following LF belongs to it
    bool m_lastWasCr = false;    // inside quotes: the previous character was CR (CRLF counts once)
    Problem m_problem = Problem::None;

    qint64 m_line = 1;     // line at the parse position
    qint64 m_rowLine = 0;  // line where the last returned row starts
    qint64 m_rowsReturned = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace cl
