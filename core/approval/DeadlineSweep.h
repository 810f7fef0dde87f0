#pragma once

#include <QCoreApplication>
#include <QDate>

namespace cl {

class Database;
struct Actor;

// The deadlines of DOMAIN.md §3 that pass without anyone acting, applied as of a date (daily, and
// whenever `approval sweep` runs; running it twice for the same date changes nothing):
// - a 容缺 material still missing after its deadline: the miss is recorded (counted against later 容缺),
//   a "materials overdue" finding starts (Y2), the case is suspended (中止);
// - still missing 15 working days after suspension: the application is returned (退件) and a licence
//   granted on the 容缺 commitment is revoked;
// - an unfulfilled commitment not rectified by its deadline: the licence is revoked.
class DeadlineSweep
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineSweep)

public:
    struct Result
    {
        int missed = 0;
        int suspended = 0;
        int returned = 0;
        int revoked = 0;
    };
    static Result run(Database &db, const Actor &actor, const QDate &asOf);
};

} // namespace cl
