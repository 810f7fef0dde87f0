// Unified social credit code validation: every example of DOMAIN.md §2, one failing case per
// level, normalisation, the verified-historical list, and the demo generator's codes.
#include "TestStore.h"
#include "credit/UsccValidator.h"
#include "demo/DemoEntityFactory.h"
#include "demo/DemoRandom.h"
#include "registry/ReferenceData.h"

#include <QSet>
#include <QtTest>

using namespace cl;

namespace {
QStringList levelCodes(const UsccResult &r)
{
    QStringList out;
    for (const UsccFinding &f : r.findings)
        out << UsccFinding::levelCode(f.level);
    return out;
}

QString describe(const UsccResult &r)
{
    QStringList parts;
    for (const UsccFinding &f : r.findings)
        parts << UsccFinding::levelCode(f.level) + QStringLiteral(": ") + f.message;
    return r.normalized + QStringLiteral(" → ") + (parts.isEmpty() ? QStringLiteral("no findings") : parts.join(QStringLiteral("; ")));
}
} // namespace

class TestUscc : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestStore> m_store;
    UsccValidator m_validator;  // with the division table and verified list of a fresh store

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_store.reset(); }
    void domainValidExamples_data();
    void domainValidExamples();
    void domainInvalidExamples_data();
    void domainInvalidExamples();
    void letterInDivisionPassesOnlyTheCheckCharacter();
    void workedCheckCharacterExample();
    void verifiedHistoricalCode();
    void normalisation_data();
    void normalisation();
    void oneFailurePerLevel_data();
    void oneFailurePerLevel();
    void findingsComeInLevelOrder();
    void regionTable_data();
    void regionTable();
    void entityKindFromPrefix_data();
    void entityKindFromPrefix();
    void generatedCodesAreValid();
    void factoryCodesAreValidAndUnique();
};

void TestUscc::initTestCase()
{
    m_store = std::make_unique<test::TestStore>();
    m_validator = UsccValidator::fromDatabase(m_store->db().sql());
}

void TestUscc::domainValidExamples_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("division");
    QTest::newRow("enterprise, Longkou") << QStringLiteral("91370681MA3P7K2Q3U") << QStringLiteral("enterprise") << QStringLiteral("龙口市");
    QTest::newRow("individual business") << QStringLiteral("92370681MA3N4R8W1A") << QStringLiteral("individual") << QStringLiteral("龙口市");
    QTest::newRow("cooperative") << QStringLiteral("93370681MA3T6H1D0W") << QStringLiteral("cooperative") << QStringLiteral("龙口市");
    QTest::newRow("public institution") << QStringLiteral("123706814930127620") << QStringLiteral("institution") << QStringLiteral("龙口市");
    // Registered at Yantai city level: 370600 is a known division, so not even a REGION warning.
    QTest::newRow("Yantai city level") << QStringLiteral("91370600MA3R9C5L2D") << QStringLiteral("enterprise") << QStringLiteral("烟台市");
}

void TestUscc::domainValidExamples()
{
    QFETCH(QString, code);
    QFETCH(QString, kind);
    QFETCH(QString, division);
    const UsccResult r = m_validator.check(code);
    QVERIFY2(r.valid, qPrintable(describe(r)));
    QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
    QVERIFY(!r.verifiedHistorical);
    QCOMPARE(r.normalized, code);
    QVERIFY(m_validator.isAcceptable(code));
    QCOMPARE(UsccValidator::entityKind(r.normalized), kind);
    QCOMPARE(m_validator.divisionName(code.mid(2, 6)), division);
}

void TestUscc::domainInvalidExamples_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QStringList>("messageMentions");
    QTest::newRow("wrong check character") << QStringLiteral("91370681MA3P7K2Q30") << QStringLiteral("CHECKSUM18")
                                           << QStringList{QStringLiteral("\"0\""), QStringLiteral("\"U\"")};
    QTest::newRow("I is not allowed") << QStringLiteral("91370681MI3P7K2Q3U") << QStringLiteral("FORMAT")
                                      << QStringList{QStringLiteral("position 10"), QStringLiteral("\"I\"")};
    QTest::newRow("17 characters") << QStringLiteral("91370681MA3P7K2Q3") << QStringLiteral("FORMAT")
                                   << QStringList{QStringLiteral("17"), QStringLiteral("18")};
    QTest::newRow("transposition") << QStringLiteral("91370681MAP37K2Q3U") << QStringLiteral("CHECKSUM18")
                                   << QStringList{QStringLiteral("\"U\""), QStringLiteral("\"4\"")};
    QTest::newRow("letter in division code") << QStringLiteral("913706A1MA3P7K2Q3T") << QStringLiteral("FORMAT")
                                             << QStringList{QStringLiteral("position 7"), QStringLiteral("\"A\"")};
}

