#pragma once

// A store with a few entities in known credit situations, for the approval tests (core and widget).
#include "TestStore.h"
#include "auth/Actor.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "registry/EntityRepository.h"

namespace cl::test {

struct ApprovalFixture
{
    TestStore store;
    qint64 green = 0;   // a tax A evaluation: green light (G1)
    qint64 grey = 0;    // nothing known: grey (U1)

    ApprovalFixture()
    {
        green = addEntity(QStringLiteral("91370681MA3P7K2Q3U"), QStringLiteral("龙口市鑫达食品有限公司"), QStringLiteral("enterprise"));
        grey = addEntity(QStringLiteral("92370681MA3N4R8W1A"), QStringLiteral("龙口市张记小吃店"), QStringLiteral("individual"));
        evaluation(green, 3, QStringLiteral("TAX"), QStringLiteral("A"), QStringLiteral("R0"), QStringLiteral("2026-01-10"), QStringLiteral("2027-01-10"));
    }

    Database &db() { return store.db(); }

    qint64 addEntity(const QString &code, const QString &name, const QString &kind)
    {
        Entity e;
        e.code = code;
        e.name = name;
        e.kind = kind;
        e.legalRep = QStringLiteral("王建国");
        return EntityRepository(store.db()).add(Actor::bootstrap(), e, UsccValidator::fromDatabase(store.db().sql()));
    }
    void evaluation(qint64 who, int department, const QString &scheme, const QString &grade, const QString &level, const QString &on,
                    const QString &validTo)
    {
        sql::exec(store.db().sql(),
                  QStringLiteral("INSERT INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, level, scheme_version, "
                                 "evaluated_on, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"),
                  {who, department, scheme, grade, grade, level, on, on, validTo});
    }
    void finding(qint64 who, const QString &kind, const QString &key, const QString &from, const QVariant &repaired = {})
    {
        sql::exec(store.db().sql(),
                  QStringLiteral("INSERT INTO credit_findings(entity_id, kind, source_type, source_key, department_id, valid_from, repaired_on) "
                                 "VALUES (?, ?, 'test', ?, 2, ?, ?)"),
                  {who, kind, key, from, repaired});
    }
    void dishonest(qint64 who, const QString &listed)
    {
        sql::exec(store.db().sql(),
                  QStringLiteral("INSERT INTO dishonest_list(entity_id, listing_authority, basis, listed_on) VALUES (?, '烟台市发展改革委', '失信被执行人', ?)"),
                  {who, listed});
    }
    qint64 count(const QString &table)
    {
        return sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }
};

} // namespace cl::test
