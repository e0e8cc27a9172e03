#!/usr/bin/python3
"""make-reading.py - the PDFs of tests/cli/pdf-reading.t, written with
ReportLab (the same documents from other producers: make-reading.sh).

Each document tests one thing about the order a person reads a page in:
  reading-pagebreak-rl.pdf  a "Resolved" sentence listing recommendations
                            runs over a page break, a running footer
                            "... | Page 1 of 2" between its halves;
  reading-columns-rl.pdf    a resolution set in two columns whose list
                            of recommendations crosses the column break
                            and the page break;
  reading-sideways-rl.pdf   a scorecard table printed sideways on upright
                            pages: page 1 turned 90 degrees, page 2 270;
  reading-upside-down-rl.pdf a scorecard page printed upside down;
  reading-rothead-rl.pdf    a ruled table whose narrow columns have their
                            heads set on end.
Run with Debian's python3-reportlab:
    /usr/bin/python3 tests/pdf/make-reading.py
The PDFs are committed; tests never regenerate them.
"""
import os

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer)

import reading_text as T

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = letter
BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14,
                      spaceAfter=7)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold",
                       fontSize=14, leading=18, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12,
                    leading=15, spaceBefore=6, spaceAfter=6)


def out(name):
    return os.path.join(HERE, name)


def footer(title):
    def draw(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(inch, 0.55 * inch, "%s | Page %d of 2" % (title, doc.page))
        c.drawRightString(W - inch, H - 0.55 * inch, T.RUNNING_HEAD)
        c.restoreState()
    return draw


def story(parts):
    flow = []
    for kind, text in parts:
        style = {"title": TITLE, "h2": H2, "p": BODY}[kind]
        flow.append(Paragraph(text, style))
    return flow


def pagebreak():
    doc = SimpleDocTemplate(out("reading-pagebreak-rl.pdf"), pagesize=letter,
                            leftMargin=inch, rightMargin=inch, topMargin=inch,
                            bottomMargin=inch, invariant=1)
    draw = footer(T.PAGEBREAK_TITLE)
    doc.build(story(T.pagebreak_story(filler=T.PAGEBREAK_FILLER_RL)),
              onFirstPage=draw, onLaterPages=draw)


def columns():
    name = out("reading-columns-rl.pdf")
    doc = BaseDocTemplate(name, pagesize=letter, leftMargin=0.8 * inch,
                          rightMargin=0.8 * inch, topMargin=inch,
                          bottomMargin=inch, invariant=1)
    gutter = 0.35 * inch
    colw = (doc.width - gutter) / 2
    frames = [Frame(doc.leftMargin, doc.bottomMargin, colw, doc.height, id="left"),
              Frame(doc.leftMargin + colw + gutter, doc.bottomMargin, colw,
                    doc.height, id="right")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames,
                                       onPage=footer(T.COLUMNS_TITLE))])
    doc.build(story(T.columns_story(T.COLUMNS_FILLER_RL)))


def sideways_table(c, angle):
    """A scorecard table turned by angle on an upright letter page:
    ruled, its header bold."""
    c.saveState()
    if angle == 90:      # reads from the top down
        c.translate(W - 0.9 * inch, H - 0.8 * inch)
        c.rotate(-90)
    else:                # 270: reads from the bottom up
        c.translate(0.9 * inch, 0.8 * inch)
        c.rotate(90)
    widths = [60, 300, 110, 120]
    lead = 12
    y = 0
    x = [0]
    for w in widths:
        x.append(x[-1] + w)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(0, y - 16, T.SIDEWAYS_TITLE)
    y -= 34
    c.setLineWidth(0.6)
    c.line(x[0], y, x[-1], y)
    for r, row in enumerate([T.SCORECARD_HEAD] + T.SCORECARD_ROWS):
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 9)
        cells = [T.wrap(text, w) for text, w in zip(row, (12, 60, 22, 24))]
        height = lead * max(len(cell) for cell in cells) + 6
        for k, lines in enumerate(cells):
            for i, text in enumerate(lines):
                c.drawString(x[k] + 3, y - lead * (i + 1) + 2, text)
        y -= height
        c.line(x[0], y, x[-1], y)
    for xx in x:
        c.line(xx, -34, xx, y)
    c.restoreState()


