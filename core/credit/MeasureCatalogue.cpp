#include "MeasureCatalogue.h"

#include "common/Error.h"
#include "credit/IdCardValidator.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QSet>
#include <algorithm>

namespace cl {

namespace {
int metaInt(const QSqlDatabase &db, const QString &key, int fallback)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? n : fallback;
}

QStringList findingLines(const QSqlDatabase &db, qint64 entityId, const QString &date, const QStringList &kinds)
{
    QStringList out;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT f.kind, f.source_key, f.valid_from, coalesce(d.name, ''), f.detail FROM credit_findings f "
                                               "LEFT JOIN departments d ON d.id = f.department_id WHERE f.entity_id = ? AND f.valid_from <= ? "
                                               "AND (f.valid_to IS NULL OR f.valid_to >= ?) AND (f.repaired_on IS NULL OR f.repaired_on > ?) "
                                               "ORDER BY f.valid_from, f.id"),
                            {entityId, date, date, date});
    while (q.next()) {
        if (!kinds.contains(q.value(0).toString()))
            continue;
        const QString kind = LightEngine::findingKindLabel(q.value(0).toString());
        out << (q.value(3).toString().isEmpty()
                    ? MeasureCatalogue::tr("%1 %2 since %3").arg(kind, q.value(1).toString(), q.value(2).toString())
                    : MeasureCatalogue::tr("%1 %2 since %3 (%4)").arg(kind, q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
    }
    return out;
}
} // namespace

QJsonObject ApplicableMeasure::toJson() const
{
    return {{QStringLiteral("code"), measure.code}, {QStringLiteral("kind"), measure.kind}, {QStringLiteral("name"), measure.name},
            {QStringLiteral("legal_basis"), measure.legalBasis}, {QStringLiteral("effect"), measure.effect},
            {QStringLiteral("reason"), reason}};
}

QList<Measure> MeasureCatalogue::list(const QSqlDatabase &db, bool activeOnly)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, code, kind, name, description, legal_basis, condition, effect, active FROM measures %1 ORDER BY code")
                                    .arg(activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    QList<Measure> out;
    while (q.next())
        out << Measure{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                       q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toBool()};
    return out;
}

CreditStanding MeasureCatalogue::standing(Database &db, qint64 entityId, const QDate &asOf)
{
    CreditStanding s;
    s.entityId = entityId;
    s.asOf = asOf;
    s.light = LightEngine(db).explain(entityId, asOf);
    const QString date = asOf.toString(Qt::ISODate);
    QSqlQuery q = sql::exec(db.sql(), QStringLiteral("SELECT listing_authority, listed_on, basis FROM dishonest_list WHERE entity_id = ? AND listed_on <= ? "
                                                     "AND (removed_on IS NULL OR removed_on > ?) ORDER BY listed_on"),
                            {entityId, date, date});
    while (q.next())
        s.dishonest << tr("serious-dishonesty list of %1 since %2 (%3)").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    // The legal representative (DOMAIN.md §3): a natural person is an entity whose code is the ID number, so the
    // listing is found by entities.code (UNIQUE) and dishonest_list(entity_id), both indexed. The entity itself is
    // left out (a person registered as their own representative is already covered above).
    q = sql::exec(db.sql(), QStringLiteral("SELECT coalesce(nullif(e.legal_rep, ''), p.name), p.code, d.listing_authority, d.listed_on, d.basis "
                                           "FROM entities e JOIN entities p ON p.code = e.legal_rep_id_no AND p.id <> e.id "
                                           "JOIN dishonest_list d ON d.entity_id = p.id WHERE e.id = ? AND d.listed_on <= ? "
                                           "AND (d.removed_on IS NULL OR d.removed_on > ?) ORDER BY d.listed_on, d.id"),
                  {entityId, date, date});
    while (q.next())
        s.representativeDishonest << tr("the legal representative %1 (ID %2) is on the serious-dishonesty list since %3, listed by %4 (%5)")
                                         .arg(q.value(0).toString(), IdCardValidator::mask(q.value(1).toString()), q.value(3).toString(),
                                              q.value(2).toString(), q.value(4).toString());
    s.falseCommitments = findingLines(db.sql(), entityId, date, {QStringLiteral("false_commitment")});
    s.unfulfilled = findingLines(db.sql(), entityId, date, {QStringLiteral("unfulfilled_overdue")});
    s.partialOrOverdue = findingLines(db.sql(), entityId, date, {QStringLiteral("partial_fulfilment"), QStringLiteral("deficiency_overdue")});
    s.penalties = findingLines(db.sql(), entityId, date, {QStringLiteral("penalty_publicity")});
    s.deficiencyMissLimit = metaInt(db.sql(), QStringLiteral("deficiency_miss_limit"), 3);
    s.deficiencyWindowMonths = metaInt(db.sql(), QStringLiteral("deficiency_miss_window_months"), 12);
    s.deficiencyMisses = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM application_materials m JOIN approval_applications a ON a.id = m.application_id "
                                                              "WHERE a.entity_id = ? AND m.missed_on IS NOT NULL AND m.missed_on > ? AND m.missed_on <= ?"),
                                     {entityId, asOf.addMonths(-s.deficiencyWindowMonths).toString(Qt::ISODate), date})
                             .toInt();
    return s;
}

