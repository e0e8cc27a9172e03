"""model.py - the zoo's random documents and their ground truth.

A document is a dict (JSON-serialisable) that every renderer reads:
  style, producer, font, size (pt), pad (pt), rules (grid | hrules | none |
  booktabs: a rule over the head, one under it and one under the body),
  fill (None | zebra | darkhead), landscape, rotate (0 | 90 | 270, clockwise
  as CSS counts it: 90 reads top to bottom), layout (single | sidebyside |
  twocolumn | stacked: tables one over the other), title and footnote
  (page-wide lines or None), prose (paragraphs
  set in two columns, twocolumn only), running (head and foot lines repeated
  on every page, or None) and tables; valign (top | middle | bottom) the
  vertical alignment of every cell, or of those that name none.
A table is {cols, align, widths, head, body}: head and body are lists of
rows; a row is a list of cols slots, each a cell {t, lines, cs, rs} (text,
explicit lines or None, colspan, rowspan; va, the cell's own vertical
alignment, in the valign style) or None where a span covers it. A table
of the stacked layout has a caption over it and a note under it (in the
table's font, the caption bold, the note a point smaller) and frac, its
share of the page's width.

The truth of a table is its grid (head rows, then body rows; a table set
over several pages has its repeated header once): a cell's text goes to
its top-left slot, slots a span covers are "" and listed as covered
(with the slot of the cell that covers them).
Everything is drawn from one random.Random, so a seed gives a document.
"""
import random

STYLES = ["grid", "hrules", "plain", "zebra", "darkhead", "landscape",
          "sidebyside", "multipage", "titled", "rot90-ruled", "rot90-plain",
          "rot270-ruled", "rot270-plain", "rtl", "twocolumn", "furniture",
          "mixed", "valign", "stats", "report"]
PRODUCERS = ["chromium", "libreoffice", "reportlab", "groff", "ghostscript", "weasyprint", "wkhtmltopdf", "latex",
             "calc"]
# LibreOffice Writer cannot turn a table sideways on an upright page: its
# tables live in the text flow, and neither frames nor sections rotate.
# groff's tbl has no cell fills (zebra, darkhead), sets one table across the
# line (sidebyside), turns nothing (rot*), has no bidi and its PostScript
# fonts no Hebrew or Arabic (rtl), and -ms leaves two columns for one only
# on a new page (twocolumn: a page-wide table between two-column prose)
# and sets every cell of a table at its top (valign).
# ghostscript is Chromium's PDF rewritten by Ghostscript's pdfwrite (as
# print and archiving pipelines rewrite what they are given): new font
# subsets whose ascent and descent are their bounding boxes, ligatures
# mapped to their own code points. It loses the text layer of Hebrew and
# Arabic subsets (rtl): the page would show words its text does not hold.
# weasyprint (57) writes a text layer that maps some shaped Hebrew and
# Arabic glyphs to the wrong letters or to none (rtl). wkhtmltopdf is Qt
# WebKit's print: it knows no @page margin boxes (furniture draws no
# running lines there) and writes Arabic as presentation forms. latex is
# pdfLaTeX, whose Type 1 fonts hold no Hebrew or Arabic (rtl). calc is a
# LibreOffice Calc sheet exported to PDF: a sheet turns no table on an
# upright page (rot*) and sets no prose in columns (twocolumn); tables one
# over the other (report) share the sheet's columns, where each of the
# report's tables has widths of its own.
IMPOSSIBLE = ({(p, s) for s in STYLES for p in ("libreoffice", "calc") if s.startswith("rot")}
              | {("calc", "twocolumn"), ("calc", "report")}
              | {("ghostscript", "rtl"), ("weasyprint", "rtl"), ("latex", "rtl")}
              | {("groff", s) for s in STYLES
                 if s.startswith("rot") or s in ("zebra", "darkhead", "sidebyside", "rtl", "twocolumn",
                                                  "valign")})

