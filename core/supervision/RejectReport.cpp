#include "RejectReport.h"

#include "common/Csv.h"
#include "common/Error.h"

#include <QDir>

namespace cl {

RejectReport::RejectReport(const QString &path, const QStringList &header)
    : m_path(path), m_file(path + QStringLiteral(".part")), m_columns(int(header.size()))
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(ErrorKind::Io, tr("Cannot write the report %1: %2.").arg(QDir::toNativeSeparators(path), m_file.errorString()));
    m_file.write(Csv::Bom);
    QStringList columns = header;
    columns << tr("Row") << tr("Column") << tr("Reason");
    m_file.write(Csv::line(columns));
}

RejectReport::~RejectReport()
{
    if (!m_finished) {
        m_file.close();
        m_file.remove();
    }
}

void RejectReport::add(qint64 row, const QString &column, const QString &reason, const QStringList &cells)
{
    QStringList line = cells.mid(0, m_columns);
    while (line.size() < m_columns)
        line << QString();
    line << QString::number(row) << column << reason;
    m_file.write(Csv::line(line));
}

void RejectReport::finish()
{
    m_file.flush();
    m_file.close();
    QFile::remove(m_path);
    if (!m_file.rename(m_path))
        throw Error(ErrorKind::Io, tr("Cannot write the report %1: %2.").arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    m_finished = true;
}

} // namespace cl
