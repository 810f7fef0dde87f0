#pragma once

#include <QByteArray>
#include <QStringList>

namespace cl {

// Writing CSV the way Excel reads it: RFC 4180 quoting, CRLF, UTF-8 with a BOM at the start.
class Csv
{
public:
    static QByteArray line(const QStringList &cells);
    static QByteArray document(const QStringList &header, const QList<QStringList> &rows);
    static constexpr const char *Bom = "\xEF\xBB\xBF";
};

} // namespace cl
