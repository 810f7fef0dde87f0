#!/usr/bin/env python3
"""Writes the reader fixtures of tests/data/readers/ (CSV in several encodings, hand-made XLSX
packages, broken and hostile files) and the fuzz seed corpus of tests/fuzz/corpus/.

Run from anywhere: python3 tests/data/readers/make_fixtures.py
The files are checked in; rerun only to change them (the output is deterministic).
Standard library only: the XLSX packages are written part by part so each oddity is on purpose.
"""
import os
import random
import struct
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "fuzz", "corpus"))

HEADER = ["统一社会信用代码", "主体名称", "评价部门", "评价体系", "评价结果", "评价分数", "行业领域", "评价日期", "有效期至", "备注"]
ROWS = [
    ["91370681MA3P7K2Q3U", "龙口市鑫达食品有限公司", "市场监管局", "SAMR_SD", "A", "95", "食品生产", "2025-11-28", "2026-11-27", ""],
    ["92370681MA3N4R8W1A", "龙口市张记餐馆", "卫生健康局", "GENERIC", "良好", "", "餐饮服务", "2025/9/1", "", "复核"],
    ["93370681MA3T6H1D0W", "龙口市丰收农民专业合作社", "生态环境局", "ENV", "蓝", "", "农业", "2025年10月8日", "", ""],
]


def write(name, data, folder=HERE):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def csv_text(rows, sep=",", eol="\n"):
    return eol.join(sep.join(r) for r in rows) + eol


# ---------------------------------------------------------------- CSV
def make_csv():
    table = [HEADER] + ROWS
    write("grades_utf8.csv", csv_text(table).encode("utf-8"))
    write("grades_utf8_bom_crlf.csv", b"\xef\xbb\xbf" + csv_text(table, eol="\r\n").encode("utf-8"))
    write("grades_gb18030.csv", csv_text(table, eol="\r\n").encode("gb18030"))
    # Excel's "Unicode text": UTF-16LE with BOM, tab-separated.
    write("grades_utf16le_bom.txt", csv_text(table, sep="\t", eol="\r\n").encode("utf-16"))  # LE + BOM on x86
    write("grades_utf16be_bom.csv", b"\xfe\xff" + csv_text(table, eol="\r\n").encode("utf-16-be"))
    write("grades_tab.tsv", csv_text(table, sep="\t").encode("utf-8"))
    write("grades_semicolon.csv", csv_text([["code", "name", "grade"], ["1", "a,b", "A"]], sep=";").encode("utf-8"))
    # Quoting: commas, doubled quotes, line breaks (LF and CRLF) inside quotes; the record of
    # line 3 spans lines 3-5, so the next record starts on line 6.
    write("quoted.csv", (
        'code,name,remark\n'
        '1,"Acme, Inc.","said ""hello"""\n'
        '2,"two\nline","three\r\nlines"\n'
        '3,"",plain\n'
        '4,"ab"c,"x"\n'
    ).encode("utf-8"))
    write("mixed_line_endings.csv", b"a,b\r\n1,2\n3,4\r5,6\r\n7,8")
    # One GB18030 row (line 3) inside a UTF-8 file (as when rows from two exports are pasted
    # together in a text editor).
    write("mixed_encoding.csv", "代码,名称\n1,鑫达\n".encode("utf-8") + "2,张记餐馆\n".encode("gb18030")
          + "".join("%d,%s\n" % (i, n) for i, n in enumerate(["丰收"] + [r[1] for r in ROWS] * 3, 3)).encode("utf-8"))
    write("unterminated_quote.csv", b'a,b\n1,2\n3,"never closed\n4,5\n')
    write("header_only.csv", "\ufeff统一社会信用代码,主体名称\r\n".encode("utf-8"))
    write("empty.csv", b"")
    write("blank_lines.csv", b"a,b\n\n1,2\n,\n\r\n3,4\n\n\n")
    # Header cells with full-width spaces, a no-break space and a second BOM left by a bad merge.
    write("header_spaces.csv", ("\ufeff\u3000统一社会信用代码 ,\u00a0主体名称\u3000,\ufeff评价部门\n"
                                " 91370681MA3P7K2Q3U ,名称 , 部门\n").encode("utf-8"))
    rnd = random.Random(20260101)
    write("binary_garbage.bin", bytes(rnd.randrange(256) for _ in range(4096)) + b"\0\0\0")
    write("garbage_no_nul.csv", bytes(rnd.randrange(1, 256) for _ in range(2048)))
    write("web_page.xls", (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n'
        '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>\r\n'
        '<body><table><tr><td>统一社会信用代码</td><td>主体名称</td></tr></table></body></html>\r\n').encode("utf-8"))
    write("web_page_doctype.xls", b"\r\n  <!DOCTYPE html>\n<html><body><table></table></body></html>")
    write("spreadsheet2003.xls", (
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"/></Workbook>\n'
    ).encode("utf-8"))
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    write("old_excel.xls", ole + b"W\0o\0r\0k\0b\0o\0o\0k\0" + b"\0" * 512)
    write("encrypted_ooxml.xlsx", ole + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)


