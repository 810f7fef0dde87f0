#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace cl {

// The data files of a sync package: UTF-8 (a BOM is allowed), RFC 4180, header row of DOMAIN.md
// §9 codes. Written with Csv::line; read strictly here: a package is machine-written, so a
// malformed file is refused as a whole rather than repaired row by row.
class SyncCsv
{
    Q_DECLARE_TR_FUNCTIONS(SyncCsv)

public:
    struct Table
    {
        QStringList header;
        std::vector<QStringList> rows;
    };
    static QByteArray write(const QStringList &header, const std::vector<QStringList> &rows);
    // Throws Error(Invalid) naming the line for bad UTF-8, an unterminated quote or stray text
    // after a closing quote, or a row whose cell count differs from the header's.
    static Table parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace cl
