#include "LightDecision.h"

#include "db/RawStatement.h"
#include "db/SqlUtil.h"

#include <QVarLengthArray>
#include <sqlite3.h>

namespace cl {

namespace {

void appendJsonString(QByteArray &out, const QString &value)
{
    out.append('"');
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out.append(buf);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendField(QByteArray &out, const char *name, const QString &value, bool &first)
{
    if (value.isEmpty())
        return;
    if (!first)
        out.append(',');
    first = false;
    out.append('"').append(name).append("\":");
    appendJsonString(out, value);
}

} // namespace

struct LightFacts::Streams
{
    std::unique_ptr<RawStatement> entities, dishonest, findings, evaluations;
    bool hasD = false, hasF = false, hasV = false;
    QString asOf;
};

LightFacts::LightFacts() : m(std::make_unique<Streams>()) {}
LightFacts::LightFacts(LightFacts &&) noexcept = default;
LightFacts::~LightFacts() = default;

LightFacts LightFacts::load(sqlite3 *db, const QDate &asOf, const qint64 *single, bool subset)
{
    LightFacts f;
    f.m->asOf = asOf.toString(Qt::ISODate);
    const char *filterE = single ? " WHERE id = ?2" : subset ? " WHERE id IN (SELECT id FROM temp.light_targets)" : "";
    const char *filterX = single ? " AND x.entity_id = ?2" : subset ? " AND x.entity_id IN (SELECT id FROM temp.light_targets)" : "";
    const QByteArray e = QByteArray("SELECT id, code, ?1 FROM entities") + filterE + " ORDER BY id";
    const QByteArray d = QByteArray("SELECT x.entity_id, x.id, x.listing_authority, x.basis, x.listed_on, coalesce(x.removed_on, '') "
                                    "FROM dishonest_list x WHERE x.listed_on <= ?1 AND (x.removed_on IS NULL OR x.removed_on > ?1)")
        + filterX + " ORDER BY x.entity_id";
    const QByteArray fi = QByteArray("SELECT x.entity_id, x.kind, x.source_type || ':' || x.source_key, coalesce(x.department_id, 0), "
                                     "x.valid_from, coalesce(x.valid_to, ''), x.detail FROM credit_findings x "
                                     "WHERE x.valid_from <= ?1 AND (x.valid_to IS NULL OR x.valid_to >= ?1) "
                                     "AND (x.repaired_on IS NULL OR x.repaired_on > ?1)")
        + filterX + " ORDER BY x.entity_id";
    // The unique key (entity, department, scheme, evaluated_on) orders the scan: the last row of
    // each (department, scheme) group is the evaluation that counts.
    const QByteArray v = QByteArray("SELECT x.entity_id, x.department_id, x.scheme, x.evaluated_on, x.valid_from, x.valid_to, "
                                    "x.level, x.raw_grade, x.id FROM evaluations x WHERE x.evaluated_on <= ?1")
        + filterX + " ORDER BY x.entity_id, x.department_id, x.scheme, x.evaluated_on";
    auto prepare = [&](const QByteArray &sql) {
        auto s = std::make_unique<RawStatement>(db, sql.constData());
        s->bind(1, f.m->asOf);
        if (single)
            s->bind(2, *single);
        return s;
    };
    f.m->entities = prepare(e);
    f.m->dishonest = prepare(d);
    f.m->findings = prepare(fi);
    f.m->evaluations = prepare(v);
    f.m->hasD = f.m->dishonest->step();
    f.m->hasF = f.m->findings->step();
    f.m->hasV = f.m->evaluations->step();
    return f;
}

bool LightFacts::next(EntityFacts &facts)
{
    Streams &s = *m;
    if (!s.entities->step())
        return false;
    facts.entityId = s.entities->int64(0);
    facts.code = s.entities->text(1);
    facts.dishonest.clear();
    facts.findings.clear();
    facts.evaluations.clear();
    const qint64 id = facts.entityId;

    while (s.hasD && s.dishonest->int64(0) <= id) {
        if (s.dishonest->int64(0) == id) {
            LightReason r;
            r.source = QStringLiteral("dishonest");
            r.key = QString::number(s.dishonest->int64(1));
            r.department = s.dishonest->text(2);
            r.detail = s.dishonest->text(3);
            r.date = s.dishonest->text(4);
            r.validTo = s.dishonest->text(5);
            facts.dishonest << r;
        }
        s.hasD = s.dishonest->step();
    }
    while (s.hasF && s.findings->int64(0) <= id) {
        if (s.findings->int64(0) == id) {
            LightReason r;
            r.source = QStringLiteral("finding");
            r.kind = s.findings->text(1);
            r.key = s.findings->text(2);
            r.department = QString::number(s.findings->int64(3));  // resolved to a name by the decision
            r.date = s.findings->text(4);
            r.validTo = s.findings->text(5);
            r.detail = s.findings->text(6);
            facts.findings << r;
        }
        s.hasF = s.findings->step();
    }
    LightReason pending;
    qint64 pendingDept = -1;
    QString pendingScheme;
    auto flush = [&] {
        if (pendingDept >= 0 && pending.validFrom <= s.asOf && pending.validTo >= s.asOf)
            facts.evaluations << pending;
    };
    while (s.hasV && s.evaluations->int64(0) <= id) {
        if (s.evaluations->int64(0) == id) {
            const qint64 dept = s.evaluations->int64(1);
            const QString scheme = s.evaluations->text(2);
            if (dept != pendingDept || scheme != pendingScheme) {
                flush();
                pendingDept = dept;
                pendingScheme = scheme;
            }
            pending = LightReason();
            pending.source = QStringLiteral("evaluation");
            pending.kind = scheme;
            pending.department = QString::number(dept);
            pending.date = s.evaluations->text(3);
            pending.validFrom = s.evaluations->text(4);
            pending.validTo = s.evaluations->text(5);
            pending.level = s.evaluations->text(6);
            pending.rawGrade = s.evaluations->text(7);
            pending.key = QString::number(s.evaluations->int64(8));
        }
        s.hasV = s.evaluations->step();
    }
    flush();
    return true;
}

EntityFacts LightFacts::takeFor(qint64 entityId)
{
    EntityFacts facts;
    while (next(facts))
        if (facts.entityId == entityId)
            return facts;
    facts = EntityFacts();
    facts.entityId = entityId;
    return facts;
}

LightDecision::LightDecision(QList<LightRule> rules, int ruleVersion, QHash<qint64, QString> departmentNames)
    : m_rules(std::move(rules)), m_version(ruleVersion), m_departments(std::move(departmentNames))
{}

QHash<qint64, QString> LightDecision::departmentNames(const QSqlDatabase &db)
{
    QHash<qint64, QString> names;
    if (!db.isValid())
        return names;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, name FROM departments"));
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

LightResult LightDecision::decide(const EntityFacts &facts, const QDate &asOf) const
{
    LightResult result;
    result.asOf = asOf;
    result.ruleVersion = m_version;
    for (const LightRule &rule : m_rules) {
        QList<LightReason> matched;
        if (rule.source == QLatin1String("dishonest")) {
            matched = facts.dishonest;
        } else if (rule.source == QLatin1String("finding")) {
            for (const LightReason &r : facts.findings)
                if (rule.match.contains(r.kind))
                    matched << r;
        } else if (rule.source == QLatin1String("evaluation")) {
            for (const LightReason &r : facts.evaluations)
                if (rule.match.contains(r.level))
                    matched << r;
        } else {
            result.light = rule.light;
            result.ruleId = rule.ruleId;
            return result;
        }
        if (!matched.isEmpty()) {
            result.light = rule.light;
            result.ruleId = rule.ruleId;
            for (LightReason &r : matched) {
                r.ruleId = rule.ruleId;
                if (r.source != QLatin1String("dishonest"))
                    r.department = m_departments.value(r.department.toLongLong());
            }
            result.reasons = matched;
            return result;
        }
    }
    result.light = QStringLiteral("grey");
    result.ruleId = QStringLiteral("U1");
    return result;
}

QByteArray LightDecision::reasonsJson(const QList<LightReason> &reasons)
{
    QByteArray out("[");
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const LightReason &r = reasons.at(i);
        if (i)
            out.append(',');
        out.append('{');
        bool first = true;
        appendField(out, "rule_id", r.ruleId, first);
        appendField(out, "source", r.source, first);
        appendField(out, "key", r.key, first);
        appendField(out, "kind", r.kind, first);
        appendField(out, "department", r.department, first);
        appendField(out, "raw_grade", r.rawGrade, first);
        appendField(out, "level", r.level, first);
        appendField(out, "date", r.date, first);
        appendField(out, "valid_from", r.validFrom, first);
        appendField(out, "valid_to", r.validTo, first);
        appendField(out, "detail", r.detail, first);
        out.append('}');
    }
    out.append(']');
    return out;
}

LightEngine::Stats LightDecision::apply(sqlite3 *db, LightFacts &facts, const QDate &asOf, const QString &now, bool subset) const
{
    struct Change
    {
        qint64 entityId;
        QString code;
        QString light;
        QString ruleId;
        QByteArray reasons;
        bool historic;  // light or rule changed
    };
    // Current lights, to write only what changed.
    struct Current
    {
        QString light, ruleId;
        QByteArray reasons;
    };
    QHash<qint64, Current> current;
    {
        RawStatement q(db, subset ? "SELECT entity_id, light, rule_id, reasons FROM entity_lights WHERE entity_id IN (SELECT id FROM temp.light_targets)"
                                  : "SELECT entity_id, light, rule_id, reasons FROM entity_lights");
        while (q.step())
            current.insert(q.int64(0), Current{q.text(1), q.text(2), q.bytes(3)});
    }
    QList<Change> changes;
    LightEngine::Stats stats;
    EntityFacts f;
    while (facts.next(f)) {
        ++stats.entities;
        const LightResult r = decide(f, asOf);
        const QByteArray reasons = reasonsJson(r.reasons);
        const auto it = current.constFind(f.entityId);
        if (it != current.constEnd() && it->light == r.light && it->ruleId == r.ruleId && it->reasons == reasons)
            continue;
        const bool historic = it == current.constEnd() || it->light != r.light || it->ruleId != r.ruleId;
        changes.append(Change{f.entityId, f.code, r.light, r.ruleId, reasons, historic});
    }
    current.clear();

    const QString asOfText = asOf.toString(Qt::ISODate);
    RawStatement upsert(db, "INSERT INTO entity_lights(entity_id, light, rule_id, rule_version, as_of, reasons, computed_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(entity_id) DO UPDATE SET light = excluded.light, "
                            "rule_id = excluded.rule_id, rule_version = excluded.rule_version, as_of = excluded.as_of, "
                            "reasons = excluded.reasons, computed_at = excluded.computed_at");
    RawStatement history(db, "INSERT INTO light_history(entity_id, effective_on, light, rule_id, rule_version, reasons, recorded_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    RawStatement outbox(db, "INSERT INTO outbox(kind, record_key, payload, created_at) VALUES ('light', ?1, ?2, ?3)");
    for (const Change &c : changes) {
        upsert.bind(1, c.entityId).bind(2, c.light).bind(3, c.ruleId).bind(4, qint64(m_version)).bind(5, asOfText)
            .bind(6, c.reasons).bind(7, now);
        upsert.run();
        if (!c.historic)
            continue;
        ++stats.changed;
        history.bind(1, c.entityId).bind(2, asOfText).bind(3, c.light).bind(4, c.ruleId).bind(5, qint64(m_version))
            .bind(6, c.reasons).bind(7, now);
        history.run();
        QByteArray payload("{\"code\":");
        appendJsonString(payload, c.code);
        payload.append(",\"light\":\"").append(c.light.toLatin1()).append("\",\"rule_id\":\"").append(c.ruleId.toLatin1())
            .append("\",\"as_of\":\"").append(asOfText.toLatin1()).append("\"}");
        outbox.bind(1, c.code).bind(2, payload).bind(3, now);
        outbox.run();
    }
    return stats;
}

} // namespace cl
