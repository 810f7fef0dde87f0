// The legal representative in the pre-approval check (DOMAIN.md §3): commitment mode and 容缺 are refused while
// the applicant's legal representative, identified by the resident ID card number recorded on the entity, is on
// the serious-dishonesty list (a natural person is an entity whose code is the ID number). The matrix row (listed,
// removed, listed after the check date, no number recorded), the reason as the clerk sees it (ID number masked)
// and in the stored snapshot, bad numbers refused with nothing written, the audit and the sync payload, the sync
// apply clearing a number that belonged to a previous representative, and the upgrade of a schema-10 store.
#include "ApprovalFixture.h"
#include "SyncFixtures.h"
#include "approval/ApplicationService.h"
#include "common/Error.h"
#include "credit/IdCardValidator.h"
#include "db/Migrator.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cl;

namespace {
const QDate Day(2026, 6, 1);
const QString Hygiene = QStringLiteral("370681-WJ-001");
const QString RepId = QStringLiteral("370681197803125410");
const QString RepMasked = QStringLiteral("370681********5410");
const QString OtherId = QStringLiteral("370681199007050023");

// Registers the natural person 张三 (code = RepId) and records him as the legal representative of `entity`.
qint64 giveRepresentative(test::ApprovalFixture &f, qint64 entity, const QString &name = QStringLiteral("张三"), const QString &idNo = RepId)
{
    Entity person;
    person.code = idNo;
    person.codeType = QStringLiteral("ID_CARD");
    person.name = name;
    const qint64 personId = EntityRepository(f.db()).add(Actor::bootstrap(), person, UsccValidator::fromDatabase(f.db().sql()));
    Entity e = *EntityRepository(f.db()).byId(entity);
    e.legalRep = name;
    e.legalRepIdNo = idNo;
    EntityRepository(f.db()).update(Actor::bootstrap(), e);
    return personId;
}

void list(test::ApprovalFixture &f, qint64 who, const QString &listed, const QVariant &removed = {})
{
    sql::exec(f.db().sql(),
              QStringLiteral("INSERT INTO dishonest_list(entity_id, listing_authority, basis, listed_on, removed_on) "
                             "VALUES (?, '烟台市中级人民法院', '失信被执行人', ?, ?)"),
              {who, listed, removed});
}

PreApprovalResult checkOf(test::ApprovalFixture &f, qint64 entity, const QDate &day = Day)
{
    return ApplicationService(f.db()).check(entity, Hygiene, day);
}

bool hasMeasure(const PreApprovalResult &r, const QString &code)
{
    for (const ApplicableMeasure &m : r.measures)
        if (m.measure.code == code)
            return true;
    return false;
}

QString tableDigest(Database &db)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT count(*) || '/' || group_concat(coalesce(legal_rep_id_no, '-'), ',') FROM entities"))
               .toString()
           + QLatin1Char('|') + sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toString();
}
} // namespace

class TestRepresentativeCheck : public QObject
{
    Q_OBJECT

private slots:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z"); }

    void maskShowsFirstSixAndLastFour()
    {
        QCOMPARE(IdCardValidator::mask(RepId), RepMasked);
        QCOMPARE(IdCardValidator::mask(QStringLiteral("37068119900705002X")), QStringLiteral("370681********002X"));
        QCOMPARE(IdCardValidator::mask(QString()), QString());
    }

