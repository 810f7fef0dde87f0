#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cl {

// manifest.json of a sync package (DESIGN.md §4). manifest.sig signs its exact bytes.
struct SyncManifest
{
    static constexpr int FormatVersion = 1;
    static constexpr const char *Format = "creditloop-sync";

    struct File
    {
        QString name;
        QString kind;
        qint64 records = 0;
        QString sha256;  // lower-case hex of the file's bytes
    };

    int version = FormatVersion;
    QString sender;
    QString receiver = QStringLiteral("*");
    qint64 seq = 0;
    QString createdAt;
    QList<File> files;

    QByteArray toJson() const;
    qint64 records() const;
    // <sender>_<seq:06>.clsync
    static QString packageFileName(const QString &sender, qint64 seq);
};

} // namespace cl
