#include "DemoCreditFactory.h"

#include "DemoCatalog.h"

#include <algorithm>
#include <cstdio>

namespace cl {

namespace {

// Separate, fixed streams derived from the seed: the entities keep theirs unchanged.
constexpr quint64 CreditStream = 0x4372656469740001ULL;
constexpr quint64 RosterStream = 0x526F737465720002ULL;

struct GradeWeight
{
    const char *grade;
    quint32 weight;
};

// Mostly good grades: about 85 % of evaluations at R0/R1, one in ten at R2, a few at R3 (and the
// tax authority's M, level U, for new taxpayers). With one to four evaluations per evaluated
// entity, about three in four evaluated entities come out green, one in five yellow, a few red.
const GradeWeight SamrGrades[] = {{"A", 36}, {"B", 51}, {"C", 8}, {"D", 3}, {"E", 2}};
const GradeWeight TaxGrades[] = {{"A", 34}, {"B", 44}, {"M", 9}, {"C", 9}, {"D", 4}};
const GradeWeight EnvGrades[] = {{"绿", 40}, {"蓝", 42}, {"黄", 11}, {"橙", 4}, {"红", 2}, {"黑", 1}};
const GradeWeight CustomsGrades[] = {{"高级认证企业", 6}, {"认证企业", 20}, {"常规企业", 56}, {"其他企业", 14}, {"失信企业", 3}, {"严重失信企业", 1}};
const GradeWeight FoodGrades[] = {{"A", 36}, {"B", 51}, {"C", 10}, {"D", 3}};
const GradeWeight GenericGrades[] = {{"A", 26}, {"优", 6}, {"良好", 12}, {"B", 42}, {"合格", 6}, {"C", 4}, {"不合格", 2}, {"D", 2}};

struct Listing
{
    const char *authority;
    const char *basis;
};
const Listing Listings[] = {
    {"龙口市市场监督管理局", "提交虚假材料取得市场主体登记，被列入严重违法失信名单"},
    {"龙口市市场监督管理局", "生产销售不符合食品安全标准的食品，情节严重"},
    {"国家税务总局龙口市税务局", "虚开增值税专用发票，属重大税收违法失信主体"},
    {"国家税务总局龙口市税务局", "逃避追缴欠税，属重大税收违法失信主体"},
    {"龙口市应急管理局", "发生较大生产安全事故并负有责任"},
    {"烟台市生态环境局龙口分局", "篡改、伪造自动监测数据，被列入环境违法失信名单"},
    {"龙口市人力资源和社会保障局", "拒不支付劳动报酬，被列入失信联合惩戒对象名单"},
};

struct Penalty
{
    const char *prefix;      // decision number 龙市监罚〔2026〕…号
    const char *department;  // department name as in the store
    const char *detail;
};
const Penalty Penalties[] = {
    {"龙市监罚", "市场监管局", "未按规定公示年度报告，罚款2000元"},
    {"龙市监罚", "市场监管局", "经营超过保质期的食品，没收违法所得并罚款5000元"},
    {"龙市监罚", "市场监管局", "虚假宣传，责令停止违法行为并罚款2万元"},
    {"龙市监罚", "市场监管局", "未取得许可从事经营活动，罚款1万元"},
    {"龙卫罚", "卫生健康局", "公共场所卫生指标不合格，警告并罚款1000元"},
    {"龙应急罚", "应急管理局", "未按规定开展安全生产教育培训，罚款3万元"},
    {"烟环龙罚", "生态环境局", "超标排放水污染物，罚款10万元"},
    {"龙交罚", "交通运输局", "未按规定进行车辆维护，罚款2000元"},
    {"龙消行罚", "消防救援大队", "消防设施未保持完好有效，罚款5000元"},
    {"龙综执罚", "综合行政执法局", "擅自占用城市道路经营，罚款500元"},
};

const char *const ConflictReasons[] = {
    "近亲属任该主体法定代表人",
    "三年内曾在该主体任职",
    "与该主体存在经济往来",
    "配偶在该主体担任财务负责人",
    "曾参与该主体的行政处罚案件调查（回避）",
};

// Badge prefixes by department (pinyin initials), as on a law-enforcement certificate.
struct BadgePrefix
{
    const char16_t *department;
    const char *prefix;
};
const BadgePrefix BadgePrefixes[] = {
    {u"市场监管局", "SC"},   {u"税务局", "SW"},         {u"生态环境局", "HJ"}, {u"海关", "HG"},
    {u"卫生健康局", "WJ"},   {u"住房城乡建设局", "ZJ"}, {u"应急管理局", "YJ"}, {u"交通运输局", "JT"},
    {u"人力资源社会保障局", "RS"}, {u"文化和旅游局", "WL"}, {u"教育和体育局", "JY"}, {u"自然资源和规划局", "ZR"},
    {u"农业农村局", "NY"},   {u"商务局", "SM"},         {u"综合行政执法局", "ZF"}, {u"公安局", "GA"},
    {u"消防救援大队", "XF"},
};

QDate later(QDate a, QDate b)
{
    return a < b ? b : a;
}

} // namespace

void DemoDate::set(QDate d)
{
    valid = d.isValid();
    if (!valid)
        return;
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, day);
    std::copy(buf, buf + 10, text);
}

