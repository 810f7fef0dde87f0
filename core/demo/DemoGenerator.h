#pragma once

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace cl {

class Database;
struct Actor;

struct DemoOptions
{
    qint64 entities = 20000;
    quint64 seed = 20261127;
    // Latest registration date drawn, and the demo's "today": the latest date of any evaluation,
    // listing or finding, and the date the lights are computed as of (or a later one the store's
    // lights were already computed for: the engine never goes back). A fixed input rather than
    // "today", so the same seed gives the same rows and lights whenever it is run.
    QDate lastRegistration = QDate(2026, 11, 20);
};

struct DemoSummary
{
    qint64 entities = 0;
    qint64 evaluations = 0;
    QDate lightsAsOf;
    int users = 0;          // demo users created (existing ones are skipped)
    qint64 elapsedMs = 0;
    bool cancelled = false; // progress returned false: nothing was written
};

// Fills a store with reproducible, realistic Longkou demo data (DOMAIN.md §2 codes): entities, their
// evaluations by the grading departments (§4), a few serious-dishonesty listings and credit
// findings, inspector rosters with declared conflicts, and the lights computed from all of it (§5);
// plus one demo user per role. Runs in one audited write transaction: all or nothing.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // Same seed and same store contents → identical rows on any machine. progress(done, total)
    // is called from this thread; returning false cancels and rolls everything back.
    // Throws cl::Error (Permission: the actor may not generate demo data or add users).
    static DemoSummary generate(Database &db, const Actor &actor, const DemoOptions &options,
                                const std::function<bool(qint64, qint64)> &progress = {});

    // The documented password of the demo users.
    static QString demoPassword();
};

} // namespace cl
