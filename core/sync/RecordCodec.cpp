#include "RecordCodec.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "credit/UsccValidator.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "db/Database.h"
#include "registry/NewEntityWriter.h"
#include "registry/SearchText.h"
#include "sync/SyncSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cl {

struct ApplyContext::Statements
{
    Statements(sqlite3 *db, const QString &now) : findEntity(db, "SELECT id FROM entities WHERE code = ?"), newEntities(db, now) {}
    RawStatement findEntity;
    NewEntityWriter newEntities;
};

ApplyContext::ApplyContext(WriteTransaction &tx, QString sender, QString packageName, QString packageSha256)
    : m_tx(tx), m_sender(std::move(sender)), m_packageName(std::move(packageName)), m_packageSha256(std::move(packageSha256)),
      m_now(Clock::nowIso()), m_statements(std::make_unique<Statements>(tx.database().raw(), m_now))
{
    QSqlQuery q = sql::exec(sql(), QStringLiteral("SELECT id, name FROM departments"));
    while (q.next())
        m_departments.insert(q.value(1).toString(), q.value(0).toLongLong());
    QSqlQuery a = sql::exec(sql(), QStringLiteral("SELECT department_id, alias FROM department_aliases"));
    while (a.next())
        m_departments.insert(a.value(1).toString(), a.value(0).toLongLong());
    m_verifiesFor = SyncSettings::load(sql()).verifiesFor;
}

ApplyContext::~ApplyContext() = default;

QSqlDatabase ApplyContext::sql() const
{
    return m_tx.sql();
}

sqlite3 *ApplyContext::raw() const
{
    return m_tx.database().raw();
}

qint64 ApplyContext::entityId(const QString &code)
{
    const auto it = m_entityIds.constFind(code);
    if (it != m_entityIds.constEnd())
        return *it;
    if (m_allEntitiesLoaded)
        return 0;
    RawStatement &find = m_statements->findEntity;
    find.bind(1, code);
    const qint64 id = find.step() ? find.int64(0) : 0;
    find.reset();
    if (id)
        m_entityIds.insert(code, id);
    return id;
}

void ApplyContext::preloadEntities(qsizetype newCodes)
{
    RawStatement all(raw(), "SELECT code, id FROM entities");
    while (all.step())
        m_entityIds.insert(all.text(0), all.int64(1));
    m_entityIds.reserve(m_entityIds.size() + newCodes);
    m_allEntitiesLoaded = true;
}

qint64 ApplyContext::ensureEntity(const QString &code, const QString &name, bool *created)
{
    const qint64 id = queueEntity(code, name, created);
    flushEntities();
    return id;
}

QByteArrayView ApplyContext::codeTypeOf(const QString &code)
{
    return UsccValidator::isFormatValid(code) ? QByteArrayView("USCC") : QByteArrayView("ID_CARD");
}

QString ApplyContext::kindOf(const QString &code)
{
    return UsccValidator::isFormatValid(code) ? UsccValidator::entityKind(code) : QStringLiteral("natural_person");
}

qint64 ApplyContext::queueEntity(const QString &code, const QString &name, bool *created)
{
    if (created)
        *created = false;
    if (const qint64 id = entityId(code))
        return id;
    // The values live until the queue is written (a QByteArray's bytes stay where they are when it moves).
    NewEntity e;
    e.code = m_ownedTexts.emplace_back(code.toUtf8());
    e.codeType = codeTypeOf(code);
    e.name = m_ownedTexts.emplace_back(name.toUtf8());
    e.kind = m_ownedTexts.emplace_back(kindOf(code).toUtf8());
    e.grams = m_ownedTexts.emplace_back(SearchText::grams(name).toUtf8());
    return queueNew(code, e, created);
}

qint64 ApplyContext::queueEntity(const QString &code, const NewEntity &values, bool *created)
{
    if (created)
        *created = false;
    if (const qint64 id = entityId(code))
        return id;
    return queueNew(code, values, created);
}

qint64 ApplyContext::queueNew(const QString &code, NewEntity e, bool *created)
{
    if (created)
        *created = true;
    if (m_nextEntityId == 0)
        m_nextEntityId = NewEntityWriter::nextId(raw());
    e.id = m_nextEntityId++;
    e.industryId = 0;
    m_queuedEntities.push_back(e);
    m_entityIds.insert(code, e.id);
    if (m_queuedEntities.size() == size_t(MultiRowInsert::Chunk))
        flushEntities();
    return e.id;
}

void ApplyContext::flushEntities()
{
    if (m_queuedEntities.empty())
        return;
    m_statements->newEntities.write(m_queuedEntities.data(), qsizetype(m_queuedEntities.size()));
    m_queuedEntities.clear();
    m_ownedTexts.clear();
}

qint64 ApplyContext::departmentId(const QString &nameOrAlias)
{
    return m_departments.value(nameOrAlias.trimmed(), 0);
}

void ApplyContext::effect(const QString &kind, const QString &objectType, const QString &objectId, QJsonObject detail)
{
    detail.insert(QStringLiteral("sender"), m_sender);
    detail.insert(QStringLiteral("package"), m_packageName);
    m_tx.audit(QStringLiteral("sync.effect.") + kind, objectType, objectId, {}, detail);
    ++m_effects[kind];
}

qint64 ApplyContext::batchId(qint64 rows)
{
    if (!m_batchId) {
        QSqlQuery q = sql::exec(sql(),
                                QStringLiteral("INSERT INTO import_batches(source, file_name, sha256, encoding, rows_total, actor, imported_at) "
                                               "VALUES ('sync', ?, ?, 'UTF-8', ?, ?, ?)"),
                                {m_packageName, m_packageSha256, rows, m_tx.actor().auditName(), Clock::nowIso()});
        m_batchId = q.lastInsertId().toLongLong();
    }
    return m_batchId;
}

RecordCodec::~RecordCodec() = default;

void RecordCodec::exportRows(const QSqlDatabase &, const QString &, const std::vector<OutboxChange> &changes,
                             std::vector<QStringList> &rows) const
{
    const QStringList codes = header();
    for (const OutboxChange &change : changes) {
        const QJsonObject payload = QJsonDocument::fromJson(change.payload).object();
        QStringList row;
        row.reserve(codes.size());
        for (const QString &code : codes) {
            const QJsonValue v = payload.value(code);
            row << (v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toVariant().toString());
        }
        rows.push_back(std::move(row));
    }
}

QString RecordCodec::validate(const QStringList &) const
{
    return {};
}

int RecordCodec::column(const QString &code) const
{
    const int i = int(header().indexOf(code));
    Q_ASSERT(i >= 0);
    return i;
}

bool RecordCodec::isIsoDate(const QString &text)
{
    // Qt's ISO parser also takes other separators ("2026/06/02"); the format is YYYY-MM-DD exactly.
    return text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
           && QDate::fromString(text, Qt::ISODate).isValid();
}

QStringList RecordCodec::nonNull(QStringList row)
{
    for (QString &cell : row)
        if (cell.isNull())
            cell = QLatin1String("");
    return row;
}

QVariant RecordCodec::orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace cl
