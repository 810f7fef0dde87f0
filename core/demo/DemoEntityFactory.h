#pragma once

#include "DemoFingerprintSet.h"
#include "DemoRandom.h"
#include "registry/Entity.h"
#include "registry/ReferenceData.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <vector>

namespace cl {

// Makes one realistic Longkou market entity after another from a seed: a valid, unique credit
// code, a unique Chinese name fitting the kind and industry, legal representative, town,
// address, registration date and status. Pure computation (no database), so the same seed and
// reference rows give the same entities everywhere.
class DemoEntityFactory
{
public:
    // Which kind of registrant, i.e. which code prefix: 91370681, 91370600, 92370681, 93370681, 12370681.
    enum class Kind { Enterprise, CityEnterprise, Individual, Cooperative, Institution };

    // industries and towns are the rows of the store (ids are written into the entities).
    // lastDay bounds registered_on; it is an input, not "today", so output does not depend on the clock.
    DemoEntityFactory(quint64 seed, const QList<NamedRow> &industries, const QList<NamedRow> &towns,
                      QDate lastDay = QDate(2026, 11, 20));

    // Codes and names already in the store, so new entities never collide with them.
    void reserve(const QString &code, const QString &name);
    // The next entity (id, created_at, updated_at left empty: the writer sets them).
    Entity next();

    // A credit code of the kind: first 16 characters drawn as a real registry would issue them
    // (legacy numeric organisation codes before the 2015 reform, MA… after), pos 17 and 18
    // computed by UsccValidator::complete. Not checked for uniqueness.
    static QString creditCode(DemoRandom &rng, Kind kind, QDate registeredOn);

private:
    struct Town
    {
        qint64 id;
        QString name;
        QString shortName;  // 北马 for 北马镇
        QStringList roads;
        bool street;
    };
    struct Industry
    {
        qint64 id;
        QStringList companyWords;
        QStringList shopWords;
    };

    Kind drawKind();
    QDate drawRegistrationDate(Kind kind);
    QString drawStatus(QDate registeredOn);
    const Town &drawTown();
    QString drawPersonName();
    QString drawSurname();
    QString drawTradeName();
    QString drawVillage();
    QString drawAddress(const Town &town);
    int drawIndustry(Kind kind);
    QString drawName(Kind kind, int industry, const Town &town, const QString &legalRep, qint64 &industryId);
    const QString &pick(const QStringList &list);
    bool claim(DemoFingerprintSet &used, const QString &text);

    DemoRandom m_rng;
    QDate m_firstDay;
    QDate m_lastDay;
    std::vector<Town> m_towns;
    std::vector<quint32> m_townWeights;
    std::vector<Industry> m_industries;
    std::vector<quint32> m_enterpriseIndustries;
    std::vector<quint32> m_individualIndustries;
    std::vector<quint32> m_surnameWeights;
    std::vector<quint32> m_yearWeights;
    QStringList m_tradeWords;
    QStringList m_coopTradeNames;
    QHash<QString, int> m_industryByCode;
    DemoFingerprintSet m_codes;
    DemoFingerprintSet m_names;
};

} // namespace cl
