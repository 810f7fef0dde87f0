#pragma once

#include "SyncCheck.h"
#include "SyncManifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>
#include <vector>
#include <QPair>

namespace cl {

class RecordCodec;

// A package that passed every check of PackageReader, ready to apply.
struct ReadPackage
{
    struct Data
    {
        const RecordCodec *codec = nullptr;
        std::vector<QStringList> rows;
    };
    QString path;
    QString fileName;
    QString sha256;      // of the package file
    SyncManifest manifest;
    std::vector<Data> data;  // in the codecs' apply order
    qint64 records = 0;
};

struct PackageReadOptions
{
    // Everything the archive may inflate to (the sum of its entries): a zip bomb stops here.
    qint64 maxExpandedBytes = qint64(1) << 30;
    qint64 maxPackageBytes = qint64(512) << 20;
    int maxEntries = 64;
    // This office: a package addressed to another office is refused. Empty: not checked.
    QString office;
};

// Reads a received package and runs the checks of DESIGN.md §4 in the order of SyncCheck:
// archive, names, expansion, manifest, version, receiver, sender key (trusted keys of db),
// signature, files (SHA-256), header, record count, records. The first failing check throws
// SyncCheckError naming it. Reads only; the database is not changed.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(PackageReader)

public:
    static ReadPackage read(const QSqlDatabase &db, const QString &path, const PackageReadOptions &options = {});
    // The same on bytes (the fuzz target); trustedKey is the sender's public key (raw 32 bytes), or
    // empty to look it up in db.
    static ReadPackage readBytes(const QSqlDatabase &db, const QByteArray &bytes, const QString &fileName,
                                 const PackageReadOptions &options, const QByteArray &trustedKey = {});
    static QString sha256Hex(const QByteArray &bytes);
    // Sender and seq as the manifest states them, unchecked (for ordering a folder of packages
    // before each is read and checked in full); nullopt when they cannot be read.
    static std::optional<QPair<QString, qint64>> peek(const QString &path);
};

} // namespace cl