QString MeasureCatalogue::conditionReason(const QString &condition, const CreditStanding &s)
{
    const QString lightText = tr("%1 light (rule %2: %3)").arg(LightEngine::lightLabel(s.light.light), s.light.ruleId, LightEngine::ruleLabel(s.light.ruleId));
    if (condition == QLatin1String("green"))
        return s.light.light == QLatin1String("green") ? lightText : QString();
    if (condition == QLatin1String("green_or_clean_grey")) {
        if (s.light.light == QLatin1String("green"))
            return lightText;
        if (s.light.light == QLatin1String("grey") && !s.negativeRecord())
            return tr("%1, no negative record").arg(lightText);
        return {};
    }
    if (condition == QLatin1String("yellow"))
        return s.light.light == QLatin1String("yellow") ? lightText : QString();
    if (condition == QLatin1String("red"))
        return s.light.light == QLatin1String("red") ? lightText : QString();
    if (condition == QLatin1String("dishonest"))
        return s.dishonest.join(QStringLiteral("; "));
    if (condition == QLatin1String("rep_dishonest"))
        return s.representativeDishonest.join(QStringLiteral("; "));
    if (condition == QLatin1String("false_commitment"))
        return s.falseCommitments.join(QStringLiteral("; "));
    if (condition == QLatin1String("unfulfilled"))
        return s.unfulfilled.join(QStringLiteral("; "));
    if (condition == QLatin1String("partial_or_overdue"))
        return s.partialOrOverdue.join(QStringLiteral("; "));
    if (condition == QLatin1String("penalty_publicity"))
        return s.penalties.join(QStringLiteral("; "));
    if (condition == QLatin1String("deficiency_misses"))
        return s.deficiencyMisses >= s.deficiencyMissLimit
                   ? tr("%1 missed supplement deadlines for deficient materials in the last %2 months (limit %3)")
                         .arg(s.deficiencyMisses).arg(s.deficiencyWindowMonths).arg(s.deficiencyMissLimit)
                   : QString();
    return {};
}

QList<ApplicableMeasure> MeasureCatalogue::applicable(const QSqlDatabase &db, const CreditStanding &standing)
{
    QList<ApplicableMeasure> out;
    QSet<QString> withheld;  // effects a restriction that applies says "no_" to
    for (const Measure &m : list(db)) {
        const QString reason = conditionReason(m.condition, standing);
        if (reason.isEmpty())
            continue;
        out << ApplicableMeasure{m, reason};
        if (m.kind == QLatin1String("restriction") && m.effect.startsWith(QLatin1String("no_")))
            withheld.insert(m.effect.mid(3));
    }
    // An incentive gives way to the restriction saying the opposite (migration 0013), whatever their order.
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const ApplicableMeasure &a) {
                                 return a.measure.kind == QLatin1String("incentive") && !a.measure.effect.isEmpty()
                                     && withheld.contains(a.measure.effect);
                             }),
              out.end());
    return out;
}

