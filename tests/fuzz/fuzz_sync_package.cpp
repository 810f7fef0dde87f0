// libFuzzer target for the sync package reader (DESIGN.md §4; STYLE.md #13). The first byte
// chooses what the rest is: a whole package through every check of PackageReader (with a fixed
// trusted key, so everything before the signature is reached), or one data file through the
// strict CSV parser and every codec's header and record checks (the stages after the signature,
// which fuzzed bytes could never reach with a valid signature). Besides crashes and sanitizer
// reports it checks the reader's promises: a refusal is a SyncCheckError or a plain Error, and
// an accepted table has the header's width in every row.
#include "common/Error.h"
#include "sync/CodecRegistry.h"
#include "sync/PackageReader.h"
#include "sync/RecordCodec.h"
#include "sync/SyncCsv.h"

#include <QSqlDatabase>
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
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    try {
        if ((selector & 1) == 0) {
            PackageReadOptions options;
            options.maxExpandedBytes = 64 << 20;  // keeps inputs cheap; the limit itself is under test
            options.office = QStringLiteral("LK-B");
            static const QByteArray key(32, '\x5a');
            const ReadPackage p = PackageReader::readBytes(QSqlDatabase(), bytes, QStringLiteral("fuzz.clsync"), options, key);
            FUZZ_CHECK(!p.manifest.sender.isEmpty());  // unreachable without a valid signature; a pass would be a finding
        } else {
            const std::vector<const RecordCodec *> &codecs = CodecRegistry::all();
            const RecordCodec *codec = codecs[size_t(selector >> 1) % codecs.size()];
            const SyncCsv::Table table = SyncCsv::parse(bytes, codec->fileName());
            FUZZ_CHECK(!table.header.isEmpty());
            for (const QStringList &row : table.rows)
                FUZZ_CHECK(row.size() == table.header.size());
            if (table.header == codec->header())
                for (const QStringList &row : table.rows)
                    (void)codec->validate(row);
        }
    } catch (const Error &) {
        // Refusals (SyncCheckError included) are the expected outcome of most inputs.
    }
    return 0;
}
