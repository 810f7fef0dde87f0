#include "TextEncoding.h"

#include "common/Error.h"

#include <cstring>

namespace cl {

namespace {

constexpr char Utf8Bom[] = "\xEF\xBB\xBF";
constexpr char Utf16LEBom[] = "\xFF\xFE";
constexpr char Utf16BEBom[] = "\xFE\xFF";

bool startsWith(QByteArrayView data, const char *prefix, qsizetype n)
{
    return data.size() >= n && std::memcmp(data.data(), prefix, size_t(n)) == 0;
}

// Text without a BOM that has NUL bytes in most odd (or even) positions is UTF-16: Excel's
// "Unicode text" always writes a BOM, but some database tools do not.
bool looksLikeUtf16(QByteArrayView head, bool *littleEndian)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return false;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += head[i] == 0;
        oddNul += head[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddNul * 10 >= pairs * 3 && evenNul * 20 <= pairs) {
        *littleEndian = true;
        return true;
    }
    if (evenNul * 10 >= pairs * 3 && oddNul * 20 <= pairs) {
        *littleEndian = false;
        return true;
    }
    return false;
}

// Counts well-formed multibyte UTF-8 characters and malformed bytes (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF). A sequence cut by the end of an incomplete head
// does not count.
struct Utf8Census
{
    qsizetype multibyte = 0;
    qsizetype invalid = 0;
};

Utf8Census utf8Census(QByteArrayView data, bool complete)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF;  // range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            else if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        }
        if (length == 0) {
            ++census.invalid;
            ++i;
            continue;
        }
        int k = 1;
        for (; k < length && i + k < n; ++k) {
            const uchar c = p[i + k];
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
                break;
        }
        if (k == length) {
            ++census.multibyte;
            i += length;
        } else if (i + k == n && !complete) {
            break;  // cut by the end of the head, not by the file
        } else {
            ++census.invalid;  // one for the whole broken sequence, as a decoder shows one U+FFFD
            i += k;
        }
    }
    return census;
}

// UTF-8 when the head is valid UTF-8, and also when it is overwhelmingly so: rows pasted in
// from a GB18030 export must not turn a UTF-8 file into silent mojibake (decoded as GB18030,
// UTF-8 text gives no error). Those rows get a row problem instead. GB18030 text read as
// UTF-8 has about one well-formed sequence per ten malformed bytes.
bool isMostlyUtf8(QByteArrayView head, bool complete)
{
    const Utf8Census census = utf8Census(head, complete);
    return census.invalid == 0 || census.multibyte >= 2 * census.invalid;
}

QStringDecoder makeDecoder(TextEncoding::Id id, QStringDecoder::Flags flags)
{
    switch (id) {
    case TextEncoding::Id::Utf8: return QStringDecoder(QStringDecoder::Utf8, flags);
    case TextEncoding::Id::Utf16LE: return QStringDecoder(QStringDecoder::Utf16LE, flags);
    case TextEncoding::Id::Utf16BE: return QStringDecoder(QStringDecoder::Utf16BE, flags);
    case TextEncoding::Id::Gb18030: break;
    }
    return QStringDecoder("GB18030", flags);
}

} // namespace

QString TextEncoding::Detection::displayName() const
{
    if (id == Id::Utf8 && bomLength > 0)
        return QStringLiteral("UTF-8 (BOM)");
    return TextEncoding::name(id);
}

QString TextEncoding::name(Id id)
{
    switch (id) {
    case Id::Utf8: return QStringLiteral("UTF-8");
    case Id::Gb18030: return QStringLiteral("GB18030");
    case Id::Utf16LE: return QStringLiteral("UTF-16LE");
    case Id::Utf16BE: return QStringLiteral("UTF-16BE");
    }
    return {};
}

bool TextEncoding::parse(const QString &name, Id *id)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (n == QLatin1String("utf8"))
        *id = Id::Utf8;
    else if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312")
             || n == QLatin1String("cp936") || n == QLatin1String("936"))
        *id = Id::Gb18030;
    else if (n == QLatin1String("utf16le") || n == QLatin1String("utf16") || n == QLatin1String("unicode"))
        *id = Id::Utf16LE;
    else if (n == QLatin1String("utf16be"))
        *id = Id::Utf16BE;
    else
        return false;
    return true;
}

