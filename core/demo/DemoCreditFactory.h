#pragma once

#include "DemoRandom.h"
#include "registry/Entity.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <vector>

namespace cl {

// The grading departments, schemes and grades of the store the demo data is made for.
struct DemoCreditReference
{
    struct Department
    {
        qint64 id = 0;
        QString name;
        QString defaultScheme;  // empty: does not grade
    };
    struct Industry
    {
        qint64 id = 0;
        QString code;           // F01 …
        QString name;
        QList<qint64> departments;  // department_industries: who supervises the field
    };
    std::vector<Department> departments;
    std::vector<Industry> industries;
    QHash<QString, QHash<QString, QString>> levels;  // scheme → grade key → level (current version)
};

// Date text as stored (YYYY-MM-DD); empty when null.
struct DemoDate
{
    char text[10] = {};
    bool valid = false;
    void set(QDate d);
    QByteArrayView view() const { return valid ? QByteArrayView(text, 10) : QByteArrayView(); }
};

// One evaluation of a demo entity, ready for the INSERT (texts are owned by the factory).
struct DemoEvaluation
{
    qint64 departmentId = 0;
    const QByteArray *scheme = nullptr;
    const QByteArray *grade = nullptr;   // raw grade = grade key for the demo's grades
    const QByteArray *level = nullptr;
    const QByteArray *industry = nullptr;  // may be null
    const char *remark = nullptr;        // may be null
    bool hasScore = false;
    double score = 0;
    DemoDate evaluatedOn, validTo;
};

// A serious-dishonesty listing (严重失信主体名单) as the city platform would send it.
struct DemoListing
{
    const char *authority = nullptr;
    const char *basis = nullptr;
    DemoDate listedOn, removedOn;
};

// A credit finding (false commitment, partial fulfilment, penalty in publicity).
struct DemoFinding
{
    const char *kind = nullptr;
    const char *sourceType = nullptr;
    QByteArray sourceKey;
    qint64 departmentId = 0;
    DemoDate validFrom, validTo, repairedOn;
    QByteArray detail;
};

struct DemoInspector
{
    qint64 departmentId = 0;
    QString name;
    QString badge;
};

// Makes the credit records of demo entities from a seed: evaluations by the departments that
// supervise the entity's field (DOMAIN.md §4 schemes, mostly good grades, dates in 2025–2026,
// a few expired or superseded), a few serious-dishonesty listings and credit findings, and the
// departments' inspector rosters with declared conflicts. Pure computation, own random stream
// (the entities drawn by DemoEntityFactory stay exactly as they were).
class DemoCreditFactory
{
public:
    // lastDay: the latest date anything is dated (the demo's "today"); records are made for entities
    // in the order they are drawn, so one seed gives the same records everywhere.
    // findingsBefore: findings already in the store, so the decision and commitment numbers drawn
    // here continue after them (they are unique keys). sparse: fewer evaluated entities and fewer
    // evaluations each (one or two), for stores of hundreds of thousands of entities, where the
    // evaluations and their lights would otherwise double the time to make the data.
    DemoCreditFactory(quint64 seed, DemoCreditReference reference, QDate lastDay, qint64 findingsBefore = 0, bool sparse = false);

    // The records of the next entity (call once per entity, in order).
    void draw(const Entity &entity, std::vector<DemoEvaluation> &evaluations, std::vector<DemoListing> &listings,
              std::vector<DemoFinding> &findings);

    // 6–12 inspectors for each grading department that has none yet (existingBadges: badge numbers in
    // use). Uses a random stream of its own, so it may run after (or while) entities are drawn.
    std::vector<DemoInspector> inspectors(const QHash<qint64, int> &rosterSizes, const QSet<QString> &existingBadges);
    // A few declared conflicts per department: inspector index (into the list above) and entity id.
    struct Conflict
    {
        int inspector = 0;
        qint64 entityId = 0;
        QString reason;
        QString declaredOn;
    };
    std::vector<Conflict> conflicts(const std::vector<DemoInspector> &roster, qint64 firstEntityId, qint64 lastEntityId);

private:
    struct Grade
    {
        QByteArray raw;
        QByteArray level;
        quint32 weight;
    };
    struct Scheme
    {
        QByteArray code;
        std::vector<Grade> grades;
        std::vector<quint32> cumulative;
    };
    struct Option
    {
        qint64 departmentId;
        const Scheme *scheme;
        quint32 weight;
    };

    const Scheme *scheme(const QString &code) const;
    QDate dayBetween(QDate first, QDate last);
    QString personName(DemoRandom &rng) const;

    DemoRandom m_rng;
    DemoRandom m_rosterRng;
    QDate m_lastDay;
    DemoCreditReference m_reference;
    std::vector<Scheme> m_schemes;
    QHash<qint64, int> m_industryIndex;      // industry id → index in m_reference.industries
    std::vector<QByteArray> m_industryNames;  // UTF-8, same index
    qint64 m_samr = 0, m_tax = 0, m_env = 0, m_customs = 0, m_approval = 0;
    const Scheme *m_samrScheme = nullptr, *m_taxScheme = nullptr, *m_foodScheme = nullptr, *m_envScheme = nullptr,
                 *m_customsScheme = nullptr, *m_genericScheme = nullptr;
    std::vector<quint32> m_surnameWeights;
    bool m_sparse = false;
    qint64 m_penaltySeq = 0;
    qint64 m_commitmentSeq = 0;
};

} // namespace cl