# ---------------------------------------------------------------- XLSX
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
T_DOC = NS_REL + "/officeDocument"
T_SHEET = NS_REL + "/worksheet"
T_CHART = NS_REL + "/chartsheet"
T_SST = NS_REL + "/sharedStrings"
T_STYLES = NS_REL + "/styles"

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')


def rels(items):
    body = "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % i for i in items)
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s">%s</Relationships>' % (NS_PKG, body)


def workbook(sheets, pr=""):
    body = "".join('<sheet name="%s" sheetId="%d"%s r:id="%s"/>' % (escape(n, {'"': "&quot;"}), i + 1,
                                                                    (' state="%s"' % st) if st else "", rid)
                   for i, (n, rid, st) in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s">%s'
            '<sheets>%s</sheets></workbook>' % (NS_MAIN, NS_REL, pr, body))


def sheet(rows_xml, before="", after=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s" xmlns:r="%s">'
            '<dimension ref="A1:J9"/>%s<sheetData>%s</sheetData>%s</worksheet>' % (NS_MAIN, NS_REL, before, rows_xml, after))


def sst(items):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
            % (NS_MAIN, len(items), len(items), "".join("<si>%s</si>" % i for i in items)))


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return "<t%s>%s</t>" % (sp, escape(text))


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
          '<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/>'
          '<numFmt numFmtId="177" formatCode="0.00_);[Red]\\(0.00\\)"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
          '<xf numFmtId="176" applyNumberFormat="1"><alignment horizontal="center"/></xf><xf numFmtId="177"/>'
          '<xf numFmtId="49"/></cellXfs></styleSheet>' % NS_MAIN)


def package(path, sheets, shared=None, styles=None, wb_pr="", extra=None, folder=HERE, compression=zipfile.ZIP_DEFLATED):
    """sheets: list of (name, part under xl/ or None for a chartsheet, xml, state)."""
    wb_rels = []
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", rels([("rId1", T_DOC, "xl/workbook.xml")]))]
    wb_sheets = []
    for i, (name, part, xml, state) in enumerate(sheets):
        rid = "rId%d" % (i + 1)
        if part is None:
            wb_rels.append((rid, T_CHART, "chartsheets/sheet%d.xml" % (i + 1)))
            entries.append(("xl/chartsheets/sheet%d.xml" % (i + 1), xml))
        else:
            wb_rels.append((rid, T_SHEET, part))
            entries.append((("xl/" + part) if not part.startswith("/") else part[1:], xml))
        wb_sheets.append((name, rid, state))
    if shared is not None:
        wb_rels.append(("rId90", T_SST, "sharedStrings.xml"))
        entries.append(("xl/sharedStrings.xml", sst(shared)))
    if styles is not None:
        wb_rels.append(("rId91", T_STYLES, "styles.xml"))
        entries.append(("xl/styles.xml", styles))
    entries.append(("xl/workbook.xml", workbook(wb_sheets, wb_pr)))
    entries.append(("xl/_rels/workbook.xml.rels", rels(wb_rels)))
    entries += extra or []
    full = os.path.join(folder, path)
    with zipfile.ZipFile(full, "w", compression) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = compression
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    with open(full, "rb") as f:
        return f.read()


