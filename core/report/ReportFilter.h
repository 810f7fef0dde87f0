#pragma once

#include <QDate>
#include <QtGlobal>

namespace cl {

// The filters every report figure honours (dashboard, printed reports, `report dashboard`): a period for
// counted events (applications, pushes, cases), an as-of date for states (lights, open tasks), and an
// optional department, industry field and town/street. Zero ids and null dates mean "all" / "open".
struct ReportFilter {
    QDate from;               // period start, inclusive; null: no lower bound
    QDate to;                 // period end, inclusive; null: no upper bound
    QDate asOf;               // states as of this date; null: today (Clock)
    qint64 departmentId = 0;  // departments.id; 0: all departments
    qint64 industryId = 0;    // industries.id; 0: all industry fields
    qint64 townId = 0;        // towns.id; 0: all towns and streets
};

} // namespace cl
