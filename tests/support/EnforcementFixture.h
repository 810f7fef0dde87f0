#pragma once

// A store with a few entities whose lights are set up by evaluations, for the enforcement tests.
#include "TestStore.h"
#include "auth/Actor.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "registry/EntityRepository.h"

namespace cl::test {

struct EnforcementFixture
{
    TestStore store;
    qint64 green = 0;    // TAX A → green (G1)
    qint64 yellow = 0;   // ENV 黄 → yellow (Y1)
    qint64 red = 0;      // TAX D → red (R4)
    qint64 grey = 0;     // nothing → grey (U1)
    qint64 riskRed = 0;  // only SAMR_SD E (risk_only R3) → red, grey for discretion

    EnforcementFixture()
    {
        green = add(QStringLiteral("91370681MA3P7K2Q3U"), QStringLiteral("龙口市海韵食品有限公司"));
        yellow = add(QStringLiteral("92370681MA3N4R8W1A"), QStringLiteral("龙口市东莱街道老王海鲜饭店"));
        red = add(QStringLiteral("93370681MA3T6H1D0W"), QStringLiteral("龙口市丰收农民专业合作社"));
        grey = add(QStringLiteral("123706814930127620"), QStringLiteral("龙口市城市建设服务中心"));
        riskRed = add(QStringLiteral("91370681MA3R2L8N4L"), QStringLiteral("龙口市未评价商贸有限公司"));
        evaluation(green, 3, QStringLiteral("TAX"), QStringLiteral("A"), QStringLiteral("R0"));
        evaluation(yellow, 4, QStringLiteral("ENV"), QStringLiteral("黄"), QStringLiteral("R2"));
        evaluation(red, 3, QStringLiteral("TAX"), QStringLiteral("D"), QStringLiteral("R3"));
        evaluation(riskRed, 2, QStringLiteral("SAMR_SD"), QStringLiteral("E"), QStringLiteral("R3"));
    }

    qint64 add(const QString &code, const QString &name)
    {
        Entity e;
        e.code = code;
        e.name = name;
        e.kind = code.startsWith(QLatin1String("92")) ? QStringLiteral("individual") : QStringLiteral("enterprise");
        return EntityRepository(store.db()).add(Actor::bootstrap(), e, UsccValidator::fromDatabase(store.db().sql()));
    }

    void evaluation(qint64 who, int department, const QString &scheme, const QString &grade, const QString &level,
                    const QString &on = QStringLiteral("2026-01-10"), const QString &to = QStringLiteral("2027-12-31"))
    {
        sql::exec(store.db().sql(),
                  QStringLiteral("INSERT INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, level, scheme_version, "
                                 "evaluated_on, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"),
                  {who, department, scheme, grade, grade, level, on, on, to});
    }

    qint64 count(const QString &table, const QString &where = QStringLiteral("1 = 1"))
    {
        return sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)).toLongLong();
    }
};

} // namespace cl::test
