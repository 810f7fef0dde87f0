// libFuzzer target for the XLSX reader (STYLE.md #13). Two modes, so mutations reach the XML
// parsing and not only the ZIP checks: input starting with a ZIP signature is read as a whole
// workbook; any other input is split at "\0\0" into a sheet, a shared-string table, a style
// sheet and a workbook part, which are packed into a valid stored ZIP first.
#include "common/Error.h"
#include "supervision/TableReader.h"
#include "supervision/XlsxTableReader.h"

#include <QBuffer>
#include <QDataStream>
#include <array>
#include <cstdint>
#include <cstdlib>

#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            std::abort(); \
    } while (false)

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ uchar(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// A ZIP with stored (uncompressed) entries.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray zip;
    QByteArray central;
    QDataStream out(&zip, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    QDataStream dir(&central, QIODevice::WriteOnly);
    dir.setByteOrder(QDataStream::LittleEndian);
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc = crc32(data);
        out << quint32(0x04034b50) << quint16(20) << quint16(0) << quint16(0) << quint16(0) << quint16(0x21)
            << crc << quint32(data.size()) << quint32(data.size()) << quint16(name.size()) << quint16(0);
        out.writeRawData(name.constData(), int(name.size()));
        out.writeRawData(data.constData(), int(data.size()));
        dir << quint32(0x02014b50) << quint16(20) << quint16(20) << quint16(0) << quint16(0) << quint16(0)
            << quint16(0x21) << crc << quint32(data.size()) << quint32(data.size()) << quint16(name.size())
            << quint16(0) << quint16(0) << quint16(0) << quint16(0) << quint32(0) << offset;
        dir.writeRawData(name.constData(), int(name.size()));
    }
    const quint32 dirOffset = quint32(zip.size());
    out.writeRawData(central.constData(), int(central.size()));
    out << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(entries.size()) << quint16(entries.size())
        << quint32(central.size()) << dirOffset << quint16(0);
    return zip;
}

QByteArray workbookFrom(const QByteArray &input)
{
    QList<QByteArray> parts;
    for (qsizetype from = 0;;) {
        const qsizetype at = input.indexOf(QByteArrayView("\0\0", 2), from);
        parts.append(input.mid(from, at < 0 ? -1 : at - from));
        if (at < 0)
            break;
        from = at + 2;
    }
    const QByteArray workbook = parts.value(3, QByteArrayLiteral(
        "<workbook xmlns:r=\"r\"><workbookPr date1904=\"0\"/><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
        "</sheets></workbook>"));
    const QByteArray rels = QByteArrayLiteral(
        "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"x/styles\" Target=\"styles.xml\"/></Relationships>");
    return storedZip({{"xl/workbook.xml", workbook},
                      {"xl/_rels/workbook.xml.rels", rels},
                      {"xl/worksheets/sheet1.xml", parts.value(0)},
                      {"xl/sharedStrings.xml", parts.value(1, QByteArrayLiteral("<sst/>"))},
                      {"xl/styles.xml", parts.value(2, QByteArrayLiteral("<styleSheet/>"))}});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cl;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(input.startsWith("PK") ? input : workbookFrom(input));
    buffer->open(QIODevice::ReadOnly);
    try {
        XlsxTableReader reader(std::move(buffer), {}, QStringLiteral("fuzz.xlsx"));
        FUZZ_CHECK(!reader.sheetNames().isEmpty());
        QStringList cells;
        qint64 rows = 0;
        while (reader.readRow(cells)) {
            FUZZ_CHECK(cells.size() <= XlsxTableReader::MaxColumns);
            FUZZ_CHECK(reader.rowNumber() >= 1);
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const CellType type = reader.cellType(i);
                FUZZ_CHECK((type == CellType::Empty) == cells[i].isEmpty());
                if (type == CellType::Number || type == CellType::Date)
                    (void)XlsxTableReader::serialToDate(cells[i].toDouble(), reader.uses1904Dates());
            }
            (void)reader.rowProblem();
            FUZZ_CHECK(reader.bytesRead() <= reader.totalBytes());
            ++rows;
        }
    } catch (const Error &) {
        // Refusals and damaged workbooks are expected outcomes.
    }
    return 0;
}
