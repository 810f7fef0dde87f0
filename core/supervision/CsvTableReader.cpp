#include "CsvTableReader.h"

#include "common/Error.h"

#include <QIODevice>

#include <algorithm>

namespace cl {

CsvTableReader::CsvTableReader(std::unique_ptr<QIODevice> device, const TableReadOptions &options,
                               QByteArray alreadyRead)
    : m_device(std::move(device)), m_pending(std::move(alreadyRead))
{
    if (!m_device || !m_device->isReadable())
        throw Error(ErrorKind::Usage, tr("The CSV source is not open for reading."));
    m_totalBytes = m_device->isSequential() ? -1 : m_device->size();
    // The detection head is read whole; the parser then takes it chunk by chunk.
    bool complete = false;
    while (m_pending.size() < TextEncoding::DetectionHeadSize) {
        // One byte more than the device says it has, to see the end (no 4 MB buffer for 2 KB).
        const qint64 left = m_device->isSequential() ? TextEncoding::DetectionHeadSize
                                                     : m_device->size() - m_device->pos() + 1;
        const qsizetype want = std::clamp<qint64>(left, 1, TextEncoding::DetectionHeadSize - m_pending.size());
        const qsizetype before = m_pending.size();
        m_pending.resize(before + want);
        const qint64 got = m_device->read(m_pending.data() + before, want);
        m_pending.resize(before + std::max<qint64>(got, 0));
        if (got < 0)
            throw Error(ErrorKind::Io, tr("The file could not be read: %1").arg(m_device->errorString()));
        if (got == 0) {
            complete = true;
            break;
        }
    }
    m_encoding = TextEncoding::resolve(options.encoding, m_pending, complete);
    m_decoder = TextEncoding::decoder(m_encoding.id);
    m_pendingPos = m_encoding.bomLength;
    m_bytesRead = m_encoding.bomLength;
    m_safeBelow = m_encoding.id == TextEncoding::Id::Utf8 ? 0x80 : m_encoding.id == TextEncoding::Id::Gb18030 ? 0x30 : 0;
    sniffDelimiter();
}

CsvTableReader::~CsvTableReader() = default;

void CsvTableReader::setChunkSize(qsizetype bytes)
{
    m_chunkSize = std::max<qsizetype>(bytes, 1);
}

void CsvTableReader::setLimits(qsizetype maxFieldChars, qsizetype maxRowChars, qsizetype maxColumns)
{
    m_maxField = maxFieldChars;
    m_maxRow = maxRowChars;
    m_maxColumns = std::max<qsizetype>(maxColumns, 1);
}

QString CsvTableReader::formatName() const
{
    return QStringLiteral("CSV");
}

QString CsvTableReader::encodingName() const
{
    return m_encoding.displayName();
}

// The delimiter is a comma unless the first line has none and has tabs (a "tab-delimited
// text" export) or semicolons (Excel in locales with a decimal comma).
void CsvTableReader::sniffDelimiter()
{
    QStringDecoder probe = TextEncoding::decoder(m_encoding.id);
    const QByteArrayView head = QByteArrayView(m_pending).sliced(m_pendingPos);
    const QString text = probe.decode(head.first(std::min<qsizetype>(head.size(), 64 * 1024)));
    qsizetype end = 0;
    while (end < text.size() && text[end] != QLatin1Char('\n') && text[end] != QLatin1Char('\r'))
        ++end;
    const QStringView firstLine = QStringView(text).first(end);
    if (!firstLine.contains(QLatin1Char(','))) {
        if (firstLine.contains(QLatin1Char('\t')))
            m_delimiter = QLatin1Char('\t');
        else if (firstLine.contains(QLatin1Char(';')))
            m_delimiter = QLatin1Char(';');
    }
    std::fill(std::begin(m_stopsUnquoted), std::end(m_stopsUnquoted), false);
    m_stopsUnquoted[m_delimiter.unicode()] = true;
    m_stopsUnquoted[u'\n'] = true;
    m_stopsUnquoted[u'\r'] = true;
}

// The next chunk of raw bytes (the sniffed head first); empty at the end of the input.
QByteArrayView CsvTableReader::nextChunk()
{
    QByteArrayView chunk;
    if (m_pendingPos < m_pending.size()) {
        const qsizetype n = std::min(m_chunkSize, m_pending.size() - m_pendingPos);
        chunk = QByteArrayView(m_pending).sliced(m_pendingPos, n);
        m_pendingPos += n;
    } else {
        if (!m_pending.isNull())
            m_pending = QByteArray();  // the head is consumed: give its memory back
        m_raw.resize(m_chunkSize);
        const qint64 got = m_device->read(m_raw.data(), m_chunkSize);
        if (got < 0)
            throw Error(ErrorKind::Io, tr("The file could not be read after line %1: %2")
                                           .arg(m_line)
                                           .arg(m_device->errorString()));
        chunk = QByteArrayView(m_raw).first(got);
    }
    m_bytesRead += chunk.size();
    return chunk;
}

void CsvTableReader::decodeInto(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype old = m_text.size();
    m_text.resize(old + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(m_text.data() + old, bytes);
    m_text.truncate(end - m_text.constData());
}

// Decodes the next chunk into m_text. False when the input is exhausted.
//
// Qt 6.4's stateful UTF-8 and GB18030 decoders lose the byte after an invalid sequence that
// was cut between two calls: a line feed or comma there would vanish and shift the columns.
// So for those encodings every decode call ends after a byte that no multibyte character
// contains (below 0x80 in UTF-8, below 0x30 in GB18030: line ends, commas, quotes, spaces);
// the bytes after it wait in m_carry for the next chunk. UTF-16 keeps Qt's decoder state,
// which is exact.
bool CsvTableReader::refill()
{
    m_pos = 0;
    m_text.truncate(0);
    while (!m_inputDone) {
        const QByteArrayView chunk = nextChunk();
        if (chunk.isEmpty()) {
            m_inputDone = true;
            decodeTail();
            return !m_text.isEmpty();
        }
        if (m_safeBelow == 0) {
            decodeInto(chunk);
        } else {
            const auto isSafe = [this](char c) { return uchar(c) < m_safeBelow; };
            const auto first = std::find_if(chunk.begin(), chunk.end(), isSafe);
            if (first == chunk.end()) {
                m_carry.append(chunk);
                // No safe byte in megabytes (no line end, comma or space): split anyway.
                if (m_carry.size() >= 4 * std::max<qsizetype>(m_chunkSize, DefaultChunkSize)) {
                    decodeInto(m_carry);
                    m_carry.truncate(0);
                }
            } else {
                const qsizetype head = first - chunk.begin() + 1;
                qsizetype last = chunk.size();
                while (!isSafe(chunk[last - 1]))
                    --last;
                m_carry.append(chunk.first(head));
                decodeInto(m_carry);
                decodeInto(chunk.sliced(head, last - head));
                m_carry = chunk.sliced(last).toByteArray();
            }
        }
        if (!m_text.isEmpty())
            return true;
    }
    return false;
}

// At the end of the input: what is left must be whole characters. A character cut by the end
// of the file becomes U+FFFD, which flags its row.
void CsvTableReader::decodeTail()
{
    if (m_safeBelow == 0) {
        if ((m_bytesRead - m_encoding.bomLength) % 2 != 0)
            m_text = QString(QChar::ReplacementCharacter);
        return;
    }
    m_text = TextEncoding::decode(m_carry, m_encoding.id);
    m_carry.clear();
}

void CsvTableReader::setProblem(Problem p)
{
    if (m_problem == Problem::None)
        m_problem = p;
}

// Makes the next cell of the row current, reusing a string left in the list by the last row.
void CsvTableReader::startCell(QStringList &cells)
{
    m_discardCell = false;
    m_cell = nullptr;
    if (m_discardRow)
        return;
    if (m_cellCount >= m_maxColumns) {
        setProblem(Problem::TooManyColumns);
        m_discardRow = true;
        return;
    }
    if (m_cellCount < cells.size()) {
        m_cell = &cells[m_cellCount];
        m_cell->truncate(0);
    } else {
        cells.append(QString());
        m_cell = &cells.last();
    }
    ++m_cellCount;
}

void CsvTableReader::append(const char16_t *from, const char16_t *to)
{
    const qsizetype n = to - from;
    if (n == 0 || !m_cell || m_discardCell)
        return;
    m_rowChars += n;
    if (m_rowChars > m_maxRow) {
        setProblem(Problem::RowTooLong);
        m_discardRow = true;
        m_cell->clear();
        m_cell = nullptr;
        return;
    }
    if (m_cell->size() + n > m_maxField) {
        setProblem(Problem::FieldTooLong);
        m_discardCell = true;
        m_cell->clear();  // release the memory: the rest of the field is scanned, not kept
        return;
    }
    m_cell->append(reinterpret_cast<const QChar *>(from), n);
}

// The record state machine. It keeps its state in members so a record may span any number of
// chunks; each chunk is consumed whole (no rescanning), text going straight into the cells.
CsvTableReader::Parse CsvTableReader::parseRecord(QStringList &cells)
{
    m_state = State::RecordStart;
    m_cellCount = 0;
    m_rowChars = 0;
    m_discardRow = false;
    m_discardCell = false;
    m_cell = nullptr;
    m_problem = Problem::None;
    const char16_t delimiter = m_delimiter.unicode();
    const bool *stops = m_stopsUnquoted;

    for (;;) {
        if (m_pos >= m_text.size()) {
            if (refill())
                continue;
            if (m_state == State::RecordStart)
                return Parse::End;
            if (m_state == State::Quoted)
                setProblem(Problem::OpenQuote);
            return Parse::Record;
        }
        const char16_t *data = reinterpret_cast<const char16_t *>(m_text.constData());
        const char16_t *p = data + m_pos;
        const char16_t *end = data + m_text.size();

        switch (m_state) {
        case State::RecordStart:
            if (m_skipLf) {
                m_skipLf = false;
                if (*p == u'\n') {
                    ++m_pos;
                    continue;
                }
            }
            m_rowLine = m_line;
            startCell(cells);
            m_state = State::FieldStart;
            continue;

        case State::FieldStart:
            if (*p == u'"') {
                ++m_pos;
                m_state = State::Quoted;
                m_lastWasCr = false;
            } else {
                m_state = State::Unquoted;
            }
            continue;

        case State::Unquoted: {
            const char16_t *from = p;
            while (p < end) {
                const char16_t c = *p;
                if (c < 128) {
                    if (stops[c])
                        break;
                } else if (c == QChar::ReplacementCharacter) {
                    setProblem(Problem::InvalidBytes);
                }
                ++p;
            }
            append(from, p);
            m_pos = p - data;
            if (p == end)
                continue;
            ++m_pos;
            if (*p == delimiter) {
                startCell(cells);
                m_state = State::FieldStart;
                continue;
            }
            ++m_line;  // CR or LF ends the record; CRLF counts once (m_skipLf)
            m_skipLf = *p == u'\r';
            return Parse::Record;
        }

        case State::Quoted: {
            const char16_t *from = p;
            while (p < end) {
                const char16_t c = *p;
                if (c == u'"')
                    break;
                if (c == u'\n') {
                    m_line += m_lastWasCr ? 0 : 1;
                    m_lastWasCr = false;
                } else if (c == u'\r') {
                    ++m_line;
                    m_lastWasCr = true;
                } else {
                    m_lastWasCr = false;
                    if (c == QChar::ReplacementCharacter)
                        setProblem(Problem::InvalidBytes);
                }
                ++p;
            }
            append(from, p);
            m_pos = p - data;
            if (p == end)
                continue;
            ++m_pos;
            m_state = State::QuoteInQuoted;
            continue;
        }

        case State::QuoteInQuoted:
            if (*p == u'"') {  // a doubled quote is one literal quote
                append(p, p + 1);
                ++m_pos;
                m_state = State::Quoted;
                m_lastWasCr = false;
            } else {
                // The closing quote. Text after it up to the delimiter is kept, as Excel does
                // ("ab"c → abc), rather than rejecting the row.
                m_state = State::Unquoted;
            }
            continue;
        }
    }
}

bool CsvTableReader::readRow(QStringList &cells)
{
    for (;;) {
        if (parseRecord(cells) == Parse::End) {
            cells.clear();
            m_problem = Problem::None;
            return false;
        }
        if (cells.size() > m_cellCount)
            cells.resize(m_cellCount);
        if (m_problem == Problem::None
            && std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); }))
            continue;  // a blank line, or a row of empty cells (",,,," from a formatted sheet)
        if (m_rowsReturned++ == 0) {
            for (QString &c : cells)
                c = cleanHeaderCell(c);
        }
        return true;
    }
}

QString CsvTableReader::rowProblem() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::InvalidBytes:
        return tr("The row contains bytes that are not valid %1 text (shown as “%2”): the row may be in another "
                  "encoding. Check the file's encoding or correct the row.")
            .arg(TextEncoding::name(m_encoding.id), QString(QChar::ReplacementCharacter));
    case Problem::FieldTooLong:
        return tr("Field too long: a value in this row is longer than %1 characters; the row was not read.")
            .arg(m_maxField);
    case Problem::RowTooLong:
        return tr("The row is longer than %1 characters; it was not read.").arg(m_maxRow);
    case Problem::TooManyColumns:
        return tr("The row has more than %1 columns; it was not read.").arg(m_maxColumns);
    case Problem::OpenQuote:
        return tr("A quoted value that starts in this row is never closed (a \" is missing), so the rest of the "
                  "file was read as part of this row.");
    }
    return {};
}

} // namespace cl
