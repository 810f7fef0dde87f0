// Reader speed on a generated canonical grade file (DOMAIN.md §4). Not a test: it prints
// figures as Markdown. The import budget is about 5 s for 1,000,000 rows (≈ 105 MB) including
// validation and SQLite inserts, so the reader alone should stay well under 1 s.
//
//   bench_csv_reader [--rows N] [--runs R] [--dir FOLDER] [--only utf8|gb18030|xlsx]
//
// Writes grades_utf8.csv, grades_gb18030.csv (and grades.xlsx when built with libxlsxwriter)
// into FOLDER (default: a temporary folder, removed afterwards), then reads each R times
// (best run reported) through TableReader::open, touching every cell.
#include "common/Error.h"
#include "supervision/TableReader.h"
#include "supervision/TextEncoding.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

#ifdef CREDITLOOP_BENCH_XLSX
#include <xlsxwriter.h>
#endif

using namespace cl;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

const char *const Header = "统一社会信用代码,主体名称,评价部门,评价体系,评价结果,评价分数,行业领域,评价日期,有效期至,备注";
const char *const Names[] = {"鑫达食品有限公司", "张记餐馆", "丰收农民专业合作社", "港城建筑工程有限公司",
                             "海岱机械制造有限公司", "南山物流有限公司"};
const char *const Departments[] = {"市场监管局", "税务局", "生态环境局", "卫生健康局", "住房城乡建设局", "应急管理局"};
const char *const Schemes[] = {"SAMR_SD", "TAX", "ENV", "GENERIC", "GENERIC", "GENERIC"};
const char *const Grades[] = {"A", "B", "蓝", "良好", "合格", "C"};
const char *const Industries[] = {"食品生产", "餐饮服务", "农业", "建筑施工", "机械制造", "道路运输"};

// One canonical row, about 105 bytes in UTF-8.
QString row(qint64 i)
{
    const int k = int(i % 6);
    const int day = int(i % 28) + 1;
    return QStringLiteral("91370681MA%1,龙口市%2%3,%4,%5,%6,%7,%8,2025-%9-%10,2026-%9-%10,%11\n")
        .arg(i, 8, 36, QLatin1Char('0'))
        .arg(QString::fromUtf8(Names[k]))
        .arg(i % 1000)
        .arg(QString::fromUtf8(Departments[k]), QString::fromUtf8(Schemes[k]), QString::fromUtf8(Grades[k]))
        .arg(60 + i % 40)
        .arg(QString::fromUtf8(Industries[k]))
        .arg(int(i % 12) + 1, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(i % 10 == 0 ? QStringLiteral("\"复核, 已整改\"") : QString());
}

void writeCsv(const QString &path, qint64 rows, const QString &encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Io, f.errorString());
    QString block = QString::fromUtf8(Header) + QLatin1Char('\n');
    for (qint64 i = 0; i < rows; ++i) {
        block += row(i);
        if (block.size() > (1 << 20) || i + 1 == rows) {
            f.write(TextEncoding::encode(block, encoding));
            block.clear();
        }
    }
}

#ifdef CREDITLOOP_BENCH_XLSX
void writeXlsx(const QString &path, qint64 rows)
{
    lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_FALSE};  // constant memory: inline strings
    lxw_workbook *wb = workbook_new_opt(path.toUtf8().constData(), &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "评价结果");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    const QList<QByteArray> header = QByteArray(Header).split(',');
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c].constData(), nullptr);
    for (qint64 i = 0; i < rows; ++i) {
        const QList<QByteArray> cells = row(i).trimmed().toUtf8().split(',');
        const auto r = lxw_row_t(i + 1);
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(ws, r, lxw_col_t(c), cells[c].constData(), nullptr);
        worksheet_write_number(ws, r, 5, cells[5].toDouble(), nullptr);
        worksheet_write_string(ws, r, 6, cells[6].constData(), nullptr);
        lxw_datetime d = {2025, int(i % 12) + 1, int(i % 28) + 1, 0, 0, 0};
        worksheet_write_datetime(ws, r, 7, &d, date);
        d.year = 2026;
        worksheet_write_datetime(ws, r, 8, &d, date);
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        throw Error(ErrorKind::Io, QStringLiteral("libxlsxwriter failed to write %1").arg(path));
}
#endif

long maxRssMib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

struct Result
{
    double seconds = 0;
    qint64 rows = 0;
    qint64 problems = 0;
    QString encoding;
};

Result readOnce(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto reader = TableReader::open(path);
    QStringList cells;
    Result r;
    qint64 checksum = 0;
    while (reader->readRow(cells)) {
        ++r.rows;
        if (!reader->rowProblem().isEmpty())
            ++r.problems;
        for (const QString &c : std::as_const(cells))
            checksum += c.size();
    }
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.encoding = reader->encodingName();
    if (checksum == 0)
        r.rows = -1;  // keeps the loop observable
    return r;
}

void report(const QString &label, const QString &path, int runs)
{
    Result best;
    for (int i = 0; i < runs; ++i) {
        const Result r = readOnce(path);
        if (i == 0 || r.seconds < best.seconds)
            best = r;
    }
    const double mb = double(QFileInfo(path).size()) / 1e6;
    out() << "| " << label << " | " << best.encoding << " | " << QString::number(mb, 'f', 1) << " MB | "
          << best.rows << " | " << best.problems << " | " << QString::number(best.seconds, 'f', 3) << " s | "
          << QString::number(mb / best.seconds, 'f', 0) << " MB/s | "
          << QString::number(double(best.rows) / best.seconds / 1e6, 'f', 2) << " M rows/s | " << maxRssMib()
          << " MiB |\n";
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const qint64 rows = option("--rows", QStringLiteral("1000000")).toLongLong();
    const int runs = option("--runs", QStringLiteral("3")).toInt();
    QTemporaryDir temp;
    const QString dir = option("--dir", temp.path());
    const QString only = option("--only", QString());
    auto wanted = [&](const char *name) { return only.isEmpty() || only == QLatin1String(name); };

    try {
        const QString utf8 = dir + QStringLiteral("/grades_utf8.csv");
        const QString gb = dir + QStringLiteral("/grades_gb18030.csv");
        if (!QFileInfo::exists(utf8))
            writeCsv(utf8, rows, QStringLiteral("utf-8"));
        if (!QFileInfo::exists(gb))
            writeCsv(gb, rows, QStringLiteral("gb18030"));
        out() << "## Table readers, " << rows << " canonical grade rows, best of " << runs << "\n\n"
              << "| file | encoding | size | rows | problems | time | speed | rows/s | max RSS so far |\n"
              << "|---|---|---:|---:|---:|---:|---:|---:|---:|\n";
        if (wanted("utf8"))
            report(QStringLiteral("CSV"), utf8, runs);
        if (wanted("gb18030"))
            report(QStringLiteral("CSV"), gb, runs);
#ifdef CREDITLOOP_BENCH_XLSX
        const QString xlsx = dir + QStringLiteral("/grades.xlsx");
        if (!QFileInfo::exists(xlsx))
            writeXlsx(xlsx, rows);
        if (wanted("xlsx"))
            report(QStringLiteral("XLSX"), xlsx, runs);
#endif
    } catch (const Error &e) {
        out() << "error: " << e.message() << "\n";
        return 1;
    }
    return 0;
}
