#include "BenchGradeFile.h"

#include "auth/Actor.h"
#include "common/Error.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "supervision/GradeImporter.h"
#include "supervision/TableReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <sqlite3.h>
#include <sys/resource.h>

namespace cl::bench {

namespace {

// splitmix64: a fixed mixing function, so the file is the same on every machine.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 mix(quint64 a, quint64 b, quint64 c = 0)
{
    return mix(a * 0x100000001B3ULL ^ mix(b * 0xC2B2AE3D27D4EB4FULL ^ mix(c)));
}

template<size_t N>
const char *pick(const char *const (&list)[N], quint64 h)
{
    return list[h % N];
}

struct Weighted
{
    const char *value;
    int weight;
};

template<size_t N>
const char *pickWeighted(const Weighted (&list)[N], quint64 h)
{
    int total = 0;
    for (const Weighted &w : list)
        total += w.weight;
    int r = int(h % quint64(total));
    for (const Weighted &w : list) {
        if (r < w.weight)
            return w.value;
        r -= w.weight;
    }
    return list[0].value;
}

const char *const Header = "统一社会信用代码,主体名称,评价部门,评价体系,评价结果,评价分数,行业领域,评价日期,有效期至,备注\n";

const char *const TradeChars[] = {"鑫", "达", "丰", "源", "盛", "泰", "华", "龙", "海", "港", "信", "诚", "宏", "远", "兴", "隆",
                                  "福", "瑞", "祥", "安", "顺", "金", "玉", "东", "岳", "峰", "汇", "通", "恒", "嘉", "美", "佳"};
const char *const Surnames[] = {"王", "李", "张", "刘", "孙", "杨", "赵", "陈", "于", "曲", "姜", "林", "宋", "徐", "郭", "吕"};
const char *const Towns[] = {"东莱街道", "龙港街道", "新嘉街道", "徐福街道", "东江街道", "黄山馆镇", "北马镇",
                             "芦头镇", "下丁家镇", "七甲镇", "石良镇", "兰高镇", "诸由观镇"};

struct Industry
{
    const char *name;      // industries.name of the migrations
    const char *company;   // word before 有限公司
    const char *shop;      // individual business sign
};
const Industry Industries[] = {
    {"餐饮服务", "餐饮管理", "饭店"}, {"食品生产", "食品", "食品加工坊"}, {"食品销售", "食品销售", "食品店"},
    {"商业零售", "商贸", "超市"}, {"批发贸易", "贸易", "批发部"}, {"建筑施工", "建筑工程", "装修队"},
    {"道路货物运输", "物流", "货运部"}, {"机动车维修", "汽车维修", "汽修厂"}, {"药品零售", "大药房", "药店"},
    {"公共场所(住宿)", "酒店管理", "宾馆"}, {"物业服务", "物业管理", "保洁部"}, {"机械制造", "机械制造", "机械加工部"},
    {"粉丝加工", "粉丝", "粉丝加工坊"}, {"公共场所(美容美发)", "美容", "理发店"}, {"快递物流", "快递", "快递服务部"},
    {"水产养殖", "水产", "养殖场"}, {"加油站", "石油销售", "加油站"}, {"电子商务", "电子商务", "网店"},
};

// Evaluating departments as a file from the city platform names them (some by alias), with the
// scheme code in the 评价体系 column; slot 0 and 1 are every entity's 市场监管局 and 税务局 rows.
struct Option
{
    const char *department;
    const char *alias;     // sometimes used instead (normalised by the importer)
    const char *scheme;
    int weight;            // among the extra slots
};
const Option Options[] = {
    {"市场监管局", "市场监督管理局", "SAMR_SD", 0},
    {"税务局", "国家税务总局龙口市税务局", "TAX", 0},
    {"市场监管局", "市场监督管理局", "SAMR_SD", 10},  // an earlier risk classification, superseded
    {"市场监管局", "市场监督管理局", "FOOD_RISK", 15},
    {"生态环境局", "烟台市生态环境局龙口分局", "ENV", 8},
    {"海关", "龙口海关", "CUSTOMS", 3},
    {"卫生健康局", "卫健局", "GENERIC", 10},
    {"住房城乡建设局", "住建局", "GENERIC", 6},
    {"应急管理局", nullptr, "GENERIC", 8},
    {"交通运输局", nullptr, "GENERIC", 6},
    {"人力资源社会保障局", "人社局", "GENERIC", 6},
    {"文化和旅游局", "文旅局", "GENERIC", 3},
    {"教育和体育局", "教体局", "GENERIC", 2},
    {"自然资源和规划局", "自然资源局", "GENERIC", 2},
    {"农业农村局", nullptr, "GENERIC", 4},
    {"商务局", nullptr, "GENERIC", 4},
    {"综合行政执法局", "综合执法局", "GENERIC", 5},
    {"公安局", nullptr, "GENERIC", 2},
    {"消防救援大队", "消防大队", "GENERIC", 6},
};
constexpr int OptionCount = int(sizeof Options / sizeof Options[0]);
constexpr int MaxSlots = 6;

// Mostly good grades (DOMAIN.md §4 schemes).
const Weighted SamrGrades[] = {{"A", 30}, {"B", 50}, {"C", 13}, {"D", 5}, {"E", 2}};
const Weighted TaxGrades[] = {{"A", 35}, {"B", 40}, {"M", 12}, {"C", 9}, {"D", 4}};
const Weighted EnvGrades[] = {{"绿", 40}, {"蓝", 35}, {"黄", 15}, {"橙", 5}, {"红", 4}, {"黑", 1}};
const Weighted CustomsGrades[] = {{"高级认证企业", 5}, {"认证企业", 15}, {"常规企业", 60}, {"其他企业", 15}, {"失信企业", 4}, {"严重失信企业", 1}};
const Weighted FoodGrades[] = {{"A", 35}, {"B", 45}, {"C", 15}, {"D", 5}};
const Weighted GenericGrades[] = {{"A", 20}, {"优", 5}, {"良好", 10}, {"B", 35}, {"合格", 15}, {"C", 8}, {"不合格", 4}, {"D", 3}};

const char *grade(const char *scheme, quint64 h)
{
    switch (scheme[0]) {
    case 'S': return pickWeighted(SamrGrades, h);
    case 'T': return pickWeighted(TaxGrades, h);
    case 'E': return pickWeighted(EnvGrades, h);
    case 'C': return pickWeighted(CustomsGrades, h);
    case 'F': return pickWeighted(FoodGrades, h);
    default: return pickWeighted(GenericGrades, h);
    }
}

const char CodeChars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";  // GB 32100 set without I O S V Z
constexpr quint64 CodeSpace = 31ULL * 31 * 31 * 31 * 31 * 31;

struct EntityText
{
    QByteArray code, name, industry;
};

EntityText entity(qint64 i)
{
    const quint64 h = mix(quint64(i), 0xE7);
    const int kindRoll = int(h % 100);
    const char *prefix = kindRoll < 66 ? "91370681" : kindRoll < 93 ? "92370681" : kindRoll < 96 ? "91370600" : "93370681";
    // A bijection of the index onto six code characters: codes are unique without a set.
    quint64 n = (quint64(i) * 1000003ULL + 7) % CodeSpace;
    QByteArray body(prefix);
    body += "MA";
    char six[6];
    for (int k = 5; k >= 0; --k) {
        six[k] = CodeChars[n % 31];
        n /= 31;
    }
    body.append(six, 6);
    EntityText e;
    e.code = UsccValidator::complete(QString::fromLatin1(body)).toLatin1();
    const Industry &ind = Industries[(h >> 8) % (sizeof Industries / sizeof Industries[0])];
    e.industry = ind.name;
    if (prefix[1] == '2') {
        e.name = QByteArray("龙口市") + ((h >> 40) % 10 < 4 ? pick(Towns, h >> 32) : "") + pick(Surnames, h >> 24) + "记" + ind.shop;
    } else if (prefix[1] == '3') {
        e.name = QByteArray("龙口市") + pick(TradeChars, h >> 16) + pick(TradeChars, h >> 24) + "果蔬专业合作社";
    } else {
        e.name = QByteArray(prefix[7] == '0' ? "烟台" : "龙口市") + pick(TradeChars, h >> 16) + pick(TradeChars, h >> 24)
               + ind.company + "有限公司";
    }
    return e;
}

// The option indexes of entity i's evaluations, distinct.
int slotsOf(qint64 i, int count, int out[MaxSlots])
{
    count = std::min(count, MaxSlots);
    int n = 0;
    if (count > 0)
        out[n++] = 0;
    if (count > 1)
        out[n++] = 1;
    int extraWeight = 0;
    for (int o = 2; o < OptionCount; ++o)
        extraWeight += Options[o].weight;
    for (int s = 2; s < count; ++s) {
        int r = int(mix(quint64(i), 0x51, quint64(s)) % quint64(extraWeight));
        int o = 2;
        while (r >= Options[o].weight) {
            r -= Options[o].weight;
            ++o;
        }
        while (std::find(out, out + n, o) != out + n)
            o = o + 1 < OptionCount ? o + 1 : 2;
        out[n++] = o;
    }
    return n;
}

QDate dayIn(QDate first, QDate last, quint64 h)
{
    return first.addDays(qint64(h % quint64(first.daysTo(last) + 1)));
}

void appendDate(QByteArray &out, QDate d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    out.append(buf, 10);
}

void appendRow(QByteArray &out, const EntityText &e, int option, QDate evaluated, quint64 h)
{
    const Option &o = Options[option];
    const quint64 h2 = mix(h);
    out += e.code;
    out += ',';
    out += e.name;
    out += ',';
    out += o.alias && (h % 100) < 5 ? o.alias : o.department;
    out += ',';
    // The scheme column is left empty now and then where the department's default applies.
    if (option == 3 || (h >> 8) % 100 >= 15)
        out += o.scheme;
    out += ',';
    out += grade(o.scheme, h >> 16);
    out += ',';
    char buf[16];
    if (o.scheme[0] == 'S' && h2 % 10 < 6)
        out.append(buf, std::snprintf(buf, sizeof buf, "%d.%d", 60 + int((h2 >> 8) % 40), int((h2 >> 16) % 10)));
    else if (o.scheme[0] == 'T' || (o.scheme[0] == 'G' && h2 % 10 < 4))
        out.append(buf, std::snprintf(buf, sizeof buf, "%d", 40 + int((h2 >> 8) % 61)));
    out += ',';
    if ((h2 >> 24) % 10 < 6)  // many departments leave the industry field empty
        out += e.industry;
    out += ',';
    appendDate(out, evaluated);
    out += ',';
    if ((h2 >> 32) % 100 < 25)
        appendDate(out, evaluated.addDays(o.scheme[0] == 'E' && (h2 >> 40) % 2 ? 730 : 365));
    out += ',';
    const int remark = int((h2 >> 44) % 100);
    if (remark < 3)
        out += "\"复核, 已整改\"";
    else if (remark < 5)
        out += "信用修复后重新评价";
    out += '\n';
}

QDate evaluationDate(qint64 i, int option)
{
    const quint64 h = mix(quint64(i), 0xDA, quint64(option));
    switch (option) {
    case 0: return dayIn(QDate(2026, 1, 5), QDate(2026, 6, 30), h);   // current risk classification
    case 1: return dayIn(QDate(2026, 4, 1), QDate(2026, 4, 30), h);   // yearly tax credit rating
    case 2: return dayIn(QDate(2025, 1, 6), QDate(2025, 6, 30), h);   // last year's classification
    default: return dayIn(QDate(2025, 3, 1), QDate(2026, 10, 31), h);
    }
}

class Writer
{
public:
    explicit Writer(const QString &path) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw Error(ErrorKind::Io, m_file.errorString());
        m_buffer.reserve(1 << 21);
        m_buffer += Header;
    }
    QByteArray &buffer() { return m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() >= (1 << 20))
            flush();
    }
    qint64 finish()
    {
        flush();
        m_file.close();
        return m_written;
    }

private:
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            throw Error(ErrorKind::Io, m_file.errorString());
        m_written += m_buffer.size();
        m_buffer.clear();
    }
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_written = 0;
};

