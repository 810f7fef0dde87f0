#include "SyncCsv.h"

#include "common/Csv.h"
#include "common/Error.h"

#include <QStringDecoder>

namespace cl {

QByteArray SyncCsv::write(const QStringList &header, const std::vector<QStringList> &rows)
{
    QByteArray out(Csv::Bom);
    out += Csv::line(header);
    for (const QStringList &row : rows)
        out += Csv::line(row);
    return out;
}

SyncCsv::Table SyncCsv::parse(const QByteArray &bytes, const QString &fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw Error(ErrorKind::Invalid, tr("%1 is not valid UTF-8 text.").arg(fileName));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    Table table;
    const QChar *p = text.constData();
    const QChar *const end = p + text.size();
    qint64 line = 1;
    QStringList cells;
    QString cell;
    auto finishRow = [&](qint64 rowLine) {
        cells << cell;
        cell.clear();
        if (table.header.isEmpty() && table.rows.empty()) {
            table.header = cells;
        } else {
            if (cells.size() != table.header.size())
                throw Error(ErrorKind::Invalid, tr("%1, line %2: %3 cells where the header has %4.")
                                                    .arg(fileName).arg(rowLine).arg(cells.size()).arg(table.header.size()));
            table.rows.push_back(cells);
        }
        cells.clear();
    };
    while (p < end) {
        const qint64 rowLine = line;
        // One row.
        for (;;) {
            if (p < end && *p == QLatin1Char('"')) {
                ++p;
                for (;;) {
                    if (p >= end)
                        throw Error(ErrorKind::Invalid, tr("%1, line %2: a quoted cell is not closed.").arg(fileName).arg(rowLine));
                    if (*p == QLatin1Char('"')) {
                        if (p + 1 < end && p[1] == QLatin1Char('"')) {
                            cell += QLatin1Char('"');
                            p += 2;
                            continue;
                        }
                        ++p;
                        break;
                    }
                    if (*p == QLatin1Char('\n'))
                        ++line;
                    cell += *p++;
                }
                if (p < end && *p != QLatin1Char(',') && *p != QLatin1Char('\r') && *p != QLatin1Char('\n'))
                    throw Error(ErrorKind::Invalid, tr("%1, line %2: text after a closing quote.").arg(fileName).arg(line));
            } else {
                const QChar *start = p;
                while (p < end && *p != QLatin1Char(',') && *p != QLatin1Char('\r') && *p != QLatin1Char('\n')) {
                    if (*p == QLatin1Char('"'))
                        throw Error(ErrorKind::Invalid, tr("%1, line %2: a quote inside an unquoted cell.").arg(fileName).arg(line));
                    ++p;
                }
                cell.append(start, p - start);
            }
            if (p < end && *p == QLatin1Char(',')) {
                cells << cell;
                cell.clear();
                ++p;
                continue;
            }
            break;
        }
        if (p < end && *p == QLatin1Char('\r'))
            ++p;
        if (p < end && *p == QLatin1Char('\n')) {
            ++p;
            ++line;
        } else if (p < end) {
            throw Error(ErrorKind::Invalid, tr("%1, line %2: a line break must be CRLF or LF.").arg(fileName).arg(line));
        }
        finishRow(rowLine);
    }
    if (table.header.isEmpty())
        throw Error(ErrorKind::Invalid, tr("%1 is empty: it has no header row.").arg(fileName));
    return table;
}

} // namespace cl
