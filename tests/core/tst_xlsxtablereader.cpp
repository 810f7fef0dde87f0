// The streaming XLSX reader: package structure, shared/inline/rich strings, numbers, dates,
// gaps, sheets by name, and the refusals of broken and hostile workbooks (STYLE.md #3, #7).
#include "common/Error.h"
#include "supervision/TableReader.h"
#include "supervision/XlsxTableReader.h"
#include "supervision/XlsxWorkbook.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace cl;

namespace {

struct Row
{
    qint64 number = 0;
    QStringList cells;
    QList<CellType> types;
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
    while (reader.readRow(cells)) {
        Row r{reader.rowNumber(), cells, {}, reader.rowProblem()};
        for (qsizetype i = 0; i < cells.size(); ++i)
            r.types.append(reader.cellType(i));
        rows.append(r);
    }
    return rows;
}

std::unique_ptr<TableReader> openSheet(const char *name, const QString &sheet = {})
{
    TableReadOptions options;
    options.sheet = sheet;
    return TableReader::open(fixture(name), options);
}

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

} // namespace

class TestXlsxTableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsNumbersDatesAndGaps();
    void serialToDate_data();
    void serialToDate();
    void date1904();
    void sheetsByName();
    void noReferencesPrefixesStrict();
    void wideRows();
    void overlongCell();
    void writtenByLibxlsxwriter_data();
    void writtenByLibxlsxwriter();
    void dateFormats_data();
    void dateFormats();
    void refusedWorkbooks_data();
    void refusedWorkbooks();
    void damageFoundWhileReading_data();
    void damageFoundWhileReading();
    void factoryChoosesByContent();
    void inMemoryDevice();
};

void TestXlsxTableReader::stringsNumbersDatesAndGaps()
{
    auto reader = openSheet("grades_shared.xlsx");
    QCOMPARE(reader->formatName(), QStringLiteral("XLSX"));
    QCOMPARE(reader->encodingName(), QStringLiteral("XLSX (UTF-8)"));
    QCOMPARE(reader->sheetNames(), QStringList{QStringLiteral("评价结果")});
    const QList<Row> rows = readAll(*reader);
    QCOMPARE(rows.size(), 5);

    QCOMPARE(rows[0].number, 1);
    QCOMPARE(rows[0].cells, Header);

    const Row &r2 = rows[1];
    QCOMPARE(r2.number, 2);
    QCOMPARE(r2.cells, QStringList({QStringLiteral("91370681MA3P7K2Q3U"),  // t="str" formula result
                                    QStringLiteral("龙口市鑫达食品有限公司"),  // shared
                                    QStringLiteral("市场监管局"),  // shared, phonetic guide left out
                                    QStringLiteral("SAMR_SD"),  // inline
                                    QStringLiteral("  A  "),  // spaces kept
                                    QStringLiteral("95"), QStringLiteral("第一行\r\n第二行"),  // _x000D_
                                    QStringLiteral("45992"), QStringLiteral("46356"), QStringLiteral("TRUE")}));
    QCOMPARE(r2.types, QList<CellType>({CellType::Text, CellType::Text, CellType::Text, CellType::Text, CellType::Text,
                                        CellType::Number, CellType::Text, CellType::Date, CellType::Date,
                                        CellType::Boolean}));
    QVERIFY(r2.problem.isEmpty());
    QCOMPARE(XlsxTableReader::serialToDate(r2.cells[7].toDouble()).value_or(QDate()), QDate(2025, 12, 1));

    // Row 3: missing cells B, D..G and I are filled so columns stay aligned.
    const Row &r3 = rows[2];
    QCOMPARE(r3.number, 3);
    QCOMPARE(r3.cells.size(), 10);
    QCOMPARE(r3.cells[0], QStringLiteral("92370681MA3N4R8W1A"));
    for (int i : {1, 2, 3, 4, 5, 6, 8}) {
        QVERIFY(r3.cells[i].isEmpty());
        QCOMPARE(r3.types[i], CellType::Empty);
    }
    QCOMPARE(r3.cells[7], QStringLiteral("45658.75"));
    QCOMPARE(r3.types[7], CellType::Number);  // "0.00_);[Red]" is not a date format
    QCOMPARE(r3.cells[9], QStringLiteral("#N/A"));
    QCOMPARE(r3.types[9], CellType::Error);

    // Rows 4 and 5 do not exist: the next row says 6. Rich inline runs are joined.
    const Row &r6 = rows[3];
    QCOMPARE(r6.number, 6);
    QCOMPARE(r6.cells[1], QStringLiteral("丰收合作社"));
    QCOMPARE(r6.cells[4], QStringLiteral("B"));
    QCOMPARE(r6.cells[5], QStringLiteral("1.5E-3"));
    QCOMPARE(r6.types[5], CellType::Number);
    QCOMPARE(r6.cells[7], QStringLiteral("2025-10-08"));
    QCOMPARE(r6.cells[9], QStringLiteral("FALSE"));

    // Row 7 (formatted, empty) is skipped; row 8 points at a shared string that is not there.
    const Row &r8 = rows[4];
    QCOMPARE(r8.number, 8);
    QCOMPARE(r8.cells, QStringList({QStringLiteral("bad index"), QString()}));
    QVERIFY2(r8.problem.contains(QStringLiteral("B8")), qPrintable(r8.problem));

    QCOMPARE(reader->bytesRead(), reader->totalBytes());
    QVERIFY(reader->totalBytes() > 0);
}