// a such that x → (a·x + b) mod n is a permutation of [0, n).
qint64 coprimeStep(qint64 n, qint64 start)
{
    qint64 a = start;
    while (std::gcd(a, n) != 1)
        ++a;
    return a;
}

} // namespace

qint64 writeGradeCsv(const QString &path, const GradeFileSpec &spec)
{
    Writer w(path);
    const qint64 n = std::max<qint64>(1, spec.entities);
    switch (spec.kind) {
    case GradeFileSpec::Kind::Main: {
        const qint64 base = spec.rows / n, rem = spec.rows % n;
        const qint64 extraStep = coprimeStep(n, 7919);
        auto countOf = [&](qint64 i) { return int(base + ((i * extraStep) % n < rem ? 1 : 0)); };
        // Department by department, entities in a scattered order within each: a combined export of
        // the city platform. Entity ids are made in first-seen order, so later blocks insert at
        // random places of the evaluation key, as the reference's index does with its codes.
        const qint64 order = coprimeStep(n, 104729);
        for (int option = 0; option < OptionCount; ++option) {
            for (qint64 j = 0; j < n; ++j) {
                const qint64 i = (j * order + 12345) % n;
                int s[MaxSlots];
                const int k = slotsOf(i, countOf(i), s);
                if (std::find(s, s + k, option) == s + k)
                    continue;
                appendRow(w.buffer(), entity(i), option, evaluationDate(i, option), mix(quint64(i), 0x6A, quint64(option)));
                w.maybeFlush();
            }
        }
        break;
    }
    case GradeFileSpec::Kind::Prelude:
        for (qint64 i = 0; i < n; ++i) {
            const quint64 h = mix(quint64(i), 0x9E);
            appendRow(w.buffer(), entity(i), 0, dayIn(QDate(2024, 1, 2), QDate(2024, 12, 30), h), h);
            w.maybeFlush();
        }
        break;
    case GradeFileSpec::Kind::Increment: {
        const qint64 step = coprimeStep(n, 15485863);
        const QDate day = QDate(2026, 11, 1).addDays(qint64(spec.seed % 20));
        for (qint64 j = 0; j < std::min(spec.rows, n); ++j) {
            const qint64 i = (j * step + qint64(mix(spec.seed) % quint64(n))) % n;
            appendRow(w.buffer(), entity(i), 0, day, mix(quint64(i), 0x1C, spec.seed));
            w.maybeFlush();
        }
        break;
    }
    }
    return w.finish();
}

