#include "Csv.h"

namespace cl {

QByteArray Csv::line(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out.append(',');
        QByteArray cell = cells.at(i).toUtf8();
        if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r')) {
            cell.replace("\"", "\"\"");
            out.append('"').append(cell).append('"');
        } else {
            out.append(cell);
        }
    }
    out.append("\r\n");
    return out;
}

QByteArray Csv::document(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out(Bom);
    out += line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

} // namespace cl
