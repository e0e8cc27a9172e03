"""render_rl.py - a zoo document drawn with ReportLab's platypus.

Rulings, fills and spans are TableStyle commands; the repeated header is
repeatRows; a sideways table is a flowable that turns the canvas; running
lines are drawn by the page callback; two-column prose is a borderless
two-cell table. Right-to-left words are written in visual order (GNU
FriBidi's algorithm as python3-bidi implements it), as a producer without
a shaping engine writes them: the PDF holds the glyphs right to left.
Such a cell is wrapped here, in logical order, and each line is then put
in visual order, as the Unicode bidirectional algorithm orders a wrapped
paragraph (UAX #9, L1-L2 run per line): left to ReportLab, the visual
string would be wrapped, and its lines would hold other words than the
truth's.
"""
import unicodedata

from bidi.algorithm import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

FONT_FILES = {
    "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVu Serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "Liberation Sans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "Liberation Serif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
}
from model import MARGIN_MM, room_mm

MARGIN = MARGIN_MM * mm
PAGES = {"A4": A4, "Letter": letter}
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
DASHES = {"solid": None, "dashed": (3, 2), "dotted": (0.8, 1.6)}


def font(name):
    """(regular, bold) ReportLab font names, registered on first use."""
    regular, bold = name.replace(" ", ""), name.replace(" ", "") + "-Bold"
    if regular not in pdfmetrics.getRegisteredFontNames():
        files = FONT_FILES[name]
        pdfmetrics.registerFont(TTFont(regular, "/usr/share/fonts/truetype/" + files[0]))
        pdfmetrics.registerFont(TTFont(bold, "/usr/share/fonts/truetype/" + files[1]))
    return regular, bold


class Sideways(Flowable):
    """A flowable turned a quarter turn: 90 clockwise reads top to bottom."""

    def __init__(self, inner, degrees):
        super().__init__()
        self.inner, self.degrees = inner, degrees

    def wrap(self, avail_w, avail_h):
        self.w, self.h = self.inner.wrap(avail_h, avail_w)
        return self.h, self.w

    def draw(self):
        c = self.canv
        if self.degrees == 90:
            c.translate(0, self.w)
            c.rotate(-90)
        else:
            c.translate(self.h, 0)
            c.rotate(90)
        self.inner.drawOn(c, 0, 0)


def visual(text):
    return get_display(text)


def has_rtl(text):
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


# Points kept free at a wrapped line's end, so that ReportLab, measuring
# the same words, never wraps a line we made again.
WRAP_SLACK_PT = 1.0


def wrap(text, room, style):
    """Greedy lines of text no wider than room points, in logical order."""
    lines, line = [], ""
    for word in text.split():
        longer = line + " " + word if line else word
        if line and pdfmetrics.stringWidth(longer, style.fontName, style.fontSize) > room - WRAP_SLACK_PT:
            lines.append(line)
            longer = word
        line = longer
    return lines + [line] if line else lines


def para(doc, slot, style, room):
    if slot["lines"]:
        lines = slot["lines"]
    elif has_rtl(slot["t"]):
        lines = wrap(slot["t"], room, style)
    else:
        lines = [slot["t"]]
    return Paragraph("<br/>".join(escape(visual(x)) for x in lines), style)


def styles(doc):
    regular, bold = font("DejaVu Sans" if doc["style"] == "rtl" else doc["font"])
    size = doc["size"]
    base = dict(fontSize=size, leading=size * 1.2)
    head_colour = colors.white if doc["fill"] == "darkhead" else colors.black
    return {
        ("body", "l"): ParagraphStyle("bl", fontName=regular, alignment=TA_LEFT, **base),
        ("body", "r"): ParagraphStyle("br", fontName=regular, alignment=TA_RIGHT, **base),
        ("head", "l"): ParagraphStyle("hl", fontName=bold, alignment=ALIGN[doc["head_align"]],
                                      textColor=head_colour, **base),
        ("head", "r"): ParagraphStyle("hr", fontName=bold, alignment=TA_RIGHT, textColor=head_colour, **base),
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=6),
        "caption": ParagraphStyle("c", fontName=bold, fontSize=size, leading=size * 1.2, spaceBefore=12,
                                  spaceAfter=4),
        "note": ParagraphStyle("n", fontName=regular, fontSize=size - 1, leading=size * 1.2, spaceBefore=6),
        "prose": ParagraphStyle("p", fontName=regular, fontSize=size, leading=size * 1.25, spaceAfter=6),
    }


