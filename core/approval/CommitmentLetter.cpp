#include "CommitmentLetter.h"

#include "ItemCatalogue.h"
#include "SerialNumbers.h"
#include "common/Error.h"

namespace cl {

namespace {
// The letter is a Chinese legal document whatever the UI language: its wording is data, not UI text.
QString methodText(const QString &method)
{
    if (method == QLatin1String("written")) return QStringLiteral("书面核查");
    if (method == QLatin1String("online")) return QStringLiteral("网络核验");
    if (method == QLatin1String("publicity")) return QStringLiteral("公示核查");
    return QStringLiteral("实地核查");
}
} // namespace

QString CommitmentLetter::render(const QSqlDatabase &db, const Application &a)
{
    if (a.commitments.isEmpty())
        throw Error(ErrorKind::Refused, tr("Application %1 is handled in the ordinary mode and has no commitment letter.").arg(a.appNo));
    const std::optional<ApprovalItem> item = ItemCatalogue::byId(db, a.itemId);
    if (!item)
        throw Error(ErrorKind::NotFound, tr("The item of application %1 is no longer in the catalogue.").arg(a.appNo));
    QString deficiency;
    QStringList missing;
    QDate due;
    for (const ApplicationMaterial &m : a.materials)
        if (m.status != QLatin1String("provided")) {
            missing << m.name;
            due = m.dueOn;
        }
    if (!missing.isEmpty())
        deficiency = QStringLiteral("五、容缺受理承诺：本申请人承诺在%1前补齐以下材料：%2；逾期未补齐的，同意中止审查，中止满15个工作日仍未补齐的予以退件，"
                                    "并记入信用记录。\n")
                         .arg(due.toString(QStringLiteral("yyyy年M月d日")), missing.join(QStringLiteral("、")));
    QString text = item->letterTemplate;
    const QList<std::pair<QString, QString>> fields{
        {QStringLiteral("{code}"), a.commitments.first().code},
        {QStringLiteral("{item}"), item->name},
        {QStringLiteral("{item_code}"), item->code},
        {QStringLiteral("{committer}"), a.entityName},
        {QStringLiteral("{committer_code}"), a.entityCode},
        {QStringLiteral("{legal_rep}"), a.entityLegalRep},
        {QStringLiteral("{conditions}"), item->conditions},
        {QStringLiteral("{legal_basis}"), item->legalBasis},
        {QStringLiteral("{verify_method}"), methodText(item->verifyMethod)},
        {QStringLiteral("{verify_days}"), QString::number(item->verifyWithinDays)},
        {QStringLiteral("{deficiency}"), deficiency},
        {QStringLiteral("{date}"), a.receivedOn.toString(QStringLiteral("yyyy年M月d日"))},
        {QStringLiteral("{office}"), SerialNumbers::meta(db, QStringLiteral("office_name"))}};
    for (const auto &[key, value] : fields)
        text.replace(key, value);
    return text;
}

} // namespace cl
