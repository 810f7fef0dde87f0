#pragma once

#include <QStringView>
#include <QtGlobal>
#include <vector>

namespace cl {

// How an industry field (table industries, by code) shows up in demo data. Words are '|'-separated.
struct DemoIndustryProfile
{
    const char *code;
    quint16 enterpriseWeight;   // among companies
    quint16 individualWeight;   // among individual businesses (个体工商户)
    const char16_t *companyWords;  // 龙口市 + 字号 + word + 有限公司
    const char16_t *shopWords;     // the shop sign of an individual business; empty: none run this
};

// Farmers' cooperatives: name ending and the industry field they are supervised under.
struct DemoCooperativeProduct
{
    const char *industryCode;
    const char16_t *ending;  // …果蔬专业合作社
    quint16 weight;
};

// Public institutions (事业单位): one per town, or one per village.
struct DemoInstitutionType
{
    const char *industryCode;
    const char16_t *ending;
    quint16 weight;
    bool perVillage;
};

struct DemoTownProfile
{
    const char16_t *name;   // must match towns.name
    quint16 weight;
    const char16_t *roads;  // '|'-separated; empty for towns, whose roads are derived from the name
};

struct DemoWeightedChar
{
    char16_t ch;
    quint16 weight;
};

// The word lists behind realistic Longkou (龙口市, Shandong) demo data: trade-name characters,
// Jiaodong surnames, given names, roads, village forms, industry words. Data only; the
// DemoEntityFactory combines them.
class DemoCatalog
{
public:
    static QStringView tradeNameChars();       // 字号 characters, distinct
    static QStringView tradeNameWords();       // curated two-character 字号, '|'-separated
    static QStringView cooperativeTradeNames();  // 丰收|绿源|…
    static const std::vector<DemoWeightedChar> &surnames();
    static QStringView maleGivenNameChars();
    static QStringView femaleGivenNameChars();
    static QStringView villageChars();        // second character of 南山村, 北泊村 …
    static QStringView villageDirections();   // 东西南北前后 …
    static QStringView chineseNumerals();     // 一 … 十
    static const std::vector<DemoTownProfile> &towns();
    static const std::vector<DemoIndustryProfile> &industries();
    static const std::vector<DemoCooperativeProduct> &cooperativeProducts();
    static const std::vector<DemoInstitutionType> &institutionTypes();
};

} // namespace cl
