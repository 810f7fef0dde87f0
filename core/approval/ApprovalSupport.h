#pragma once

#include <QDate>
#include <QString>

namespace cl {

class WriteTransaction;

// Small pieces the approval services share.
namespace approval {

// Recomputes one entity's light inside tx as of date, or as of the latest date lights were computed for
// when that is later (the engine never writes over a later present).
void recomputeLight(WriteTransaction &tx, qint64 entityId, const QDate &date);
// XK_XDR_LB / 承诺主体类别 of an entity kind.
QString subjectCategory(const QString &entityKind);
int metaInt(WriteTransaction &tx, const QString &key, int fallback);

} // namespace approval
} // namespace cl
