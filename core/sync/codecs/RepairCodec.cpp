// repairs.csv: credit repairs granted (信用修复, DOMAIN.md §8, §9.5) of penalty records, as CreditRepair puts them
// into the outbox (the penalty's CF_* codes with XF_RQ repaired on, XF_CNBM the repair commitment's code,
// XF_CNLX its type). Key: CF_WSH + CF_XDR_SHXYM, the penalty repaired. Applying ends the penalty's
// penalty_publicity finding on the repair date (repaired_on), so Y3 no longer counts from that day.
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "sync/RecordCodec.h"

namespace cl::codecs {

namespace {

enum Col { Name, Code, DecisionNo, Authority, RepairedOn, CommitmentCode, CommitmentType, Remark };

class RepairCodec : public RecordCodec
{
public:
    QString kind() const override { return QStringLiteral("repair"); }
    QString fileName() const override { return QStringLiteral("repairs.csv"); }
    QStringList header() const override
    {
        return {QStringLiteral("CF_XDR_MC"), QStringLiteral("CF_XDR_SHXYM"), QStringLiteral("CF_WSH"), QStringLiteral("CF_CFJG"),
                QStringLiteral("XF_RQ"), QStringLiteral("XF_CNBM"), QStringLiteral("XF_CNLX"), QStringLiteral("BZ")};
    }
    int applyOrder() const override { return 45; }  // after the penalties it repairs

    QString validate(const QStringList &row) const override
    {
        if (row[Code].isEmpty() || row[Code] != UsccValidator::normalize(row[Code]))
            return RecordCodec::tr("the entity code \"%1\" is missing or not in its normal form").arg(row[Code]);
        if (row[Name].trimmed().isEmpty() || row[DecisionNo].trimmed().isEmpty())
            return RecordCodec::tr("the entity name and the decision number are required");
        if (!isIsoDate(row[RepairedOn]))
            return RecordCodec::tr("the repair date \"%1\" is not YYYY-MM-DD").arg(row[RepairedOn]);
        return {};
    }

    void apply(ApplyContext &ctx, const std::vector<QStringList> &rows) const override
    {
        for (const QStringList &cells : rows) {
            const QStringList row = nonNull(cells);
            const qint64 entity = ctx.ensureEntity(row[Code], row[Name].trimmed());
            ctx.touch(entity);
            QSqlQuery p = sql::exec(ctx.sql(), QStringLiteral("UPDATE penalties SET repaired_on = ? WHERE decision_no = ? AND party_code = ? "
                                                              "AND coalesce(repaired_on, '') <> ?"),
                                    {row[RepairedOn], row[DecisionNo], row[Code], row[RepairedOn]});
            QSqlQuery f = sql::exec(ctx.sql(), QStringLiteral("UPDATE credit_findings SET repaired_on = ? WHERE kind = 'penalty_publicity' "
                                                              "AND source_type = 'penalty' AND source_key = ? AND entity_id = ? "
                                                              "AND coalesce(repaired_on, '') <> ?"),
                                    {row[RepairedOn], row[DecisionNo], entity, row[RepairedOn]});
            const bool repaired = recordRepair(ctx, row);
            const bool changed = p.numRowsAffected() > 0 || f.numRowsAffected() > 0 || repaired;
            ++(changed ? ctx.counts().updated : ctx.counts().unchanged);
            if (changed)
                ctx.effect(QStringLiteral("repair_applied"), QStringLiteral("penalty"), row[DecisionNo] + QLatin1Char('/') + row[Code],
                           {{QStringLiteral("repaired_on"), row[RepairedOn]}, {QStringLiteral("commitment"), row[CommitmentCode]}});
        }
    }

private:
    // The granted repair of the penalty (penalty_repairs, as CreditRepair::decide leaves it at the granting
    // office), so the penalty's repair history reads the same here; the application date is not exchanged and
    // is taken as the repair date. False when the penalty is unknown here or the row is already as received.
    static bool recordRepair(ApplyContext &ctx, const QStringList &row)
    {
        const QVariant penalty = sql::scalar(ctx.sql(), QStringLiteral("SELECT id FROM penalties WHERE decision_no = ? AND party_code = ?"),
                                             {row[DecisionNo], row[Code]});
        if (penalty.isNull())
            return false;
        const QString by = QStringLiteral("sync:") + ctx.sender();
        QSqlQuery updated = sql::exec(ctx.sql(), QStringLiteral("UPDATE penalty_repairs SET decided_on = ?, commitment_code = ? WHERE penalty_id = ? "
                                                                "AND status = 'granted' AND NOT (decided_on = ? AND commitment_code = ?)"),
                                      {row[RepairedOn], row[CommitmentCode], penalty, row[RepairedOn], row[CommitmentCode]});
        if (updated.numRowsAffected() > 0)
            return true;
        if (sql::scalar(ctx.sql(), QStringLiteral("SELECT count(*) FROM penalty_repairs WHERE penalty_id = ? AND status = 'granted'"), {penalty}).toInt() > 0)
            return false;
        sql::exec(ctx.sql(), QStringLiteral("INSERT INTO penalty_repairs(penalty_id, applied_on, commitment_code, commitment_content, status, decided_on, "
                                            "decision_note, applied_by, decided_by) VALUES (?, ?, ?, ?, 'granted', ?, ?, ?, ?)"),
                  {penalty, row[RepairedOn], row[CommitmentCode], row[CommitmentType], row[RepairedOn], row[Remark], by, by});
        return true;
    }
};

} // namespace

std::unique_ptr<RecordCodec> makeRepairCodec()
{
    return std::make_unique<RepairCodec>();
}

} // namespace cl::codecs