def sideways():
    c = canvas.Canvas(out("reading-sideways-rl.pdf"), pagesize=letter, invariant=1)
    for page, angle in ((1, 90), (2, 270)):
        sideways_table(c, angle)
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 30, "Page %d of 2" % page)
        c.showPage()
    c.save()


def upside_down():
    c = canvas.Canvas(out("reading-upside-down-rl.pdf"), pagesize=letter, invariant=1)
    c.translate(W, H)
    c.rotate(180)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(inch, H - inch, T.UPSIDE_TITLE)
    c.setFont("Times-Roman", 11)
    y = H - inch - 30
    for line in T.wrap(T.UPSIDE_TEXT, 90):
        c.drawString(inch, y, line)
        y -= 14
    c.showPage()
    c.save()


def rotated_heads():
    """A ruled table whose narrow columns have their heads set on end,
    reading upwards, as scorecards with tick columns do."""
    c = canvas.Canvas(out("reading-rothead-rl.pdf"), pagesize=letter, invariant=1)
    x = [72, 130, 170, 210, 250, 470]
    top, head_h, row_h = H - 100, 70, 18
    ys = [top, top - head_h] + [top - head_h - row_h * (i + 1) for i in range(len(T.ROTHEAD_ROWS))]
    c.setLineWidth(0.6)
    for y in ys:
        c.line(x[0], y, x[-1], y)
    for xx in x:
        c.line(xx, ys[0], xx, ys[-1])
    c.setFont("Helvetica-Bold", 9)
    for k, head in enumerate(T.ROTHEAD_HEAD):
        if k in T.ROTHEAD_ON_END:
            c.saveState()
            c.translate(x[k] + 24, top - head_h + 4)
            c.rotate(90)
            c.drawString(0, 0, head)
            c.restoreState()
        else:
            c.drawString(x[k] + 3, top - 14, head)
    c.setFont("Helvetica", 9)
    for r, row in enumerate(T.ROTHEAD_ROWS):
        for k, text in enumerate(row):
            c.drawString(x[k] + 3, top - head_h - row_h * (r + 1) + 5, text)
    c.showPage()
    c.save()


def expected():
    """The records each document holds, from the text above (not from
    recwatch): review,rec_id,board_action,board_action_date."""
    def write(name, rows):
        with open(out(name), "w") as f:
            f.write("review,rec_id,board_action,board_action_date\n")
            for row in rows:
                f.write(",".join(row) + "\n")
    write("reading-pagebreak.expected.csv",
          [("SSR2", i, "approved", "2023-03-16") for i in T.PAGEBREAK_IDS])
    write("reading-columns.expected.csv",
          [("CCT", i, "approved", "2023-10-22") for i in T.COLUMNS_APPROVED] +
          [("CCT", i, "pending", "2023-10-22") for i in T.COLUMNS_PENDING] +
          [("CCT", i, "rejected", "2023-10-22") for i in T.COLUMNS_REJECTED])
    actions = {"Approved": "approved", "Rejected": "rejected",
               "Placed in pending": "pending"}
    write("reading-sideways.expected.csv",
          [("RDS-WHOIS2", r[0], actions[r[2]], "2020-02-25") for r in T.SCORECARD_ROWS])
    with open(out("reading-sideways.table.csv"), "w") as f:
        for row in [T.SCORECARD_HEAD] + T.SCORECARD_ROWS:
            f.write(",".join(row) + "\n")
    with open(out("reading-rothead.table.csv"), "w") as f:
        for row in [T.ROTHEAD_HEAD] + T.ROTHEAD_ROWS:
            f.write(",".join(row) + "\n")
    write("reading-upside-down.expected.csv",
          [("SSR2", "5.4", "approved", "2022-05-01"),
           ("SSR2", "19.1", "rejected", "2022-05-01"),
           ("SSR2", "19.2", "rejected", "2022-05-01")])


if __name__ == "__main__":
    expected()
    pagebreak()
    columns()
    sideways()
    upside_down()
    rotated_heads()
