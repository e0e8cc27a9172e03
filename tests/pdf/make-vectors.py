#!/usr/bin/python3
"""make-vectors.py - writes the PDFs that test rulings read from a page's
vector drawing (rw-pdf's drawing.c and vectors.c), one way of drawing
table lines each:

  vectors-dark-header.pdf  a header row filled dark, white text, its
                           column lines drawn light over the fill only
  vectors-zebra.pdf        rows told apart by alternate fills, no lines
  vectors-dashed.pdf       a grid of dashed lines: page 1 one dashed path
                           a line, page 2 dash by dash, page 3 dot by dot
  vectors-thin-rects.pdf   a grid of thin filled rectangles, no strokes
  vectors-white-page.pdf   page 1 text over a white rectangle as big as
                           the page, page 2 that rectangle alone
  vectors-many-shapes.pdf  a line of text over 30,000 small filled squares
                           (a form drawn 100 times, each drawing 300): more
                           than a page's drawing is read for rulings

Run with Debian's python3-reportlab:
    /usr/bin/python3 tests/pdf/make-vectors.py
The PDFs are committed; tests never regenerate them.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
X0, TOP = 60, H - 120
WIDTHS = [60, 200, 110, 100]
ROW = 24
HEADER = ["Rec #", "Recommendation", "Board Action", "Notes"]
BODY = [
    ["1", "Publish the abuse contacts", "Approved", "Done"],
    ["2", "Measure phishing per TLD", "Approved", "Ongoing"],
    ["3", "Survey the registrants", "Rejected", "None"],
    ["4", "Review the fee levels", "Deferred", "2025"],
]


def out(name):
    return canvas.Canvas(os.path.join(HERE, name), pagesize=A4)


def column_x():
    xs = [X0]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    return xs


def row_y(n):
    return [TOP - ROW * i for i in range(n + 1)]


def cells(c, rows, first_row=0, colour=(0, 0, 0), font="Helvetica"):
    xs = column_x()
    c.setFillColorRGB(*colour)
    c.setFont(font, 10)
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            c.drawString(xs[k] + 4, TOP - ROW * (first_row + r) - 16, text)


def title(c, text):
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(X0, H - 80, text)


def dark_header():
    c = out("vectors-dark-header.pdf")
    title(c, "Board actions")
    xs, ys = column_x(), row_y(len(BODY) + 1)
    c.setFillColorRGB(0.15, 0.2, 0.35)
    c.rect(xs[0], ys[1], xs[-1] - xs[0], ROW, stroke=0, fill=1)
    cells(c, [HEADER], colour=(1, 1, 1), font="Helvetica-Bold")
    # light separators over the dark fill only
    c.setStrokeColorRGB(1, 1, 1)
    c.setLineWidth(0.75)
    for x in xs[1:-1]:
        c.line(x, ys[0], x, ys[1])
    # the body: a dark grid under the header
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    for y in ys[1:]:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[1], x, ys[-1])
    cells(c, BODY, first_row=1)
    c.showPage()
    c.save()


def zebra():
    c = out("vectors-zebra.pdf")
    title(c, "Board actions")
    xs, ys = column_x(), row_y(len(BODY) + 1)
    for r in range(len(BODY) + 1):
        if r % 2 == 0:
            c.setFillColorRGB(0.94, 0.94, 0.94)
            c.rect(xs[0], ys[r + 1], xs[-1] - xs[0], ROW, stroke=0, fill=1)
    cells(c, [HEADER] + BODY)
    c.showPage()
    c.save()


def grid_segments(c, draw):
    """Calls draw(x0, y0, x1, y1) for each line of the grid."""
    xs, ys = column_x(), row_y(len(BODY) + 1)
    for y in ys:
        draw(xs[0], y, xs[-1], y)
    for x in xs:
        draw(x, ys[0], x, ys[-1])


def dash_by_dash(c, dash, gap, dot=False):
    def draw(x0, y0, x1, y1):
        length = abs(x1 - x0) + abs(y1 - y0)
        dx, dy = (x1 - x0) / length, (y1 - y0) / length
        t = 0.0
        while t < length:
            e = min(t + dash, length)
            if dot:
                c.circle(x0 + dx * t, y0 + dy * t, 0.5, stroke=0, fill=1)
            else:
                c.line(x0 + dx * t, y0 + dy * t, x0 + dx * e, y0 + dy * e)
            t = e + gap
    return draw


def dashed():
    c = out("vectors-dashed.pdf")
    for page in range(3):
        title(c, "Board actions")
        cells(c, [HEADER] + BODY)
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0, 0, 0)
        if page == 0:
            c.setDash(3, 2)
            grid_segments(c, c.line)
            c.setDash()
        elif page == 1:
            grid_segments(c, dash_by_dash(c, 3, 2))
        else:
            grid_segments(c, dash_by_dash(c, 0, 2, dot=True))
        c.showPage()
    c.save()


def thin_rects():
    c = out("vectors-thin-rects.pdf")
    title(c, "Board actions")
    cells(c, [HEADER] + BODY)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    th = 0.8

    def draw(x0, y0, x1, y1):
        c.rect(min(x0, x1) - th / 2, min(y0, y1) - th / 2, abs(x1 - x0) + th,
               abs(y1 - y0) + th, stroke=0, fill=1)
    grid_segments(c, draw)
    c.showPage()
    c.save()


def white_page():
    c = out("vectors-white-page.pdf")
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 10)
    for i, line in enumerate(["Rec 1    Approved    Done", "Rec 2    Approved    Ongoing",
                              "Rec 3    Rejected    None"]):
        c.drawString(X0, TOP - 14 * i, line)
    c.showPage()
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.showPage()
    c.save()


def many_shapes():
    c = out("vectors-many-shapes.pdf")
    c.beginForm("squares")
    c.setFillColorRGB(0.5, 0.5, 0.5)
    for i in range(300):
        c.rect(60 + (i % 30) * 15, 300 + (i // 30) * 15, 2, 2, stroke=0, fill=1)
    c.endForm()
    c.beginForm("all")
    for i in range(100):
        c.doForm("squares")
    c.endForm()
    c.doForm("all")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 10)
    c.drawString(X0, H - 80, "A chart of many squares")
    c.showPage()
    c.save()


if __name__ == "__main__":
    many_shapes()
    dark_header()
    zebra()
    dashed()
    thin_rects()
    white_page()
