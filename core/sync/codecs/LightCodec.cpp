// lights.csv: the light an office computed for an entity (DOMAIN.md §5). Each office computes its
// own light from the records; received lights are kept per originating office as information
// (table sync_remote_lights), never copied over the local one. Key: origin office + entity code.
#include "common/Clock.h"
#include "credit/UsccValidator.h"
#include "db/MultiRowInsert.h"
#include "db/RawStatement.h"
#include "db/SqlUtil.h"
#include "sync/RecordCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace cl::codecs {

namespace {

enum Col { Name, Code, Light, Rule, AsOf, Origin };

class LightCodec : public RecordCodec
{
public:
    QString kind() const override { return QStringLiteral("light"); }
    QString fileName() const override { return QStringLiteral("lights.csv"); }
    QStringList header() const override
    {
        return {QStringLiteral("XY_XDR_MC"), QStringLiteral("XY_XDR_SHXYM"), QStringLiteral("XY_XYD"), QStringLiteral("XY_GZ"),
                QStringLiteral("XY_JSRQ"), QStringLiteral("XY_SJLY")};
    }
    int applyOrder() const override { return 90; }

    // A light computation queues its changes as one row naming its light_history rows
    // (light_changes, from first to last id); rows queued one per change by earlier versions (kind
    // light, the code in the payload) are still read.
    QStringList outboxKinds() const override { return {QStringLiteral("light_changes"), kind()}; }

    void exportRows(const QSqlDatabase &db, const QString &office, const std::vector<OutboxChange> &changes,
                    std::vector<QStringList> &rows) const override
    {
        // The latest change per entity wins, in the order of the changes (outbox, then history id).
        QHash<QString, size_t> byCode;
        auto add = [&](QStringList row) {
            size_t &at = byCode[row[Code]];
            if (at > 0)
                rows[at - 1].clear();  // dropped below: the later change comes last
            rows.push_back(std::move(row));
            at = rows.size();  // position + 1
        };
        const size_t firstRow = rows.size();
        QSqlQuery range(db);
        range.setForwardOnly(true);
        range.prepare(QStringLiteral("SELECT e.name, e.code, h.light, h.rule_id, h.effective_on FROM light_history h "
                                     "JOIN entities e ON e.id = h.entity_id WHERE h.id BETWEEN ? AND ? ORDER BY h.id"));
        // Names by code for rows of kind light: one scan of the register for a big package, one lookup per row for a small one.
        const bool scan = std::count_if(changes.begin(), changes.end(), [this](const OutboxChange &c) { return c.kind == kind(); }) > 2000;
        QHash<QString, QString> names;
        if (scan) {
            QSqlQuery all = sql::exec(db, QStringLiteral("SELECT code, name FROM entities"));
            while (all.next())
                names.insert(all.value(0).toString(), all.value(1).toString());
        }
        QSqlQuery name = sql::prepare(db, QStringLiteral("SELECT name FROM entities WHERE code = ?"));
        for (const OutboxChange &c : changes) {
            const QJsonObject o = QJsonDocument::fromJson(c.payload).object();
            if (c.kind != kind()) {
                range.bindValue(0, o.value(QLatin1String("first")).toInteger());
                range.bindValue(1, o.value(QLatin1String("last")).toInteger());
                sql::exec(range);
                while (range.next())
                    add({range.value(0).toString(), range.value(1).toString(), range.value(2).toString(), range.value(3).toString(),
                         range.value(4).toString(), office});
                continue;
            }
            const QString code = o.value(QLatin1String("code")).toString();
            QString entityName;
            if (scan) {
                entityName = names.value(code);
            } else {
                name.bindValue(0, code);
                sql::exec(name);
                entityName = name.next() ? name.value(0).toString() : QString();
            }
            add({entityName, code, o.value(QLatin1String("light")).toString(), o.value(QLatin1String("rule_id")).toString(),
                 o.value(QLatin1String("as_of")).toString(), office});
        }
        rows.erase(std::remove_if(rows.begin() + qsizetype(firstRow), rows.end(), [](const QStringList &r) { return r.isEmpty(); }),
                   rows.end());
    }

    QString validate(const QStringList &row) const override
    {
        if (row[Code].isEmpty() || row[Code] != UsccValidator::normalize(row[Code]))
            return RecordCodec::tr("the entity code \"%1\" is missing or not in its normal form").arg(row[Code]);
        static const QStringList lights{QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("grey")};
        if (!lights.contains(row[Light]))
            return RecordCodec::tr("unknown light \"%1\" (red, yellow, green or grey)").arg(row[Light]);
        if (!isIsoDate(row[AsOf]))
            return RecordCodec::tr("the date \"%1\" is not YYYY-MM-DD").arg(row[AsOf]);
        if (row[Rule].isEmpty())
            return RecordCodec::tr("the rule id is missing");
        return {};
    }

    void apply(ApplyContext &ctx, const std::vector<QStringList> &rows) const override
    {
        RawStatement find(ctx.raw(), "SELECT light, rule_id, as_of FROM sync_remote_lights WHERE sender = ? AND entity_code = ?");
        const QByteArray now = Clock::nowIso().toUtf8();
        // Upserts several to a statement (the per-statement work is paid once per chunk).
        MultiRowInsert upsert(ctx.raw(), "INSERT OR FAIL INTO sync_remote_lights(sender, entity_code, light, rule_id, as_of, received_at) VALUES ",
                              "($0, $1, $2, $3, $4, ?1)", 5, 1,
                              " ON CONFLICT(sender, entity_code) DO UPDATE SET light = excluded.light, rule_id = excluded.rule_id, "
                              "as_of = excluded.as_of, received_at = excluded.received_at",
                              [&now](RawStatement &s) { s.bind(1, now); });
        struct Queued
        {
            const QString *origin;
            const QStringList *row;
        };
        Queued queued[MultiRowInsert::Chunk];
        int count = 0;
        auto flush = [&] {
            if (count == 0)
                return;
            RawStatement &s = upsert.statement(count);
            for (int i = 0; i < count; ++i) {
                const QStringList &row = *queued[i].row;
                s.bind(upsert.param(i, 0), *queued[i].origin).bind(upsert.param(i, 1), row[Code]).bind(upsert.param(i, 2), row[Light])
                    .bind(upsert.param(i, 3), row[Rule]).bind(upsert.param(i, 4), row[AsOf]);
            }
            s.runKeepingBindings();
            count = 0;
        };
        for (const QStringList &row : rows) {
            const QString &origin = row[Origin].isEmpty() ? ctx.sender() : row[Origin];
            // An earlier row of this package for the same entity and origin may still be queued.
            for (int i = 0; i < count; ++i)
                if ((*queued[i].row)[Code] == row[Code] && *queued[i].origin == origin) {
                    flush();
                    break;
                }
            find.bind(1, origin).bind(2, row[Code]);
            const bool known = find.step();
            const bool same = known && find.text(0) == row[Light] && find.text(1) == row[Rule] && find.text(2) == row[AsOf];
            find.reset();
            if (same) {
                ++ctx.counts().unchanged;
                continue;
            }
            queued[count++] = Queued{&origin, &row};
            if (count == MultiRowInsert::Chunk)
                flush();
            ++(known ? ctx.counts().updated : ctx.counts().inserted);
        }
        flush();
    }
};

} // namespace

std::unique_ptr<RecordCodec> makeLightCodec()
{
    return std::make_unique<LightCodec>();
}

} // namespace cl::codecs
