#!/usr/bin/python3
"""cct-scorecard-rotated.py OUT.pdf - a one-page landscape CCT scorecard
drawn sideways on a portrait page (ReportLab).

make-samples.sh then sets /Rotate 90 on the page (qpdf), so that the page
displays upright as landscape while its content stream runs bottom to
top: a reader must apply /Rotate to get lines, columns and boxes right.
The table has section rows spanning all columns, rows out of numeric
order, and a font embedded as a TrueType subset."""
import sys

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

FONTS = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("Sans", FONTS + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", FONTS + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold",
                              italic="Sans", boldItalic="Sans-Bold")

PORTRAIT = (612, 792)          # the page as stored
WIDE, HIGH = 792, 612          # the page as displayed, after /Rotate 90
CELL = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=11)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Sans-Bold")

TITLE = ("Competition, Consumer Trust, and Consumer Choice (CCT) Review Team "
         "Final Recommendations \u2013 Board Action")
SUBTITLE = "Board meeting of 1 March 2019"
PREAMBLE = ("The Board acts on the recommendations of the CCT Review Team Final "
            "Report of 8 September 2018. This page shows the first recommendations "
            "of each group; the notes do not change the action shown in the row.")

PASS = "Passed through to the New gTLD Subsequent Procedures PDP Working Group"
ROWS = [
    ("Recommendations the Board accepts",),
    ("1", "Formalize and promote the ongoing collection of data, so that future "
          "reviews and policy work can rest on evidence.", "Accepted",
     "ICANN org reports on progress every six months."),
    ("17", "ICANN org should collect and publish data on the chain of parties "
           "responsible for each gTLD domain name registration.", "Accepted", ""),
    ("21", "ICANN Contractual Compliance reports should give more detail on the "
           "subject of each complaint, in particular on the kind of DNS abuse "
           "reported.", "Accepted", "See Recommendation 17."),
    ("Recommendations the Board passes through to community groups",),
    ("2", "Collect wholesale price data for legacy gTLDs, so that the effect of "
          "new gTLDs on prices can be measured.", PASS,
     "The working group, not ICANN org, decides on it; see also Recommendation 9."),
    ("9", "The community should consider whether a cost benefit study of "
          "defensive registrations is needed before further rounds of new gTLDs.",
     PASS, ""),
    ("Recommendations the Board places in pending status",),
    ("14", "Create incentives that encourage registry operators to adopt "
           "proactive measures against DNS abuse.", "Placed in pending status",
     "See Recommendation 16. The Board may accept it later, once the community "
     "has discussed the incentives."),
    ("16", "Study further the relationship between specific registry operators, "
           "registrars and DNS abuse, collecting the data continuously.",
     "Pending", "The Board accepted a related study on 1 March 2019 only in part."),
]


def table():
    data = [[Paragraph(h, HEAD) for h in ("Rec #", "Recommendation", "Board Action", "Notes")]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
    for row in ROWS:
        if len(row) == 1:
            r = len(data)
            data.append([Paragraph("<b>%s</b>" % row[0], CELL), "", "", ""])
            style += [("SPAN", (0, r), (-1, r)),
                      ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2"))]
        else:
            data.append([Paragraph(c, CELL) for c in row])
    t = Table(data, colWidths=[48, 330, 150, 184], repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: cct-scorecard-rotated.py OUT.pdf")
    c = Canvas(sys.argv[1], pagesize=PORTRAIT, invariant=1)
    c.setTitle(TITLE)
    c.setAuthor("ICANN Board")
    # Landscape coordinates on the portrait page: x runs up the stored
    # page, y runs from its right edge to its left edge.
    c.translate(PORTRAIT[0], 0)
    c.rotate(90)
    c.setFont("Sans-Bold", 12.5)
    c.drawCentredString(WIDE / 2, HIGH - 60, TITLE)
    c.setFont("Sans", 12)
    c.drawCentredString(WIDE / 2, HIGH - 80, SUBTITLE)
    pre = Paragraph(PREAMBLE, CELL)
    _, ph = pre.wrapOn(c, WIDE - 80, 100)
    pre.drawOn(c, 40, HIGH - 100 - ph)
    t = table()
    _, th = t.wrapOn(c, WIDE - 80, HIGH)
    t.drawOn(c, 40, HIGH - 112 - ph - th)
    c.setFont("Sans", 8)
    c.drawCentredString(WIDE / 2, 28, "Page 1 of 1")
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