FONTS = ["DejaVu Sans", "DejaVu Serif", "Liberation Sans", "Liberation Serif"]
REVIEWS = ["SSR2", "CCT", "ATRT3", "RDS-WHOIS2"]
STATUS = ["Complete", "In progress", "Not started", "Approved", "Rejected",
          "Pending", "Partially implemented", "Accepted", "Deferred", "Closed",
          "On hold", "Board approved"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WORDS = """board staff community review team report registry registrar data
abuse metrics policy compliance contract publish annual plan budget risk
security stability resiliency framework measure track outcome public comment
process working group consensus domain names accuracy access request privacy
audit training threat response incident escalation resource funding timeline
milestone baseline survey consumer trust competition choice applicant program
language script outreach transparency accountability appeal independent
assessment quarterly dashboard evidence priority implementation design scope
cost estimate approval launch support tool system verify validate""".split()
HEADWORDS = ["Rec #", "Recommendation", "Owner", "Status", "Priority", "Notes",
             "Board action", "Date", "Budget", "Progress", "Target",
             "Action", "Comments", "Outcome", "Team", "Phase", "Count", "Share"]
HEBREW = ["המלצה", "הושלם", "בתהליך", "דוח", "מועצה", "שקיפות", "ביקורת",
          "מדיניות", "קהילה", "תקציב"]
ARABIC = ["توصية", "مكتمل", "قيد التنفيذ", "المجلس", "تقرير", "الشفافية",
          "مراجعة", "سياسة", "المجتمع", "ميزانية"]


def sentence(rng, lo, hi):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    words[0] = words[0].capitalize()
    return " ".join(words)


def id_maker(rng):
    """Recommendation-like ids that grow down the table, one pattern a table."""
    review = rng.choice(REVIEWS)
    form = rng.choice(["{a}.{b}", review + " Rec {a}.{b}", "Rec. {n}", "R{n}",
                       review + " {a}.{b}", "{a}.{b}.{c}"])
    state = {"a": rng.randint(1, 9), "b": 0, "c": 1, "n": rng.randint(1, 20)}

    def nxt():
        if rng.random() < 0.25:
            state["a"] += 1
            state["b"] = 0
        state["b"] += 1
        state["n"] += 1
        state["c"] = rng.randint(1, 4)
        return form.format(**state)
    return nxt


def number(rng, kind):
    if kind == "int":
        return "{:,}".format(rng.randint(0, 250000))
    if kind == "pct":
        return "%d%%" % rng.randint(0, 100)
    if kind == "money":
        return "${:,}".format(rng.randint(100, 900000))
    return "%.1f" % (rng.random() * 1000)


def date(rng, form):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2017, 2025)
    if form == 0:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if form == 1:
        return "%04d-%02d-%02d" % (y, m, d)
    return "%s %d, %d" % (MONTHS[m - 1], d, y)


def stat_number(rng, form):
    """A figure of a statistical table's column: counts with separators,
    losses in parentheses, shares, small decimals, years; now and then
    a mark for no figure."""
    if rng.random() < 0.08:
        return rng.choice(MISSING)
    if form == "int":
        return "{:,}".format(rng.randint(0, 99999))
    if form == "neg":
        v = rng.randint(-9999, 9999)
        return "({:,})".format(-v) if v < 0 else "{:,}".format(v)
    if form == "pct":
        return "%.1f" % (rng.random() * 100)
    if form == "dec2":
        return "%.2f" % (rng.random() * 10)
    if form == "small":
        return str(rng.randint(0, 99))
    return str(rng.randint(1990, 2025))


def rtl_words(rng):
    bank = rng.choice([HEBREW, ARABIC])
    return " ".join(rng.choice(bank) for _ in range(rng.randint(1, 3)))


# relative column widths by kind: a long text column takes the room
WEIGHT = {"id": 1.0, "num": 0.9, "status": 1.3, "date": 1.4, "short": 1.6,
          "long": 4.0, "rtl": 1.8, "stub": 2.5, "stat": 0.8}
