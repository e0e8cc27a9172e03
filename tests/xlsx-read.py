#!/usr/bin/python3
"""xlsx-read.py FILE.xlsx [--csv | --shape] - read back a workbook recwatch wrote.

Reads the first sheet's XML straight out of the zip (the standard
library only, as a spreadsheet would, without trusting the writer):
  --csv    (default) the sheet as CSV: strings as they are, date cells as
           YYYY-MM-DD, numbers as numbers (recwatch writes none);
  --shape  one line describing the sheet: its name, rows and columns,
           frozen header, autofilter, which columns hold dates, how many
           cells are strings, dates, numbers and formulas, which rows are
           shaded, and the column widths.
Exit 1 with a message when the file is not a workbook."""
import csv
import datetime
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
# Excel's built-in date formats (ECMA-376 part 1, 18.8.30).
BUILTIN_DATES = set(range(14, 23))
EPOCH = datetime.date(1899, 12, 30)


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


def styles(z):
    """Per cell style index: (is a date format, has a fill)."""
    root = ET.fromstring(z.read("xl/styles.xml"))
    fmts = {int(f.get("numFmtId")): f.get("formatCode")
            for f in root.findall("m:numFmts/m:numFmt", NS)}
    fills = []
    for f in root.findall("m:fills/m:fill", NS):
        p = f.find("m:patternFill", NS)
        fills.append(p is not None and p.get("patternType") == "solid")
    out = []
    for xf in root.findall("m:cellXfs/m:xf", NS):
        nid = int(xf.get("numFmtId", "0"))
        code = fmts.get(nid, "")
        is_date = nid in BUILTIN_DATES or bool(re.search(r"[yd]", code))
        out.append((is_date, fills[int(xf.get("fillId", "0"))]))
    return out


def first_sheet(z):
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    sheet = wb.find("m:sheets/m:sheet", NS)
    rid = sheet.get("{%s}id" % NS["r"])
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    for rel in rels:
        if rel.get("Id") == rid:
            return sheet.get("name"), "xl/" + rel.get("Target").lstrip("/").removeprefix("xl/")
    raise ValueError("no first sheet")


def read(path):
    z = zipfile.ZipFile(path)
    st = styles(z)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    name, part = first_sheet(z)
    root = ET.fromstring(z.read(part))
    rows, kinds, shaded = [], {}, []
    for r in root.findall("m:sheetData/m:row", NS):
        row, rn = [], int(r.get("r"))
        fill_row = False
        for c in r.findall("m:c", NS):
            i = col_index(c.get("r"))
            while len(row) < i:
                row.append("")
            s = int(c.get("s", "0"))
            is_date, fill = st[s] if s < len(st) else (False, False)
            fill_row |= fill
            t = c.get("t", "n")
            if c.find("m:f", NS) is not None:
                kind, val = "formula", ""
            elif t == "inlineStr":
                kind = "string"
                val = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
            elif t == "s":
                kind, val = "string", shared[int(c.find("m:v", NS).text)]
            elif is_date:
                kind = "date"
                val = (EPOCH + datetime.timedelta(days=float(c.find("m:v", NS).text))).isoformat()
            else:
                kind, val = "number", c.find("m:v", NS).text
            kinds.setdefault(kind, []).append((rn, i))
            row.append(val)
        if fill_row:
            shaded.append(rn)
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return name, root, rows, kinds, shaded


def shape(path):
    name, root, rows, kinds, shaded = read(path)
    pane = root.find("m:sheetViews/m:sheetView/m:pane", NS)
    frozen = pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1"
    af = root.find("m:autoFilter", NS)
    header = rows[0] if rows else []
    date_cols = sorted({c for _, c in kinds.get("date", [])})
    widths = [round(float(c.get("width"))) for c in root.findall("m:cols/m:col", NS)]
    parts = [
        "sheet %s: %d rows, %d columns" % (name, len(rows), len(header)),
        "header frozen" if frozen else "header not frozen",
        "autofilter %s" % (af.get("ref") if af is not None else "none"),
        "dates in %s" % (",".join(header[c] for c in date_cols) or "none"),
        "%d strings, %d dates, %d numbers, %d formulas" % tuple(
            len(kinds.get(k, [])) for k in ("string", "date", "number", "formula")),
        "shaded rows %s" % (",".join(map(str, shaded)) or "none"),
        "widths %s" % ",".join(map(str, widths)),
    ]
    print("; ".join(parts))


def main():
    args = sys.argv[1:]
    mode = "--csv"
    if args and args[-1] in ("--csv", "--shape"):
        mode = args.pop()
    if len(args) != 1:
        sys.exit(__doc__)
    try:
        if mode == "--shape":
            shape(args[0])
        else:
            csv.writer(sys.stdout, lineterminator="\n").writerows(read(args[0])[2])
    except (zipfile.BadZipFile, KeyError, ValueError, ET.ParseError) as e:
        sys.exit("xlsx-read.py: %s: not a workbook recwatch wrote: %s" % (args[0], e))


main()
