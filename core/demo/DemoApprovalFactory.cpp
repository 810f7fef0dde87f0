#include "DemoApprovalFactory.h"

#include "DemoRandom.h"
#include "approval/ApplicationService.h"
#include "approval/DeadlineSweep.h"
#include "approval/ItemCatalogue.h"
#include "approval/VerificationService.h"
#include "approval/WorkingCalendar.h"
#include "auth/Actor.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"

#include <algorithm>

namespace cl {

namespace {
struct Planned
{
    QDate day;
    qint64 entity = 0;
    int item = 0;
};

constexpr int HygieneItem = -1;
constexpr int FoodItem = -2;
const char *const Verifiers[] = {"李卫东", "王晓燕", "孙立明", "张海涛", "刘建华", "赵丽娜", "陈志强", "杨明"};
} // namespace

QJsonObject DemoApprovalFactory::Summary::toJson() const
{
    return {{QStringLiteral("applications"), applications}, {QStringLiteral("approved"), approved},
            {QStringLiteral("verified"), verified}, {QStringLiteral("false_commitments"), falseCommitments}};
}

DemoApprovalFactory::Summary DemoApprovalFactory::generate(Database &db, const Actor &actor, quint64 seed, const QDate &lastDay,
                                                           qint64 firstEntity, qint64 lastEntity)
{
    Summary summary;
    if (lastEntity < firstEntity)
        return summary;
    DemoRandom random(seed ^ 0x417070726f76616cULL);
    const WorkingCalendar calendar = WorkingCalendar::load(db.sql());
    const QList<ApprovalItem> items = ItemCatalogue::list(db.sql());
    if (items.isEmpty())
        return summary;
    const qint64 population = lastEntity - firstEntity + 1;
    const int count = int(qBound(qint64(1), population / 60, qint64(400)));

    // Chronological, so codes, decisions and lights follow the calendar as they would at the window.
    QList<Planned> plan;
    for (int i = 0; i < count; ++i) {
        QDate day = lastDay.addDays(-random.between(0, 160));
        while (!calendar.isWorkingDay(day))
            day = day.addDays(-1);
        // The public-venue hygiene and food permits are most of the window's work.
        const int item = random.chance(450) ? (random.chance(500) ? HygieneItem : FoodItem) : int(random.below(quint32(items.size())));
        plan << Planned{day, firstEntity + qint64(random.below(quint32(qMin<qint64>(population, 0x7fffffff)))), item};
    }
    std::stable_sort(plan.begin(), plan.end(), [](const Planned &a, const Planned &b) { return a.day < b.day; });
    const auto hygiene = std::find_if(items.begin(), items.end(), [](const ApprovalItem &i) { return i.code == QLatin1String("370681-WJ-001"); });
    const auto food = std::find_if(items.begin(), items.end(), [](const ApprovalItem &i) { return i.code == QLatin1String("370681-SC-001"); });

    ApplicationService applications(db);
    VerificationService verification(db);
    for (const Planned &p : plan) {
        const ApprovalItem &item = p.item == HygieneItem && hygiene != items.end() ? *hygiene
                                   : p.item == FoodItem && food != items.end()     ? *food
                                                                                   : items.at(qMax(0, p.item));
        NewApplication request;
        request.entityId = p.entity;
        request.itemCode = item.code;
        Application a;
        try {
            const PreApprovalResult check = applications.check(p.entity, item.code, p.day);
            QList<int> secondary;
            for (const ItemMaterial &m : item.materials)
                if (!m.core)
                    secondary << m.seq;
            const quint32 roll = random.below(100);
            if (check.deficiencyAllowed && !secondary.isEmpty() && roll < 18) {
                request.mode = QStringLiteral("deficiency");
                request.missing << secondary.at(int(random.below(quint32(secondary.size()))));
                request.supplyBy = calendar.addWorkingDays(p.day, qMax(item.promisedDays, 1));
            } else if (check.commitmentAllowed && roll < 85) {
                request.mode = QStringLiteral("commitment");
            }
            a = applications.file(actor, request, p.day);
            ++summary.applications;
        } catch (const Error &) {
            continue;  // e.g. an entity no longer active
        }
        // Recent ones wait in the queue; older ones were decided within a few working days.
        if (p.day.daysTo(lastDay) < 4 && random.chance(700))
            continue;
        const QDate decided = std::min(calendar.addWorkingDays(p.day, random.between(0, 2)), lastDay);
        if (random.chance(40)) {
            applications.refuse(actor, a.appNo, QStringLiteral("申请材料与实际情况不符，不予许可"), decided);
            continue;
        }
        a = applications.approve(actor, a.appNo, decided);
        ++summary.approved;

        for (const ApplicationMaterial &m : a.materials) {
            if (m.status != QLatin1String("missing"))
                continue;
            const quint32 roll = random.below(100);
            if (roll < 60) {
                applications.supply(actor, a.appNo, m.seq, std::min(m.dueOn, lastDay));
            } else if (roll < 85 && m.dueOn.addDays(2) <= lastDay) {
                // Late: the deadline passes first (suspension, a miss on the record), then it comes in.
                DeadlineSweep::run(db, actor, m.dueOn.addDays(1));
                applications.supply(actor, a.appNo, m.seq, std::min(calendar.addWorkingDays(m.dueOn, random.between(1, 6)), lastDay));
            }
        }

        for (const ApplicationCommitment &c : a.commitments) {
            for (const VerificationTask &t : verification.tasksOf(c.code)) {
                // Older pushes are mostly verified; recent ones wait (due soon), some lapse (overdue).
                if (t.dueOn > lastDay.addDays(20) ? !random.chance(250) : !random.chance(820))
                    continue;
                const QDate on = std::min(calendar.addWorkingDays(t.pushedOn, random.between(3, 28)), lastDay);
                const quint32 roll = random.below(1000);
                const QString outcome = roll < 860 ? QStringLiteral("fulfilled") : roll < 930 ? QStringLiteral("partial")
                                        : roll < 965                                 ? QStringLiteral("unfulfilled")
                                                                                     : QStringLiteral("false");
                try {
                    verification.record(actor, t.id,
                                        {outcome, on, t.method, QString::fromUtf8(Verifiers[random.below(8)]),
                                         outcome == QLatin1String("fulfilled") ? QStringLiteral("经核查，承诺事项属实")
                                                                                : QStringLiteral("经核查，与承诺内容不符")},
                                        lastDay);
                    ++summary.verified;
                    summary.falseCommitments += outcome == QLatin1String("false") ? 1 : 0;
                } catch (const Error &) {
                    // A task the consequences of another already closed (e.g. its licence revoked): left as it is.
                }
            }
        }
    }
    DeadlineSweep::run(db, actor, lastDay);
    return summary;
}

} // namespace cl
