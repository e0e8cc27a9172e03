"""render_fodt.py - a zoo document as a flat OpenDocument text for LibreOffice.

Writer expresses every style but the sideways ones natively: borders and
backgrounds are cell styles, the repeated header is table-header-rows,
landscape is the page layout, running lines are the master page's header
and footer, two-column prose is a section of two columns, two tables side
by side sit in the cells of a borderless table.
"""
from xml.sax.saxutils import escape

NS = " ".join('xmlns:%s="urn:oasis:names:tc:opendocument:xmlns:%s"' % kv for kv in [
    ("office", "office:1.0"), ("style", "style:1.0"), ("text", "text:1.0"), ("table", "table:1.0"),
    ("fo", "xsl-fo-compatible:1.0"), ("svg", "svg-compatible:1.0")])
from model import MARGIN_MM, SIDE_GAP_MM, VALIGNS, booktabs_edges, page_mm, room_mm


def borders(doc, colour, edges=""):
    """A cell's border attributes for the document's rulings (Writer's and
    Calc's cells take the same); edges: the cell's row's booktabs rules
    (model.booktabs_edges)."""
    rule = "%gpt %s %s" % (doc["rule_width"], doc["rule_style"], colour)
    if doc["rules"] == "booktabs":
        return 'fo:border-left="none" fo:border-right="none" fo:border-top="%s" fo:border-bottom="%s"' % (
            rule if "t" in edges else "none", rule if "b" in edges else "none")
    return {"grid": 'fo:border="%s"' % rule,
            "hrules": 'fo:border-left="none" fo:border-right="none" '
                      'fo:border-top="%s" fo:border-bottom="%s"' % (rule, rule),
            "none": 'fo:border="none"'}[doc["rules"]]


def spans(slot):
    """The attributes of a cell spanning columns or rows (Writer and Calc)."""
    span = ""
    if slot["cs"] > 1:
        span += ' table:number-columns-spanned="%d"' % slot["cs"]
    if slot["rs"] > 1:
        span += ' table:number-rows-spanned="%d"' % slot["rs"]
    return span


def page_layout(doc, top_mm, more=""):
    """The page layout "pm1": the document's page and margins (top and
    bottom top_mm), room for a running head and foot; more: other
    attributes of its properties."""
    w, h = page_mm(doc)
    return ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%.1fmm" '
            'fo:page-height="%.1fmm" style:print-orientation="%s" fo:margin-top="%dmm" fo:margin-bottom="%dmm" '
            'fo:margin-left="%dmm" fo:margin-right="%dmm"%s/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="3mm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="3mm"/></style:footer-style>'
            '</style:page-layout>' % (w, h, "landscape" if doc["landscape"] else "portrait",
                                      top_mm, top_mm, MARGIN_MM, MARGIN_MM, more))


def cell_styles(doc):
    """Automatic styles of the cells: (part, stripe) -> style name and XML."""
    dark = doc["fill"] == "darkhead"
    pad = 'fo:padding-top="%gpt" fo:padding-bottom="%gpt" fo:padding-left="%gpt" fo:padding-right="%gpt"' % (
        doc["pad"], doc["pad"], doc["pad"] + 1, doc["pad"] + 1)
    out = []
    for name, fill, colour in (("CH", doc["dark"] if dark else None,
                                doc["head_rule_colour"] if dark else doc["rule_colour"]),
                               ("CB", None, doc["rule_colour"]),
                               ("CZ", doc["zebra"] if doc["fill"] == "zebra" else None, doc["rule_colour"])):
        bg = ' fo:background-color="%s"' % fill if fill else ""
        # the style of the document's alignment, and one a cell's own;
        # each with the booktabs rules a row may carry
        for edges in ("", "t", "b", "tb"):
            for suffix, valign in [("", doc["valign"])] + [("-" + v, v) for v in VALIGNS]:
                out.append('<style:style style:name="%s%s%s" style:family="table-cell"><style:table-cell-properties '
                           'style:vertical-align="%s" %s %s%s/></style:style>'
                           % (name, edges, suffix, valign, pad, borders(doc, colour, edges), bg))
    return "\n".join(out)


def para_styles(doc):
    size = doc["size"]
    head_colour = ' fo:color="#ffffff"' if doc["fill"] == "darkhead" else ""
    defs = [("PL", "start", ""), ("PR", "end", ""),
            ("HL", {"left": "start", "center": "center"}[doc["head_align"]], ' fo:font-weight="bold"' + head_colour),
            ("HR", "end", ' fo:font-weight="bold"' + head_colour),
            ("Title", "start", ' fo:font-weight="bold" fo:font-size="%gpt"' % (size + 3)),
            ("Caption", "start", ' fo:font-weight="bold"'),
            ("Note", "start", ' fo:font-size="%gpt"' % (size - 1)),
            ("Prose", "justify", ""), ("Run", "start", ' fo:font-size="8pt"')]
    return "\n".join('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties '
                     'fo:text-align="%s" fo:margin-top="0pt" fo:margin-bottom="%s"/>'
                     '<style:text-properties%s/></style:style>'
                     % (n, a, "6pt" if n in ("Prose", "Title") else "4pt" if n == "Caption" else "0pt", t)
                     for n, a, t in defs)


