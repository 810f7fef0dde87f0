#include "GradeImporter.h"

#include "ImportProfiles.h"

#include "ImportJob.h"
#include "RejectReport.h"
#include "TableReader.h"
#include "auth/Actor.h"
#include "common/BoundedQueue.h"
#include "common/Clock.h"
#include "common/DateParser.h"
#include "common/Error.h"
#include "credit/GradeSchemes.h"
#include "credit/LightFacts.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "db/DeferredIndexes.h"
#include "db/EarlyWriteback.h"
#include "db/MultiRowInsert.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/NewEntityWriter.h"
#include "registry/ReferenceData.h"
#include "registry/SearchText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QJsonObject>
#include <algorithm>
#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <future>
#include <thread>
#include <vector>
#include <sodium.h>
#include <sqlite3.h>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace cl {

namespace {

constexpr int BulkCacheKiB = 128 * 1024;
// An import creating at least this many entities, and at least half as many as the store has,
// makes the register's secondary indexes again at its end instead of keeping them up row by row.
constexpr qint64 DeferEntityIndexesFrom = 20000;
// Below this size a file's hash is waited for before the import starts (a few milliseconds).
constexpr qint64 SmallFileBytes = 8 * 1024 * 1024;

// libsodium's SHA-256 is several times faster than QCryptographicHash's here (measured on 118 MB).
QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io, GradeImporter::tr("Cannot read %1: %2.").arg(path, f.errorString()));
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;)
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(buffer.constData()), quint64(n));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

// Where one value of a row lies in its batch's arena.
struct Span
{
    quint32 offset = 0;
    quint32 size = 0;
};

// The UTF-8 text of a batch of rows, in one buffer. Rows refer to it by offset (it may grow),
// and the writer binds straight from it (SQLITE_STATIC): no conversion and no copy per value
// on the writing thread, which is the one that limits an import.
class Arena
{
public:
    void reserve(size_t bytes) { m_bytes.reserve(bytes); }
    size_t mark() const { return m_bytes.size(); }
    void truncate(size_t mark) { m_bytes.resize(mark); }

    Span put(QStringView s)
    {
        const size_t start = m_bytes.size();
        const qsizetype n = s.size();
        const char16_t *p = s.utf16();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = p[i];
            if (c < 0x80) {
                m_bytes.push_back(char(c));
            } else if (c < 0x800) {
                m_bytes.push_back(char(0xC0 | (c >> 6)));
                m_bytes.push_back(char(0x80 | (c & 0x3F)));
            } else if (c < 0xD800 || c > 0xDFFF) {
                m_bytes.push_back(char(0xE0 | (c >> 12)));
                m_bytes.push_back(char(0x80 | ((c >> 6) & 0x3F)));
                m_bytes.push_back(char(0x80 | (c & 0x3F)));
            } else if (c < 0xDC00 && i + 1 < n && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF) {
                const char32_t u = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(p[i + 1]) - 0xDC00);
                ++i;
                m_bytes.push_back(char(0xF0 | (u >> 18)));
                m_bytes.push_back(char(0x80 | ((u >> 12) & 0x3F)));
                m_bytes.push_back(char(0x80 | ((u >> 6) & 0x3F)));
                m_bytes.push_back(char(0x80 | (u & 0x3F)));
            } else {
                // A lone surrogate: whatever Qt makes of it, so the stored text is the one it always was.
                m_bytes.resize(start);
                return put(s.toString().toUtf8());
            }
        }
        return Span{quint32(start), quint32(m_bytes.size() - start)};
    }
    Span put(const QByteArray &bytes)
    {
        const size_t start = m_bytes.size();
        m_bytes.append(bytes.constData(), size_t(bytes.size()));
        return Span{quint32(start), quint32(bytes.size())};
    }
    // YYYY-MM-DD without QDate::toString (which formats through QString::asprintf).
    Span putDate(QDate d)
    {
        int y = 0, m = 0, day = 0;
        d.getDate(&y, &m, &day);
        if (y < 1000 || y > 9999)
            return put(d.toString(Qt::ISODate).toLatin1());
        const char text[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                               char('0' + m / 10), char('0' + m % 10), '-', char('0' + day / 10), char('0' + day % 10)};
        const size_t start = m_bytes.size();
        m_bytes.append(text, sizeof text);
        return Span{quint32(start), quint32(sizeof text)};
    }

    const char *data(Span s) const { return m_bytes.data() + s.offset; }
    QString text(Span s) const { return QString::fromUtf8(data(s), qsizetype(s.size)); }
    QByteArrayView view(Span s) const { return QByteArrayView(data(s), qsizetype(s.size)); }

private:
    std::string m_bytes;
};

// A credit code that passed validation (18 characters of 0-9 and A-Z), packed into 108 bits:
// the key of the entity lookup, without a string per entry.
struct CodeKey
{
    quint64 hi = 0;
    quint64 lo = 0;
    bool operator==(const CodeKey &o) const { return hi == o.hi && lo == o.lo; }
};

bool packCode(QStringView code, CodeKey &key)
{
    if (code.size() != 18)
        return false;
    quint64 part[2] = {0, 0};
    for (int i = 0; i < 18; ++i) {
        const char16_t c = code.at(i).unicode();
        quint64 v;
        if (c >= u'0' && c <= u'9')
            v = quint64(c - u'0');
        else if (c >= u'A' && c <= u'Z')
            v = quint64(c - u'A') + 10;
        else
            return false;
        part[i / 9] = part[i / 9] << 6 | v;
    }
    key.hi = part[0];
    key.lo = part[1];
    return true;
}

// Code → entity id, open addressing. A file of 300k entities needs 300k lookups of a million
// rows; QHash<QString, qint64> spent more time comparing strings than SQLite spent on the rows.
class EntityIdMap
{
public:
    EntityIdMap() { m_slots.assign(1024, Slot{}); }

    const qint64 *find(const CodeKey &key) const
    {
        for (size_t i = slotOf(key);; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot &s = m_slots[i];
            if (s.hi == Empty)
                return nullptr;
            if (s.hi == key.hi && s.lo == key.lo)
                return &s.id;
        }
    }
    void insert(const CodeKey &key, qint64 id)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        place(key, id);
        ++m_size;
    }

private:
    static constexpr quint64 Empty = ~quint64(0);  // never a packed code (54 bits per half)
    struct Slot
    {
        quint64 hi = Empty;
        quint64 lo = 0;
        qint64 id = 0;
    };
    size_t slotOf(const CodeKey &key) const
    {
        quint64 h = key.hi * 0x9E3779B97F4A7C15ULL ^ (key.lo + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
        h ^= h >> 29;
        return size_t(h) & (m_slots.size() - 1);
    }
    void place(const CodeKey &key, qint64 id)
    {
        size_t i = slotOf(key);
        while (m_slots[i].hi != Empty)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = Slot{key.hi, key.lo, id};
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2, Slot{});
        old.swap(m_slots);
        for (const Slot &s : old)
            if (s.hi != Empty)
                place(CodeKey{s.hi, s.lo}, s.id);
    }
    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

