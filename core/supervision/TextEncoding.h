#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

namespace cl {

// The one place where CreditLoop decides how bytes become text and text becomes bytes
// (STYLE.md #5). Imports detect: byte-order mark → UTF-16 by its NUL pattern → valid UTF-8 →
// GB18030, and the user may override the guess; exports write UTF-8 (with a BOM for Excel) or
// GB18030. Chinese legacy text is always GB18030, never GBK: GB18030 is a superset of GBK and
// GBK decoders silently turn some bytes into private-use characters (TOOLCHAIN.md).
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)

public:
    enum class Id { Utf8, Gb18030, Utf16LE, Utf16BE };

    struct Detection
    {
        Id id = Id::Utf8;
        qsizetype bomLength = 0;  // bytes of byte-order mark at the start of the file, to skip
        // For display and logs: "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", "UTF-16BE".
        QString displayName() const;
    };

    // How much of a file detect() wants to see: a GB18030 file whose first lines happen to be
    // ASCII is told apart from UTF-8 by its first Chinese character, usually early.
    static constexpr qsizetype DetectionHeadSize = 4 * 1024 * 1024;

    // Guesses the encoding of `head`, the first bytes of a file: a BOM; else UTF-16 when NUL
    // bytes fill every other position; else UTF-8 when the bytes are valid UTF-8, or nearly so
    // (at least two well-formed multibyte characters per malformed byte: a UTF-8 file with a
    // few rows pasted from a GB18030 export stays UTF-8 and those rows get row problems, where
    // GB18030 would silently garble every UTF-8 row); else GB18030. `complete` says head is the
    // whole file; otherwise a multibyte character cut at its end does not count against UTF-8.
    static Detection detect(QByteArrayView head, bool complete);

    // Like detect(), but `requested` may force an encoding: "auto" (or empty), "utf-8",
    // "gb18030" (also "gbk", "gb2312", "gb-18030": all decoded as GB18030), "utf-16" (BOM
    // decides, else little endian), "utf-16le", "utf-16be". A BOM is skipped only when it
    // belongs to the chosen encoding. Throws Error(Usage) for a name it does not know.
    static Detection resolve(const QString &requested, QByteArrayView head, bool complete);

    // The canonical name ("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE").
    static QString name(Id id);
    // Parses a user-facing name (case-insensitive, as for resolve()); false when unknown or "auto".
    static bool parse(const QString &name, Id *id);

    // True when this build can convert `id`. GB18030 needs Qt built with ICU (Debian's is);
    // checked at run time because the ICU feature macro is private to Qt.
    static bool isAvailable(Id id);

    // A streaming decoder (keeps a multibyte character cut between two chunks) unless flags
    // say Stateless. Invalid bytes become U+FFFD. Throws Error(Refused) when this build cannot
    // decode `id`. Caution: Qt 6.4's UTF-8 and GB18030 decoders drop the byte that follows an
    // invalid sequence cut between two calls; CsvTableReader splits its chunks after ASCII
    // delimiters to avoid that.
    static QStringDecoder decoder(Id id, QStringDecoder::Flags flags = QStringDecoder::Flag::Default);

    // Decodes a complete buffer known to be in `id` (no BOM handling). A character cut by the
    // end of the buffer becomes U+FFFD and counts as invalid.
    static QString decode(QByteArrayView bytes, Id id, bool *hadInvalidBytes = nullptr);
    // Decodes a whole buffer. encoding: as resolve() ("auto" detects and skips a BOM).
    // *hadInvalidBytes (optional) tells whether some bytes were replaced by U+FFFD.
    static QString decode(QByteArrayView bytes, const QString &encoding = QStringLiteral("auto"),
                          bool *hadInvalidBytes = nullptr);

    // Encodes text for an export: encoding is "utf-8", "gb18030" or "utf-16le"/"utf-16be"
    // ("gbk" means GB18030 here too). withBom writes a byte-order mark (UTF encodings only;
    // Excel needs it to open a UTF-8 CSV as UTF-8). *lossless (optional) is false when some
    // characters could not be represented. Throws Error(Usage) for an unknown name.
    static QByteArray encode(QStringView text, const QString &encoding, bool withBom = false,
                             bool *lossless = nullptr);

    // The byte-order mark of `id` (empty for GB18030).
    static QByteArray bom(Id id);
};

} // namespace cl
