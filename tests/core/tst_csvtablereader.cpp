// The streaming CSV reader and the content-sniffing factory (STYLE.md #3, #5, #7): encodings,
// quoting, line ends, chunk boundaries, size limits, problems row by row, refused files.
#include "common/Error.h"
#include "supervision/CsvTableReader.h"
#include "supervision/TableReader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace cl;

namespace {

struct Row
{
    qint64 line = 0;
    QStringList cells;
    QString problem;
};

QString fixture(const char *name)
{
    return qEnvironmentVariable("CREDITLOOP_TEST_DATA") + QStringLiteral("/readers/") + QString::fromUtf8(name);
}

QList<Row> readAll(TableReader &reader)
{
    QList<Row> rows;
    QStringList cells;
    while (reader.readRow(cells))
        rows.append({reader.rowNumber(), cells, reader.rowProblem()});
    return rows;
}

std::unique_ptr<CsvTableReader> csvFrom(const QByteArray &bytes, const QString &encoding = QStringLiteral("auto"))
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    TableReadOptions options;
    options.encoding = encoding;
    return std::make_unique<CsvTableReader>(std::move(buffer), options);
}

QList<Row> readBytes(const QByteArray &bytes, qsizetype chunkSize = 0)
{
    auto reader = csvFrom(bytes);
    if (chunkSize > 0)
        reader->setChunkSize(chunkSize);
    return readAll(*reader);
}

QList<Row> readFile(const char *name, QString *encoding = nullptr, const TableReadOptions &options = {})
{
    auto reader = TableReader::open(fixture(name), options);
    if (encoding)
        *encoding = reader->encodingName();
    return readAll(*reader);
}

// The kind and message of the Error thrown by f, or Usage with an empty message when none.
template<typename F>
ErrorKind failureOf(F &&f, QString *message = nullptr)
{
    try {
        f();
    } catch (const Error &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    if (message)
        message->clear();
    return ErrorKind::Usage;
}

const QStringList Header = QStringLiteral("统一社会信用代码,主体名称,评价部门,评价体系,评价结果,评价分数,行业领域,评价日期,有效期至,备注")
                               .split(QLatin1Char(','));

void checkGrades(const QList<Row> &rows)
{
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].cells, Header);
    QCOMPARE(rows[1].cells, QStringLiteral("91370681MA3P7K2Q3U,龙口市鑫达食品有限公司,市场监管局,SAMR_SD,A,95,食品生产,"
                                           "2025-11-28,2026-11-27,")
                                .split(QLatin1Char(',')));
    QCOMPARE(rows[2].cells[9], QStringLiteral("复核"));
    QCOMPARE(rows[3].cells[7], QStringLiteral("2025年10月8日"));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].line, qint64(i + 1));
        QVERIFY2(rows[i].problem.isEmpty(), qPrintable(rows[i].problem));
    }
}

} // namespace

class TestCsvTableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data();
    void encodings();
    void gb18030GeneratedInTest();
    void utf16WithoutBom();
    void encodingOverride();
    void quoting();
    void lineEndings();
    void blankLinesAreSkipped();
    void headerCellsAreCleaned();
    void headerOnlyAndEmpty();
    void delimiterSniffing();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void randomBytesSameRowsAtAnyChunkSize();
    void megabyteField();
    void oversizedFieldResynchronises();
    void rowAndColumnLimits();
    void mixedEncodings();
    void characterCutAtEndOfFile();
    void unterminatedQuote();
    void refusedFiles_data();
    void refusedFiles();
    void garbageWithoutNulDoesNotCrash();
    void factoryChoosesByContent();
    void progressAndReuse();
    void missingFile();
};