# a statistical table's columns: each its own form of figure
STAT_FORMS = ["int", "neg", "pct", "dec2", "small", "year"]
STATHEAD = ["2019", "2020", "2021", "2022", "2023", "Total", "Men", "Women", "Change",
            "Share (%)", "Count", "Rate", "Mean", "Median", "Q1", "Q2", "Q3", "Q4",
            "Cases", "Budget", "Actual", "Variance"]
# what a statistical table prints where it has no figure
MISSING = ["\u2013", "..", "n/a", "\u2014", "-"]


def column_kinds(rng, ncols, long_text, rtl):
    kinds = ["id"] if rng.random() < 0.85 else []
    pool = ["num", "status", "date", "short"] + (["long"] if long_text else [])
    while len(kinds) < ncols:
        kinds.append(rng.choice(pool))
    if long_text and "long" not in kinds and ncols > 1:
        kinds[1] = "long"
    if rtl:
        for i in rng.sample(range(1, ncols), k=min(ncols - 1, rng.randint(1, 2))):
            kinds[i] = "rtl"
    return kinds


def cell_text(rng, kind, ids, params):
    if kind == "id":
        return ids()
    if kind == "num":
        return number(rng, params["num"])
    if kind == "status":
        return rng.choice(STATUS)
    if kind == "date":
        return date(rng, params["date"])
    if kind in ("short", "stub"):
        return sentence(rng, 1, 4)
    if kind == "rtl":
        w = rtl_words(rng)
        return w if rng.random() < 0.6 else "%s %s" % (sentence(rng, 1, 2), w)
    return sentence(rng, 6, params["long_max"])


def cell(text, lines=None, cs=1, rs=1):
    return {"t": text, "lines": lines, "cs": cs, "rs": rs}


def header_rows(rng, kinds, shape):
    """shape: one (one row), twoline (some cells on two lines, one row), or
    group (a row of group names spanning columns over a row of names).
    A statistical table names its figures' columns by years, groups and
    measures, and often leaves its stub's name empty."""
    if "stub" in kinds:
        names = [rng.choice(["", "", "Item", "Region", "Category"])] + rng.sample(STATHEAD, len(kinds) - 1)
    else:
        names = rng.sample(HEADWORDS[1:], len(kinds))
    names = ["Rec #" if k == "id" else n for k, n in zip(kinds, names)]
    if shape == "twoline":
        row = []
        for n in names:
            if rng.random() < 0.6:
                extra = rng.choice(["as of " + date(rng, 0), "(" + rng.choice(WORDS) + ")",
                                    rng.choice(WORDS) + " " + rng.choice(WORDS)])
                row.append(cell(n + " " + extra, lines=[n, extra]))
            else:
                row.append(cell(n))
        return [row]
    if shape == "group" and len(kinds) >= 3:
        top, i = [], 0
        while i < len(kinds):
            span = min(len(kinds) - i, rng.choice([1, 2, 2, 3]))
            if span == 1:
                top.append(cell(""))
            else:
                top.append(cell(sentence(rng, 1, 2)))
                top.extend([None] * (span - 1))
                top[-span]["cs"] = span
            i += span
        if any(slot and slot["cs"] > 1 for slot in top):
            return [top, [cell(n) for n in names]]
        # no name spans columns: a row of empty cells is no group row
        # (the draws stay made, so that the other tables stay as they were)
    return [[cell(n) for n in names]]


def body_rows(rng, kinds, nrows, sections, rowspans):
    ids = id_maker(rng)
    params = {"num": rng.choice(["int", "pct", "money", "dec"]),
              "date": rng.randrange(3), "long_max": rng.choice([12, 20, 30])}
    if "stat" in kinds:  # drawn only here: the other styles' seeds stay as they were
        params["forms"] = [rng.choice(STAT_FORMS) for _ in kinds]
    rows, pending = [], {}
    for r in range(nrows):
        if sections and rng.random() < 0.12 and r and r < nrows - 1 and not pending:
            rows.append([cell("Section %d: %s" % (r, sentence(rng, 2, 5)), cs=len(kinds))]
                        + [None] * (len(kinds) - 1))
            continue
        row = []
        for c, k in enumerate(kinds):
            if pending.get(c):
                pending[c] -= 1
                row.append(None)
                continue
            if k == "stat":
                row.append(cell(stat_number(rng, params["forms"][c])))
                continue
            text = cell_text(rng, k, ids, params)
            if k not in ("id", "stub") and rng.random() < 0.1:
                text = ""
            row.append(cell(text))
        if not any(slot and slot["t"] for slot in row):
            # a row of nothing but empty cells is no row of a real table
            first = next(slot for slot in row if slot)
            first["t"] = cell_text(rng, "short", ids, params)
        if rowspans and r < nrows - 2 and rng.random() < 0.15 and row[0] is not None:
            row[0]["rs"] = 2
            pending[0] = 1
        rows.append(row)
    return rows


