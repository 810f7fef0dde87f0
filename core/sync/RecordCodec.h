#pragma once

#include "registry/NewEntityWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <set>
#include <vector>

struct sqlite3;

namespace cl {

class WriteTransaction;

// One pending change of the outbox (table outbox), as the exporter hands it to a codec.
struct OutboxChange
{
    qint64 id = 0;
    QString kind;
    QString recordKey;
    QByteArray payload;  // JSON text
};

// What applying a package did, summed over its codecs.
struct ApplyCounts
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

// The state one package's apply shares between its codecs: the transaction, entity lookups
// (codes → ids, creating entities first seen), the entities touched (their lights are recomputed
// at the end), and the import batch that imported evaluations point to.
class ApplyContext
{
    Q_DECLARE_TR_FUNCTIONS(ApplyContext)

public:
    ApplyContext(WriteTransaction &tx, QString sender, QString packageName, QString packageSha256);
    ~ApplyContext();

    WriteTransaction &tx() { return m_tx; }
    QSqlDatabase sql() const;
    sqlite3 *raw() const;
    const QString &sender() const { return m_sender; }
    const QString &packageName() const { return m_packageName; }
    ApplyCounts &counts() { return m_counts; }

    // The id of the entity with this code, 0 when unknown.
    qint64 entityId(const QString &code);
    // Reads every entity's code and id once, so lookups of a big package never touch the index.
    // newCodes: room for as many codes the package may add.
    void preloadEntities(qsizetype newCodes = 0);
    // The id, creating the entity from its code and name (as a grade import does) when unknown.
    // created (optional) tells whether it was created now.
    qint64 ensureEntity(const QString &code, const QString &name, bool *created = nullptr);
    // The same, but a new entity's row may be written later, with others in one statement: for a
    // codec that reads and changes no entity row until flushEntities() (which writes the queued
    // ones; PackageApplier calls it after each codec). The id is final at once.
    qint64 queueEntity(const QString &code, const QString &name, bool *created = nullptr);
    // The same with the new entity's values made ready by the caller (UTF-8 of the code, name, codeTypeOf,
    // kindOf and SearchText::grams of the name; the id is assigned here): views that must stay valid
    // until flushEntities().
    qint64 queueEntity(const QString &code, const NewEntity &values, bool *created = nullptr);
    void flushEntities();
    // How an entity created from its code alone is typed: USCC with the kind its code says (as a grade
    // import does), or ID_CARD, a natural person.
    static QByteArrayView codeTypeOf(const QString &code);
    static QString kindOf(const QString &code);
    void touch(qint64 entityId) { m_touched.insert(entityId); }
    const std::set<qint64> &touched() const { return m_touched; }
    // The department with this name or alias, 0 when unknown.
    qint64 departmentId(const QString &nameOrAlias);
    // An import_batches row (source 'sync') for this package, created on first use.
    qint64 batchId(qint64 rows);
    // Audits one effect of a received record on this office's own work (sync.effect.<kind>: a verification
    // task created, a finding recorded, a licence revoked, a repair applied), naming the sending office and
    // the package, and counts it for the package's sync.import entry.
    void effect(const QString &kind, const QString &objectType, const QString &objectId, QJsonObject detail);
    const QMap<QString, qint64> &effects() const { return m_effects; }
    // Whether this office verifies commitments for the department (sync settings, read once).
    bool verifiesFor(qint64 departmentId) const { return m_verifiesFor.contains(departmentId); }

private:
    WriteTransaction &m_tx;
    QString m_sender;
    QString m_packageName;
    QString m_packageSha256;
    ApplyCounts m_counts;
    QHash<QString, qint64> m_entityIds;
    bool m_allEntitiesLoaded = false;
    QHash<QString, qint64> m_departments;
    QList<qint64> m_verifiesFor;
    QMap<QString, qint64> m_effects;
    std::set<qint64> m_touched;
    qint64 m_batchId = 0;
    QString m_now;  // one timestamp for the whole apply (the clock is read once)
    qint64 queueNew(const QString &code, NewEntity values, bool *created);
    std::vector<NewEntity> m_queuedEntities;
    std::vector<QByteArray> m_ownedTexts;  // the values of queued entities that queueEntity made itself
    qint64 m_nextEntityId = 0;  // 0 until the first entity is created
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

// One record kind of the sync package (DESIGN.md §4, DOMAIN.md §9): its data file and header of
// §9 codes, how pending outbox changes become rows, how a row is checked, and how rows are
// applied (an idempotent upsert by the record's stable key; withdrawals are status updates,
// never deletes). One codec per file in core/sync/codecs/, listed once in CodecRegistry.cpp;
// docs/sync-format.md says how to add one.
class RecordCodec
{
    Q_DECLARE_TR_FUNCTIONS(RecordCodec)

public:
    virtual ~RecordCodec();

    virtual QString kind() const = 0;          // manifest "kind", e.g. "evaluation"
    virtual QString fileName() const = 0;      // e.g. "evaluations.csv"
    virtual QStringList header() const = 0;    // the §9 codes, in file order
    // Outbox kinds this codec exports (default: kind()).
    virtual QStringList outboxKinds() const { return {kind()}; }
    // Codecs apply in ascending order: entities before the records that name them.
    virtual int applyOrder() const { return 50; }

    // Appends the rows for the pending changes (already reduced to the latest per record key).
    // Default: the payload is a JSON object keyed by the header codes (what WriteTransaction::outbox
    // callers of approval and enforcement write); missing codes are empty cells.
    // office: the exporting office's code (for data-source columns).
    virtual void exportRows(const QSqlDatabase &db, const QString &office, const std::vector<OutboxChange> &changes,
                            std::vector<QStringList> &rows) const;
    // Why a row cannot be applied (translated), or empty. Runs for every row before anything is
    // written, so a bad record refuses the package as a whole.
    virtual QString validate(const QStringList &row) const;
    virtual void apply(ApplyContext &ctx, const std::vector<QStringList> &rows) const = 0;

protected:
    // The column of a header code (asserted to exist).
    int column(const QString &code) const;
    static bool isIsoDate(const QString &text);
    // Empty cells come as null strings, which QtSql binds as NULL; the record's text columns take ''.
    static QStringList nonNull(QStringList row);
    // NULL for an empty cell (optional dates and codes).
    static QVariant orNull(const QString &text);
};

} // namespace cl
