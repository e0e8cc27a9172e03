"""render_latex.py - a zoo document as LaTeX, set by pdfLaTeX.

The way papers, theses and many reports are made: Type 1 fonts (Latin
Modern, URW's Helvetica and Times) in T1 encoding, tables upright in the text as
longtable (which breaks over pages; its \\endhead repeats the header),
side by side or turned as tabular. Rulings are \\hline and
vertical bars (grid) or booktabs' rules, which differ in weight (hrules,
and booktabs: over the head, under it and under the body);
fills are colortbl's \\rowcolor and xcolor's \\rowcolors; spans are
\\multicolumn and multirow; a cell's vertical alignment is its column's
type (p top, m middle, b bottom); a sideways table is a \\rotatebox; two
columns of prose are multicol's; running lines are fancyhdr's.
What it cannot draw is in model.IMPOSSIBLE; dashed and dotted rules are
drawn solid (plain LaTeX draws none).
"""
from model import MARGIN_MM, PT_PER_MM, room_mm

# model font -> the preamble that selects a TeX font like it
FONTS = {
    "DejaVu Sans": "\\usepackage[scaled]{helvet}\\renewcommand{\\familydefault}{\\sfdefault}",
    "DejaVu Serif": "\\usepackage{lmodern}",
    "Liberation Sans": "\\usepackage{lmodern}\\renewcommand{\\familydefault}{\\sfdefault}",
    "Liberation Serif": "\\usepackage{mathptmx}",
}
SPECIAL = {"\\": "\\textbackslash{}", "&": "\\&", "%": "\\%", "$": "\\$", "#": "\\#",
           "_": "\\_", "{": "\\{", "}": "\\}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}"}


def tex(s):
    return "".join(SPECIAL.get(ch, ch) for ch in s)


def colour(hexrgb):
    return "[HTML]{%s}" % hexrgb.lstrip("#").upper()


def column_type(doc, align, width_bp):
    kind = {"top": "p", "middle": "m", "bottom": "b"}[doc["valign"]]
    flush = "\\raggedleft" if align == "r" else "\\raggedright"
    return ">{%s\\arraybackslash}%s{%.2fbp}" % (flush, kind, width_bp)


def inner_widths(doc, table, width_mm):
    """Each column's text width in bp: its share of the table, less the
    padding on both sides and a rule."""
    total = sum(table["widths"])
    pad = doc["pad"] + 1
    return [width_mm * PT_PER_MM * w / total - 2 * pad - doc["rule_width"] for w in table["widths"]]


def cell_text(doc, slot, head):
    text = "\\newline ".join(tex(x) for x in slot["lines"]) if slot["lines"] else tex(slot["t"])
    if not head:
        return text
    if doc["fill"] == "darkhead":
        text = "\\color{white}" + text
    if doc["head_align"] == "center" and not slot.get("right"):
        text = "\\centering " + text
    return "\\bfseries " + text


def covered_from_above(rows, r, c):
    return any(rows[k][c] is not None and rows[k][c]["rs"] > r - k for k in range(r))


def covered_from_left(row, c):
    return any(s is not None and s["cs"] > c - k for k, s in enumerate(row[:c]))


def rule_below(doc, rows, r, last, nh):
    """The rule under row r: whole, or cut where a multirow cell goes on;
    in the booktabs rulings only under the head (nh rows) and the body."""
    booktabs = doc["rules"] in ("hrules", "booktabs")
    if last:
        return "\\bottomrule" if booktabs else "\\hline"
    if doc["rules"] == "booktabs" and r != nh - 1:
        return ""
    if r + 1 >= len(rows):
        return ""
    open_cols = [c for c in range(len(rows[r + 1]))
                 if rows[r + 1][c] is None and covered_from_above(rows, r + 1, c)]
    if not open_cols:
        return "\\midrule" if booktabs else "\\hline"
    spans, start = [], None
    for c in range(len(rows[r + 1]) + 1):
        free = c < len(rows[r + 1]) and c not in open_cols
        if free and start is None:
            start = c
        if not free and start is not None:
            spans.append((start, c - 1))
            start = None
    word = "\\cmidrule" if booktabs else "\\cline"
    return " ".join("%s{%d-%d}" % (word, a + 1, b + 1) for a, b in spans)


def row_tex(doc, table, rows, r, head, widths, bar):
    fields = []
    for c, slot in enumerate(rows[r]):
        if slot is None:
            if not covered_from_left(rows[r], c):
                fields.append("")
            continue
        text = cell_text(doc, dict(slot, right=table["align"][c] == "r"), head)
        if slot["rs"] > 1:
            text = "\\multirow{%d}{=}{%s}" % (slot["rs"], text)
        if slot["cs"] > 1:
            span_bp = sum(widths[c:c + slot["cs"]]) + (slot["cs"] - 1) * 2 * (doc["pad"] + 1)
            left = bar if c == 0 else ""
            text = "\\multicolumn{%d}{%s%s%s}{%s}" % (
                slot["cs"], left, column_type(doc, "l", span_bp), bar, text)
        fields.append(text)
    return " & ".join(fields) + " \\tabularnewline"


