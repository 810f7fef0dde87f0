#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace cl {

// The rejected rows of an import as a CSV a department can fix and send again: the original
// columns first (so the fixed file re-imports as it is; extra columns are ignored), then the
// row number, column and reason. UTF-8 with BOM, so Excel opens it in Chinese.
class RejectReport
{
    Q_DECLARE_TR_FUNCTIONS(RejectReport)

public:
    // Writes to path + ".part" and renames on finish(), so a half-written report never appears.
    RejectReport(const QString &path, const QStringList &header);
    ~RejectReport();
    void add(qint64 row, const QString &column, const QString &reason, const QStringList &cells);
    void finish();

private:
    QString m_path;
    QFile m_file;
    int m_columns;
    bool m_finished = false;
};

} // namespace cl
