#pragma once

#include <QDate>
#include <QtGlobal>

namespace cl {

class Database;

// Enforcement demo data (DOMAIN.md §7–§8): cases for a sample of the new demo entities, decided as the discretion
// engine recommends (a few overridden with a written reason), with the penalty records, their publicity findings
// and a few granted credit repairs. Runs inside the demo generator's transaction, before the lights are computed;
// like the rest of the demo data it is neither audited row by row nor queued for the city platform.
class DemoEnforcementFactory
{
public:
    struct Counts
    {
        qint64 cases = 0;
        qint64 penalties = 0;
        qint64 repairs = 0;
    };
    static Counts generate(Database &db, quint64 seed, qint64 firstEntity, qint64 lastEntity, const QDate &lastDay);
};

} // namespace cl