// One row of the file after validation. Good rows hold their values as UTF-8 spans of the batch
// arena; rejected rows point at their reason.
struct PreparedRow
{
    qint64 row = 0;
    qint32 rejected = -1;       // index into PreparedBatch::rejects, or -1
    bool createEntity = false;  // the first row of a code the store does not know
    bool hasScore = false;
    double score = 0;
    qint64 entityId = 0;        // 0 until resolved
    qint64 departmentId = 0;
    qint64 industryId = 0;      // for a new entity
    CodeKey key;
    Span code, name, kind, grams, scheme, rawGrade, gradeKey, level, industry, evaluatedOn, validTo, remark;
};

struct RejectedRow
{
    QString column;
    QString reason;
    QStringList cells;  // for the report
};

struct PreparedBatch
{
    std::vector<PreparedRow> rows;
    std::vector<RejectedRow> rejects;
    Arena arena;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

constexpr int BatchRows = 2048;
constexpr size_t DefaultMaxCollectedRows = size_t(1) << 21;
constexpr size_t QueuedBatches = 8;

class RowValidator
{
public:
    RowValidator(const QSqlDatabase &db, const GradeImportOptions &options, const Actor &actor,
                 const GradeColumns::Mapping &mapping, const QStringList &header, bool xlsx, bool date1904)
        : m_validator(UsccValidator::fromDatabase(db)), m_schemes(GradeSchemes::load(db)),
          m_departments(ReferenceData::departmentLookup(db)), m_mapping(mapping), m_header(header), m_xlsx(xlsx),
          m_date1904(date1904),
          m_actorDepartment(actor.role == QLatin1String("supervisor") ? actor.departmentId : 0)
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, coalesce(default_scheme, ''), grades, name FROM departments ORDER BY id"));
        QStringList gradingNames;
        while (q.next()) {
            m_defaultScheme.insert(q.value(0).toLongLong(), q.value(1).toString());
            m_grades.insert(q.value(0).toLongLong(), q.value(2).toBool());
            m_departmentNames.insert(q.value(0).toLongLong(), q.value(3).toString());
            if (q.value(2).toBool())
                gradingNames << q.value(3).toString();
        }
        m_gradingDepartments = gradingNames.join(QStringLiteral("、"));
        if (!options.department.isEmpty()) {
            m_fallbackDepartment = m_departments.value(ReferenceData::normalizeName(options.department), 0);
            if (m_fallbackDepartment == 0)
                throw Error(ErrorKind::Invalid, GradeImporter::tr("Unknown department \"%1\" (--department).").arg(options.department));
        }
        if (!options.scheme.isEmpty()) {
            m_fallbackScheme = m_schemes.schemeCode(options.scheme);
            if (m_fallbackScheme.isEmpty())
                throw Error(ErrorKind::Invalid, GradeImporter::tr("Unknown grade scheme \"%1\" (--scheme).").arg(options.scheme));
        }
    }

    int schemeVersion() const { return m_schemes.version(); }

    int maxMappedColumn() const
    {
        int m = -1;
        for (int c : m_mapping.column)
            m = std::max(m, c);
        return m;
    }

    QString schemeCodes() const
    {
        QStringList codes;
        for (const GradeSchemeInfo &s : m_schemes.schemes())
            codes << s.code;
        return codes.join(QStringLiteral(", "));
    }

    // Checks one row; on success fills row (its text into arena), otherwise returns the column and
    // reason of the first problem. Same checks, order and messages for every caller.
    // source: the reader the cells came from (the spreadsheet cell types of the current row).
    bool validate(const QStringList &cells, const TableReader &source, PreparedRow &row, Arena &arena, QString &column,
                  QString &reason) const
    {
        auto cell = [&](GradeColumns::Field f) -> QString {
            const int c = m_mapping.column[f];
            return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
        };
        auto fail = [&](GradeColumns::Field f, const QString &why) {
            const int c = m_mapping.column[f];
            column = c >= 0 && c < m_header.size() ? m_header.at(c) : GradeColumns::chineseName(f);
            reason = why;
            return false;
        };

        // (Spreadsheets leave out empty cells at the end of a row; only a CSV row can be cut short.)
        if (!m_xlsx && cells.size() < m_header.size() && cells.size() <= m_maxMappedColumn) {
            column.clear();
            reason = GradeImporter::tr("The row has only %1 of %2 columns (a line break or a missing separator?).")
                         .arg(cells.size()).arg(m_header.size());
            return false;
        }
        const QString rawCode = cell(GradeColumns::Uscc);
        if (rawCode.isEmpty())
            return fail(GradeColumns::Uscc, GradeImporter::tr("The credit code is missing."));
        const QString code = UsccValidator::normalize(rawCode);
        if (!m_validator.isAcceptable(code) || !packCode(code, row.key)) {
            QString why = code + QStringLiteral(": ") + m_validator.check(rawCode).findings.value(0).message;
            // Excel turns an all-digit code into a number (1.23706814930128E+17): say how to keep it text.
            if (m_xlsx && (rawCode.contains(QLatin1String("E+")) || rawCode.contains(QLatin1Char('.'))))
                why += QLatin1Char(' ') + GradeImporter::tr("The cell holds a number: format the code column as text in Excel.");
            return fail(GradeColumns::Uscc, why);
        }
        const QString name = cell(GradeColumns::Name);
        if (name.isEmpty())
            return fail(GradeColumns::Name, GradeImporter::tr("The entity name is missing."));

        const QString departmentText = cell(GradeColumns::Department);
        row.departmentId = departmentText.isEmpty() ? m_fallbackDepartment : departmentFor(departmentText);
        if (row.departmentId == 0)
            return fail(GradeColumns::Department,
                        departmentText.isEmpty() ? GradeImporter::tr("The department is missing (give the column or --department).")
                                                 : GradeImporter::tr("Unknown department \"%1\". Known departments: %2. An administrator can add the name as an alias (departments alias add).")
                                                       .arg(departmentText, m_gradingDepartments));
        if (!m_grades.value(row.departmentId))
            return fail(GradeColumns::Department,
                        GradeImporter::tr("%1 does not grade entities.").arg(m_departmentNames.value(row.departmentId)));
        if (m_actorDepartment > 0 && row.departmentId != m_actorDepartment)
            return fail(GradeColumns::Department, GradeImporter::tr("You may import only the evaluations of %1.")
                                                      .arg(m_departmentNames.value(m_actorDepartment)));

        const QString schemeText = cell(GradeColumns::Scheme);
        const Scheme *scheme = !schemeText.isEmpty() ? schemeFor(schemeText)
                             : !m_fallbackScheme.isEmpty() ? schemeByCode(m_fallbackScheme)
                                                           : schemeByCode(m_defaultScheme.value(row.departmentId));
        if (!scheme)
            return fail(GradeColumns::Scheme, GradeImporter::tr("Unknown grade scheme \"%1\". Schemes: %2.").arg(schemeText, schemeCodes()));

        const QString rawGrade = cell(GradeColumns::Grade);
        if (rawGrade.isEmpty())
            return fail(GradeColumns::Grade, GradeImporter::tr("The grade is missing."));
        const Grade &grade = gradeFor(*scheme, rawGrade);
        if (grade.level.isEmpty())
            return fail(GradeColumns::Grade, GradeImporter::tr("The grade \"%1\" is not part of the scheme %2 (known grades: %3).")
                                                 .arg(rawGrade, scheme->code, m_schemes.knownGrades(scheme->code).join(QStringLiteral("、"))));

        const QString scoreText = cell(GradeColumns::Score);
        row.hasScore = false;
        if (!scoreText.isEmpty()) {
            bool ok = false;
            const double v = scoreText.toDouble(&ok);
            if (!ok)
                return fail(GradeColumns::Score, GradeImporter::tr("The score \"%1\" is not a number.").arg(scoreText));
            row.hasScore = true;
            row.score = v;
        }
        const QString industry = cell(GradeColumns::Industry);

        auto dateCell = [&](GradeColumns::Field f) {
            const int c = m_mapping.column[f];
            return parseDate(cell(f), c >= 0 ? source.cellType(c) : CellType::Empty);
        };
        const QDate evaluated = dateCell(GradeColumns::EvaluatedOn);
        if (!evaluated.isValid())
            return fail(GradeColumns::EvaluatedOn, cell(GradeColumns::EvaluatedOn).isEmpty()
                                                       ? GradeImporter::tr("The evaluation date is missing.")
                                                       : GradeImporter::tr("\"%1\" is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD or YYYY年M月D日).")
                                                             .arg(cell(GradeColumns::EvaluatedOn)));
        const QString validToText = cell(GradeColumns::ValidTo);
        QDate validTo = evaluated.addDays(365);
        if (!validToText.isEmpty()) {
            validTo = dateCell(GradeColumns::ValidTo);
            if (!validTo.isValid())
                return fail(GradeColumns::ValidTo, GradeImporter::tr("\"%1\" is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD or YYYY年M月D日).")
                                                       .arg(validToText));
            if (validTo < evaluated)
                return fail(GradeColumns::ValidTo, GradeImporter::tr("Valid until %1 is before the evaluation date %2.")
                                                       .arg(validTo.toString(Qt::ISODate), evaluated.toString(Qt::ISODate)));
        }

        // Valid: the values go to the arena, in the form they are stored.
        row.code = arena.put(code);
        row.name = arena.put(name);
        row.scheme = arena.put(scheme->utf8);
        row.rawGrade = arena.put(rawGrade);
        row.gradeKey = arena.put(grade.key);
        row.level = arena.put(grade.levelUtf8);
        row.industry = arena.put(industry);
        row.evaluatedOn = arena.putDate(evaluated);
        row.validTo = arena.putDate(validTo);
        row.remark = arena.put(cell(GradeColumns::Remark));
        return true;
    }

