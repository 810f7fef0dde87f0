#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cl {

class ZipArchive;

// The package structure of an .xlsx file: which parts hold the worksheets, the shared strings
// and the cell styles (found through the relationship parts, as Excel does, with the usual
// names as fallback), the worksheets' names and the workbook's date system.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    struct Sheet
    {
        QString name;
        QString part;  // e.g. "xl/worksheets/sheet1.xml"
        bool visible = true;
    };

    // Shared strings are held in memory (one QString each): refuse absurd tables.
    static constexpr qint64 MaxSharedStringsSize = qint64(512) * 1024 * 1024;

    // Reads the relationships, workbook.xml and nothing else. Throws Error(Invalid) when the
    // ZIP is not a spreadsheet (saying what it is when it can: .ods, .docx).
    XlsxWorkbook(const ZipArchive &zip, QString displayName);

    const QList<Sheet> &sheets() const { return m_sheets; }  // worksheets in workbook order
    bool date1904() const { return m_date1904; }

    // All shared strings, rich-text runs joined, phonetic guides left out.
    QStringList readSharedStrings() const;
    // For each cell style index (the s="" of a cell): does its number format show a date or time?
    QList<bool> readDateStyles() const;

    // Built-in ids 14-22, 27-36, 45-47, 50-58 are dates or times; a custom format is one when it
    // has y, m, d, h or s outside quotes, escapes and [colour/locale] brackets.
    static bool isDateFormat(int numFmtId, QStringView formatCode);
    // OOXML escapes control characters in text as _xHHHH_ (e.g. _x000D_ for CR).
    static QString decodeEscapes(const QString &text);
    // A relationship target resolved against the directory of the part that names it.
    static QString resolvePart(const QString &baseDir, const QString &target);

private:
    struct Relationship
    {
        QString id;
        QString type;
        QString target;  // resolved part name
    };
    QList<Relationship> readRelationships(const QString &part) const;
    qint64 requirePart(const QString &part) const;
    [[noreturn]] void notAWorkbook() const;

    const ZipArchive &m_zip;
    QString m_displayName;
    QList<Sheet> m_sheets;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    bool m_date1904 = false;
};

} // namespace cl