TextEncoding::Detection TextEncoding::detect(QByteArrayView head, bool complete)
{
    Detection d;
    if (startsWith(head, Utf8Bom, 3)) {
        d.id = Id::Utf8;
        d.bomLength = 3;
    } else if (startsWith(head, Utf16LEBom, 2)) {
        d.id = Id::Utf16LE;
        d.bomLength = 2;
    } else if (startsWith(head, Utf16BEBom, 2)) {
        d.id = Id::Utf16BE;
        d.bomLength = 2;
    } else if (bool le = true; looksLikeUtf16(head, &le)) {
        d.id = le ? Id::Utf16LE : Id::Utf16BE;
    } else if (isMostlyUtf8(head, complete)) {
        d.id = Id::Utf8;
    } else {
        d.id = Id::Gb18030;
    }
    return d;
}

TextEncoding::Detection TextEncoding::resolve(const QString &requested, QByteArrayView head, bool complete)
{
    const QString r = requested.trimmed().toLower();
    if (r.isEmpty() || r == QLatin1String("auto"))
        return detect(head, complete);
    Detection d;
    if (!parse(requested, &d.id))
        throw Error(ErrorKind::Usage,
                    tr("Unknown text encoding “%1”: use auto, UTF-8, GB18030 or UTF-16.").arg(requested));
    QString plain = r;
    plain.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (plain == QLatin1String("utf16") || plain == QLatin1String("unicode")) {
        // Plain "UTF-16": the BOM (or the NUL pattern) tells the byte order.
        const Detection guess = detect(head, complete);
        d.id = guess.id == Id::Utf16BE ? Id::Utf16BE : Id::Utf16LE;
    }
    const QByteArray mark = bom(d.id);
    if (!mark.isEmpty() && head.startsWith(mark))
        d.bomLength = mark.size();
    return d;
}

bool TextEncoding::isAvailable(Id id)
{
    if (id != Id::Gb18030)
        return true;
    static const bool available = QStringDecoder("GB18030").isValid() && QStringEncoder("GB18030").isValid();
    return available;
}

QStringDecoder TextEncoding::decoder(Id id, QStringDecoder::Flags flags)
{
    QStringDecoder d = makeDecoder(id, flags);
    if (!d.isValid())
        throw Error(ErrorKind::Refused,
                    tr("This build of CreditLoop cannot read GB18030 (Chinese legacy) text. Save the file as "
                       "UTF-8 (in Excel: “CSV UTF-8”) and import it again."));
    return d;
}

QString TextEncoding::decode(QByteArrayView bytes, Id id, bool *hadInvalidBytes)
{
    QStringDecoder dec = decoder(id, QStringDecoder::Flag::Stateless);
    QString text;
    if (id == Id::Gb18030) {
        // Qt's ICU path drops an incomplete sequence at the end of the input without a trace
        // (and the bytes after its lead with it). A line feed, never part of a GB18030
        // character, forces the converter to report it; then it is taken off again.
        QByteArray terminated = bytes.toByteArray();
        terminated += '\n';
        text = dec.decode(terminated);
        text.chop(1);
    } else {
        text = dec.decode(bytes);
    }
    if (hadInvalidBytes)
        *hadInvalidBytes = dec.hasError();
    return text;
}

QString TextEncoding::decode(QByteArrayView bytes, const QString &encoding, bool *hadInvalidBytes)
{
    const Detection d = resolve(encoding, bytes, true);
    return decode(bytes.sliced(d.bomLength), d.id, hadInvalidBytes);
}

QByteArray TextEncoding::bom(Id id)
{
    switch (id) {
    case Id::Utf8: return QByteArray(Utf8Bom, 3);
    case Id::Utf16LE: return QByteArray(Utf16LEBom, 2);
    case Id::Utf16BE: return QByteArray(Utf16BEBom, 2);
    case Id::Gb18030: break;
    }
    return {};
}

QByteArray TextEncoding::encode(QStringView text, const QString &encoding, bool withBom, bool *lossless)
{
    Id id = Id::Utf8;
    if (!parse(encoding, &id))
        throw Error(ErrorKind::Usage,
                    tr("Unknown text encoding “%1”: use UTF-8, GB18030 or UTF-16.").arg(encoding));
    QStringEncoder enc;
    switch (id) {
    case Id::Utf8: enc = QStringEncoder(QStringEncoder::Utf8); break;
    case Id::Utf16LE: enc = QStringEncoder(QStringEncoder::Utf16LE); break;
    case Id::Utf16BE: enc = QStringEncoder(QStringEncoder::Utf16BE); break;
    case Id::Gb18030:
        enc = QStringEncoder("GB18030");
        if (!enc.isValid())
            throw Error(ErrorKind::Refused,
                        tr("This build of CreditLoop cannot write GB18030 text: choose UTF-8 instead."));
        break;
    }
    QByteArray out = withBom ? bom(id) : QByteArray();
    out += enc.encode(text);
    if (lossless)
        *lossless = !enc.hasError();
    return out;
}

} // namespace cl