void TestCsvTableReader::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("format");
    QTest::newRow("utf-8") << QStringLiteral("grades_utf8.csv") << QStringLiteral("UTF-8") << QStringLiteral("CSV");
    QTest::newRow("utf-8 bom crlf") << QStringLiteral("grades_utf8_bom_crlf.csv") << QStringLiteral("UTF-8 (BOM)")
                                    << QStringLiteral("CSV");
    QTest::newRow("gb18030") << QStringLiteral("grades_gb18030.csv") << QStringLiteral("GB18030") << QStringLiteral("CSV");
    QTest::newRow("utf-16le tabs") << QStringLiteral("grades_utf16le_bom.txt") << QStringLiteral("UTF-16LE")
                                   << QStringLiteral("CSV");
    QTest::newRow("utf-16be") << QStringLiteral("grades_utf16be_bom.csv") << QStringLiteral("UTF-16BE")
                              << QStringLiteral("CSV");
    QTest::newRow("tabs") << QStringLiteral("grades_tab.tsv") << QStringLiteral("UTF-8") << QStringLiteral("CSV");
}

void TestCsvTableReader::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, format);
    auto reader = TableReader::open(fixture(file.toUtf8().constData()));
    QCOMPARE(reader->encodingName(), encoding);
    QCOMPARE(reader->formatName(), format);
    QVERIFY(reader->sheetNames().isEmpty());
    checkGrades(readAll(*reader));
    QCOMPARE(reader->cellType(0), CellType::Text);
    QVERIFY(!reader->uses1904Dates());
}

void TestCsvTableReader::gb18030GeneratedInTest()
{
    // Every character class of GB18030: two-byte (GBK), four-byte BMP (€ is 0x80 only in CP936),
    // four-byte supplementary (𠀀).
    const QString text = QStringLiteral("代码,名称\r\n1,\"鑫达,€ 𠀀\"\r\n2,ǹ\r\n");
    auto reader = csvFrom(QByteArray(QStringEncoder("GB18030").encode(text)));
    QCOMPARE(reader->encodingName(), QStringLiteral("GB18030"));
    const QList<Row> rows = readAll(*reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].cells, QStringList({QStringLiteral("1"), QStringLiteral("鑫达,€ 𠀀")}));
    QCOMPARE(rows[2].cells, QStringList({QStringLiteral("2"), QStringLiteral("ǹ")}));
}

void TestCsvTableReader::utf16WithoutBom()
{
    auto reader = csvFrom(QByteArray(QStringEncoder(QStringEncoder::Utf16BE).encode(u"代码,名称\n1,鑫达\n")));
    QCOMPARE(reader->encodingName(), QStringLiteral("UTF-16BE"));
    const QList<Row> rows = readAll(*reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].cells, QStringList({QStringLiteral("1"), QStringLiteral("鑫达")}));
}

void TestCsvTableReader::encodingOverride()
{
    TableReadOptions gbk;
    gbk.encoding = QStringLiteral("gbk");
    QString used;
    checkGrades(readFile("grades_gb18030.csv", &used, gbk));
    QCOMPARE(used, QStringLiteral("GB18030"));

    // Forcing UTF-8 on a GB18030 file: every row with Chinese text has a problem, none crashes.
    TableReadOptions utf8;
    utf8.encoding = QStringLiteral("utf-8");
    const QList<Row> rows = readFile("grades_gb18030.csv", &used, utf8);
    QCOMPARE(used, QStringLiteral("UTF-8"));
    QCOMPARE(rows.size(), 4);
    for (const Row &r : rows)
        QVERIFY(r.problem.contains(QStringLiteral("UTF-8")));

    TableReadOptions unknown;
    unknown.encoding = QStringLiteral("koi8-r");
    QCOMPARE(failureOf([&] { TableReader::open(fixture("grades_utf8.csv"), unknown); }), ErrorKind::Usage);
}

void TestCsvTableReader::quoting()
{
    const QList<Row> rows = readFile("quoted.csv");
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[1].cells, QStringList({QStringLiteral("1"), QStringLiteral("Acme, Inc."), QStringLiteral("said \"hello\"")}));
    QCOMPARE(rows[2].cells, QStringList({QStringLiteral("2"), QStringLiteral("two\nline"), QStringLiteral("three\r\nlines")}));
    QCOMPARE(rows[2].line, 3);
    // The record after a multi-line one starts on line 6, where the file has it.
    QCOMPARE(rows[3].line, 6);
    QCOMPARE(rows[3].cells, QStringList({QStringLiteral("3"), QString(), QStringLiteral("plain")}));
    // Text after a closing quote is kept, as Excel does.
    QCOMPARE(rows[4].cells, QStringList({QStringLiteral("4"), QStringLiteral("abc"), QStringLiteral("x")}));
    QCOMPARE(rows[4].line, 7);
    for (const Row &r : rows)
        QVERIFY(r.problem.isEmpty());
}

