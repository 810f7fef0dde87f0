// commitments.csv: credit commitments (信用承诺, DOMAIN.md §3 / §9.3) with their fulfilment status, its date,
// verifying unit and verifier, and a 虚假承诺 finding, as ExchangeRecords::commitment writes them. Key: 承诺编码.
// Applying has the receiver's side of the loop: a commitment pushed for verification creates the tasks of
// the item's supervising departments here (VerificationService::push, due on this office's calendar); an
// outcome records the matching credit finding (R2/R3/Y2) and closes the department's task; rectification
// ends the partial/unfulfilled findings; a false commitment revokes the licence granted here on it.
#include "approval/ExchangeRecords.h"
#include "approval/ItemCatalogue.h"
#include "approval/VerificationService.h"
#include "common/Clock.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "sync/RecordCodec.h"

#include <QRegularExpression>

namespace cl::codecs {

namespace {

enum Col { Code, Type, CommitterName, CommitterKind, CommitterCode, Reason, Content, Liability, MadeOn, ValidUntil, AcceptingUnit,
           Publicity, Fulfilment, FalseCommitment, StatusOn, StatusUnit, Verifier, RectifyBy, RectifiedOn, ItemCode, PushedOn };

QString statusOf(const QString &label)
{
    for (const char *s : {"pending", "fulfilled", "partial", "unfulfilled"})
        if (ExchangeRecords::fulfilmentLabel(QLatin1String(s)) == label)
            return QLatin1String(s);
    return {};
}

class CommitmentCodec : public RecordCodec
{
public:
    QString kind() const override { return QStringLiteral("commitment"); }
    QString fileName() const override { return QStringLiteral("commitments.csv"); }
    QStringList header() const override
    {
        return {QStringLiteral("承诺编码"), QStringLiteral("承诺类型"), QStringLiteral("承诺主体名称"), QStringLiteral("承诺主体类别"),
                QStringLiteral("承诺主体代码"), QStringLiteral("承诺事由"), QStringLiteral("承诺内容"), QStringLiteral("违诺责任"),
                QStringLiteral("承诺作出日期"), QStringLiteral("承诺有效期至"), QStringLiteral("承诺受理单位"), QStringLiteral("公开类型"),
                QStringLiteral("履约状态"), QStringLiteral("虚假承诺"), QStringLiteral("状态日期"), QStringLiteral("核查单位"),
                QStringLiteral("核查人"), QStringLiteral("整改期限"), QStringLiteral("整改完成日期"), QStringLiteral("事项编码"),
                QStringLiteral("推送日期")};
    }
    int applyOrder() const override { return 35; }

    QString validate(const QStringList &row) const override
    {
        static const QRegularExpression codeRe(QStringLiteral("^\\d{20}$"));
        if (!codeRe.match(row[Code]).hasMatch())
            return RecordCodec::tr("the commitment code \"%1\" is not 20 digits").arg(row[Code]);
        static const QStringList types{QStringLiteral("审批替代型"), QStringLiteral("容缺受理型"), QStringLiteral("证明事项型"), QStringLiteral("信用修复型"),
                                       QStringLiteral("行业自律型"), QStringLiteral("主动型"), QStringLiteral("其他")};
        if (!types.contains(row[Type]))
            return RecordCodec::tr("unknown commitment type \"%1\"").arg(row[Type]);
        if (row[CommitterCode].isEmpty() || row[CommitterCode] != UsccValidator::normalize(row[CommitterCode]))
            return RecordCodec::tr("the entity code \"%1\" is missing or not in its normal form").arg(row[CommitterCode]);
        for (int c : {CommitterName, CommitterKind, Reason, Content, Liability, AcceptingUnit})
            if (row[c].trimmed().isEmpty())
                return RecordCodec::tr("the commitment %1 has no %2").arg(row[Code], header().at(c));
        static const QStringList publicity{QStringLiteral("可向社会公开"), QStringLiteral("特定范围内公开"), QStringLiteral("不可公开")};
        if (!publicity.contains(row[Publicity]))
            return RecordCodec::tr("unknown publicity type \"%1\"").arg(row[Publicity]);
        if (statusOf(row[Fulfilment]).isEmpty())
            return RecordCodec::tr("unknown fulfilment status \"%1\"").arg(row[Fulfilment]);
        if (row[FalseCommitment] != QStringLiteral("是") && row[FalseCommitment] != QStringLiteral("否"))
            return RecordCodec::tr("the false-commitment flag \"%1\" is neither 是 nor 否").arg(row[FalseCommitment]);
        if (!isIsoDate(row[MadeOn]))
            return RecordCodec::tr("the date \"%1\" is not YYYY-MM-DD").arg(row[MadeOn]);
        for (int c : {ValidUntil, StatusOn, RectifyBy, RectifiedOn, PushedOn})
            if (!row[c].isEmpty() && !isIsoDate(row[c]))
                return RecordCodec::tr("the date \"%1\" is not YYYY-MM-DD").arg(row[c]);
        if ((row[FalseCommitment] == QStringLiteral("是") || statusOf(row[Fulfilment]) != QLatin1String("pending")) && row[StatusOn].isEmpty())
            return RecordCodec::tr("the commitment %1 has a verification outcome without its date").arg(row[Code]);
        return {};
    }

