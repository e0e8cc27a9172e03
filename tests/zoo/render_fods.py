"""render_fods.py - a zoo document as a flat OpenDocument spreadsheet for
LibreOffice Calc, printed as a sheet is: a scorecard kept as a spreadsheet
and exported to PDF.

A sheet is not a text document, and prints as one does not:
- every table lies in the one grid of the sheet: rows are as tall as
  their tallest cell across the whole sheet (two tables side by side
  share them, and sit apart by an empty column), columns are set in
  millimetres and never stretch to the page;
- Calc draws no gridlines unless asked (the plain styles print bare
  text), sets a cell's text at its bottom unless told otherwise, wraps
  a cell's text only where its style says so, and keeps no padding but
  its own small margin;
- a title and a footnote are cells merged across the table's columns;
- every page carries Calc's default running lines, the sheet's name over
  it and "Page N" under it, unless the document sets its own (furniture);
- a table over several pages repeats its header rows (the print range's
  rows to repeat).
"""
from xml.sax.saxutils import escape

from model import MARGIN_MM, SIDE_GAP_MM, VALIGNS, room_mm
from render_fodt import NS, borders, page_layout, spans

SHEET = "Scorecard"


def cell_styles(doc):
    """The cells' automatic styles: part (CH head, CB body, CZ striped body,
    CT title, CN note) x column alignment (L, R) x vertical alignment."""
    dark = doc["fill"] == "darkhead"
    head_text = ' fo:font-weight="bold"' + (' fo:color="#ffffff"' if dark else "")
    parts = [("CH", doc["dark"] if dark else None, doc["head_rule_colour"] if dark else doc["rule_colour"], head_text),
             ("CB", None, doc["rule_colour"], ""),
             ("CZ", doc["zebra"] if doc["fill"] == "zebra" else None, doc["rule_colour"], "")]
    out = []
    for name, fill, colour, text in parts:
        bg = ' fo:background-color="%s"' % fill if fill else ""
        for align, fo_align in (("L", "start"), ("R", "end"), ("C", "center")):
            for suffix, valign in [("", doc["valign"])] + [("-" + v, v) for v in VALIGNS]:
                out.append('<style:style style:name="%s%s%s" style:family="table-cell"><style:table-cell-properties '
                           'style:vertical-align="%s" fo:wrap-option="wrap" style:text-align-source="fix" %s%s/>'
                           '<style:paragraph-properties fo:text-align="%s"/><style:text-properties%s/></style:style>'
                           % (name, align, suffix, valign, borders(doc, colour), bg, fo_align, text))
    for name, text in (("CT", ' fo:font-weight="bold" fo:font-size="%gpt"' % (doc["size"] + 3)),
                       ("CN", ' fo:font-size="%gpt"' % (doc["size"] - 1))):
        out.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                   'style:vertical-align="top" fo:wrap-option="wrap" style:text-align-source="fix"/>'
                   '<style:paragraph-properties fo:text-align="start"/><style:text-properties%s/></style:style>'
                   % (name, text))
    return "\n".join(out)


def cell(style, text_or_slot, span=""):
    if isinstance(text_or_slot, str):
        lines = [text_or_slot]
    else:
        lines = text_or_slot["lines"] or [text_or_slot["t"]]
    paras = "".join("<text:p>%s</text:p>" % escape(x) for x in lines if x)
    return ('<table:table-cell table:style-name="%s"%s office:value-type="string">%s</table:table-cell>'
            % (style, span, paras)) if paras else '<table:table-cell table:style-name="%s"%s/>' % (style, span)


def table_rows(doc, table):
    """The cells of each of the table's rows (head, then body), and how many
    rows its head has."""
    rows = []
    for part, part_rows in (("head", table["head"]), ("body", table["body"])):
        for r, row in enumerate(part_rows):
            cells = []
            for c, slot in enumerate(row):
                if slot is None:
                    cells.append("<table:covered-table-cell/>")
                    continue
                style = "CH" if part == "head" else ("CZ" if r % 2 == 1 else "CB")
                if table["align"][c] == "r" and slot["cs"] == 1:
                    style += "R"
                else:
                    style += "C" if part == "head" and doc["head_align"] == "center" else "L"
                style += "-" + slot["va"] if slot.get("va") else ""
                cells.append(cell(style, slot, spans(slot)))
            rows.append(cells)
    return rows, len(table["head"])


