#include "PackageReader.h"

#include "CodecRegistry.h"
#include "RecordCodec.h"
#include "SyncCsv.h"
#include "SyncKeys.h"
#include "supervision/ZipArchive.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <sodium.h>

namespace cl {

namespace {

const QString ManifestName = QStringLiteral("manifest.json");
const QString SignatureName = QStringLiteral("manifest.sig");

bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.size() > 128 || name == QLatin1String(".") || name.contains(QLatin1String("..")))
        return false;
    for (const QChar c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.unicode() < 0x20)
            return false;
    return true;
}

QByteArray readEntry(const ZipArchive &zip, qint64 index, const QString &fileName, const QString &entry)
{
    try {
        std::unique_ptr<ZipArchive::Stream> s = zip.open(index);
        QByteArray out;
        // The declared size is vetted, but only trusted as far as a modest reservation.
        out.reserve(qsizetype(std::clamp<qint64>(s->size(), 0, qint64(64) << 20)));
        char buffer[65536];
        for (qint64 n; (n = s->read(buffer, sizeof buffer)) > 0;)
            out.append(buffer, qsizetype(n));
        if (out.size() != s->size())
            throw SyncCheckError(SyncCheck::Archive, fileName,
                                 PackageReader::tr("its file %1 is shorter than the archive says (truncated or damaged)").arg(entry));
        return out;
    } catch (const SyncCheckError &) {
        throw;
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Refused)
            throw SyncCheckError(SyncCheck::Expansion, fileName,
                                 PackageReader::tr("its file %1 would inflate far beyond its compressed size (a zip bomb)").arg(entry),
                                 e.detail());
        throw SyncCheckError(SyncCheck::Archive, fileName,
                             PackageReader::tr("its file %1 cannot be read (truncated or damaged)").arg(entry), e.detail());
    }
}

} // namespace

QString PackageReader::sha256Hex(const QByteArray &bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

std::optional<QPair<QString, qint64>> PackageReader::peek(const QString &path)
{
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        ZipArchive zip(&file, path);
        const qint64 index = zip.entryNames().indexOf(ManifestName);
        if (index < 0 || zip.entrySize(index) > (1 << 20))
            return std::nullopt;
        const QJsonObject m = QJsonDocument::fromJson(readEntry(zip, index, path, ManifestName)).object();
        const QString sender = m.value(QLatin1String("sender")).toString();
        const double seq = m.value(QLatin1String("seq")).toDouble(-1);
        if (sender.isEmpty() || seq < 1 || seq > 9.0e15)
            return std::nullopt;
        return QPair<QString, qint64>(sender, qint64(seq));
    } catch (const Error &) {
        return std::nullopt;
    }
}

ReadPackage PackageReader::read(const QSqlDatabase &db, const QString &path, const PackageReadOptions &options)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io, tr("The package %1 cannot be opened: %2").arg(path, file.errorString()));
    if (file.size() > options.maxPackageBytes)
        throw SyncCheckError(SyncCheck::Expansion, fileName,
                             tr("the file is %1 MB, more than the %2 MB a package may have").arg(file.size() >> 20).arg(options.maxPackageBytes >> 20));
    ReadPackage p = readBytes(db, file.readAll(), fileName, options);
    p.path = path;
    return p;
}