    QString departmentName(qint64 id) const { return m_departmentNames.value(id); }

private:
    struct Grade
    {
        QByteArray key;        // UTF-8 of GradeSchemes::gradeKey
        QString level;         // empty: not part of the scheme
        QByteArray levelUtf8;
    };
    struct Scheme
    {
        QString code;
        QByteArray utf8;
        mutable QHash<QString, Grade> grades;  // raw text as in the file → grade
    };

    // A file repeats a handful of department, scheme and grade texts a million times: normalise
    // each distinct text once (NFKC and case folding are the costly part of a row).
    qint64 departmentFor(const QString &text) const
    {
        const auto it = m_departmentCache.constFind(text);
        if (it != m_departmentCache.constEnd())
            return *it;
        const qint64 id = m_departments.value(ReferenceData::normalizeName(text), 0);
        m_departmentCache.insert(text, id);
        return id;
    }
    const Scheme *schemeByCode(const QString &code) const
    {
        if (code.isEmpty())
            return nullptr;
        for (const auto &s : m_schemeList)
            if (s->code == code)
                return s.get();
        m_schemeList.push_back(std::make_unique<Scheme>(Scheme{code, code.toUtf8(), {}}));
        return m_schemeList.back().get();
    }
    const Scheme *schemeFor(const QString &text) const
    {
        const auto it = m_schemeCache.constFind(text);
        if (it != m_schemeCache.constEnd())
            return *it;
        const Scheme *s = schemeByCode(m_schemes.schemeCode(text));
        m_schemeCache.insert(text, s);
        return s;
    }
    const Grade &gradeFor(const Scheme &scheme, const QString &raw) const
    {
        auto it = scheme.grades.constFind(raw);
        if (it == scheme.grades.constEnd()) {
            const QString level = m_schemes.levelFor(scheme.code, raw);
            it = scheme.grades.insert(raw, Grade{GradeSchemes::gradeKey(raw).toUtf8(), level, level.toUtf8()});
        }
        return *it;
    }

    // Spreadsheet dates are serial numbers counted in the workbook's own date system (1900, or 1904
    // for old Mac workbooks): a cell formatted as a date is always one; a number or a text cell
    // that is not a written date is read as one too (a 5-digit number is never a YYYYMMDD date).
    QDate parseDate(const QString &raw, CellType type) const
    {
        if (m_xlsx && type == CellType::Date)
            return DateParser::parseExcelSerial(raw, m_date1904);
        bool ascii = true;
        for (const QChar c : raw)
            ascii = ascii && c.unicode() < 0x80;
        // Full-width digits and separators (２０２６－０３－０１) read as their ASCII forms; 年月日 stay.
        const QString text = ascii ? raw : UsccValidator::normalize(raw);
        QDate d = DateParser::parse(text);
        if (!d.isValid() && m_xlsx && !text.isEmpty() && text.size() <= 9)
            d = DateParser::parseExcelSerial(text, m_date1904);
        return d;
    }

    UsccValidator m_validator;
    GradeSchemes m_schemes;
    QHash<QString, qint64> m_departments;
    QHash<qint64, QString> m_defaultScheme;
    QHash<qint64, bool> m_grades;
    QHash<qint64, QString> m_departmentNames;
    GradeColumns::Mapping m_mapping;
    QStringList m_header;
    bool m_xlsx;
    bool m_date1904;
    qint64 m_actorDepartment;
    qint64 m_fallbackDepartment = 0;
    QString m_fallbackScheme;
    QString m_gradingDepartments;  // for messages, in table order
    int m_maxMappedColumn = maxMappedColumn();
    mutable QHash<QString, qint64> m_departmentCache;
    mutable QHash<QString, const Scheme *> m_schemeCache;
    mutable std::vector<std::unique_ptr<Scheme>> m_schemeList;  // stable addresses
};