DemoCreditFactory::DemoCreditFactory(quint64 seed, DemoCreditReference reference, QDate lastDay, qint64 findingsBefore, bool sparse)
    : m_rng(seed ^ CreditStream), m_rosterRng(seed ^ RosterStream), m_lastDay(lastDay.isValid() ? lastDay : QDate(2026, 11, 20)),
      m_reference(std::move(reference)), m_sparse(sparse), m_penaltySeq(findingsBefore), m_commitmentSeq(findingsBefore)
{
    // The schemes with the grades the current scheme version knows (an administrator may have changed them).
    auto addScheme = [this](const char *code, std::vector<GradeWeight> grades) {
        Scheme s;
        s.code = code;
        const QHash<QString, QString> levels = m_reference.levels.value(QLatin1String(code));
        std::vector<quint32> weights;
        for (const GradeWeight &g : grades) {
            const QString level = levels.value(QString::fromUtf8(g.grade));
            if (level.isEmpty())
                continue;
            s.grades.push_back(Grade{QByteArray(g.grade), level.toUtf8(), g.weight});
            weights.push_back(g.weight);
        }
        if (!weights.empty())
            s.cumulative = DemoRandom::cumulative(weights);
        m_schemes.push_back(std::move(s));
    };
    m_schemes.reserve(6);
    addScheme("SAMR_SD", {std::begin(SamrGrades), std::end(SamrGrades)});
    addScheme("TAX", {std::begin(TaxGrades), std::end(TaxGrades)});
    addScheme("ENV", {std::begin(EnvGrades), std::end(EnvGrades)});
    addScheme("CUSTOMS", {std::begin(CustomsGrades), std::end(CustomsGrades)});
    addScheme("FOOD_RISK", {std::begin(FoodGrades), std::end(FoodGrades)});
    addScheme("GENERIC", {std::begin(GenericGrades), std::end(GenericGrades)});
    m_samrScheme = scheme(QStringLiteral("SAMR_SD"));
    m_taxScheme = scheme(QStringLiteral("TAX"));
    m_envScheme = scheme(QStringLiteral("ENV"));
    m_customsScheme = scheme(QStringLiteral("CUSTOMS"));
    m_foodScheme = scheme(QStringLiteral("FOOD_RISK"));
    m_genericScheme = scheme(QStringLiteral("GENERIC"));

    for (const DemoCreditReference::Department &d : m_reference.departments) {
        qint64 *slot = d.defaultScheme == QLatin1String("SAMR_SD") ? &m_samr
                     : d.defaultScheme == QLatin1String("TAX")     ? &m_tax
                     : d.defaultScheme == QLatin1String("ENV")     ? &m_env
                     : d.defaultScheme == QLatin1String("CUSTOMS") ? &m_customs
                     : d.defaultScheme.isEmpty()                   ? &m_approval
                                                                   : nullptr;
        if (slot && *slot == 0)
            *slot = d.id;
    }
    for (int i = 0; i < int(m_reference.industries.size()); ++i) {
        m_industryIndex.insert(m_reference.industries[size_t(i)].id, i);
        m_industryNames.push_back(m_reference.industries[size_t(i)].name.toUtf8());
    }
    std::vector<quint32> surnameWeights;
    for (const DemoWeightedChar &c : DemoCatalog::surnames())
        surnameWeights.push_back(c.weight);
    m_surnameWeights = DemoRandom::cumulative(surnameWeights);
}