def c(ref, value, typ=None, style=None):
    attrs = (' r="%s"' % ref if ref else "") + (' s="%d"' % style if style is not None else "") + (' t="%s"' % typ if typ else "")
    if value is None:
        return "<c%s/>" % attrs
    if typ == "inlineStr":
        return "<c%s><is>%s</is></c>" % (attrs, value)
    return "<c%s><v>%s</v></c>" % (attrs, value)


def inl(ref, text):
    """An inline-string cell."""
    return c(ref, t(text), "inlineStr")


def row(r, cells, extra=""):
    return '<row r="%d"%s>%s</row>' % (r, extra, "".join(cells)) if r else "<row>%s</row>" % "".join(cells)


def make_xlsx():
    # Shared strings: header names, plain texts, a rich-text run pair, a phonetic guide that must
    # not appear, an escaped CR, leading/trailing spaces.
    shared = [t(h) for h in HEADER] + [
        t("龙口市鑫达食品有限公司"),                                          # 10
        '<r><rPr><b/></rPr>' + t("龙口市") + '</r><r>' + t("张记餐馆") + '</r>',  # 11 rich
        t("市场监管局") + '<rPh sb="0" eb="2"><t>shi chang</t></rPh>',          # 12 phonetic
        t("第一行_x000D_\n第二行"),                                           # 13 escaped CR
        t("  A  "),                                                            # 14 spaces kept
        "<t/>",                                                                # 15 empty
    ]
    rows = [
        row(1, [c("%s1" % "ABCDEFGHIJ"[i], i, "s") for i in range(10)], ' spans="1:10"'),
        row(2, [c("A2", "91370681MA3P7K2Q3U", "str"),
                c("B2", 10, "s"), c("C2", 12, "s"), inl("D2", "SAMR_SD"),
                c("E2", 14, "s"), c("F2", "95"), c("G2", 13, "s"), c("H2", "45992", style=1), c("I2", "46356", style=2),
                c("J2", "1", "b")]),
        # Row 3 has gaps: B, D..G missing; C is a styled empty cell; H a number in a plain format.
        row(3, [inl("A3", "92370681MA3N4R8W1A"),
                c("C3", None, style=1), c("H3", "45658.75", style=3), c("J3", "#N/A", "e")]),
        # Rows 4 and 5 are missing; row 6: rich inline string, formula with cached text, ISO date.
        row(6, [c("A6", "93370681MA3T6H1D0W", "str"),
                '<c r="B6" t="inlineStr"><is><r>' + t("丰收") + '</r><r><rPr><i/></rPr>' + t("合作社") + '</r></is></c>',
                '<c r="E6" t="str"><f>UPPER("b")</f><v>B</v></c>', c("F6", "1.5E-3"),
                c("H6", "2025-10-08T00:00:00", "d"), c("J6", "0", "b")]),
        # Row 7: formatted but empty (skipped). Row 8: shared string index out of range.
        row(7, [c("A7", None, style=1), c("B7", 15, "s")]),
        row(8, [inl("A8", "bad index"), c("B8", 999, "s")]),
    ]
    good = package("grades_shared.xlsx", [("评价结果", "worksheets/sheet1.xml", sheet("".join(rows),
                   before='<sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="20"/></cols>',
                   after='<mergeCells count="1"><mergeCell ref="A20:B20"/></mergeCells><pageMargins left="0.7"/>'), None)],
                   shared=shared, styles=STYLES)
    write("grades_shared.xlsx", good, CORPUS + "/xlsx")

    # Several sheets: a hidden list sheet first, a chart sheet, the data sheet at an absolute and
    # unusual part name, a third sheet with a name that needs escaping.
    lists = sheet(row(1, [inl("A1", "清单")]))
    data = sheet(row(1, [inl("A1", "代码")]) +
                 row(2, [c("A2", "42")]))
    third = sheet(row(1, [inl("A1", "third")]))
    package("multi_sheet.xlsx", [("Lists", "worksheets/sheet1.xml", lists, "hidden"),
                                 ("Chart", None, '<chartsheet xmlns="%s"/>' % NS_MAIN, None),
                                 ("评价结果", "/xl/worksheets/data.xml", data, None),
                                 ("A & B", "worksheets/sheet3.xml", third, None)])

    # No cell references and no row numbers (allowed), element prefixes, strict namespaces,
    # no styles, no shared strings, stored (not deflated).
    strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    norefs = ('<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="%s"><x:sheetData>'
              '<x:row><x:c t="inlineStr"><x:is><x:t>h1</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>h2</x:t></x:is></x:c></x:row>'
              '<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>'
              '<x:row r="5"><x:c r="B5"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row>'
              '</x:sheetData></x:worksheet>' % strict)
    package("no_refs.xlsx", [("S", "worksheets/sheet1.xml", norefs, None)], compression=zipfile.ZIP_STORED)

    # A wide row: 2000 columns, a cell at XFD and one beyond it.
    wide_cells = [c(None, str(i)) for i in range(2000)] + [c("XFD1", "last")]
    wide = sheet(row(1, wide_cells) + row(2, [c("A2", "a"), c("XFE2", "beyond")]))
    package("wide.xlsx", [("Wide", "worksheets/sheet1.xml", wide, None)])

    # An inline string over the 1 MiB cell limit (compresses to a few KB), then a normal row.
    package("long_cell.xlsx", [("S", "worksheets/sheet1.xml",
                                sheet(row(1, [inl("A1", "h")]) + row(2, [c("A2", "1"), inl("B2", "x" * (1024 * 1024 + 1))])
                                      + row(3, [c("A3", "2"), inl("B3", "ok")])), None)])

    # 1904 date system.
    package("date1904.xlsx", [("S", "worksheets/sheet1.xml", sheet(row(1, [c("A1", "0", style=1), c("B1", "44530", style=1)])), None)],
            styles=STYLES, wb_pr='<workbookPr date1904="1"/>')

    # No worksheet at all; only a chart sheet.
    package("no_sheets.xlsx", [])
    package("chart_only.xlsx", [("Chart", None, '<chartsheet xmlns="%s"/>' % NS_MAIN, None)])

    # Truncated copy of a valid package (a download cut short).
    write("truncated.xlsx", good[: len(good) * 6 // 10])

    # A ZIP that is not a workbook; an OpenDocument spreadsheet.
    for name, entries in (("not_workbook.xlsx", [("readme.txt", b"hello")]),
                          ("opendocument.xlsx", [("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                                                 ("content.xml", b"<office:document-content/>")])):
        with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_STORED) as z:
            for n, d in entries:
                z.writestr(zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)), d)

    # The sheet's XML breaks after two rows.
    broken = sheet(row(1, [c("A1", "1")]) + row(2, [c("A2", "2")]) + '<row r="3"><c r="A3"><v>3</v></c></rowx>')
    package("bad_xml.xlsx", [("S", "worksheets/sheet1.xml", broken, None)])

    # Damaged bytes in a stored entry: the CRC check fails while streaming the sheet.
    big = sheet("".join(row(r, [c("A%d" % r, str(r))]) for r in range(1, 200)))
    crc = bytearray(package("crc_error.xlsx", [("S", "worksheets/sheet1.xml", big, None)], compression=zipfile.ZIP_STORED))
    at = crc.find(b'<c r="A150">')
    crc[at + 13] ^= 0x01
    write("crc_error.xlsx", bytes(crc))

    # Entry-level encryption flag (traditional PKWARE) on the sheet part.
    enc = bytearray(package("zip_encrypted.xlsx", [("S", "worksheets/sheet1.xml", big, None)]))
    patch_entry(enc, b"xl/worksheets/sheet1.xml", flags=1)
    write("zip_encrypted.xlsx", bytes(enc))

    # Zip bombs by declaration: a sheet claiming 3 GB, and one claiming a 5000:1 ratio.
    bomb = bytearray(package("bomb_size.xlsx", [("S", "worksheets/sheet1.xml", big, None)]))
    patch_entry(bomb, b"xl/worksheets/sheet1.xml", size=3 * 1024 ** 3)
    write("bomb_size.xlsx", bytes(bomb))
    ratio = bytearray(package("bomb_ratio.xlsx", [("S", "worksheets/sheet1.xml", big, None)]))
    patch_entry(ratio, b"xl/worksheets/sheet1.xml", ratio=5000)
    write("bomb_ratio.xlsx", bytes(ratio))


def patch_entry(data, name, flags=None, size=None, ratio=None):
    """Edits the local and central headers of entry `name` in place."""
    for sig, name_len_at, fields in ((b"PK\x03\x04", 26, (6, 18, 22)), (b"PK\x01\x02", 28, (8, 20, 24))):
        pos = 0
        while True:
            pos = data.find(sig, pos)
            if pos < 0:
                break
            n = struct.unpack_from("<H", data, pos + name_len_at)[0]
            header = name_len_at + (18 if sig == b"PK\x01\x02" else 4)  # where the name starts
            if bytes(data[pos + header: pos + header + n]) == name:
                flag_at, comp_at, size_at = fields
                if flags is not None:
                    struct.pack_into("<H", data, pos + flag_at, struct.unpack_from("<H", data, pos + flag_at)[0] | flags)
                if size is not None:
                    struct.pack_into("<I", data, pos + size_at, min(size, 0xFFFFFFFF))
                if ratio is not None:
                    comp = struct.unpack_from("<I", data, pos + comp_at)[0]
                    struct.pack_into("<I", data, pos + size_at, max(comp * ratio, 2 * 1024 * 1024))
            pos += 4


# ---------------------------------------------------------------- fuzz seeds
def make_corpus():
    os.makedirs(CORPUS + "/csv", exist_ok=True)
    os.makedirs(CORPUS + "/xlsx", exist_ok=True)
    seeds = {
        "simple.csv": b"a,b,c\n1,2,3\n",
        "quotes.csv": b'"a""b","c\r\nd",e\r\n"",,"x"y\n',
        "gb18030.csv": "代码,名称\r\n1,鑫达\r\n".encode("gb18030"),
        "utf16.csv": "a\tb\r\n1\t2\r\n".encode("utf-16"),
        "cr_only.csv": b"a,b\r1,2\r3,4",
        "open_quote.csv": b'a,"b\n',
        "invalid_utf8.csv": b"a,b\n\xff\xfe,\xc3\n",
        "bom_only.csv": b"\xef\xbb\xbf",
    }
    for name, data in seeds.items():
        write(name, data, CORPUS + "/csv")
    package("tiny.xlsx", [("S", "worksheets/sheet1.xml", sheet(row(1, [c("A1", "1"), c("B1", 0, "s")])), None)],
            shared=[t("x")], folder=CORPUS + "/xlsx")
    # Raw parts for fuzz_xlsx_reader's second mode: sheet \0\0 shared strings \0\0 styles.
    parts_sheet = sheet(row(1, [c("A1", 0, "s"), c("B1", "45992", style=1), inl("C1", "x_x000D_y")]) +
                        row(3, [c("C3", "1", "b"), c(None, "#REF!", "e"), '<c r="F3" t="str"><f>A1</f><v>v</v></c>']))
    parts_sst = sst(['<r><rPr/>' + t("富文本") + '</r><rPh><t>x</t></rPh>'])
    write("parts_grades.bin", "\0\0".join([parts_sheet, parts_sst, STYLES]).encode("utf-8"), CORPUS + "/xlsx")
    write("parts_sheet_only.bin", sheet(row(2, [c("B2", "1")])).encode("utf-8"), CORPUS + "/xlsx")
    package("inline.xlsx", [("S", "worksheets/sheet1.xml",
                             sheet(row(2, ['<c r="C2" t="inlineStr"><is><r>' + t("a") + "</r></is></c>"])), None)],
            folder=CORPUS + "/xlsx", compression=zipfile.ZIP_STORED)


if __name__ == "__main__":
    os.makedirs(CORPUS + "/xlsx", exist_ok=True)
    make_csv()
    make_xlsx()
    make_corpus()
