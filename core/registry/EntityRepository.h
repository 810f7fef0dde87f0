#pragma once

#include "Entity.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace cl {

class Database;
class UsccValidator;
struct Actor;

// Filter and order for entity lists; everything is pushed into SQL.
struct EntityQuery
{
    enum class Sort { Code, Name, RegisteredOn };

    QString text;            // name substring (any length, Chinese too) or code prefix
    qint64 townId = 0;       // 0 = any
    qint64 industryId = 0;   // 0 = any
    QString kind;            // empty = any
    QString light;           // red|yellow|green|grey, empty = any; grey includes entities never computed
    Sort sort = Sort::Code;
    bool descending = false;
};

class EntityRepository
{
    Q_DECLARE_TR_FUNCTIONS(EntityRepository)

public:
    explicit EntityRepository(Database &db) : m_db(db) {}

    std::optional<Entity> byCode(const QString &code) const;   // code is normalised first
    std::optional<Entity> byId(qint64 id) const;
    // The entities with these ids, in the order given; ids no longer registered are left out.
    QList<Entity> byIds(const QList<qint64> &ids) const;
    // Search box: code prefix first, then names containing the text; at most limit rows.
    QList<Entity> search(const QString &text, int limit = 50) const;
    // List pages (row offset based, so a scrollbar can jump anywhere).
    QList<Entity> page(const EntityQuery &query, qint64 offset, int limit) const;
    qint64 count(const EntityQuery &query) const;
    qint64 total() const;

    // Registers an entity: code validated (errors refuse, warnings pass), audited, sent to sync.
    // Throws cl::Error (Invalid: bad code, missing name or a representative's ID number that is not a valid
    // resident ID card number; Refused: code already registered).
    qint64 add(const Actor &actor, Entity entity, const UsccValidator &validator);
    // Stores the register fields as given (legalRepIdNo empty: not recorded), validated as in add().
    void update(const Actor &actor, const Entity &entity);

private:
    Database &m_db;
};

} // namespace cl
