#pragma once

// Helpers of the sync tests: offices with keys, data that fills the outbox, snapshots of the
// tables a package may change, and packages rebuilt with a change (tampered, re-signed).
#include "TestStore.h"
#include "auth/Actor.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "supervision/GradeImporter.h"
#include "supervision/ZipArchive.h"
#include "sync/PackageReader.h"
#include "sync/SyncKeys.h"
#include "sync/ZipWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace cl::test {

inline QString code(int i)
{
    static const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString body = QStringLiteral("MA");
    for (int k = 0, v = i * 7919 + 11; k < 6; ++k, v /= 31)
        body += charset.at(v % 31);
    return UsccValidator::complete(QStringLiteral("91370681") + body);
}

inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

// A grade file of n entities: TAX grades (public) and SAMR_SD grades (risk_only) alternating.
inline QByteArray gradeRows(int n, int first = 0, const char *taxGrade = "B")
{
    QByteArray out("统一社会信用代码,主体名称,评价部门,评价体系,评价结果,评价分数,行业领域,评价日期,有效期至,备注\n");
    for (int i = first; i < first + n; ++i) {
        if (i % 2 == 0)
            out += QStringLiteral("%1,龙口市测试%2有限公司,税务局,TAX,%3,,,2026-03-01,,\n").arg(code(i)).arg(i).arg(QLatin1String(taxGrade)).toUtf8();
        else
            out += QStringLiteral("%1,龙口市测试%2有限公司,市场监管局,SAMR_SD,C,88.5,食品销售,2026-03-01,,\n").arg(code(i)).arg(i).toUtf8();
    }
    return out;
}

inline void importGrades(Database &db, const QString &dir, const QString &name, const QByteArray &rows)
{
    GradeImportOptions options;
    options.asOf = QDate(2026, 6, 1);
    GradeImporter(db, Actor::bootstrap()).run(writeFile(dir + QLatin1Char('/') + name, rows), options);
}

inline void queueDishonest(Database &db, const QString &entityCode, const QString &name, const QString &removedOn = {})
{
    WriteTransaction tx(db, Actor::bootstrap(), Permission::SyncRun);
    tx.outbox(QStringLiteral("dishonest"), entityCode,
              {{QStringLiteral("SX_XDR_MC"), name}, {QStringLiteral("SX_XDR_SHXYM"), entityCode},
               {QStringLiteral("SX_LRJG"), QStringLiteral("龙口市发展和改革局")}, {QStringLiteral("SX_LRYJ"), QStringLiteral("拒不履行法定义务")},
               {QStringLiteral("SX_LRRQ"), QStringLiteral("2026-05-01")}, {QStringLiteral("SX_YCRQ"), removedOn}});
    tx.commit();
}

// Every row of the tables a package can change, hashed: equal snapshots = nothing changed.
inline QByteArray snapshot(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"entities", "evaluations", "dishonest_list", "entity_lights", "light_history", "sync_packages_in",
                              "sync_remote_lights", "outbox", "import_batches", "licences", "commitments",
                              "verification_tasks", "penalties", "credit_findings", "spotcheck_mandatory"}) {
        QSqlQuery q = sql::exec(db.sql(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(QLatin1String(table)));
        hash.addData(table);
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
    }
    return hash.result().toHex();
}

inline QList<ZipWriter::Entry> entries(const QString &package)
{
    QFile f(package);
    f.open(QIODevice::ReadOnly);
    QBuffer buffer;
    buffer.setData(f.readAll());
    buffer.open(QIODevice::ReadOnly);
    ZipArchive zip(&buffer, package);
    QList<ZipWriter::Entry> out;
    const QStringList names = zip.entryNames();
    for (qint64 i = 0; i < names.size(); ++i) {
        auto s = zip.open(i);
        QByteArray bytes;
        char chunk[65536];
        for (qint64 n; (n = s->read(chunk, sizeof chunk)) > 0;)
            bytes.append(chunk, qsizetype(n));
        out << ZipWriter::Entry{names[qsizetype(i)], bytes};
    }
    return out;
}

inline QByteArray &entry(QList<ZipWriter::Entry> &list, const QString &name)
{
    for (ZipWriter::Entry &e : list)
        if (e.first == name)
            return e.second;
    static QByteArray none;
    return none;
}

// Recomputes each listed data file's SHA-256 (unless keepHashes) and re-signs the manifest with
// the key of signer, after edit() changed the manifest object.
inline void resign(QList<ZipWriter::Entry> &list, Database &signer, const std::function<void(QJsonObject &)> &edit = {},
                   bool keepHashes = false)
{
    QJsonObject m = QJsonDocument::fromJson(entry(list, QStringLiteral("manifest.json"))).object();
    QJsonArray files = m.value(QStringLiteral("files")).toArray();
    if (!keepHashes)
        for (qsizetype i = 0; i < files.size(); ++i) {
            QJsonObject f = files[i].toObject();
            f.insert(QStringLiteral("sha256"), PackageReader::sha256Hex(entry(list, f.value(QStringLiteral("name")).toString())));
            files[i] = f;
        }
    m.insert(QStringLiteral("files"), files);
    if (edit)
        edit(m);
    const QByteArray bytes = QJsonDocument(m).toJson();
    entry(list, QStringLiteral("manifest.json")) = bytes;
    entry(list, QStringLiteral("manifest.sig")) = SyncKeys::sign(signer.sql(), bytes);
}

} // namespace cl::test