qint64 writePreludeFromCsv(const QString &csv, const QString &prelude)
{
    auto reader = TableReader::open(csv);
    QStringList cells;
    if (!reader->readRow(cells))
        throw Error(ErrorKind::Invalid, QStringLiteral("%1 is empty").arg(csv));
    const int code = int(cells.indexOf(QStringLiteral("统一社会信用代码"))), name = int(cells.indexOf(QStringLiteral("主体名称")));
    if (code < 0 || name < 0)
        throw Error(ErrorKind::Invalid, QStringLiteral("%1: no 统一社会信用代码/主体名称 header").arg(csv));
    Writer w(prelude);
    QSet<QString> seen;
    while (reader->readRow(cells)) {
        const QString c = cells.value(code).trimmed();
        if (c.isEmpty() || seen.contains(c))
            continue;
        seen.insert(c);
        w.buffer() += c.toUtf8() + ',' + cells.value(name).trimmed().toUtf8() + ",市场监管局,SAMR_SD,B,,,2000-01-01,,\n";
        w.maybeFlush();
    }
    return w.finish();
}

bool runChild(const QStringList &args, int &exitCode)
{
    const qsizetype at = args.indexOf(QStringLiteral("--child-import"));
    const qsizetype initAt = args.indexOf(QStringLiteral("--child-init"));
    if (at < 0 && initAt < 0)
        return false;
    exitCode = 1;
    try {
        if (initAt >= 0) {
            Database::open(args.value(initAt + 1));
            exitCode = 0;
            return true;
        }
        auto db = Database::open(args.value(at + 1));
        GradeImportOptions options;
        options.asOf = QDate::fromString(args.value(at + 3), Qt::ISODate);
        QElapsedTimer timer;
        timer.start();
        const GradeImportResult r = GradeImporter(*db, Actor::bootstrap()).run(args.value(at + 2), options);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        // Bytes this process wrote (to the page cache: the WAL, then the checkpoint into the store).
        qint64 written = 0;
        QFile io(QStringLiteral("/proc/self/io"));
        if (io.open(QIODevice::ReadOnly))
            for (const QByteArray &line : io.readAll().split('\n'))
                if (line.startsWith("wchar:"))
                    written = line.mid(6).trimmed().toLongLong();
        QJsonObject o{{QStringLiteral("wall_ms"), ms},
                            {QStringLiteral("rss_kib"), qint64(usage.ru_maxrss)},
                            {QStringLiteral("cpu_ms"), double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
                                                           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0},
                            {QStringLiteral("rows"), r.rowsTotal},
                            {QStringLiteral("inserted"), r.inserted},
                            {QStringLiteral("updated"), r.updated},
                            {QStringLiteral("unchanged"), r.unchanged},
                            {QStringLiteral("rejected"), r.rejected},
                            {QStringLiteral("entities_created"), r.entitiesCreated},
                            {QStringLiteral("entities_touched"), r.entitiesTouched},
                            {QStringLiteral("lights_changed"), r.lights.changed}};
        o.insert(QStringLiteral("written_mb"), double(written) / 1e6);
        o.insert(QStringLiteral("store_mb"), double(QFileInfo(args.value(at + 1)).size()) / 1e6);
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        exitCode = 0;
    } catch (const Error &e) {
        std::fprintf(stderr, "child: %s\n", qPrintable(e.message()));
    }
    return true;
}

