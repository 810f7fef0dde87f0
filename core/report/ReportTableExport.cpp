#include "ReportTableExport.h"

#include "XlsxTableWriter.h"
#include "common/Error.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>
#include <QStringEncoder>

namespace cl {

namespace {

QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : value)
        quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString generatedText(const ReportModel &model)
{
    return model.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Excel: at most 31 characters, none of []:*?/\, unique ignoring case.
QString sheetName(QString name, QSet<QString> &used)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    }
    name = name.left(31);
    QString candidate = name;
    for (int n = 2; used.contains(candidate.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - int(suffix.size())) + suffix;
    }
    used.insert(candidate.toLower());
    return candidate;
}

} // namespace

QString ReportTableExport::csvText(const ReportModel &model)
{
    QString out;
    out += csvLine({model.title});
    out += csvLine({tr("Office"), model.officeName});
    for (const auto &f : model.filters)
        out += csvLine({f.first, f.second});
    out += csvLine({tr("Generated"), generatedText(model)});
    for (const ReportSection &section : model.sections) {
        for (const ReportTable &table : section.tables) {
            out += QStringLiteral("\r\n");
            out += csvLine({table.title});
            out += csvLine(table.header);
            for (const QStringList &row : table.rows)
                out += csvLine(row);
        }
    }
    return out;
}

void ReportTableExport::writeCsv(const QString &path, const ReportModel &model, CsvEncoding encoding)
{
    const QString text = csvText(model);
    QByteArray bytes;
    if (encoding == CsvEncoding::Gb18030) {
        QStringEncoder encoder("GB18030");
        if (!encoder.isValid())
            throw Error(ErrorKind::Invalid, tr("This system cannot write GB18030 text; choose UTF-8."));
        bytes = encoder.encode(text);
    } else {
        bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::Io, tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void ReportTableExport::writeXlsx(const QString &path, const ReportModel &model)
{
    QList<XlsxTableWriter::Sheet> sheets;
    QSet<QString> used;
    XlsxTableWriter::Sheet about;
    about.name = sheetName(tr("Report"), used);
    about.header = QStringList{model.title, QString()};
    about.rows << QStringList{tr("Office"), model.officeName};
    for (const auto &f : model.filters)
        about.rows << QStringList{f.first, f.second};
    about.rows << QStringList{tr("Generated"), generatedText(model)};
    sheets << about;
    for (const ReportSection &section : model.sections) {
        for (const ReportTable &table : section.tables) {
            XlsxTableWriter::Sheet sheet;
            sheet.name = sheetName(table.title, used);
            sheet.header = table.header;
            sheet.rows = table.rows;
            sheet.numericColumns = table.numericColumns;
            sheets << sheet;
        }
    }
    XlsxTableWriter::write(path, sheets);
}

} // namespace cl