def make_table(rng, ncols, nrows, long_text=True, rtl=False, sections=True,
               rowspans=True, head_shape=None, stats=False):
    kinds = ["stub"] + ["stat"] * (ncols - 1) if stats else column_kinds(rng, ncols, long_text, rtl)
    shape = head_shape or rng.choice(["one", "one", "twoline", "group"])
    return {"cols": ncols,
            "align": ["r" if k in ("num", "stat") else "l" for k in kinds],
            "widths": [WEIGHT[k] * rng.uniform(0.8, 1.25) for k in kinds],
            "head": header_rows(rng, kinds, shape),
            "body": body_rows(rng, kinds, nrows, sections, rowspans)}


def dark(rng):
    return "#%02x%02x%02x" % (rng.randint(0x10, 0x40), rng.randint(0x20, 0x50), rng.randint(0x40, 0x80))


def light(rng):
    v = rng.randint(0xd8, 0xf0)
    return "#%02x%02x%02x" % (v, v, min(255, v + rng.randint(0, 12)))


def wide_line(rng, chars):
    """About chars characters of words: a line as wide as the page."""
    out = []
    while len(" ".join(out)) < chars:
        out.append(rng.choice(WORDS))
    out[0] = out[0].capitalize()
    return " ".join(out)


def running_lines(rng):
    return {"head": "%s review: implementation status" % rng.choice(REVIEWS),
            "foot": rng.choice(["Draft for discussion", "Public", "Prepared by staff"])}


def mix(rng, doc):
    """The upright styles' features drawn independently, as real documents
    combine them: a fill, a landscape page, a title and footnote, running
    lines (the rulings were drawn already)."""
    doc["fill"] = rng.choice([None, None, "zebra", "darkhead"])
    if doc["producer"] == "groff":
        doc["fill"] = None  # tbl has no fills
    doc["landscape"] = rng.random() < 0.3
    if rng.random() < 0.4:
        doc["title"] = wide_line(rng, 75)
        doc["footnote"] = "Note: " + wide_line(rng, 110)
    if rng.random() < 0.4:
        doc["running"] = running_lines(rng)


