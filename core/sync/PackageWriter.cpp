#include "PackageWriter.h"

#include "PackageReader.h"
#include "RecordCodec.h"
#include "SyncCsv.h"
#include "ZipWriter.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cl {

void PackageWriter::syncPath(const QString &path, bool directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
    Q_UNUSED(directory);
#endif
}

PackageWriter::Written PackageWriter::writePart(const QString &dir, SyncManifest manifest, const std::vector<Data> &data, const Signer &sign)
{
    if (!QDir().mkpath(dir))
        throw Error(ErrorKind::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
    Written w;
    w.fileName = SyncManifest::packageFileName(manifest.sender, manifest.seq);
    w.path = QDir(dir).filePath(w.fileName);
    w.partPath = w.path + QStringLiteral(".part");
    if (QFile::exists(w.path))
        throw Error(ErrorKind::Refused, tr("The package %1 already exists; a package is never overwritten.").arg(QDir::toNativeSeparators(w.path)));

    QList<ZipWriter::Entry> entries;
    manifest.files.clear();
    for (const Data &d : data) {
        if (!d.rows || d.rows->empty())
            continue;
        QByteArray bytes = SyncCsv::write(d.codec->header(), *d.rows);
        manifest.files << SyncManifest::File{d.codec->fileName(), d.codec->kind(), qint64(d.rows->size()), PackageReader::sha256Hex(bytes)};
        w.records += qint64(d.rows->size());
        entries << ZipWriter::Entry{d.codec->fileName(), std::move(bytes)};
    }
    const QByteArray manifestBytes = manifest.toJson();
    entries.prepend(ZipWriter::Entry{QStringLiteral("manifest.sig"), sign(manifestBytes)});
    entries.prepend(ZipWriter::Entry{QStringLiteral("manifest.json"), manifestBytes});
    ZipWriter::write(w.partPath, entries);
    syncPath(w.partPath, false);
    QFile part(w.partPath);
    if (!part.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io, tr("The package %1 could not be read back.").arg(QDir::toNativeSeparators(w.partPath)));
    w.sha256 = PackageReader::sha256Hex(part.readAll());
    return w;
}

void PackageWriter::publish(const Written &written)
{
    if (!QFile::rename(written.partPath, written.path))
        throw Error(ErrorKind::Io, tr("The package %1 could not be renamed to %2.")
                                       .arg(QDir::toNativeSeparators(written.partPath), QDir::toNativeSeparators(written.path)));
    syncPath(QFileInfo(written.path).absolutePath(), true);
}

} // namespace cl
