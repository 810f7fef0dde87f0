#include "GradeImporter.h"

#include "ImportJob.h"
#include "RejectReport.h"
#include "TableReader.h"
#include "auth/Actor.h"
#include "common/BoundedQueue.h"
#include "common/Clock.h"
#include "common/DateParser.h"
#include "common/Error.h"
#include "credit/GradeSchemes.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/ReferenceData.h"
#include "registry/SearchText.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QJsonObject>
#include <optional>
#include <thread>
#include <sodium.h>

namespace cl {

namespace {

constexpr int BulkCacheKiB = 96 * 1024;

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

// One validated row, ready to write.
struct GoodRow
{
    QString code;
    QString name;
    qint64 departmentId = 0;
    QString scheme;
    QString rawGrade;
    QString gradeKey;
    QString level;
    std::optional<double> score;
    QString industry;
    QString evaluatedOn;
    QString validFrom;
    QString validTo;
    QString remark;
};

// A row after validation, made on the reading thread while the writer works on earlier rows.
struct ValidatedRow
{
    qint64 row = 0;
    bool ok = false;
    GoodRow good;
    QString column;
    QString reason;
    QStringList cells;   // kept for rejected rows (the report) and for warnings
};

struct ValidatedBatch
{
    std::vector<ValidatedRow> rows;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

constexpr int BatchRows = 2048;
constexpr size_t QueuedBatches = 8;

class RowValidator
{
public:
    RowValidator(const QSqlDatabase &db, const GradeImportOptions &options, const Actor &actor,
                 const GradeColumns::Mapping &mapping, const QStringList &header, bool xlsx)
        : m_validator(UsccValidator::fromDatabase(db)), m_schemes(GradeSchemes::load(db)),
          m_departments(ReferenceData::departmentLookup(db)), m_mapping(mapping), m_header(header), m_xlsx(xlsx),
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

    // Returns the reason and column of the first problem, or fills row.
    bool validate(const QStringList &cells, GoodRow &row, QString &column, QString &reason) const
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
        if (!m_xlsx && cells.size() < m_header.size() && cells.size() <= maxMappedColumn()) {
            column.clear();
            reason = GradeImporter::tr("The row has only %1 of %2 columns (a line break or a missing separator?).")
                         .arg(cells.size()).arg(m_header.size());
            return false;
        }
        const QString rawCode = cell(GradeColumns::Uscc);
        if (rawCode.isEmpty())
            return fail(GradeColumns::Uscc, GradeImporter::tr("The credit code is missing."));
        row.code = UsccValidator::normalize(rawCode);
        if (!m_validator.isAcceptable(row.code))
        {
            QString why = row.code + QStringLiteral(": ") + m_validator.check(rawCode).findings.value(0).message;
            // Excel turns an all-digit code into a number (1.23706814930128E+17): say how to keep it text.
            if (m_xlsx && (rawCode.contains(QLatin1String("E+")) || rawCode.contains(QLatin1Char('.'))))
                why += QLatin1Char(' ') + GradeImporter::tr("The cell holds a number: format the code column as text in Excel.");
            return fail(GradeColumns::Uscc, why);
        }
        row.name = cell(GradeColumns::Name);
        if (row.name.isEmpty())
            return fail(GradeColumns::Name, GradeImporter::tr("The entity name is missing."));

        const QString departmentText = cell(GradeColumns::Department);
        row.departmentId = departmentText.isEmpty() ? m_fallbackDepartment : departmentFor(departmentText);
        if (row.departmentId == 0)
            return fail(GradeColumns::Department,
                        departmentText.isEmpty() ? GradeImporter::tr("The department is missing (give the column or --department).")
                                                 : GradeImporter::tr("Unknown department \"%1\". Known departments: %2. An administrator can add an alias.")
                                                       .arg(departmentText, m_gradingDepartments));
        if (!m_grades.value(row.departmentId))
            return fail(GradeColumns::Department,
                        GradeImporter::tr("%1 does not grade entities.").arg(m_departmentNames.value(row.departmentId)));
        if (m_actorDepartment > 0 && row.departmentId != m_actorDepartment)
            return fail(GradeColumns::Department, GradeImporter::tr("You may import only the evaluations of %1.")
                                                      .arg(m_departmentNames.value(m_actorDepartment)));

        const QString schemeText = cell(GradeColumns::Scheme);
        row.scheme = !schemeText.isEmpty() ? schemeFor(schemeText)
                   : !m_fallbackScheme.isEmpty() ? m_fallbackScheme : m_defaultScheme.value(row.departmentId);
        if (row.scheme.isEmpty())
            return fail(GradeColumns::Scheme, GradeImporter::tr("Unknown grade scheme \"%1\". Schemes: %2.").arg(schemeText, schemeCodes()));

