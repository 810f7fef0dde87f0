#!/usr/bin/env python3
"""Writes the grade-import fixtures used by the CLI golden cases tests/cli/cases/grades_*:

  formats/   one set of 32 evaluation rows (26 entities, every scheme, every date format) as
             UTF-8 with BOM and CRLF, GB18030 with reordered headers and extra columns, English
             headers, and XLSX with the dates as Excel serial numbers (numeric cells)
  reimport/  files of the re-import case (same rows again, one grade changed, duplicates)
  lights/    files of the traffic-light case (a first import and a later one)
  bad/       the bad-input corpus (one problem per file, see BAD below)

Run from anywhere: python3 tests/data/grades/make_fixtures.py
The files are checked in; rerun only to change them (the output is byte-for-byte deterministic).
Standard library only: the XLSX packages are written part by part (fixed ZIP timestamps).
The 1 MB-field file is not checked in: the case grades_bad writes it with the sqlite3 shell.
"""
import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- credit codes (DOMAIN.md §2)
CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [pow(3, i, 31) for i in range(17)]


def org_check(body):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body, w))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(body, prefix="91", region="370681"):
    """A fully valid code (both check characters right, known table pair and region)."""
    s17 = prefix + region + body + org_check(body)
    total = sum(CHARS.index(ch) * w for ch, w in zip(s17, W18))
    return s17 + CHARS[(31 - total % 31) % 31]


# ---------------------------------------------------------------- the common data set
# Entities E01-E04 are registered by the cases (entity add) before the import; E05-E26 are first
# seen in the file and created from code and name.
E = {
    "E01": ("91370681MA3P7K2Q3U", "龙口市海韵食品有限公司"),
    "E02": ("92370681MA3N4R8W1A", "龙口市东莱街道老王海鲜饭店"),
    "E03": ("93370681MA3T6H1D0W", "龙口市丰收农民专业合作社"),
    "E04": ("123706814930127620", "龙口市城市建设服务中心"),
}
_NEW = ["龙口市港城进出口贸易有限公司", "龙口市粉丝食品销售有限公司", "龙口市渔家乐餐饮有限公司", "龙口市南山铝材加工有限公司",
        "龙口市东江化工有限公司", "龙口市海岸物流有限公司", "龙口市海景宾馆有限公司", "龙口市丽人美容美发有限公司",
        "龙口市黄县五金商贸有限公司", "龙口市徐福电镀有限公司", "龙口市北马造纸有限公司", "龙口市龙港船舶配件有限公司",
        "龙口市诸由建筑工程有限公司", "龙口市兰高饭庄有限公司", "龙口市芦头超市有限公司", "龙口市石良果品有限公司",
        "龙口市七甲水产进出口有限公司", "龙口市新嘉药店有限公司", "龙口市下丁家石材有限公司", "龙口市黄山馆机械进出口有限公司",
        "龙口市东莱托育服务有限公司", "龙口市东海运输有限公司"]
for i, name in enumerate(_NEW, start=5):
    E["E%02d" % i] = (uscc("MA3G%02dK%s" % (i, "ABCDEFGHJKLMNPQRTUWXY"[i % 21])), name)

D = datetime.date


def fmt_date(d, style):
    if d is None:
        return ""
    return {
        "iso": "%04d-%02d-%02d" % (d.year, d.month, d.day),
        "slash": "%d/%d/%d" % (d.year, d.month, d.day),
        "dot": "%04d.%02d.%02d" % (d.year, d.month, d.day),
        "compact": "%04d%02d%02d" % (d.year, d.month, d.day),
        "cn": "%d年%d月%d日" % (d.year, d.month, d.day),
    }[style]


def serial(d):
    """Excel 1900 date system (what Excel writes for dates after 1900-02-28)."""
    return (d - D(1899, 12, 30)).days


def serial1904(d):
    return (d - D(1904, 1, 1)).days


