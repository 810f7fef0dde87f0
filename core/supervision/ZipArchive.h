#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class QIODevice;

namespace cl {

// Read-only ZIP access for the XLSX reader, through libzip reading from a QIODevice (so a
// QFile with a Unicode path on any platform, or a QBuffer in tests and fuzzers). Only
// ZipArchive.cpp includes libzip's zip.h, which clashes with minizip's (TOOLCHAIN.md).
//
// Entries are vetted before a byte is inflated: encrypted entries, unsupported compression
// methods and zip bombs (an entry over MaxEntrySize, or inflating more than MaxRatio times its
// compressed size) are refused with an Error naming the file and what to do.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    static constexpr qint64 MaxEntrySize = qint64(2) * 1024 * 1024 * 1024;
    static constexpr qint64 MaxRatio = 1000;

    // Streams one entry's inflated bytes; read() returns 0 at its end.
    class Stream
    {
    public:
        ~Stream();
        Stream(const Stream &) = delete;
        Stream &operator=(const Stream &) = delete;
        // Throws Error(Invalid) when the entry's data is damaged (bad CRC, bad deflate data).
        qint64 read(char *data, qint64 maxSize);
        qint64 size() const { return m_size; }          // declared uncompressed size
        qint64 position() const { return m_position; }  // bytes read so far

    private:
        friend class ZipArchive;
        Stream(void *file, qint64 size, QString entry, QString archive);
        void *m_file;  // zip_file_t, kept opaque so this header stays libzip-free
        qint64 m_size;
        qint64 m_position = 0;
        QString m_entry;
        QString m_archive;
    };

    // device: open for reading, random access, outliving the archive. displayName names the
    // file in messages. Throws Error(Invalid) for a damaged, truncated or non-ZIP file.
    ZipArchive(QIODevice *device, QString displayName);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    QStringList entryNames() const;
    // Index of the entry, matching case-insensitively as OPC part names do (and tolerating
    // backslashes written by some generators); -1 when absent.
    qint64 find(const QString &name) const;
    qint64 entrySize(qint64 index) const;

    // Throws Error(Refused) for encrypted or oversized entries, Error(Invalid) when damaged.
    std::unique_ptr<Stream> open(qint64 index) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cl