        row.rawGrade = cell(GradeColumns::Grade);
        if (row.rawGrade.isEmpty())
            return fail(GradeColumns::Grade, GradeImporter::tr("The grade is missing."));
        gradeFor(row.scheme, row.rawGrade, row.gradeKey, row.level);
        if (row.level.isEmpty())
            return fail(GradeColumns::Grade, GradeImporter::tr("The grade \"%1\" is not part of the scheme %2 (known grades: %3).")
                                                 .arg(row.rawGrade, row.scheme, m_schemes.knownGrades(row.scheme).join(QStringLiteral("、"))));

        const QString scoreText = cell(GradeColumns::Score);
        row.score.reset();
        if (!scoreText.isEmpty()) {
            bool ok = false;
            const double v = scoreText.toDouble(&ok);
            if (!ok)
                return fail(GradeColumns::Score, GradeImporter::tr("The score \"%1\" is not a number.").arg(scoreText));
            row.score = v;
        }
        row.industry = cell(GradeColumns::Industry);

        const QDate evaluated = parseDate(cell(GradeColumns::EvaluatedOn));
        if (!evaluated.isValid())
            return fail(GradeColumns::EvaluatedOn, cell(GradeColumns::EvaluatedOn).isEmpty()
                                                       ? GradeImporter::tr("The evaluation date is missing.")
                                                       : GradeImporter::tr("\"%1\" is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD or YYYY年M月D日).")
                                                             .arg(cell(GradeColumns::EvaluatedOn)));
        row.evaluatedOn = evaluated.toString(Qt::ISODate);
        row.validFrom = row.evaluatedOn;
        const QString validToText = cell(GradeColumns::ValidTo);
        QDate validTo = evaluated.addDays(365);
        if (!validToText.isEmpty()) {
            validTo = parseDate(validToText);
            if (!validTo.isValid())
                return fail(GradeColumns::ValidTo, GradeImporter::tr("\"%1\" is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD or YYYY年M月D日).")
                                                       .arg(validToText));
            if (validTo < evaluated)
                return fail(GradeColumns::ValidTo, GradeImporter::tr("Valid until %1 is before the evaluation date %2.")
                                                       .arg(validTo.toString(Qt::ISODate), row.evaluatedOn));
        }
        row.validTo = validTo.toString(Qt::ISODate);
        row.remark = cell(GradeColumns::Remark);
        return true;
    }

    QString departmentName(qint64 id) const { return m_departmentNames.value(id); }

private:
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
    QString schemeFor(const QString &text) const
    {
        const auto it = m_schemeCache.constFind(text);
        if (it != m_schemeCache.constEnd())
            return *it;
        const QString code = m_schemes.schemeCode(text);
        m_schemeCache.insert(text, code);
        return code;
    }
    void gradeFor(const QString &scheme, const QString &raw, QString &key, QString &level) const
    {
        const QString cacheKey = scheme + QChar(0x1f) + raw;
        auto it = m_gradeCache.constFind(cacheKey);
        if (it == m_gradeCache.constEnd())
            it = m_gradeCache.insert(cacheKey, {GradeSchemes::gradeKey(raw), m_schemes.levelFor(scheme, raw)});
        key = it->first;
        level = it->second;
    }