ReadPackage PackageReader::readBytes(const QSqlDatabase &db, const QByteArray &bytes, const QString &fileName,
                                     const PackageReadOptions &options, const QByteArray &trustedKey)
{
    ReadPackage p;
    p.fileName = fileName;

    // 1 archive
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    std::unique_ptr<ZipArchive> zip;
    try {
        zip = std::make_unique<ZipArchive>(&buffer, fileName);
    } catch (const Error &e) {
        throw SyncCheckError(SyncCheck::Archive, fileName,
                             tr("it is not a complete ZIP archive (cut short in transfer, or not a package at all)"), e.detail());
    }
    const QStringList names = zip->entryNames();
    if (names.isEmpty())
        throw SyncCheckError(SyncCheck::Archive, fileName, tr("the archive is empty"));

    // 2 names
    if (names.size() > options.maxEntries)
        throw SyncCheckError(SyncCheck::Names, fileName, tr("it holds %1 files; a package has at most %2").arg(names.size()).arg(options.maxEntries));
    QSet<QString> seen;
    for (const QString &name : names) {
        if (!isPlainName(name))
            throw SyncCheckError(SyncCheck::Names, fileName,
                                 tr("it contains the file name \"%1\"; only plain names are allowed (no folders, \"..\" or absolute paths)").arg(name));
        if (seen.contains(name.toLower()))
            throw SyncCheckError(SyncCheck::Names, fileName, tr("the file name \"%1\" occurs twice").arg(name));
        seen.insert(name.toLower());
    }

    // 3 expansion
    qint64 expanded = 0;
    for (qint64 i = 0; i < names.size(); ++i) {
        const qint64 size = zip->entrySize(i);
        if (size < 0)
            throw SyncCheckError(SyncCheck::Archive, fileName, tr("the size of its file %1 cannot be read").arg(names[i]));
        expanded += size;
        if (expanded > options.maxExpandedBytes)
            throw SyncCheckError(SyncCheck::Expansion, fileName,
                                 tr("it would inflate to more than %1 MB (a zip bomb or a damaged file)").arg(options.maxExpandedBytes >> 20));
    }

    // 4 manifest
    const qint64 manifestIndex = names.indexOf(ManifestName);
    const qint64 signatureIndex = names.indexOf(SignatureName);
    if (manifestIndex < 0 || signatureIndex < 0)
        throw SyncCheckError(SyncCheck::Manifest, fileName, tr("manifest.json or manifest.sig is missing"));
    const QByteArray manifestBytes = readEntry(*zip, manifestIndex, fileName, ManifestName);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestBytes, &parseError);
    if (!doc.isObject())
        throw SyncCheckError(SyncCheck::Manifest, fileName, tr("manifest.json is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject m = doc.object();
    if (m.value(QLatin1String("format")).toString() != QLatin1String(SyncManifest::Format))
        throw SyncCheckError(SyncCheck::Manifest, fileName, tr("manifest.json is not a CreditLoop sync manifest (format \"%1\")")
                                                                .arg(m.value(QLatin1String("format")).toString()));

    // 5 version
    const QJsonValue version = m.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        throw SyncCheckError(SyncCheck::Version, fileName, tr("the format version is missing or not a whole number"));
    if (version.toDouble() > SyncManifest::FormatVersion)
        throw SyncCheckError(SyncCheck::Version, fileName,
                             tr("it was written in format version %1, this program reads up to version %2; install the newer program")
                                 .arg(qint64(version.toDouble())).arg(SyncManifest::FormatVersion));
    p.manifest.version = int(version.toDouble());

    // Fields (part of the manifest check).
    p.manifest.sender = m.value(QLatin1String("sender")).toString();
    p.manifest.receiver = m.value(QLatin1String("receiver")).toString();
    p.manifest.createdAt = m.value(QLatin1String("created_at")).toString();
    const QJsonValue seq = m.value(QLatin1String("seq"));
    if (!SyncKeys::isValidOffice(p.manifest.sender))
        throw SyncCheckError(SyncCheck::Manifest, fileName, tr("the sender \"%1\" is not a valid office code").arg(p.manifest.sender));
    if (p.manifest.receiver != QLatin1String("*") && !SyncKeys::isValidOffice(p.manifest.receiver))
        throw SyncCheckError(SyncCheck::Manifest, fileName, tr("the receiver \"%1\" is not a valid office code").arg(p.manifest.receiver));
    if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() > 9.0e15 || seq.toDouble() != std::floor(seq.toDouble()))
        throw SyncCheckError(SyncCheck::Manifest, fileName, tr("the sequence number is missing or not a positive whole number"));
    p.manifest.seq = qint64(seq.toDouble());
    if (!m.value(QLatin1String("files")).isArray())
        throw SyncCheckError(SyncCheck::Manifest, fileName, tr("the list of files is missing"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QString> kinds;
    for (const QJsonValue &v : m.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = v.toObject();
        SyncManifest::File file{f.value(QLatin1String("name")).toString(), f.value(QLatin1String("kind")).toString(),
                                qint64(f.value(QLatin1String("records")).toDouble(-1)), f.value(QLatin1String("sha256")).toString()};
        const RecordCodec *codec = CodecRegistry::byKind(file.kind);
        if (!codec)
            throw SyncCheckError(SyncCheck::Manifest, fileName, tr("the record kind \"%1\" is unknown to this program").arg(file.kind));
        if (codec->fileName() != file.name)
            throw SyncCheckError(SyncCheck::Manifest, fileName, tr("records of kind \"%1\" must be in %2, not \"%3\"")
                                                                    .arg(file.kind, codec->fileName(), file.name));
        if (kinds.contains(file.kind))
            throw SyncCheckError(SyncCheck::Manifest, fileName, tr("the record kind \"%1\" is listed twice").arg(file.kind));
        kinds.insert(file.kind);
        if (file.records < 0 || !hex.match(file.sha256).hasMatch())
            throw SyncCheckError(SyncCheck::Manifest, fileName, tr("the entry of %1 lacks a record count or a SHA-256").arg(file.name));
        p.manifest.files << file;
    }

    // 6 receiver
    if (!options.office.isEmpty() && p.manifest.receiver != QLatin1String("*") && p.manifest.receiver != options.office)
        throw SyncCheckError(SyncCheck::Receiver, fileName,
                             tr("it is addressed to office %1, not to this office (%2)").arg(p.manifest.receiver, options.office));

    // 7 sender key
    const QByteArray key = trustedKey.isEmpty() ? SyncKeys::trustedKey(db, p.manifest.sender) : trustedKey;
    if (key.isEmpty())
        throw SyncCheckError(SyncCheck::SenderKey, fileName,
                             tr("the sender %1 is not trusted here; register its public key first (keys trust %1 KEY)").arg(p.manifest.sender));

    // 8 signature
    const QByteArray signature = readEntry(*zip, signatureIndex, fileName, SignatureName);
    if (!SyncKeys::verify(key, manifestBytes, signature))
        throw SyncCheckError(SyncCheck::Signature, fileName,
                             tr("manifest.sig is not a valid signature of manifest.json by %1's trusted key (altered, or signed by "
                                "another key)").arg(p.manifest.sender));

    // 9 files
    for (const QString &name : names)
        if (name != ManifestName && name != SignatureName
            && std::none_of(p.manifest.files.cbegin(), p.manifest.files.cend(), [&](const SyncManifest::File &f) { return f.name == name; }))
            throw SyncCheckError(SyncCheck::Files, fileName, tr("it contains %1, which the manifest does not list").arg(name));
    std::vector<std::pair<const RecordCodec *, QByteArray>> contents;
    for (const SyncManifest::File &f : std::as_const(p.manifest.files)) {
        const qint64 index = names.indexOf(f.name);
        if (index < 0)
            throw SyncCheckError(SyncCheck::Files, fileName, tr("%1 is listed in the manifest but missing").arg(f.name));
        QByteArray bytes = readEntry(*zip, index, fileName, f.name);
        if (sha256Hex(bytes) != f.sha256)
            throw SyncCheckError(SyncCheck::Files, fileName, tr("the SHA-256 of %1 does not match the manifest (the file was altered)").arg(f.name));
        contents.emplace_back(CodecRegistry::byKind(f.kind), std::move(bytes));
    }

    const bool profile = qEnvironmentVariableIsSet("CREDITLOOP_PROFILE");
    QElapsedTimer timer;
    timer.start();
    // 10-12 header, record count, records
    for (size_t i = 0; i < contents.size(); ++i) {
        const RecordCodec *codec = contents[i].first;
        const SyncManifest::File &f = p.manifest.files[qsizetype(i)];
        SyncCsv::Table table;
        try {
            table = SyncCsv::parse(contents[i].second, f.name);
        } catch (const Error &e) {
            throw SyncCheckError(SyncCheck::Records, fileName, e.message());
        }
        contents[i].second = QByteArray();
        if (profile)
            qInfo("parse %s: %lld ms", qPrintable(f.name), static_cast<long long>(timer.elapsed()));
        if (table.header != codec->header())
            throw SyncCheckError(SyncCheck::Header, fileName, tr("the header of %1 is \"%2\"; expected \"%3\"")
                                                                  .arg(f.name, table.header.join(QLatin1Char(',')).left(300),
                                                                       codec->header().join(QLatin1Char(','))));
        if (qint64(table.rows.size()) != f.records)
            throw SyncCheckError(SyncCheck::RecordCount, fileName, tr("%1 holds %2 records, the manifest says %3")
                                                                       .arg(f.name).arg(table.rows.size()).arg(f.records));
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const QString problem = codec->validate(table.rows[r]);
            if (!problem.isEmpty())
                throw SyncCheckError(SyncCheck::Records, fileName, tr("%1, record %2: %3").arg(f.name).arg(r + 1).arg(problem));
        }
        if (profile)
            qInfo("validate %s: %lld ms", qPrintable(f.name), static_cast<long long>(timer.elapsed()));
        p.records += f.records;
        p.data.push_back({codec, std::move(table.rows)});
    }
    std::sort(p.data.begin(), p.data.end(),
              [](const ReadPackage::Data &a, const ReadPackage::Data &b) { return a.codec->applyOrder() < b.codec->applyOrder(); });
    p.sha256 = sha256Hex(bytes);
    return p;
}

} // namespace cl