def make_document(seed, style, producer):
    rng = random.Random("%s/%s/%s" % (seed, style, producer))
    doc = {"seed": seed, "style": style, "producer": producer,
           "font": rng.choice(FONTS), "size": rng.choice([8, 8.5, 9, 9.5, 10, 10.5, 11]),
           "pad": rng.choice([1.5, 2, 3, 4, 5]),
           "page": rng.choice(["A4", "Letter"]),
           "valign": rng.choice(["top", "top", "middle"]),
           "head_align": rng.choice(["left", "left", "center"]),
           "rule_width": rng.choice([0.25, 0.5, 0.75, 1.0]),
           "rule_colour": rng.choice(["#000000", "#444444", "#808080"]),
           "rule_style": rng.choice(["solid", "solid", "solid", "dashed", "dotted"]),
           # rules over a dark header fill are light, or they would not show
           "head_rule_colour": rng.choice(["#ffffff", "#d9d9d9", "#a6a6a6"]),
           "rules": rng.choice(["grid", "hrules", "none"]), "fill": None,
           "dark": dark(rng), "zebra": light(rng),
           "landscape": False, "rotate": 0, "layout": "single",
           "title": None, "footnote": None, "prose": [], "running": None}
    multi = style in ("multipage", "furniture") or (style == "mixed" and rng.random() < 0.4)
    sideways = style.startswith("rot")
    ncols = rng.randint(2, 7)
    nrows = rng.randint(3, 14)
    if style in ("grid", "hrules"):
        doc["rules"] = style
    elif style == "plain":
        doc["rules"] = "none"
    elif style == "zebra":
        doc["rules"] = rng.choice(["none", "hrules"])
        doc["fill"] = "zebra"
    elif style == "darkhead":
        doc["rules"] = rng.choice(["grid", "grid", "hrules"])
        doc["fill"] = "darkhead"
    elif style == "landscape":
        doc["landscape"] = True
        ncols = rng.randint(4, 9)
    elif sideways:
        doc["rotate"] = 90 if style.startswith("rot90") else 270
        doc["rules"] = "grid" if style.endswith("ruled") else "none"
        ncols, nrows = rng.randint(3, 6), rng.randint(3, 8)
    elif style == "titled":
        doc["title"] = wide_line(rng, 75)
        doc["footnote"] = "Note: " + wide_line(rng, 110)
    elif style == "twocolumn":
        doc["layout"] = "twocolumn"
        doc["prose"] = [sentence(rng, 30, 60) + "." for _ in range(rng.randint(2, 4))]
        ncols = rng.randint(2, 6)
    elif style == "furniture":
        doc["running"] = running_lines(rng)
    elif style == "sidebyside":
        doc["layout"] = "sidebyside"
    elif style == "mixed":
        mix(rng, doc)
    elif style == "valign":
        doc["rules"] = "none"
    elif style == "stats":
        # figures of many columns, as statistical offices publish them
        ncols = rng.randint(4, 9)
    elif style == "report":
        # a statistical report's page: tables one over the other, each
        # under its caption and over its source note, ruled as books rule
        # them or not at all
        doc["layout"] = "stacked"
        doc["rules"] = rng.choice(["booktabs", "booktabs", "none", "hrules"])
        nrows = rng.randint(3, 9)
    if multi:
        nrows = rng.randint(35, 65)
    room = room_mm(doc)

    def fitting(cols, **kw):
        # a table whose words cannot fit the room loses a column
        while True:
            table = make_table(rng, cols, nrows, **kw)
            if fit_widths(doc, table, room) or cols <= 2:
                return table
            cols -= 1
    if style == "sidebyside":
        nrows = rng.randint(3, 10)
        doc["tables"] = [fitting(rng.randint(2, 3), long_text=False, rowspans=False,
                                 sections=False, head_shape="one") for _ in range(2)]
    elif style == "stats":
        doc["tables"] = [fitting(ncols, rowspans=False, stats=True,
                                 head_shape=rng.choice(["one", "group", "group", "twoline"]))]
    elif style == "report":
        doc["tables"] = [report_table(rng, doc, k, room) for k in (1, 2)]
    else:
        doc["tables"] = [fitting(ncols, long_text=not sideways, rtl=(style == "rtl"),
                                 rowspans=not (multi or sideways), sections=not sideways)]
    if style == "valign":
        cell_aligns(rng, doc)
    return doc


def report_table(rng, doc, k, room):
    """The k-th table of a report's page: a statistical table as wide as
    its share of the page lets it be, its caption and its source note."""
    frac = rng.choice([1.0, 1.0, 0.85, 0.7])
    cols = rng.randint(4, 8)
    while True:
        table = make_table(rng, cols, rng.randint(3, 9), rowspans=False, stats=True,
                           head_shape=rng.choice(["one", "group", "group", "twoline"]))
        if fit_widths(doc, table, room * frac) or cols <= 2:
            break
        cols -= 1
    table["frac"] = frac
    table["caption"] = "Table %d. %s" % (k, wide_line(rng, rng.randint(25, 70)))
    table["note"] = rng.choice(["Source: ", "Note: ", "Figures are provisional. "]) + \
        wide_line(rng, rng.randint(20, 130)) + "."
    return table