// Which entity each row belongs to. The first row of a code looks it up in the store once; a code
// the store does not know gets the next free id, in the order first seen, and its row carries
// what the writer needs to create it (kind, industry, search grams). Runs on the reading thread
// with a connection of its own when it can (see GradeImporter::run), so the writer only writes.
class EntityResolver
{
public:
    EntityResolver(sqlite3 *db, qint64 firstNewId, const QHash<QByteArray, qint64> &industries)
        : m_find(db, "SELECT id FROM entities WHERE code = ?"), m_nextId(firstNewId), m_industries(industries)
    {
    }

    void resolve(PreparedRow &row, Arena &arena)
    {
        if (const qint64 *known = m_ids.find(row.key)) {
            row.entityId = *known;
            return;
        }
        m_find.bindText(1, arena.data(row.code), row.code.size);
        qint64 id = 0;
        if (m_find.step())
            id = m_find.int64(0);
        m_find.reset();
        if (id == 0) {
            id = m_nextId++;
            row.createEntity = true;
            const QString code = QString::fromLatin1(arena.data(row.code), row.code.size);
            row.kind = arena.put(UsccValidator::entityKind(code).toLatin1());
            row.grams = arena.put(SearchText::grams(arena.text(row.name)));
            row.industryId = m_industries.value(arena.view(row.industry).toByteArray(), 0);
        }
        m_ids.insert(row.key, id);
        m_touched.push_back(id);
        row.entityId = id;
    }

    // Every entity of the file once, in the order first seen.
    const std::vector<qint64> &touched() const { return m_touched; }

private:
    RawStatement m_find;
    qint64 m_nextId;
    const QHash<QByteArray, qint64> &m_industries;
    EntityIdMap m_ids;
    std::vector<qint64> m_touched;
};

// The writes of one import, on prepared statements of the raw handle, bound from the batch arena.
// Rows go in as multi-row INSERTs of up to Chunk rows: each execution of a statement opens a
// cursor per table and index (malloc'd: the distribution's SQLite has no lookaside) and runs the
// statement prologue, which at one row per statement cost about as much as the B-tree work.
// INSERT OR FAIL (with foreign keys off for the import, see GradeImporter::run) lets SQLite run
// a multi-row statement without a statement journal; any failure aborts the whole import anyway.
class EvaluationWriter
{
public:
    static constexpr int Chunk = MultiRowInsert::Chunk;

    EvaluationWriter(sqlite3 *db, qint64 batchId, int schemeVersion, const QString &now)
        : m_entities(db, now),
          m_evaluations(db,
                        "INSERT OR FAIL INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, raw_score, level, "
                        "scheme_version, industry, evaluated_on, valid_from, valid_to, remark, batch_id) VALUES ",
                        "($0, $1, $2, $3, $4, $5, $6, ?1, $7, $8, $8, $9, $10, ?2)", 11, 2,
                        " ON CONFLICT(entity_id, department_id, scheme, evaluated_on) DO NOTHING",
                        [batchId, schemeVersion](RawStatement &s) { s.bind(1, qint64(schemeVersion)).bind(2, batchId); }),
          m_findRowid(db, "SELECT rowid FROM evaluations WHERE entity_id = ? AND department_id = ? AND scheme = ? AND evaluated_on = ?"),
          m_existing(db, "SELECT raw_grade, grade_key, rowid FROM evaluations WHERE entity_id = ? AND department_id = ? AND scheme = ? AND evaluated_on = ?"),
          m_update(db, "UPDATE evaluations SET raw_grade = ?1, grade_key = ?2, raw_score = ?3, level = ?4, scheme_version = ?5, "
                       "industry = ?6, valid_from = ?7, valid_to = ?8, remark = ?9, batch_id = ?10 "
                       "WHERE entity_id = ?11 AND department_id = ?12 AND scheme = ?13 AND evaluated_on = ?14"),
          m_batchId(batchId), m_schemeVersion(schemeVersion)
    {
        RawStatement last(db, "SELECT coalesce(max(rowid), 0) FROM evaluations");
        last.step();
        m_lastRowid = last.int64(0);
    }

    enum class Outcome { Inserted, Updated, Unchanged };

    // New entities (their first rows), with their search grams (NewEntityWriter).
    void createEntities(PreparedRow *const *rows, int n, const Arena &a)
    {
        NewEntity entities[Chunk];
        for (int i = 0; i < n; ++i) {
            const PreparedRow &row = *rows[i];
            entities[i] = NewEntity{row.entityId, a.view(row.code), "USCC", a.view(row.name), a.view(row.kind), a.view(row.grams), row.industryId};
        }
        m_entities.write(entities, n);
    }

    // Inserts the evaluations of up to Chunk rows; inserted[i] tells which went in, and rowids[i]
    // its id. The others have a key that is already stored (earlier, or by an earlier row of the
    // same chunk): the caller settles them in file order with settle().
    void insert(PreparedRow *const *rows, int n, const Arena &a, bool *inserted, qint64 *rowids)
    {
        RawStatement &s = evaluationStatement(n);
        for (int i = 0; i < n; ++i) {
            const PreparedRow &row = *rows[i];
            const int p = 3 + 11 * i;
            s.bind(p, row.entityId).bind(p + 1, row.departmentId).bindText(p + 2, a.data(row.scheme), row.scheme.size)
                .bindText(p + 3, a.data(row.rawGrade), row.rawGrade.size).bindText(p + 4, a.data(row.gradeKey), row.gradeKey.size);
            row.hasScore ? s.bindDouble(p + 5, row.score) : s.bindNull(p + 5);
            s.bindText(p + 6, a.data(row.level), row.level.size);
            row.industry.size ? s.bindText(p + 7, a.data(row.industry), row.industry.size) : s.bindNull(p + 7);
            s.bindText(p + 8, a.data(row.evaluatedOn), row.evaluatedOn.size).bindText(p + 9, a.data(row.validTo), row.validTo.size);
            row.remark.size ? s.bindText(p + 10, a.data(row.remark), row.remark.size) : s.bindNull(p + 10);
        }
        s.runKeepingBindings();
        const int changes = s.changes();
        const qint64 before = m_lastRowid;
        m_lastRowid += changes;
        if (changes == n) {
            std::fill(inserted, inserted + n, true);
            for (int i = 0; i < n; ++i)
                rowids[i] = before + 1 + i;
            return;
        }
        // Some keys were there already. Rows get rowids after the highest one, in VALUES order, so a
        // row went in if its key's rowid is new and no earlier row of this chunk claimed it.
        qint64 claimed[Chunk];
        int nClaimed = 0;
        for (int i = 0; i < n; ++i) {
            const PreparedRow &row = *rows[i];
            m_findRowid.bind(1, row.entityId).bind(2, row.departmentId).bindText(3, a.data(row.scheme), row.scheme.size)
                .bindText(4, a.data(row.evaluatedOn), row.evaluatedOn.size);
            const qint64 rowid = m_findRowid.step() ? m_findRowid.int64(0) : 0;
            m_findRowid.reset();
            inserted[i] = rowid > before && std::find(claimed, claimed + nClaimed, rowid) == claimed + nClaimed;
            rowids[i] = inserted[i] ? rowid : 0;
            if (inserted[i])
                claimed[nClaimed++] = rowid;
        }
    }