def table_flowable(doc, table, width, st):
    nh = len(table["head"])
    total = sum(table["widths"])
    col_pt = [width * w / total for w in table["widths"]]
    side_pad = doc["pad"] + 1  # LEFTPADDING and RIGHTPADDING below
    data = []
    for r, row in enumerate(table["head"] + table["body"]):
        part = "head" if r < nh else "body"
        data.append([para(doc, slot, st[(part, table["align"][c] if slot["cs"] == 1 else "l")],
                          sum(col_pt[c:c + slot["cs"]]) - 2 * side_pad)
                     if slot else "" for c, slot in enumerate(row)])
    cmds = [("VALIGN", (0, 0), (-1, -1), doc["valign"].upper())]
    rule, colour = doc["rule_width"], colors.HexColor(doc["rule_colour"])
    dash = DASHES[doc["rule_style"]]
    for side in ("TOP", "BOTTOM"):
        cmds.append((side + "PADDING", (0, 0), (-1, -1), doc["pad"]))
    for side in ("LEFT", "RIGHT"):
        cmds.append((side + "PADDING", (0, 0), (-1, -1), side_pad))
    if doc["rules"] == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), rule, colour, None, dash))
    elif doc["rules"] == "hrules":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), rule, colour, None, dash))
        cmds.append(("LINEABOVE", (0, 0), (-1, 0), rule, colour, None, dash))
    elif doc["rules"] == "booktabs":
        for side, row in (("LINEABOVE", 0), ("LINEBELOW", nh - 1), ("LINEBELOW", -1)):
            cmds.append((side, (0, row), (-1, row), rule, colour, None, dash))
    if doc["rules"] != "none" and doc["fill"] == "darkhead":
        # light rules over the dark header, drawn after the others
        light = colors.HexColor(doc["head_rule_colour"])
        cmds.append(("INNERGRID" if doc["rules"] == "grid" else "LINEBELOW", (0, 0), (-1, nh - 1),
                     rule, light, None, dash))
    if doc["fill"] == "darkhead":
        cmds.append(("BACKGROUND", (0, 0), (-1, nh - 1), colors.HexColor(doc["dark"])))
    elif doc["fill"] == "zebra" and len(data) > nh:
        cmds.append(("ROWBACKGROUNDS", (0, nh), (-1, -1), [colors.white, colors.HexColor(doc["zebra"])]))
    for r, row in enumerate(table["head"] + table["body"]):
        for c, slot in enumerate(row):
            if slot and (slot["cs"] > 1 or slot["rs"] > 1):
                cmds.append(("SPAN", (c, r), (c + slot["cs"] - 1, r + slot["rs"] - 1)))
            if slot and slot.get("va"):
                cmds.append(("VALIGN", (c, r), (c, r), slot["va"].upper()))
    return Table(data, colWidths=col_pt,
                 repeatRows=nh, style=TableStyle(cmds), hAlign="LEFT")


def render(doc, path):
    size = landscape(PAGES[doc["page"]]) if doc["landscape"] else PAGES[doc["page"]]
    width = size[0] - 2 * MARGIN
    st = styles(doc)
    run = doc["running"]

    def furniture(canvas, template):
        if not run:
            return
        canvas.saveState()
        canvas.setFont(st[("body", "l")].fontName, 8)
        canvas.drawString(MARGIN, size[1] - MARGIN + 4 * mm, run["head"])
        canvas.drawCentredString(size[0] / 2, MARGIN - 8 * mm,
                                 "%s | Page %d" % (run["foot"], canvas.getPageNumber()))
        canvas.restoreState()

    story = []
    if doc["title"]:
        story.append(Paragraph(escape(doc["title"]), st["title"]))
    prose = doc["prose"]
    half = (len(prose) + 1) // 2

    def columns(paras):
        cells = [[Paragraph(escape(p), st["prose"]) for p in paras[i::2]] for i in (0, 1)]
        return Table([cells], colWidths=[(width - 8 * mm) / 2] * 2, hAlign="LEFT",
                     style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm)]))
    if doc["layout"] == "twocolumn":
        story += [columns(prose[:half]), Spacer(1, 6)]
    tables = doc["tables"]
    if doc["layout"] == "sidebyside":
        half_w = room_mm(doc) * mm
        gap = width - 2 * half_w
        pair = [table_flowable(doc, t, half_w, st) for t in tables]
        story.append(Table([pair], colWidths=[half_w + gap, half_w], hAlign="LEFT",
                           style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)])))
    elif doc["layout"] == "stacked":
        for t in tables:
            story += [Paragraph(escape(t["caption"]), st["caption"]), table_flowable(doc, t, width * t["frac"], st),
                      Paragraph(escape(t["note"]), st["note"])]
    elif doc["rotate"]:
        story.append(Sideways(table_flowable(doc, tables[0], room_mm(doc) * mm, st), doc["rotate"]))
    else:
        story.append(table_flowable(doc, tables[0], width, st))
    if doc["layout"] == "twocolumn":
        story += [Spacer(1, 8), columns(prose[half:])]
    if doc["footnote"]:
        story.append(Paragraph(escape(doc["footnote"]), st["note"]))
    pdf = SimpleDocTemplate(path, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title="zoo", author="recwatch zoo",
                            invariant=1)
    pdf.build(story, onFirstPage=furniture, onLaterPages=furniture)
