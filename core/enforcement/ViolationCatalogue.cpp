#include "ViolationCatalogue.h"

#include "DiscretionEngine.h"
#include "Money.h"
#include "auth/Actor.h"
#include "common/Csv.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/ReferenceData.h"
#include "report/XlsxTableWriter.h"
#include "supervision/TableReader.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>

namespace cl {

namespace {

const char *const SelectItems =
    "SELECT v.id, v.code, v.domain, v.department_id, d.name, v.name, v.violation_basis, v.penalty_basis, v.fine_min_fen, "
    "v.fine_max_fen, coalesce(v.soft_seq, 0), coalesce(v.soft_level, ''), v.soft_conditions, v.active "
    "FROM violation_items v JOIN departments d ON d.id = v.department_id ";

ViolationItem readItem(const QSqlQuery &q)
{
    ViolationItem i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.domain = q.value(2).toString();
    i.departmentId = q.value(3).toLongLong();
    i.department = q.value(4).toString();
    i.name = q.value(5).toString();
    i.violationBasis = q.value(6).toString();
    i.penaltyBasis = q.value(7).toString();
    i.fineMinFen = q.value(8).toLongLong();
    i.fineMaxFen = q.value(9).toLongLong();
    i.softSeq = q.value(10).toInt();
    i.softLevel = q.value(11).toString();
    i.softConditions = q.value(12).toString();
    i.active = q.value(13).toInt() == 1;
    return i;
}

// Column keys with their Chinese header (as exported) and accepted aliases.
struct Column
{
    const char *key;
    const char16_t *header;
    const char *alias;
    bool required;
};
const Column Columns[] = {
    {"code", u"编码", "code", true},
    {"soft_seq", u"序号", "seq", false},
    {"domain", u"领域", "domain", true},
    {"department", u"执法部门", "department", true},
    {"soft_level", u"裁量等级", "level", false},
    {"name", u"违法行为", "violation", true},
    {"violation_basis", u"违法依据", "violation_basis", true},
    {"penalty_basis", u"处罚依据", "penalty_basis", true},
    {"soft_conditions", u"适用情形", "conditions", false},
    {"fine_min", u"罚款下限（元）", "fine_min_yuan", true},
    {"fine_max", u"罚款上限（元）", "fine_max_yuan", true},
};

QString levelFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &level : {QStringLiteral("no_penalty"), QStringLiteral("mitigated"), QStringLiteral("lighter")}) {
        if (t == level || t == DiscretionEngine::outcomeChinese(level))
            return level;
    }
    return {};
}

} // namespace

QString ViolationCatalogue::softLevelLabel(const QString &level)
{
    return DiscretionEngine::outcomeLabel(level);
}

QList<ViolationItem> ViolationCatalogue::items(bool softListOnly, bool activeOnly) const
{
    QString where;
    if (softListOnly)
        where += QStringLiteral("WHERE v.soft_seq IS NOT NULL ");
    if (activeOnly)
        where += where.isEmpty() ? QStringLiteral("WHERE v.active = 1 ") : QStringLiteral("AND v.active = 1 ");
    QSqlQuery q = sql::exec(m_db.sql(), QLatin1String(SelectItems) + where
                                            + QStringLiteral("ORDER BY v.soft_seq IS NULL, v.soft_seq, v.code"));
    QList<ViolationItem> out;
    while (q.next())
        out << readItem(q);
    return out;
}

std::optional<ViolationItem> ViolationCatalogue::byCode(const QString &code) const
{
    QSqlQuery q = sql::exec(m_db.sql(), QLatin1String(SelectItems) + QStringLiteral("WHERE v.code = ?"), {code.trimmed().toUpper()});
    if (!q.next())
        return std::nullopt;
    return readItem(q);
}

