// The only translation unit that includes libzip (its zip.h clashes with minizip's).
#include "ZipArchive.h"

#include "common/Error.h"

#include <QIODevice>
#include <zip.h>

namespace cl {

namespace {

// libzip reads the archive through this callback source, so any seekable QIODevice works.
struct DeviceSource
{
    QIODevice *device = nullptr;
    zip_error_t error;
};

zip_int64_t deviceCallback(void *userdata, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *s = static_cast<DeviceSource *>(userdata);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        if (!s->device->seek(0)) {
            zip_error_set(&s->error, ZIP_ER_SEEK, 0);
            return -1;
        }
        return 0;
    case ZIP_SOURCE_READ: {
        const qint64 n = s->device->read(static_cast<char *>(data), qint64(std::min<zip_uint64_t>(len, 1u << 30)));
        if (n < 0) {
            zip_error_set(&s->error, ZIP_ER_READ, 0);
            return -1;
        }
        return n;
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:  // the DeviceSource belongs to ZipArchive::Private
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &s->error);
        if (!st)
            return -1;
        zip_stat_init(st);
        st->size = zip_uint64_t(s->device->size());
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&s->error, data, len);
    case ZIP_SOURCE_SEEK: {
        const zip_int64_t offset = zip_source_seek_compute_offset(zip_uint64_t(s->device->pos()),
                                                                  zip_uint64_t(s->device->size()), data, len,
                                                                  &s->error);
        if (offset < 0)
            return -1;
        if (!s->device->seek(offset)) {
            zip_error_set(&s->error, ZIP_ER_SEEK, 0);
            return -1;
        }
        return 0;
    }
    case ZIP_SOURCE_TELL:
        return s->device->pos();
    case ZIP_SOURCE_SUPPORTS:
        return ZIP_SOURCE_SUPPORTS_SEEKABLE;
    default:
        zip_error_set(&s->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

QString zipErrorText(const zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(const_cast<zip_error_t *>(error)));
}

} // namespace

struct ZipArchive::Private
{
    DeviceSource source;
    zip_t *zip = nullptr;
    QString displayName;