    void listedRepresentativeRefusesCommitmentAndDeficiency()
    {
        test::ApprovalFixture f;
        const qint64 person = giveRepresentative(f, f.green);
        list(f, person, QStringLiteral("2026-03-01"));

        const PreApprovalResult r = checkOf(f, f.green);
        // The applicant's own light is untouched (green by its evaluation): the refusal is the representative's.
        QCOMPARE(r.light.light, QStringLiteral("green"));
        QVERIFY(!r.commitmentAllowed);
        QVERIFY(!r.deficiencyAllowed);
        QVERIFY(!r.modesAllowed().contains(QStringLiteral("commitment")));
        QVERIFY(hasMeasure(r, QStringLiteral("R17")));
        QVERIFY(hasMeasure(r, QStringLiteral("R18")));
        QVERIFY(!hasMeasure(r, QStringLiteral("R01")));  // the applicant itself is not listed
        // Green by its own records, yet no green channel (守信快办) while its representative is listed (R19):
        // the incentives granting what R17–R19 withhold are not offered (migration 0013).
        QVERIFY(hasMeasure(r, QStringLiteral("R19")));
        QVERIFY(!hasMeasure(r, QStringLiteral("I01")));
        QVERIFY(!hasMeasure(r, QStringLiteral("I02")));
        QVERIFY(!hasMeasure(r, QStringLiteral("I03")));
        QVERIFY(!r.greenChannel);
        QCOMPARE(r.commitmentRefusals.size(), 1);
        const QString why = r.commitmentRefusals.first();
        QVERIFY2(why.contains(QStringLiteral("张三")) && why.contains(RepMasked) && why.contains(QStringLiteral("2026-03-01"))
                     && why.contains(QStringLiteral("烟台市中级人民法院")) && why.contains(QStringLiteral("失信被执行人")),
                 qPrintable(why));
        QVERIFY2(!why.contains(RepId), "the full ID number is never shown");
        QCOMPARE(r.deficiencyRefusals.size(), 1);
        QVERIFY(r.deficiencyRefusals.first().contains(RepMasked));

        // Filing by commitment is refused and writes nothing; ordinary is filed with the reason in the snapshot.
        const qint64 audits = sql::scalar(f.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        NewApplication request;
        request.entityId = f.green;
        request.itemCode = Hygiene;
        request.mode = QStringLiteral("commitment");
        try {
            ApplicationService(f.db()).file(Actor::bootstrap(), request, Day);
            QFAIL("commitment mode was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Refused);
            QVERIFY2(e.message().contains(RepMasked), qPrintable(e.message()));
        }
        QCOMPARE(f.count(QStringLiteral("approval_applications")), 0);
        QCOMPARE(sql::scalar(f.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), audits);
        request.mode = QStringLiteral("ordinary");
        const Application filed = ApplicationService(f.db()).file(Actor::bootstrap(), request, Day);
        const QJsonObject snapshot = QJsonDocument::fromJson(
                                         sql::scalar(f.db().sql(), QStringLiteral("SELECT check_snapshot FROM approval_applications WHERE app_no = ?"),
                                                     {filed.appNo})
                                             .toByteArray())
                                         .object();
        QCOMPARE(snapshot.value(QStringLiteral("commitment_allowed")).toBool(), false);
        QCOMPARE(snapshot.value(QStringLiteral("commitment_refusals")).toArray().first().toString(), why);
        QVERIFY(!QJsonDocument(snapshot).toJson().contains(RepId.toUtf8()));
    }

    void removedOrLaterListingAllows_data()
    {
        QTest::addColumn<QString>("listed");
        QTest::addColumn<QVariant>("removed");
        QTest::addColumn<bool>("refused");
        QTest::newRow("listed, removed before the check date") << QStringLiteral("2026-01-10") << QVariant(QStringLiteral("2026-05-20")) << false;
        QTest::newRow("listed, removed on the check date") << QStringLiteral("2026-01-10") << QVariant(QStringLiteral("2026-06-01")) << false;
        QTest::newRow("listed, removal still to come") << QStringLiteral("2026-01-10") << QVariant(QStringLiteral("2026-06-02")) << true;
        QTest::newRow("listed on the check date") << QStringLiteral("2026-06-01") << QVariant() << true;
        QTest::newRow("listed after the check date") << QStringLiteral("2026-06-02") << QVariant() << false;
    }
    void removedOrLaterListingAllows()
    {
        QFETCH(QString, listed);
        QFETCH(QVariant, removed);
        QFETCH(bool, refused);
        test::ApprovalFixture f;
        list(f, giveRepresentative(f, f.green), listed, removed);
        const PreApprovalResult r = checkOf(f, f.green);
        QCOMPARE(!r.commitmentAllowed, refused);
        QCOMPARE(!r.deficiencyAllowed, refused);
        QCOMPARE(hasMeasure(r, QStringLiteral("R17")), refused);
        QCOMPARE(r.greenChannel, !refused);
    }

    void noRecordedNumberIsAllowedAndNotAnError()
    {
        test::ApprovalFixture f;
        // A listed person called 王建国 exists, and the applicant's representative is also called 王建国 (the
        // fixture's name) — but with no ID number recorded there is no match: a name is not an identity.
        Entity person;
        person.code = OtherId;
        person.codeType = QStringLiteral("ID_CARD");
        person.name = QStringLiteral("王建国");
        const qint64 namesake = EntityRepository(f.db()).add(Actor::bootstrap(), person, UsccValidator::fromDatabase(f.db().sql()));
        list(f, namesake, QStringLiteral("2026-01-10"));
        QVERIFY(EntityRepository(f.db()).byId(f.green)->legalRepIdNo.isEmpty());
        const PreApprovalResult r = checkOf(f, f.green);
        QVERIFY(r.commitmentAllowed);
        QVERIFY(r.deficiencyAllowed);
        QVERIFY(r.greenChannel);
        QVERIFY(!hasMeasure(r, QStringLiteral("R17")));

        // Another person's number recorded: that person is not listed, so still allowed.
        giveRepresentative(f, f.grey, QStringLiteral("王建国"), RepId);
        QVERIFY(checkOf(f, f.grey).commitmentAllowed);
    }

    void naturalPersonIsNotCountedTwice()
    {
        // A natural person registered with their own number as representative: their own listing refuses by R01
        // (and R1 makes them red); the representative rule does not add the same listing again.
        test::ApprovalFixture f;
        Entity person;
        person.code = RepId;
        person.codeType = QStringLiteral("ID_CARD");
        person.name = QStringLiteral("张三");
        person.legalRep = QStringLiteral("张三");
        person.legalRepIdNo = RepId;
        const qint64 id = EntityRepository(f.db()).add(Actor::bootstrap(), person, UsccValidator::fromDatabase(f.db().sql()));
        list(f, id, QStringLiteral("2026-01-10"));
        const PreApprovalResult r = checkOf(f, id);
        QVERIFY(!r.commitmentAllowed);
        QVERIFY(hasMeasure(r, QStringLiteral("R01")));
        QVERIFY(!hasMeasure(r, QStringLiteral("R17")));
    }

    void badNumberIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("check character") << QStringLiteral("370681197803125411");
        QTest::newRow("15 digits") << QStringLiteral("370681780312541");
        QTest::newRow("impossible birth date") << QStringLiteral("370681197802305410");
        QTest::newRow("letters") << QStringLiteral("37068119780312541A");
        QTest::newRow("a credit code") << QStringLiteral("91370681MA3P7K2Q3U");
    }
    void badNumberIsRefusedAndNothingWritten()
    {
        QFETCH(QString, number);
        test::ApprovalFixture f;
        const QString before = tableDigest(f.db());
        Entity e;
        e.code = QStringLiteral("93370681MA3T6H1D0W");
        e.name = QStringLiteral("龙口市丰收农民专业合作社");
        e.legalRep = QStringLiteral("张三");
        e.legalRepIdNo = number;
        try {
            EntityRepository(f.db()).add(Actor::bootstrap(), e, UsccValidator::fromDatabase(f.db().sql()));
            QFAIL("registered with a bad representative ID number");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::Invalid);
            QVERIFY2(error.message().contains(QStringLiteral("legal representative")), qPrintable(error.message()));
        }
        Entity existing = *EntityRepository(f.db()).byId(f.green);
        existing.legalRepIdNo = number;
        QVERIFY_THROWS_EXCEPTION(Error, EntityRepository(f.db()).update(Actor::bootstrap(), existing));
        QCOMPARE(tableDigest(f.db()), before);
    }

