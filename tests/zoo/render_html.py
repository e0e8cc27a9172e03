"""render_html.py - a zoo document as an HTML page for Chromium's print to PDF.

Every style is expressed with CSS: rulings as cell borders, fills as
backgrounds, landscape with @page, sideways tables with a CSS transform,
two-column prose with column-count, running lines in @page margin boxes, the repeated header
with <thead> (Chromium repeats it on every page a table runs onto).
"""
from html import escape

from model import MARGIN_MM, SIDE_GAP_MM, booktabs_edges, room_mm


def cell_html(slot, tag, style):
    if slot is None:
        return ""
    attrs = ""
    if slot["cs"] > 1:
        attrs += ' colspan="%d"' % slot["cs"]
    if slot["rs"] > 1:
        attrs += ' rowspan="%d"' % slot["rs"]
    body = "<br>".join(escape(x) for x in slot["lines"]) if slot["lines"] else escape(slot["t"])
    return '<%s%s style="%s">%s</%s>' % (tag, attrs, style, body, tag)


def rule_colour(doc, head):
    dark = head and doc["fill"] == "darkhead"
    return doc.get("head_rule_colour", "#ffffff") if dark else doc["rule_colour"]


def cell_style(doc, table, c, slot, head, stripe, edges=""):
    s = ["padding:%gpt %gpt" % (doc["pad"], doc["pad"] + 1)]
    right = table["align"][c] == "r" and slot is not None and slot["cs"] == 1
    s.append("text-align:%s" % ("right" if right else doc["head_align"] if head else "left"))
    s.append("vertical-align:%s" % ((slot or {}).get("va") or doc["valign"]))
    rule = "%gpt %s %s" % (doc["rule_width"], doc["rule_style"], rule_colour(doc, head))
    if doc["rules"] == "grid":
        s.append("border:" + rule)
    elif doc["rules"] == "hrules":
        s.append("border-top:%s;border-bottom:%s" % (rule, rule))
    elif doc["rules"] == "booktabs":
        s += ["border-%s:%s" % (side, rule) for side, edge in (("top", "t"), ("bottom", "b")) if edge in edges]
    if head and doc["fill"] == "darkhead":
        s.append("background:%s;color:#fff" % doc["dark"])
    elif not head and stripe and doc["fill"] == "zebra":
        s.append("background:%s" % doc["zebra"])
    if head:
        s.append("font-weight:bold")
    return ";".join(s)


def table_html(doc, table, width, caption=""):
    total = sum(table["widths"])
    out = ['<table style="border-collapse:collapse;width:%s;table-layout:fixed">' % width]
    if caption:
        out.append('<caption style="caption-side:top;text-align:left;font-weight:bold;padding-bottom:4pt">%s'
                   '</caption>' % escape(caption))
    out.append("<colgroup>%s</colgroup>" % "".join(
        '<col style="width:%.2f%%">' % (100 * w / total) for w in table["widths"]))
    for part, rows, tag in (("thead", table["head"], "th"), ("tbody", table["body"], "td")):
        out.append("<%s>" % part)
        for r, row in enumerate(rows):
            edges = booktabs_edges(table, tag == "th", r)
            cells = [cell_html(slot, tag, cell_style(doc, table, c, slot, tag == "th", r % 2 == 1, edges))
                     for c, slot in enumerate(row)]
            out.append('<tr style="break-inside:avoid">%s</tr>' % "".join(cells))
        out.append("</%s>" % part)
    out.append("</table>")
    return "\n".join(out)


def sideways(doc, inner):
    # turned about its top-left corner, then moved back onto the page; the
    # box is as long as the page is high
    length = room_mm(doc)
    if doc["rotate"] == 90:
        move = "rotate(90deg) translateY(-100%)"
    else:
        move = "translateY(%.1fmm) rotate(-90deg)" % length
    return ('<div style="position:absolute;top:0;left:0;width:%.1fmm;'
            'transform-origin:top left;transform:%s">%s</div>' % (length, move, inner))


def render(doc):
    landscape = doc["landscape"]
    css = ["@page { size: %s%s; margin: %dmm }" % (doc["page"], " landscape" if landscape else "", MARGIN_MM),
           "body { margin:0; font-family:'%s'; font-size:%gpt; line-height:1.2 }" % (doc["font"], doc["size"]),
           "p { margin:0 0 6pt 0 }", "th { text-align:left }"]
    body = []
    run = doc["running"]
    if run:
        css.append('@page { @top-left { content: "%s"; font-size: 8pt } '
                   '@bottom-center { content: "%s | Page " counter(page) " of " counter(pages); font-size: 8pt } }'
                   % (run["head"], run["foot"]))
    if doc["title"]:
        body.append('<p style="font-size:%gpt;font-weight:bold">%s</p>' % (doc["size"] + 3, escape(doc["title"])))
    prose = doc["prose"]
    half = (len(prose) + 1) // 2
    if doc["layout"] == "twocolumn":
        body.append('<div style="column-count:2;column-gap:8mm;text-align:justify">%s</div>'
                    % "".join("<p>%s</p>" % escape(p) for p in prose[:half]))
    tables = doc["tables"]
    if doc["layout"] == "sidebyside":
        # the gap is the second box's margin: older engines (WeasyPrint 57,
        # Qt WebKit) draw flex boxes but know no flex gap
        body.append('<div style="display:flex;align-items:flex-start">%s</div>'
                    % "".join('<div style="flex:1%s">%s</div>' % (";margin-left:%dmm" % SIDE_GAP_MM if k else "",
                                                                   table_html(doc, t, "100%"))
                              for k, t in enumerate(tables)))
    elif doc["layout"] == "stacked":
        for t in tables:
            body.append('<div style="margin-top:12pt">%s</div>' % table_html(doc, t, "%d%%" % round(100 * t["frac"]),
                                                                            t["caption"]))
            body.append('<p style="font-size:%gpt;margin-top:3pt">%s</p>' % (doc["size"] - 1, escape(t["note"])))
    elif doc["rotate"]:
        body.append(sideways(doc, table_html(doc, tables[0], "100%")))
    else:
        body.append(table_html(doc, tables[0], "100%"))
    if doc["layout"] == "twocolumn":
        body.append('<div style="column-count:2;column-gap:8mm;text-align:justify;margin-top:8pt">%s</div>'
                    % "".join("<p>%s</p>" % escape(p) for p in prose[half:]))
    if doc["footnote"]:
        body.append('<p style="font-size:%gpt;margin-top:6pt">%s</p>' % (doc["size"] - 1, escape(doc["footnote"])))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>zoo</title><style>\n%s\n</style></head>\n'
            '<body>\n%s\n</body></html>\n' % ("\n".join(css), "\n".join(body)))
