// libFuzzer target for the CSV reader and the content-sniffing factory (STYLE.md #13).
// The first byte also chooses the encoding, chunk size and limits, so one corpus explores
// them all. Besides crashes and sanitizer reports, it checks the reader's promises: CSV rows
// in file order, limits respected, progress within the file.
#include "common/Error.h"
#include "supervision/CsvTableReader.h"
#include "supervision/TableReader.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            std::abort(); \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cl;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const uint8_t selector = size > 0 ? data[0] : 0;
    static const char *const encodings[] = {"auto", "utf-8", "gb18030", "utf-16le", "utf-16be", "utf-16"};
    static const qsizetype chunks[] = {1, 3, 64, CsvTableReader::DefaultChunkSize};

    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    TableReadOptions options;
    options.encoding = QString::fromLatin1(encodings[selector % 6]);
    const bool viaFactory = selector & 0x40;
    const bool smallLimits = !viaFactory && (selector & 0x80);
    const qsizetype maxField = smallLimits ? 16 : CsvTableReader::DefaultMaxFieldChars;
    const qsizetype maxColumns = smallLimits ? 8 : CsvTableReader::DefaultMaxColumns;
    try {
        std::unique_ptr<TableReader> reader;
        if (viaFactory) {
            // Through the factory: sniffing, refusals, and XLSX for ZIP-looking input.
            reader = TableReader::open(std::move(buffer), options, QStringLiteral("fuzz"));
        } else {
            auto csv = std::make_unique<CsvTableReader>(std::move(buffer), options);
            csv->setChunkSize(chunks[(selector / 6) % 4]);
            if (smallLimits)
                csv->setLimits(maxField, 64, maxColumns);
            reader = std::move(csv);
        }
        QStringList cells;
        qint64 lastRow = 0;
        while (reader->readRow(cells)) {
            FUZZ_CHECK(reader->rowNumber() >= 1);
            if (reader->formatName() == QLatin1String("CSV")) {
                // Lines only go forward (an XLSX file may list its rows in any order).
                FUZZ_CHECK(reader->rowNumber() > lastRow);
                lastRow = reader->rowNumber();
                FUZZ_CHECK(!cells.isEmpty() && cells.size() <= maxColumns);
                for (const QString &c : std::as_const(cells))
                    FUZZ_CHECK(c.size() <= maxField);
            }
            FUZZ_CHECK(reader->bytesRead() <= reader->totalBytes() || reader->totalBytes() < 0);
            (void)reader->rowProblem();
            (void)reader->cellType(0);
        }
        FUZZ_CHECK(cells.isEmpty());
    } catch (const Error &) {
        // Refusals and damaged input are expected outcomes.
    }
    return 0;
}