    void apply(ApplyContext &ctx, const std::vector<QStringList> &rows) const override
    {
        const QString source = QStringLiteral("sync:") + ctx.sender();
        for (const QStringList &cells : rows) {
            const QStringList row = nonNull(cells);
            const qint64 entity = ctx.ensureEntity(row[CommitterCode], row[CommitterName].trimmed());
            ctx.touch(entity);
            const QString status = statusOf(row[Fulfilment]);
            const int falseCommitment = row[FalseCommitment] == QStringLiteral("是") ? 1 : 0;
            qint64 id = ExchangeRecords::commitmentIdByCode(ctx.sql(), row[Code]);
            bool changed = false;
            if (!id) {
                sql::exec(ctx.sql(), QStringLiteral("INSERT INTO commitments(code, type, entity_id, committer_name, committer_kind, committer_code, reason, "
                                                    "content, liability, made_on, valid_until, accepting_unit, publicity, status, false_commitment, "
                                                    "status_on, status_unit, status_verifier, rectify_by, rectified_on, item_code, source, created_at) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {row[Code], row[Type], entity, row[CommitterName], row[CommitterKind], row[CommitterCode], row[Reason], row[Content],
                           row[Liability], row[MadeOn], orNull(row[ValidUntil]), row[AcceptingUnit], row[Publicity], status, falseCommitment,
                           orNull(row[StatusOn]), orNull(row[StatusUnit]), orNull(row[Verifier]), orNull(row[RectifyBy]),
                           orNull(row[RectifiedOn]), orNull(row[ItemCode]), source, Clock::nowIso()});
                id = ExchangeRecords::commitmentIdByCode(ctx.sql(), row[Code]);
                ++ctx.counts().inserted;
                changed = true;
            } else {
                // A false-commitment finding, once made, is not withdrawn by a later record (credit repair ends it).
                QSqlQuery u = sql::exec(ctx.sql(), QStringLiteral(
                    "UPDATE commitments SET valid_until = ?, publicity = ?, status = ?, false_commitment = max(false_commitment, ?), status_on = ?, "
                    "status_unit = ?, status_verifier = ?, rectify_by = ?, rectified_on = ?, item_code = coalesce(item_code, ?) "
                    "WHERE id = ? AND NOT (coalesce(valid_until, '') = ? AND publicity = ? AND status = ? AND false_commitment >= ? "
                    "AND coalesce(status_on, '') = ? AND coalesce(status_unit, '') = ? AND coalesce(status_verifier, '') = ? "
                    "AND coalesce(rectify_by, '') = ? AND coalesce(rectified_on, '') = ?)"),
                    {orNull(row[ValidUntil]), row[Publicity], status, falseCommitment, orNull(row[StatusOn]), orNull(row[StatusUnit]),
                     orNull(row[Verifier]), orNull(row[RectifyBy]), orNull(row[RectifiedOn]), orNull(row[ItemCode]), id, row[ValidUntil],
                     row[Publicity], status, falseCommitment, row[StatusOn], row[StatusUnit], row[Verifier], row[RectifyBy], row[RectifiedOn]});
                changed = u.numRowsAffected() > 0;
                ++(changed ? ctx.counts().updated : ctx.counts().unchanged);
            }
            if (changed)
                applyEffects(ctx, row, id, entity, status, falseCommitment == 1);
        }
    }

private:
    // The receiver's side of DOMAIN.md §3, with the approval module's own services.
    static void applyEffects(ApplyContext &ctx, const QStringList &row, qint64 id, qint64 entity, const QString &status, bool isFalse)
    {
        WriteTransaction &tx = ctx.tx();
        const std::optional<ApprovalItem> item = row[ItemCode].isEmpty() ? std::nullopt : ItemCatalogue::byCode(ctx.sql(), row[ItemCode]);
        if (item && !row[PushedOn].isEmpty()) {
            // Tasks (and 100 % spot-check entries) only for the supervising departments this office verifies for:
            // the other offices receive the commitment too, and a task nobody here can do would only turn overdue.
            ApprovalItem ours = *item;
            ours.supervisingDepartmentIds.clear();
            for (qint64 department : item->supervisingDepartmentIds)
                if (ctx.verifiesFor(department))
                    ours.supervisingDepartmentIds << department;
            const QDate pushedOn = QDate::fromString(row[PushedOn], Qt::ISODate);
            if (!ours.supervisingDepartmentIds.isEmpty() && VerificationService::push(tx, id, entity, ours, pushedOn, {}, row[Code]) > 0) {
                QSqlQuery t = sql::exec(ctx.sql(), QStringLiteral("SELECT group_concat(d.name, '、'), max(t.due_on) FROM verification_tasks t "
                                                                  "JOIN departments d ON d.id = t.department_id WHERE t.commitment_id = ? AND t.pushed_on = ?"),
                                        {id, row[PushedOn]});
                t.next();
                ctx.effect(QStringLiteral("task_created"), QStringLiteral("commitment"), row[Code],
                           {{QStringLiteral("departments"), t.value(0).toString()}, {QStringLiteral("pushed_on"), row[PushedOn]},
                            {QStringLiteral("due_on"), t.value(1).toString()}});
            }
        }

        const QDate on = QDate::fromString(row[StatusOn], Qt::ISODate);
        const qint64 department = ctx.departmentId(row[StatusUnit]);
        const QString detail = QStringLiteral("%1 %2").arg(item ? item->name : row[Reason], row[StatusUnit]).trimmed();
        const auto finding = [&](const QString &kind, const QDate &from) {
            if (VerificationService::recordFinding(tx, entity, kind, row[Code], department, from, detail))
                ctx.effect(QStringLiteral("finding_recorded"), QStringLiteral("commitment"), row[Code],
                           {{QStringLiteral("kind"), kind}, {QStringLiteral("valid_from"), from.toString(Qt::ISODate)},
                            {QStringLiteral("verifying_unit"), row[StatusUnit]}});
        };
        QString outcome;
        if (isFalse) {
            outcome = QStringLiteral("false");
            finding(QStringLiteral("false_commitment"), on);
            const QString licenceNo = VerificationService::revokeLicenceOf(tx, id, row[Code], on);
            if (!licenceNo.isEmpty())
                ctx.effect(QStringLiteral("licence_revoked"), QStringLiteral("licence"), licenceNo,
                           {{QStringLiteral("commitment"), row[Code]}, {QStringLiteral("revoked_on"), row[StatusOn]}});
        } else if (status == QLatin1String("partial")) {
            outcome = status;
            finding(QStringLiteral("partial_fulfilment"), on);
        } else if (status == QLatin1String("unfulfilled")) {
            outcome = status;
            // R3 counts from the day after the rectification deadline (the verification day when none was set).
            const QDate rectifyBy = QDate::fromString(row[RectifyBy], Qt::ISODate);
            finding(QStringLiteral("unfulfilled_overdue"), rectifyBy.isValid() ? rectifyBy.addDays(1) : on);
        } else if (status == QLatin1String("fulfilled")) {
            outcome = status;
        }
        if (!outcome.isEmpty() && department > 0) {
            QSqlQuery closed = sql::exec(ctx.sql(), QStringLiteral("UPDATE verification_tasks SET status = 'done', outcome = ?, verified_on = ?, "
                                                                   "verify_method = method, verifier = ? WHERE commitment_id = ? AND department_id = ? "
                                                                   "AND status = 'pending'"),
                                         {outcome, row[StatusOn], row[Verifier], id, department});
            if (closed.numRowsAffected() > 0)
                ctx.effect(QStringLiteral("task_closed"), QStringLiteral("commitment"), row[Code],
                           {{QStringLiteral("department"), row[StatusUnit]}, {QStringLiteral("outcome"), outcome},
                            {QStringLiteral("verified_on"), row[StatusOn]}, {QStringLiteral("verifier"), row[Verifier]}});
        }
        if (!row[RectifiedOn].isEmpty()) {
            const QString validTo = QDate::fromString(row[RectifiedOn], Qt::ISODate).addDays(-1).toString(Qt::ISODate);
            QSqlQuery ended = sql::exec(ctx.sql(), QStringLiteral("UPDATE credit_findings SET valid_to = ? WHERE source_type = 'commitment' "
                                                                  "AND source_key = ? AND kind IN ('partial_fulfilment', 'unfulfilled_overdue') "
                                                                  "AND valid_to IS NULL"),
                                        {validTo, row[Code]});
            if (ended.numRowsAffected() > 0)
                ctx.effect(QStringLiteral("finding_ended"), QStringLiteral("commitment"), row[Code],
                           {{QStringLiteral("rectified_on"), row[RectifiedOn]}, {QStringLiteral("valid_to"), validTo}});
        }
    }
};

} // namespace

std::unique_ptr<RecordCodec> makeCommitmentCodec()
{
    return std::make_unique<CommitmentCodec>();
}

} // namespace cl::codecs