QList<ApplicableMeasure> MeasureCatalogue::applicable(Database &db, qint64 entityId, const QDate &asOf)
{
    return applicable(db.sql(), standing(db, entityId, asOf));
}

qint64 MeasureCatalogue::save(WriteTransaction &tx, const Measure &m)
{
    if (m.code.trimmed().isEmpty() || m.name.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("A measure needs a code and a name."));
    if (m.legalBasis.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("The measure %1 has no legal basis; no measure may be applied without one.").arg(m.code));
    if (m.kind != QLatin1String("incentive") && m.kind != QLatin1String("restriction"))
        throw Error(ErrorKind::Invalid, tr("A measure is an incentive or a restriction, not \"%1\".").arg(m.kind));
    if (!conditions().contains(m.condition))
        throw Error(ErrorKind::Invalid, tr("Unknown measure condition \"%1\".").arg(m.condition));
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO measures(code, kind, name, description, legal_basis, condition, effect, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT(code) DO UPDATE SET kind = excluded.kind, name = excluded.name, description = excluded.description, "
                                       "legal_basis = excluded.legal_basis, condition = excluded.condition, effect = excluded.effect, active = excluded.active"),
              {m.code.trimmed(), m.kind, m.name.trimmed(), m.description, m.legalBasis.trimmed(), m.condition, m.effect, m.active ? 1 : 0});
    tx.audit(QStringLiteral("measure.save"), QStringLiteral("measure"), m.code.trimmed(), {},
             {{QStringLiteral("kind"), m.kind}, {QStringLiteral("name"), m.name}, {QStringLiteral("condition"), m.condition},
              {QStringLiteral("effect"), m.effect}, {QStringLiteral("legal_basis"), m.legalBasis}});
    return sql::scalar(tx.sql(), QStringLiteral("SELECT id FROM measures WHERE code = ?"), {m.code.trimmed()}).toLongLong();
}

QStringList MeasureCatalogue::conditions()
{
    return {QStringLiteral("green"), QStringLiteral("green_or_clean_grey"), QStringLiteral("yellow"), QStringLiteral("red"),
            QStringLiteral("dishonest"), QStringLiteral("false_commitment"), QStringLiteral("unfulfilled"),
            QStringLiteral("deficiency_misses"), QStringLiteral("penalty_publicity"), QStringLiteral("partial_or_overdue"),
            QStringLiteral("rep_dishonest")};
}

QString MeasureCatalogue::conditionLabel(const QString &c)
{
    if (c == QLatin1String("green")) return tr("Green light");
    if (c == QLatin1String("green_or_clean_grey")) return tr("Green light, or grey without negative records");
    if (c == QLatin1String("yellow")) return tr("Yellow light");
    if (c == QLatin1String("red")) return tr("Red light");
    if (c == QLatin1String("dishonest")) return tr("On the serious-dishonesty list");
    if (c == QLatin1String("rep_dishonest")) return tr("Legal representative on the serious-dishonesty list");
    if (c == QLatin1String("false_commitment")) return tr("Unrepaired false commitment");
    if (c == QLatin1String("unfulfilled")) return tr("Commitment unfulfilled past the rectification deadline");
    if (c == QLatin1String("deficiency_misses")) return tr("Repeatedly missed supplement deadlines");
    if (c == QLatin1String("penalty_publicity")) return tr("Penalty within its publicity period");
    if (c == QLatin1String("partial_or_overdue")) return tr("Commitment partly fulfilled or materials overdue");
    return c;
}

QString MeasureCatalogue::kindLabel(const QString &kind)
{
    return kind == QLatin1String("incentive") ? tr("Incentive") : tr("Restriction");
}

} // namespace cl
