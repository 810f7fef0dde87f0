// The only sync translation unit that includes libzip.
#include "ZipWriter.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <zip.h>

namespace cl {

void ZipWriter::write(const QString &path, const QList<Entry> &entries)
{
    QFile::remove(path);
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    auto fail = [&](const QString &detail) {
        if (zip)
            zip_discard(zip);
        QFile::remove(path);
        throw Error(ErrorKind::Io, tr("The package %1 could not be written: %2").arg(QDir::toNativeSeparators(path), detail), detail);
    };
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        fail(detail);
    }
    for (const Entry &e : entries) {
        // The bytes live in `entries` until zip_close() has written them (freep = 0).
        zip_source_t *src = zip_source_buffer(zip, e.second.constData(), zip_uint64_t(e.second.size()), 0);
        if (!src)
            fail(QString::fromUtf8(zip_strerror(zip)));
        const zip_int64_t index = zip_file_add(zip, e.first.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(src);
            fail(QString::fromUtf8(zip_strerror(zip)));
        }
        // Level 1: the CSV of 100k records compresses about as well, several times faster.
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 1);
    }
    if (zip_close(zip) != 0)
        fail(QString::fromUtf8(zip_strerror(zip)));
}

} // namespace cl
