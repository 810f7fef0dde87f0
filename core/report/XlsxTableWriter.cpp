#include "XlsxTableWriter.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <xlsxwriter.h>

namespace cl {

void XlsxTableWriter::write(const QString &path, const QList<Sheet> &sheets)
{
    const QString part = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(part);
    lxw_workbook *book = workbook_new(partName.constData());
    if (!book)
        throw Error(ErrorKind::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDDEBF7);
    for (const Sheet &sheet : sheets) {
        const QByteArray sheetName = sheet.name.left(31).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(book, sheetName.isEmpty() ? nullptr : sheetName.constData());
        QList<int> widths;
        for (int c = 0; c < sheet.header.size(); ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), sheet.header.at(c).toUtf8().constData(), bold);
            widths << int(sheet.header.at(c).toUtf8().size());
        }
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QStringList &row = sheet.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                bool numeric = false;
                const double value = c < sheet.numericColumns.size() && sheet.numericColumns.at(c) ? row.at(c).toDouble(&numeric) : 0.0;
                if (numeric)
                    worksheet_write_number(ws, lxw_row_t(r + 1), lxw_col_t(c), value, nullptr);
                else
                    worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), row.at(c).toUtf8().constData(), nullptr);
                if (c < widths.size())
                    widths[c] = std::max(widths[c], int(row.at(c).toUtf8().size()));
            }
        }
        // UTF-8 bytes approximate display width: a Chinese character is 3 bytes and about 2 columns wide.
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::min(60.0, widths.at(c) * 0.75 + 2), nullptr);
        worksheet_freeze_panes(ws, 1, 0);
    }
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR) {
        QFile::remove(part);
        throw Error(ErrorKind::Io, tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(rc))));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path))
        throw Error(ErrorKind::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace cl
