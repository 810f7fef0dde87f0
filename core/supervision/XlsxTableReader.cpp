#include "XlsxTableReader.h"

#include "XlsxWorkbook.h"
#include "XlsxXmlStream.h"
#include "ZipArchive.h"
#include "common/Error.h"

#include <QIODevice>
#include <cmath>

namespace cl {

namespace {

enum class Stored : quint8 { Number, Shared, Inline, Formula, Boolean, Error, IsoDate };

Stored storedType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return Stored::Number;
    if (t == u"s")
        return Stored::Shared;
    if (t == u"inlineStr")
        return Stored::Inline;
    if (t == u"str")
        return Stored::Formula;
    if (t == u"b")
        return Stored::Boolean;
    if (t == u"e")
        return Stored::Error;
    if (t == u"d")
        return Stored::IsoDate;
    return Stored::Inline;  // unknown: keep the text
}

// "C7" → 2. Returns -1 when the reference has no column letters, MaxColumns or more when it is
// beyond column XFD.
qsizetype columnOf(QStringView ref)
{
    qsizetype column = 0;
    qsizetype letters = 0;
    for (const QChar c : ref) {
        const char16_t u = c.unicode();
        const char16_t upper = (u >= u'a' && u <= u'z') ? char16_t(u - 32) : u;
        if (upper < u'A' || upper > u'Z')
            break;
        if (++letters > 3)
            return XlsxTableReader::MaxColumns;
        column = column * 26 + (upper - u'A' + 1);
    }
    return letters == 0 ? -1 : column - 1;
}

QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return name;
}

// Strict OOXML's ISO dates: "2025-12-01T00:00:00" at midnight is the date the user typed.
void trimMidnight(QString &value)
{
    if (value.size() < 19 || QStringView(value).sliced(10, 9) != u"T00:00:00")
        return;
    const QStringView rest = QStringView(value).sliced(19);
    if (std::all_of(rest.begin(), rest.end(), [](QChar c) { return c == u'0' || c == u'.' || c == u'Z'; }))
        value.truncate(10);
}

void setCell(QString &cell, const QString &value)
{
    if (cell.isDetached()) {
        cell.truncate(0);
        cell.append(value);
    } else {
        cell = value;
    }
}

} // namespace

XlsxTableReader::XlsxTableReader(std::unique_ptr<QIODevice> device, const TableReadOptions &options,
                                 const QString &displayName)
    : m_device(std::move(device)), m_displayName(displayName)
{
    m_zip = std::make_unique<ZipArchive>(m_device.get(), m_displayName);
    const XlsxWorkbook workbook(*m_zip, m_displayName);
    const QList<XlsxWorkbook::Sheet> &sheets = workbook.sheets();
    if (sheets.isEmpty())
        throw Error(ErrorKind::Invalid,
                    tr("“%1” contains no worksheet, so there is no table to import.").arg(m_displayName));
    for (const XlsxWorkbook::Sheet &s : sheets)
        m_sheetNames << s.name;

    const XlsxWorkbook::Sheet *chosen = nullptr;
    const QString wanted = options.sheet.trimmed();
    if (!wanted.isEmpty()) {
        for (const XlsxWorkbook::Sheet &s : sheets)
            if (s.name == options.sheet || (!chosen && s.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0))
                chosen = &s;
        if (!chosen)
            throw Error(ErrorKind::NotFound,
                        tr("“%1” has no sheet named “%2”. Its sheets are: %3.")
                            .arg(m_displayName, options.sheet, m_sheetNames.join(QStringLiteral(", "))));
    } else {
        // The first tab the user sees; hidden sheets often hold lookup lists.
        for (const XlsxWorkbook::Sheet &s : sheets)
            if (!chosen && s.visible)
                chosen = &s;
        if (!chosen)
            chosen = &sheets.first();
    }
    m_sheetName = chosen->name;
    m_date1904 = workbook.date1904();
    m_sharedStrings = workbook.readSharedStrings();
    m_dateStyles = workbook.readDateStyles();
    const qint64 index = m_zip->find(chosen->part);
    if (index < 0)
        throw Error(ErrorKind::Invalid,
                    tr("“%1” is damaged: the sheet “%2” has no data part (%3). Open the file in Excel, save it again "
                       "as .xlsx and import the new file.")
                        .arg(m_displayName, m_sheetName, chosen->part));
    m_xml = std::make_unique<XlsxXmlStream>(*m_zip, index, chosen->part, m_displayName);
}