    void numberIsNormalisedAuditedAndKeptOutOfSync()
    {
        test::ApprovalFixture f;
        Entity e;
        e.code = QStringLiteral("93370681MA3T6H1D0W");
        e.name = QStringLiteral("龙口市丰收农民专业合作社");
        e.legalRep = QStringLiteral("李四");
        e.legalRepIdNo = QStringLiteral("３７０６８１１９９００７０５００２３");  // full-width digits, as an input method may give them
        const qint64 id = EntityRepository(f.db()).add(Actor::bootstrap(), e, UsccValidator::fromDatabase(f.db().sql()));
        QCOMPARE(EntityRepository(f.db()).byId(id)->legalRepIdNo, OtherId);
        const QString audit = sql::scalar(f.db().sql(), QStringLiteral("SELECT after FROM audit_log WHERE action = 'entity.add' AND object_id = ?"),
                                          {e.code})
                                  .toString();
        QVERIFY2(audit.contains(OtherId), qPrintable(audit));  // what exactly was recorded, for accountability
        const QString payload = sql::scalar(f.db().sql(), QStringLiteral("SELECT payload FROM outbox WHERE kind = 'entity' AND record_key = ?"),
                                            {e.code})
                                    .toString();
        QVERIFY2(!payload.contains(OtherId), qPrintable(payload));
        QVERIFY(payload.contains(IdCardValidator::mask(OtherId)));
    }