def paragraph(style, slot_or_text):
    if isinstance(slot_or_text, str):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, escape(slot_or_text))
    lines = slot_or_text["lines"] or [slot_or_text["t"]]
    return '<text:p text:style-name="%s">%s</text:p>' % (
        style, "<text:line-break/>".join(escape(x) for x in lines))


def table_xml(doc, table, name, width_mm):
    total = sum(table["widths"])
    out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    cols = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.1fmm" '
            'table:align="left"/></style:style>' % (name, width_mm)]
    for c, w in enumerate(table["widths"]):
        cols.append('<style:style style:name="%s.%d" style:family="table-column"><style:table-column-properties '
                    'style:column-width="%.1fmm"/></style:style>' % (name, c, width_mm * w / total))
        out.append('<table:table-column table:style-name="%s.%d"/>' % (name, c))
    for part, rows in (("head", table["head"]), ("body", table["body"])):
        if part == "head":
            out.append("<table:table-header-rows>")
        for r, row in enumerate(rows):
            out.append("<table:table-row>")
            for c, slot in enumerate(row):
                if slot is None:
                    out.append("<table:covered-table-cell/>")
                    continue
                cs = "CH" if part == "head" else ("CZ" if r % 2 == 1 else "CB")
                cs += booktabs_edges(table, part == "head", r) if doc["rules"] == "booktabs" else ""
                cs += "-" + slot["va"] if slot.get("va") else ""
                span = spans(slot)
                ps = ("H" if part == "head" else "P") + ("R" if table["align"][c] == "r" and slot["cs"] == 1 else "L")
                out.append('<table:table-cell table:style-name="%s"%s office:value-type="string">%s</table:table-cell>'
                           % (cs, span, paragraph(ps, slot)))
            out.append("</table:table-row>")
        if part == "head":
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    return "\n".join(out), "\n".join(cols)


def render(doc):
    w = page_mm(doc)[0]
    width = w - 2 * MARGIN_MM
    autos = [cell_styles(doc), para_styles(doc),
             '<style:style style:name="Cols2" style:family="section"><style:section-properties>'
             '<style:columns fo:column-count="2" fo:column-gap="8mm"/></style:section-properties></style:style>',
             '<style:style style:name="Outer" style:family="table"><style:table-properties style:width="%dmm" '
             'table:align="left"/></style:style>' % width,
             '<style:style style:name="OuterCell" style:family="table-cell"><style:table-cell-properties '
             'fo:padding="0mm" fo:padding-right="%gmm" fo:border="none"/></style:style>' % (SIDE_GAP_MM / 2)]
    body = []
    if doc["title"]:
        body.append(paragraph("Title", doc["title"]))
    prose = doc["prose"]
    half = (len(prose) + 1) // 2

    def section(name, paras):
        return ('<text:section text:style-name="Cols2" text:name="%s">%s</text:section>'
                % (name, "".join(paragraph("Prose", p) for p in paras)))
    if doc["layout"] == "twocolumn":
        body.append(section("Before", prose[:half]))
    tables = doc["tables"]
    if doc["layout"] == "sidebyside":
        # each half of the outer table is the room and half the gap, the
        # gap being the padding on its right
        inner = [table_xml(doc, t, "T%d" % (i + 1), room_mm(doc)) for i, t in enumerate(tables)]
        autos += [s for _, s in inner]
        body.append('<table:table table:name="Outer" table:style-name="Outer"><table:table-column '
                    'table:number-columns-repeated="2"/><table:table-row>%s</table:table-row></table:table>'
                    % "".join('<table:table-cell table:style-name="OuterCell">%s</table:table-cell>' % x for x, _ in inner))
    elif doc["layout"] == "stacked":
        for i, t in enumerate(tables):
            xml, st = table_xml(doc, t, "T%d" % (i + 1), width * t["frac"])
            autos.append(st)
            body += [paragraph("PL", ""), paragraph("Caption", t["caption"]), xml, paragraph("Note", t["note"])]
    else:
        xml, st = table_xml(doc, tables[0], "T1", width)
        autos.append(st)
        body.append(xml)
    if doc["layout"] == "twocolumn":
        body.append(paragraph("PL", ""))
        body.append(section("After", prose[half:]))
    if doc["footnote"]:
        body.append(paragraph("Note", doc["footnote"]))
    run = doc["running"]
    master = ""
    if run:
        master = ('<style:header>%s</style:header><style:footer><text:p text:style-name="Run">%s | Page '
                  '<text:page-number text:select-page="current">1</text:page-number> of '
                  '<text:page-count>1</text:page-count></text:p></style:footer>'
                  % (paragraph("Run", run["head"]), escape(run["foot"])))
    layout = page_layout(doc, MARGIN_MM)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
            '<office:font-face-decls><style:font-face style:name="F" svg:font-family="&apos;%s&apos;"/></office:font-face-decls>\n'
            '<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="F" '
            'fo:font-size="%gpt" fo:hyphenate="false" fo:language="en" fo:country="US"/></style:default-style></office:styles>\n'
            '<office:automatic-styles>%s\n%s</office:automatic-styles>\n'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s'
            '</style:master-page></office:master-styles>\n'
            '<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n'
            % (NS, doc["font"], doc["size"], layout, "\n".join(autos), master, "\n".join(body)))