void TestCsvTableReader::lineEndings()
{
    const QList<Row> rows = readFile("mixed_line_endings.csv");
    QCOMPARE(rows.size(), 5);
    const QStringList expected[] = {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")},
                                    {QStringLiteral("3"), QStringLiteral("4")}, {QStringLiteral("5"), QStringLiteral("6")},
                                    {QStringLiteral("7"), QStringLiteral("8")}};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(rows[i].cells, expected[i]);
        QCOMPARE(rows[i].line, qint64(i + 1));
    }
    // CR only (classic Mac), and CR inside quotes counted as a line.
    const QList<Row> mac = readBytes("a,b\r\"x\ry\",2\r3,4\r");
    QCOMPARE(mac.size(), 3);
    QCOMPARE(mac[1].cells[0], QStringLiteral("x\ry"));
    QCOMPARE(mac[2].line, 4);
}

void TestCsvTableReader::blankLinesAreSkipped()
{
    // Blank lines and rows of empty cells (",") are skipped; line numbers stay the file's.
    const QList<Row> rows = readFile("blank_lines.csv");
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].cells, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(rows[1].line, 3);
    QCOMPARE(rows[2].cells, QStringList({QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(rows[2].line, 6);
}

void TestCsvTableReader::headerCellsAreCleaned()
{
    const QList<Row> rows = readFile("header_spaces.csv");
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].cells, QStringList({QStringLiteral("统一社会信用代码"), QStringLiteral("主体名称"), QStringLiteral("评价部门")}));
    // Data cells are handed over as they are; trimming values is the importer's rule.
    QCOMPARE(rows[1].cells[0], QStringLiteral(" 91370681MA3P7K2Q3U "));
    QCOMPARE(TableReader::cleanHeaderCell(u"\u200B\u3000名称\u00A0\uFEFF"), QStringLiteral("名称"));
}

void TestCsvTableReader::headerOnlyAndEmpty()
{
    const QList<Row> rows = readFile("header_only.csv");
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].cells, QStringList({QStringLiteral("统一社会信用代码"), QStringLiteral("主体名称")}));

    QString message;
    QCOMPARE(failureOf([] { TableReader::open(fixture("empty.csv")); }, &message), ErrorKind::Invalid);
    QVERIFY2(message.contains(QStringLiteral("empty")), qPrintable(message));
    // The reader itself on empty input (or a BOM alone) just has no rows.
    QVERIFY(readBytes(QByteArray()).isEmpty());
    QVERIFY(readBytes("\xEF\xBB\xBF").isEmpty());
    QVERIFY(readBytes("\n\n\r\n").isEmpty());
}

void TestCsvTableReader::delimiterSniffing()
{
    auto tabs = TableReader::open(fixture("grades_tab.tsv"));
    QCOMPARE(static_cast<CsvTableReader *>(tabs.get())->delimiter(), QLatin1Char('\t'));
    const QList<Row> semi = readFile("grades_semicolon.csv");
    QCOMPARE(semi[1].cells, QStringList({QStringLiteral("1"), QStringLiteral("a,b"), QStringLiteral("A")}));
    // A comma in the first line wins over tabs.
    QCOMPARE(csvFrom("a,b\tc\n")->delimiter(), QLatin1Char(','));
}

void TestCsvTableReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QStringLiteral("代码,名称,备注\r\n91370681MA3P7K2Q3U,\"龙口市,鑫达\"\"食品\"\"\",\"两\r\n行𠀀\"\r\n"
                                        "2,张记餐馆,\r3,丰收,末\n");
    QTest::newRow("utf-8") << text.toUtf8();
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QTest::newRow("gb18030") << QByteArray(QStringEncoder("GB18030").encode(text));
    QTest::newRow("utf-16le") << QByteArray("\xFF\xFE") + QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(text));
}

