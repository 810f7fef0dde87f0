#include "SpotCheckPlanner.h"

#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "credit/LightEngine.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/ReferenceData.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <cmath>

namespace cl {

namespace {
const QStringList LightOrder{QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("grey"), QStringLiteral("green")};

struct Member
{
    qint64 id;
    QString code;
    QString name;
    QString light;
    quint64 key;
};

qint64 departmentId(const QSqlDatabase &db, const QString &name)
{
    const qint64 id = ReferenceData::departmentIdByName(db, name);
    if (id == 0)
        throw Error(ErrorKind::Invalid, SpotCheckPlanner::tr("Unknown department \"%1\".").arg(name));
    return id;
}

qint64 takeCount(double ratio, qint64 n)
{
    return n == 0 ? 0 : std::min<qint64>(n, qint64(std::ceil(ratio * double(n) - 1e-9)));
}
} // namespace

// 进一次门、查多项事: checks of other departments' plans this year on the same entity share the visit.
void SpotCheckPlanner::fillJointVisits(const QSqlDatabase &db, int year, qint64 departmentId, QList<SpotCheckItem> &items)
{
    QSqlQuery others = sql::prepare(db, QStringLiteral("SELECT DISTINCT d.name FROM spotcheck_items i JOIN spotcheck_plans p ON p.id = i.plan_id "
                                                       "JOIN departments d ON d.id = p.department_id "
                                                       "WHERE p.year = ? AND i.entity_id = ? AND p.department_id <> ? ORDER BY d.name"));
    for (SpotCheckItem &item : items) {
        item.otherDepartments.clear();
        others.addBindValue(year);
        others.addBindValue(item.entityId);
        others.addBindValue(departmentId);
        sql::exec(others);
        while (others.next())
            item.otherDepartments << others.value(0).toString();
    }
}

quint64 SpotCheckPlanner::drawKey(const QString &seed, const QString &a, const QString &b)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(seed.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(a.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(b.toUtf8());
    return qFromBigEndian<quint64>(h.result().constData());
}

SpotCheckPlan SpotCheckPlanner::draw(int year, const QString &department, const QString &seed, const QDate &asOf) const
{
    const QSqlDatabase db = m_db.sql();
    if (year < 2000 || year > 2100)
        throw Error(ErrorKind::Invalid, tr("The year %1 is not plausible.").arg(year));
    if (seed.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("A plan needs a seed (any text or number), so anyone can repeat the draw."));
    SpotCheckPlan plan;
    plan.year = year;
    plan.seed = seed.trimmed();
    plan.asOf = asOf;
    plan.algorithmVersion = AlgorithmVersion;
    plan.departmentId = departmentId(db, department);
    plan.departmentName = sql::scalar(db, QStringLiteral("SELECT name FROM departments WHERE id = ?"), {plan.departmentId}).toString();
    if (!sql::scalar(db, QStringLiteral("SELECT grades = 1 OR EXISTS (SELECT 1 FROM department_industries WHERE department_id = d.id) "
                                        "FROM departments d WHERE d.id = ?"), {plan.departmentId}).toBool())
        throw Error(ErrorKind::Refused, tr("%1 supervises no entities, so it has no spot checks to plan.").arg(plan.departmentName));
    plan.ratioVersion = sql::scalar(db, QStringLiteral("SELECT max(version) FROM spotcheck_ratios")).toInt();
    QSqlQuery ratios = sql::exec(db, QStringLiteral("SELECT light, ratio FROM spotcheck_ratios WHERE version = ?"), {plan.ratioVersion});
    while (ratios.next())
        plan.ratios.insert(ratios.value(0).toString(), ratios.value(1).toDouble());

    // Population: active entities in the department's industries or graded by it.
    QHash<QString, QList<Member>> strata;
    QSqlQuery population = sql::exec(
        db,
        QStringLiteral("SELECT e.id, e.code, e.name, coalesce(l.light, 'grey') FROM entities e "
                       "LEFT JOIN entity_lights l ON l.entity_id = e.id WHERE e.status = 'active' AND ("
                       "e.industry_id IN (SELECT industry_id FROM department_industries WHERE department_id = ?) "
                       "OR EXISTS (SELECT 1 FROM evaluations v WHERE v.entity_id = e.id AND v.department_id = ?))"),
        {plan.departmentId, plan.departmentId});
    QHash<qint64, Member> byId;
    while (population.next()) {
        Member m{population.value(0).toLongLong(), population.value(1).toString(), population.value(2).toString(),
                 population.value(3).toString(), 0};
        m.key = drawKey(plan.seed, m.code);
        strata[m.light] << m;
        byId.insert(m.id, m);
        ++plan.population;
    }
    for (const QString &light : LightOrder)
        plan.populationByLight.insert(light, strata.value(light).size());

    QSet<qint64> chosen;
    QList<SpotCheckItem> items;
    auto choose = [&](const Member &m, const QString &reason) {
        chosen.insert(m.id);
        SpotCheckItem item;
        item.entityId = m.id;
        item.code = m.code;
        item.name = m.name;
        item.light = m.light;
        item.reason = reason;
        item.visitKey = QStringLiteral("%1-%2").arg(plan.year).arg(m.code);
        items << item;
    };
    // Mandatory subsets first (100 % checks), then each light's share in key order.
    QSqlQuery mandatory = sql::exec(db, QStringLiteral("SELECT m.entity_id, e.code, e.name, coalesce(l.light, 'grey') FROM spotcheck_mandatory m "
                                                       "JOIN entities e ON e.id = m.entity_id LEFT JOIN entity_lights l ON l.entity_id = m.entity_id "
                                                       "WHERE m.department_id = ? AND m.year = ? ORDER BY e.code"),
                                    {plan.departmentId, plan.year});
    while (mandatory.next()) {
        const Member m{mandatory.value(0).toLongLong(), mandatory.value(1).toString(), mandatory.value(2).toString(),
                       mandatory.value(3).toString(), 0};
        if (!chosen.contains(m.id))
            choose(m, QStringLiteral("mandatory"));
    }
    auto byKey = [](const Member &a, const Member &b) { return a.key != b.key ? a.key < b.key : a.code < b.code; };
    QList<Member> rest;
    for (const QString &light : LightOrder) {
        QList<Member> stratum = strata.value(light);
        std::sort(stratum.begin(), stratum.end(), byKey);
        const qint64 wanted = takeCount(plan.ratios.value(light), stratum.size());
        qint64 taken = 0;
        for (const Member &m : stratum) {
            if (taken < wanted) {
                if (!chosen.contains(m.id))
                    choose(m, QStringLiteral("ratio"));
                ++taken;
            } else if (!chosen.contains(m.id)) {
                rest << m;
            }
        }
    }
    // The national floor: at least 3 % of the population under supervision.
    const qint64 floor = takeCount(NationalFloor, plan.population);
    if (items.size() < floor) {
        std::sort(rest.begin(), rest.end(), byKey);
        for (const Member &m : rest) {
            if (items.size() >= floor)
                break;
            choose(m, QStringLiteral("ratio"));
        }
    }

    // Inspectors: two per check, drawn per entity, never one with a declared conflict.
    struct Inspector { qint64 id; QString label; QString badge; };
    QList<Inspector> roster;
    QSqlQuery inspectors = sql::exec(db, QStringLiteral("SELECT id, name, badge_no FROM inspectors WHERE department_id = ? AND active = 1 ORDER BY badge_no"),
                                     {plan.departmentId});
    while (inspectors.next())
        roster << Inspector{inspectors.value(0).toLongLong(), inspectors.value(1).toString() + QStringLiteral(" (") + inspectors.value(2).toString() + QLatin1Char(')'),
                            inspectors.value(2).toString()};
    QHash<qint64, QSet<qint64>> conflicts;  // entity → inspectors
    QSqlQuery c = sql::exec(db, QStringLiteral("SELECT c.entity_id, c.inspector_id FROM inspector_conflicts c JOIN inspectors i ON i.id = c.inspector_id "
                                               "WHERE i.department_id = ?"), {plan.departmentId});
    while (c.next())
        conflicts[c.value(0).toLongLong()].insert(c.value(1).toLongLong());
    if (roster.size() < 2 && !items.isEmpty())
        plan.warnings << tr("%1 has %n active inspector(s); every check needs two. Add inspectors to the roster.", nullptr, int(roster.size()))
                             .arg(plan.departmentName);
    int understaffed = 0;
    for (SpotCheckItem &item : items) {
        QList<QPair<quint64, const Inspector *>> eligible;
        const QSet<qint64> excluded = conflicts.value(item.entityId);
        for (const Inspector &i : roster)
            if (!excluded.contains(i.id))
                eligible.append({drawKey(plan.seed, item.code, i.badge), &i});
        std::sort(eligible.begin(), eligible.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        if (eligible.size() > 0)
            item.inspector1 = eligible.at(0).second->label;
        if (eligible.size() > 1)
            item.inspector2 = eligible.at(1).second->label;
        if (eligible.size() < 2)
            ++understaffed;
    }
    if (understaffed > 0 && roster.size() >= 2)
        plan.warnings << tr("%n check(s) have fewer than two inspectors without a conflict of interest.", nullptr, understaffed);

    fillJointVisits(db, plan.year, plan.departmentId, items);
    std::stable_sort(items.begin(), items.end(), [](const SpotCheckItem &a, const SpotCheckItem &b) {
        if (a.reason != b.reason)
            return a.reason == QLatin1String("mandatory");
        const int la = int(LightOrder.indexOf(a.light)), lb = int(LightOrder.indexOf(b.light));
        return la != lb ? la < lb : a.code < b.code;
    });
    plan.items = items;
    plan.drawn = items.size();
    return plan;
}

SpotCheckPlan SpotCheckPlanner::create(const Actor &actor, int year, const QString &department, const QString &seed, const QDate &asOf)
{
    SpotCheckPlan plan = draw(year, department, seed, asOf);
    WriteTransaction tx(m_db, actor, Permission::SpotcheckPlan);
    if (actor.role == QLatin1String("supervisor") && actor.departmentId != plan.departmentId)
        throw Error(ErrorKind::Permission, tr("You may plan spot checks only for your own department."));
    QJsonObject ratios;
    for (auto it = plan.ratios.constBegin(); it != plan.ratios.constEnd(); ++it)
        ratios.insert(it.key(), it.value());
    plan.createdBy = actor.auditName();
    plan.createdAt = Clock::nowIso();
    const QString ratiosText = QString::fromUtf8(QJsonDocument(ratios).toJson(QJsonDocument::Compact));
    QJsonObject population;
    for (auto it = plan.populationByLight.constBegin(); it != plan.populationByLight.constEnd(); ++it)
        population.insert(it.key(), it.value());
    const QString populationText = QString::fromUtf8(QJsonDocument(population).toJson(QJsonDocument::Compact));
    const QString warningsText = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(plan.warnings)).toJson(QJsonDocument::Compact));
    QSqlQuery insert = sql::exec(tx.sql(),
                                 QStringLiteral("INSERT INTO spotcheck_plans(year, department_id, seed, algorithm_version, ratio_version, ratios, "
                                                "population_by_light, warnings, population, drawn, as_of, created_by, created_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {plan.year, plan.departmentId, plan.seed, plan.algorithmVersion, plan.ratioVersion, ratiosText,
                                  populationText, warningsText, plan.population, plan.drawn, plan.asOf.toString(Qt::ISODate),
                                  plan.createdBy, plan.createdAt});
    plan.id = insert.lastInsertId().toLongLong();
    QSqlQuery item = sql::prepare(tx.sql(), QStringLiteral("INSERT INTO spotcheck_items(plan_id, entity_id, light, reason, inspector1, inspector2, visit_key) "
                                                           "VALUES (?, ?, ?, ?, (SELECT id FROM inspectors WHERE badge_no = ?), "
                                                           "(SELECT id FROM inspectors WHERE badge_no = ?), ?)"));
    auto badge = [](const QString &label) { return label.section(QLatin1Char('('), -1).chopped(1); };
    for (const SpotCheckItem &i : plan.items) {
        item.addBindValue(plan.id);
        item.addBindValue(i.entityId);
        item.addBindValue(i.light);
        item.addBindValue(i.reason);
        item.addBindValue(i.inspector1.isEmpty() ? QVariant() : QVariant(badge(i.inspector1)));
        item.addBindValue(i.inspector2.isEmpty() ? QVariant() : QVariant(badge(i.inspector2)));
        item.addBindValue(i.visitKey);
        sql::exec(item);
    }
    tx.audit(QStringLiteral("spotcheck.plan"), QStringLiteral("spotcheck_plan"), QString::number(plan.id), {},
             {{QStringLiteral("year"), plan.year}, {QStringLiteral("department"), plan.departmentName},
              {QStringLiteral("seed"), plan.seed}, {QStringLiteral("algorithm_version"), plan.algorithmVersion},
              {QStringLiteral("ratios"), ratios}, {QStringLiteral("population"), plan.population},
              {QStringLiteral("drawn"), qint64(plan.items.size())}});
    tx.commit();
    return plan;
}

QList<SpotCheckPlan> SpotCheckPlanner::plans(int year) const
{
    return plansWhere(QStringLiteral("? = 0 OR p.year = ?"), {year, year});
}

// The plans' own columns (without items), for the list and for load().
QList<SpotCheckPlan> SpotCheckPlanner::plansWhere(const QString &condition, const QVariantList &values) const
{
    QSqlQuery q = sql::prepare(m_db.sql(),
                               QStringLiteral("SELECT p.id, p.year, p.department_id, d.name, p.seed, p.algorithm_version, p.ratio_version, p.population, "
                                              "p.as_of, p.created_by, p.created_at, p.drawn FROM spotcheck_plans p JOIN departments d ON d.id = p.department_id "
                                              "WHERE ") + condition + QStringLiteral(" ORDER BY p.id DESC"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    QList<SpotCheckPlan> out;
    while (q.next()) {
        SpotCheckPlan p;
        p.id = q.value(0).toLongLong();
        p.year = q.value(1).toInt();
        p.departmentId = q.value(2).toLongLong();
        p.departmentName = q.value(3).toString();
        p.seed = q.value(4).toString();
        p.algorithmVersion = q.value(5).toInt();
        p.ratioVersion = q.value(6).toInt();
        p.population = q.value(7).toLongLong();
        p.asOf = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        p.createdBy = q.value(9).toString();
        p.createdAt = q.value(10).toString();
        p.drawn = q.value(11).toLongLong();
        out << p;
    }
    return out;
}

SpotCheckPlan SpotCheckPlanner::load(qint64 planId) const
{
    SpotCheckPlan plan = plansWhere(QStringLiteral("p.id = ?"), {planId}).value(0);
    if (plan.id == 0)
        throw Error(ErrorKind::NotFound, tr("There is no spot-check plan %1.").arg(planId));
    QSqlQuery stored = sql::exec(m_db.sql(), QStringLiteral("SELECT ratios, population_by_light, warnings FROM spotcheck_plans WHERE id = ?"),
                                 {planId});
    if (stored.next()) {
        const QJsonObject r = QJsonDocument::fromJson(stored.value(0).toString().toUtf8()).object();
        for (auto it = r.constBegin(); it != r.constEnd(); ++it)
            plan.ratios.insert(it.key(), it.value().toDouble());
        const QJsonObject p = QJsonDocument::fromJson(stored.value(1).toString().toUtf8()).object();
        for (auto it = p.constBegin(); it != p.constEnd(); ++it)
            plan.populationByLight.insert(it.key(), it.value().toInteger());
        for (const QJsonValue &w : QJsonDocument::fromJson(stored.value(2).toString().toUtf8()).array())
            plan.warnings << w.toString();
    }
    QSqlQuery q = sql::exec(m_db.sql(),
                            QStringLiteral("SELECT i.entity_id, e.code, e.name, i.light, i.reason, coalesce(a.name || ' (' || a.badge_no || ')', ''), "
                                           "coalesce(b.name || ' (' || b.badge_no || ')', ''), i.visit_key FROM spotcheck_items i "
                                           "JOIN entities e ON e.id = i.entity_id LEFT JOIN inspectors a ON a.id = i.inspector1 "
                                           "LEFT JOIN inspectors b ON b.id = i.inspector2 WHERE i.plan_id = ? "
                                           "ORDER BY i.reason = 'ratio', CASE i.light WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'grey' THEN 2 ELSE 3 END, e.code"),
                            {planId});
    while (q.next()) {
        SpotCheckItem item;
        item.entityId = q.value(0).toLongLong();
        item.code = q.value(1).toString();
        item.name = q.value(2).toString();
        item.light = q.value(3).toString();
        item.reason = q.value(4).toString();
        item.inspector1 = q.value(5).toString();
        item.inspector2 = q.value(6).toString();
        item.visitKey = q.value(7).toString();
        plan.items << item;
    }
    fillJointVisits(m_db.sql(), plan.year, plan.departmentId, plan.items);
    return plan;
}

qint64 SpotCheckPlanner::addInspector(const Actor &actor, const QString &department, const QString &name, const QString &badge)
{
    if (name.trimmed().isEmpty() || badge.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("An inspector needs a name and a badge number."));
    WriteTransaction tx(m_db, actor, Permission::SpotcheckPlan);
    const qint64 dept = departmentId(tx.sql(), department);
    if (actor.role == QLatin1String("supervisor") && actor.departmentId != dept)
        throw Error(ErrorKind::Permission, tr("You may change only your own department's roster."));
    if (sql::scalar(tx.sql(), QStringLiteral("SELECT id FROM inspectors WHERE badge_no = ?"), {badge.trimmed()}).isValid())
        throw Error(ErrorKind::Refused, tr("The badge number %1 is already on the roster.").arg(badge.trimmed()));
    QSqlQuery q = sql::exec(tx.sql(), QStringLiteral("INSERT INTO inspectors(department_id, name, badge_no) VALUES (?, ?, ?)"),
                            {dept, name.trimmed(), badge.trimmed()});
    const qint64 id = q.lastInsertId().toLongLong();
    tx.audit(QStringLiteral("inspector.add"), QStringLiteral("inspector"), badge.trimmed(), {},
             {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("department_id"), dept}});
    tx.commit();
    return id;
}

void SpotCheckPlanner::declareConflict(const Actor &actor, const QString &badge, const QString &entityCode, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Give the reason of the conflict of interest."));
    WriteTransaction tx(m_db, actor, Permission::SpotcheckPlan);
    QSqlQuery found = sql::exec(tx.sql(), QStringLiteral("SELECT id, department_id FROM inspectors WHERE badge_no = ?"), {badge.trimmed()});
    if (!found.next())
        throw Error(ErrorKind::NotFound, tr("No inspector has the badge number %1.").arg(badge));
    const QVariant inspector = found.value(0);
    if (actor.role == QLatin1String("supervisor") && actor.departmentId != found.value(1).toLongLong())
        throw Error(ErrorKind::Permission, tr("You may change only your own department's roster."));
    const QString code = UsccValidator::normalize(entityCode);
    const QVariant entity = sql::scalar(tx.sql(), QStringLiteral("SELECT id FROM entities WHERE code = ?"), {code});
    if (!entity.isValid())
        throw Error(ErrorKind::NotFound, tr("No entity with the code %1 is registered.").arg(code));
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO inspector_conflicts(inspector_id, entity_id, reason, declared_on) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT(inspector_id, entity_id) DO UPDATE SET reason = excluded.reason"),
              {inspector, entity, reason.trimmed(), Clock::today().toString(Qt::ISODate)});
    tx.audit(QStringLiteral("inspector.conflict"), QStringLiteral("inspector"), badge.trimmed(), {},
             {{QStringLiteral("entity"), code}, {QStringLiteral("reason"), reason.trimmed()}});
    tx.commit();
}

QStringList SpotCheckPlanner::tableHeader()
{
    return {tr("No."), tr("Credit code"), tr("Entity"), tr("Light"), tr("Drawn by"), tr("Inspector 1"), tr("Inspector 2"),
            tr("Joint visit"), tr("Also checked by")};
}

QList<QStringList> SpotCheckPlanner::tableRows(const SpotCheckPlan &plan)
{
    QList<QStringList> rows;
    int n = 0;
    for (const SpotCheckItem &i : plan.items)
        rows << QStringList{QString::number(++n), i.code, i.name, LightEngine::lightLabel(i.light),
                            i.reason == QLatin1String("mandatory") ? tr("mandatory") : tr("random (ratio)"), i.inspector1,
                            i.inspector2, i.visitKey, i.otherDepartments.join(QStringLiteral("、"))};
    return rows;
}

} // namespace cl
