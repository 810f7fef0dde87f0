#include "DemoEntityFactory.h"

#include "DemoCatalog.h"
#include "credit/UsccValidator.h"

#include <QHash>
#include <algorithm>

namespace cl {

namespace {
constexpr QStringView CodeChars = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int FirstYear = 1995;

QStringList splitWords(const char16_t *words)
{
    QStringList out;
    for (const QStringView w : QStringView(words).split(u'|', Qt::SkipEmptyParts))
        out << w.toString();
    return out;
}

// FNV-1a over UTF-16: a fixed hash (qHash's seed and algorithm may change between Qt versions,
// and a different collision pattern would change the generated rows).
quint64 fingerprint(const QString &text)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001B3ULL;
    }
    return h;
}

// Registrations per year grew sharply after the 2014 commercial-registration reform.
quint32 yearWeight(int year)
{
    if (year < 2000)
        return 20;
    if (year < 2008)
        return 30;
    if (year < 2014)
        return 50;
    if (year < 2018)
        return 90;
    return 110;
}
} // namespace

DemoEntityFactory::DemoEntityFactory(quint64 seed, const QList<NamedRow> &industries, const QList<NamedRow> &towns,
                                     QDate lastDay)
    : m_rng(seed), m_firstDay(FirstYear, 1, 1), m_lastDay(lastDay.isValid() ? lastDay : QDate(2026, 11, 20))
{
    if (m_lastDay < m_firstDay)
        m_lastDay = m_firstDay;

    std::vector<quint32> weights;
    for (const NamedRow &row : towns) {
        Town t{row.id, row.name, row.name, {}, row.name.endsWith(u"街道") || row.code == QLatin1String("street")};
        for (const QStringView suffix : {QStringView(u"街道"), QStringView(u"镇"), QStringView(u"乡")})
            if (t.shortName.endsWith(suffix) && t.shortName.size() > suffix.size())
                t.shortName.chop(suffix.size());
        quint32 weight = 3;
        for (const DemoTownProfile &p : DemoCatalog::towns())
            if (QStringView(p.name) == row.name) {
                weight = p.weight;
                t.roads = splitWords(p.roads);
            }
        if (t.roads.isEmpty())
            t.roads << t.shortName + QStringLiteral("大街") << t.shortName + QStringLiteral("路") << t.shortName + QStringLiteral("中街");
        m_towns.push_back(t);
        weights.push_back(weight);
    }
    if (m_towns.empty()) {  // a store without towns still gets plausible addresses
        m_towns.push_back(Town{0, QStringLiteral("东莱街道"), QStringLiteral("东莱"),
                               splitWords(DemoCatalog::towns().front().roads), true});
        weights.push_back(1);
    }
    m_townWeights = DemoRandom::cumulative(weights);

    std::vector<quint32> enterprise, individual;
    for (const NamedRow &row : industries) {
        Industry ind{row.id, {}, {}};
        quint32 ew = 2, iw = 0;
        const auto &profiles = DemoCatalog::industries();
        const auto p = std::find_if(profiles.begin(), profiles.end(),
                                    [&](const DemoIndustryProfile &x) { return row.code == QLatin1String(x.code); });
        if (p != profiles.end()) {
            ew = p->enterpriseWeight;
            iw = p->individualWeight;
            ind.companyWords = splitWords(p->companyWords);
            ind.shopWords = splitWords(p->shopWords);
        } else {
            // A field an administrator added: use its own name, without any bracketed remark.
            QString word = row.name;
            const qsizetype bracket = word.indexOf(QLatin1Char('('));
            ind.companyWords << (bracket > 0 ? word.left(bracket) : word);
        }
        if (ind.shopWords.isEmpty())
            iw = 0;
        m_industryByCode.insert(row.code, int(m_industries.size()));
        m_industries.push_back(ind);
        enterprise.push_back(ew);
        individual.push_back(iw);
    }
    m_enterpriseIndustries = DemoRandom::cumulative(enterprise);
    m_individualIndustries = DemoRandom::cumulative(individual);

    std::vector<quint32> surnameWeights;
    for (const DemoWeightedChar &s : DemoCatalog::surnames())
        surnameWeights.push_back(s.weight);
    m_surnameWeights = DemoRandom::cumulative(surnameWeights);

    std::vector<quint32> years;
    for (int y = FirstYear; y <= m_lastDay.year(); ++y) {
        const quint32 w = yearWeight(y);
        // The last year counts only up to lastDay.
        years.push_back(y < m_lastDay.year() ? w : std::max<quint32>(1, w * quint32(m_lastDay.dayOfYear()) / 365));
    }
    m_yearWeights = DemoRandom::cumulative(years);

    m_tradeWords = DemoCatalog::tradeNameWords().toString().split(QLatin1Char('|'));
    m_coopTradeNames = DemoCatalog::cooperativeTradeNames().toString().split(QLatin1Char('|'));
}