void TestCsvTableReader::chunkBoundaries()
{
    // Chunks of 1..7 bytes cut every multibyte character, every CRLF and every doubled quote
    // somewhere; the rows must not change.
    QFETCH(QByteArray, bytes);
    const QList<Row> whole = readBytes(bytes);
    QCOMPARE(whole.size(), 4);
    QCOMPARE(whole[1].cells[1], QStringLiteral("龙口市,鑫达\"食品\""));
    QCOMPARE(whole[1].cells[2], QStringLiteral("两\r\n行𠀀"));
    QCOMPARE(whole[2].line, 4);
    QCOMPARE(whole[3].line, 5);
    for (qsizetype chunk : {1, 2, 3, 4, 5, 7, 64}) {
        const QList<Row> rows = readBytes(bytes, chunk);
        QCOMPARE(rows.size(), whole.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].cells, whole[i].cells);
            QCOMPARE(rows[i].line, whole[i].line);
            QVERIFY2(rows[i].problem.isEmpty(), qPrintable(rows[i].problem));
        }
    }
}

void TestCsvTableReader::randomBytesSameRowsAtAnyChunkSize()
{
    // Random bytes rich in line ends, commas, quotes and broken multibyte sequences: however the
    // input is cut into chunks, the rows, their line numbers and which rows have problems stay
    // the same. (Qt 6.4's decoders drop a byte after a sequence broken across two calls; the
    // reader must not let that happen.)
    QRandomGenerator random(20260101);
    const char pieces[] = {'\n', '\r', ',', '"', 'a', '\x81', '\xE4', '\xB8', '\xAD', '\x30', '\xFE', '\xC3'};
    for (const char *encoding : {"utf-8", "gb18030", "utf-16le"}) {
        for (int iteration = 0; iteration < 300; ++iteration) {
            QByteArray bytes;
            const int n = 1 + random.bounded(40);
            for (int i = 0; i < n; ++i)
                bytes += random.bounded(4) == 0 ? char(random.bounded(1, 256)) : pieces[random.bounded(int(sizeof pieces))];
            const auto read = [&](qsizetype chunk) {
                auto reader = csvFrom(bytes, QString::fromLatin1(encoding));
                reader->setChunkSize(chunk);
                QList<Row> rows = readAll(*reader);
                for (Row &r : rows)
                    r.problem = r.problem.isEmpty() ? QString() : QStringLiteral("problem");
                return rows;
            };
            const QList<Row> reference = read(1 << 20);
            for (qsizetype chunk : {1, 2, 3, 5}) {
                const QList<Row> rows = read(chunk);
                QCOMPARE(rows.size(), reference.size());
                for (int i = 0; i < rows.size(); ++i) {
                    QCOMPARE(rows[i].cells, reference[i].cells);
                    QCOMPARE(rows[i].line, reference[i].line);
                    QCOMPARE(rows[i].problem, reference[i].problem);
                }
            }
        }
    }
    // A GB18030 file cut after a lead byte: its last row is flagged.
    const QList<Row> rows = readAll(*csvFrom("a,b\n1,\x81", QStringLiteral("gb18030")));
    QCOMPARE(rows.size(), 2);
    QVERIFY(!rows[1].problem.isEmpty());
}

void TestCsvTableReader::megabyteField()
{
    // A one-million-character field (quoted, Chinese, spanning many chunks) is read whole.
    const QString big = QString(500000, QChar(u'鑫')) + QString(500000, QLatin1Char('x'));
    const QByteArray bytes = "code,remark\n1,\"" + big.toUtf8() + "\"\n2,after\n";
    const QList<Row> rows = readBytes(bytes);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].cells[1].size(), 1000000);
    QVERIFY(rows[1].cells[1] == big);
    QVERIFY(rows[1].problem.isEmpty());
    QCOMPARE(rows[2].cells, QStringList({QStringLiteral("2"), QStringLiteral("after")}));
}

