#include "ItemCatalogue.h"

#include "common/Error.h"
#include "auth/Actor.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QJsonArray>

namespace cl {

namespace {
const QString selectItem = QStringLiteral(
    "SELECT i.id, i.code, i.name, i.category, i.approving_department_id, d.name, i.legal_basis, i.conditions, i.statutory_days, "
    "i.promised_days, i.verify_method, i.verify_within_days, i.sample_rate, i.commitment_allowed, i.deficiency_allowed, i.excluded, "
    "i.licence_category, i.certificate_name, i.valid_years, i.letter_template, i.active "
    "FROM approval_items i JOIN departments d ON d.id = i.approving_department_id ");

void fillDetails(const QSqlDatabase &db, ApprovalItem &item)
{
    QSqlQuery s = sql::exec(db, QStringLiteral("SELECT s.department_id, d.name FROM approval_item_supervisors s JOIN departments d "
                                               "ON d.id = s.department_id WHERE s.item_id = ? ORDER BY s.department_id"), {item.id});
    while (s.next()) {
        item.supervisingDepartmentIds << s.value(0).toLongLong();
        item.supervisingDepartments << s.value(1).toString();
    }
    QSqlQuery m = sql::exec(db, QStringLiteral("SELECT seq, name, core FROM approval_item_materials WHERE item_id = ? ORDER BY seq"), {item.id});
    while (m.next())
        item.materials << ItemMaterial{m.value(0).toInt(), m.value(1).toString(), m.value(2).toBool()};
}

QList<ApprovalItem> readItems(const QSqlDatabase &db, QSqlQuery &q)
{
    QList<ApprovalItem> out;
    while (q.next()) {
        ApprovalItem i;
        i.id = q.value(0).toLongLong();
        i.code = q.value(1).toString();
        i.name = q.value(2).toString();
        i.category = q.value(3).toString();
        i.approvingDepartmentId = q.value(4).toLongLong();
        i.approvingDepartment = q.value(5).toString();
        i.legalBasis = q.value(6).toString();
        i.conditions = q.value(7).toString();
        i.statutoryDays = q.value(8).toInt();
        i.promisedDays = q.value(9).toInt();
        i.verifyMethod = q.value(10).toString();
        i.verifyWithinDays = q.value(11).toInt();
        i.sampleRate = q.value(12).toDouble();
        i.commitmentAllowed = q.value(13).toBool();
        i.deficiencyAllowed = q.value(14).toBool();
        i.excluded = q.value(15).toBool();
        i.licenceCategory = q.value(16).toString();
        i.certificateName = q.value(17).toString();
        i.validYears = q.value(18).toInt();
        i.letterTemplate = q.value(19).toString();
        i.active = q.value(20).toBool();
        out << i;
    }
    for (ApprovalItem &i : out)
        fillDetails(db, i);
    return out;
}

QJsonObject itemJson(const ApprovalItem &i)
{
    QJsonArray materials;
    for (const ItemMaterial &m : i.materials)
        materials.append(QJsonObject{{QStringLiteral("seq"), m.seq}, {QStringLiteral("name"), m.name}, {QStringLiteral("core"), m.core}});
    return {{QStringLiteral("code"), i.code}, {QStringLiteral("name"), i.name}, {QStringLiteral("category"), i.category},
            {QStringLiteral("statutory_days"), i.statutoryDays}, {QStringLiteral("promised_days"), i.promisedDays},
            {QStringLiteral("verify_method"), i.verifyMethod}, {QStringLiteral("verify_within_days"), i.verifyWithinDays},
            {QStringLiteral("commitment_allowed"), i.commitmentAllowed}, {QStringLiteral("deficiency_allowed"), i.deficiencyAllowed},
            {QStringLiteral("excluded"), i.excluded}, {QStringLiteral("materials"), materials}};
}
} // namespace

QList<ApprovalItem> ItemCatalogue::list(const QSqlDatabase &db, const QString &search, bool activeOnly)
{
    QString where = activeOnly ? QStringLiteral("WHERE i.active = 1 ") : QStringLiteral("WHERE 1 ");
    QVariantList values;
    const QString text = search.trimmed();
    if (!text.isEmpty()) {
        where += QStringLiteral("AND (i.code LIKE ? OR i.name LIKE ?) ");
        values << QStringLiteral("%") + text + QStringLiteral("%") << QStringLiteral("%") + text + QStringLiteral("%");
    }
    QSqlQuery q = sql::prepare(db, selectItem + where + QStringLiteral("ORDER BY i.code"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    return readItems(db, q);
}

std::optional<ApprovalItem> ItemCatalogue::byCode(const QSqlDatabase &db, const QString &code)
{
    QSqlQuery q = sql::exec(db, selectItem + QStringLiteral("WHERE i.code = ?"), {code.trimmed().toUpper()});
    const QList<ApprovalItem> items = readItems(db, q);
    return items.isEmpty() ? std::nullopt : std::optional<ApprovalItem>(items.first());
}

std::optional<ApprovalItem> ItemCatalogue::byId(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = sql::exec(db, selectItem + QStringLiteral("WHERE i.id = ?"), {id});
    const QList<ApprovalItem> items = readItems(db, q);
    return items.isEmpty() ? std::nullopt : std::optional<ApprovalItem>(items.first());
}

ApprovalItem ItemCatalogue::require(const QSqlDatabase &db, const QString &code)
{
    const std::optional<ApprovalItem> item = byCode(db, code);
    if (!item)
        throw Error(ErrorKind::NotFound, tr("There is no item with the code %1 in the catalogue (list them with approval items).").arg(code.trimmed()));
    if (!item->active)
        throw Error(ErrorKind::Refused, tr("The item %1 %2 is no longer handled (inactive in the catalogue).").arg(item->code, item->name));
    return *item;
}

qint64 ItemCatalogue::save(WriteTransaction &tx, const ApprovalItem &item)
{
    if (item.code.trimmed().isEmpty() || item.name.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("An item needs a code and a name."));
    if (item.legalBasis.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("The item %1 has no legal basis; every item needs one.").arg(item.code));
    if (!categories().contains(item.category))
        throw Error(ErrorKind::Invalid, tr("Unknown item category \"%1\".").arg(item.category));
    if (!verifyMethods().contains(item.verifyMethod))
        throw Error(ErrorKind::Invalid, tr("Unknown verification method \"%1\".").arg(item.verifyMethod));
    if (item.statutoryDays < 0 || item.promisedDays < 0 || item.verifyWithinDays <= 0 || item.promisedDays > item.statutoryDays)
        throw Error(ErrorKind::Invalid, tr("The time limits of item %1 are not consistent: the promised time may not exceed the ordinary "
                                           "time limit and the verification period must be at least one working day.").arg(item.code));
    if (item.sampleRate <= 0 || item.sampleRate > 1)
        throw Error(ErrorKind::Invalid, tr("The sample rate of item %1 must be above 0 and at most 100 %.").arg(item.code));
    const QString code = item.code.trimmed().toUpper();
    const std::optional<ApprovalItem> before = byCode(tx.sql(), code);
    // A null QString binds as NULL: optional texts are stored as ''.
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    QString letter = item.letterTemplate;
    if (letter.isEmpty() && !before)  // a new item starts with the office's standard letter
        letter = sql::scalar(tx.sql(), QStringLiteral("SELECT letter_template FROM approval_items WHERE letter_template <> '' ORDER BY id LIMIT 1")).toString();
    const QVariantList values{code, item.name.trimmed(), item.category, item.approvingDepartmentId, item.legalBasis.trimmed(),
                              text(item.conditions), item.statutoryDays, item.promisedDays, item.verifyMethod, item.verifyWithinDays,
                              item.sampleRate, item.commitmentAllowed ? 1 : 0, item.deficiencyAllowed ? 1 : 0, item.excluded ? 1 : 0,
                              item.licenceCategory.isEmpty() ? QStringLiteral("普通") : item.licenceCategory, text(item.certificateName),
                              item.validYears, text(letter), item.active ? 1 : 0};
    QSqlQuery q = sql::prepare(tx.sql(),
        QStringLiteral("INSERT INTO approval_items(code, name, category, approving_department_id, legal_basis, conditions, statutory_days, "
                       "promised_days, verify_method, verify_within_days, sample_rate, commitment_allowed, deficiency_allowed, excluded, "
                       "licence_category, certificate_name, valid_years, letter_template, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(code) DO UPDATE SET name = excluded.name, category = excluded.category, "
                       "approving_department_id = excluded.approving_department_id, legal_basis = excluded.legal_basis, "
                       "conditions = excluded.conditions, statutory_days = excluded.statutory_days, promised_days = excluded.promised_days, "
                       "verify_method = excluded.verify_method, verify_within_days = excluded.verify_within_days, sample_rate = excluded.sample_rate, "
                       "commitment_allowed = excluded.commitment_allowed, deficiency_allowed = excluded.deficiency_allowed, excluded = excluded.excluded, "
                       "licence_category = excluded.licence_category, certificate_name = excluded.certificate_name, valid_years = excluded.valid_years, "
                       "letter_template = CASE WHEN excluded.letter_template = '' THEN approval_items.letter_template ELSE excluded.letter_template END, "
                       "active = excluded.active"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    const qint64 id = sql::scalar(tx.sql(), QStringLiteral("SELECT id FROM approval_items WHERE code = ?"), {code}).toLongLong();
    if (!item.supervisingDepartmentIds.isEmpty()) {
        sql::exec(tx.sql(), QStringLiteral("DELETE FROM approval_item_supervisors WHERE item_id = ?"), {id});
        for (qint64 d : item.supervisingDepartmentIds)
            sql::exec(tx.sql(), QStringLiteral("INSERT OR IGNORE INTO approval_item_supervisors(item_id, department_id) VALUES (?, ?)"), {id, d});
    }
    if (!item.materials.isEmpty()) {
        sql::exec(tx.sql(), QStringLiteral("DELETE FROM approval_item_materials WHERE item_id = ?"), {id});
        int seq = 0;
        for (const ItemMaterial &m : item.materials)
            sql::exec(tx.sql(), QStringLiteral("INSERT INTO approval_item_materials(item_id, seq, name, core) VALUES (?, ?, ?, ?)"),
                      {id, ++seq, m.name.trimmed(), m.core ? 1 : 0});
    }
    ApprovalItem after = item;
    after.code = code;
    tx.audit(before ? QStringLiteral("item.update") : QStringLiteral("item.add"), QStringLiteral("approval_item"), code,
             before ? itemJson(*before) : QJsonObject{}, itemJson(after));
    return id;
}

void ItemCatalogue::checkEdited(const QSqlDatabase &db, const ApprovalItem &item, bool isNew)
{
    const QString code = item.code.trimmed().toUpper();
    if (code.isEmpty())
        throw Error(ErrorKind::Invalid, tr("Enter the item code."));
    if (item.name.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Enter the item name."));
    const std::optional<ApprovalItem> existing = byCode(db, code);
    if (isNew && existing)
        throw Error(ErrorKind::Invalid, tr("The code %1 is already used by the item %2.").arg(code, existing->name));
    if (!isNew && !existing)
        throw Error(ErrorKind::NotFound, tr("There is no item with the code %1 in the catalogue (list them with approval items).").arg(code));
    if (item.legalBasis.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Enter the legal basis of the item."));
    if (item.supervisingDepartmentIds.isEmpty())
        throw Error(ErrorKind::Invalid, tr("Choose at least one supervising department: it receives the verification tasks."));
    if (item.promisedDays > item.statutoryDays)
        throw Error(ErrorKind::Invalid, tr("The promised working days (%1) may not exceed the ordinary time limit (%2).")
                                            .arg(item.promisedDays).arg(item.statutoryDays));
    if (item.verifyWithinDays <= 0)
        throw Error(ErrorKind::Invalid, tr("Verification must be due within at least one working day."));
    if (item.sampleRate <= 0 || item.sampleRate > 1)
        throw Error(ErrorKind::Invalid, tr("The sample rate must be above 0 % and at most 100 %."));
    if (item.materials.isEmpty())
        throw Error(ErrorKind::Invalid, tr("List at least one material the applicant submits."));
    QStringList names;
    bool anySecondary = false;
    for (const ItemMaterial &m : item.materials) {
        const QString name = m.name.trimmed();
        if (name.isEmpty())
            throw Error(ErrorKind::Invalid, tr("Every material needs a name."));
        if (names.contains(name))
            throw Error(ErrorKind::Invalid, tr("The material \"%1\" is listed twice.").arg(name));
        names << name;
        anySecondary = anySecondary || !m.core;
    }
    if (item.excluded && item.commitmentAllowed)
        throw Error(ErrorKind::Invalid, tr("An item excluded from commitment cannot allow commitment mode."));
    if (item.excluded && item.deficiencyAllowed)
        throw Error(ErrorKind::Invalid, tr("An item excluded from commitment cannot allow 容缺 acceptance."));
    if (item.deficiencyAllowed && !anySecondary)
        throw Error(ErrorKind::Invalid, tr("容缺 acceptance needs at least one secondary material: only secondary materials may be missing."));
}

qint64 ItemCatalogue::saveEdited(Database &db, const Actor &actor, const ApprovalItem &item, bool isNew)
{
    WriteTransaction tx(db, actor, Permission::SettingsEdit);
    checkEdited(tx.sql(), item, isNew);
    const qint64 id = save(tx, item);
    tx.commit();
    return id;
}

void ItemCatalogue::setActive(Database &db, const Actor &actor, const QString &code, bool active)
{
    WriteTransaction tx(db, actor, Permission::SettingsEdit);
    const std::optional<ApprovalItem> item = byCode(tx.sql(), code);
    if (!item)
        throw Error(ErrorKind::NotFound, tr("There is no item with the code %1 in the catalogue (list them with approval items).").arg(code.trimmed()));
    if (item->active == active)
        return;
    sql::exec(tx.sql(), QStringLiteral("UPDATE approval_items SET active = ? WHERE id = ?"), {active ? 1 : 0, item->id});
    tx.audit(active ? QStringLiteral("item.activate") : QStringLiteral("item.deactivate"), QStringLiteral("approval_item"), item->code,
             QJsonObject{{QStringLiteral("active"), item->active}}, QJsonObject{{QStringLiteral("active"), active}});
    tx.commit();
}

QStringList ItemCatalogue::categories()
{
    return {QStringLiteral("certificate"), QStringLiteral("business_licence"), QStringLiteral("other")};
}

QStringList ItemCatalogue::verifyMethods()
{
    return {QStringLiteral("written"), QStringLiteral("online"), QStringLiteral("onsite"), QStringLiteral("publicity")};
}

QString ItemCatalogue::categoryLabel(const QString &category)
{
    if (category == QLatin1String("certificate")) return tr("Certificate item");
    if (category == QLatin1String("business_licence")) return tr("Business licence");
    return tr("Other");
}

QString ItemCatalogue::verifyMethodLabel(const QString &method)
{
    if (method == QLatin1String("written")) return tr("Written review");
    if (method == QLatin1String("online")) return tr("Online check");
    if (method == QLatin1String("onsite")) return tr("On-site inspection");
    if (method == QLatin1String("publicity")) return tr("Publicity check");
    return method;
}

} // namespace cl
