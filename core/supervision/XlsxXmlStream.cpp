#include "XlsxXmlStream.h"

#include "common/Error.h"

namespace cl {

XlsxXmlStream::XlsxXmlStream(const ZipArchive &zip, qint64 index, QString partName, QString displayName)
    : m_stream(zip.open(index)), m_part(std::move(partName)), m_displayName(std::move(displayName))
{
    // Parts are matched by local names (some writers use "x:" prefixes, strict OOXML other
    // namespace URIs), so namespace resolution is work for nothing.
    m_xml.setNamespaceProcessing(false);
}

void XlsxXmlStream::malformed()
{
    const bool truncated = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
    const QString detail = QStringLiteral("%1: %2 (line %3, column %4)")
                               .arg(m_part, m_xml.errorString())
                               .arg(m_xml.lineNumber())
                               .arg(m_xml.columnNumber());
    throw Error(ErrorKind::Invalid,
                truncated ? tr("“%1” is damaged: its part “%2” ends too early. Open the file in Excel, save it again "
                               "as .xlsx and import the new file.")
                                .arg(m_displayName, m_part)
                          : tr("“%1” is damaged: its part “%2” is not valid XML (%3, line %4). Open the file in "
                               "Excel, save it again as .xlsx and import the new file.")
                                .arg(m_displayName, m_part, m_xml.errorString())
                                .arg(m_xml.lineNumber()),
                detail);
}

bool XlsxXmlStream::feed()
{
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    const qint64 n = m_stream->read(chunk.data(), chunk.size());
    if (n == 0) {
        m_inputDone = true;
        return false;
    }
    chunk.truncate(n);
    m_xml.addData(chunk);
    return true;
}

QXmlStreamReader::TokenType XlsxXmlStream::next()
{
    if (m_xml.tokenType() == QXmlStreamReader::EndDocument)
        return QXmlStreamReader::EndDocument;
    for (;;) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t != QXmlStreamReader::Invalid)
            return t;
        // The reader ran out of data in the middle of a token: give it the next chunk.
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_inputDone && feed())
            continue;
        malformed();
    }
}

bool XlsxXmlStream::appendText(QString &out, bool runsOnly, qsizetype maxChars)
{
    bool complete = true;
    int depth = 1;
    int textDepth = 0;  // depth of the <t> being read, 0 outside one
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (runsOnly) {
                const QStringView name = m_xml.name();
                if (name == u"rPh") {
                    skipElement();
                    --depth;
                } else if (name == u"t") {
                    textDepth = depth;
                }
            }
            break;
        case QXmlStreamReader::Characters:
            if (!runsOnly || textDepth > 0) {
                const QStringView text = m_xml.text();
                if (out.size() + text.size() <= maxChars)
                    out += text;
                else
                    complete = false;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (textDepth == depth)
                textDepth = 0;
            if (--depth == 0)
                return complete;
            break;
        case QXmlStreamReader::EndDocument:
            return complete;
        default:
            break;
        }
    }
}

void XlsxXmlStream::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case QXmlStreamReader::StartElement: ++depth; break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::EndDocument: return;
        default: break;
        }
    }
}

} // namespace cl
