// The program's one decoding and encoding function (STYLE.md #5): detection order, overrides,
// GB18030 (never GBK), byte-order marks.
#include "common/Error.h"
#include "supervision/TextEncoding.h"

#include <QtTest>

using namespace cl;

namespace {
using Id = TextEncoding::Id;

const QString Chinese = QStringLiteral("统一社会信用代码,龙口市鑫达食品有限公司,𠀀€");

QByteArray gb18030(const QString &text)
{
    return QByteArray(QStringEncoder("GB18030").encode(text));
}
} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gb18030IsAvailable();
    void detect_data();
    void detect();
    void headCutInsideCharacter();
    void mostlyUtf8StaysUtf8();
    void resolveOverrides();
    void unknownNamesAreRefused();
    void decodeWholeBuffers();
    void gbkBytesDecodeAsGb18030();
    void encodeForExports();
};

void TestTextEncoding::gb18030IsAvailable()
{
    // Debian's Qt is built with ICU; a build without it must say so instead of guessing.
    QVERIFY(TextEncoding::isAvailable(Id::Gb18030));
    QVERIFY(TextEncoding::decoder(Id::Gb18030).isValid());
}

void TestTextEncoding::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<QString>("display");

    const QByteArray utf8 = Chinese.toUtf8();
    QTest::newRow("utf-8") << utf8 << int(Id::Utf8) << 0 << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + utf8 << int(Id::Utf8) << 3
                               << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("ascii") << QByteArray("code,name\n1,2\n") << int(Id::Utf8) << 0 << QStringLiteral("UTF-8");
    QTest::newRow("empty") << QByteArray() << int(Id::Utf8) << 0 << QStringLiteral("UTF-8");
    QTest::newRow("gb18030") << gb18030(Chinese) << int(Id::Gb18030) << 0 << QStringLiteral("GB18030");
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(Chinese))
                                  << int(Id::Utf16LE) << 2 << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + QByteArray(QStringEncoder(QStringEncoder::Utf16BE).encode(Chinese))
                                  << int(Id::Utf16BE) << 2 << QStringLiteral("UTF-16BE");
    QTest::newRow("utf-16le no bom") << QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(u"code,name\r\n1,鑫达\r\n"))
                                     << int(Id::Utf16LE) << 0 << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be no bom") << QByteArray(QStringEncoder(QStringEncoder::Utf16BE).encode(u"code,name\r\n1,鑫达\r\n"))
                                     << int(Id::Utf16BE) << 0 << QStringLiteral("UTF-16BE");
    // A UTF-8 file that is mostly ASCII with one invalid byte is not UTF-8.
    QTest::newRow("ascii + one bad byte") << QByteArray("code,name\n1,\xB6\xF8\n") << int(Id::Gb18030) << 0
                                          << QStringLiteral("GB18030");
}

void TestTextEncoding::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(int, id);
    QFETCH(int, bomLength);
    QFETCH(QString, display);
    const TextEncoding::Detection d = TextEncoding::detect(head, true);
    QCOMPARE(int(d.id), id);
    QCOMPARE(d.bomLength, bomLength);
    QCOMPARE(d.displayName(), display);
}

void TestTextEncoding::headCutInsideCharacter()
{
    // The first 4 MB of a UTF-8 file may end in the middle of a character: still UTF-8. The
    // same bytes as a whole file are not UTF-8.
    const QByteArray cut("ab\xE9\x91");
    QCOMPARE(int(TextEncoding::detect(cut, false).id), int(Id::Utf8));
    QCOMPARE(int(TextEncoding::detect(cut, true).id), int(Id::Gb18030));
}

void TestTextEncoding::mostlyUtf8StaysUtf8()
{
    // A UTF-8 file with one row pasted from a GB18030 export stays UTF-8 (that row will be
    // flagged); GB18030 text, even with a few characters that happen to form valid UTF-8, is
    // GB18030.
    QByteArray mixed = QStringLiteral("代码,名称\n").toUtf8();
    mixed += gb18030(QStringLiteral("2,张记餐馆\n"));
    for (int i = 0; i < 5; ++i)
        mixed += QStringLiteral("%1,龙口市鑫达食品有限公司\n").arg(i).toUtf8();
    QCOMPARE(int(TextEncoding::detect(mixed, true).id), int(Id::Utf8));
    QByteArray gb;
    for (int i = 0; i < 50; ++i)
        gb += gb18030(QStringLiteral("%1,龙口市鑫达食品有限公司,市场监管局,卫生健康局,生态环境局\r\n").arg(i));
    QCOMPARE(int(TextEncoding::detect(gb, true).id), int(Id::Gb18030));
}