void TestCsvTableReader::oversizedFieldResynchronises()
{
    // Beyond the 1 MiB field cap: the row is flagged, the field is not kept, and reading
    // resumes at the next record, also when the big field is quoted and contains line breaks.
    QByteArray huge(CsvTableReader::DefaultMaxFieldChars + 10, 'y');
    huge[1000] = '\n';
    huge[2000] = ',';
    QByteArray unquoted = huge;
    unquoted.replace('\n', 'z').replace(',', 'z');
    const QByteArray bytes = "code,remark\n1,\"" + huge + "\",tail\n2,ok\n3," + unquoted + "\n4,ok\n";
    const QList<Row> rows = readBytes(bytes);
    QCOMPARE(rows.size(), 5);
    QVERIFY2(rows[1].problem.contains(QStringLiteral("Field too long")), qPrintable(rows[1].problem));
    QCOMPARE(rows[1].cells, QStringList({QStringLiteral("1"), QString(), QStringLiteral("tail")}));
    QCOMPARE(rows[2].cells, QStringList({QStringLiteral("2"), QStringLiteral("ok")}));
    QCOMPARE(rows[2].line, 4);  // the quoted field had a line break
    QVERIFY(rows[2].problem.isEmpty());
    QVERIFY(!rows[3].problem.isEmpty());
    QCOMPARE(rows[4].cells, QStringList({QStringLiteral("4"), QStringLiteral("ok")}));
    QVERIFY(rows[4].problem.isEmpty());
}

void TestCsvTableReader::rowAndColumnLimits()
{
    auto reader = csvFrom("a,b,c\n1234567890123,x\n1,2,3,4,5\n123456789,123456789,123456789\nok,ok\n");
    reader->setLimits(10, 25, 3);
    reader->setChunkSize(4);
    const QList<Row> rows = readAll(*reader);
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows[0].problem.isEmpty());
    QVERIFY(rows[1].problem.contains(QStringLiteral("10 characters")));
    QCOMPARE(rows[1].cells, QStringList({QString(), QStringLiteral("x")}));
    QVERIFY(rows[2].problem.contains(QStringLiteral("3 columns")));
    QCOMPARE(rows[2].cells.size(), 3);
    QVERIFY(rows[3].problem.contains(QStringLiteral("25 characters")));
    QCOMPARE(rows[4].cells, QStringList({QStringLiteral("ok"), QStringLiteral("ok")}));
    QVERIFY(rows[4].problem.isEmpty());
}

void TestCsvTableReader::mixedEncodings()
{
    // One GB18030 row in a UTF-8 file: that row alone is flagged, the others are intact.
    QString encoding;
    const QList<Row> rows = readFile("mixed_encoding.csv", &encoding);
    QCOMPARE(encoding, QStringLiteral("UTF-8"));
    QCOMPARE(rows.size(), 13);
    QVERIFY(rows[0].problem.isEmpty());
    QCOMPARE(rows[1].cells, QStringList({QStringLiteral("1"), QStringLiteral("鑫达")}));
    QVERIFY(rows[1].problem.isEmpty());
    QCOMPARE(rows[2].line, 3);
    QVERIFY2(rows[2].problem.contains(QStringLiteral("not valid UTF-8")), qPrintable(rows[2].problem));
    QCOMPARE(rows[3].cells, QStringList({QStringLiteral("3"), QStringLiteral("丰收")}));
    for (int i = 3; i < rows.size(); ++i)
        QVERIFY(rows[i].problem.isEmpty());
    // Chunked, the bad sequence straddles chunks: same result.
    for (qsizetype chunk : {1, 3}) {
        QFile f(fixture("mixed_encoding.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<Row> chunked = readBytes(f.readAll(), chunk);
        QCOMPARE(chunked.size(), 13);
        QVERIFY(chunked[1].problem.isEmpty() && !chunked[2].problem.isEmpty() && chunked[3].problem.isEmpty());
    }
}

void TestCsvTableReader::characterCutAtEndOfFile()
{
    // A UTF-8 file cut inside its last character: the last row is flagged, not silently short.
    const QByteArray utf8 = QStringLiteral("a,b\n1,鑫达\n2,达").toUtf8();
    QList<Row> rows = readBytes(utf8.left(utf8.size() - 1));
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[1].problem.isEmpty());
    QVERIFY(!rows[2].problem.isEmpty());
    // The same for UTF-16 with an odd byte count.
    const QByteArray utf16 = TextEncoding::encode(u"a,b\n1,2", QStringLiteral("utf-16le"), true);
    rows = readBytes(utf16.left(utf16.size() - 1));
    QCOMPARE(rows.size(), 2);
    QVERIFY(!rows[1].problem.isEmpty());
}

void TestCsvTableReader::unterminatedQuote()
{
    const QList<Row> rows = readFile("unterminated_quote.csv");
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[1].problem.isEmpty());
    QCOMPARE(rows[2].line, 3);
    QVERIFY2(rows[2].problem.contains(QStringLiteral("never closed")), qPrintable(rows[2].problem));
    QCOMPARE(rows[2].cells, QStringList({QStringLiteral("3"), QStringLiteral("never closed\n4,5\n")}));
}

