#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace cl {

class Database;
struct Actor;

struct ExportResult
{
    bool written = false;     // false: nothing pending, no package
    QString path;
    QString fileName;
    qint64 seq = 0;
    qint64 records = 0;
    QString sha256;
    QMap<QString, qint64> perKind;  // codec kind → records
    qint64 changesLeft = 0;   // pending outbox rows of kinds no codec of this program exports
};

// `sync export`: the outbox changes not yet in a package (or, with full, every change ever
// recorded) as the next signed package of this office, written atomically to dir. Changes are
// reduced to the latest per record; the outbox rows are stamped with the package seq in the same
// transaction that records the package, so nothing is exported twice. Outbox kinds without a
// codec stay pending for a later program that knows them.
class SyncExporter
{
    Q_DECLARE_TR_FUNCTIONS(SyncExporter)

public:
    static ExportResult exportChanges(Database &db, const Actor &actor, const QString &dir, bool full = false,
                                      const QString &receiver = QStringLiteral("*"));
};

} // namespace cl
