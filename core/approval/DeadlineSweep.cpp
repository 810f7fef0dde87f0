#include "DeadlineSweep.h"

#include "ApprovalSupport.h"
#include "ExchangeRecords.h"
#include "WorkingCalendar.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"

#include <QSet>

namespace cl {

namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

void revokeLicence(WriteTransaction &tx, qint64 applicationId, const QString &why, const QDate &day)
{
    QSqlQuery l = sql::exec(tx.sql(), QStringLiteral("SELECT id FROM licences WHERE application_id = ? AND xk_zt <> '1'"), {applicationId});
    if (!l.next())
        return;
    const qint64 licenceId = l.value(0).toLongLong();
    sql::exec(tx.sql(), QStringLiteral("UPDATE licences SET xk_zt = '1', bz = ?, updated_at = ? WHERE id = ?"), {why, iso(day), licenceId});
    ExchangeRecords::outboxLicence(tx, licenceId);
}
} // namespace

DeadlineSweep::Result DeadlineSweep::run(Database &db, const Actor &actor, const QDate &asOf)
{
    Result r;
    WriteTransaction tx(db, actor, Permission::ApprovalHandle);
    const WorkingCalendar calendar = WorkingCalendar::load(tx.sql());
    QSet<qint64> touched;
    const QString today = iso(asOf);

    QSqlQuery missed = sql::exec(tx.sql(), QStringLiteral("SELECT m.application_id, m.seq, m.due_on, a.app_no, a.entity_id, a.status, m.name "
                                                          "FROM application_materials m JOIN approval_applications a ON a.id = m.application_id "
                                                          "WHERE m.status = 'missing' AND m.missed_on IS NULL AND m.due_on < ? "
                                                          "AND a.status NOT IN ('refused', 'returned', 'revoked') ORDER BY m.application_id, m.seq"),
                                 {today});
    struct Miss { qint64 app; int seq; QDate due; QString appNo; qint64 entity; QString status; QString name; };
    QList<Miss> misses;
    while (missed.next())
        misses << Miss{missed.value(0).toLongLong(), missed.value(1).toInt(), QDate::fromString(missed.value(2).toString(), Qt::ISODate),
                       missed.value(3).toString(), missed.value(4).toLongLong(), missed.value(5).toString(), missed.value(6).toString()};
    QSet<qint64> suspendedNow;
    for (const Miss &m : misses) {
        const QDate from = m.due.addDays(1);
        sql::exec(tx.sql(), QStringLiteral("UPDATE application_materials SET missed_on = ? WHERE application_id = ? AND seq = ?"), {iso(from), m.app, m.seq});
        sql::exec(tx.sql(), QStringLiteral("INSERT INTO credit_findings(entity_id, kind, source_type, source_key, department_id, valid_from, detail) "
                                           "VALUES (?, 'deficiency_overdue', 'application_material', ?, 1, ?, ?) ON CONFLICT(kind, source_type, source_key) DO NOTHING"),
                  {m.entity, QStringLiteral("%1#%2").arg(m.appNo).arg(m.seq), iso(from), m.name});
        ++r.missed;
        touched.insert(m.entity);
        if ((m.status == QLatin1String("received") || m.status == QLatin1String("approved")) && !suspendedNow.contains(m.app)) {
            sql::exec(tx.sql(), QStringLiteral("UPDATE approval_applications SET status = 'suspended', suspended_on = ? WHERE id = ?"), {iso(from), m.app});
            suspendedNow.insert(m.app);
            ++r.suspended;
        }
    }

    const int returnDays = approval::metaInt(tx, QStringLiteral("deficiency_return_working_days"), 15);
    QSqlQuery suspended = sql::exec(tx.sql(), QStringLiteral("SELECT a.id, a.suspended_on, a.entity_id, a.app_no FROM approval_applications a "
                                                             "WHERE a.status = 'suspended' AND EXISTS (SELECT 1 FROM application_materials m "
                                                             "WHERE m.application_id = a.id AND m.status = 'missing')"));
    struct Suspended { qint64 app; QDate since; qint64 entity; QString appNo; };
    QList<Suspended> toReturn;
    while (suspended.next()) {
        const QDate since = QDate::fromString(suspended.value(1).toString(), Qt::ISODate);
        if (since.isValid() && calendar.workingDaysBetween(since, asOf) >= returnDays)
            toReturn << Suspended{suspended.value(0).toLongLong(), since, suspended.value(2).toLongLong(), suspended.value(3).toString()};
    }
    for (const Suspended &s : toReturn) {
        const QDate day = calendar.addWorkingDays(s.since, returnDays);
        sql::exec(tx.sql(), QStringLiteral("UPDATE approval_applications SET status = 'returned', returned_on = ? WHERE id = ?"), {iso(day), s.app});
        revokeLicence(tx, s.app, QStringLiteral("%1 容缺材料中止后逾期未补齐，退件（%2）").arg(iso(day), s.appNo), day);
        ++r.returned;
        touched.insert(s.entity);
    }

    QSqlQuery overdue = sql::exec(tx.sql(), QStringLiteral("SELECT c.application_id, c.code, c.rectify_by, c.entity_id FROM commitments c "
                                                           "JOIN licences l ON l.application_id = c.application_id "
                                                           "WHERE c.status = 'unfulfilled' AND c.false_commitment = 0 AND c.rectified_on IS NULL "
                                                           "AND c.rectify_by < ? AND l.xk_zt <> '1'"),
                                  {today});
    struct Overdue { qint64 app; QString code; QString by; qint64 entity; };
    QList<Overdue> revoke;
    while (overdue.next())
        revoke << Overdue{overdue.value(0).toLongLong(), overdue.value(1).toString(), overdue.value(2).toString(), overdue.value(3).toLongLong()};
    for (const Overdue &o : revoke) {
        revokeLicence(tx, o.app, QStringLiteral("承诺未履行且逾期（%1）未整改，撤销许可（承诺编码 %2）").arg(o.by, o.code), asOf);
        sql::exec(tx.sql(), QStringLiteral("UPDATE approval_applications SET status = 'revoked' WHERE id = ?"), {o.app});
        ++r.revoked;
        touched.insert(o.entity);
    }

    for (qint64 entity : touched)
        approval::recomputeLight(tx, entity, asOf);
    tx.audit(QStringLiteral("approval.sweep"), QStringLiteral("approval"), today, {},
             {{QStringLiteral("missed"), r.missed}, {QStringLiteral("suspended"), r.suspended}, {QStringLiteral("returned"), r.returned},
              {QStringLiteral("revoked"), r.revoked}});
    tx.commit();
    return r;
}

} // namespace cl