    // A row whose key is stored: same grade → nothing to do; another grade → update (the caller
    // warns and audits), *updatedRowid the evaluation updated.
    Outcome settle(const PreparedRow &row, const Arena &a, QString *previousGrade, qint64 *updatedRowid)
    {
        m_existing.bind(1, row.entityId).bind(2, row.departmentId).bindText(3, a.data(row.scheme), row.scheme.size)
            .bindText(4, a.data(row.evaluatedOn), row.evaluatedOn.size);
        QString oldRaw;
        QByteArray oldKey;
        qint64 rowid = 0;
        if (m_existing.step()) {
            oldRaw = m_existing.text(0);
            oldKey = m_existing.bytes(1);
            rowid = m_existing.int64(2);
        }
        m_existing.reset();
        if (a.view(row.gradeKey) == oldKey)
            return Outcome::Unchanged;
        m_update.bindText(1, a.data(row.rawGrade), row.rawGrade.size).bindText(2, a.data(row.gradeKey), row.gradeKey.size);
        row.hasScore ? m_update.bindDouble(3, row.score) : m_update.bindNull(3);
        m_update.bindText(4, a.data(row.level), row.level.size).bind(5, qint64(m_schemeVersion));
        row.industry.size ? m_update.bindText(6, a.data(row.industry), row.industry.size) : m_update.bindNull(6);
        m_update.bindText(7, a.data(row.evaluatedOn), row.evaluatedOn.size).bindText(8, a.data(row.validTo), row.validTo.size);
        row.remark.size ? m_update.bindText(9, a.data(row.remark), row.remark.size) : m_update.bindNull(9);
        m_update.bind(10, m_batchId).bind(11, row.entityId).bind(12, row.departmentId)
            .bindText(13, a.data(row.scheme), row.scheme.size).bindText(14, a.data(row.evaluatedOn), row.evaluatedOn.size);
        m_update.run();
        *previousGrade = oldRaw;
        *updatedRowid = rowid;
        return Outcome::Updated;
    }

private:
    RawStatement &evaluationStatement(int n) { return m_evaluations.statement(n); }

    NewEntityWriter m_entities;
    MultiRowInsert m_evaluations;
    RawStatement m_findRowid, m_existing, m_update;
    qint64 m_batchId;
    int m_schemeVersion;
    qint64 m_lastRowid = 0;  // highest evaluation rowid so far
};

QHash<QByteArray, qint64> industriesByName(const QSqlDatabase &db)
{
    QHash<QByteArray, qint64> out;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, name FROM industries"));
    while (q.next())
        out.insert(q.value(1).toString().toUtf8(), q.value(0).toLongLong());
    return out;
}

} // namespace