std::optional<ViolationItem> ViolationCatalogue::byId(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db.sql(), QLatin1String(SelectItems) + QStringLiteral("WHERE v.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readItem(q);
}

ViolationItem ViolationCatalogue::require(const QString &code) const
{
    const std::optional<ViolationItem> item = byCode(code);
    if (!item || !item->active)
        throw Error(ErrorKind::NotFound,
                    tr("There is no violation item with the code \"%1\" in the catalogue; enforce items lists the codes.").arg(code.trimmed()));
    return *item;
}

void ViolationCatalogue::check(const ViolationItem &item, bool isNew) const
{
    const QString code = item.code.trimmed().toUpper();
    if (code.isEmpty())
        throw Error(ErrorKind::Invalid, tr("Enter the code of the violation item."));
    if (item.name.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Describe the violation."));
    if (item.domain.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Enter the field (领域) of the violation item."));
    if (item.departmentId <= 0
        || sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM departments WHERE id = ?"), {item.departmentId}).toInt() == 0)
        throw Error(ErrorKind::Invalid, tr("Choose the enforcing department."));
    if (item.violationBasis.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Enter the provision that is violated (违法依据)."));
    if (item.penaltyBasis.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Enter the provision the penalty rests on (处罚依据)."));
    const std::optional<ViolationItem> existing = byCode(code);
    if (isNew && existing)
        throw Error(ErrorKind::Invalid, tr("The code %1 is already used by the violation item \"%2\".").arg(code, existing->name));
    if (!isNew && !existing)
        throw Error(ErrorKind::NotFound,
                    tr("There is no violation item with the code \"%1\" in the catalogue; enforce items lists the codes.").arg(code));
    if (item.fineMinFen < 0 || item.fineMaxFen < 0)
        throw Error(ErrorKind::Invalid, tr("Statutory fines cannot be negative."));
    if (item.fineMinFen > item.fineMaxFen)
        throw Error(ErrorKind::Invalid, tr("The minimum fine (%1 yuan) is above the maximum (%2 yuan).")
                                            .arg(money::yuanText(item.fineMinFen), money::yuanText(item.fineMaxFen)));
    if (item.softSeq < 0)
        throw Error(ErrorKind::Invalid, tr("\"%1\" is not a positive sequence number.").arg(item.softSeq));
    if (item.onSoftList()) {
        if (!QStringList{QStringLiteral("no_penalty"), QStringLiteral("mitigated"), QStringLiteral("lighter")}.contains(item.softLevel))
            throw Error(ErrorKind::Invalid, tr("The level must be 不予处罚, 减轻 or 从轻 for an item on the soft list."));
        if (item.softConditions.trimmed().isEmpty())
            throw Error(ErrorKind::Invalid, tr("Describe the conditions (适用情形) under which the soft-list level applies."));
        const QVariant holder = sql::scalar(m_db.sql(), QStringLiteral("SELECT code FROM violation_items WHERE soft_seq = ? AND code <> ?"),
                                            {item.softSeq, code});
        if (holder.isValid() && !holder.isNull())
            throw Error(ErrorKind::Invalid, tr("The sequence number %1 is already used by the item %2.").arg(item.softSeq).arg(holder.toString()));
    }
}

qint64 ViolationCatalogue::save(const Actor &actor, const ViolationItem &item, bool isNew)
{
    WriteTransaction tx(m_db, actor, Permission::SettingsEdit);
    check(item, isNew);
    const QString code = item.code.trimmed().toUpper();
    const std::optional<ViolationItem> before = byCode(code);
    const QVariant softSeq = item.onSoftList() ? QVariant(item.softSeq) : QVariant();
    const QVariant softLevel = item.onSoftList() ? QVariant(item.softLevel) : QVariant();
    const QString conditions = item.onSoftList() ? item.softConditions.trimmed() : QStringLiteral("");
    if (before) {
        sql::exec(tx.sql(), QStringLiteral("UPDATE violation_items SET domain = ?, department_id = ?, name = ?, violation_basis = ?, "
                                           "penalty_basis = ?, fine_min_fen = ?, fine_max_fen = ?, soft_seq = ?, soft_level = ?, "
                                           "soft_conditions = ?, active = ? WHERE id = ?"),
                  {item.domain.trimmed(), item.departmentId, item.name.trimmed(), item.violationBasis.trimmed(), item.penaltyBasis.trimmed(),
                   item.fineMinFen, item.fineMaxFen, softSeq, softLevel, conditions, item.active ? 1 : 0, before->id});
    } else {
        sql::exec(tx.sql(), QStringLiteral("INSERT INTO violation_items(code, domain, department_id, name, violation_basis, penalty_basis, "
                                           "fine_min_fen, fine_max_fen, soft_seq, soft_level, soft_conditions, active) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                  {code, item.domain.trimmed(), item.departmentId, item.name.trimmed(), item.violationBasis.trimmed(), item.penaltyBasis.trimmed(),
                   item.fineMinFen, item.fineMaxFen, softSeq, softLevel, conditions, item.active ? 1 : 0});
    }
    const ViolationItem after = *byCode(code);
    tx.audit(before ? QStringLiteral("violation_item.update") : QStringLiteral("violation_item.add"), QStringLiteral("violation_item"), code,
             before ? before->toJson() : QJsonObject(), after.toJson());
    tx.commit();
    return after.id;
}

void ViolationCatalogue::setActive(const Actor &actor, const QString &code, bool active)
{
    WriteTransaction tx(m_db, actor, Permission::SettingsEdit);
    const std::optional<ViolationItem> item = byCode(code);
    if (!item)
        throw Error(ErrorKind::NotFound,
                    tr("There is no violation item with the code \"%1\" in the catalogue; enforce items lists the codes.").arg(code.trimmed()));
    if (item->active == active)
        return;
    sql::exec(tx.sql(), QStringLiteral("UPDATE violation_items SET active = ? WHERE id = ?"), {active ? 1 : 0, item->id});
    tx.audit(active ? QStringLiteral("violation_item.activate") : QStringLiteral("violation_item.deactivate"), QStringLiteral("violation_item"),
             item->code, QJsonObject{{QStringLiteral("active"), item->active}}, QJsonObject{{QStringLiteral("active"), active}});
    tx.commit();
}

int ViolationCatalogue::nextSoftSeq() const
{
    return sql::scalar(m_db.sql(), QStringLiteral("SELECT coalesce(max(soft_seq), 0) + 1 FROM violation_items")).toInt();
}

QStringList ViolationCatalogue::exportHeader()
{
    QStringList h;
    for (const Column &c : Columns)
        h << QString::fromUtf16(c.header);
    return h;
}

QStringList ViolationCatalogue::exportRow(const ViolationItem &i)
{
    return {i.code,
            i.onSoftList() ? QString::number(i.softSeq) : QString(),
            i.domain,
            i.department,
            i.onSoftList() ? DiscretionEngine::outcomeChinese(i.softLevel) : QString(),
            i.name,
            i.violationBasis,
            i.penaltyBasis,
            i.softConditions,
            money::yuanText(i.fineMinFen),
            money::yuanText(i.fineMaxFen)};
}

void ViolationCatalogue::exportFile(const QString &path, bool softListOnly) const
{
    QList<QStringList> rows;
    for (const ViolationItem &i : items(softListOnly))
        rows << exportRow(i);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        QList<bool> numeric(exportHeader().size(), false);
        numeric[1] = numeric[9] = numeric[10] = true;
        XlsxTableWriter::write(path, {{tr("Soft-enforcement list"), exportHeader(), rows, numeric}});
        return;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(Csv::document(exportHeader(), rows));
    if (!f.commit())
        throw Error(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
}

ViolationCatalogue::ImportResult ViolationCatalogue::importFile(const Actor &actor, const QString &path)
{
    std::unique_ptr<TableReader> reader = TableReader::open(path);
    QStringList cells;
    if (!reader->readRow(cells))
        throw Error(ErrorKind::Invalid, tr("%1 holds no header row.").arg(path));
    QHash<QString, int> at;
    for (int c = 0; c < cells.size(); ++c) {
        const QString h = cells.at(c).trimmed();
        for (const Column &col : Columns) {
            const QString header = QString::fromUtf16(col.header);
            const QString bare = QString(header).remove(QStringLiteral("（元）"));
            if (h == header || h == bare || h.compare(QLatin1String(col.alias), Qt::CaseInsensitive) == 0
                || h.compare(QLatin1String(col.key), Qt::CaseInsensitive) == 0)
                at.insert(QLatin1String(col.key), c);
        }
    }
    QStringList missing;
    for (const Column &col : Columns)
        if (col.required && !at.contains(QLatin1String(col.key)))
            missing << QString::fromUtf16(col.header);
    if (!missing.isEmpty())
        throw Error(ErrorKind::Invalid, tr("%1 lacks the required columns: %2. Nothing was imported.").arg(path, missing.join(QStringLiteral("、"))));

    ImportResult result;
    WriteTransaction tx(m_db, actor, Permission::SettingsEdit);
    const QHash<QString, qint64> departments = ReferenceData::departmentLookup(tx.sql());
    auto cell = [&](const char *key) { const int c = at.value(QLatin1String(key), -1); return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString(); };
    while (reader->readRow(cells)) {
        const qint64 row = reader->rowNumber();
        auto reject = [&](const QString &column, const QString &message) { result.rejected << Issue{row, column, message}; };
        if (!reader->rowProblem().isEmpty()) { reject({}, reader->rowProblem()); continue; }
        ViolationItem i;
        i.code = cell("code").toUpper();
        i.domain = cell("domain");
        i.name = cell("name");
        i.violationBasis = cell("violation_basis");
        i.penaltyBasis = cell("penalty_basis");
        i.softConditions = cell("soft_conditions");
        if (i.softConditions.isNull())
            i.softConditions = QStringLiteral("");
        bool bad = false;
        for (const Column &col : Columns)
            if (col.required && cell(col.key).isEmpty()) { reject(QString::fromUtf16(col.header), tr("A value is required.")); bad = true; break; }
        if (bad) continue;
        i.departmentId = departments.value(ReferenceData::normalizeName(cell("department")), 0);
        if (i.departmentId == 0) { reject(QString::fromUtf16(Columns[3].header), tr("Unknown department \"%1\".").arg(cell("department"))); continue; }
        const auto lo = money::parseYuan(cell("fine_min"));
        const auto hi = money::parseYuan(cell("fine_max"));
        if (!lo) { reject(QString::fromUtf16(Columns[9].header), tr("\"%1\" is not an amount in yuan (0 or more, at most two decimals).").arg(cell("fine_min"))); continue; }
        if (!hi) { reject(QString::fromUtf16(Columns[10].header), tr("\"%1\" is not an amount in yuan (0 or more, at most two decimals).").arg(cell("fine_max"))); continue; }
        if (*hi < *lo) { reject(QString::fromUtf16(Columns[10].header), tr("The maximum fine is below the minimum.")); continue; }
        i.fineMinFen = *lo;
        i.fineMaxFen = *hi;
        const QString seq = cell("soft_seq");
        if (!seq.isEmpty()) {
            bool ok = false;
            i.softSeq = seq.toInt(&ok);
            if (!ok || i.softSeq <= 0) { reject(QString::fromUtf16(Columns[1].header), tr("\"%1\" is not a positive sequence number.").arg(seq)); continue; }
            i.softLevel = levelFromText(cell("soft_level"));
            if (i.softLevel.isEmpty()) { reject(QString::fromUtf16(Columns[4].header), tr("The level must be 不予处罚, 减轻 or 从轻 for an item on the soft list.")); continue; }
        }
        const QVariant softSeq = i.onSoftList() ? QVariant(i.softSeq) : QVariant();
        const QVariant softLevel = i.onSoftList() ? QVariant(i.softLevel) : QVariant();
        const std::optional<ViolationItem> before = byCode(i.code);
        try {
            if (before) {
                sql::exec(tx.sql(), QStringLiteral("UPDATE violation_items SET domain = ?, department_id = ?, name = ?, violation_basis = ?, "
                                                   "penalty_basis = ?, fine_min_fen = ?, fine_max_fen = ?, soft_seq = ?, soft_level = ?, "
                                                   "soft_conditions = ?, active = 1 WHERE id = ?"),
                          {i.domain, i.departmentId, i.name, i.violationBasis, i.penaltyBasis, i.fineMinFen, i.fineMaxFen, softSeq, softLevel,
                           i.softConditions, before->id});
            } else {
                sql::exec(tx.sql(), QStringLiteral("INSERT INTO violation_items(code, domain, department_id, name, violation_basis, penalty_basis, "
                                                   "fine_min_fen, fine_max_fen, soft_seq, soft_level, soft_conditions) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                          {i.code, i.domain, i.departmentId, i.name, i.violationBasis, i.penaltyBasis, i.fineMinFen, i.fineMaxFen, softSeq, softLevel,
                           i.softConditions});
            }
        } catch (const Error &) {
            reject(QString::fromUtf16(Columns[1].header), tr("The sequence number %1 is already used by another item.").arg(i.softSeq));
            continue;
        }
        const std::optional<ViolationItem> after = byCode(i.code);
        if (before && before->toJson() == after->toJson()) {
            ++result.unchanged;
            continue;
        }
        before ? ++result.updated : ++result.inserted;
        tx.audit(before ? QStringLiteral("violation_item.update") : QStringLiteral("violation_item.add"), QStringLiteral("violation_item"),
                 i.code, before ? before->toJson() : QJsonObject(), after->toJson());
    }
    tx.commit();
    return result;
}

} // namespace cl
