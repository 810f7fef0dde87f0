#pragma once

#include "SyncManifest.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <vector>

namespace cl {

class RecordCodec;

// Writes one package file (DESIGN.md §4): the data files (header of §9 codes), manifest.json
// with each file's record count and SHA-256, and manifest.sig, the Ed25519 signature of the
// manifest's exact bytes. Atomic in two steps: writePart() leaves a complete, fsync'ed
// <name>.part; publish() renames it to its final name (and syncs the folder), so a reader never
// sees half a package.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)

public:
    struct Data
    {
        const RecordCodec *codec = nullptr;
        const std::vector<QStringList> *rows = nullptr;
    };
    struct Written
    {
        QString partPath;
        QString path;      // final path (after publish)
        QString fileName;
        QString sha256;    // of the package file
        qint64 records = 0;
    };
    using Signer = std::function<QByteArray(const QByteArray &manifest)>;

    // manifest: sender, receiver, seq, created_at set; files are filled here. Data without rows
    // is left out. Throws Error(Io).
    static Written writePart(const QString &dir, SyncManifest manifest, const std::vector<Data> &data, const Signer &sign);
    static void publish(const Written &written);
    // fsync of a file or folder (no-op where the platform cannot).
    static void syncPath(const QString &path, bool directory);
};

} // namespace cl
