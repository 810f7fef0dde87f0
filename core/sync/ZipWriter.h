#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace cl {

// Writes a ZIP archive of in-memory entries through libzip (own translation unit: libzip's zip.h
// clashes with minizip's, TOOLCHAIN.md). Not atomic by itself: callers write to *.part.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    using Entry = QPair<QString, QByteArray>;  // name, bytes
    // Throws Error(Io) naming the file when it cannot be written.
    static void write(const QString &path, const QList<Entry> &entries);
};

} // namespace cl
