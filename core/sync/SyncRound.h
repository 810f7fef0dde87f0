#pragma once

#include "SyncExporter.h"
#include "SyncImporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace cl {

class Database;
struct Actor;

struct RoundResult
{
    qint64 runId = 0;
    QString result;        // ok | partial | failed
    ExportResult exported;
    ImportReport imported;
    QStringList log;       // translated lines
    QString error;         // failed: why
};

// A row of sync_runs, for the sync page and the status bar.
struct SyncRunRow
{
    qint64 id = 0;
    QString startedAt;
    QString finishedAt;
    QString result;
    int packagesOut = 0;
    int packagesIn = 0;
    int held = 0;
    int quarantined = 0;
    QString log;
};

// One periodic round (`sync run`, 立即同步, the schedule): export this office's changes to
// HUB/to-platform/, import what the platform published in HUB/from-platform/<office>/ (applied
// packages move to done/ there, refused ones to quarantine/), and record the round in sync_runs.
// Two rounds on the same database never overlap: a lock file beside the database.
class SyncRound
{
    Q_DECLARE_TR_FUNCTIONS(SyncRound)

public:
    // hub empty: the saved setting. Throws Refused when another round holds the lock, or when
    // no hub folder or keys are set up; a failure during the round is recorded and rethrown.
    static RoundResult run(Database &db, const Actor &actor, const QString &hub = {}, const QDate &asOf = {});
    static QString lockPath(const Database &db);

    static QList<SyncRunRow> recentRuns(const QSqlDatabase &db, int limit = 20);
    struct HeldRow { QString sender; qint64 seq = 0; qint64 expected = 0; QString path; QString seenAt; };
    struct QuarantineRow { QString fileName; QString path; QString check; QString reason; QString at; };
    static QList<HeldRow> held(const QSqlDatabase &db);
    static QList<QuarantineRow> quarantined(const QSqlDatabase &db, int limit = 100);
};

} // namespace cl