void TestUscc::domainInvalidExamples()
{
    QFETCH(QString, code);
    QFETCH(QString, level);
    QFETCH(QStringList, messageMentions);
    const UsccResult r = m_validator.check(code);
    QVERIFY2(!r.valid, qPrintable(describe(r)));
    QVERIFY(!m_validator.isAcceptable(r.normalized));
    QVERIFY2(!r.findings.isEmpty(), qPrintable(describe(r)));
    const UsccFinding &first = r.findings.first();
    QCOMPARE(UsccFinding::levelCode(first.level), level);
    QVERIFY(first.error);
    if (level == QLatin1String("FORMAT"))
        QCOMPARE(r.findings.size(), 1);  // nothing else is checked on a malformed code
    for (const QString &m : messageMentions)
        QVERIFY2(first.message.contains(m), qPrintable(first.message + QStringLiteral(" lacks ") + m));
}

void TestUscc::letterInDivisionPassesOnlyTheCheckCharacter()
{
    // DOMAIN.md: 913706A1MA3P7K2Q3T "passes pos 18 only" — the letter is caught by FORMAT, not by the sum.
    QCOMPARE(UsccValidator::checkChar18(u"913706A1MA3P7K2Q3"), QChar(u'T'));
    QVERIFY(!UsccValidator::isFormatValid(QStringLiteral("913706A1MA3P7K2Q3T")));
}

void TestUscc::workedCheckCharacterExample()
{
    // The worked example of DOMAIN.md §2, step by step with the documented weights.
    const QString first17 = QStringLiteral("91350100M000100Y4");
    const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    int sum = 0, weight = 1;
    for (const QChar c : first17) {
        sum += int(charset.indexOf(c)) * weight;
        weight = weight * 3 % 31;
    }
    QCOMPARE(sum, 1640);
    QCOMPARE(sum % 31, 28);
    QCOMPARE(UsccValidator::checkChar18(first17), QChar(u'3'));
    // And pos 17 of the same code (GB 11714 over "M000100Y") is the 4 of the example.
    QCOMPARE(UsccValidator::checkChar17(u"M000100Y"), QChar(u'4'));
    QCOMPARE(UsccValidator::complete(QStringLiteral("91350100M000100Y")), QStringLiteral("91350100M000100Y43"));
    QVERIFY(m_validator.check(QStringLiteral("91350100M000100Y43")).findings.isEmpty());
    // Characters outside the set give no check character.
    QVERIFY(UsccValidator::checkChar18(u"91350100M000100YI").isNull());
    QVERIFY(UsccValidator::checkChar18(u"9135").isNull());
}

void TestUscc::verifiedHistoricalCode()
{
    const QString code = QStringLiteral("91350100M0001TGQXM");
    QCOMPARE(UsccValidator::checkChar18(code.left(17)), QChar(u'1'));  // it really fails the sum

    const UsccResult listed = m_validator.check(code);
    QVERIFY2(listed.valid, qPrintable(describe(listed)));
    QVERIFY(listed.verifiedHistorical);
    QVERIFY2(!levelCodes(listed).contains(QStringLiteral("CHECKSUM18")), qPrintable(describe(listed)));
    QVERIFY(m_validator.isAcceptable(code));
    // Lower case input still finds it on the list.
    QVERIFY(m_validator.check(code.toLower()).verifiedHistorical);

    const UsccValidator withoutList;
    const UsccResult unlisted = withoutList.check(code);
    QVERIFY(!unlisted.valid);
    QVERIFY(!unlisted.verifiedHistorical);
    QCOMPARE(levelCodes(unlisted).value(0), QStringLiteral("CHECKSUM18"));
    QVERIFY(unlisted.findings.first().error);
    QVERIFY(!withoutList.isAcceptable(code));
}

void TestUscc::normalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("valid");
    const QString code = QStringLiteral("91370681MA3P7K2Q3U");
    QTest::newRow("full-width") << QStringLiteral("９１３７０６８１ＭＡ３Ｐ７Ｋ２Ｑ３Ｕ") << code << true;
    QTest::newRow("full-width lower case") << QStringLiteral("９１３７０６８１ｍａ３ｐ７ｋ２ｑ３ｕ") << code << true;
    QTest::newRow("lower case") << QStringLiteral("91370681ma3p7k2q3u") << code << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  91370681MA3P7K2Q3U\t") << code << true;
    QTest::newRow("ideographic spaces") << QStringLiteral("\u300091370681MA3P7K2Q3U\u3000") << code << true;
    QTest::newRow("mixed") << QStringLiteral(" ９１370681ma３P7K2Q3u ") << code << true;
    // Normalising only trims: a space inside the code is a FORMAT error, not silently removed.
    QTest::newRow("inner space") << QStringLiteral("91370681 MA3P7K2Q3U") << QStringLiteral("91370681 MA3P7K2Q3U") << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestUscc::normalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(bool, valid);
    QCOMPARE(UsccValidator::normalize(input), normalized);
    const UsccResult r = m_validator.check(input);
    QCOMPARE(r.input, input);
    QCOMPARE(r.normalized, normalized);
    QCOMPARE(r.valid, valid);
    if (valid)
        QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
    else
        QCOMPARE(levelCodes(r), QStringList{QStringLiteral("FORMAT")});
}