void TestXlsxTableReader::serialToDate_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("date");
    QTest::newRow("1") << 1.0 << false << QDate(1900, 1, 1);
    QTest::newRow("59") << 59.0 << false << QDate(1900, 2, 28);
    QTest::newRow("60 (Lotus 1900-02-29)") << 60.0 << false << QDate();
    QTest::newRow("61") << 61.0 << false << QDate(1900, 3, 1);
    QTest::newRow("45992") << 45992.0 << false << QDate(2025, 12, 1);
    QTest::newRow("with time") << 45658.75 << false << QDate(2025, 1, 1);
    QTest::newRow("a hair before midnight") << 45991.9999999999 << false << QDate(2025, 12, 1);
    QTest::newRow("0") << 0.0 << false << QDate();
    QTest::newRow("negative") << -5.0 << false << QDate();
    QTest::newRow("9999-12-31") << 2958465.0 << false << QDate(9999, 12, 31);
    QTest::newRow("beyond 9999") << 2958466.0 << false << QDate();
    QTest::newRow("nan") << std::nan("") << false << QDate();
    QTest::newRow("1904: 0") << 0.0 << true << QDate(1904, 1, 1);
    QTest::newRow("1904: 44530") << 44530.0 << true << QDate(2025, 12, 1);
}

void TestXlsxTableReader::serialToDate()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDate, date);
    const std::optional<QDate> got = XlsxTableReader::serialToDate(serial, date1904);
    QCOMPARE(got.value_or(QDate()), date);
    QCOMPARE(got.has_value(), date.isValid());
}

void TestXlsxTableReader::date1904()
{
    auto reader = openSheet("date1904.xlsx");
    QVERIFY(reader->uses1904Dates());
    QVERIFY(!openSheet("grades_shared.xlsx")->uses1904Dates());
    const QList<Row> rows = readAll(*reader);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].types, QList<CellType>({CellType::Date, CellType::Date}));
    QCOMPARE(XlsxTableReader::serialToDate(rows[0].cells[1].toDouble(), reader->uses1904Dates()).value_or(QDate()), QDate(2025, 12, 1));
}

void TestXlsxTableReader::sheetsByName()
{
    // The hidden "Lists" sheet comes first and the chart sheet is no table: by default the
    // first visible worksheet is read.
    auto reader = openSheet("multi_sheet.xlsx");
    QCOMPARE(reader->sheetNames(),
             QStringList({QStringLiteral("Lists"), QStringLiteral("评价结果"), QStringLiteral("A & B")}));
    QCOMPARE(static_cast<XlsxTableReader *>(reader.get())->sheetName(), QStringLiteral("评价结果"));
    QList<Row> rows = readAll(*reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].cells, QStringList{QStringLiteral("代码")});
    QCOMPARE(rows[1].cells, QStringList{QStringLiteral("42")});

    rows = readAll(*openSheet("multi_sheet.xlsx", QStringLiteral("A & B")));
    QCOMPARE(rows[0].cells, QStringList{QStringLiteral("third")});
    // Names match after trimming, ignoring case.
    rows = readAll(*openSheet("multi_sheet.xlsx", QStringLiteral(" lists ")));
    QCOMPARE(rows[0].cells, QStringList{QStringLiteral("清单")});

    QString message;
    QCOMPARE(failureOf([] { openSheet("multi_sheet.xlsx", QStringLiteral("Missing")); }, &message),
             ErrorKind::NotFound);
    QVERIFY2(message.contains(QStringLiteral("Missing")) && message.contains(QStringLiteral("Lists, 评价结果, A & B")),
             qPrintable(message));
}

