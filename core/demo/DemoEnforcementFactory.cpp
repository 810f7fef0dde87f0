#include "DemoEnforcementFactory.h"

#include "DemoRandom.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "enforcement/EnforcementService.h"
#include "enforcement/ViolationCatalogue.h"
#include "registry/EntityRepository.h"

#include <QJsonDocument>
#include <iterator>

namespace cl {

namespace {

const char *const Officers[] = {"王建军", "李海燕", "张志强", "刘晓东", "陈静", "孙立国", "赵明", "周婷"};
const char *const OverrideReasons[] = {"当事人经营场所位于旅游景区，违法行为社会影响较大", "当事人在调查中主动提供证据，积极配合",
                                       "同类违法行为在本辖区多发，需加强警示", "当事人已主动消除违法行为后果，且系小微企业"};
const char *const FactTexts[] = {"现场检查发现，当事人已当场改正", "群众举报，经核查属实", "双随机抽查中发现", "专项整治行动中发现"};

// SQLite binds a null QString as NULL; these columns are NOT NULL with '' for "none".
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString decisionPrefix(qint64 department)
{
    switch (department) {
    case 2: return QStringLiteral("龙市监处字");
    case 4: return QStringLiteral("烟环龙罚字");
    case 6: return QStringLiteral("龙卫公罚字");
    case 11: return QStringLiteral("龙文旅罚字");
    case 12: return QStringLiteral("龙教体罚字");
    default: return QStringLiteral("龙执罚字");
    }
}

CaseFacts drawFacts(DemoRandom &rng)
{
    CaseFacts f;
    const int roll = rng.between(0, 99);
    if (roll < 45) {            // the typical soft-list case: first violation, minor harm, corrected
        f.firstViolation = true;
        f.harm = QStringLiteral("minor");
        f.corrected = true;
    } else if (roll < 58) {     // minor, corrected, no harm
        f.harm = QStringLiteral("none");
        f.corrected = true;
    } else if (roll < 72) {     // an Art. 32 ground
        f.harm = QStringLiteral("minor");
        f.grounds << CaseFacts::groundCodes().at(rng.between(0, 3));
    } else if (roll < 82) {     // aggravating
        f.harm = rng.chance(300) ? QStringLiteral("serious") : QStringLiteral("unknown");
        f.aggravating << (rng.chance(500) ? QStringLiteral("repeat_violation") : QStringLiteral("obstruction"));
    } else if (roll < 84) {
        f.noFault = true;
    }
    return f;
}

qint64 drawAmount(DemoRandom &rng, const FineBand &band)
{
    if (band.maxFen <= 0)
        return 0;
    // Whole hundreds of yuan, as decisions usually are, inside the band.
    const qint64 low = (band.minFen + 9999) / 10000, high = band.maxFen / 10000;
    if (high < low)
        return band.minFen;
    return (low + rng.below(quint32(qMin<qint64>(high - low + 1, 1000000)))) * 10000;
}

} // namespace

DemoEnforcementFactory::Counts DemoEnforcementFactory::generate(Database &db, quint64 seed, qint64 firstEntity, qint64 lastEntity,
                                                                const QDate &lastDay)
{
    Counts counts;
    if (lastEntity < firstEntity)
        return counts;
    const QSqlDatabase conn = db.sql();
    DemoRandom rng(seed ^ 0x656e666f726365ULL);
    const QList<ViolationItem> items = ViolationCatalogue(db).items();
    if (items.isEmpty())
        return counts;
    const DiscretionRuleSet rules = DiscretionRuleSet::load(conn);
    const qint64 population = lastEntity - firstEntity + 1;
    const qint64 wanted = qBound(qint64(3), population / 100, qint64(400));
    EntityRepository entities(db);
    QHash<QString, int> serial;
    for (qint64 n = 0; n < wanted; ++n) {
        const qint64 entityId = firstEntity + qint64(rng.below(quint32(qMin<qint64>(population, 0x7fffffff))));
        const std::optional<Entity> entity = entities.byId(entityId);
        if (!entity)
            continue;
        const ViolationItem &item = items.at(int(rng.below(quint32(items.size()))));
        CaseFacts facts = drawFacts(rng);
        const QDate found = lastDay.addDays(-rng.between(5, 330));
        const QDate decided = qMin(lastDay, found.addDays(rng.between(3, 25)));
        CreditSnapshot snapshot = CreditSnapshot::load(db, entityId, decided);
        if (!snapshot.recentPenalties.isEmpty())
            facts.firstViolation = false;   // the record says otherwise
        const Recommendation rec = DiscretionEngine::recommend(facts, item, snapshot, rules);
        QString outcome = rec.outcome, reason;
        if (!rec.alternatives.isEmpty() && rng.chance(80)) {
            outcome = rec.alternatives.first();
            reason = QString::fromUtf8(OverrideReasons[rng.below(quint32(std::size(OverrideReasons)))]);
        }
        const FineBand band = DiscretionEngine::band(outcome, item, rules);
        const qint64 amount = drawAmount(rng, band);
        const bool penalty = outcome != QLatin1String("no_penalty");
        const QString prefix = decisionPrefix(item.departmentId);
        QString decisionNo;
        if (penalty) {
            const QString key = prefix + QString::number(decided.year());
            if (!serial.contains(key))
                serial.insert(key, sql::scalar(conn, QStringLiteral("SELECT count(*) FROM penalties WHERE decision_no LIKE ?"),
                                               {key.left(prefix.size()) + QStringLiteral("〔%1〕%").arg(decided.year())}).toInt());
            decisionNo = prefix + QStringLiteral("〔%1〕%2号").arg(decided.year()).arg(++serial[key]);
        }
        const QString day = found.toString(QStringLiteral("yyyyMMdd"));
        const int caseSerial = sql::scalar(conn, QStringLiteral("SELECT count(*) FROM enforcement_cases WHERE case_no LIKE ?"),
                                           {QStringLiteral("AJ%1%").arg(day)}).toInt() + 1;
        EnforcementCase c;
        c.caseNo = QStringLiteral("AJ%1%2").arg(day).arg(caseSerial, 4, 10, QLatin1Char('0'));
        c.entityId = entityId;
        c.facts = facts;
        c.factsText = QString::fromUtf8(FactTexts[rng.below(quint32(std::size(FactTexts)))]);
        c.officer = QString::fromUtf8(Officers[rng.below(quint32(std::size(Officers)))]);
        c.foundOn = found;
        sql::exec(conn,
                  QStringLiteral("INSERT INTO enforcement_cases(case_no, entity_id, item_id, first_violation, harm, corrected, no_fault, grounds, "
                                 "aggravating, facts_text, officer, department_id, found_on, status, created_by, created_at) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'decided','demo',?)"),
                  {c.caseNo, entityId, item.id, facts.firstViolation ? 1 : 0, facts.harm, facts.corrected ? 1 : 0, facts.noFault ? 1 : 0,
                   nonNull(facts.grounds.join(QLatin1Char(','))), nonNull(facts.aggravating.join(QLatin1Char(','))),
                   c.factsText, c.officer, item.departmentId, found.toString(Qt::ISODate), decided.toString(Qt::ISODate) + QStringLiteral("T02:00:00.000Z")});
        const qint64 caseId = sql::scalar(conn, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        sql::exec(conn,
                  QStringLiteral("INSERT INTO enforcement_decisions(case_id, recommended_outcome, rule_id, rule_version, recommendation, outcome, "
                                 "amount_fen, fine_not_imposed_fen, decision_no, decided_on, override_reason, decided_by, decided_at) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                  {caseId, rec.outcome, rec.ruleId, rec.ruleVersion,
                   QString::fromUtf8(QJsonDocument(rec.toJson()).toJson(QJsonDocument::Compact)), outcome, amount,
                   EnforcementService::fineNotImposed(outcome, amount, item, rules), penalty ? QVariant(decisionNo) : QVariant(),
                   decided.toString(Qt::ISODate), nonNull(reason), c.officer,
                   decided.toString(Qt::ISODate) + QStringLiteral("T02:00:00.000Z")});
        ++counts.cases;
        if (!penalty)
            continue;
        const QString severity = (outcome == QLatin1String("heavier") || facts.harm == QLatin1String("serious")) ? QStringLiteral("serious")
                                                                                                               : QStringLiteral("general");
        const PublicityPeriod period = PublicityPeriod::load(conn, severity);
        PenaltyRecord p = EnforcementService::penaltyFor(c, *entity, item, rec, outcome, amount, decisionNo, decided, period);
        p.decisionId = sql::scalar(conn, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        EnforcementService::insertPenalty(conn, p, period.version);
        ++counts.penalties;
        // A few repaired after the minimum period with a credit-repair commitment.
        const QDate repaired = p.repairFrom.addDays(rng.between(0, 20));
        if (repaired <= lastDay && repaired <= p.publicityEnd && rng.chance(250)) {
            const QString code = QStringLiteral("370681%1%2").arg(repaired.toString(QStringLiteral("yyyyMMdd"))).arg(900000 + counts.repairs, 6, 10, QLatin1Char('0'));
            sql::exec(conn,
                      QStringLiteral("INSERT INTO penalty_repairs(penalty_id, applied_on, commitment_code, commitment_content, status, decided_on, "
                                     "applied_by, decided_by) VALUES (?, ?, ?, ?, 'granted', ?, 'demo', 'demo')"),
                      {p.id, repaired.toString(Qt::ISODate), code, QStringLiteral("本单位已改正违法行为、履行行政处罚决定，承诺今后守法经营，如有违反自愿接受惩戒。"),
                       repaired.toString(Qt::ISODate)});
            sql::exec(conn, QStringLiteral("UPDATE penalties SET repaired_on = ? WHERE id = ?"), {repaired.toString(Qt::ISODate), p.id});
            sql::exec(conn, QStringLiteral("UPDATE credit_findings SET repaired_on = ? WHERE kind = 'penalty_publicity' AND source_type = 'penalty' "
                                           "AND source_key = ?"),
                      {repaired.toString(Qt::ISODate), p.decisionNo});
            ++counts.repairs;
        }
    }
    return counts;
}

} // namespace cl