void TestUscc::oneFailurePerLevel_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("levels");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messageMentions");
    QTest::newRow("FORMAT length") << QStringLiteral("9137068") << QStringList{QStringLiteral("FORMAT")} << false << QStringLiteral("7");
    QTest::newRow("FORMAT too long") << QStringLiteral("91370681MA3P7K2Q3UU") << QStringList{QStringLiteral("FORMAT")} << false
                                     << QStringLiteral("19");
    QTest::newRow("FORMAT charset O") << QStringLiteral("91370681MO3P7K2Q3U") << QStringList{QStringLiteral("FORMAT")} << false
                                      << QStringLiteral("\"O\"");
    QTest::newRow("FORMAT charset symbol") << QStringLiteral("91370681MA3P7K2Q3-") << QStringList{QStringLiteral("FORMAT")} << false
                                           << QStringLiteral("position 18");
    QTest::newRow("FORMAT letter in division") << QStringLiteral("9137B681MA3P7K2Q3U") << QStringList{QStringLiteral("FORMAT")}
                                               << false << QStringLiteral("position 5");
    QTest::newRow("CHECKSUM18") << QStringLiteral("91370681MA3P7K2Q3A") << QStringList{QStringLiteral("CHECKSUM18")} << false
                                << QStringLiteral("\"U\"");
    // pos 17 wrong (3 → 4), pos 18 recomputed so only the organisation check fails: a warning.
    const QString org17 = QStringLiteral("91370681MA3P7K2Q4");
    QTest::newRow("ORG17") << org17 + UsccValidator::checkChar18(org17) << QStringList{QStringLiteral("ORG17")} << true
                           << QStringLiteral("\"3\"");
    QTest::newRow("TABLE 95") << UsccValidator::complete(QStringLiteral("95370681MA3P7K2Q")) << QStringList{QStringLiteral("TABLE")}
                              << true << QStringLiteral("\"5\"");
    QTest::newRow("TABLE Y2") << UsccValidator::complete(QStringLiteral("Y2370681MA3P7K2Q")) << QStringList{QStringLiteral("TABLE")}
                              << true << QStringLiteral("\"Y\"");
    QTest::newRow("REGION 370699") << UsccValidator::complete(QStringLiteral("91370699MA3P7K2Q")) << QStringList{QStringLiteral("REGION")}
                                   << true << QStringLiteral("370699");
}

void TestUscc::oneFailurePerLevel()
{
    QFETCH(QString, code);
    QFETCH(QStringList, levels);
    QFETCH(bool, valid);
    QFETCH(QString, messageMentions);
    const UsccResult r = m_validator.check(code);
    QCOMPARE(levelCodes(r), levels);
    QCOMPARE(r.valid, valid);
    QCOMPARE(r.hasWarnings(), valid);
    QCOMPARE(r.findings.first().error, !valid);
    QVERIFY2(!r.findings.first().message.isEmpty(), "every finding explains itself");
    QVERIFY2(r.findings.first().message.contains(messageMentions),
             qPrintable(r.findings.first().message + QStringLiteral(" lacks ") + messageMentions));
    QCOMPARE(m_validator.isAcceptable(r.normalized), valid);
}

void TestUscc::findingsComeInLevelOrder()
{
    // Wrong pos 17, unknown type pair, unknown division: three warnings in the order of DOMAIN.md §2.
    const QString first17 = QStringLiteral("95370699MA3P7K2Q4");
    const UsccResult r = m_validator.check(first17 + UsccValidator::checkChar18(first17));
    QCOMPARE(levelCodes(r), (QStringList{QStringLiteral("ORG17"), QStringLiteral("TABLE"), QStringLiteral("REGION")}));
    QVERIFY(r.valid);
    // Plus a wrong pos 18: the error comes first and makes the code invalid.
    const UsccResult bad = m_validator.check(first17 + (UsccValidator::checkChar18(first17) == u'0' ? u'1' : u'0'));
    QCOMPARE(levelCodes(bad), (QStringList{QStringLiteral("CHECKSUM18"), QStringLiteral("ORG17"), QStringLiteral("TABLE"),
                                           QStringLiteral("REGION")}));
    QVERIFY(!bad.valid);
}