void DemoEntityFactory::reserve(const QString &code, const QString &name)
{
    m_codes.insert(fingerprint(code));
    m_names.insert(fingerprint(name));
}

bool DemoEntityFactory::claim(DemoFingerprintSet &used, const QString &text)
{
    return used.insert(fingerprint(text));
}

const QString &DemoEntityFactory::pick(const QStringList &list)
{
    return list.at(m_rng.below(quint32(list.size())));
}

QString DemoEntityFactory::creditCode(DemoRandom &rng, Kind kind, QDate registeredOn)
{
    QString code;
    code.reserve(18);
    switch (kind) {
    case Kind::Enterprise: code = QStringLiteral("91370681"); break;
    case Kind::CityEnterprise: code = QStringLiteral("91370600"); break;
    case Kind::Individual: code = QStringLiteral("92370681"); break;
    case Kind::Cooperative: code = QStringLiteral("93370681"); break;
    case Kind::Institution: code = QStringLiteral("12370681"); break;
    }
    const bool beforeReform = registeredOn.isValid() && registeredOn < QDate(2015, 10, 1);
    if (kind == Kind::Institution) {
        // Institutions kept their 4xxxxxxx organisation codes; new ones get MB1… bodies.
        if (rng.chance(800)) {
            code += QLatin1Char('4');
            for (int i = 0; i < 7; ++i)
                code += QLatin1Char(char('0' + rng.below(10)));
        } else {
            code += QStringLiteral("MB1");
            for (int i = 0; i < 5; ++i)
                code += rng.charOf(CodeChars);
        }
    } else if (kind != Kind::Individual && beforeReform && rng.chance(750)) {
        // Companies registered before the reform carry their old numeric organisation code.
        const quint32 r = rng.below(100);
        code += QLatin1Char(r < 60 ? '7' : r < 75 ? '1' : r < 90 ? '6' : '5');
        for (int i = 0; i < 7; ++i)
            code += QLatin1Char(char('0' + rng.below(10)));
    } else {
        // MA + issuing-centre digit (3 = Shandong) + five free characters.
        code += QStringLiteral("MA");
        code += rng.chance(950) ? QChar(u'3') : rng.charOf(CodeChars);
        for (int i = 0; i < 5; ++i)
            code += rng.charOf(CodeChars);
    }
    return UsccValidator::complete(code);
}

DemoEntityFactory::Kind DemoEntityFactory::drawKind()
{
    const quint32 r = m_rng.below(1000);
    if (r < 600)
        return Kind::Enterprise;
    if (r < 900)
        return Kind::Individual;
    if (r < 945)
        return Kind::CityEnterprise;
    if (r < 994)
        return Kind::Cooperative;
    return Kind::Institution;
}

QDate DemoEntityFactory::drawRegistrationDate(Kind kind)
{
    const int year = FirstYear + m_rng.weighted(m_yearWeights);
    QDate from(year, 1, 1);
    // Farmers' cooperatives exist since the Cooperatives Law took effect on 2007-07-01.
    if (kind == Kind::Cooperative && from < QDate(2007, 7, 1))
        from = QDate(2007, 7, 1).addDays(m_rng.below(3000));
    const QDate to = std::min(QDate(year, 12, 31), m_lastDay);
    if (from >= to)
        return std::min(from, m_lastDay);
    return from.addDays(m_rng.below(quint32(from.daysTo(to) + 1)));
}

