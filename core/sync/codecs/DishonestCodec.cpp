// dishonest.csv: the serious-dishonesty list (严重失信主体名单, DOMAIN.md §9.5), inbound from the
// city platform. Key: entity code + listing authority + listed on. Removal from the list is the
// removed-on date (a status update), never a deleted row.
#include "credit/UsccValidator.h"
#include "db/RawStatement.h"
#include "sync/RecordCodec.h"

namespace cl::codecs {

namespace {

enum Col { Name, Code, Authority, Basis, ListedOn, RemovedOn, Remark };

class DishonestCodec : public RecordCodec
{
public:
    QString kind() const override { return QStringLiteral("dishonest"); }
    QString fileName() const override { return QStringLiteral("dishonest.csv"); }
    QStringList header() const override
    {
        return {QStringLiteral("SX_XDR_MC"), QStringLiteral("SX_XDR_SHXYM"), QStringLiteral("SX_LRJG"), QStringLiteral("SX_LRYJ"),
                QStringLiteral("SX_LRRQ"), QStringLiteral("SX_YCRQ"), QStringLiteral("BZ")};
    }
    int applyOrder() const override { return 30; }

    QString validate(const QStringList &row) const override
    {
        if (row[Code].isEmpty() || row[Code] != UsccValidator::normalize(row[Code]))
            return RecordCodec::tr("the entity code \"%1\" is missing or not in its normal form").arg(row[Code]);
        if (row[Name].trimmed().isEmpty() || row[Authority].trimmed().isEmpty())
            return RecordCodec::tr("the entity name and the listing authority are required");
        if (!isIsoDate(row[ListedOn]))
            return RecordCodec::tr("the listing date \"%1\" is not YYYY-MM-DD").arg(row[ListedOn]);
        if (!row[RemovedOn].isEmpty() && !isIsoDate(row[RemovedOn]))
            return RecordCodec::tr("the removal date \"%1\" is not YYYY-MM-DD").arg(row[RemovedOn]);
        return {};
    }

    void apply(ApplyContext &ctx, const std::vector<QStringList> &rows) const override
    {
        RawStatement find(ctx.raw(), "SELECT id, basis, coalesce(removed_on, '') FROM dishonest_list "
                                     "WHERE entity_id = ? AND listing_authority = ? AND listed_on = ?");
        RawStatement insert(ctx.raw(), "INSERT INTO dishonest_list(entity_id, listing_authority, basis, listed_on, removed_on, source) "
                                       "VALUES (?, ?, ?, ?, nullif(?, ''), ?)");
        RawStatement update(ctx.raw(), "UPDATE dishonest_list SET basis = ?, removed_on = nullif(?, '') WHERE id = ?");
        const QString source = QStringLiteral("sync:") + ctx.sender();
        for (const QStringList &row : rows) {
            const qint64 entity = ctx.ensureEntity(row[Code], row[Name].trimmed());
            ctx.touch(entity);
            const QString authority = row[Authority].trimmed();
            find.bind(1, entity).bind(2, authority).bind(3, row[ListedOn]);
            if (find.step()) {
                const qint64 id = find.int64(0);
                const bool same = find.text(1) == row[Basis] && find.text(2) == row[RemovedOn];
                find.reset();
                if (same) {
                    ++ctx.counts().unchanged;
                    continue;
                }
                update.bind(1, row[Basis]).bind(2, row[RemovedOn]).bind(3, id);
                update.run();
                ++ctx.counts().updated;
                continue;
            }
            find.reset();
            insert.bind(1, entity).bind(2, authority).bind(3, row[Basis]).bind(4, row[ListedOn]).bind(5, row[RemovedOn]).bind(6, source);
            insert.run();
            ++ctx.counts().inserted;
        }
    }
};

} // namespace

std::unique_ptr<RecordCodec> makeDishonestCodec()
{
    return std::make_unique<DishonestCodec>();
}

} // namespace cl::codecs