void TestUscc::regionTable_data()
{
    QTest::addColumn<QString>("division");
    QTest::addColumn<bool>("known");
    QTest::newRow("Longkou") << QStringLiteral("370681") << true;
    QTest::newRow("Yantai city") << QStringLiteral("370600") << true;
    QTest::newRow("Shandong province") << QStringLiteral("370000") << true;
    QTest::newRow("Yantai, unlisted county") << QStringLiteral("370699") << false;
    QTest::newRow("Shandong, unlisted prefecture") << QStringLiteral("379900") << false;
    QTest::newRow("Beijing district via province row") << QStringLiteral("110105") << true;
    QTest::newRow("Fuzhou via province row") << QStringLiteral("350100") << true;
    QTest::newRow("Qingdao district via prefecture row") << QStringLiteral("370202") << true;
    QTest::newRow("historical Penglai city") << QStringLiteral("370684") << true;
    QTest::newRow("historical Laiwu prefecture") << QStringLiteral("371200") << true;
    QTest::newRow("no such province") << QStringLiteral("990000") << false;
}

void TestUscc::regionTable()
{
    QFETCH(QString, division);
    QFETCH(bool, known);
    QCOMPARE(m_validator.isKnownDivision(division), known);
    const UsccResult r = m_validator.check(UsccValidator::complete(QStringLiteral("91") + division + QStringLiteral("MA3P7K2Q")));
    QVERIFY(r.valid);
    QCOMPARE(levelCodes(r).contains(QStringLiteral("REGION")), !known);
}

void TestUscc::entityKindFromPrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("kind");
    QTest::newRow("91") << QStringLiteral("91") << QStringLiteral("enterprise");
    QTest::newRow("92") << QStringLiteral("92") << QStringLiteral("individual");
    QTest::newRow("93") << QStringLiteral("93") << QStringLiteral("cooperative");
    QTest::newRow("12") << QStringLiteral("12") << QStringLiteral("institution");
    QTest::newRow("31") << QStringLiteral("31") << QStringLiteral("institution");
    QTest::newRow("51") << QStringLiteral("51") << QStringLiteral("social_org");
    QTest::newRow("Y1") << QStringLiteral("Y1") << QStringLiteral("other");
}

void TestUscc::entityKindFromPrefix()
{
    QFETCH(QString, prefix);
    QFETCH(QString, kind);
    QCOMPARE(UsccValidator::entityKind(UsccValidator::complete(prefix + QStringLiteral("370681MA3P7K2Q"))), kind);
}

void TestUscc::generatedCodesAreValid()
{
    // 10,000 codes from the demo generator's code function, every kind and registration era:
    // all valid with no finding at all (CHECKSUM18 and ORG17 computed, known pairs and divisions).
    DemoRandom rng(20261127);
    const DemoEntityFactory::Kind kinds[] = {DemoEntityFactory::Kind::Enterprise, DemoEntityFactory::Kind::CityEnterprise,
                                             DemoEntityFactory::Kind::Individual, DemoEntityFactory::Kind::Cooperative,
                                             DemoEntityFactory::Kind::Institution};
    QSet<QString> prefixes;
    for (int i = 0; i < 10000; ++i) {
        const QDate registered = QDate(1995, 1, 1).addDays(rng.below(11650));
        const QString code = DemoEntityFactory::creditCode(rng, kinds[i % 5], registered);
        const UsccResult r = m_validator.check(code);
        QVERIFY2(r.valid && r.findings.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.normalized, code);
        prefixes.insert(code.left(8));
    }
    QCOMPARE(prefixes, (QSet<QString>{QStringLiteral("91370681"), QStringLiteral("91370600"), QStringLiteral("92370681"),
                                      QStringLiteral("93370681"), QStringLiteral("12370681")}));
}

void TestUscc::factoryCodesAreValidAndUnique()
{
    const QSqlDatabase db = m_store->db().sql();
    DemoEntityFactory factory(1, ReferenceData::industries(db), ReferenceData::towns(db));
    QSet<QString> codes;
    for (int i = 0; i < 10000; ++i) {
        const Entity e = factory.next();
        const UsccResult r = m_validator.check(e.code);
        QVERIFY2(r.valid && r.findings.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(e.kind, UsccValidator::entityKind(e.code));
        codes.insert(e.code);
    }
    QCOMPARE(codes.size(), 10000);
}

QTEST_GUILESS_MAIN(TestUscc)
#include "tst_uscc.moc"