void TestCsvTableReader::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("html") << QStringLiteral("web_page.xls") << int(ErrorKind::Refused) << QStringLiteral("web page");
    QTest::newRow("doctype") << QStringLiteral("web_page_doctype.xls") << int(ErrorKind::Refused)
                             << QStringLiteral("web page");
    QTest::newRow("xml 2003") << QStringLiteral("spreadsheet2003.xls") << int(ErrorKind::Refused)
                              << QStringLiteral("XML Spreadsheet 2003");
    QTest::newRow("ole xls") << QStringLiteral("old_excel.xls") << int(ErrorKind::Refused) << QStringLiteral("97–2003");
    QTest::newRow("encrypted") << QStringLiteral("encrypted_ooxml.xlsx") << int(ErrorKind::Refused)
                               << QStringLiteral("password");
    QTest::newRow("binary") << QStringLiteral("binary_garbage.bin") << int(ErrorKind::Refused)
                            << QStringLiteral("binary data");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << int(ErrorKind::Invalid) << QStringLiteral("empty");
}

void TestCsvTableReader::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, says);
    QString message;
    QCOMPARE(int(failureOf([&] { TableReader::open(fixture(file.toUtf8().constData())); }, &message)), kind);
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(file), qPrintable(message));  // names the file
}

void TestCsvTableReader::garbageWithoutNulDoesNotCrash()
{
    auto reader = TableReader::open(fixture("garbage_no_nul.csv"));
    QCOMPARE(reader->encodingName(), QStringLiteral("GB18030"));
    QStringList cells;
    int rows = 0;
    while (reader->readRow(cells))
        ++rows;
    QVERIFY(rows > 0);
    QCOMPARE(reader->bytesRead(), reader->totalBytes());
}

void TestCsvTableReader::factoryChoosesByContent()
{
    // A CSV named .xlsx is still read as CSV; the extension is not trusted.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grades.xlsx"));
    QVERIFY(QFile::copy(fixture("grades_utf8.csv"), path));
    auto reader = TableReader::open(path);
    QCOMPARE(reader->formatName(), QStringLiteral("CSV"));
    checkGrades(readAll(*reader));
}

void TestCsvTableReader::progressAndReuse()
{
    QByteArray bytes = "code,name\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "91370681MA3P7K2Q3U,龙口市鑫达食品有限公司\n";
    auto reader = csvFrom(bytes);
    reader->setChunkSize(4096);
    QStringList cells;
    QVERIFY(reader->readRow(cells));
    QVERIFY(reader->readRow(cells));
    // The caller keeps no copies: the next row reuses the same strings' memory.
    const QChar *first = cells[0].constData();
    qint64 lastProgress = 0;
    int rows = 1;
    while (reader->readRow(cells)) {
        ++rows;
        QCOMPARE(cells[0].constData(), first);
        QVERIFY(reader->bytesRead() >= lastProgress);
        lastProgress = reader->bytesRead();
    }
    QCOMPARE(rows, 20000);
    QCOMPARE(reader->bytesRead(), bytes.size());
    QCOMPARE(reader->totalBytes(), bytes.size());
    QCOMPARE(reader->rowNumber(), 20001);
}

void TestCsvTableReader::missingFile()
{
    QString message;
    QCOMPARE(failureOf([] { TableReader::open(fixture("no_such_file.csv")); }, &message), ErrorKind::Io);
    QVERIFY(message.contains(QStringLiteral("no_such_file.csv")));
}

QTEST_GUILESS_MAIN(TestCsvTableReader)
#include "tst_csvtablereader.moc"
