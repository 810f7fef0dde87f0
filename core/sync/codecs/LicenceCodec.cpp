// licenses.csv: administrative licences (行政许可, DOMAIN.md §9.1 XK_* codes), as the service hall puts them
// into the outbox (ExchangeRecords::outboxLicence). Key: decision number XK_WSH + XK_XDR_SHXYM. A revocation
// is XK_ZT = 1 (撤销), a status update. A received licence has no local application (source 'sync:SENDER').
#include "common/Clock.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "sync/RecordCodec.h"

namespace cl::codecs {

namespace {

enum Col { Name, Category, Code, LegalRep, DocName, DecisionNo, Kind, Certificate, LicenceNo, Content, DecidedOn,
           ValidFrom, ValidTo, Authority, AuthorityCode, Status, DataSource, Remark, ColumnCount };

class LicenceCodec : public RecordCodec
{
public:
    QString kind() const override { return QStringLiteral("licence"); }
    QString fileName() const override { return QStringLiteral("licenses.csv"); }
    QStringList header() const override
    {
        return {QStringLiteral("XK_XDR_MC"), QStringLiteral("XK_XDR_LB"), QStringLiteral("XK_XDR_SHXYM"), QStringLiteral("XK_FRDB"),
                QStringLiteral("XK_XKWS"), QStringLiteral("XK_WSH"), QStringLiteral("XK_XKLB"), QStringLiteral("XK_XKZS"),
                QStringLiteral("XK_XKBH"), QStringLiteral("XK_NR"), QStringLiteral("XK_JDRQ"), QStringLiteral("XK_YXQZ"),
                QStringLiteral("XK_YXQZI"), QStringLiteral("XK_XKJG"), QStringLiteral("XK_XKJGDM"), QStringLiteral("XK_ZT"),
                QStringLiteral("XK_SJLY"), QStringLiteral("BZ")};
    }
    int applyOrder() const override { return 30; }

    QString validate(const QStringList &row) const override
    {
        if (row[Code].isEmpty() || row[Code] != UsccValidator::normalize(row[Code]))
            return RecordCodec::tr("the entity code \"%1\" is missing or not in its normal form").arg(row[Code]);
        if (row[Name].trimmed().isEmpty() || row[DecisionNo].trimmed().isEmpty())
            return RecordCodec::tr("the entity name and the decision number are required");
        static const QStringList categories{QStringLiteral("法人及非法人组织"), QStringLiteral("自然人"), QStringLiteral("个体工商户")};
        if (!categories.contains(row[Category]))
            return RecordCodec::tr("unknown subject category \"%1\"").arg(row[Category]);
        for (int c : {DecidedOn, ValidFrom, ValidTo})
            if (!isIsoDate(row[c]))
                return RecordCodec::tr("the date \"%1\" is not YYYY-MM-DD").arg(row[c]);
        static const QStringList statuses{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        if (!statuses.contains(row[Status]))
            return RecordCodec::tr("unknown licence status \"%1\"").arg(row[Status]);
        return {};
    }

    void apply(ApplyContext &ctx, const std::vector<QStringList> &rows) const override
    {
        const QString source = QStringLiteral("sync:") + ctx.sender();
        const QString now = Clock::nowIso();
        for (const QStringList &cells : rows) {
            const QStringList row = nonNull(cells);
            const qint64 entity = ctx.ensureEntity(row[Code], row[Name].trimmed());
            QSqlQuery found = sql::exec(ctx.sql(), QStringLiteral("SELECT id, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_frdb, xk_xkws, xk_wsh, xk_xklb, "
                                                                  "xk_xkzs, xk_xkbh, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_zt, "
                                                                  "xk_sjly, bz FROM licences WHERE xk_wsh = ? AND xk_xdr_shxym = ?"),
                                        {row[DecisionNo], row[Code]});
            if (found.next()) {
                bool same = true;
                for (int c = 0; c < ColumnCount && same; ++c)
                    same = found.value(c + 1).toString() == row[c];
                if (same) {
                    ++ctx.counts().unchanged;
                    continue;
                }
                sql::exec(ctx.sql(), QStringLiteral("UPDATE licences SET xk_xdr_mc = ?, xk_xdr_lb = ?, xk_frdb = ?, xk_xkws = ?, xk_xklb = ?, "
                                                    "xk_xkzs = ?, xk_xkbh = ?, xk_nr = ?, xk_jdrq = ?, xk_yxqz = ?, xk_yxqzi = ?, xk_xkjg = ?, "
                                                    "xk_xkjgdm = ?, xk_zt = ?, xk_sjly = ?, bz = ?, updated_at = ? WHERE id = ?"),
                          {row[Name], row[Category], row[LegalRep], row[DocName], row[Kind], row[Certificate], row[LicenceNo], row[Content],
                           row[DecidedOn], row[ValidFrom], row[ValidTo], row[Authority], row[AuthorityCode], row[Status], row[DataSource],
                           row[Remark], now, found.value(0)});
                ++ctx.counts().updated;
                continue;
            }
            sql::exec(ctx.sql(), QStringLiteral("INSERT INTO licences(application_id, entity_id, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_frdb, xk_xkws, "
                                                "xk_wsh, xk_xklb, xk_xkzs, xk_xkbh, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_zt, "
                                                "xk_sjly, bz, updated_at, source) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {entity, row[Name], row[Category], row[Code], row[LegalRep], row[DocName], row[DecisionNo], row[Kind], row[Certificate],
                       row[LicenceNo], row[Content], row[DecidedOn], row[ValidFrom], row[ValidTo], row[Authority], row[AuthorityCode],
                       row[Status], row[DataSource], row[Remark], now, source});
            ++ctx.counts().inserted;
        }
    }
};

} // namespace

std::unique_ptr<RecordCodec> makeLicenceCodec()
{
    return std::make_unique<LicenceCodec>();
}

} // namespace cl::codecs
