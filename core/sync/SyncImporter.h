#pragma once

#include "PackageApplier.h"
#include "PackageReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <functional>

namespace cl {

class Database;
struct Actor;

// What happened to one package file.
struct PackageOutcome
{
    enum class Status { Applied, Duplicate, Held, Quarantined };
    Status status = Status::Quarantined;
    QString fileName;
    QString path;            // where the file is now (quarantine/ or done/ when moved)
    QString sender;
    qint64 seq = 0;
    qint64 records = 0;
    qint64 expectedSeq = 0;  // Held: the seq that is missing
    QString check;           // Quarantined: SyncChecks::id of the failed check
    QString message;         // translated: why (or what was done)
    ApplyResult applied;

    static QString statusId(Status s);     // applied | duplicate | held | quarantined
    static QString statusLabel(Status s);  // translated
};

struct ImportReport
{
    QList<PackageOutcome> packages;
    int applied = 0;
    int duplicates = 0;
    int held = 0;
    int quarantined = 0;
    qint64 lightsChanged = 0;
};

struct ImportOptions
{
    bool force = false;            // apply past a gap in seq
    QDate asOf;                    // the day lights are recomputed for (invalid: today)
    bool archiveApplied = false;   // move applied and duplicate files to done/ beside them (periodic rounds)
    PackageReadOptions read;       // office is filled from the store when empty
    // Called after a package was applied (the platform simulator republishes it).
    std::function<void(const ReadPackage &)> afterApply;
};

// `sync import FILE|DIR`: each package is checked (PackageReader), then, in (sender, seq) order:
// a (sender, seq) already applied with the same SHA-256 is skipped as a duplicate; a different
// package under an applied seq is refused (replay); the next seq is applied (PackageApplier);
// a later one is held back until the missing seq arrives (recorded in sync_held; every import
// retries held packages), unless forced. A refused package is moved to quarantine/ beside it with
// <name>.reason.txt naming the failed check, and recorded (sync_quarantine).
class SyncImporter
{
    Q_DECLARE_TR_FUNCTIONS(SyncImporter)

public:
    static ImportReport import(Database &db, const Actor &actor, const QStringList &paths, const ImportOptions &options = {});
    // Moves a refused package to quarantine/ (beside it), writes the reason file, records it.
    static QString quarantine(Database &db, const Actor &actor, const QString &path, const QString &check, const QString &reason);
};

} // namespace cl