GradeImporter::GradeImporter(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

GradeImportResult GradeImporter::run(const QString &path, const GradeImportOptions &options, ImportJob *job)
{
    QElapsedTimer timer;
    timer.start();
    const bool profile = qEnvironmentVariableIsSet("CREDITLOOP_PROFILE");
    GradeImportResult result;
    result.fileName = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        throw Error(ErrorKind::Io, tr("There is no file %1.").arg(path));
    // The file's SHA-256 (the batch's identity, and what tells a repeated import) is computed on a
    // thread of its own while the import reads and writes: on a 100 MB file it takes 0.3 s that the
    // writer would otherwise wait for before its first row. A repeated import is found as soon as
    // the hash is known, and then nothing it did is kept.
    std::future<QString> hash = std::async(std::launch::async, [path] {
#ifdef Q_OS_LINUX
        // At the lowest priority (Linux: per thread): it takes the reading thread's idle time, never
        // the time the reading thread needs to keep the writer busy.
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 19);
#endif
        return fileSha256(path);
    });
    bool hashKnown = false;
    auto knowHash = [&](bool wait) {
        if (!hashKnown && (wait || hash.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
            result.sha256 = hash.get();
            hashKnown = true;
        }
        return hashKnown;
    };

    std::unique_ptr<TableReader> reader = TableReader::open(path, TableReadOptions{options.encoding, options.sheet});
    result.format = reader->formatName();
    result.encoding = reader->encodingName();
    if (!reader->readRow(result.header))
        throw Error(ErrorKind::Invalid, tr("%1 is empty: there is no header row.").arg(result.fileName));
    QHash<QString, int> columns = options.columns;
    if (columns.isEmpty()) {
        // A department whose files have headers of its own has them saved as a profile.
        const qint64 department = ImportProfiles::departmentFor(m_db.sql(), options.department, m_actor);
        const ImportProfiles profiles(m_db);
        std::optional<ImportProfile> profile;
        if (!options.profile.isEmpty() || !options.columnNames.isEmpty()) {
            if (!options.profile.isEmpty() && department <= 0)
                throw Error(ErrorKind::Invalid,
                            tr("A column mapping profile belongs to a department: give the department (--department NAME)."));
            if (!options.profile.isEmpty())
                profile = profiles.byName(department, options.profile);
            if (!options.profile.isEmpty() && !profile) {
                QStringList names;
                for (const ImportProfile &p : profiles.forDepartment(department))
                    names << p.name;
                const QString departmentName =
                    sql::scalar(m_db.sql(), QStringLiteral("SELECT name FROM departments WHERE id = ?"), {department}).toString();
                throw Error(ErrorKind::Invalid,
                            names.isEmpty() ? tr("%1 has no saved column mapping profile \"%2\".").arg(departmentName, options.profile)
                                            : tr("%1 has no saved column mapping profile \"%2\"; its profiles: %3.")
                                                  .arg(departmentName, options.profile, names.join(QStringLiteral("、"))));
            }
            // Columns named for this import complete (and win over) the profile's.
            ImportProfile named = profile ? *profile : ImportProfile();
            for (auto it = options.columnNames.constBegin(); it != options.columnNames.constEnd(); ++it) {
                if (GradeColumns::fieldOfKey(it.key()) < 0)
                    throw Error(ErrorKind::Invalid, tr("\"%1\" is not a field of the grade file; the fields are %2.")
                                                        .arg(it.key(), GradeColumns::keys().join(QStringLiteral(", "))));
                named.headers.insert(it.key(), it.value());
            }
            const ImportProfiles::Match match = ImportProfiles::match(named, result.header);
            if (!match.fits())
                throw Error(ErrorKind::Invalid,
                            profile ? tr("%1 does not have the column(s) %2 of the profile \"%3\". The header row has: %4.")
                                          .arg(result.fileName, match.missing.join(QStringLiteral("、")), profile->name,
                                               result.header.join(QStringLiteral("、")))
                                    : tr("%1 does not have the column(s) %2. The header row has: %3.")
                                          .arg(result.fileName, match.missing.join(QStringLiteral("、")), result.header.join(QStringLiteral("、"))));
            columns = match.columns;
        } else if (options.useSavedProfile && (profile = profiles.suggest(department, result.header))) {
            columns = ImportProfiles::match(*profile, result.header).columns;
        }
        if (profile)
            result.profile = profile->name;
    }
    const GradeColumns::Mapping mapping = GradeColumns::map(result.header, !options.department.isEmpty(), columns);
    result.columnHeaders = ImportProfiles::headersOf(mapping, result.header);
    if (!mapping.ok()) {
        QStringList hints = mapping.problems;
        hints << tr("The first row of the file must be the header row with the column names.");
        if (mapping.column[GradeColumns::Department] < 0 && options.department.isEmpty())
            hints << tr("A file without a department column can be imported with --department NAME.");
        const QStringList sheets = reader->sheetNames();
        if (sheets.size() > 1)
            hints << tr("The workbook has the sheets %1; choose one with --sheet NAME.").arg(sheets.join(QStringLiteral("、")));
        throw Error(ErrorKind::Invalid, hints.join(QLatin1Char(' ')));
    }

    // Only a complete earlier import of the same bytes with the same options makes this one a no-op;
    // rows rejected then (another department, a fixed reference) must still be importable now.
    // Asked once the hash is known; this import's own batch row has no hash until its end.
    const qint64 departmentOption = options.department.isEmpty() ? qint64(0) : ReferenceData::departmentIdByName(m_db.sql(), options.department);
    const QString schemeOption = options.scheme.isEmpty() ? QStringLiteral("") : GradeSchemes::load(m_db.sql()).schemeCode(options.scheme);
    const GradeImportResult beforeWrites = result;
    auto earlierImport = [&]() -> std::optional<GradeImportResult> {
        QSqlQuery earlier = sql::exec(m_db.sql(), QStringLiteral("SELECT id, imported_at, actor FROM import_batches WHERE sha256 = ? "
                                                                 "AND coalesce(department_id, 0) = ? AND coalesce(scheme, '') = ? "
                                                                 "AND rows_rejected = 0 ORDER BY id LIMIT 1"),
                                      {result.sha256, departmentOption, schemeOption});
        if (!earlier.next())
            return std::nullopt;
        GradeImportResult already = beforeWrites;
        already.sha256 = result.sha256;
        already.alreadyImported = true;
        already.batchId = earlier.value(0).toLongLong();
        already.alreadyImportedNote = tr("This file was already imported (batch %1, %2, by %3); nothing was added.")
                                          .arg(already.batchId)
                                          .arg(QDateTime::fromString(earlier.value(1).toString(), Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                               earlier.value(2).toString());
        already.elapsedMs = timer.elapsed();
        return already;
    };
    // A small file's hash is there at once: its repeated import is told before anything is read.
    // (CREDITLOOP_SMALL_FILE_BYTES changes the size: tests take the other path with small files.)
    const qint64 smallFileBytes = qEnvironmentVariableIsSet("CREDITLOOP_SMALL_FILE_BYTES")
                                      ? qEnvironmentVariableIntValue("CREDITLOOP_SMALL_FILE_BYTES")
                                      : SmallFileBytes;
    if (!options.validateOnly && reader->totalBytes() < smallFileBytes && knowHash(true)) {
        if (auto already = earlierImport())
            return *already;
    }

    const RowValidator validator(m_db.sql(), options, m_actor, mapping, result.header, result.format == QLatin1String("XLSX"),
                                  reader->uses1904Dates());
    std::unique_ptr<RejectReport> report;
    if (!options.reportPath.isEmpty())
        report = std::make_unique<RejectReport>(options.reportPath, result.header);

    // Entities are looked up on the reading thread through a connection of its own, which sees
    // the store as committed before this import: exactly "the entities that exist". Inside a
    // caller's transaction (uncommitted entities) or on a private in-memory store that view would
    // be wrong, so there the writer looks them up on its own connection.
    const bool nested = m_db.raw() && sqlite3_get_autocommit(m_db.raw()) == 0;
    const bool resolveWhileReading = !options.validateOnly && !nested && m_db.path() != QLatin1String(":memory:");

    // Foreign keys are off for the import's own transaction. Every reference it writes comes from
    // the store itself (entities it looked up or created, its own batch, and departments, schemes
    // and industries read from their tables, which nothing deletes rows from), and with them on
    // SQLite looks up four parent rows per evaluation and needs a statement journal for each
    // multi-row INSERT: about a fifth of the writing time. tst_gradeimportbulk runs
    // PRAGMA foreign_key_check after an import. Inside a caller's transaction the pragma cannot
    // change; they stay as they are.
    const bool switchForeignKeys = !options.validateOnly && !nested
                                && sql::scalar(m_db.sql(), QStringLiteral("PRAGMA foreign_keys")).toBool();
    if (switchForeignKeys)
        sql::exec(m_db.sql(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreForeignKeys = qScopeGuard([&] {
        if (switchForeignKeys)
            QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    // A big import's WAL and checkpoint go to disk while it works, not all at its end (before tx:
    // alive through the commit and its checkpoint).
    std::optional<EarlyWriteback> writeback;
    if (!options.validateOnly && !nested && reader->totalBytes() >= smallFileBytes)
        writeback.emplace(m_db.path());
    std::optional<WriteTransaction> tx;
    std::optional<DeferredIndexes> entityIndexes;  // after tx: gone before it
    std::unique_ptr<EvaluationWriter> writer;
    // With entities resolved while reading, the reading thread also collects every good row for the
    // light recomputation, and the writer tells which evaluation each went to (writtenIds, same
    // order): the lights then need not read a million rows back (LightFacts::loadOverlaid).
    // Memory must not grow with the file: past maxCollectedRows good rows (44 bytes each, about
    // 90 MB) the collection stops (`collecting` false, both sides drop what they hold) and the
    // lights read everything from the tables as for a nested import.
    std::unique_ptr<EvaluationOverlay> collected;
    std::vector<qint64> writtenIds;
    std::atomic<bool> collecting{resolveWhileReading};
    // CREDITLOOP_MAX_COLLECTED_ROWS lowers the limit (tests take both paths with small files).
    const size_t maxCollectedRows = qEnvironmentVariableIsSet("CREDITLOOP_MAX_COLLECTED_ROWS")
                                         ? size_t(qEnvironmentVariableIntValue("CREDITLOOP_MAX_COLLECTED_ROWS"))
                                         : DefaultMaxCollectedRows;
    if (resolveWhileReading) {
        collected = std::make_unique<EvaluationOverlay>();
        // Room for the rows a file of this size can hold (a row is well over 32 bytes): reserved
        // but untouched memory costs nothing, and growing would hold two copies at once.
        const size_t rowsAtMost = std::min(size_t(std::max<qint64>(0, reader->totalBytes()) / 32) + 1024, maxCollectedRows);
        collected->reserve(rowsAtMost);
        writtenIds.reserve(rowsAtMost);
    }
    std::unique_ptr<EntityResolver> writerResolver;
    const QHash<QByteArray, qint64> industries = industriesByName(m_db.sql());
    qint64 firstNewId = 0;
    const QString now = Clock::nowIso();
    // A large import touches pages all over the evaluation index: a bigger page cache keeps them from
    // being spilled to the WAL and read back again and again (measured: the main cost at 1M rows).
    const int previousCache = sql::scalar(m_db.sql(), QStringLiteral("PRAGMA cache_size")).toInt();
    sql::exec(m_db.sql(), QStringLiteral("PRAGMA cache_size = -%1").arg(BulkCacheKiB));
    const auto restoreCache = qScopeGuard([&] {
        QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache));
    });
    if (!options.validateOnly) {
        tx.emplace(m_db, m_actor, Permission::GradesImport);
        QSqlQuery batch = sql::exec(tx->sql(),
                                    QStringLiteral("INSERT INTO import_batches(source, file_name, sha256, department_id, scheme, encoding, actor, imported_at) "
                                                   "VALUES ('file', ?, ?, ?, ?, ?, ?, ?)"),
                                    {result.fileName, QStringLiteral(""),  // the hash is set with the counts at the end
                                     departmentOption > 0 ? QVariant(departmentOption) : QVariant(),
                                     schemeOption.isEmpty() ? QVariant() : QVariant(schemeOption),
                                     result.encoding,
                                     m_actor.auditName(), now});
        result.batchId = batch.lastInsertId().toLongLong();
        // New entities get the ids SQLite would give them (max + 1, …), assigned in the order first seen.
        firstNewId = sql::scalar(tx->sql(), QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM entities")).toLongLong();
        writer = std::make_unique<EvaluationWriter>(m_db.raw(), result.batchId, validator.schemeVersion(), now);
        entityIndexes.emplace(tx->sql(), QStringLiteral("entities"));
        if (!resolveWhileReading)
            writerResolver = std::make_unique<EntityResolver>(m_db.raw(), firstNewId, industries);
    }

    auto addIssue = [&](ImportIssue::Severity severity, qint64 row, const QString &column, const QString &message, const QStringList &cells) {
        if (severity == ImportIssue::Rejected) {
            ++result.rejected;
            if (report)
                report->add(row, column, message, cells);
        } else {
            ++result.warnings;
        }
        if (result.issues.size() < GradeImportResult::MaxIssuesKept)
            result.issues << ImportIssue{severity, row, column, message};
    };

    // Reading, validating, converting and entity lookups run on a thread of their own; this
    // thread only writes.
    BoundedQueue<PreparedBatch> queue(QueuedBatches);
    std::exception_ptr readError;
    std::vector<qint64> touchedByReader;
    TableReader *source = reader.get();
    std::thread producer([&] {
        try {
            std::unique_ptr<Database> lookupDb;
            std::unique_ptr<EntityResolver> resolver;
            if (resolveWhileReading) {
                lookupDb = m_db.openSibling();
                resolver = std::make_unique<EntityResolver>(lookupDb->raw(), firstNewId, industries);
            }
            QStringList cells;
            auto fresh = [] {
                PreparedBatch b;
                b.rows.reserve(BatchRows);
                b.arena.reserve(BatchRows * 160);
                return b;
            };
            PreparedBatch batch = fresh();
            for (;;) {
                const bool more = source->readRow(cells);
                if (more) {
                    PreparedRow &r = batch.rows.emplace_back();
                    r.row = source->rowNumber();
                    const size_t mark = batch.arena.mark();
                    QString column, reason = source->rowProblem();
                    if (reason.isEmpty() && validator.validate(cells, *source, r, batch.arena, column, reason)) {
                        if (resolver)
                            resolver->resolve(r, batch.arena);
                        if (collecting.load(std::memory_order_relaxed) && collected->size() >= maxCollectedRows) {
                            collecting = false;
                            collected.reset();
                        }
                        if (collecting.load(std::memory_order_relaxed)) {
                            const Arena &a = batch.arena;
                            auto text = [&a](Span span) { return std::string_view(a.data(span), span.size); };
                            collected->add(r.entityId, r.departmentId, text(r.scheme), text(r.evaluatedOn), text(r.evaluatedOn),
                                           text(r.validTo), text(r.level), text(r.rawGrade));
                        }
                    } else {
                        batch.arena.truncate(mark);
                        r.rejected = qint32(batch.rejects.size());
                        batch.rejects.push_back(RejectedRow{column, reason, cells});
                    }
                }
                if (batch.rows.size() >= size_t(BatchRows) || !more) {
                    batch.bytesRead = source->bytesRead();
                    batch.totalBytes = source->totalBytes();
                    if (!queue.push(std::move(batch)))
                        break;
                    batch = fresh();
                }
                if (!more || (job && job->cancelled()))
                    break;
            }
            if (resolver)
                touchedByReader = resolver->touched();
        } catch (...) {
            readError = std::current_exception();
        }
        queue.close();
    });
    const auto joinProducer = qScopeGuard([&] {
        queue.abort();
        if (producer.joinable())
            producer.join();
    });

    QString previous;
    qint64 lastProgress = -1;
    PreparedBatch batch;
    // Rows since the last write, in file order (good and rejected: issues keep the file's order),
    // the good ones among them, and the entities they create.
    std::vector<PreparedRow *> pending, good, created;
    pending.reserve(BatchRows);
    auto flush = [&] {
        bool inserted[EvaluationWriter::Chunk] = {};
        qint64 rowids[EvaluationWriter::Chunk] = {};
        const bool collect = collecting.load(std::memory_order_relaxed);
        if (!collect && writtenIds.capacity() > 0)
            std::vector<qint64>().swap(writtenIds);  // the reading thread stopped collecting
        if (!created.empty())
            writer->createEntities(created.data(), int(created.size()), batch.arena);
        result.entitiesCreated += qint64(created.size());
        if (entityIndexes && result.entitiesCreated >= std::max(DeferEntityIndexesFrom, (firstNewId - 1) / 2))
            entityIndexes->drop();
        if (!good.empty())
            writer->insert(good.data(), int(good.size()), batch.arena, inserted, rowids);
        size_t g = 0;
        for (PreparedRow *row : pending) {
            if (row->rejected >= 0) {
                RejectedRow &r = batch.rejects[size_t(row->rejected)];
                addIssue(ImportIssue::Rejected, row->row, r.column, r.reason, r.cells);
                continue;
            }
            const size_t i = g++;
            if (inserted[i]) {
                ++result.inserted;
                if (collect)
                    writtenIds.push_back(rowids[i]);
                continue;
            }
            qint64 updatedRowid = 0;
            if (writer->settle(*row, batch.arena, &previous, &updatedRowid) == EvaluationWriter::Outcome::Unchanged) {
                ++result.unchanged;
                if (collect)
                    writtenIds.push_back(0);
                continue;
            }
            if (collect)
                writtenIds.push_back(updatedRowid);
            ++result.updated;
            const QString code = batch.arena.text(row->code), scheme = batch.arena.text(row->scheme);
            const QString evaluatedOn = batch.arena.text(row->evaluatedOn), rawGrade = batch.arena.text(row->rawGrade);
            addIssue(ImportIssue::Warning, row->row, GradeColumns::chineseName(GradeColumns::Grade),
                     tr("The evaluation of %1 by %2 on %3 was %4 and is now %5.")
                         .arg(code, validator.departmentName(row->departmentId), evaluatedOn, previous, rawGrade),
                     {});
            tx->audit(QStringLiteral("evaluation.update"), QStringLiteral("evaluation"),
                      QStringLiteral("%1/%2/%3/%4").arg(code, validator.departmentName(row->departmentId), scheme, evaluatedOn),
                      {{QStringLiteral("raw_grade"), previous}},
                      {{QStringLiteral("raw_grade"), rawGrade}, {QStringLiteral("level"), batch.arena.text(row->level)},
                       {QStringLiteral("batch_id"), result.batchId}});
        }
        pending.clear();
        good.clear();
        created.clear();
    };
    std::optional<GradeImportResult> repeated;  // the file turned out to be imported already
    while (queue.pop(batch)) {
        if (job && job->cancelled())
            throw Error(ErrorKind::Refused, tr("The import was cancelled; nothing was written."));
        if (writer && !hashKnown && knowHash(false) && (repeated = earlierImport()))
            break;
        result.rowsTotal += qint64(batch.rows.size());
        for (PreparedRow &row : batch.rows) {
            if (!writer) {
                if (row.rejected >= 0) {
                    RejectedRow &r = batch.rejects[size_t(row.rejected)];
                    addIssue(ImportIssue::Rejected, row.row, r.column, r.reason, r.cells);
                }
                continue;
            }
            pending.push_back(&row);
            if (row.rejected >= 0)
                continue;
            if (writerResolver)
                writerResolver->resolve(row, batch.arena);
            if (row.createEntity)
                created.push_back(&row);
            good.push_back(&row);
            if (good.size() == size_t(EvaluationWriter::Chunk))
                flush();
        }
        if (writer)
            flush();  // the rows point into this batch
        if (job && job->progress && batch.bytesRead != lastProgress) {
            job->progress(batch.bytesRead, batch.totalBytes);
            lastProgress = batch.bytesRead;
        }
    }
    if (writer && !repeated && knowHash(true))
        repeated = earlierImport();
    if (repeated) {
        queue.abort();
        producer.join();
        writer.reset();
        if (entityIndexes)
            entityIndexes->discard();
        tx.reset();  // rolls back everything this import wrote (dropped indexes included)
        return *repeated;
    }
    producer.join();
    if (readError)
        std::rethrow_exception(readError);
    knowHash(true);  // a check of the file (--check) reports the hash too
    if (entityIndexes)
        entityIndexes->restore();
    if (profile)
        qInfo("rows done: %lld ms", static_cast<long long>(timer.elapsed()));

    if (result.rowsTotal == 0)
        throw Error(ErrorKind::Invalid, tr("%1 has a header row but no data rows; nothing was imported.").arg(result.fileName));

    if (writer) {
        const std::vector<qint64> &touchedIds = writerResolver ? writerResolver->touched() : touchedByReader;
        result.entitiesTouched = qint64(touchedIds.size());
        QList<qint64> touched(touchedIds.begin(), touchedIds.end());
        std::sort(touched.begin(), touched.end());
        result.sampleEntityIds = touched.mid(0, GradeImportResult::MaxSampleEntities);
        // With the import's own transaction (entities looked up on the committed store), the lights
        // can read what was there before on a second connection and take the import's evaluations
        // from memory.
        const QDate lightsAsOf = options.asOf.isValid() ? options.asOf : Clock::today();
        if (collecting && collected->size() == writtenIds.size())
            collected->setIds(writtenIds);
        else
            collected.reset();  // a very large file (or, never expected, a count that differs)
        writtenIds = {};
        result.lights = collected ? LightEngine(m_db).recomputeImported(*tx, lightsAsOf, touched, *collected)
                                  : LightEngine(m_db).recompute(*tx, lightsAsOf, touched, false);
        collected.reset();
        if (profile)
            qInfo("lights done: %lld ms", static_cast<long long>(timer.elapsed()));
        sql::exec(tx->sql(), QStringLiteral("UPDATE import_batches SET sha256 = ?, rows_total = ?, rows_inserted = ?, rows_updated = ?, "
                                            "rows_unchanged = ?, rows_rejected = ?, entities_created = ? WHERE id = ?"),
                  {result.sha256, result.rowsTotal, result.inserted, result.updated, result.unchanged, result.rejected, result.entitiesCreated,
                   result.batchId});
        const QJsonObject summary{{QStringLiteral("file"), result.fileName},
                                  {QStringLiteral("sha256"), result.sha256},
                                  {QStringLiteral("encoding"), result.encoding},
                                  {QStringLiteral("rows"), result.rowsTotal},
                                  {QStringLiteral("inserted"), result.inserted},
                                  {QStringLiteral("updated"), result.updated},
                                  {QStringLiteral("unchanged"), result.unchanged},
                                  {QStringLiteral("rejected"), result.rejected},
                                  {QStringLiteral("entities_created"), result.entitiesCreated},
                                  {QStringLiteral("lights_changed"), result.lights.changed}};
        tx->audit(QStringLiteral("grades.import"), QStringLiteral("import_batch"), QString::number(result.batchId), {}, summary);
        // The sync exporter expands a batch into its evaluations and new entities (evaluations.batch_id).
        if (result.inserted + result.updated > 0)
            tx->outbox(QStringLiteral("evaluation_batch"), QString::number(result.batchId), summary);
        if (job && job->cancelled())
            throw Error(ErrorKind::Refused, tr("The import was cancelled; nothing was written."));
        tx->commit();
        if (profile)
            qInfo("commit done: %lld ms", static_cast<long long>(timer.elapsed()));
    }
    if (report)
        report->finish();
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace cl