    QDate parseDate(const QString &raw) const
    {
        bool ascii = true;
        for (const QChar c : raw)
            ascii = ascii && c.unicode() < 0x80;
        // Full-width digits and separators (２０２６－０３－０１) read as their ASCII forms; 年月日 stay.
        const QString text = ascii ? raw : UsccValidator::normalize(raw);
        QDate d = DateParser::parse(text);
        // Spreadsheet cells hold dates as serial numbers (a 5-digit number is never a YYYYMMDD date).
        if (!d.isValid() && m_xlsx && !text.isEmpty() && text.size() <= 9)
            d = DateParser::parseExcelSerial(text);
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
    qint64 m_actorDepartment;
    qint64 m_fallbackDepartment = 0;
    QString m_fallbackScheme;
    QString m_gradingDepartments;  // for messages, in table order
    mutable QHash<QString, qint64> m_departmentCache;
    mutable QHash<QString, QString> m_schemeCache;
    mutable QHash<QString, QPair<QString, QString>> m_gradeCache;
};

// The writes of one import, on prepared statements of the raw handle.
class EvaluationWriter
{
public:
    EvaluationWriter(sqlite3 *db, qint64 batchId, int schemeVersion, const QString &now)
        : m_findEntity(db, "SELECT id FROM entities WHERE code = ?"),
          m_addEntity(db, "INSERT INTO entities(code, code_type, name, kind, industry_id, status, created_at, updated_at) "
                          "VALUES (?1, 'USCC', ?2, ?3, ?4, 'active', ?5, ?5)"),
          m_addGrams(db, "INSERT INTO entity_search(rowid, grams) VALUES (?, ?)"),
          m_insert(db, "INSERT INTO evaluations(entity_id, department_id, scheme, raw_grade, grade_key, raw_score, level, scheme_version, "
                       "industry, evaluated_on, valid_from, valid_to, remark, batch_id) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
                       "ON CONFLICT(entity_id, department_id, scheme, evaluated_on) DO NOTHING"),
          m_existing(db, "SELECT raw_grade, grade_key FROM evaluations WHERE entity_id = ? AND department_id = ? AND scheme = ? AND evaluated_on = ?"),
          m_update(db, "UPDATE evaluations SET raw_grade = ?1, grade_key = ?2, raw_score = ?3, level = ?4, scheme_version = ?5, "
                       "industry = ?6, valid_from = ?7, valid_to = ?8, remark = ?9, batch_id = ?10 "
                       "WHERE entity_id = ?11 AND department_id = ?12 AND scheme = ?13 AND evaluated_on = ?14"),
          m_batchId(batchId), m_schemeVersion(schemeVersion), m_now(now)
    {
        // Industries by name, for entities first met in the file.
        RawStatement industries(db, "SELECT id, name FROM industries");
        while (industries.step())
            m_industries.insert(industries.text(1), industries.int64(0));
    }

    enum class Outcome { Inserted, Updated, Unchanged };

    qint64 entityFor(const GoodRow &row, bool &created)
    {
        created = false;
        const auto it = m_entityIds.constFind(row.code);
        if (it != m_entityIds.constEnd())
            return *it;
        const QByteArray code = row.code.toLatin1();
        m_findEntity.bind(1, code);
        qint64 id = 0;
        if (m_findEntity.step())
            id = m_findEntity.int64(0);
        m_findEntity.reset();
        if (id == 0) {
            const qint64 industry = m_industries.value(row.industry, 0);
            m_addEntity.bind(1, code).bind(2, row.name).bind(3, UsccValidator::entityKind(row.code)).bind(5, m_now);
            industry > 0 ? m_addEntity.bind(4, industry) : m_addEntity.bindNull(4);
            m_addEntity.run();
            id = m_addEntity.lastInsertId();
            m_addGrams.bind(1, id).bind(2, SearchText::grams(row.name));
            m_addGrams.run();
            created = true;
        }
        m_entityIds.insert(row.code, id);
        return id;
    }

    Outcome write(qint64 entityId, const GoodRow &row, QString *previousGrade)
    {
        const QByteArray scheme = row.scheme.toLatin1(), evaluated = row.evaluatedOn.toLatin1();
        m_insert.bind(1, entityId).bind(2, row.departmentId).bind(3, scheme).bind(4, row.rawGrade).bind(5, row.gradeKey);
        row.score ? m_insert.bindDouble(6, *row.score) : m_insert.bindNull(6);
        m_insert.bind(7, row.level).bind(8, qint64(m_schemeVersion));
        row.industry.isEmpty() ? m_insert.bindNull(9) : m_insert.bind(9, row.industry);
        m_insert.bind(10, evaluated).bind(11, row.validFrom).bind(12, row.validTo);
        row.remark.isEmpty() ? m_insert.bindNull(13) : m_insert.bind(13, row.remark);
        m_insert.bind(14, m_batchId);
        m_insert.run();
        if (m_insert.changes() == 1)
            return Outcome::Inserted;

        // Same key already stored: same grade → nothing to do; another grade → update, warn, audit.
        m_existing.bind(1, entityId).bind(2, row.departmentId).bind(3, scheme).bind(4, evaluated);
        QString oldRaw, oldKey;
        if (m_existing.step()) {
            oldRaw = m_existing.text(0);
            oldKey = m_existing.text(1);
        }
        m_existing.reset();
        if (oldKey == row.gradeKey)
            return Outcome::Unchanged;
        m_update.bind(1, row.rawGrade).bind(2, row.gradeKey);
        row.score ? m_update.bindDouble(3, *row.score) : m_update.bindNull(3);
        m_update.bind(4, row.level).bind(5, qint64(m_schemeVersion));
        row.industry.isEmpty() ? m_update.bindNull(6) : m_update.bind(6, row.industry);
        m_update.bind(7, row.validFrom).bind(8, row.validTo);
        row.remark.isEmpty() ? m_update.bindNull(9) : m_update.bind(9, row.remark);
        m_update.bind(10, m_batchId).bind(11, entityId).bind(12, row.departmentId).bind(13, scheme).bind(14, evaluated);
        m_update.run();
        *previousGrade = oldRaw;
        return Outcome::Updated;
    }