XlsxTableReader::~XlsxTableReader()
{
    // The streams read through the archive, which reads through the device: close in order.
    m_xml.reset();
    m_zip.reset();
}

std::optional<QDate> XlsxTableReader::serialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0)
        return std::nullopt;
    // Times are fractions of a day; a value a hair below midnight from floating-point
    // arithmetic (45991.99999999) is the next day.
    double day = std::floor(serial);
    if (serial - day > 1.0 - 1e-9)
        day += 1;
    if (date1904) {
        if (day > 2957003)
            return std::nullopt;
        return QDate(1904, 1, 1).addDays(qint64(day));
    }
    if (day < 1 || day > 2958465 || day == 60)
        return std::nullopt;
    if (day < 60)
        return QDate(1899, 12, 31).addDays(qint64(day));
    return QDate(1899, 12, 30).addDays(qint64(day));
}

QString XlsxTableReader::formatName() const
{
    return QStringLiteral("XLSX");
}

QString XlsxTableReader::encodingName() const
{
    return QStringLiteral("XLSX (UTF-8)");
}

QStringList XlsxTableReader::sheetNames() const
{
    return m_sheetNames;
}

CellType XlsxTableReader::cellType(qsizetype column) const
{
    return column >= 0 && column < m_types.size() ? m_types[column] : CellType::Empty;
}

qint64 XlsxTableReader::bytesRead() const
{
    return m_xml->bytesRead();
}

qint64 XlsxTableReader::totalBytes() const
{
    return m_xml->totalBytes();
}

