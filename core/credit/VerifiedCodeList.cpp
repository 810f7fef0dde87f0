#include "VerifiedCodeList.h"

#include "UsccValidator.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

namespace cl {

QList<VerifiedCode> VerifiedCodeList::all() const
{
    QSqlQuery q = sql::exec(m_db.sql(), QStringLiteral("SELECT code, reason, added_by, added_at FROM uscc_verified_codes ORDER BY code"));
    QList<VerifiedCode> out;
    while (q.next())
        out << VerifiedCode{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

void VerifiedCodeList::add(const Actor &actor, const QString &input, const QString &reason)
{
    const QString code = UsccValidator::normalize(input);
    if (!UsccValidator::isFormatValid(code))
        throw Error(ErrorKind::Invalid, tr("%1 is not a well-formed credit code; only codes that fail the check character may be listed.").arg(code));
    if (UsccValidator::checkChar18(code) == code.at(17))
        throw Error(ErrorKind::Invalid, tr("%1 passes the check character test and does not need to be listed.").arg(code));
    if (reason.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, tr("Give the reason (the document that proves the code is legal)."));
    WriteTransaction tx(m_db, actor, Permission::UsccOverride);
    if (sql::scalar(tx.sql(), QStringLiteral("SELECT 1 FROM uscc_verified_codes WHERE code = ?"), {code}).isValid())
        throw Error(ErrorKind::Refused, tr("%1 is already on the list.").arg(code));
    const QString now = Clock::nowIso();
    sql::exec(tx.sql(), QStringLiteral("INSERT INTO uscc_verified_codes(code, reason, added_by, added_at) VALUES (?, ?, ?, ?)"),
              {code, reason.trimmed(), actor.auditName(), now});
    tx.audit(QStringLiteral("uscc.verified.add"), QStringLiteral("uscc_verified_code"), code, {},
             {{QStringLiteral("code"), code}, {QStringLiteral("reason"), reason.trimmed()}});
    tx.commit();
}

void VerifiedCodeList::remove(const Actor &actor, const QString &input)
{
    const QString code = UsccValidator::normalize(input);
    WriteTransaction tx(m_db, actor, Permission::UsccOverride);
    const QVariant reason = sql::scalar(tx.sql(), QStringLiteral("SELECT reason FROM uscc_verified_codes WHERE code = ?"), {code});
    if (!reason.isValid())
        throw Error(ErrorKind::NotFound, tr("%1 is not on the list.").arg(code));
    sql::exec(tx.sql(), QStringLiteral("DELETE FROM uscc_verified_codes WHERE code = ?"), {code});
    tx.audit(QStringLiteral("uscc.verified.remove"), QStringLiteral("uscc_verified_code"), code,
             {{QStringLiteral("code"), code}, {QStringLiteral("reason"), reason.toString()}}, {});
    tx.commit();
}

} // namespace cl