const DemoCreditFactory::Scheme *DemoCreditFactory::scheme(const QString &code) const
{
    for (const Scheme &s : m_schemes)
        if (s.code == code.toUtf8())
            return s.cumulative.empty() ? nullptr : &s;
    return nullptr;
}

QDate DemoCreditFactory::dayBetween(QDate first, QDate last)
{
    if (last <= first)
        return first;
    return first.addDays(qint64(m_rng.below(quint32(first.daysTo(last) + 1))));
}

QString DemoCreditFactory::personName(DemoRandom &rng) const
{
    QString name(DemoCatalog::surnames().at(size_t(rng.weighted(m_surnameWeights))).ch);
    const QStringView given = rng.chance(600) ? DemoCatalog::maleGivenNameChars() : DemoCatalog::femaleGivenNameChars();
    name += rng.charOf(given);
    if (rng.chance(800))
        name += rng.charOf(given);
    return name;
}

void DemoCreditFactory::draw(const Entity &entity, std::vector<DemoEvaluation> &evaluations, std::vector<DemoListing> &listings,
                             std::vector<DemoFinding> &findings)
{
    evaluations.clear();
    listings.clear();
    findings.clear();
    const QDate firstDay = later(QDate(2025, 1, 2), entity.registeredOn.addDays(30));
    const bool institution = entity.kind == QLatin1String("institution");
    const bool individual = entity.kind == QLatin1String("individual");
    const bool active = entity.status == QLatin1String("active");
    const int industry = m_industryIndex.value(entity.industryId, -1);
    const QString industryCode = industry >= 0 ? m_reference.industries[size_t(industry)].code : QString();

    // Who evaluates this entity: 市场监管局's risk classification for market entities, the tax
    // rating for taxpayers, food-safety risk grading for food businesses, customs credit for
    // traders, and the departments that supervise its field (department_industries).
    quint32 evaluatedPerMille = institution ? 450 : individual ? 620 : 800;
    if (!active)
        evaluatedPerMille = 400;
    if (m_sparse)
        evaluatedPerMille = evaluatedPerMille * 3 / 4;
    Option options[24];
    int nOptions = 0;
    auto add = [&](qint64 department, const Scheme *s, quint32 weight) {
        if (department <= 0 || !s || nOptions == int(std::size(options)))
            return;
        for (int i = 0; i < nOptions; ++i)
            if (options[i].departmentId == department && options[i].scheme == s)
                return;
        options[nOptions++] = Option{department, s, weight};
    };
    if (!institution)
        add(m_samr, m_samrScheme, 100);
    add(m_tax, m_taxScheme, individual ? 35 : institution ? 10 : 80);
    if (industryCode.startsWith(QLatin1Char('F')))
        add(m_samr, m_foodScheme, 45);
    if (!individual && (industryCode == QLatin1String("B02") || industryCode == QLatin1String("B06") || industryCode == QLatin1String("I01")
                        || industryCode == QLatin1String("I02") || industryCode == QLatin1String("T05")))
        add(m_customs, m_customsScheme, 25);
    if (industry >= 0)
        for (const qint64 d : m_reference.industries[size_t(industry)].departments) {
            if (d == m_samr)
                continue;
            const auto dept = std::find_if(m_reference.departments.begin(), m_reference.departments.end(),
                                           [d](const DemoCreditReference::Department &x) { return x.id == d; });
            if (dept != m_reference.departments.end() && !dept->defaultScheme.isEmpty())
                add(d, dept->defaultScheme == QLatin1String("ENV") ? m_envScheme : m_genericScheme, 40);
        }

    if (nOptions > 0 && firstDay < m_lastDay.addDays(-20) && m_rng.chance(evaluatedPerMille)) {
        static const std::vector<quint32> countWeights = DemoRandom::cumulative({35, 35, 20, 10});
        static const std::vector<quint32> sparseWeights = DemoRandom::cumulative({65, 35});
        int count = std::min(nOptions, m_rng.weighted(m_sparse ? sparseWeights : countWeights) + 1);
        const QByteArray *industryName = industry >= 0 ? &m_industryNames[size_t(industry)] : nullptr;
        while (count-- > 0) {
            std::vector<quint32> weights;
            for (int i = 0; i < nOptions; ++i)
                weights.push_back(options[i].weight);
            const int pick = m_rng.weighted(DemoRandom::cumulative(weights));
            const Option o = options[pick];
            options[pick] = options[--nOptions];

            auto evaluation = [&](QDate on) {
                DemoEvaluation &e = evaluations.emplace_back();
                e.departmentId = o.departmentId;
                e.scheme = &o.scheme->code;
                const Grade &g = o.scheme->grades[size_t(m_rng.weighted(o.scheme->cumulative))];
                e.grade = &g.raw;
                e.level = &g.level;
                e.industry = m_rng.chance(700) ? industryName : nullptr;
                e.evaluatedOn.set(on);
                e.validTo.set(on.addDays(o.scheme == m_envScheme && m_rng.chance(500) ? 730 : 365));
                if (o.scheme == m_samrScheme && m_rng.chance(700)) {
                    e.hasScore = true;
                    e.score = double(600 + m_rng.below(400)) / 10.0;
                } else if (o.scheme == m_taxScheme && m_rng.chance(850)) {
                    e.hasScore = true;
                    e.score = double(40 + m_rng.below(61));
                } else if (o.scheme == m_genericScheme && m_rng.chance(300)) {
                    e.hasScore = true;
                    e.score = double(60 + m_rng.below(41));
                }
                const quint32 remark = m_rng.below(100);
                e.remark = remark < 3 ? "复核后维持原评价" : remark < 5 ? "信用修复后重新评价" : nullptr;
            };
            // Most evaluations are recent (valid on the last day); a few are older and expired.
            QDate on;
            if (o.scheme == m_taxScheme)  // the yearly tax credit rating is published in April
                on = m_rng.chance(900) ? dayBetween(QDate(2026, 4, 1), QDate(2026, 4, 30)) : dayBetween(QDate(2025, 4, 1), QDate(2025, 4, 30));
            else if (m_rng.chance(930))
                on = dayBetween(later(firstDay, m_lastDay.addDays(-330)), m_lastDay.addDays(-5));
            else
                on = dayBetween(firstDay, m_lastDay.addDays(-370));
            if (on < firstDay || on > m_lastDay)
                continue;
            // Now and then the previous evaluation of the same department and scheme is there too.
            const QDate earlier = on.addDays(-qint64(180 + m_rng.below(220)));
            if (m_rng.chance(80) && earlier >= firstDay)
                evaluation(earlier);
            evaluation(on);
        }
    }

    if (institution)
        return;
    // A few entities on the serious-dishonesty list; one in five was taken off after repair.
    const QDate listable = later(QDate(2024, 3, 1), entity.registeredOn.addDays(60));
    if (active && m_rng.chance(2) && listable < m_lastDay.addDays(-30)) {
        const Listing &l = Listings[m_rng.below(quint32(std::size(Listings)))];
        DemoListing &d = listings.emplace_back();
        d.authority = l.authority;
        d.basis = l.basis;
        const QDate listed = dayBetween(listable, m_lastDay.addDays(-30));
        d.listedOn.set(listed);
        if (m_rng.chance(200) && listed.addDays(400) < m_lastDay)
            d.removedOn.set(dayBetween(listed.addDays(365), m_lastDay));
    }
    // Commitments found false or partly fulfilled (告知承诺 verification), and penalties in publicity.
    const quint32 roll = m_rng.below(1000);
    const QDate findable = later(QDate(2025, 3, 1), entity.registeredOn.addDays(30));
    if (findable >= m_lastDay.addDays(-10))
        return;
    if (roll < 2 || (roll >= 10 && roll < 16)) {
        const bool falseCommitment = roll < 2;
        DemoFinding &f = findings.emplace_back();
        f.kind = falseCommitment ? "false_commitment" : "partial_fulfilment";
        f.sourceType = "commitment";
        const QDate from = dayBetween(findable, m_lastDay.addDays(-10));
        f.sourceKey = "CN" + QByteArray::number(from.year()) + QByteArray::number(++m_commitmentSeq).rightJustified(6, '0');
        f.departmentId = m_approval;
        f.validFrom.set(from);
        f.detail = falseCommitment ? QByteArray("告知承诺核查发现申请材料与实际情况不符") : QByteArray("承诺事项部分履行，已责令限期整改");
        if (m_rng.chance(falseCommitment ? 150 : 350) && from.addDays(60) < m_lastDay)
            f.repairedOn.set(dayBetween(from.addDays(60), m_lastDay));
    } else if (roll >= 100 && roll < 118) {
        const Penalty &p = Penalties[m_rng.below(quint32(std::size(Penalties)))];
        qint64 department = m_samr;
        for (const DemoCreditReference::Department &d : m_reference.departments)
            if (d.name == QString::fromUtf8(p.department))
                department = d.id;
        const QDate decided = dayBetween(findable, m_lastDay.addDays(-10));
        // Publicity (DOMAIN.md §8): general penalties 3 months to a year, serious ones 1 to 3 years.
        const bool serious = m_rng.chance(200);
        DemoFinding &f = findings.emplace_back();
        f.kind = "penalty_publicity";
        f.sourceType = "penalty";
        f.sourceKey = QByteArray(p.prefix) + "〔" + QByteArray::number(decided.year()) + "〕" + QByteArray::number(++m_penaltySeq) + "号";
        f.departmentId = department;
        f.validFrom.set(decided);
        f.validTo.set(serious ? decided.addYears(3) : decided.addMonths(m_rng.chance(500) ? 6 : 12));
        f.detail = p.detail;
        if (m_rng.chance(100) && decided.addDays(100) < m_lastDay)
            f.repairedOn.set(dayBetween(decided.addDays(100), m_lastDay));
    }
}