    void syncNeverCarriesTheNumberAndClearsItForANewRepresentative()
    {
        using namespace cl::test;
        TestStore a, b;
        const QString keyA = SyncKeys::init(a.db(), Actor::bootstrap(), QStringLiteral("LK-A"));
        SyncKeys::init(b.db(), Actor::bootstrap(), QStringLiteral("LK-B"));
        SyncKeys::trust(b.db(), Actor::bootstrap(), QStringLiteral("LK-A"), keyA);
        for (TestStore *store : {&a, &b}) {
            Entity e;
            e.code = QStringLiteral("91370681MA3P7K2Q3U");
            e.name = QStringLiteral("龙口市海韵食品有限公司");
            e.legalRep = QStringLiteral("张三");
            e.legalRepIdNo = RepId;
            EntityRepository(store->db()).add(Actor::bootstrap(), e, UsccValidator::fromDatabase(store->db().sql()));
        }
        // A changes the address only: B keeps its number. Then A names a new representative: B clears it.
        Entity changed = *EntityRepository(a.db()).byCode(QStringLiteral("91370681MA3P7K2Q3U"));
        changed.address = QStringLiteral("东莱街道港城大道 1 号");
        EntityRepository(a.db()).update(Actor::bootstrap(), changed);
        const QString inbox = b.dirPath() + QStringLiteral("/inbox");
        QDir().mkpath(inbox);
        auto roundTrip = [&](const QString &name) {
            const ExportResult r = SyncExporter::exportChanges(a.db(), Actor::bootstrap(), a.dirPath() + QStringLiteral("/out"));
            QVERIFY(r.written);
            QList<ZipWriter::Entry> files = entries(r.path);
            const QByteArray csv = entry(files, QStringLiteral("entities.csv"));
            QVERIFY(!csv.isEmpty());
            QVERIFY2(!csv.contains(RepId.toUtf8()) && !csv.contains(RepMasked.toUtf8()), csv.constData());
            const QString target = inbox + QLatin1Char('/') + name;
            QVERIFY(QFile::copy(r.path, target));
            ImportOptions o;
            o.asOf = Day;
            SyncImporter::import(b.db(), Actor::bootstrap(), {target}, o);
        };
        roundTrip(QStringLiteral("first.clsync"));
        if (QTest::currentTestFailed())
            return;
        std::optional<Entity> atB = EntityRepository(b.db()).byCode(QStringLiteral("91370681MA3P7K2Q3U"));
        QCOMPARE(atB->address, changed.address);
        QCOMPARE(atB->legalRepIdNo, RepId);

        changed.legalRep = QStringLiteral("李四");
        changed.legalRepIdNo = OtherId;
        EntityRepository(a.db()).update(Actor::bootstrap(), changed);
        roundTrip(QStringLiteral("second.clsync"));
        if (QTest::currentTestFailed())
            return;
        atB = EntityRepository(b.db()).byCode(QStringLiteral("91370681MA3P7K2Q3U"));
        QCOMPARE(atB->legalRep, QStringLiteral("李四"));
        QVERIFY(atB->legalRepIdNo.isEmpty());
    }

    void upgradeFromSchema10KeepsEverything()
    {
        test::TestStore store(10);
        sql::exec(store.db().sql(), QStringLiteral("UPDATE measures SET active = 0 WHERE code = 'I12'"));
        const int measures = sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM measures")).toInt();
        store.close();
        store.reopen();
        QCOMPARE(store.db().schemaVersion(), Migrator::latestVersion());
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM measures")).toInt(), measures + 3);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT active FROM measures WHERE code = 'I12'")).toInt(), 0);
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT group_concat(effect, ',') FROM measures WHERE condition = 'rep_dishonest'")).toString(),
                 QStringLiteral("no_commitment,no_deficiency,no_green_channel"));
        // The new CHECK keeps a wrong value out.
        QVERIFY_THROWS_EXCEPTION(Error, sql::exec(store.db().sql(), QStringLiteral("INSERT INTO measures(code, kind, name, legal_basis, condition) "
                                                                                   "VALUES ('X1', 'restriction', 'x', 'y', 'nonsense')")));
    }
};

QTEST_MAIN(TestRepresentativeCheck)
#include "tst_representativecheck.moc"