void TestTextEncoding::resolveOverrides()
{
    const QByteArray gb = gb18030(Chinese);
    QCOMPARE(int(TextEncoding::resolve(QStringLiteral("auto"), gb, true).id), int(Id::Gb18030));
    QCOMPARE(int(TextEncoding::resolve(QString(), gb, true).id), int(Id::Gb18030));
    QCOMPARE(int(TextEncoding::resolve(QStringLiteral("UTF-8"), gb, true).id), int(Id::Utf8));
    for (const char *alias : {"gbk", "GB2312", "gb-18030", "cp936"})
        QCOMPARE(int(TextEncoding::resolve(QString::fromLatin1(alias), Chinese.toUtf8(), true).id), int(Id::Gb18030));

    // "utf-16": the BOM decides the byte order, and is skipped.
    const QByteArray be = QByteArray("\xFE\xFF") + QByteArray(QStringEncoder(QStringEncoder::Utf16BE).encode(Chinese));
    const TextEncoding::Detection d = TextEncoding::resolve(QStringLiteral("utf-16"), be, true);
    QCOMPARE(int(d.id), int(Id::Utf16BE));
    QCOMPARE(d.bomLength, 2);
    // A BOM is skipped only when it belongs to the chosen encoding.
    const QByteArray bomUtf8 = QByteArray("\xEF\xBB\xBF") + Chinese.toUtf8();
    QCOMPARE(TextEncoding::resolve(QStringLiteral("utf-8"), bomUtf8, true).bomLength, 3);
    QCOMPARE(TextEncoding::resolve(QStringLiteral("gb18030"), bomUtf8, true).bomLength, 0);
}

void TestTextEncoding::unknownNamesAreRefused()
{
    try {
        TextEncoding::resolve(QStringLiteral("latin-9"), QByteArray("x"), true);
        QFAIL("no error");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(e.message().contains(QStringLiteral("latin-9")));
    }
    QVERIFY_THROWS_EXCEPTION(Error, TextEncoding::encode(u"x", QStringLiteral("ebcdic")));
}

void TestTextEncoding::decodeWholeBuffers()
{
    bool bad = true;
    QCOMPARE(TextEncoding::decode(gb18030(Chinese), QStringLiteral("auto"), &bad), Chinese);
    QVERIFY(!bad);
    QCOMPARE(TextEncoding::decode(QByteArray("\xEF\xBB\xBF") + Chinese.toUtf8()), Chinese);
    QCOMPARE(TextEncoding::decode(TextEncoding::encode(Chinese, QStringLiteral("utf-16le"), true)), Chinese);

    // Invalid bytes become U+FFFD and are reported, also a character cut by the buffer's end.
    const QString decoded = TextEncoding::decode(QByteArray("a\xFF" "b"), QStringLiteral("utf-8"), &bad);
    QVERIFY(bad);
    QCOMPARE(decoded, QStringLiteral("a\uFFFDb"));
    TextEncoding::decode(QByteArray("ab\xE4\xB8"), QStringLiteral("utf-8"), &bad);
    QVERIFY(bad);
    TextEncoding::decode(QByteArray("a\x81\x20"), QStringLiteral("gb18030"), &bad);
    QVERIFY(bad);
    // GB18030 cut after a lead byte (Qt's ICU path would drop it silently).
    QCOMPARE(TextEncoding::decode(QByteArray("1\x81\x30"), Id::Gb18030, &bad), QStringLiteral("1\uFFFD0"));
    QVERIFY(bad);
}

void TestTextEncoding::gbkBytesDecodeAsGb18030()
{
    // A8 BF is "ǹ" (U+01F9) in GB18030; some GBK tables give a private-use character instead.
    // Asking for GBK must still give the real character.
    const QString text = TextEncoding::decode(QByteArray("\xA8\xBF"), QStringLiteral("gbk"));
    QCOMPARE(text, QString(QChar(0x01F9)));
    // The four-byte sequences of GB18030 (outside GBK) decode too.
    QCOMPARE(TextEncoding::decode(gb18030(QStringLiteral("𠀀")), QStringLiteral("gbk")), QStringLiteral("𠀀"));
}

void TestTextEncoding::encodeForExports()
{
    bool lossless = false;
    const QByteArray gb = TextEncoding::encode(Chinese, QStringLiteral("GB18030"), false, &lossless);
    QVERIFY(lossless);
    QCOMPARE(gb, gb18030(Chinese));
    // GB18030 has no BOM: withBom adds nothing.
    QCOMPARE(TextEncoding::encode(Chinese, QStringLiteral("gb18030"), true), gb);
    // Excel needs the BOM to read a UTF-8 CSV as UTF-8.
    const QByteArray utf8 = TextEncoding::encode(u"代码", QStringLiteral("utf-8"), true);
    QCOMPARE(utf8, QByteArray("\xEF\xBB\xBF") + QStringLiteral("代码").toUtf8());
    QCOMPARE(TextEncoding::encode(u"a", QStringLiteral("utf-16le"), true), QByteArray("\xFF\xFE" "a\0", 4));
    QCOMPARE(TextEncoding::bom(Id::Gb18030), QByteArray());
    // Round trip through the decoder.
    QCOMPARE(TextEncoding::decode(gb, QStringLiteral("gb18030")), Chinese);
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