QString DemoEntityFactory::drawStatus(QDate registeredOn)
{
    // Older registrations are more often deregistered (注销).
    const quint32 age = quint32(std::max(0, m_lastDay.year() - registeredOn.year()));
    const quint32 cancelled = 20 + age * 6;
    const quint32 r = m_rng.below(1000);
    if (r < cancelled)
        return QStringLiteral("cancelled");
    if (r < cancelled + 15)
        return QStringLiteral("revoked");
    if (r < cancelled + 20)
        return QStringLiteral("closed");
    return QStringLiteral("active");
}

const DemoEntityFactory::Town &DemoEntityFactory::drawTown()
{
    return m_towns[size_t(m_rng.weighted(m_townWeights))];
}

QString DemoEntityFactory::drawSurname()
{
    return QString(QChar(DemoCatalog::surnames()[size_t(m_rng.weighted(m_surnameWeights))].ch));
}

QString DemoEntityFactory::drawPersonName()
{
    QString name = drawSurname();
    const QStringView given = m_rng.chance(500) ? DemoCatalog::maleGivenNameChars() : DemoCatalog::femaleGivenNameChars();
    name += m_rng.charOf(given);
    if (m_rng.chance(800))  // most given names have two characters
        name += m_rng.charOf(given);
    return name;
}

QString DemoEntityFactory::drawTradeName()
{
    if (m_rng.chance(350))
        return pick(m_tradeWords);
    const QStringView chars = DemoCatalog::tradeNameChars();
    const QChar first = m_rng.charOf(chars);
    QChar second = m_rng.charOf(chars);
    while (second == first)
        second = m_rng.charOf(chars);
    return QString(first) + second;
}

QString DemoEntityFactory::drawVillage()
{
    // Jiaodong village names: 王家疃, 姜格庄, 南山, 前李家 …
    const quint32 r = m_rng.below(100);
    if (r < 35) {
        const quint32 s = m_rng.below(4);
        return drawSurname() + QStringLiteral("家") + (s < 2 ? QStringLiteral("") : s == 2 ? QStringLiteral("疃") : QStringLiteral("庄")) + QStringLiteral("村");
    }
    if (r < 55)
        return drawSurname() + QStringLiteral("格庄村");
    if (r < 85)
        return QString(m_rng.charOf(DemoCatalog::villageDirections())) + m_rng.charOf(DemoCatalog::villageChars()) + QStringLiteral("村");
    return QString(m_rng.charOf(DemoCatalog::villageDirections())) + drawSurname() + QStringLiteral("家村");
}

QString DemoEntityFactory::drawAddress(const Town &town)
{
    QString a = QStringLiteral("山东省龙口市") + town.name;
    // House numbers cluster low, as on real streets.
    const int number = 1 + int(m_rng.below(1 + m_rng.below(600)));
    const quint32 r = m_rng.below(100);
    if (!town.street && r < 55)
        return a + drawVillage() + QString::number(1 + m_rng.below(300)) + QStringLiteral("号");
    if (!town.street && r < 65)
        return a + QStringLiteral("工业园区") + QString::number(number) + QStringLiteral("号");
    a += pick(town.roads) + QString::number(number);
    if (r < 75)
        return a + QStringLiteral("号");
    if (r < 88)
        return a + QStringLiteral("号") + QString::number(1 + m_rng.below(30)) + QStringLiteral("号楼");
    return a + QStringLiteral("-") + QString::number(1 + m_rng.below(12)) + QStringLiteral("号");
}

int DemoEntityFactory::drawIndustry(Kind kind)
{
    const std::vector<quint32> &weights = kind == Kind::Individual ? m_individualIndustries : m_enterpriseIndustries;
    if (weights.empty() || weights.back() == 0)
        return -1;
    return m_rng.weighted(weights);
}

