// The entity profile's read of commitments and licences (EntityApprovalRecords): newest first, the fulfilment
// as verified (a false commitment says so) and the licence status (revoked after a false commitment).
#include "ApprovalFixture.h"
#include "approval/ApplicationService.h"
#include "approval/EntityApprovalRecords.h"
#include "approval/VerificationService.h"

#include <QtTest>

using namespace cl;

namespace {
const QString Hygiene = QStringLiteral("370681-WJ-001");  // commitment allowed, supervised by departments 6 and 18

Application approvedByCommitment(test::ApprovalFixture &f, const QDate &day)
{
    NewApplication r;
    r.entityId = f.green;
    r.itemCode = Hygiene;
    r.mode = QStringLiteral("commitment");
    ApplicationService service(f.db());
    return service.approve(Actor::bootstrap(), service.file(Actor::bootstrap(), r, day).appNo, day);
}
} // namespace

class TestEntityApprovalRecords : public QObject
{
    Q_OBJECT

private slots:
    void nothingForANewEntity()
    {
        test::ApprovalFixture f;
        QVERIFY(EntityApprovalRecords::commitments(f.db().sql(), f.grey).isEmpty());
        QVERIFY(EntityApprovalRecords::licences(f.db().sql(), f.grey).isEmpty());
    }

    void falseCommitmentRevokesTheLicence()
    {
        test::ApprovalFixture f;
        const Application first = approvedByCommitment(f, QDate(2026, 6, 1));
        const Application second = approvedByCommitment(f, QDate(2026, 6, 3));
        QCOMPARE(first.commitments.size(), 1);
        VerificationService verification(f.db());
        const QList<VerificationTask> tasks = verification.tasksOf(first.commitments.first().code);
        QVERIFY(!tasks.isEmpty());
        verification.record(Actor::bootstrap(), tasks.first().id,
                            VerificationOutcome{QStringLiteral("false"), QDate(2026, 6, 10), QStringLiteral("onsite"), QStringLiteral("李卫东"),
                                                QStringLiteral("现场核查")},
                            QDate(2026, 6, 10));

        const QList<EntityCommitment> commitments = EntityApprovalRecords::commitments(f.db().sql(), f.green);
        QCOMPARE(commitments.size(), 2);
        QCOMPARE(commitments.at(0).code, second.commitments.first().code);  // newest first
        QCOMPARE(commitments.at(0).status, QStringLiteral("pending"));
        QCOMPARE(EntityApprovalRecords::fulfilmentLabel(commitments.at(0)), VerificationService::outcomeLabel(QStringLiteral("pending")));
        QCOMPARE(commitments.at(1).code, first.commitments.first().code);
        QVERIFY(commitments.at(1).falseCommitment);
        QCOMPARE(commitments.at(1).statusOn, QDate(2026, 6, 10));
        QCOMPARE(commitments.at(1).madeOn, QDate(2026, 6, 1));
        QCOMPARE(EntityApprovalRecords::fulfilmentLabel(commitments.at(1)), VerificationService::outcomeLabel(QStringLiteral("false")));

        const QList<EntityLicence> licences = EntityApprovalRecords::licences(f.db().sql(), f.green);
        QCOMPARE(licences.size(), 2);
        QCOMPARE(licences.at(0).licenceNo, second.licenceNo);
        QCOMPARE(licences.at(0).status, QStringLiteral("0"));
        QCOMPARE(licences.at(1).licenceNo, first.licenceNo);
        QCOMPARE(licences.at(1).decisionNo, first.decisionNo);
        QCOMPARE(licences.at(1).status, QStringLiteral("1"));
        QCOMPARE(EntityApprovalRecords::licenceStatusLabel(licences.at(1).status), EntityApprovalRecords::tr("Revoked"));
        QVERIFY(!licences.at(1).remark.isEmpty());  // why it was revoked
        QCOMPARE(licences.at(1).decidedOn, QDate(2026, 6, 1));
        QVERIFY(licences.at(1).validTo > licences.at(1).validFrom);
    }
};

QTEST_GUILESS_MAIN(TestEntityApprovalRecords)
#include "tst_entityapprovalrecords.moc"