    [[noreturn]] void damaged(const QString &entry, const QString &detail) const
    {
        throw Error(ErrorKind::Invalid,
                    ZipArchive::tr("“%1” is damaged: its part “%2” cannot be read. Open the file in Excel, save it "
                                   "again as .xlsx and import the new file.")
                        .arg(displayName, entry),
                    detail);
    }
};

ZipArchive::ZipArchive(QIODevice *device, QString displayName)
    : d(std::make_unique<Private>())
{
    d->source.device = device;
    d->displayName = std::move(displayName);
    zip_error_init(&d->source.error);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *src = zip_source_function_create(deviceCallback, &d->source, &error);
    if (src)
        d->zip = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!d->zip) {
        if (src)
            zip_source_free(src);
        const int code = zip_error_code_zip(&error);
        const QString detail = zipErrorText(&error);
        zip_error_fini(&error);
        if (code == ZIP_ER_READ || code == ZIP_ER_SEEK || code == ZIP_ER_OPEN)
            throw Error(ErrorKind::Io, tr("“%1” could not be read: %2").arg(d->displayName, detail), detail);
        if (code == ZIP_ER_MULTIDISK)
            throw Error(ErrorKind::Invalid,
                        tr("“%1” is one part of a split ZIP archive, not an Excel workbook.").arg(d->displayName),
                        detail);
        throw Error(ErrorKind::Invalid,
                    tr("“%1” is damaged or incomplete (perhaps a download or copy was cut short): it is not a "
                       "readable Excel workbook. Save it again from Excel as .xlsx and import the new file.")
                        .arg(d->displayName),
                    detail);
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive()
{
    if (d->zip)
        zip_discard(d->zip);
    zip_error_fini(&d->source.error);
}

QStringList ZipArchive::entryNames() const
{
    QStringList names;
    const zip_int64_t n = zip_get_num_entries(d->zip, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        if (const char *name = zip_get_name(d->zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            names << QString::fromUtf8(name);
    return names;
}

qint64 ZipArchive::find(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    zip_int64_t index = zip_name_locate(d->zip, utf8.constData(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
    if (index < 0 && utf8.contains('/')) {
        QByteArray windows = utf8;
        windows.replace('/', '\\');
        index = zip_name_locate(d->zip, windows.constData(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
    }
    return index;
}

qint64 ZipArchive::entrySize(qint64 index) const
{
    zip_stat_t st;
    if (zip_stat_index(d->zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(std::numeric_limits<qint64>::max())));
}

std::unique_ptr<ZipArchive::Stream> ZipArchive::open(qint64 index) const
{
    zip_stat_t st;
    if (zip_stat_index(d->zip, zip_uint64_t(index), ZIP_FL_ENC_GUESS, &st) != 0)
        d->damaged(QString::number(index), zipErrorText(zip_get_error(d->zip)));
    const QString entry = (st.valid & ZIP_STAT_NAME) ? QString::fromUtf8(st.name) : QString::number(index);

    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw Error(ErrorKind::Refused,
                    tr("“%1” is encrypted (its part “%2” needs a password). Open it in Excel, remove the password, "
                       "save it as .xlsx and import it again.")
                        .arg(d->displayName, entry));
    if ((st.valid & ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(st.comp_method, 0))
        throw Error(ErrorKind::Refused,
                    tr("“%1” uses a compression method this program cannot read (part “%2”). Save it again from "
                       "Excel as .xlsx and import the new file.")
                        .arg(d->displayName, entry));
    const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(1) << 62)) : -1;
    const qint64 packed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(std::min<zip_uint64_t>(st.comp_size, zip_uint64_t(1) << 62)) : -1;
    // A real sheet compresses 5-50 times, rarely 200; deflate cannot exceed about 1030.
    const bool tooBig = size < 0 || size > MaxEntrySize;
    const bool bomb = size > 1024 * 1024 && packed >= 0 && size / std::max<qint64>(packed, 1) > MaxRatio;
    if (tooBig || bomb)
        throw Error(ErrorKind::Refused,
                    tr("“%1” was refused: its part “%2” would inflate to %3 MB, which no real workbook needs (a "
                       "damaged file or a “zip bomb”).")
                        .arg(d->displayName, entry)
                        .arg(size < 0 ? QStringLiteral("?") : QString::number(size / (1024 * 1024))));

    zip_file_t *file = zip_fopen_index(d->zip, zip_uint64_t(index), 0);
    if (!file) {
        const zip_error_t *error = zip_get_error(d->zip);
        if (zip_error_code_zip(error) == ZIP_ER_NOPASSWD || zip_error_code_zip(error) == ZIP_ER_WRONGPASSWD)
            throw Error(ErrorKind::Refused,
                        tr("“%1” is encrypted (its part “%2” needs a password). Open it in Excel, remove the "
                           "password, save it as .xlsx and import it again.")
                            .arg(d->displayName, entry));
        d->damaged(entry, zipErrorText(error));
    }
    return std::unique_ptr<Stream>(new Stream(file, size, entry, d->displayName));
}

ZipArchive::Stream::Stream(void *file, qint64 size, QString entry, QString archive)
    : m_file(file), m_size(size), m_entry(std::move(entry)), m_archive(std::move(archive))
{}

ZipArchive::Stream::~Stream()
{
    zip_fclose(static_cast<zip_file_t *>(m_file));
}

qint64 ZipArchive::Stream::read(char *data, qint64 maxSize)
{
    auto *file = static_cast<zip_file_t *>(m_file);
    // Never inflate past the declared size, which is what open() vetted: one byte more is
    // asked for only to notice an entry that lies about its size (a damaged file or a bomb).
    const qint64 want = std::min(maxSize, m_size - m_position + 1);
    const zip_int64_t n = want > 0 ? zip_fread(file, data, zip_uint64_t(want)) : 0;
    if (n < 0 || m_position + n > m_size) {
        const QString detail = n < 0 ? zipErrorText(zip_file_get_error(file))
                                     : QStringLiteral("more data than the declared %1 bytes").arg(m_size);
        throw Error(ErrorKind::Invalid,
                    ZipArchive::tr("“%1” is damaged: its part “%2” cannot be read. Open the file in Excel, save "
                                   "it again as .xlsx and import the new file.")
                        .arg(m_archive, m_entry),
                    detail);
    }
    m_position += n;
    return n;
}

} // namespace cl