void XlsxTableReader::setProblem(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

bool XlsxTableReader::readRow(QStringList &cells)
{
    m_problem.clear();
    while (!m_done) {
        const QXmlStreamReader::TokenType t = m_xml->next();
        if (t == QXmlStreamReader::EndDocument
            || (t == QXmlStreamReader::EndElement && m_xml->xml().name() == u"sheetData")) {
            m_done = true;  // what follows the cells (merges, page setup) is of no interest
            break;
        }
        if (t != QXmlStreamReader::StartElement || m_xml->xml().name() != u"row")
            continue;

        bool ok = false;
        const qint64 r = m_xml->xml().attributes().value(QLatin1String("r")).toLongLong(&ok);
        m_rowNumber = ok && r > 0 ? r : m_rowNumber + 1;
        m_cellCount = 0;
        m_nextColumn = 0;
        m_problem.clear();
        for (bool inRow = true; inRow;) {
            switch (m_xml->next()) {
            case QXmlStreamReader::StartElement:
                if (m_xml->xml().name() == u"c")
                    readCell(cells);
                else
                    m_xml->skipElement();
                break;
            case QXmlStreamReader::EndElement:
            case QXmlStreamReader::EndDocument:
                inRow = false;
                break;
            default:
                break;
            }
        }
        cells.resize(m_cellCount);
        m_types.resize(m_cellCount);
        if (m_problem.isEmpty()
            && std::all_of(m_types.cbegin(), m_types.cend(), [](CellType c) { return c == CellType::Empty; }))
            continue;  // formatted but empty, or no cells at all
        if (m_rowsReturned++ == 0) {
            for (qsizetype i = 0; i < cells.size(); ++i) {
                cells[i] = cleanHeaderCell(cells[i]);
                if (cells[i].isEmpty())
                    m_types[i] = CellType::Empty;
            }
        }
        return true;
    }
    cells.clear();
    m_types.clear();
    return false;
}

void XlsxTableReader::readCell(QStringList &cells)
{
    const QXmlStreamAttributes attributes = m_xml->xml().attributes();
    const QStringView ref = attributes.value(QLatin1String("r"));
    qsizetype column = columnOf(ref);
    if (column < 0)
        column = m_nextColumn;  // r is optional: the cell follows the previous one
    const Stored stored = storedType(attributes.value(QLatin1String("t")));
    const qsizetype style = attributes.value(QLatin1String("s")).toLongLong();
    const bool dateStyle = style >= 0 && style < m_dateStyles.size() && m_dateStyles[style];

    m_value.truncate(0);
    bool complete = true;
    for (bool inCell = true; inCell;) {
        switch (m_xml->next()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml->xml().name();
            if (name == u"v")
                complete = m_xml->appendText(m_value, false, MaxCellChars) && complete;
            else if (name == u"is")
                complete = m_xml->appendText(m_value, true, MaxCellChars) && complete;
            else
                m_xml->skipElement();  // the formula <f>, extensions
            break;
        }
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::EndDocument:
            inCell = false;
            break;
        default:
            break;
        }
    }
    m_nextColumn = column + 1;
    if (column >= MaxColumns) {
        setProblem(tr("The row has a cell beyond the last Excel column (XFD); it was left out."));
        return;
    }
    if (!complete) {
        setProblem(tr("Field too long: cell %1%2 holds more than %3 characters; the row was not read.")
                       .arg(columnName(column))
                       .arg(m_rowNumber)
                       .arg(MaxCellChars));
        storeCell(cells, column, CellType::Empty, QString());
        return;
    }

    switch (stored) {
    case Stored::Shared: {
        bool ok = false;
        const qsizetype index = QStringView(m_value).trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            setProblem(tr("Cell %1%2 refers to a text the workbook does not contain (the file is damaged).")
                           .arg(columnName(column))
                           .arg(m_rowNumber));
            storeCell(cells, column, CellType::Empty, QString());
            return;
        }
        // Shared, not copied: the table already holds the string.
        const QString &text = m_sharedStrings[index];
        storeCell(cells, column, text.isEmpty() ? CellType::Empty : CellType::Text, QString());
        cells[column] = text;
        return;
    }
    case Stored::Inline:
    case Stored::Formula:
        if (m_value.contains(QLatin1String("_x")))
            m_value = XlsxWorkbook::decodeEscapes(m_value);
        storeCell(cells, column, m_value.isEmpty() ? CellType::Empty : CellType::Text, m_value);
        return;
    case Stored::Boolean:
        storeCell(cells, column, m_value.isEmpty() ? CellType::Empty : CellType::Boolean,
                  m_value.isEmpty() ? QString()
                  : m_value.trimmed() == QLatin1String("0") ? QStringLiteral("FALSE")
                                                            : QStringLiteral("TRUE"));
        return;
    case Stored::Error:
        storeCell(cells, column, m_value.isEmpty() ? CellType::Empty : CellType::Error, m_value);
        return;
    case Stored::IsoDate:
        trimMidnight(m_value);
        storeCell(cells, column, m_value.isEmpty() ? CellType::Empty : CellType::Text, m_value);
        return;
    case Stored::Number:
        storeCell(cells, column,
                  m_value.isEmpty() ? CellType::Empty : dateStyle ? CellType::Date : CellType::Number, m_value);
        return;
    }
}

// Puts a value at its column, filling skipped columns with empty cells; strings left in the
// list by the last row are reused.
void XlsxTableReader::storeCell(QStringList &cells, qsizetype column, CellType type, const QString &value)
{
    while (m_cellCount <= column) {
        if (m_cellCount < cells.size()) {
            QString &c = cells[m_cellCount];
            if (c.isDetached())
                c.truncate(0);
            else
                c = QString();
        } else {
            cells.append(QString());
        }
        if (m_cellCount < m_types.size())
            m_types[m_cellCount] = CellType::Empty;
        else
            m_types.append(CellType::Empty);
        ++m_cellCount;
    }
    setCell(cells[column], value);
    m_types[column] = type;
}

} // namespace cl