QJsonObject importInChild(const QString &db, const QString &csv, const QDate &asOf)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDITLOOP_PROFILE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child-import"), db, csv, asOf.toString(Qt::ISODate)});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return {{QStringLiteral("error"), QString::fromUtf8(p.readAllStandardError()).trimmed()}};
    QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
    // "rows done: 12345 ms", "lights done: …", "commit done: …" (cumulative, from the importer).
    static const QRegularExpression phase(QStringLiteral("(\\w+) done: (\\d+) ms"));
    for (auto it = phase.globalMatch(QString::fromUtf8(p.readAllStandardError())); it.hasNext();) {
        const auto m = it.next();
        o.insert(m.captured(1) + QStringLiteral("_at_ms"), m.captured(2).toDouble());
    }
    return o;
}

bool initInChild(const QString &db)
{
    return QProcess::execute(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-init"), db}) == 0;
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly))
        for (const QByteArray &line : info.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
    qint64 memKb = 0;
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly))
        for (const QByteArray &line : mem.readAll().split('\n'))
            if (line.startsWith("MemTotal:"))
                memKb = line.mid(9).trimmed().split(' ').value(0).toLongLong();
    return QStringLiteral("%1 logical CPUs (nproc), %2, %3 GiB RAM, SQLite %4, Qt %5")
        .arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu)
        .arg(double(memKb) / 1024.0 / 1024.0, 0, 'f', 1)
        .arg(QString::fromLatin1(sqlite3_libversion()), QString::fromLatin1(qVersion()));
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> parts = f.readAll().split(' ');
    return QString::fromLatin1(parts.mid(0, 3).join(' '));
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool copyStore(const QString &from, const QString &to)
{
    removeStore(to);
    return QFile::copy(from, to);
}

} // namespace cl::bench
