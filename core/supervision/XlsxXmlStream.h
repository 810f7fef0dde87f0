#pragma once

#include "ZipArchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QXmlStreamReader>

namespace cl {

// A QXmlStreamReader fed from one ZIP entry chunk by chunk (addData), so a 500 MB sheet is
// parsed without inflating it into memory. Malformed or truncated XML throws Error naming the
// file and the part.
class XlsxXmlStream
{
    Q_DECLARE_TR_FUNCTIONS(XlsxXmlStream)

public:
    static constexpr qint64 ChunkSize = 256 * 1024;

    XlsxXmlStream(const ZipArchive &zip, qint64 index, QString partName, QString displayName);

    // The next token; EndDocument at the end (then again on every call).
    QXmlStreamReader::TokenType next();
    QXmlStreamReader &xml() { return m_xml; }

    // At a StartElement: appends the element's text to out and stops after its end. With
    // runsOnly, only text inside <t> counts (shared and inline strings, whose rich-text runs
    // <r><rPr/><t/></r> hold formatting besides text) and phonetic guides <rPh> are left out.
    // Text beyond maxChars is skipped, not kept; returns false when that happened.
    bool appendText(QString &out, bool runsOnly, qsizetype maxChars);
    // At a StartElement: skips it and everything inside.
    void skipElement();

    qint64 bytesRead() const { return m_stream->position(); }
    qint64 totalBytes() const { return m_stream->size(); }
    const QString &partName() const { return m_part; }

private:
    [[noreturn]] void malformed();
    bool feed();

    std::unique_ptr<ZipArchive::Stream> m_stream;
    QXmlStreamReader m_xml;
    QString m_part;
    QString m_displayName;
    bool m_inputDone = false;
};

} // namespace cl