std::vector<DemoInspector> DemoCreditFactory::inspectors(const QHash<qint64, int> &rosterSizes, const QSet<QString> &existingBadges)
{
    std::vector<DemoInspector> out;
    QSet<QString> used = existingBadges;
    for (const DemoCreditReference::Department &d : m_reference.departments) {
        if (d.defaultScheme.isEmpty() || rosterSizes.value(d.id) > 0)
            continue;
        QString prefix = QStringLiteral("JC%1").arg(d.id);
        for (const BadgePrefix &b : BadgePrefixes)
            if (d.name == QStringView(b.department))
                prefix = QLatin1String(b.prefix);
        const int count = m_rosterRng.between(6, 12);
        int number = 0;
        QSet<QString> names;
        for (int i = 0; i < count; ++i) {
            QString badge;
            do
                badge = prefix + QString::number(++number).rightJustified(4, QLatin1Char('0'));
            while (used.contains(badge));
            used.insert(badge);
            QString name;
            do
                name = personName(m_rosterRng);
            while (names.contains(name));
            names.insert(name);
            out.push_back(DemoInspector{d.id, name, badge});
        }
    }
    return out;
}

std::vector<DemoCreditFactory::Conflict> DemoCreditFactory::conflicts(const std::vector<DemoInspector> &roster, qint64 firstEntityId,
                                                                      qint64 lastEntityId)
{
    std::vector<Conflict> out;
    if (roster.empty() || lastEntityId < firstEntityId)
        return out;
    const quint32 span = quint32(std::min<qint64>(lastEntityId - firstEntityId + 1, 0x7fffffff));
    for (size_t start = 0; start < roster.size();) {
        size_t end = start;
        while (end < roster.size() && roster[end].departmentId == roster[start].departmentId)
            ++end;
        const int count = m_rosterRng.between(1, 3);
        for (int i = 0; i < count; ++i) {
            Conflict c;
            c.inspector = int(start + m_rosterRng.below(quint32(end - start)));
            c.entityId = firstEntityId + m_rosterRng.below(span);
            c.reason = QString::fromUtf8(ConflictReasons[m_rosterRng.below(quint32(std::size(ConflictReasons)))]);
            c.declaredOn = QDate(2025, 1, 2).addDays(m_rosterRng.below(quint32(QDate(2025, 1, 2).daysTo(m_lastDay)) + 1)).toString(Qt::ISODate);
            out.push_back(c);
        }
        start = end;
    }
    return out;
}

} // namespace cl
