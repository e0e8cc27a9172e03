"""render_groff.py - a zoo document as groff -ms input with a tbl table,
set by `groff -ms -t -Tps` and turned into PDF by ghostscript's ps2pdf.

tbl draws rulings (allbox, a rule line between rows or only around the
head and under the body), spans (s, \\^), bold
headers, right-aligned numbers and wrapped text blocks (T{ T}); -ms repeats
a table's header on every page (.TS H / .TH) and sets running lines in
the page's head and foot. What it cannot draw is in model.IMPOSSIBLE.
"""
from model import MARGIN_MM, PT_PER_MM, page_mm

GAP_EN = 3  # tbl's column separation, in ens (its default)


def text(s):
    """s as groff input: backslashes escaped, no line taken for a request."""
    s = s.replace("\\", "\\e")
    return "\\&" + s if s[:1] in (".", "'") else s


def entry(slot):
    if slot["lines"]:
        return "T{\n.na\n%s\nT}" % "\n.br\n".join(text(x) for x in slot["lines"])
    if " " in slot["t"]:
        return "T{\n.na\n%s\nT}" % text(slot["t"])
    return text(slot["t"])


def table_ms(doc, table):
    size = doc["size"]
    gap_pt = GAP_EN * size / 2
    total = sum(table["widths"])
    room_pt = (page_mm(doc)[0] - 2 * MARGIN_MM) * PT_PER_MM * table.get("frac", 1)
    width = [max(size, room_pt * w / total - gap_pt) for w in table["widths"]]
    rows = table["head"] + table["body"]
    nh = len(table["head"])
    formats, data = [], []
    for r, row in enumerate(rows):
        keys, fields = [], []
        for c, slot in enumerate(row):
            if slot is None:
                covering_left = c > 0 and any(
                    s is not None and s["cs"] > c - k for k, s in enumerate(row[:c]))
                if covering_left:
                    keys.append("s")
                    continue
                keys.append("l")
                fields.append("\\^")
                continue
            key = "r" if table["align"][c] == "r" and slot["cs"] == 1 else "l"
            if r < nh:
                key = ("c" if doc["head_align"] == "center" and key == "l" else key) + "b"
            keys.append(key)
            fields.append(entry(slot))
        formats.append(" ".join(keys))
        if doc["rules"] in ("hrules", "booktabs") and r == 0:
            data.append("_")
        data.append("@".join(fields))
        if doc["rules"] == "hrules" or doc["rules"] == "booktabs" and r in (nh - 1, len(rows) - 1):
            data.append("_")
        if r == nh - 1:
            data.append(".TH")
    # the widths ride on one more format line, which no row uses
    formats.append(" ".join("%sw(%.1fp)" % (table["align"][c], w) for c, w in enumerate(width)))
    options = ("allbox " if doc["rules"] == "grid" else "") + "tab(@);"
    return ".TS H\n%s\n%s.\n%s\n.TE" % (options, "\n".join(formats), "\n".join(data))


def command(doc, ms, pdf):
    """The shell pipeline that sets ms into pdf."""
    paper = {"A4": "a4", "Letter": "letter"}[doc["page"]]
    land = " -P-l" if doc["landscape"] else ""
    return ("groff -k -ms -t -Tps -P-p%s%s '%s' 2>/dev/null | ps2pdf -sPAPERSIZE=%s - '%s'"
            % (paper, land, ms, paper, pdf))


def render(doc):
    w, h = page_mm(doc)  # as printed: grops -l turns a landscape page
    size = doc["size"]
    family = "H" if "Sans" in doc["font"] else "T"
    out = [".nr PS %d" % round(size * 1000), ".nr VS %d" % round(size * 1200),
           ".nr PO %.1fp" % (MARGIN_MM * PT_PER_MM), ".nr LL %.1fp" % ((w - 2 * MARGIN_MM) * PT_PER_MM),
           ".nr HM %.1fp" % (MARGIN_MM * PT_PER_MM), ".nr FM %.1fp" % (MARGIN_MM * PT_PER_MM),
           ".pl %.1fp" % (h * PT_PER_MM), ".fam %s" % family, ".nr HY 0", ".ds CH", ".ds LH", ".ds RH",
           ".ds CF", ".ds LF", ".ds RF"]
    run = doc["running"]
    if run:
        out += [".ds LH %s" % text(run["head"]), ".ds CF %s | Page \\\\n%%" % text(run["foot"])]
    out += [".LP", ".nh"]
    if doc["title"]:
        out += ["\\s+3\\fB%s\\fP\\s0" % text(doc["title"]), ".sp 0.5"]
    if doc["layout"] == "stacked":
        for t in doc["tables"]:
            out += [".sp 1", "\\fB%s\\fP" % text(t["caption"]), ".sp 0.3", table_ms(doc, t),
                    ".LP", ".nh", "\\s-1%s\\s0" % text(t["note"])]
    else:
        out.append(table_ms(doc, doc["tables"][0]))
    if doc["footnote"]:
        out += [".LP", ".nh", "\\s-1%s\\s0" % text(doc["footnote"])]
    return "\n".join(out) + "\n"
