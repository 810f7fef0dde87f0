// The demo approvals (DemoApprovalFactory through DemoGenerator): every mode, open and decided applications with
// the green channel first, 容缺 cases supplied, missed, suspended or returned, verification tasks in every state
// and outcome, and lights that follow the false commitments — all made by the real approval rules.
#include "TestStore.h"
#include "approval/ApplicationService.h"
#include "auth/Actor.h"
#include "credit/LightEngine.h"
#include "db/SqlUtil.h"
#include "demo/DemoGenerator.h"

#include <QtTest>

using namespace cl;

namespace {
qint64 count(Database &db, const QString &statement)
{
    return sql::scalar(db.sql(), statement).toLongLong();
}
} // namespace

class TestApprovalDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateIsThere();
};

void TestApprovalDemo::everyStateIsThere()
{
    test::TestStore store;
    DemoOptions options;
    options.entities = 20000;
    DemoGenerator::generate(store.db(), Actor::bootstrap(), options);
    Database &db = store.db();
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM approval_applications")) >= 200);
    for (const char *mode : {"ordinary", "commitment", "deficiency"})
        QVERIFY2(count(db, QStringLiteral("SELECT count(*) FROM approval_applications WHERE mode = '%1'").arg(QLatin1String(mode))) > 0, mode);
    for (const char *status : {"received", "approved", "refused", "revoked"})
        QVERIFY2(count(db, QStringLiteral("SELECT count(*) FROM approval_applications WHERE status = '%1'").arg(QLatin1String(status))) > 0, status);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM approval_applications WHERE status IN ('suspended', 'returned')")) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM application_materials WHERE missed_on IS NOT NULL")) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM application_materials WHERE status = 'supplied' AND missed_on IS NULL")) > 0);
    for (const char *outcome : {"fulfilled", "partial", "unfulfilled", "false"})
        QVERIFY2(count(db, QStringLiteral("SELECT count(*) FROM verification_tasks WHERE outcome = '%1'").arg(QLatin1String(outcome))) > 0, outcome);
    // Pending tasks, overdue ones among them, as of the demo's last day.
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM verification_tasks WHERE status = 'pending' AND due_on < '2026-11-20'")) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM verification_tasks WHERE status = 'pending' AND due_on >= '2026-11-20'")) > 0);
    // Every commitment code is unique and well-formed; every approved application has its licence.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM commitments WHERE code NOT GLOB '37068120[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM approval_applications a WHERE a.decided_on IS NOT NULL AND a.status <> 'refused' "
                                      "AND NOT EXISTS (SELECT 1 FROM licences l WHERE l.application_id = a.id)")), 0);
    // An entity with a false commitment is red by R2 (unless a harder rule, R1, comes first).
    const qint64 falseEntity = count(db, QStringLiteral("SELECT entity_id FROM credit_findings WHERE kind = 'false_commitment' AND source_type = 'commitment' LIMIT 1"));
    QVERIFY(falseEntity > 0);
    const QString rule = sql::scalar(db.sql(), QStringLiteral("SELECT rule_id FROM entity_lights WHERE entity_id = ?"), {falseEntity}).toString();
    QVERIFY2(rule == QLatin1String("R2") || rule == QLatin1String("R1"), qPrintable(rule));
    // The queue puts the green channel first.
    const QList<Application> queue = ApplicationService(db).queue();
    QVERIFY(!queue.isEmpty());
    bool seenOrdinary = false;
    for (const Application &a : queue) {
        QVERIFY(!(seenOrdinary && a.greenChannel));
        seenOrdinary = seenOrdinary || !a.greenChannel;
    }
    // Nothing of the demo is queued for the city platform.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

QTEST_GUILESS_MAIN(TestApprovalDemo)
#include "tst_approvaldemo.moc"