void TestXlsxTableReader::noReferencesPrefixesStrict()
{
    // Cells without r="", rows without r="", an "x:" prefix, strict OOXML, stored entries.
    const QList<Row> rows = readAll(*openSheet("no_refs.xlsx"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].cells, QStringList({QStringLiteral("h1"), QStringLiteral("h2")}));
    QCOMPARE(rows[1].number, 2);
    QCOMPARE(rows[1].cells, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(rows[2].number, 5);
    QCOMPARE(rows[2].cells, QStringList({QString(), QStringLiteral("3"), QStringLiteral("4")}));
}

void TestXlsxTableReader::wideRows()
{
    const QList<Row> rows = readAll(*openSheet("wide.xlsx"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].cells.size(), XlsxTableReader::MaxColumns);
    QCOMPARE(rows[0].cells[1999], QStringLiteral("1999"));
    QVERIFY(rows[0].cells[2000].isEmpty());
    QCOMPARE(rows[0].cells.last(), QStringLiteral("last"));
    QVERIFY(rows[0].problem.isEmpty());
    // A cell beyond column XFD is left out and the row says so.
    QCOMPARE(rows[1].cells, QStringList{QStringLiteral("a")});
    QVERIFY2(rows[1].problem.contains(QStringLiteral("XFD")), qPrintable(rows[1].problem));
}

void TestXlsxTableReader::overlongCell()
{
    // A cell over the 1 MiB limit is not kept; the row says so and the next row is fine.
    const QList<Row> rows = readAll(*openSheet("long_cell.xlsx"));
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows[1].problem.contains(QStringLiteral("Field too long")) && rows[1].problem.contains(QStringLiteral("B2")),
             qPrintable(rows[1].problem));
    QCOMPARE(rows[1].cells, QStringList({QStringLiteral("1"), QString()}));
    QCOMPARE(rows[2].cells, QStringList({QStringLiteral("2"), QStringLiteral("ok")}));
    QVERIFY(rows[2].problem.isEmpty());
}

void TestXlsxTableReader::writtenByLibxlsxwriter_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("shared strings") << QStringLiteral("grades_libxlsxwriter.xlsx");
    QTest::newRow("inline strings (constant memory)") << QStringLiteral("grades_constant_memory.xlsx");
}

void TestXlsxTableReader::writtenByLibxlsxwriter()
{
    QFETCH(QString, file);
    auto reader = openSheet(file.toUtf8().constData());
    QCOMPARE(static_cast<XlsxTableReader *>(reader.get())->sheetName(), QStringLiteral("评价结果"));
    const QList<Row> rows = readAll(*reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].cells, Header);
    QCOMPARE(rows[1].cells[1], QStringLiteral("龙口市鑫达食品有限公司"));
    QCOMPARE(rows[1].cells[5], QStringLiteral("95"));
    QCOMPARE(rows[1].types[5], CellType::Number);
    QCOMPARE(rows[1].types[7], CellType::Date);
    QCOMPARE(XlsxTableReader::serialToDate(rows[1].cells[7].toDouble()).value_or(QDate()), QDate(2025, 12, 1));
    QCOMPARE(XlsxTableReader::serialToDate(rows[1].cells[8].toDouble()).value_or(QDate()), QDate(2026, 11, 30));
    QCOMPARE(rows[2].cells[5], QStringLiteral("87.5"));  // the formula's cached value
    QCOMPARE(rows[2].cells[9], QStringLiteral("TRUE"));
    QCOMPARE(rows[2].types[3], CellType::Empty);
}

