#include "TableReader.h"

#include "CsvTableReader.h"
#include "TextEncoding.h"
#include "XlsxTableReader.h"
#include "common/Error.h"

#include <QFile>
#include <QFileInfo>

namespace cl {

namespace {

bool hasPrefix(const QByteArray &data, QByteArrayView prefix)
{
    return data.startsWith(prefix);
}

bool isZip(const QByteArray &head)
{
    // Local file header, or the end record of an empty archive.
    return hasPrefix(head, QByteArrayView("PK\x03\x04", 4)) || hasPrefix(head, QByteArrayView("PK\x05\x06", 4));
}

bool isOle(const QByteArray &head)
{
    return hasPrefix(head, QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

// A password-protected .xlsx is an OLE container with an "EncryptedPackage" stream; its
// directory entry names are UTF-16LE.
bool isEncryptedOoxml(const QByteArray &head)
{
    static const QByteArray name = TextEncoding::encode(u"EncryptedPackage", QStringLiteral("utf-16le"));
    return head.contains(name);
}

enum class Markup { None, WebPage, SpreadsheetXml };

// Excel's "Web page" and "XML Spreadsheet 2003" exports are often named .xls; some
// government systems also serve an HTML table as "export.xls". CSV never starts with '<'.
Markup markupKind(const QByteArray &head, const TextEncoding::Detection &d)
{
    QByteArrayView start = QByteArrayView(head).sliced(d.bomLength);
    start = start.first(std::min<qsizetype>(start.size(), 64 * 1024));
    QString text;
    if (TextEncoding::isAvailable(d.id))
        text = TextEncoding::decoder(d.id).decode(start);
    const QStringView trimmed = QStringView(text).trimmed();
    if (!trimmed.startsWith(QLatin1Char('<')))
        return Markup::None;
    if (trimmed.contains(QLatin1String("urn:schemas-microsoft-com:office:spreadsheet"))
        || trimmed.contains(QLatin1String("<Workbook"), Qt::CaseInsensitive))
        return Markup::SpreadsheetXml;
    return Markup::WebPage;
}

} // namespace

TableReader::~TableReader() = default;

QStringList TableReader::sheetNames() const
{
    return {};
}

CellType TableReader::cellType(qsizetype) const
{
    return CellType::Text;
}

bool TableReader::uses1904Dates() const
{
    return false;
}

QString TableReader::cleanHeaderCell(QStringView cell)
{
    auto isJunk = [](QChar c) {
        return c.isSpace() || c == QChar(0xFEFF) || c == QChar(0x200B) || c == QChar(0x200C)
            || c == QChar(0x200D) || c == QChar(0x2060) || c == QChar(QChar::ReplacementCharacter);
    };
    qsizetype from = 0;
    qsizetype to = cell.size();
    while (from < to && isJunk(cell[from]))
        ++from;
    while (to > from && isJunk(cell[to - 1]))
        --to;
    return cell.sliced(from, to - from).toString();
}

std::unique_ptr<TableReader> TableReader::open(const QString &path, const TableReadOptions &options)
{
    auto file = std::make_unique<QFile>(path);
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        throw Error(ErrorKind::Io, tr("The file “%1” does not exist or is not a file.").arg(path));
    // Unbuffered: the readers fetch large chunks themselves; Qt's buffer would copy them twice.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        throw Error(ErrorKind::Io, tr("The file “%1” cannot be opened: %2").arg(path, file->errorString()));
    return open(std::move(file), options, name);
}

std::unique_ptr<TableReader> TableReader::open(std::unique_ptr<QIODevice> device, const TableReadOptions &options,
                                               const QString &displayName)
{
    if (!device || !device->isReadable())
        throw Error(ErrorKind::Usage, tr("“%1” is not open for reading.").arg(displayName));

    // No 4 MB buffer for a 2 KB file when the size is known.
    const qint64 left = device->isSequential() ? TextEncoding::DetectionHeadSize : device->size() - device->pos();
    QByteArray head(std::clamp<qint64>(left, 0, TextEncoding::DetectionHeadSize), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < head.size()) {
        const qint64 n = device->read(head.data() + got, head.size() - got);
        if (n < 0)
            throw Error(ErrorKind::Io, tr("“%1” could not be read: %2").arg(displayName, device->errorString()));
        if (n == 0)
            break;
        got += n;
    }
    const bool complete = got < TextEncoding::DetectionHeadSize;
    head.truncate(got);

    if (head.isEmpty())
        throw Error(ErrorKind::Invalid, tr("“%1” is empty: there is nothing to import.").arg(displayName));

    if (isZip(head)) {
        if (device->isSequential() || !device->seek(0))
            throw Error(ErrorKind::Usage, tr("“%1” is an Excel workbook but was not opened for random access.")
                                              .arg(displayName));
        return std::make_unique<XlsxTableReader>(std::move(device), options, displayName);
    }
    if (isOle(head)) {
        if (isEncryptedOoxml(head))
            throw Error(ErrorKind::Refused,
                        tr("“%1” is a password-protected Excel workbook. Open it in Excel, remove the password "
                           "(File › Info › Protect Workbook), save it as .xlsx and import it again.")
                            .arg(displayName));
        throw Error(ErrorKind::Refused,
                    tr("“%1” is an old Excel 97–2003 (.xls) workbook, which cannot be read. Open it in Excel or "
                       "WPS and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.")
                        .arg(displayName));
    }
    const TextEncoding::Detection guess = TextEncoding::detect(head, complete);
    switch (markupKind(head, guess)) {
    case Markup::WebPage:
        throw Error(ErrorKind::Refused,
                    tr("“%1” is a web page saved as .xls, not a real Excel file. Open it in Excel and save it "
                       "as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.")
                        .arg(displayName));
    case Markup::SpreadsheetXml:
        throw Error(ErrorKind::Refused,
                    tr("“%1” is an “XML Spreadsheet 2003” file. Open it in Excel and save it as “Excel Workbook "
                       "(.xlsx)” or “CSV UTF-8”, then import that file.")
                        .arg(displayName));
    case Markup::None:
        break;
    }
    // Text in UTF-8 or GB18030 never holds NUL bytes; UTF-16 is recognised by them first.
    const bool utf16 = guess.id == TextEncoding::Id::Utf16LE || guess.id == TextEncoding::Id::Utf16BE;
    if (!utf16 && head.contains('\0'))
        throw Error(ErrorKind::Refused,
                    tr("“%1” is not a table: it holds binary data, not CSV text. Choose a CSV file (UTF-8 or "
                       "GB18030) or an Excel workbook (.xlsx).")
                        .arg(displayName));
    return std::make_unique<CsvTableReader>(std::move(device), options, std::move(head));
}

} // namespace cl
