#include "ApprovalSupport.h"

#include "credit/LightEngine.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

namespace cl::approval {

void recomputeLight(WriteTransaction &tx, qint64 entityId, const QDate &date)
{
    const QDate latest = QDate::fromString(LightEngine::latestAsOf(tx.sql()), Qt::ISODate);
    LightEngine(tx.database()).recompute(tx, latest.isValid() && latest > date ? latest : date, {entityId}, false);
}

QString subjectCategory(const QString &entityKind)
{
    if (entityKind == QLatin1String("individual"))
        return QStringLiteral("个体工商户");
    if (entityKind == QLatin1String("natural_person"))
        return QStringLiteral("自然人");
    return QStringLiteral("法人及非法人组织");
}

int metaInt(WriteTransaction &tx, const QString &key, int fallback)
{
    bool ok = false;
    const int n = sql::scalar(tx.sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString().toInt(&ok);
    return ok ? n : fallback;
}

} // namespace cl::approval
