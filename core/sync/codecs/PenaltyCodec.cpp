// penalties.csv: administrative penalty records (行政处罚, DOMAIN.md §9.2 CF_* codes) as EnforcementService puts
// them into the outbox. Key: decision number CF_WSH + CF_XDR_SHXYM. Fines and confiscations are in 万元 in the
// file and in fen in the store (converted only here). CF_ZT (0 正常 | 1 撤销; empty = 0) carries a revocation
// as a status update. Applying records the penalty_publicity finding of the record for its publicity period
// (Y3), as a decision taken here does; a revoked record's finding never counts.
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "enforcement/Money.h"
#include "enforcement/PenaltyRecord.h"
#include "sync/RecordCodec.h"

namespace cl::codecs {

namespace {

enum Col { Name, PartyKind, Code, LegalRep, DecisionNo, Violation, Facts, Basis, Category, Content, Fine, Confiscation, DecidedOn,
           PublicityEnd, Authority, AuthorityCode, DataSource, Remark, Status };

QDate day(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

class PenaltyCodec : public RecordCodec
{
public:
    QString kind() const override { return QStringLiteral("penalty"); }
    QString fileName() const override { return QStringLiteral("penalties.csv"); }
    QStringList header() const override
    {
        return {QStringLiteral("CF_XDR_MC"), QStringLiteral("CF_XDR_LB"), QStringLiteral("CF_XDR_SHXYM"), QStringLiteral("CF_FRDB"),
                QStringLiteral("CF_WSH"), QStringLiteral("CF_WFXW"), QStringLiteral("CF_SY"), QStringLiteral("CF_YJ"),
                QStringLiteral("CF_CFLB"), QStringLiteral("CF_NR"), QStringLiteral("CF_NR_FK"), QStringLiteral("CF_NR_WFFF"),
                QStringLiteral("CF_JDRQ"), QStringLiteral("CF_GSJZQ"), QStringLiteral("CF_CFJG"), QStringLiteral("CF_CFJGDM"),
                QStringLiteral("CF_SJLY"), QStringLiteral("BZ"), QStringLiteral("CF_ZT")};
    }
    int applyOrder() const override { return 40; }

    QString validate(const QStringList &row) const override
    {
        if (row[Code].isEmpty() || row[Code] != UsccValidator::normalize(row[Code]))
            return RecordCodec::tr("the entity code \"%1\" is missing or not in its normal form").arg(row[Code]);
        if (row[Name].trimmed().isEmpty() || row[DecisionNo].trimmed().isEmpty() || row[Authority].trimmed().isEmpty())
            return RecordCodec::tr("the entity name, the decision number and the authority are required");
        for (int c : {DecidedOn, PublicityEnd})
            if (!isIsoDate(row[c]))
                return RecordCodec::tr("the date \"%1\" is not YYYY-MM-DD").arg(row[c]);
        if (row[PublicityEnd] < row[DecidedOn])
            return RecordCodec::tr("the publicity of %1 ends (%2) before its decision (%3)").arg(row[DecisionNo], row[PublicityEnd], row[DecidedOn]);
        for (int c : {Fine, Confiscation})
            if (!row[c].isEmpty() && !money::parseWanYuan(row[c]))
                return RecordCodec::tr("the amount \"%1\" is not a number of 万元 with at most six decimals").arg(row[c]);
        if (!row[Status].isEmpty() && !QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}.contains(row[Status]))
            return RecordCodec::tr("unknown penalty status \"%1\"").arg(row[Status]);
        return {};
    }

    void apply(ApplyContext &ctx, const std::vector<QStringList> &rows) const override
    {
        const QString source = QStringLiteral("sync:") + ctx.sender();
        for (const QStringList &cells : rows) {
            const QStringList row = nonNull(cells);
            const qint64 entity = ctx.ensureEntity(row[Code], row[Name].trimmed());
            ctx.touch(entity);
            const qint64 fine = row[Fine].isEmpty() ? 0 : *money::parseWanYuan(row[Fine]);
            const qint64 confiscation = row[Confiscation].isEmpty() ? 0 : *money::parseWanYuan(row[Confiscation]);
            const QString status = row[Status].isEmpty() ? QStringLiteral("0") : row[Status];
            const PublicityPeriod period = periodOf(ctx, day(row[DecidedOn]), day(row[PublicityEnd]));
            const qint64 department = ctx.departmentId(row[Authority]);
            const QVariant departmentValue = department > 0 ? QVariant(department) : QVariant();
            QSqlQuery found = sql::exec(ctx.sql(), QStringLiteral("SELECT id, party_name, party_kind, legal_rep, violation, facts, basis, category, content, "
                                                                  "fine_fen, confiscation_fen, decided_on, publicity_end, authority, data_source, remark, status "
                                                                  "FROM penalties WHERE decision_no = ? AND party_code = ?"),
                                        {row[DecisionNo], row[Code]});
            const bool exists = found.next();
            if (exists) {
                const QStringList before{found.value(1).toString(), found.value(2).toString(), found.value(3).toString(), found.value(4).toString(),
                                         found.value(5).toString(), found.value(6).toString(), found.value(7).toString(), found.value(8).toString(),
                                         QString::number(found.value(9).toLongLong()), QString::number(found.value(10).toLongLong()),
                                         found.value(11).toString(), found.value(12).toString(), found.value(13).toString(),
                                         found.value(14).toString(), found.value(15).toString(), found.value(16).toString()};
                const QStringList after{row[Name], row[PartyKind], row[LegalRep], row[Violation], row[Facts], row[Basis], row[Category], row[Content],
                                        QString::number(fine), QString::number(confiscation), row[DecidedOn], row[PublicityEnd], row[Authority],
                                        row[DataSource], row[Remark], status};
                if (before == after) {
                    ++ctx.counts().unchanged;
                    continue;
                }
                sql::exec(ctx.sql(), QStringLiteral("UPDATE penalties SET party_name = ?, party_kind = ?, legal_rep = ?, violation = ?, facts = ?, basis = ?, "
                                                    "category = ?, content = ?, fine_fen = ?, confiscation_fen = ?, decided_on = ?, severity = ?, "
                                                    "publicity_version = ?, repair_from = ?, publicity_end = ?, authority = ?, data_source = ?, remark = ?, "
                                                    "status = ? WHERE id = ?"),
                          {row[Name], row[PartyKind], row[LegalRep], row[Violation], row[Facts], row[Basis], row[Category], row[Content], fine,
                           confiscation, row[DecidedOn], period.severity, period.version, period.repairFrom(day(row[DecidedOn])).toString(Qt::ISODate),
                           row[PublicityEnd], row[Authority], row[DataSource], row[Remark], status, found.value(0)});
                ++ctx.counts().updated;
            } else {
                sql::exec(ctx.sql(), QStringLiteral("INSERT INTO penalties(decision_id, entity_id, department_id, decision_no, party_name, party_kind, "
                                                    "party_code, legal_rep, violation, facts, basis, category, content, fine_fen, confiscation_fen, "
                                                    "decided_on, severity, publicity_version, repair_from, publicity_end, authority, data_source, remark, "
                                                    "status, source) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {entity, departmentValue, row[DecisionNo], row[Name], row[PartyKind], row[Code], row[LegalRep], row[Violation], row[Facts],
                           row[Basis], row[Category], row[Content], fine, confiscation, row[DecidedOn], period.severity, period.version,
                           period.repairFrom(day(row[DecidedOn])).toString(Qt::ISODate), row[PublicityEnd], row[Authority], row[DataSource],
                           row[Remark], status, source});
                ++ctx.counts().inserted;
            }
            // Y3 from the decision date to the end of publicity; a revoked decision never counted.
            const QString validTo = status == QLatin1String("1") ? day(row[DecidedOn]).addDays(-1).toString(Qt::ISODate) : row[PublicityEnd];
            sql::exec(ctx.sql(), QStringLiteral("INSERT INTO credit_findings(entity_id, kind, source_type, source_key, department_id, valid_from, valid_to, detail) "
                                                "VALUES (?, 'penalty_publicity', 'penalty', ?, ?, ?, ?, ?) ON CONFLICT(kind, source_type, source_key) "
                                                "DO UPDATE SET entity_id = excluded.entity_id, valid_from = excluded.valid_from, valid_to = excluded.valid_to, "
                                                "detail = excluded.detail"),
                      {entity, row[DecisionNo], departmentValue, row[DecidedOn], validTo, row[Violation]});
            ctx.effect(!exists ? QStringLiteral("finding_recorded") : QStringLiteral("finding_updated"), QStringLiteral("penalty"),
                       row[DecisionNo] + QLatin1Char('/') + row[Code],
                       {{QStringLiteral("kind"), QStringLiteral("penalty_publicity")}, {QStringLiteral("valid_from"), row[DecidedOn]},
                        {QStringLiteral("valid_to"), validTo}, {QStringLiteral("status"), status}});
        }
    }

private:
    // The severity whose publicity period ends on the record's publicity end (this office's periods);
    // "general" when none does (the sender's periods differ).
    static PublicityPeriod periodOf(ApplyContext &ctx, const QDate &decidedOn, const QDate &publicityEnd)
    {
        for (const char *severity : {"minor", "general", "serious"}) {
            const PublicityPeriod p = PublicityPeriod::load(ctx.sql(), QLatin1String(severity));
            if (p.publicityEnd(decidedOn) == publicityEnd)
                return p;
        }
        return PublicityPeriod::load(ctx.sql(), QStringLiteral("general"));
    }
};

} // namespace

std::unique_ptr<RecordCodec> makePenaltyCodec()
{
    return std::make_unique<PenaltyCodec>();
}

} // namespace cl::codecs