def merged_line(style, text, ncols):
    """A row whose one cell, merged across the ncols columns, holds text."""
    covered = "<table:covered-table-cell/>" * (ncols - 1)
    span = ' table:number-columns-spanned="%d"' % ncols if ncols > 1 else ""
    return "<table:table-row>%s%s</table:table-row>" % (cell(style, text, span), covered)


def column_styles(doc):
    """Column widths (mm) of the sheet: each table's, in the room it has;
    side by side, an empty column between them."""
    tables = doc["tables"]
    room = room_mm(doc)
    widths = []
    for i, t in enumerate(tables):
        if i:
            widths.append(SIDE_GAP_MM)
        total = sum(t["widths"])
        widths += [room * w / total for w in t["widths"]]
    return widths


def body_rows(doc):
    """The sheet's rows under the title: the tables' rows, side by side
    when there are two (the shorter table's rows padded with empty cells),
    then the footnote; and the count of header rows to repeat."""
    grids = [table_rows(doc, t) for t in doc["tables"]]
    height = max(len(rows) for rows, _ in grids)
    out = []
    for r in range(height):
        cells = []
        for i, (rows, _) in enumerate(grids):
            if i:
                cells.append("<table:table-cell/>")
            cols = doc["tables"][i]["cols"]
            cells += rows[r] if r < len(rows) else ["<table:table-cell/>"] * cols
        out.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    return out, grids[0][1]


def render(doc):
    widths = column_styles(doc)
    ncols = len(widths)
    autos = [cell_styles(doc)]
    cols = []
    for c, width in enumerate(widths):
        autos.append('<style:style style:name="co%d" style:family="table-column"><style:table-column-properties '
                     'style:column-width="%.2fmm"/></style:style>' % (c, width))
        cols.append('<table:table-column table:style-name="co%d"/>' % c)
    autos.append('<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
                 '<style:table-properties table:display="true"/></style:style>')
    rows, head = body_rows(doc)
    sheet = []
    if doc["title"]:
        sheet += [merged_line("CT", doc["title"], ncols), "<table:table-row><table:table-cell/></table:table-row>"]
    # the header rows repeat on every page (Calc's rows to repeat)
    sheet.append("<table:table-header-rows>%s</table:table-header-rows>" % "".join(rows[:head]))
    sheet += rows[head:]
    if doc["footnote"]:
        sheet += ["<table:table-row><table:table-cell/></table:table-row>", merged_line("CN", doc["footnote"], ncols)]
    run = doc["running"]
    if run:
        head_line = "<text:p>%s</text:p>" % escape(run["head"])
        foot_line = ('<text:p>%s | Page <text:page-number>1</text:page-number> of '
                     '<text:page-count>1</text:page-count></text:p>' % escape(run["foot"]))
    else:
        head_line = "<text:p><text:sheet-name>%s</text:sheet-name></text:p>" % SHEET
        foot_line = "<text:p>Page <text:page-number>1</text:page-number></text:p>"
    # Calc's running head and foot take room inside the margins; the
    # sheet is scaled to the page's width, as a sheet meant for print is
    layout = page_layout(doc, MARGIN_MM - 8, ' style:print="objects charts drawings" style:scale-to-X="1" '
                         'style:scale-to-Y="100"')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            '<office:font-face-decls><style:font-face style:name="F" svg:font-family="&apos;%s&apos;"/></office:font-face-decls>\n'
            '<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="F" '
            'fo:font-size="%gpt" fo:language="en" fo:country="US"/></style:default-style></office:styles>\n'
            '<office:automatic-styles>%s\n%s</office:automatic-styles>\n'
            '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">'
            '<style:header>%s</style:header><style:footer>%s</style:footer></style:master-page></office:master-styles>\n'
            '<office:body><office:spreadsheet><table:table table:name="%s" table:style-name="ta1">\n%s\n%s\n'
            '</table:table></office:spreadsheet></office:body></office:document>\n'
            % (NS, doc["font"], doc["size"], layout, "\n".join(autos), head_line, foot_line, SHEET,
               "".join(cols), "\n".join(sheet)))
