#include "ItemCatalogueFile.h"

#include "ItemCatalogue.h"
#include "common/Csv.h"
#include "common/Error.h"
#include "db/WriteTransaction.h"
#include "registry/ReferenceData.h"
#include "report/XlsxTableWriter.h"
#include "supervision/TableReader.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

namespace cl {

namespace {
// Field key, Chinese header (written), English alias (accepted).
struct Field
{
    const char *key;
    const char16_t *chinese;
    bool required;
};
const Field Fields[] = {
    {"code", u"事项编码", true},          {"name", u"事项名称", true},         {"category", u"事项类别", false},
    {"supervising", u"监管部门", false},   {"legal_basis", u"设定依据", true},  {"conditions", u"许可条件", false},
    {"statutory_days", u"法定办结时限", false}, {"promised_days", u"承诺时限", false}, {"verify_method", u"核查方式", false},
    {"verify_within_days", u"核查期限", false}, {"sample_rate", u"核查比例", false}, {"commitment_allowed", u"可告知承诺", false},
    {"deficiency_allowed", u"可容缺受理", false}, {"excluded", u"不适用告知承诺", false}, {"licence_category", u"许可类别", false},
    {"certificate_name", u"证照名称", false}, {"valid_years", u"有效期（年）", false}, {"core_materials", u"核心材料", false},
    {"secondary_materials", u"次要材料", false},
};

QString categoryText(const QString &c)
{
    if (c == QLatin1String("certificate")) return QStringLiteral("证明事项");
    if (c == QLatin1String("business_licence")) return QStringLiteral("涉企经营许可");
    return QStringLiteral("其他");
}
QString methodText(const QString &m)
{
    if (m == QLatin1String("written")) return QStringLiteral("书面核查");
    if (m == QLatin1String("online")) return QStringLiteral("网络核验");
    if (m == QLatin1String("publicity")) return QStringLiteral("公示核查");
    return QStringLiteral("实地核查");
}
QString yesNo(bool b)
{
    return b ? QStringLiteral("是") : QStringLiteral("否");
}
const QRegularExpression &listSeparator()
{
    static const QRegularExpression re(QStringLiteral("[、,，;；\\n]"));
    return re;
}
} // namespace

QStringList ItemCatalogueFile::header()
{
    QStringList h;
    for (const Field &f : Fields)
        h << QString::fromUtf16(f.chinese);
    return h;
}

void ItemCatalogueFile::exportTo(const QSqlDatabase &db, const QString &path)
{
    QList<QStringList> rows;
    for (const ApprovalItem &i : ItemCatalogue::list(db, {}, false)) {
        QStringList core, secondary;
        for (const ItemMaterial &m : i.materials)
            (m.core ? core : secondary) << m.name;
        rows << QStringList{i.code, i.name, categoryText(i.category), i.supervisingDepartments.join(QStringLiteral("、")), i.legalBasis,
                            i.conditions, QString::number(i.statutoryDays), QString::number(i.promisedDays), methodText(i.verifyMethod),
                            QString::number(i.verifyWithinDays), QString::number(i.sampleRate), yesNo(i.commitmentAllowed),
                            yesNo(i.deficiencyAllowed), yesNo(i.excluded), i.licenceCategory, i.certificateName,
                            QString::number(i.validYears), core.join(QStringLiteral("、")), secondary.join(QStringLiteral("、"))};
    }
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxTableWriter::write(path, {{QStringLiteral("告知承诺事项清单"), header(), rows, {}}});
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Csv::document(header(), rows)) < 0 || !file.commit())
        throw Error(ErrorKind::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

ItemCatalogueFile::ImportResult ItemCatalogueFile::importFrom(WriteTransaction &tx, const QString &path)
{
    std::unique_ptr<TableReader> reader = TableReader::open(path);
    QStringList cells;
    if (!reader->readRow(cells))
        throw Error(ErrorKind::Invalid, tr("%1 is empty.").arg(QDir::toNativeSeparators(path)));
    QHash<QString, int> column;
    for (int c = 0; c < cells.size(); ++c)
        for (const Field &f : Fields)
            if (cells.at(c) == QString::fromUtf16(f.chinese) || cells.at(c).compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0)
                column.insert(QLatin1String(f.key), c);
    for (const Field &f : Fields)
        if (f.required && !column.contains(QLatin1String(f.key)))
            throw Error(ErrorKind::Invalid, tr("%1 has no column %2 (%3).").arg(QDir::toNativeSeparators(path), QString::fromUtf16(f.chinese),
                                                                            QLatin1String(f.key)));
    const QHash<QString, qint64> departments = ReferenceData::departmentLookup(tx.sql());
    ImportResult result;
    while (reader->readRow(cells)) {
        const qint64 row = reader->rowNumber();
        auto fail = [&](const char *key, const QString &why) {
            return Error(ErrorKind::Invalid, tr("Row %1, column %2: %3 Nothing was imported.")
                                                 .arg(row)
                                                 .arg(QString::fromUtf16(std::find_if(std::begin(Fields), std::end(Fields), [key](const Field &f) {
                                                          return qstrcmp(f.key, key) == 0;
                                                      })->chinese),
                                                      why));
        };
        if (!reader->rowProblem().isEmpty())
            throw Error(ErrorKind::Invalid, tr("Row %1: %2 Nothing was imported.").arg(row).arg(reader->rowProblem()));
        auto cell = [&](const char *key) {
            const int c = column.value(QLatin1String(key), -1);
            return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
        };
        const QString code = cell("code").toUpper();
        if (code.isEmpty())
            throw fail("code", tr("the item code is empty."));
        const std::optional<ApprovalItem> existing = ItemCatalogue::byCode(tx.sql(), code);
        ApprovalItem item = existing.value_or(ApprovalItem{});
        item.code = code;
        auto text = [&](const char *key, QString &target) {
            if (column.contains(QLatin1String(key)))
                target = cell(key);
        };
        auto number = [&](const char *key, int &target) {
            if (!column.contains(QLatin1String(key)) || cell(key).isEmpty())
                return;
            bool ok = false;
            target = cell(key).toInt(&ok);
            if (!ok)
                throw fail(key, tr("\"%1\" is not a whole number.").arg(cell(key)));
        };
        auto flag = [&](const char *key, bool &target) {
            if (!column.contains(QLatin1String(key)) || cell(key).isEmpty())
                return;
            const QString v = cell(key);
            if (v == QStringLiteral("是") || v.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 || v == QLatin1String("1"))
                target = true;
            else if (v == QStringLiteral("否") || v.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0 || v == QLatin1String("0"))
                target = false;
            else
                throw fail(key, tr("\"%1\" is not 是 or 否.").arg(v));
        };
        text("name", item.name);
        text("legal_basis", item.legalBasis);
        text("conditions", item.conditions);
        text("licence_category", item.licenceCategory);
        text("certificate_name", item.certificateName);
        if (column.contains(QStringLiteral("category")) && !cell("category").isEmpty()) {
            const QString v = cell("category");
            item.category = v == QStringLiteral("证明事项") ? QStringLiteral("certificate")
                            : v == QStringLiteral("涉企经营许可") ? QStringLiteral("business_licence")
                            : v == QStringLiteral("其他") ? QStringLiteral("other") : v;
        } else if (item.category.isEmpty()) {
            item.category = QStringLiteral("business_licence");
        }
        if (column.contains(QStringLiteral("verify_method")) && !cell("verify_method").isEmpty()) {
            const QString v = cell("verify_method");
            item.verifyMethod = v == QStringLiteral("书面核查") ? QStringLiteral("written")
                                : v == QStringLiteral("网络核验") ? QStringLiteral("online")
                                : v == QStringLiteral("实地核查") ? QStringLiteral("onsite")
                                : v == QStringLiteral("公示核查") ? QStringLiteral("publicity") : v;
        } else if (item.verifyMethod.isEmpty()) {
            item.verifyMethod = QStringLiteral("onsite");
        }
        number("statutory_days", item.statutoryDays);
        number("promised_days", item.promisedDays);
        number("verify_within_days", item.verifyWithinDays);
        number("valid_years", item.validYears);
        if (column.contains(QStringLiteral("sample_rate")) && !cell("sample_rate").isEmpty()) {
            QString v = cell("sample_rate");
            const bool percent = v.endsWith(QLatin1Char('%'));
            bool ok = false;
            double rate = (percent ? v.chopped(1) : v).toDouble(&ok);
            if (!ok)
                throw fail("sample_rate", tr("\"%1\" is not a rate (0.3 or 30%).").arg(v));
            item.sampleRate = percent || rate > 1 ? rate / 100.0 : rate;
        }
        flag("commitment_allowed", item.commitmentAllowed);
        flag("deficiency_allowed", item.deficiencyAllowed);
        flag("excluded", item.excluded);
        if (column.contains(QStringLiteral("supervising")) && !cell("supervising").isEmpty()) {
            item.supervisingDepartmentIds.clear();
            for (const QString &name : cell("supervising").split(listSeparator(), Qt::SkipEmptyParts)) {
                const qint64 id = departments.value(ReferenceData::normalizeName(name), 0);
                if (id == 0)
                    throw fail("supervising", tr("unknown department \"%1\".").arg(name.trimmed()));
                item.supervisingDepartmentIds << id;
            }
        }
        if (column.contains(QStringLiteral("core_materials")) || column.contains(QStringLiteral("secondary_materials"))) {
            QList<ItemMaterial> materials;
            for (const QString &m : cell("core_materials").split(listSeparator(), Qt::SkipEmptyParts))
                materials << ItemMaterial{0, m.trimmed(), true};
            for (const QString &m : cell("secondary_materials").split(listSeparator(), Qt::SkipEmptyParts))
                materials << ItemMaterial{0, m.trimmed(), false};
            if (!materials.isEmpty())
                item.materials = materials;
        }
        if (item.supervisingDepartmentIds.isEmpty())
            throw fail("supervising", tr("an item needs at least one supervising department."));
        try {
            ItemCatalogue::save(tx, item);
        } catch (const Error &e) {
            throw Error(ErrorKind::Invalid, tr("Row %1: %2 Nothing was imported.").arg(row).arg(e.message()));
        }
        (existing ? result.updated : result.added)++;
    }
    return result;
}

} // namespace cl