void TestXlsxTableReader::dateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("general") << 0 << QString() << false;
    QTest::newRow("0.00") << 2 << QString() << false;
    QTest::newRow("14 m/d/yyyy") << 14 << QString() << true;
    QTest::newRow("22") << 22 << QString() << true;
    QTest::newRow("31 Chinese date") << 31 << QString() << true;
    QTest::newRow("49 text") << 49 << QString() << false;
    QTest::newRow("yyyy-mm-dd") << 164 << QStringLiteral("yyyy-mm-dd") << true;
    QTest::newRow("Chinese literal") << 176 << QStringLiteral("yyyy\"年\"m\"月\"d\"日\";@") << true;
    QTest::newRow("red negative") << 177 << QStringLiteral("0.00_);[Red]\\(0.00\\)") << false;
    QTest::newRow("currency locale") << 178 << QStringLiteral("[$¥-804]#,##0.00") << false;
    QTest::newRow("quoted unit") << 179 << QStringLiteral("#,##0\"天数\"") << false;
    QTest::newRow("quoted d") << 180 << QStringLiteral("0\" days\"") << false;
    QTest::newRow("elapsed hours") << 181 << QStringLiteral("[h]:mm:ss") << true;
    QTest::newRow("scientific") << 182 << QStringLiteral("0.00E+00") << false;
    QTest::newRow("DBNum general") << 183 << QStringLiteral("[DBNum1][$-804]General") << false;
}

void TestXlsxTableReader::dateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(XlsxWorkbook::isDateFormat(id, code), isDate);
}

void TestXlsxTableReader::refusedWorkbooks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("truncated") << QStringLiteral("truncated.xlsx") << int(ErrorKind::Invalid)
                               << QStringLiteral("damaged or incomplete");
    QTest::newRow("no sheets") << QStringLiteral("no_sheets.xlsx") << int(ErrorKind::Invalid)
                               << QStringLiteral("no worksheet");
    QTest::newRow("chart only") << QStringLiteral("chart_only.xlsx") << int(ErrorKind::Invalid)
                                << QStringLiteral("no worksheet");
    QTest::newRow("plain zip") << QStringLiteral("not_workbook.xlsx") << int(ErrorKind::Invalid)
                               << QStringLiteral("not an Excel workbook");
    QTest::newRow("ods") << QStringLiteral("opendocument.xlsx") << int(ErrorKind::Refused) << QStringLiteral(".ods");
    QTest::newRow("zip encryption") << QStringLiteral("zip_encrypted.xlsx") << int(ErrorKind::Refused)
                                    << QStringLiteral("encrypted");
    QTest::newRow("declared 3 GB") << QStringLiteral("bomb_size.xlsx") << int(ErrorKind::Refused)
                                   << QStringLiteral("zip bomb");
    QTest::newRow("ratio 5000") << QStringLiteral("bomb_ratio.xlsx") << int(ErrorKind::Refused)
                                << QStringLiteral("zip bomb");
}

void TestXlsxTableReader::refusedWorkbooks()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, says);
    QString message;
    QCOMPARE(int(failureOf([&] { readAll(*openSheet(file.toUtf8().constData())); }, &message)), kind);
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(file), qPrintable(message));
}

void TestXlsxTableReader::damageFoundWhileReading_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rowsBefore");
    QTest::newRow("bad xml") << QStringLiteral("bad_xml.xlsx") << 2;
    QTest::newRow("crc") << QStringLiteral("crc_error.xlsx") << -1;
}

void TestXlsxTableReader::damageFoundWhileReading()
{
    // Damage inside the sheet shows only while streaming it: readRow throws, after the rows
    // before the damage (the importer keeps or rolls back those as it decides).
    QFETCH(QString, file);
    QFETCH(int, rowsBefore);
    auto reader = openSheet(file.toUtf8().constData());
    QStringList cells;
    int rows = 0;
    QString message;
    const ErrorKind kind = failureOf(
        [&] {
            while (reader->readRow(cells))
                ++rows;
        },
        &message);
    QCOMPARE(kind, ErrorKind::Invalid);
    QVERIFY2(message.contains(QStringLiteral("damaged")) && message.contains(file), qPrintable(message));
    if (rowsBefore >= 0)
        QCOMPARE(rows, rowsBefore);
}

void TestXlsxTableReader::factoryChoosesByContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grades.csv"));
    QVERIFY(QFile::copy(fixture("grades_shared.xlsx"), path));
    auto reader = TableReader::open(path);
    QCOMPARE(reader->formatName(), QStringLiteral("XLSX"));
    QCOMPARE(readAll(*reader).size(), 5);
}

void TestXlsxTableReader::inMemoryDevice()
{
    QFile f(fixture("grades_shared.xlsx"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(f.readAll());
    QVERIFY(buffer->open(QIODevice::ReadOnly));
    auto reader = TableReader::open(std::move(buffer), {}, QStringLiteral("memory.xlsx"));
    QCOMPARE(readAll(*reader).size(), 5);
}

QTEST_GUILESS_MAIN(TestXlsxTableReader)
#include "tst_xlsxtablereader.moc"