def table_tex(doc, table, width_mm, long):
    """The table as a tabular, or as a longtable (long), which breaks over pages."""
    widths = inner_widths(doc, table, width_mm)
    rows = table["head"] + table["body"]
    nh = len(table["head"])
    bar = "|" if doc["rules"] == "grid" else ""
    spec = bar + bar.join(column_type(doc, table["align"][c], w) for c, w in enumerate(widths)) + bar
    env = "longtable" if long else "tabular"
    out = ["\\setlength{\\tabcolsep}{%gbp}" % (doc["pad"] + 1),
           "\\setlength{\\extrarowheight}{%gbp}" % doc["pad"],
           "\\setlength{\\arrayrulewidth}{%gbp}" % doc["rule_width"],
           "\\arrayrulecolor%s" % colour(doc["rule_colour"])]
    if doc["rules"] in ("hrules", "booktabs"):
        out.append("\\setlength{\\heavyrulewidth}{%gbp}\\setlength{\\lightrulewidth}{%gbp}"
                   % (doc["rule_width"] * 1.6, doc["rule_width"]))
    if doc["fill"] == "zebra":
        out.append("\\rowcolors{%d}{white}{zebra}" % (nh + 1))
    # [t]: tables side by side stand on their first rows, as the other producers set them
    out.append("\\begin{%s}[%s]{%s}" % (env, "l" if long else "t", spec))
    if doc["rules"] != "none":
        out.append("\\toprule" if doc["rules"] in ("hrules", "booktabs") else "\\hline")
    for r in range(len(rows)):
        head = r < nh
        if head and doc["fill"] == "darkhead":
            out.append("\\rowcolor%s" % colour(doc["dark"]))
        out.append(row_tex(doc, table, rows, r, head, widths, bar))
        if doc["rules"] != "none":
            out.append(rule_below(doc, rows, r, r == len(rows) - 1, nh))
        if long and r == nh - 1:
            out.append("\\endhead")
    out.append("\\end{%s}" % env)
    return "\n".join(out)


def preamble(doc):
    paper = {"A4": "a4paper", "Letter": "letterpaper"}[doc["page"]]
    geometry = "%s,margin=%gmm%s" % (paper, MARGIN_MM, ",landscape" if doc["landscape"] else "")
    out = ["\\documentclass{article}",
           "\\usepackage[T1]{fontenc}", FONTS[doc["font"]],
           "\\usepackage[%s]{geometry}" % geometry,
           "\\usepackage[table]{xcolor}",
           "\\usepackage{array,longtable,multirow,booktabs,multicol,graphicx,fancyhdr}",
           "\\definecolor{zebra}{HTML}{%s}" % doc["zebra"].lstrip("#").upper(),
           "\\hyphenpenalty=10000 \\exhyphenpenalty=10000",  # the truth's words stay whole
           "\\setlength{\\parindent}{0pt}", "\\setlength{\\LTleft}{0pt}"]
    run = doc["running"]
    if run:
        out += ["\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}",
                "\\lhead{\\footnotesize %s}" % tex(run["head"]),
                "\\cfoot{\\footnotesize %s | Page \\thepage}" % tex(run["foot"])]
    else:
        out.append("\\pagestyle{empty}")
    return out


def render(doc):
    size = doc["size"]
    out = preamble(doc) + ["\\begin{document}",
                           "\\fontsize{%g}{%g}\\selectfont" % (size, size * 1.2)]
    if doc["title"]:
        out.append("{\\fontsize{%g}{%g}\\selectfont\\bfseries %s\\par}\\medskip"
                   % (size + 3, (size + 3) * 1.3, tex(doc["title"])))
    prose = doc["prose"]
    half = (len(prose) + 1) // 2
    if doc["layout"] == "twocolumn":
        out.append("\\begin{multicols}{2}\n%s\n\\end{multicols}" % "\n\n".join(tex(p) for p in prose[:half]))
    tables = doc["tables"]
    if doc["layout"] == "sidebyside":
        half_mm = room_mm(doc)
        out.append("\\noindent\\begin{minipage}[t]{%gmm}\n%s\n\\end{minipage}\\hfill"
                   "\\begin{minipage}[t]{%gmm}\n%s\n\\end{minipage}"
                   % (half_mm, table_tex(doc, tables[0], half_mm, False), half_mm,
                      table_tex(doc, tables[1], half_mm, False)))
    elif doc["layout"] == "stacked":
        for t in tables:
            out.append("\\par\\bigskip{\\bfseries %s\\par}\\smallskip" % tex(t["caption"]))
            out.append(table_tex(doc, t, room_mm(doc) * t["frac"], True))
            out.append("{\\fontsize{%g}{%g}\\selectfont %s\\par}" % (size - 1, size * 1.2, tex(t["note"])))
    elif doc["rotate"]:
        angle = -90 if doc["rotate"] == 90 else 90
        out.append("\\rotatebox{%d}{%s}" % (angle, table_tex(doc, tables[0], room_mm(doc), False)))
    else:
        out.append(table_tex(doc, tables[0], room_mm(doc), True))
    if doc["layout"] == "twocolumn":
        out.append("\\par\\bigskip\\begin{multicols}{2}\n%s\n\\end{multicols}"
                   % "\n\n".join(tex(p) for p in prose[half:]))
    if doc["footnote"]:
        out.append("\\par\\medskip{\\fontsize{%g}{%g}\\selectfont %s\\par}" % (size - 1, size * 1.2, tex(doc["footnote"])))
    out.append("\\end{document}")
    return "\n".join(out) + "\n"


def command(tex_path, outdir):
    """pdfLaTeX on tex_path, writing into outdir; one pass, since every
    column's width is given."""
    return ["pdflatex", "-interaction=batchmode", "-halt-on-error", "-output-directory", outdir, tex_path]
