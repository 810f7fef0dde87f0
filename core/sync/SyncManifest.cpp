#include "SyncManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cl {

QByteArray SyncManifest::toJson() const
{
    QJsonArray list;
    for (const File &f : files)
        list.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("kind"), f.kind},
                                {QStringLiteral("records"), f.records}, {QStringLiteral("sha256"), f.sha256}});
    const QJsonObject doc{{QStringLiteral("format"), QLatin1String(Format)}, {QStringLiteral("version"), version},
                          {QStringLiteral("sender"), sender}, {QStringLiteral("receiver"), receiver},
                          {QStringLiteral("seq"), seq}, {QStringLiteral("created_at"), createdAt},
                          {QStringLiteral("files"), list}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

qint64 SyncManifest::records() const
{
    qint64 n = 0;
    for (const File &f : files)
        n += f.records;
    return n;
}

QString SyncManifest::packageFileName(const QString &sender, qint64 seq)
{
    return QStringLiteral("%1_%2.clsync").arg(sender).arg(seq, 6, 10, QLatin1Char('0'));
}

} // namespace cl