QString DemoEntityFactory::drawName(Kind kind, int industry, const Town &town, const QString &legalRep, qint64 &industryId)
{
    const QString city = QStringLiteral("龙口市");
    const Industry *ind = industry >= 0 ? &m_industries[size_t(industry)] : nullptr;
    industryId = ind ? ind->id : 0;
    const quint32 r = m_rng.below(100);
    switch (kind) {
    case Kind::Enterprise: {
        const QString word = ind ? pick(ind->companyWords) : QStringLiteral("商贸");
        const QString trade = drawTradeName();
        if (r < 74)
            return city + trade + word + QStringLiteral("有限公司");
        if (r < 82)
            return QStringLiteral("龙口") + trade + word + QStringLiteral("有限公司");
        if (r < 88)
            return QStringLiteral("山东") + trade + word + QStringLiteral("有限公司");
        if (r < 92)
            return city + trade + word + QStringLiteral("股份有限公司");
        if (r < 95)
            return trade + QStringLiteral("（龙口）") + word + QStringLiteral("有限公司");
        return QStringLiteral("烟台") + trade + word + QStringLiteral("有限公司龙口分公司");
    }
    case Kind::CityEnterprise: {
        const QString word = ind ? pick(ind->companyWords) : QStringLiteral("商贸");
        return (r < 80 ? QStringLiteral("烟台") : QStringLiteral("烟台市")) + drawTradeName() + word + QStringLiteral("有限公司");
    }
    case Kind::Individual: {
        const QString shop = ind && !ind->shopWords.isEmpty() ? pick(ind->shopWords) : QStringLiteral("经营部");
        if (r < 45)  // 张记: mostly the owner's own surname
            return city + town.name + (m_rng.chance(700) ? legalRep.left(1) : drawSurname()) + QStringLiteral("记") + shop;
        if (r < 78)
            return city + town.name + drawTradeName() + shop;
        if (r < 88)
            return city + drawTradeName() + shop;
        return city + town.name + legalRep + shop;
    }
    case Kind::Cooperative: {
        const auto &products = DemoCatalog::cooperativeProducts();
        std::vector<quint32> w;
        for (const DemoCooperativeProduct &p : products)
            w.push_back(p.weight);
        const DemoCooperativeProduct &p = products[size_t(m_rng.weighted(DemoRandom::cumulative(w)))];
        const int at = m_industryByCode.value(QLatin1String(p.industryCode), -1);
        industryId = at >= 0 ? m_industries[size_t(at)].id : 0;
        const QString trade = m_rng.chance(600) ? pick(m_coopTradeNames) : drawTradeName();
        if (r < 65)
            return city + town.name + trade + QString::fromUtf16(p.ending);
        if (r < 85)
            return city + trade + QString::fromUtf16(p.ending);
        return city + town.name + drawVillage() + QString::fromUtf16(p.ending);
    }
    case Kind::Institution: {
        const auto &types = DemoCatalog::institutionTypes();
        std::vector<quint32> w;
        for (const DemoInstitutionType &t : types)
            w.push_back(t.weight);
        const DemoInstitutionType &t = types[size_t(m_rng.weighted(DemoRandom::cumulative(w)))];
        const int at = m_industryByCode.value(QLatin1String(t.industryCode), -1);
        industryId = at >= 0 ? m_industries[size_t(at)].id : 0;
        return city + town.name + (t.perVillage ? drawVillage() : QString()) + QString::fromUtf16(t.ending);
    }
    }
    return {};
}

Entity DemoEntityFactory::next()
{
    Entity e;
    const Kind kind = drawKind();
    e.registeredOn = drawRegistrationDate(kind);
    do {
        e.code = creditCode(m_rng, kind, e.registeredOn);
    } while (!claim(m_codes, e.code));
    e.kind = UsccValidator::entityKind(e.code);
    e.legalRep = drawPersonName();
    const Town &town = drawTown();
    e.townId = town.id;

    // Names are unique like real registered names: redraw on a clash, and only if the name space
    // of a pattern is exhausted (institutions: one 中心卫生院 per town) number the branch.
    QString name;
    for (int attempt = 0; attempt < 16; ++attempt) {
        name = drawName(kind, drawIndustry(kind), town, e.legalRep, e.industryId);
        if (claim(m_names, name))
            break;
        if (attempt == 15) {
            const QString base = name;
            for (int n = 2; !claim(m_names, name); ++n)
                name = base + QStringLiteral("（%1）").arg(n);
        }
    }
    e.name = name;
    e.address = drawAddress(town);
    e.status = drawStatus(e.registeredOn);
    return e;
}

} // namespace cl
