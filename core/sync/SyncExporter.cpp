#include "SyncExporter.h"

#include "CodecRegistry.h"
#include "PackageReader.h"
#include "PackageWriter.h"
#include "RecordCodec.h"
#include "SyncKeys.h"
#include "auth/Authorizer.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <map>
#include <unordered_map>

namespace cl {

namespace {

// A .part left by an export that stopped between its commit and its rename is finished now; one
// whose package was never recorded is removed.
void finishInterrupted(const QSqlDatabase &db, const QString &dir, const QString &office)
{
    const QStringList parts = QDir(dir).entryList({office + QStringLiteral("_*.clsync.part")}, QDir::Files);
    for (const QString &part : parts) {
        const QString finalName = part.chopped(5);
        const QString path = QDir(dir).filePath(part);
        const QVariant sha = sql::scalar(db, QStringLiteral("SELECT sha256 FROM sync_packages_out WHERE file_name = ?"), {finalName});
        QFile f(path);
        if (sha.isValid() && !QFile::exists(QDir(dir).filePath(finalName)) && f.open(QIODevice::ReadOnly)
            && PackageReader::sha256Hex(f.readAll()) == sha.toString()) {
            f.close();
            PackageWriter::Written w;
            w.partPath = path;
            w.path = QDir(dir).filePath(finalName);
            PackageWriter::publish(w);
            continue;
        }
        f.close();
        QFile::remove(path);
    }
}

} // namespace

ExportResult SyncExporter::exportChanges(Database &db, const Actor &actor, const QString &dir, bool full, const QString &receiver)
{
    Authorizer::require(db.sql(), actor, Permission::SyncRun);
    const QString office = SyncKeys::office(db.sql());
    finishInterrupted(db.sql(), dir, office);

    WriteTransaction tx(db, actor, Permission::SyncRun);
    // Pending changes by codec, the latest per (kind, record key).
    std::map<const RecordCodec *, std::vector<OutboxChange>> byCodec;
    std::unordered_map<const RecordCodec *, std::unordered_map<std::string, size_t>> latest;
    QStringList exportedKinds;
    qint64 maxId = 0;
    ExportResult result;
    QSqlQuery q = sql::prepare(tx.sql(), full ? QStringLiteral("SELECT id, kind, record_key, payload FROM outbox ORDER BY id")
                                              : QStringLiteral("SELECT id, kind, record_key, payload FROM outbox WHERE package_seq IS NULL ORDER BY id"));
    q.setForwardOnly(true);
    sql::exec(q);
    while (q.next()) {
        OutboxChange c{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString().toUtf8()};
        const RecordCodec *codec = CodecRegistry::byOutboxKind(c.kind);
        if (!codec) {
            ++result.changesLeft;
            continue;
        }
        if (!exportedKinds.contains(c.kind))
            exportedKinds << c.kind;
        maxId = std::max(maxId, c.id);
        std::vector<OutboxChange> &list = byCodec[codec];
        const std::string key = (c.kind + QLatin1Char('\x1f') + c.recordKey).toStdString();
        auto &index = latest[codec];
        const auto it = index.find(key);
        if (it != index.end()) {
            list[it->second] = std::move(c);  // a later change of the same record replaces the earlier
        } else {
            index.emplace(key, list.size());
            list.push_back(std::move(c));
        }
    }
    if (byCodec.empty())
        return result;

    std::vector<std::vector<QStringList>> rows(CodecRegistry::all().size());
    std::vector<PackageWriter::Data> data;
    for (size_t i = 0; i < CodecRegistry::all().size(); ++i) {
        const RecordCodec *codec = CodecRegistry::all()[i];
        const auto it = byCodec.find(codec);
        if (it == byCodec.end())
            continue;
        std::sort(it->second.begin(), it->second.end(), [](const OutboxChange &a, const OutboxChange &b) { return a.id < b.id; });
        codec->exportRows(tx.sql(), office, it->second, rows[i]);
        if (!rows[i].empty())
            result.perKind.insert(codec->kind(), qint64(rows[i].size()));
        data.push_back({codec, &rows[i]});
    }

    SyncManifest manifest;
    manifest.sender = office;
    manifest.receiver = receiver;
    manifest.seq = sql::scalar(tx.sql(), QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM sync_packages_out")).toLongLong();
    manifest.createdAt = Clock::nowIso();
    const PackageWriter::Written written =
        PackageWriter::writePart(dir, manifest, data, [&](const QByteArray &bytes) { return SyncKeys::sign(tx.sql(), bytes); });

    QString kinds;
    for (const QString &k : std::as_const(exportedKinds))
        kinds += (kinds.isEmpty() ? QString() : QStringLiteral(",")) + QLatin1Char('\'') + QString(k).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    sql::exec(tx.sql(), QStringLiteral("UPDATE outbox SET package_seq = ? WHERE package_seq IS NULL AND id <= ? AND kind IN (%1)").arg(kinds),
              {manifest.seq, maxId});
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO sync_packages_out(seq, receiver, file_name, sha256, records, full_export, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {manifest.seq, receiver, written.fileName, written.sha256, written.records, full ? 1 : 0, manifest.createdAt});
    QJsonObject perKind;
    for (auto it = result.perKind.cbegin(); it != result.perKind.cend(); ++it)
        perKind.insert(it.key(), it.value());
    tx.audit(QStringLiteral("sync.export"), QStringLiteral("sync_package"), written.fileName, {},
             {{QStringLiteral("seq"), manifest.seq}, {QStringLiteral("records"), written.records},
              {QStringLiteral("sha256"), written.sha256}, {QStringLiteral("full"), full}, {QStringLiteral("kinds"), perKind}});
    try {
        tx.commit();
    } catch (...) {
        QFile::remove(written.partPath);
        throw;
    }
    PackageWriter::publish(written);

    result.written = true;
    result.path = written.path;
    result.fileName = written.fileName;
    result.seq = manifest.seq;
    result.records = written.records;
    result.sha256 = written.sha256;
    return result;
}

} // namespace cl
