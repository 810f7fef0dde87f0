#include "XlsxWorkbook.h"

#include "XlsxXmlStream.h"
#include "ZipArchive.h"
#include "common/Error.h"

#include <QUrl>

namespace cl {

namespace {

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString relationshipsPartOf(const QString &part)
{
    const QString dir = directoryOf(part);
    const QString file = part.mid(dir.isEmpty() ? 0 : dir.size() + 1);
    return (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + QStringLiteral("_rels/") + file
        + QStringLiteral(".rels");
}

bool typeIs(const QString &relationshipType, QLatin1StringView kind)
{
    // Transitional and strict OOXML differ in the namespace, not in the last segment.
    return relationshipType.endsWith(QLatin1Char('/') + QString(kind));
}

// The r:id of a <sheet>, whatever prefix the file binds to the relationships namespace.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == u"id" && !a.prefix().isEmpty())
            return a.value().toString();
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

} // namespace

XlsxWorkbook::XlsxWorkbook(const ZipArchive &zip, QString displayName)
    : m_zip(zip), m_displayName(std::move(displayName))
{
    QString workbookPart;
    if (m_zip.find(QStringLiteral("_rels/.rels")) >= 0) {
        for (const Relationship &r : readRelationships(QStringLiteral("_rels/.rels")))
            if (typeIs(r.type, QLatin1StringView("officeDocument")))
                workbookPart = r.target;
    }
    if (workbookPart.isEmpty() || m_zip.find(workbookPart) < 0)
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (m_zip.find(workbookPart) < 0)
        notAWorkbook();

    QList<Relationship> rels;
    const QString relsPart = relationshipsPartOf(workbookPart);
    if (m_zip.find(relsPart) >= 0)
        rels = readRelationships(relsPart);
    const QString base = directoryOf(workbookPart);
    for (const Relationship &r : std::as_const(rels)) {
        if (typeIs(r.type, QLatin1StringView("sharedStrings")))
            m_sharedStringsPart = r.target;
        else if (typeIs(r.type, QLatin1StringView("styles")))
            m_stylesPart = r.target;
    }
    if (m_sharedStringsPart.isEmpty() && m_zip.find(resolvePart(base, QStringLiteral("sharedStrings.xml"))) >= 0)
        m_sharedStringsPart = resolvePart(base, QStringLiteral("sharedStrings.xml"));
    if (m_stylesPart.isEmpty() && m_zip.find(resolvePart(base, QStringLiteral("styles.xml"))) >= 0)
        m_stylesPart = resolvePart(base, QStringLiteral("styles.xml"));

    XlsxXmlStream xml(m_zip, requirePart(workbookPart), workbookPart, m_displayName);
    for (;;) {
        const QXmlStreamReader::TokenType t = xml.next();
        if (t == QXmlStreamReader::EndDocument)
            break;
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.xml().name();
        const QXmlStreamAttributes attributes = xml.xml().attributes();
        if (name == u"workbookPr") {
            m_date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (name == u"sheet") {
            Sheet sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            const QStringView state = attributes.value(QLatin1String("state"));
            sheet.visible = state.isEmpty() || state == u"visible";
            const QString id = relationshipId(attributes);
            bool found = false;
            for (const Relationship &r : std::as_const(rels)) {
                if (r.id != id)
                    continue;
                found = true;
                // Chart sheets, dialog and macro sheets hold no cells.
                if (typeIs(r.type, QLatin1StringView("worksheet")))
                    sheet.part = r.target;
                break;
            }
            if (!found) {
                // A workbook without its relationship part: Excel's usual naming.
                const QString guess = resolvePart(
                    base, QStringLiteral("worksheets/sheet%1.xml").arg(attributes.value(QLatin1String("sheetId"))));
                if (m_zip.find(guess) >= 0)
                    sheet.part = guess;
            }
            if (!sheet.part.isEmpty())
                m_sheets.append(sheet);
        }
    }
}

void XlsxWorkbook::notAWorkbook() const
{
    const qint64 mimetype = m_zip.find(QStringLiteral("mimetype"));
    if (mimetype >= 0) {
        QByteArray kind(128, Qt::Uninitialized);
        kind.truncate(m_zip.open(mimetype)->read(kind.data(), kind.size()));
        if (kind.contains("opendocument.spreadsheet"))
            throw Error(ErrorKind::Refused,
                        tr("“%1” is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel, save "
                           "it as “Excel Workbook (.xlsx)” and import that file.")
                            .arg(m_displayName));
    }
    if (m_zip.find(QStringLiteral("word/document.xml")) >= 0)
        throw Error(ErrorKind::Refused,
                    tr("“%1” is a Word document, not a spreadsheet. Import the table as .xlsx or CSV.")
                        .arg(m_displayName));
    throw Error(ErrorKind::Invalid,
                tr("“%1” is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml). Choose an .xlsx "
                   "or CSV file.")
                    .arg(m_displayName));
}

qint64 XlsxWorkbook::requirePart(const QString &part) const
{
    const qint64 index = m_zip.find(part);
    if (index < 0)
        throw Error(ErrorKind::Invalid,
                    tr("“%1” is damaged: the part “%2” is missing. Open the file in Excel, save it again as .xlsx "
                       "and import the new file.")
                        .arg(m_displayName, part));
    return index;
}

QList<XlsxWorkbook::Relationship> XlsxWorkbook::readRelationships(const QString &part) const
{
    // Targets are relative to the directory of the part the .rels file describes.
    QString described = part;
    described.remove(QStringLiteral("_rels/"));
    described.chop(5);  // ".rels"
    const QString base = directoryOf(described);

    QList<Relationship> rels;
    XlsxXmlStream xml(m_zip, requirePart(part), part, m_displayName);
    for (;;) {
        const QXmlStreamReader::TokenType t = xml.next();
        if (t == QXmlStreamReader::EndDocument)
            break;
        if (t != QXmlStreamReader::StartElement || xml.xml().name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = xml.xml().attributes();
        if (a.value(QLatin1String("TargetMode")) == u"External")
            continue;
        rels.append({a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(),
                     resolvePart(base, a.value(QLatin1String("Target")).toString())});
    }
    return rels;
}

QStringList XlsxWorkbook::readSharedStrings() const
{
    QStringList strings;
    if (m_sharedStringsPart.isEmpty())
        return strings;
    const qint64 index = requirePart(m_sharedStringsPart);
    if (m_zip.entrySize(index) > MaxSharedStringsSize)
        throw Error(ErrorKind::Refused,
                    tr("“%1” was refused: its text table (%2) is larger than %3 MB. Save the sheet as CSV UTF-8 and "
                       "import that file.")
                        .arg(m_displayName, m_sharedStringsPart)
                        .arg(MaxSharedStringsSize / (1024 * 1024)));
    XlsxXmlStream xml(m_zip, index, m_sharedStringsPart, m_displayName);
    QString text;
    for (;;) {
        const QXmlStreamReader::TokenType t = xml.next();
        if (t == QXmlStreamReader::EndDocument)
            break;
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.xml().name();
        if (name == u"si") {
            text.truncate(0);
            // A string table is limited as a whole (MaxSharedStringsSize), not per string.
            xml.appendText(text, true, MaxSharedStringsSize);
            strings.append(decodeEscapes(text));
        } else if (name == u"sst") {
            // Reserve for the declared count, bounded: the count is the file's claim, not a fact.
            const qsizetype count = xml.xml().attributes().value(QLatin1String("uniqueCount")).toLongLong();
            strings.reserve(std::clamp<qsizetype>(count, 0, 1 << 20));
        }
    }
    return strings;
}

QList<bool> XlsxWorkbook::readDateStyles() const
{
    QList<bool> styles;
    if (m_stylesPart.isEmpty() || m_zip.find(m_stylesPart) < 0)
        return styles;
    QHash<int, QString> customFormats;
    QList<int> cellFormats;
    XlsxXmlStream xml(m_zip, requirePart(m_stylesPart), m_stylesPart, m_displayName);
    bool inCellXfs = false;
    for (;;) {
        const QXmlStreamReader::TokenType t = xml.next();
        if (t == QXmlStreamReader::EndDocument)
            break;
        if (t == QXmlStreamReader::EndElement && xml.xml().name() == u"cellXfs")
            inCellXfs = false;
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.xml().name();
        const QXmlStreamAttributes a = xml.xml().attributes();
        if (name == u"numFmt") {
            customFormats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                 a.value(QLatin1String("formatCode")).toString());
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs) {
            cellFormats.append(a.value(QLatin1String("numFmtId")).toInt());
            xml.skipElement();  // alignment, protection
        }
    }
    styles.reserve(cellFormats.size());
    for (int id : std::as_const(cellFormats))
        styles.append(isDateFormat(id, customFormats.value(id)));
    return styles;
}

bool XlsxWorkbook::isDateFormat(int id, QStringView code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (id < 164 && code.isEmpty())
        return false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            while (++i < code.size() && code[i] != u'"') {}
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;  // an escaped literal, a padding or a fill character
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            const QStringView inside = code.sliced(i + 1, (close < 0 ? code.size() : close) - i - 1);
            // [h], [mm], [ss]: elapsed time. [Red], [$-804], [DBNum1]: not a date.
            if (!inside.isEmpty()
                && std::all_of(inside.begin(), inside.end(),
                               [](QChar x) { return x == u'h' || x == u'H' || x == u'm' || x == u'M' || x == u's' || x == u'S'; }))
                return true;
            if (close < 0)
                break;
            i = close;
        } else {
            const char16_t l = c.toLower().unicode();
            if (l == u'y' || l == u'm' || l == u'd' || l == u'h' || l == u's')
                return true;
        }
    }
    return false;
}

QString XlsxWorkbook::decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).sliced(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

QString XlsxWorkbook::resolvePart(const QString &baseDir, const QString &target)
{
    QString t = QUrl::fromPercentEncoding(target.toUtf8());
    t.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString path = t.startsWith(QLatin1Char('/')) ? t : baseDir + QLatin1Char('/') + t;
    QStringList parts;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(segment);
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace cl
