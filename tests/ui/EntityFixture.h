#pragma once

// Generated market entities for the widget tests: valid credit codes, Chinese names built from
// a few word lists (so substring searches have known answers), spread over towns, industries
// and kinds. Inserted through EntityRepository::add, the same path the GUI uses.
#include "auth/Actor.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "registry/EntityRepository.h"
#include "registry/ReferenceData.h"

#include <QList>
#include <QString>

namespace cl::test {

inline QString codeBody(int n)
{
    static const QString set = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString out(6, QLatin1Char('0'));
    for (int i = 5; i >= 0; --i) {
        out[i] = set.at(n % 31);
        n /= 31;
    }
    return out;
}

inline QList<Entity> makeEntities(Database &db, int count)
{
    static const QStringList places{QStringLiteral("龙口"), QStringLiteral("烟台"), QStringLiteral("黄城"), QStringLiteral("东莱")};
    static const QStringList words{QStringLiteral("鑫源"), QStringLiteral("海川"), QStringLiteral("福瑞"), QStringLiteral("金泰"),
                                   QStringLiteral("恒达"), QStringLiteral("东海"), QStringLiteral("华信"), QStringLiteral("润丰"),
                                   QStringLiteral("永盛"), QStringLiteral("北马"), QStringLiteral("兴业"), QStringLiteral("宏图")};
    static const QStringList trades{QStringLiteral("餐饮有限公司"), QStringLiteral("食品商店"), QStringLiteral("建材有限公司"),
                                    QStringLiteral("物流有限公司"), QStringLiteral("农资经营部"), QStringLiteral("药房")};
    const QList<NamedRow> towns = ReferenceData::towns(db.sql());
    const QList<NamedRow> industries = ReferenceData::industries(db.sql());
    QList<Entity> out;
    for (int i = 0; i < count; ++i) {
        Entity e;
        // Every seventh is an individual business (92…), the rest enterprises (91…).
        const QString prefix = i % 7 == 3 ? QStringLiteral("92370681MA") : QStringLiteral("91370681MA");
        e.code = UsccValidator::complete(prefix + codeBody(i * 7919 + 13));
        e.name = places.at(i % places.size()) + words.at((i / 4) % words.size()) + QString::number(i)
                 + trades.at(i % trades.size());
        e.legalRep = QStringLiteral("张") + QString::number(i);
        e.townId = towns.at(i % towns.size()).id;
        e.industryId = industries.at(i % industries.size()).id;
        e.address = QStringLiteral("龙口市东莱街道港城大道%1号").arg(i + 1);
        e.registeredOn = QDate(2000, 1, 1).addDays((i * 37) % 9000);
        out << e;
    }
    return out;
}

// Inserts count entities with the bootstrap actor (the store must have no users yet) and
// returns them as stored (ids, normalised codes, kinds filled in).
inline QList<Entity> addEntities(Database &db, int count)
{
    const UsccValidator validator = UsccValidator::fromDatabase(db.sql());
    EntityRepository repo(db);
    const Actor actor = Actor::bootstrap();
    QList<Entity> stored;
    const QList<Entity> generated = makeEntities(db, count);
    db.sql().transaction();
    for (const Entity &e : generated) {
        const qint64 id = repo.add(actor, e, validator);
        stored << *repo.byId(id);
    }
    db.sql().commit();
    return stored;
}

} // namespace cl::test
