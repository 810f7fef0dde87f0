#pragma once

#include "RecordCodec.h"

#include <QCoreApplication>
#include <QDate>

namespace cl {

class Database;
struct Actor;
struct ReadPackage;

struct ApplyResult
{
    ApplyCounts counts;
    qint64 records = 0;
    qint64 entitiesTouched = 0;
    qint64 lightsChanged = 0;
};

// Applies a checked package in one audited transaction: every codec's upsert in apply order,
// the lights of the touched entities recomputed, (sender, seq, SHA-256) recorded as applied and
// any hold on it released. Anything failing (or the process dying) leaves nothing of it.
class PackageApplier
{
    Q_DECLARE_TR_FUNCTIONS(PackageApplier)

public:
    // asOf: the day the lights are recomputed for (invalid: today; never before the stored lights).
    static ApplyResult apply(Database &db, const Actor &actor, const ReadPackage &package, bool forced, const QDate &asOf = {});
};

} // namespace cl
