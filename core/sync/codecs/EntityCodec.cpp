// entities.csv: entity register updates (DOMAIN.md §9.5). Key: the entity code. A withdrawal
// (revoked, deregistered, closed) is a status update.
#include "common/Clock.h"
#include "common/Error.h"
#include "credit/UsccValidator.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"
#include "registry/Entity.h"
#include "sync/RecordCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cl::codecs {

namespace {

enum Col { Name, Kind, Code, CodeType, LegalRep, Industry, Town, Address, RegisteredOn, Status, Remark };

class EntityCodec : public RecordCodec
{
public:
    QString kind() const override { return QStringLiteral("entity"); }
    QString fileName() const override { return QStringLiteral("entities.csv"); }
    QStringList header() const override
    {
        return {QStringLiteral("ZT_MC"), QStringLiteral("ZT_LB"), QStringLiteral("ZT_SHXYM"), QStringLiteral("ZT_ZJLX"),
                QStringLiteral("ZT_FRDB"), QStringLiteral("ZT_HYLY"), QStringLiteral("ZT_SZXZ"), QStringLiteral("ZT_DZ"),
                QStringLiteral("ZT_CLRQ"), QStringLiteral("ZT_ZT"), QStringLiteral("BZ")};
    }
    int applyOrder() const override { return 10; }

    void exportRows(const QSqlDatabase &, const QString &, const std::vector<OutboxChange> &changes,
                    std::vector<QStringList> &rows) const override
    {
        for (const OutboxChange &c : changes) {
            const QJsonObject o = QJsonDocument::fromJson(c.payload).object();
            auto v = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
            rows.push_back({v("name"), v("kind"), v("code"), v("code_type"), v("legal_rep"), v("industry"), v("town"),
                            v("address"), v("registered_on"), v("status"), QString()});
        }
    }

    QString validate(const QStringList &row) const override
    {
        if (row[Code].isEmpty() || row[Code] != UsccValidator::normalize(row[Code]))
            return RecordCodec::tr("the entity code \"%1\" is missing or not in its normal form").arg(row[Code]);
        if (row[Name].trimmed().isEmpty())
            return RecordCodec::tr("the entity name is missing");
        if (!row[Kind].isEmpty() && !Entity::kinds().contains(row[Kind]))
            return RecordCodec::tr("unknown entity kind \"%1\"").arg(row[Kind]);
        if (!statuses().contains(row[Status]))
            return RecordCodec::tr("unknown entity status \"%1\"").arg(row[Status]);
        if (!row[RegisteredOn].isEmpty() && !isIsoDate(row[RegisteredOn]))
            return RecordCodec::tr("the registration date \"%1\" is not YYYY-MM-DD").arg(row[RegisteredOn]);
        if (!row[CodeType].isEmpty() && row[CodeType] != QLatin1String("USCC") && row[CodeType] != QLatin1String("ID_CARD"))
            return RecordCodec::tr("unknown code type \"%1\"").arg(row[CodeType]);
        return {};
    }

    void apply(ApplyContext &ctx, const std::vector<QStringList> &rows) const override
    {
        QHash<QString, qint64> industries, towns;
        QSqlQuery q = sql::exec(ctx.sql(), QStringLiteral("SELECT id, name FROM industries"));
        while (q.next())
            industries.insert(q.value(1).toString(), q.value(0).toLongLong());
        q = sql::exec(ctx.sql(), QStringLiteral("SELECT id, name FROM towns"));
        while (q.next())
            towns.insert(q.value(1).toString(), q.value(0).toLongLong());

        RawStatement current(ctx.raw(), "SELECT name, kind, coalesce(legal_rep, ''), coalesce(industry_id, 0), coalesce(town_id, 0), "
                                        "coalesce(address, ''), coalesce(registered_on, ''), status FROM entities WHERE id = ?");
        // The representative's ID number is personal data and not exchanged (docs/sync-format.md). It belongs to the
        // person named: when an update names another representative, the number is cleared rather than left to
        // stand for the new one (the SET expressions see the row as it was before the update).
        RawStatement update(ctx.raw(), "UPDATE entities SET name = ?, kind = ?, legal_rep = nullif(?, ''), industry_id = nullif(?, 0), "
                                       "town_id = nullif(?, 0), address = nullif(?, ''), registered_on = nullif(?, ''), status = ?, "
                                       "updated_at = ?, legal_rep_id_no = CASE WHEN coalesce(legal_rep, '') = ? THEN legal_rep_id_no END "
                                       "WHERE id = ?");
        RawStatement dropGrams(ctx.raw(), "INSERT INTO entity_search(entity_search, rowid, grams) VALUES ('delete', ?, cl_grams(?))");
        RawStatement addGrams(ctx.raw(), "INSERT INTO entity_search(rowid, grams) VALUES (?, cl_grams(?))");
        const QString now = Clock::nowIso();
        for (const QStringList &row : rows) {
            const bool known = ctx.entityId(row[Code]) != 0;
            const qint64 id = ctx.ensureEntity(row[Code], row[Name].trimmed());
            current.bind(1, id);
            current.step();
            const QString oldName = current.text(0);
            const QStringList before{oldName, current.text(1), current.text(2), QString::number(current.int64(3)),
                                     QString::number(current.int64(4)), current.text(5), current.text(6), current.text(7)};
            current.reset();
            const QString name = row[Name].trimmed();
            const QString kind = row[Kind].isEmpty() ? before[1] : row[Kind];
            // Industry and town are matched by name; a name this office does not know keeps its own value.
            const qint64 industry = row[Industry].isEmpty() ? 0 : industries.value(row[Industry], before[3].toLongLong());
            const qint64 town = row[Town].isEmpty() ? 0 : towns.value(row[Town], before[4].toLongLong());
            const QStringList after{name, kind, row[LegalRep], QString::number(industry), QString::number(town), row[Address],
                                    row[RegisteredOn], row[Status]};
            if (after == before) {
                ++(known ? ctx.counts().unchanged : ctx.counts().inserted);
                ctx.touch(id);
                continue;
            }
            update.bind(1, name).bind(2, kind).bind(3, row[LegalRep]).bind(4, industry).bind(5, town).bind(6, row[Address])
                .bind(7, row[RegisteredOn]).bind(8, row[Status]).bind(9, now).bind(10, row[LegalRep]).bind(11, id);
            update.run();
            if (known && name != oldName) {
                dropGrams.bind(1, id).bind(2, oldName);
                dropGrams.run();
                addGrams.bind(1, id).bind(2, name);
                addGrams.run();
            }
            ++(known ? ctx.counts().updated : ctx.counts().inserted);
            ctx.touch(id);
        }
    }

private:
    static QStringList statuses()
    {
        return {QStringLiteral("active"), QStringLiteral("revoked"), QStringLiteral("cancelled"), QStringLiteral("closed")};
    }
};

} // namespace

std::unique_ptr<RecordCodec> makeEntityCodec()
{
    return std::make_unique<EntityCodec>();
}

} // namespace cl::codecs
