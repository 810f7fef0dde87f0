// Identity card numbers of natural persons (GB 11643-1999), the identity of 自然人 in the register.
#include "TestStore.h"
#include "auth/Actor.h"
#include "common/Error.h"
#include "credit/IdCardValidator.h"
#include "credit/UsccValidator.h"
#include "registry/EntityRepository.h"

#include <QtTest>

using namespace cl;
using cl::test::TestStore;

class TestIdCard : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void checkCharacterTable();
    void registerRefusesInvalidNumberAndAddsNothing();
};

void TestIdCard::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("digit check") << "370681198506150024" << "370681198506150024";
    QTest::newRow("X check") << "37068119800101123X" << "37068119800101123X";
    QTest::newRow("lower-case x") << "37068119800101123x" << "37068119800101123X";
    QTest::newRow("full width, spaces") << QStringLiteral(" ３７０６８１１９８５０６１５００２４ ") << "370681198506150024";
    QTest::newRow("leap day") << "370681200002290015" << "370681200002290015";
}

void TestIdCard::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const IdCardResult r = IdCardValidator::check(input, QDate(2026, 11, 27));
    QVERIFY2(r.valid, qPrintable(r.message));
    QCOMPARE(r.normalized, normalized);
    QVERIFY(r.message.isEmpty());
}

void TestIdCard::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << "missing";
    QTest::newRow("wrong check character") << "370681198001011234" << "should be X";
    QTest::newRow("15-digit first generation") << "370681800101123" << "15-digit";
    QTest::newRow("17 characters") << "37068119800101123" << "has 17 character";
    QTest::newRow("letter inside") << "3706811980A101123X" << "position 11";
    QTest::newRow("bad last character") << "37068119800101123Y" << "digit or X";
    QTest::newRow("30 February") << "370681199002301233" << "19900230";
    QTest::newRow("born tomorrow") << "370681202611280012" << "20261128";
    QTest::newRow("before 1900") << "370681189912310012" << "18991231";
}

void TestIdCard::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const IdCardResult r = IdCardValidator::check(input, QDate(2026, 11, 27));
    QVERIFY(!r.valid);
    QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
}

void TestIdCard::checkCharacterTable()
{
    // ISO 7064 MOD 11-2: every remainder maps to its character; "X" stands for 10.
    QCOMPARE(IdCardValidator::checkCharacter(QStringLiteral("37068119800101123")), QLatin1Char('X'));
    QCOMPARE(IdCardValidator::checkCharacter(QStringLiteral("37068119850615002")), QLatin1Char('4'));
    QCOMPARE(IdCardValidator::checkCharacter(QStringLiteral("00000000000000000")), QLatin1Char('1'));
}

void TestIdCard::registerRefusesInvalidNumberAndAddsNothing()
{
    TestStore store;
    EntityRepository repo(store.db());
    const qint64 before = repo.total();
    Entity person;
    person.codeType = QStringLiteral("ID_CARD");
    person.code = QStringLiteral("370681198001011234");
    person.name = QStringLiteral("王某某");
    try {
        repo.add(Actor::bootstrap(), person, UsccValidator());
        QFAIL("an ID-card number with a wrong check character was registered");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Invalid);
        QVERIFY2(e.message().contains(QStringLiteral("should be X")), qPrintable(e.message()));
    }
    QCOMPARE(repo.total(), before);

    person.code = QStringLiteral("37068119800101123x");
    const qint64 id = repo.add(Actor::bootstrap(), person, UsccValidator());
    QVERIFY(id > 0);
    QCOMPARE(repo.byCode(QStringLiteral("37068119800101123X"))->kind, QStringLiteral("natural_person"));
}

QTEST_GUILESS_MAIN(TestIdCard)
#include "tst_idcard.moc"