# (entity, department, scheme, grade, score, industry, evaluated on, its format, valid to, its format, remark)
# Lights as of 2026-06-01 in the comment.
ROWS = [
    ("E01", "市场监管局", "", "E", "45", "食品生产", D(2026, 3, 15), "iso", None, "", ""),              # red R4 (SAMR_SD E = R3)
    ("E01", "税务局", "", "A", "", "", D(2025, 12, 1), "slash", None, "", ""),                          # (R0, does not help)
    ("E02", "税务局", "", "C", "", "餐饮服务", D(2026, 1, 10), "dot", D(2027, 1, 9), "dot", ""),          # yellow Y1
    ("E02", "卫健局", "", "良", "82", "餐饮服务", D(2026, 2, 5), "compact", None, "", ""),                # (R1)
    ("E03", "生态环境局", "", "绿", "", "", D(2025, 11, 3), "cn", D(2026, 11, 2), "cn", ""),              # green
    ("E04", "税务局", "", "M", "", "", D(2026, 2, 1), "iso", None, "", "新办纳税人"),                    # grey: M is level U
    ("E05", "海关", "", "高级认证企业", "", "", D(2025, 6, 30), "slash", D(2028, 6, 29), "slash", ""),     # green
    ("E05", "烟台市生态环境局龙口分局", "", "蓝", "", "", D(2026, 1, 20), "iso", None, "", ""),           # alias of 生态环境局
    ("E06", "市场监管局", "FOOD_RISK", "C", "68", "食品销售", D(2026, 4, 1), "iso", None, "", ""),       # yellow (FOOD_RISK C = R2)
    ("E06", "市场监管局", "", "A", "", "食品销售", D(2026, 4, 1), "compact", None, "", ""),              # same day, SAMR_SD: another key
    ("E07", "市场监督管理局", "", "b", "", "餐饮服务", D(2026, 2, 28), "dot", None, "", ""),             # alias; lower-case grade; green
    ("E08", "税务局", "", "D", "", "", D(2025, 4, 1), "iso", D(2026, 12, 31), "iso", "2024年度"),        # superseded by the next row
    ("E08", "国家税务总局龙口市税务局", "", "A", "", "", D(2026, 4, 1), "cn", None, "", '2025年度 "A级"'),  # green
    ("E09", "生态环境局", "", "红", "", "", D(2024, 3, 1), "iso", D(2025, 2, 28), "iso", "已过期"),       # expired: grey
    ("E10", "海关", "", "失信企业", "", "", D(2025, 12, 15), "compact", None, "", ""),                   # red
    ("E11", "卫生健康局", "GENERIC", "优", "96", "公共场所(住宿)", D(2026, 3, 8), "slash", None, "", ""),  # green
    ("E12", "卫健局", "", "不合格", "52", "公共场所(美容美发)", D(2026, 5, 20), "cn", None, "", "复查不合格,责令整改"),  # red
    ("E13", "税务局", "", "A", "", "", D(2025, 7, 1), "iso", None, "", ""),                              # green on 2026-06-01 ...
    ("E13", "税务局", "", "D", "", "", D(2026, 7, 1), "iso", None, "", "预评"),                          # ... this one is later than the as-of date
    ("E14", "生态环境局", "", "橙", "", "", D(2026, 3, 3), "iso", None, "", ""),                          # yellow
    ("E15", "生态环境局", "", "黑", "", "", D(2026, 1, 5), "dot", None, "", ""),                          # red
    ("E16", "海关", "", "常规企业", "", "", D(2025, 9, 9), "dot", None, "", ""),                          # green
    ("E17", "住建局", "", "合格", "75", "建筑施工", D(2026, 2, 14), "iso", None, "", ""),                # yellow (GENERIC 合格 = R2)
    ("E18", "市场监管局", "食品安全风险分级", "A", "", "餐饮服务", D(2026, 1, 2), "slash", None, "", ""),  # scheme by name; green
    ("E19", "市场监管局", "", "D", "", "食品销售", D(2025, 6, 1), "iso", D(2026, 6, 1), "iso", ""),      # valid to = as-of: yellow
    ("E20", "税务局", "", "B", "", "", D(2025, 5, 31), "compact", None, "", ""),                         # default validity ended 2026-05-31: grey
    ("E21", "海关", "", "严重失信企业", "", "", D(2026, 5, 30), "cn", None, "", ""),                      # red
    ("E22", "市场监管局", "", "C", "71.5", "药品零售", D(2026, 4, 18), "slash", None, "", ""),           # yellow
    ("E23", "生态环境局", "", "黄", "", "", D(2026, 5, 6), "dot", None, "", ""),                          # yellow
    ("E24", "海关", "", "认证企业", "", "", D(2026, 1, 10), "compact", None, "", ""),                     # green
    ("E25", "卫健局", "", "良", "", "托育机构", D(2026, 1, 9), "cn", None, "", ""),                       # green
    ("E26", "税务局", "", "C", "", "", D(2026, 6, 1), "iso", None, "", ""),                               # evaluated on the as-of day: yellow
]