    const QHash<QString, qint64> &entities() const { return m_entityIds; }

private:
    RawStatement m_findEntity, m_addEntity, m_addGrams, m_insert, m_existing, m_update;
    qint64 m_batchId;
    int m_schemeVersion;
    QString m_now;
    QHash<QString, qint64> m_entityIds;
    QHash<QString, qint64> m_industries;
};

} // namespace

GradeImporter::GradeImporter(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

GradeImportResult GradeImporter::run(const QString &path, const GradeImportOptions &options, ImportJob *job)
{
    QElapsedTimer timer;
    timer.start();
    GradeImportResult result;
    result.fileName = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        throw Error(ErrorKind::Io, tr("There is no file %1.").arg(path));
    result.sha256 = fileSha256(path);

    std::unique_ptr<TableReader> reader = TableReader::open(path, TableReadOptions{options.encoding, options.sheet});
    result.format = reader->formatName();
    result.encoding = reader->encodingName();
    if (!reader->readRow(result.header))
        throw Error(ErrorKind::Invalid, tr("%1 is empty: there is no header row.").arg(result.fileName));
    const GradeColumns::Mapping mapping = GradeColumns::map(result.header, !options.department.isEmpty(), options.columns);
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

    if (!options.validateOnly) {
        // Only a complete earlier import of the same bytes with the same options makes this one a no-op;
        // rows rejected then (another department, a fixed reference) must still be importable now.
        QSqlQuery earlier = sql::exec(m_db.sql(), QStringLiteral("SELECT id, imported_at, actor FROM import_batches WHERE sha256 = ? "
                                                                 "AND coalesce(department_id, 0) = ? AND coalesce(scheme, '') = ? "
                                                                 "AND rows_rejected = 0 ORDER BY id LIMIT 1"),
                                      {result.sha256,
                                       options.department.isEmpty() ? qint64(0) : ReferenceData::departmentIdByName(m_db.sql(), options.department),
                                       options.scheme.isEmpty() ? QStringLiteral("") : GradeSchemes::load(m_db.sql()).schemeCode(options.scheme)});
        if (earlier.next()) {
            result.alreadyImported = true;
            result.batchId = earlier.value(0).toLongLong();
            result.alreadyImportedNote = tr("This file was already imported (batch %1, %2, by %3); nothing was added.")
                                             .arg(result.batchId)
                                             .arg(QDateTime::fromString(earlier.value(1).toString(), Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                  earlier.value(2).toString());
            return result;
        }
    }

    const RowValidator validator(m_db.sql(), options, m_actor, mapping, result.header, result.format == QLatin1String("XLSX"));
    std::unique_ptr<RejectReport> report;
    if (!options.reportPath.isEmpty())
        report = std::make_unique<RejectReport>(options.reportPath, result.header);

    std::optional<WriteTransaction> tx;
    std::unique_ptr<EvaluationWriter> writer;
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
                                    {result.fileName, result.sha256,
                                     options.department.isEmpty() ? QVariant() : QVariant(ReferenceData::departmentIdByName(tx->sql(), options.department)),
                                     options.scheme.isEmpty() ? QVariant() : QVariant(GradeSchemes::load(tx->sql()).schemeCode(options.scheme)),
                                     result.encoding,
                                     m_actor.auditName(), now});
        result.batchId = batch.lastInsertId().toLongLong();
        writer = std::make_unique<EvaluationWriter>(m_db.raw(), result.batchId, validator.schemeVersion(), now);
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

    // Reading and validating run on a thread of their own; this thread only writes.
    BoundedQueue<ValidatedBatch> queue(QueuedBatches);
    std::exception_ptr readError;
    TableReader *source = reader.get();
    std::thread producer([&] {
        try {
            QStringList cells;
            ValidatedBatch batch;
            batch.rows.reserve(BatchRows);
            for (;;) {
                const bool more = source->readRow(cells);
                if (more) {
                    ValidatedRow v;
                    v.row = source->rowNumber();
                    const QString problem = source->rowProblem();
                    if (!problem.isEmpty())
                        v.reason = problem;
                    else
                        v.ok = validator.validate(cells, v.good, v.column, v.reason);
                    if (!v.ok)
                        v.cells = cells;
                    batch.rows.push_back(std::move(v));
                }
                if (batch.rows.size() >= size_t(BatchRows) || !more) {
                    batch.bytesRead = source->bytesRead();
                    batch.totalBytes = source->totalBytes();
                    if (!queue.push(std::move(batch)))
                        break;
                    batch = ValidatedBatch();
                    batch.rows.reserve(BatchRows);
                }
                if (!more || (job && job->cancelled()))
                    break;
            }
        } catch (...) {
            readError = std::current_exception();
        }
        queue.close();
    });
    const auto joinProducer = qScopeGuard([&] {
        queue.abort();
        producer.join();
    });

    QString previous;
    qint64 lastProgress = -1;
    ValidatedBatch batch;
    while (queue.pop(batch)) {
        if (job && job->cancelled())
            throw Error(ErrorKind::Refused, tr("The import was cancelled; nothing was written."));
        for (ValidatedRow &v : batch.rows) {
            ++result.rowsTotal;
            if (!v.ok) {
                addIssue(ImportIssue::Rejected, v.row, v.column, v.reason, v.cells);
                continue;
            }
            if (!writer)
                continue;
            const GoodRow &good = v.good;
            bool created = false;
            const qint64 entityId = writer->entityFor(good, created);
            if (created)
                ++result.entitiesCreated;
            switch (writer->write(entityId, good, &previous)) {
            case EvaluationWriter::Outcome::Inserted: ++result.inserted; break;
            case EvaluationWriter::Outcome::Unchanged: ++result.unchanged; break;
            case EvaluationWriter::Outcome::Updated:
                ++result.updated;
                addIssue(ImportIssue::Warning, v.row, GradeColumns::chineseName(GradeColumns::Grade),
                         tr("The evaluation of %1 by %2 on %3 was %4 and is now %5.")
                             .arg(good.code, validator.departmentName(good.departmentId), good.evaluatedOn, previous, good.rawGrade),
                         v.cells);
                tx->audit(QStringLiteral("evaluation.update"), QStringLiteral("evaluation"),
                          QStringLiteral("%1/%2/%3/%4").arg(good.code, validator.departmentName(good.departmentId), good.scheme, good.evaluatedOn),
                          {{QStringLiteral("raw_grade"), previous}},
                          {{QStringLiteral("raw_grade"), good.rawGrade}, {QStringLiteral("level"), good.level},
                           {QStringLiteral("batch_id"), result.batchId}});
                break;
            }
        }
        if (job && job->progress && batch.bytesRead != lastProgress) {
            job->progress(batch.bytesRead, batch.totalBytes);
            lastProgress = batch.bytesRead;
        }
    }
    if (readError)
        std::rethrow_exception(readError);
    if (qEnvironmentVariableIsSet("CREDITLOOP_PROFILE"))
        qInfo("rows done: %lld ms", static_cast<long long>(timer.elapsed()));

    if (result.rowsTotal == 0)
        throw Error(ErrorKind::Invalid, tr("%1 has a header row but no data rows; nothing was imported.").arg(result.fileName));

    if (writer) {
        result.entitiesTouched = writer->entities().size();
        QList<qint64> touched;
        touched.reserve(writer->entities().size());
        for (const qint64 id : writer->entities())
            touched << id;
        std::sort(touched.begin(), touched.end());
        result.sampleEntityIds = touched.mid(0, GradeImportResult::MaxSampleEntities);
        result.lights = LightEngine(m_db).recompute(*tx, options.asOf.isValid() ? options.asOf : Clock::today(), touched, false);
        if (qEnvironmentVariableIsSet("CREDITLOOP_PROFILE"))
            qInfo("lights done: %lld ms", static_cast<long long>(timer.elapsed()));
        sql::exec(tx->sql(), QStringLiteral("UPDATE import_batches SET rows_total = ?, rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, "
                                            "rows_rejected = ?, entities_created = ? WHERE id = ?"),
                  {result.rowsTotal, result.inserted, result.updated, result.unchanged, result.rejected, result.entitiesCreated, result.batchId});
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
        if (qEnvironmentVariableIsSet("CREDITLOOP_PROFILE"))
            qInfo("commit done: %lld ms", static_cast<long long>(timer.elapsed()));
    }
    if (report)
        report->finish();
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace cl