def booktabs_edges(table, head, r):
    """Which edges of row r of the head (or body) carry a rule in the
    booktabs rulings: over the head (t), under the head and under the
    body (b)."""
    rows = table["head"] if head else table["body"]
    return ("t" if head and r == 0 else "") + ("b" if r == len(rows) - 1 else "")


VALIGNS = ["top", "middle", "bottom"]


def cell_aligns(rng, doc):
    """Unruled rows, padded apart, whose cells stand at the top, middle or
    bottom of their rows: one alignment for the whole table, or each
    body cell its own (as a page whose cells' markup differs sets them)."""
    doc["valign"] = rng.choice(VALIGNS)
    if rng.random() < 0.3:
        return
    for table in doc["tables"]:
        for row in table["body"]:
            for slot in row:
                if slot is not None:
                    slot["va"] = rng.choice(VALIGNS)


# The widest glyphs of a word (bold capitals, digits of DejaVu Sans Bold) stay
# under this many ems a character: a column at least as wide as its longest
# word at this rate never breaks a word, so the page shows the truth's words.
EM_PER_CHAR = 0.78
PT_PER_MM = 72 / 25.4
PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
MARGIN_MM = 15        # every producer's page margin
SIDE_GAP_MM = 12      # between two tables side by side
SIDEWAYS_SLACK_MM = 10  # a sideways table stops this short of the page's height


def page_mm(doc):
    """(width, height) of the page as printed."""
    w, h = PAGE_MM[doc["page"]]
    return (h, w) if doc["landscape"] else (w, h)


def room_mm(doc):
    """The width a table may take: the page less its margins; side by side
    tables share it less a gap; a sideways table lies along the height."""
    w, h = page_mm(doc)
    if doc["rotate"]:
        return h - 2 * MARGIN_MM - SIDEWAYS_SLACK_MM
    if doc["layout"] == "sidebyside":
        return (w - 2 * MARGIN_MM - SIDE_GAP_MM) / 2
    return w - 2 * MARGIN_MM


def fit_widths(doc, table, room_mm):
    """Raise the relative widths so that every column holds its longest word;
    False when the words cannot all fit in the room."""
    need = []
    for c in range(table["cols"]):
        longest = max([len(w) for row in table["head"] + table["body"]
                       if row[c] is not None and row[c]["cs"] == 1
                       for w in row[c]["t"].split()] + [1])
        need.append((longest * EM_PER_CHAR * doc["size"] + 2 * (doc["pad"] + 1) + 2) / PT_PER_MM)
    # water-filling: a column that its share leaves short gets what it
    # needs, the others share what is left in proportion to their weights
    fixed = {}
    for _ in range(table["cols"]):
        free = [c for c in range(table["cols"]) if c not in fixed]
        left = room_mm - sum(fixed.values())
        weight = sum(table["widths"][c] for c in free) or 1
        short = [c for c in free if left * table["widths"][c] / weight < need[c]]
        if not short:
            break
        for c in short:
            fixed[c] = need[c]
    if sum(need) > room_mm:
        return False
    free = [c for c in range(table["cols"]) if c not in fixed]
    left = room_mm - sum(fixed.values())
    weight = sum(table["widths"][c] for c in free) or 1
    table["widths"] = [fixed[c] if c in fixed else left * table["widths"][c] / weight
                       for c in range(table["cols"])]
    return True


def truth(table):
    """(grid, covered): the expected cells, and for each slot a span covers
    [row, col, row, col of the spanning cell]."""
    rows = table["head"] + table["body"]
    grid = [["" for _ in range(table["cols"])] for _ in rows]
    covered = []
    for r, row in enumerate(rows):
        for c, slot in enumerate(row):
            if slot is None:
                continue
            grid[r][c] = " ".join(slot["t"].split())
            for dr in range(slot["rs"]):
                for dc in range(slot["cs"]):
                    if dr or dc:
                        covered.append([r + dr, c + dc, r, c])
    return grid, covered