HEADER_CN = ["统一社会信用代码", "主体名称", "评价部门", "评价体系", "评价结果", "评价分数", "行业领域", "评价日期", "有效期至", "备注"]
HEADER_EN = ["uscc", "name", "department", "scheme", "grade", "score", "industry", "evaluated_on", "valid_to", "remark"]


def text_row(r):
    ent, dept, scheme, grade, score, industry, ev, evf, vt, vtf, remark = r
    code, name = E[ent]
    return [code, name, dept, scheme, grade, score, industry, fmt_date(ev, evf), fmt_date(vt, vtf), remark]


def csv_cell(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def csv_text(rows, sep=",", eol="\n"):
    return "".join(sep.join(csv_cell(c) for c in r) + eol for r in rows)


def write(path, data):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- XLSX, part by part
FIXED_TIME = (2026, 1, 1, 0, 0, 0)
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def col_name(i):
    s = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        s = chr(65 + rem) + s
    return s


class Xlsx:
    """cells: None (absent), str (shared string), int/float (number), ("date", serial) (number in a date style)."""

    def __init__(self):
        self.strings = []
        self.index = {}

    def sst_index(self, s):
        if s not in self.index:
            self.index[s] = len(self.strings)
            self.strings.append(s)
        return self.index[s]

    def sheet_xml(self, rows):
        out = [XML_DECL, '<worksheet xmlns="%s" xmlns:r="%s"><sheetData>' % (NS_MAIN, NS_REL)]
        for r, cells in enumerate(rows, start=1):
            out.append('<row r="%d">' % r)
            for c, v in enumerate(cells):
                ref = "%s%d" % (col_name(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, tuple) and v[0] == "date":
                    out.append('<c r="%s" s="1"><v>%s</v></c>' % (ref, v[1]))
                elif isinstance(v, (int, float)):
                    out.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    out.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, self.sst_index(v)))
            out.append("</row>")
        out.append("</sheetData></worksheet>")
        return "".join(out)

    def package(self, sheets, date1904=False, hidden=()):
        """sheets: list of (name, rows). Returns the bytes of the .xlsx."""
        sheet_parts = [(name, self.sheet_xml(rows)) for name, rows in sheets]
        files = []
        ct = [XML_DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>',
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>']
        for i in range(len(sheet_parts)):
            ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" '
                      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
        ct.append("</Types>")
        files.append(("[Content_Types].xml", "".join(ct)))
        files.append(("_rels/.rels", XML_DECL + '<Relationships xmlns="%s"><Relationship Id="rId1" '
                      'Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (NS_PKG, NS_REL)))
        wb = [XML_DECL, '<workbook xmlns="%s" xmlns:r="%s">' % (NS_MAIN, NS_REL)]
        if date1904:
            wb.append('<workbookPr date1904="1"/>')
        wb.append("<sheets>")
        for i, (name, _) in enumerate(sheet_parts):
            state = ' state="hidden"' if name in hidden else ""
            wb.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (escape(name), i + 1, state, i + 1))
        wb.append("</sheets></workbook>")
        files.append(("xl/workbook.xml", "".join(wb)))
        rels = [XML_DECL, '<Relationships xmlns="%s">' % NS_PKG]
        for i in range(len(sheet_parts)):
            rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, NS_REL, i + 1))
        n = len(sheet_parts)
        rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n + 1, NS_REL))
        rels.append('<Relationship Id="rId%d" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2, NS_REL))
        rels.append("</Relationships>")
        files.append(("xl/_rels/workbook.xml.rels", "".join(rels)))
        # Style 1: the built-in date format 14 (yyyy/m/d in a Chinese Excel).
        files.append(("xl/styles.xml", XML_DECL + '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>'
                      '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
                      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>' % NS_MAIN))
        for i, (_, xml) in enumerate(sheet_parts):
            files.append(("xl/worksheets/sheet%d.xml" % (i + 1), xml))
        sst = [XML_DECL, '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (NS_MAIN, len(self.strings), len(self.strings))]
        for s in self.strings:
            sst.append('<si><t xml:space="preserve">%s</t></si>' % escape(s))
        sst.append("</sst>")
        files.append(("xl/sharedStrings.xml", "".join(sst)))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in files:
                info = zipfile.ZipInfo(name, FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, text.encode("utf-8"))
        return buf.getvalue()


def xlsx_rows(rows, date_serial=serial):
    out = [list(HEADER_CN)]
    for r in rows:
        ent, dept, scheme, grade, score, industry, ev, _, vt, _, remark = r
        code, name = E[ent]
        sc = None if score == "" else (float(score) if "." in score else int(score))
        out.append([code, name, dept, scheme, grade, sc, industry, ("date", date_serial(ev)),
                    ("date", date_serial(vt)) if vt else None, remark])
    return out


# ---------------------------------------------------------------- formats/
def make_formats():
    table = [HEADER_CN] + [text_row(r) for r in ROWS]
    # (a) UTF-8 with BOM and CRLF, canonical header.
    write("formats/grades_utf8_bom_crlf.csv", b"\xef\xbb\xbf" + csv_text(table, eol="\r\n").encode("utf-8"))
    # (b) GB18030, no BOM, LF, headers in another order (with aliases) and two extra columns.
    order = [7, 1, 0, 4, 2, 3, 8, 5, 6, 9]   # 评价日期 first ...
    names = ["评定日期", "企业名称", "统一社会信用代码", "信用等级", "评价部门", "评价体系", "有效期至", "得分", "行业", "备注"]
    gb = [["序号"] + names + ["经办人"]]
    for i, r in enumerate(ROWS, start=1):
        cells = text_row(r)
        gb.append([str(i)] + [cells[k] for k in order] + ["王芳"])
    write("formats/grades_gb18030_reordered.csv", csv_text(gb).encode("gb18030"))
    # (c) English headers, UTF-8 without BOM, LF.
    write("formats/grades_english.csv", csv_text([HEADER_EN] + [text_row(r) for r in ROWS]).encode("utf-8"))
    # (d) XLSX, dates as serial numbers in a date style, scores as numbers.
    write("formats/grades_serial_dates.xlsx", Xlsx().package([("评价结果", xlsx_rows(ROWS))]))


# ---------------------------------------------------------------- reimport/
def make_reimport():
    base = [r for r in ROWS if r[0] in ("E01", "E02", "E03", "E04", "E05", "E08")]
    table = [HEADER_CN] + [text_row(r) for r in base]
    write("reimport/base.csv", csv_text(table).encode("utf-8"))
    # The same rows in GB18030 with CRLF: other bytes, same evaluations.
    write("reimport/base_gb18030.csv", csv_text(table, eol="\r\n").encode("gb18030"))
    # One grade changed for an existing key (E02 税务局 TAX 2026-01-10: C → B), one valid-to changed
    # with the same grade (E03), the rest as before.
    changed = []
    for r in base:
        cells = text_row(r)
        if r[0] == "E02" and r[1] == "税务局":
            cells[4] = "B"
        if r[0] == "E03":
            cells[8] = "2027年11月2日"
        changed.append(cells)
    write("reimport/changed.csv", csv_text([HEADER_CN] + changed).encode("utf-8"))
    # Duplicates inside one file: an identical row twice, and one key with two different grades.
    c5, n5 = E["E05"]
    c9, n9 = E["E09"]
    dup = [HEADER_CN,
           [c9, n9, "生态环境局", "", "蓝", "", "", "2026-05-01", "", ""],
           [c9, n9, "生态环境局", "", "蓝", "", "", "2026-05-01", "", ""],
           [c5, n5, "海关", "", "认证企业", "", "", "2026-05-02", "", ""],
           [c5, n5, "龙口海关", "", "失信企业", "", "", "2026/5/2", "", "同日第二次报送"]]
    write("reimport/duplicates.csv", csv_text(dup).encode("utf-8"))


# ---------------------------------------------------------------- lights/
def make_lights():
    c1, n1 = E["E01"]
    c2, n2 = E["E02"]
    c3, n3 = E["E03"]
    c4, n4 = E["E04"]
    first = [HEADER_CN,
             [c1, n1, "市场监管局", "", "E", "45", "食品生产", "2026-03-15", "", "抽检不合格"],
             [c1, n1, "税务局", "", "A", "", "", "2025-12-01", "", ""],
             [c2, n2, "税务局", "", "C", "", "", "2026-01-10", "2027-01-09", ""],
             [c2, n2, "卫健局", "", "良", "82", "", "2026-02-05", "", ""],
             [c3, n3, "生态环境局", "", "绿", "", "", "2025-11-03", "2026-11-02", ""],
             [c3, n3, "海关", "", "常规企业", "", "", "2025-09-09", "", ""],
             [c4, n4, "税务局", "", "M", "", "", "2026-02-01", "", "新办纳税人"]]
    write("lights/first.csv", csv_text(first).encode("utf-8"))
    later = [HEADER_CN,
             [c2, n2, "税务局", "", "B", "", "", "2026-08-01", "", "复评"],
             [c3, n3, "生态环境局", "", "红", "", "", "2026-08-15", "", "超标排放"]]
    write("lights/later.csv", csv_text(later).encode("utf-8"))


# ---------------------------------------------------------------- bad/
def make_bad():
    H = HEADER_CN
    c5, n5 = E["E05"]
    c6, n6 = E["E06"]
    c7, n7 = E["E07"]
    good = [c5, n5, "海关", "", "认证企业", "", "", "2026-01-10", "", ""]
    good2 = [c6, n6, "市场监管局", "", "B", "", "食品销售", "2026-02-01", "", ""]

    def put(name, rows, encoding="utf-8", eol="\n", sep=",", bom=b""):
        write("bad/" + name, bom + csv_text(rows, sep=sep, eol=eol).encode(encoding))

    write("bad/empty.csv", b"")
    put("header_only.csv", [H], eol="\r\n", bom=b"\xef\xbb\xbf")
    put("missing_column.csv", [["统一社会信用代码", "主体名称", "评价部门", "评价分数", "有效期至"],
                               [c5, n5, "海关", "90", ""]])
    put("duplicate_header.csv", [H[:8] + ["评价日期", "备注"],
                                 [c5, n5, "海关", "", "认证企业", "", "", "2026-01-10", "2026-01-11", ""]])
    put("unknown_department.csv", [H, good,
                                   [c6, n6, "市场局", "", "A", "", "", "2026-02-01", "", ""],
                                   [c7, n7, "", "", "A", "", "", "2026-02-01", "", ""]])
    put("invalid_code.csv", [H, good,
                             ["91370681MA3P7K2Q30", "校验位错误有限公司", "税务局", "", "A", "", "", "2026-02-01", "", ""],
                             ["91370681MI3P7K2Q3U", "非法字符有限公司", "税务局", "", "A", "", "", "2026-02-01", "", ""],
                             ["91370681MA3P7K2Q3", "十七位有限公司", "税务局", "", "A", "", "", "2026-02-01", "", ""],
                             ["", "无代码有限公司", "税务局", "", "A", "", "", "2026-02-01", "", ""],
                             ["91370681MA3P7K2Q3U", "", "税务局", "", "A", "", "", "2026-02-01", "", ""]])
    full = "".join(chr(ord(ch) + 0xFEE0) for ch in c7)  # full-width digits and letters
    put("fullwidth_code.csv", [H,
                               [full, n7, "市场监管局", "", "Ｂ", "", "", "2026-02-28", "", "全角代码和等级"],
                               [" " + c6.lower() + " ", n6, " 市场监督管理局 ", "", " a ", "", "", " 2026-02-01 ", "", "小写代码，前后空格"],
                               ["\u3000" + c5 + "\u3000", n5, "海关", "", "认证企业", "", "", "2026-01-10", "", "全角空格"]])
    put("bad_date.csv", [H, good,
                         [c6, n6, "市场监管局", "", "A", "", "", "2026-13-01", "", ""],
                         [c6, n6, "市场监管局", "", "A", "", "", "2026/2/30", "", ""],
                         [c6, n6, "市场监管局", "", "A", "", "", "昨天", "", ""],
                         [c6, n6, "市场监管局", "", "A", "", "", "46023", "", "Excel 序列号在 CSV 中"],
                         [c6, n6, "市场监管局", "", "A", "", "", "26-3-1", "", ""],
                         [c6, n6, "市场监管局", "", "A", "", "", "", "", ""],
                         [c6, n6, "市场监管局", "", "A", "", "", "2026-03-01", "明年", ""],
                         [c6, n6, "市场监管局", "", "A", "", "", "２０２６-０３-０１", "", "全角数字"]])
    put("unknown_grade.csv", [H, good,
                              [c6, n6, "税务局", "", "E", "", "", "2026-02-01", "", ""],
                              [c6, n6, "生态环境局", "", "紫", "", "", "2026-02-01", "", ""],
                              [c6, n6, "市场监管局", "", "F", "", "", "2026-02-01", "", ""],
                              [c6, n6, "海关", "", "一般信用企业", "", "", "2026-02-01", "", ""],
                              [c6, n6, "卫健局", "", "", "", "", "2026-02-01", "", ""],
                              [c6, n6, "税务局", "纳税等级", "A", "", "", "2026-02-01", "", ""]])
    put("valid_to_before.csv", [H, good,
                                [c6, n6, "市场监管局", "", "A", "", "", "2026-03-01", "2026-02-28", ""]])
    put("duplicate_rows.csv", [H, good, good, good2, good2[:4] + ["C"] + good2[5:]])
    import random
    rnd = random.Random(20261127)
    write("bad/binary_garbage.csv", bytes(rnd.randrange(256) for _ in range(2048)) + b"\0\0")
    good_xlsx = Xlsx().package([("评价结果", xlsx_rows(ROWS[:6]))])
    write("bad/truncated.xlsx", good_xlsx[: len(good_xlsx) // 2])
    write("bad/no_sheets.xlsx", Xlsx().package([]))
    # A UTF-8 file (no BOM) with one row in GB18030, and the same with a BOM.
    mixed_rows = [csv_text([H, good]).encode("utf-8"),
                  csv_text([[c6, n6, "市场监管局", "", "A", "", "", "2026-02-01", "", "这一行是GB18030"]]).encode("gb18030"),
                  csv_text([[c7, n7, "市场监管局", "", "B", "", "", "2026-02-28", "", ""]]).encode("utf-8")]
    write("bad/mixed_encoding.csv", b"".join(mixed_rows))
    write("bad/mixed_encoding_bom.csv", b"\xef\xbb\xbf" + b"".join(mixed_rows))
    write("bad/web_page.xls", (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n'
        '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>\r\n'
        '<body><table><tr><td>统一社会信用代码</td><td>主体名称</td><td>评价结果</td></tr>\r\n'
        '<tr><td>%s</td><td>%s</td><td>A</td></tr></table></body></html>\r\n' % (c5, n5)).encode("utf-8"))
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    write("bad/old_excel.xls", ole + "Workbook".encode("utf-16-le") + b"\0" * 512)
    # Excel's "Unicode text": UTF-16LE with BOM, tab-separated, CRLF.
    write("bad/utf16_bom.txt", b"\xff\xfe" + csv_text([H, good, good2], sep="\t", eol="\r\n").encode("utf-16-le"))
    put("too_few_columns.csv", [H, good, [c6, n6, "市场监管局"], [c7, n7, "市场监管局", "", "B"]])
    put("score_not_number.csv", [H, good,
                                 [c6, n6, "市场监管局", "", "A", "85分", "", "2026-02-01", "", ""],
                                 [c7, n7, "市场监管局", "", "B", "八十", "", "2026-02-28", "", ""]])
    put("non_grading_department.csv", [H, good,
                                       [c6, n6, "行政审批服务局", "", "A", "", "", "2026-02-01", "", ""],
                                       [c7, n7, "审批局", "", "A", "", "", "2026-02-28", "", ""]])
    # For a supervisor of 市场监管局: own rows (by name and by alias) and other departments' rows.
    put("other_department.csv", [H,
                                 [c6, n6, "市场监管局", "", "B", "", "食品销售", "2026-02-01", "", ""],
                                 [c7, n7, "市场监督管理局", "", "A", "", "", "2026-02-28", "", ""],
                                 [c5, n5, "税务局", "", "A", "", "", "2026-01-15", "", ""],
                                 [c5, n5, "海关", "", "认证企业", "", "", "2026-01-10", "", ""]])
    # Only columns the department would not repeat: --department / --scheme supply them.
    put("no_department_column.csv", [["统一社会信用代码", "主体名称", "评价结果", "评价日期"],
                                     [c6, n6, "C", "2026-04-01"],
                                     [c7, n7, "A", "2026-04-02"]])
    # All problems of a kind, for --report and --check.
    put("report_me.csv", [H, good,
                          ["91370681MA3P7K2Q30", "校验位错误有限公司", "税务局", "", "A", "", "", "2026-02-01", "", "代码错"],
                          [c6, n6, "市场监管局", "", "A", "", "", "2026-13-01", "", "日期错"],
                          [c7, n7, "税务局", "", "E", "", "", "2026-02-01", "", '等级错,"E"'],
                          good2])
    put("title_row.csv", [["2026年第一季度企业信用评价结果（龙口市市场监督管理局）"], H, good])
    write("bad/unterminated_quote.csv", (csv_text([H, good]) + '%s,%s,市场监管局,,B,,,2026-02-01,,"备注没有结尾\n%s\n'
                                         % (c6, n6, ",".join(good2))).encode("utf-8"))
    put("name_mismatch.csv", [H, [c5, "龙口市另一家公司", "海关", "", "认证企业", "", "", "2026-01-10", "", "名称与登记不符"]])
    # XLSX: the code typed as a number (Excel shows 1.23706814930128E+17), a 1904-date-system
    # workbook, and a workbook whose first sheet is an instruction page.
    c4, n4 = E["E04"]
    x = Xlsx()
    write("bad/code_as_number.xlsx", x.package([("Sheet1", [H, [float(c4), n4, "税务局", "", "A", None, None, ("date", serial(D(2026, 2, 1))), None, None],
                                                            [c5, n5, "海关", "", "认证企业", None, None, ("date", serial(D(2026, 1, 10))), None, None]])]))
    write("bad/date1904.xlsx", Xlsx().package([("Sheet1", [H, [c5, n5, "海关", "", "认证企业", None, None,
                                                               ("date", serial1904(D(2026, 1, 10))), ("date", serial1904(D(2027, 1, 9))), "1904 日期系统"]])],
                                              date1904=True))
    write("bad/two_sheets.xlsx", Xlsx().package([("填表说明", [["请在“评价结果”工作表中填写，日期用 YYYY-MM-DD。"]]),
                                                 ("评价结果", [H, [c5, n5, "海关", "", "认证企业", None, None, ("date", serial(D(2026, 1, 10))), None, None]])]))
    # Not a grade file at all (a CSV of another kind).
    put("other_table.csv", [["许可证编号", "单位名称", "有效期"], ["JY23706810012345", n5, "2030-01-01"]])


if __name__ == "__main__":
    make_formats()
    make_reimport()
    make_lights()
    make_bad()
