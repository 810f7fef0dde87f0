#include "ImportProfiles.h"

#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "registry/ReferenceData.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cl {

namespace {

QJsonObject toJson(const QHash<QString, QString> &headers)
{
    QJsonObject o;
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QList<ImportProfile> ImportProfiles::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = sql::prepare(m_db.sql(),
                               QStringLiteral("SELECT p.id, p.department_id, d.name, p.name, p.columns, p.updated_by, p.updated_at "
                                              "FROM import_profiles p JOIN departments d ON d.id = p.department_id WHERE ")
                                   + where + QStringLiteral(" ORDER BY p.updated_at DESC, p.id DESC"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    QList<ImportProfile> out;
    while (q.next()) {
        ImportProfile p;
        p.id = q.value(0).toLongLong();
        p.departmentId = q.value(1).toLongLong();
        p.department = q.value(2).toString();
        p.name = q.value(3).toString();
        const QJsonObject columns = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
            p.headers.insert(it.key(), it.value().toString());
        p.updatedBy = q.value(5).toString();
        p.updatedAt = q.value(6).toString();
        out << p;
    }
    return out;
}

QList<ImportProfile> ImportProfiles::forDepartment(qint64 departmentId) const
{
    return read(QStringLiteral("p.department_id = ?"), {departmentId});
}

std::optional<ImportProfile> ImportProfiles::byName(qint64 departmentId, const QString &name) const
{
    const QList<ImportProfile> found = read(QStringLiteral("p.department_id = ? AND p.name = ?"), {departmentId, name.trimmed()});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

ImportProfile ImportProfiles::save(const Actor &actor, qint64 departmentId, const QString &name, const QHash<QString, QString> &headers)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error(ErrorKind::Invalid, tr("A column mapping profile needs a name."));
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        if (GradeColumns::fieldOfKey(it.key()) < 0)
            throw Error(ErrorKind::Invalid, tr("\"%1\" is not a field of the grade file.").arg(it.key()));
    WriteTransaction tx(m_db, actor, Permission::GradesImport);
    const QString department = sql::scalar(tx.sql(), QStringLiteral("SELECT name FROM departments WHERE id = ?"), {departmentId}).toString();
    if (department.isEmpty())
        throw Error(ErrorKind::Invalid, tr("A column mapping profile belongs to a department; choose the department first."));
    const std::optional<ImportProfile> before = byName(departmentId, trimmed);
    const QString columns = QString::fromUtf8(QJsonDocument(toJson(headers)).toJson(QJsonDocument::Compact));
    sql::exec(tx.sql(),
              QStringLiteral("INSERT INTO import_profiles(department_id, name, columns, updated_by, updated_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(department_id, name) DO UPDATE SET columns = excluded.columns, "
                             "updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
              {departmentId, trimmed, columns, actor.auditName(), Clock::nowIso()});
    const QJsonObject after{{QStringLiteral("department"), department}, {QStringLiteral("name"), trimmed},
                            {QStringLiteral("columns"), toJson(headers)}};
    tx.audit(QStringLiteral("import_profile.save"), QStringLiteral("import_profile"), department + QLatin1Char('/') + trimmed,
             before ? QJsonObject{{QStringLiteral("columns"), toJson(before->headers)}} : QJsonObject(), after);
    tx.commit();
    return *byName(departmentId, trimmed);
}

ImportProfiles::Match ImportProfiles::match(const ImportProfile &profile, const QStringList &header)
{
    Match m;
    QStringList normalized;
    for (const QString &h : header)
        normalized << GradeColumns::normalizeHeader(h);
    for (int f = 0; f < GradeColumns::FieldCount; ++f) {
        const QString key = GradeColumns::key(GradeColumns::Field(f));
        const auto it = profile.headers.constFind(key);
        if (it == profile.headers.constEnd())
            continue;  // not in the profile: matched by the usual names
        if (it->isEmpty()) {
            m.columns.insert(key, -1);
            continue;
        }
        const int column = int(normalized.indexOf(GradeColumns::normalizeHeader(*it)));
        if (column < 0)
            m.missing << *it;
        else
            m.columns.insert(key, column);
    }
    return m;
}

std::optional<ImportProfile> ImportProfiles::suggest(qint64 departmentId, const QStringList &header) const
{
    if (departmentId <= 0)
        return std::nullopt;
    for (const ImportProfile &p : forDepartment(departmentId))
        if (match(p, header).fits())
            return p;
    return std::nullopt;
}

QHash<QString, QString> ImportProfiles::headersOf(const GradeColumns::Mapping &mapping, const QStringList &header)
{
    QHash<QString, QString> out;
    for (int f = 0; f < GradeColumns::FieldCount; ++f) {
        const int c = mapping.column[f];
        out.insert(GradeColumns::key(GradeColumns::Field(f)), c >= 0 && c < header.size() ? header.at(c).trimmed() : QString());
    }
    return out;
}

qint64 ImportProfiles::departmentFor(const QSqlDatabase &db, const QString &departmentOption, const Actor &actor)
{
    if (!departmentOption.isEmpty())
        return ReferenceData::departmentIdByName(db, departmentOption);
    return actor.departmentId;
}

} // namespace cl
