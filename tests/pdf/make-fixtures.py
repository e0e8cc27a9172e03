#!/usr/bin/python3
"""make-fixtures.py - writes the small PDFs the rw-pdf tests read.

Run from anywhere with Debian's python3-reportlab and qpdf:
    /usr/bin/python3 tests/pdf/make-fixtures.py
The PDFs are committed; tests never regenerate them.
"""
import os
import subprocess
from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfgen import canvas
from reportlab.lib import pdfencrypt

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = letter


def out(name):
    return os.path.join(HERE, name)


def ruled_table(c, x0, y_top, widths, rows, lead=12, size=9, bold_first=True):
    """Draws a grid table; rows are lists of cell line lists. Returns the
    y of its bottom line."""
    heights = [lead * max(len(cell) for cell in row) + 6 for row in rows]
    x = [x0]
    for w in widths:
        x.append(x[-1] + w)
    y = y_top
    c.setLineWidth(0.6)
    c.line(x[0], y, x[-1], y)
    for r, row in enumerate(rows):
        font = "Helvetica-Bold" if (bold_first and r == 0) else "Helvetica"
        c.setFont(font, size)
        for k, cell in enumerate(row):
            for i, text in enumerate(cell):
                c.drawString(x[k] + 3, y - lead * (i + 1) + 2, text)
        y -= heights[r]
        c.line(x[0], y, x[-1], y)
    for xx in x:
        c.line(xx, y_top, xx, y)
    return y


def running(c, page, pages):
    c.setFont("Helvetica", 8)
    c.drawString(72, H - 40, "Example Review - implementation scorecard")
    c.drawCentredString(W / 2, 30, "Page %d of %d" % (page, pages))


def scorecard():
    c = canvas.Canvas(out("scorecard.pdf"), pagesize=letter)
    c.setTitle("metadata title that is not the document title")
    running(c, 1, 2)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, H - 90, "Example Review Scorecard")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, H - 125, "Summary")
    c.setFont("Helvetica", 10)
    for i, t in enumerate([
            "The Board considered the final report and its recommendations. The imple-",
            "mentation of each one is tracked below, with the \u201cstatus\u201d as of the date",
            "of this scorecard."]):
        c.drawString(72, H - 145 - 13 * i, t)
    widths = [50, 110, 60, 250]
    head = [["Rec #"], ["Status"], ["Priority"], ["Note"]]
    rows = [head,
            [["1.1"], ["Complete"], ["P1"], ["Done in 2021."]],
            [["1.2"], ["In progress"], ["P2"], ["Work started; a second line", "follows in the same cell."]],
            [["2.1"], ["Not started"], ["P3"], ["Waiting for 1.2."]],
            [["2.2"], ["In progress"], ["P1"], ["This note goes on"]]]
    ruled_table(c, 72, H - 200, widths, rows)
    c.showPage()
    running(c, 2, 2)
    rows = [head,
            [[""], [""], [""], ["on the next page."]],
            [["3.1"], ["Complete"], ["P4"], ["Closed."]]]
    y = ruled_table(c, 72, H - 72, widths, rows)
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 30, "Questions go to the review team.")
    c.showPage()
    c.save()


def stream():
    c = canvas.Canvas(out("stream.pdf"), pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, H - 72, "Status of recommendations")
    c.setFont("Helvetica", 10)
    xs = [72, 130, 230, 300]
    lines = [["Rec", "Status", "Priority", "Update"],
             ["5.1", "Complete", "P1", "Published in May."],
             ["5.2", "In progress", "P2", "Draft shared with"],
             ["", "", "", "the community."],
             ["5.3", "Not started", "P3", "None yet."]]
    for i, cols in enumerate(lines):
        for x, t in zip(xs, cols):
            if t:
                c.drawString(x, H - 110 - 14 * i, t)
    c.drawString(72, H - 200, "Text after the table is a paragraph of its own.")
    c.showPage()
    c.save()


def rotated():
    """A landscape table on a portrait page turned by /Rotate 90."""
    c = canvas.Canvas(out("rotated.pdf"), pagesize=letter)
    c.setPageRotation(90)
    # draw in the displayed (landscape) frame: x' along the page's height
    c.translate(W, 0)
    c.rotate(90)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, W - 50, "Rotated scorecard")
    rows = [[["Rec #"], ["Status"]], [["7.1"], ["Complete"]], [["7.2"], ["In progress"]]]
    ruled_table(c, 40, W - 80, [60, 120], rows)
    c.showPage()
    c.save()


def scan():
    c = canvas.Canvas(out("scan.pdf"), pagesize=letter)
    for i in range(3):
        c.setFillGray(0.5)
        c.rect(72, H - 100 - 40 * i, 300, 20, fill=1, stroke=0)
        c.showPage()
    c.save()


def blank():
    """A page left blank before a page of text, as word processors leave
    them; then a document of blank pages only."""
    c = canvas.Canvas(out("blank-first.pdf"), pagesize=letter)
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, H - 72, "Recommendation 1: the Board accepts it.")
    c.showPage()
    c.save()
    c = canvas.Canvas(out("blank.pdf"), pagesize=letter)
    c.showPage()
    c.showPage()
    c.save()


def hyphens():
    """Paragraphs whose lines end in hyphens: words broken across lines
    and words with a hyphen in them, told apart by the rest of the text."""
    c = canvas.Canvas(out("hyphens.pdf"), pagesize=letter)
    c.setFont("Helvetica", 10)
    lines = [
        "The Board asks the end-",
        "user community, the recom-",
        "mendation team and the follow-",
        "up group to report on each recommendation by June; the end user",
        "and the review team follow up with the cross-community group.",
    ]
    y = H - 72
    for s in lines:
        c.drawString(72, y, s)
        y -= 12
    y -= 18
    for s in ["Each cross-", "community and multi-", "stakeholder group reads the imple-",
              "mentation plan."]:
        c.drawString(72, y, s)
        y -= 12
    c.showPage()
    c.save()


def numbers():
    """A resolution whose sentence ends with a number alone on its last
    line ("... 7.1 through" over "7.3."), then a numbered list whose
    items start with their numbers."""
    c = canvas.Canvas(out("numbers.pdf"), pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, H - 72, "ATRT3 Board resolutions, 18 November 2024")
    c.setFont("Helvetica", 10)
    y = H - 100
    for s in ["Resolved (2024.11.18.11), the Board adopts Recommendations 2.1, 3.1, 3.2 and 7.1 through",
              "7.3."]:
        c.drawString(72, y, s)
        y -= 12
    y -= 12
    for s in ["1. The Board asks the team to report in June.", "2. The Board thanks the review team."]:
        c.drawString(72, y, s)
        y -= 12
    c.showPage()
    c.save()


def labels():
    """A card whose fields are each a label on its line and the value
    indented on the next (a definition list), under a paragraph whose
    lines are filled greedily to 300pt: a line the next word would have
    fitted on ends its paragraph, a full one goes on."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = canvas.Canvas(out("labels.pdf"), pagesize=letter)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, H - 72, "Recommendation 6.2")
    c.setFont("Helvetica", 10)
    words = ("The review team asks the Board to publish each year a report on the "
             "implementation of its recommendations, with the costs and the dates "
             "of each step.").split()
    lines, line = [], ""
    for w in words:
        if line and stringWidth(line + " " + w, "Helvetica", 10) > 300:
            lines.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    lines.append(line)
    y = H - 92
    for s in lines:
        c.drawString(72, y, s)
        y -= 12
    for label, value in [("Status", "Done"), ("Priority level", "P1"), ("Board action", "Approved")]:
        c.drawString(72, y, label)
        c.drawString(90, y - 12, value)
        y -= 24
    c.showPage()
    c.save()


def merged():
    """A ruled scorecard whose Board action cell spans the three rows the
    Board decided together, its text centred on them, as a word
    processor sets a merged cell."""
    c = canvas.Canvas(out("merged.pdf"), pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, H - 72, "SSR2 Board action scorecard")
    x = [72, 122, 232, 332]
    ys = [H - 100, H - 118, H - 136, H - 154, H - 172, H - 190]
    c.setLineWidth(0.6)
    for k, y in enumerate(ys):
        # no line across the Board action column between the merged rows
        c.line(x[0], y, x[2], y)
        if k not in (2, 3):
            c.line(x[2], y, x[3], y)
    for xx in x:
        c.line(xx, ys[0], xx, ys[-1])
    c.setFont("Helvetica-Bold", 9)
    for xx, t in zip(x, ["Rec #", "Status", "Board action"]):
        c.drawString(xx + 3, ys[0] - 12, t)
    c.setFont("Helvetica", 9)
    for r, (rid, status) in enumerate([("1", "Complete"), ("2", "In progress"), ("3", "Not started"),
                                        ("4", "Complete")]):
        c.drawString(x[0] + 3, ys[r + 1] - 12, rid)
        c.drawString(x[1] + 3, ys[r + 1] - 12, status)
    c.drawString(x[2] + 3, (ys[1] + ys[4]) / 2 - 3, "Approved")
    c.drawString(x[2] + 3, ys[4] - 12, "Rejected")
    c.showPage()
    c.save()


def runon(name="runon.pdf", rest_below=False):
    """A ruled scorecard over two pages whose Board action cell spans the
    last row of page 1 and the first two of page 2, as a browser prints
    it: the page-1 piece leaves the cell's foot open and draws the
    cell's text on past the table's last line; the page-2 piece repeats
    the header and leaves its part of the cell empty. rest_below: the
    text that does not fit on page 1 is set in the part on page 2."""
    c = canvas.Canvas(out(name), pagesize=letter)
    x = [72, 122, 232, 372]
    head = ["Rec #", "Status", "Board action"]

    def grid(ys, open_at):
        """Lines across at ys, but for the Board action column at the
        heights in open_at (where its cell goes on)."""
        c.setLineWidth(0.6)
        for y in ys:
            c.line(x[0], y, x[2] if y in open_at else x[3], y)
        for xx in x:
            c.line(xx, ys[0], xx, ys[-1])
        c.setFont("Helvetica-Bold", 9)
        for xx, t in zip(x, head):
            c.drawString(xx + 3, ys[0] - 12, t)
        c.setFont("Helvetica", 9)

    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, H - 72, "SSR2 Board action scorecard")
    top = H - 640
    ys = [top + 72, top + 54, top + 36, top + 18, top]
    grid(ys, [top])
    for r, (rid, status) in enumerate([("1", "Complete"), ("2", "In progress"), ("3", "Not started")]):
        c.drawString(x[0] + 3, ys[r + 1] - 12, rid)
        c.drawString(x[1] + 3, ys[r + 1] - 12, status)
    c.drawString(x[2] + 3, ys[1] - 12, "Rejected")
    c.drawString(x[2] + 3, ys[2] - 12, "Pending")
    c.drawString(x[2] + 3, ys[3] - 12, "Approved, subject to")
    if not rest_below:
        c.drawString(x[2] + 3, ys[3] - 23, "prioritization and costing")
    c.showPage()
    ys = [H - 72, H - 90, H - 108, H - 126]
    grid(ys, [ys[2]])  # the cell spans rows 4 and 5
    if rest_below:
        c.drawString(x[2] + 3, ys[1] - 12, "prioritization and costing")
    for r, (rid, status) in enumerate([("4", "Complete"), ("5", "Not started")]):
        c.drawString(x[0] + 3, ys[r + 1] - 12, rid)
        c.drawString(x[1] + 3, ys[r + 1] - 12, status)
    c.showPage()
    c.save()


def sections():
    """An unruled status table over two pages with section rows (a
    name in the first column alone, bold), one of them the first line
    of page 2, where the header is not repeated."""
    c = canvas.Canvas(out("sections.pdf"), pagesize=letter)
    x = [72, 140, 260]

    def row(y, cells, font="Helvetica"):
        c.setFont(font, 10)
        for xx, t in zip(x, cells):
            c.drawString(xx, y, t)

    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, H - 72, "CCT implementation status")
    y = H - 110
    row(y, ["Rec #", "Status", "Board action"], "Helvetica-Bold")
    body = [["1.1", "Complete", "Approved"], ["1.2", "In progress", "Approved"],
            ["Recommendations on data"], ["2.1", "Not started", "Pending"],
            ["2.2", "Complete", "Passed through to the Council"], ["2.3", "In progress", "Rejected"]]
    for cells in body:
        y -= 16
        row(y, cells, "Helvetica-Bold" if len(cells) == 1 else "Helvetica")
    c.showPage()
    y = H - 40
    for cells in [["Recommendations on trust"], ["3.1", "Complete", "Approved"],
                  ["3.2", "Not started", "Pending"], ["3.3", "In progress", "Passed through to the Council"]]:
        row(y, cells, "Helvetica-Bold" if len(cells) == 1 else "Helvetica")
        y -= 16
    c.showPage()
    c.save()


def goeson():
    runon("goeson.pdf", rest_below=True)


def footnotes():
    """A scorecard whose id and values carry footnote marks set as
    superscripts (smaller, raised), and the notes under it."""
    c = canvas.Canvas(out("footnotes.pdf"), pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, H - 72, "SSR2 Board action scorecard")
    rows = [("Rec #", "Board action", "Status"), ("1.1", "Approved", "Complete"),
            ("1.2", "Rejected", "In progress"), ("1.3", "Pending", "Not started")]
    marks = {(1, 0): "1", (1, 1): "2", (2, 2): "3"}
    x = [72, 140, 260]
    for r, row in enumerate(rows):
        y = H - 110 - 18 * r
        for k, text in enumerate(row):
            font, size = ("Helvetica-Bold" if r == 0 else "Helvetica"), 10
            c.setFont(font, size)
            c.drawString(x[k], y, text)
            if (r, k) in marks:
                c.setFont("Helvetica", 6.5)
                c.drawString(x[k] + c.stringWidth(text, font, size), y + 3.5, marks[(r, k)])
    c.setFont("Helvetica", 8)
    c.drawString(72, H - 200, "1 The id's note.  2 Subject to costing.  3 Since March.")
    c.showPage()
    c.save()


def clipped():
    """Text the page's clip hides: the first line of a row a page break
    cut, drawn again under the page's clip (as Qt WebKit prints a page)
    before the next page draws it whole; and a cell's text running past
    its cell, clipped there (as a spreadsheet clips it)."""
    c = canvas.Canvas(out("clipped.pdf"), pagesize=letter)
    rows = [("Rec #", "Status"), ("R1", "Complete"), ("R2", "In progress")]
    for page, (first, cut) in enumerate(((1, "R3 Deferred"), (3, None))):
        c.saveState()
        p = c.beginPath()
        p.rect(0, 72, W, H - 144)  # the page's content box, an inch of margin
        c.clipPath(p, stroke=0, fill=0)
        c.setFont("Helvetica", 10)
        y = H - 100
        if page == 0:
            for r, (a, b) in enumerate(rows):
                c.drawString(72, y - 18 * r, a)
                c.drawString(160, y - 18 * r, b)
            # the cut row's first line: its middle below the clip
            c.drawString(72, 66, "R3")
            c.drawString(160, 66, "Deferred")
            # a cell's overflow, clipped at its cell's right edge
            c.saveState()
            q = c.beginPath()
            q.rect(300, y - 40, 60, 60)
            c.clipPath(q, stroke=0, fill=0)
            c.drawString(302, y, "Overflowing sentence")
            c.restoreState()
        else:
            c.drawString(72, y, "R3")
            c.drawString(160, y, "Deferred")
        c.restoreState()
        c.showPage()
    c.save()


def off_page():
    """A table wider than the page, as an HTML printer lays out a table
    it cannot shrink: its last column drawn past the page's right edge,
    where no reader sees it (and poppler keeps no text)."""
    c = canvas.Canvas(out("off-page.pdf"), pagesize=letter)
    c.setFont("Helvetica", 10)
    rows = [("Rec #", "Status", "Priority"), ("R1", "Complete", "P1"), ("R2", "In progress", "P2")]
    for r, cells in enumerate(rows):
        for x, text in zip((72, 300, W + 20), cells):
            c.drawString(x, H - 100 - 18 * r, text)
    c.showPage()
    c.save()


def open_sides():
    """Two ruled tables whose outer columns no column line closes: one
    ruled between its columns and across its rows but not down its sides
    (as spreadsheets and many reports rule them), and one wider than the
    page, as a browser lays out a table it cannot shrink: its row lines
    run on past the page's right edge, its last column line beyond it."""
    c = canvas.Canvas(out("open-sides.pdf"), pagesize=letter)
    c.setFont("Helvetica", 10)
    c.setLineWidth(0.5)

    def table(top, xs, right, rows):
        for r in range(len(rows) + 1):
            c.line(xs[0] - 20, top - 18 * r, right, top - 18 * r)
        for x in xs[1:]:
            c.line(x - 6, top, x - 6, top - 18 * len(rows))
        for r, cells in enumerate(rows):
            for x, text in zip(xs, cells):
                c.drawString(x, top - 18 * r - 13, text)

    table(H - 100, (92, 190, 330), 470,
          [("Product", "2012", "2013"), ("Cotton", "1,393.4", "886.7"), ("Rice", "2,426.7", "2,389.7"),
           ("Wheat", "1,895.4", "2,210.1")])
    # the second's last column line would stand at W + 30, off the page
    table(H - 300, (92, 200, 330, 470), W + 30,
          [("Rec #", "Status", "Board action", "Priority"), ("R1", "Complete", "Approved", "P1"),
           ("R2", "In progress", "Rejected", "P2"), ("R3", "Not started", "Pending", "P3")])
    c.showPage()
    c.save()


def tight_marks():
    """A table set tight (rows 14 pt apart in 10 pt type) whose Board
    action is centred between two rows, and whose ids carry footnote
    marks, one of two digits: each mark's middle stands nearer the centred
    cell's line than its own id's. A row's marks in two cells, four
    digits, are one band of marks."""
    c = canvas.Canvas(out("tight-marks.pdf"), pagesize=letter)
    rows = [("Rec #", "Status", "Board action", ""), ("R8.1", "Done", "", ""),
            ("R8.2", "Implemented", "", "2"), ("R8.3", "In progress", "", "13"),
            ("R8.4", "Complete", "", "")]
    y = H - 100
    for r, (rec, status, action, mark) in enumerate(rows):
        top = y - 14 * r
        c.setFont("Helvetica", 10)
        c.drawString(72, top, rec)
        c.drawString(180, top, status)
        c.drawString(300, top, action)
        if mark:
            c.setFont("Helvetica", 7)
            c.drawString(72 + c.stringWidth(rec, "Helvetica", 10), top + 4, mark)
    c.setFont("Helvetica", 7)
    c.drawString(180 + c.stringWidth("Complete", "Helvetica", 10), y - 14 * 4 + 4, "15")
    c.drawString(72 + c.stringWidth("R8.4", "Helvetica", 10), y - 14 * 4 + 4, "14")
    c.setFont("Helvetica", 10)
    c.drawString(300, y - 14 * 2.5, "Not approved")
    c.showPage()
    c.save()


def table_footnote():
    """A table without rules whose page ends with a footnote right under
    it, starting with its raised mark, and another page after: the
    footnote runs across the columns from the first, as a section's name
    last on a page would."""
    c = canvas.Canvas(out("table-footnote.pdf"), pagesize=letter)
    rows = [("Rec #", "Status", "Board action"), ("R1", "Complete", "Approved"),
            ("R2", "In progress", "Rejected"), ("R3", "Not started", "Pending")]
    y = H - 100
    c.setFont("Helvetica", 10)
    for r, cells in enumerate(rows):
        for x, text in zip((72, 180, 300), cells):
            c.drawString(x, y - 16 * r, text)
    c.setFont("Helvetica", 7)
    c.drawString(72, y - 16 * 5 + 4, "1")
    c.setFont("Helvetica", 10)
    c.drawString(78, y - 16 * 5, "Costed in the plan for the year after, then approved in full.")
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, H - 100, "The next page of the report goes on with other matters.")
    c.showPage()
    c.save()


def date_days():
    """A table without rules whose dates all have two-digit days, so the
    months start at one x on every row, a word space after the day; the
    column before holds a cell wider than its centred name, a shorter one
    and, on the first row, none: the name stands right of where the
    short cells end, yet over the column's cells."""
    c = canvas.Canvas(out("date-days.pdf"), pagesize=letter)
    rows = [("4.1", "", "21 January 2023", "Registrar staff"),
            ("4.2", "Complete", "20 January 2017", "Design script"),
            ("4.3", "Partially implemented", "27 December 2021", "Support access"),
            ("4.4", "Deferred", "28 July 2025", "Track board"),
            ("5.1", "Deferred", "10 November 2022", "Policy")]
    y = H - 100
    c.setFont("Helvetica-Bold", 9)
    for x, text in ((72, "Rec #"), (155, "Budget"), (247, "Date"), (320, "Notes")):
        c.drawString(x, y, text)
    c.setFont("Helvetica", 9)
    for r, cells in enumerate(rows):
        for x, text in zip((72, 110, 212, 320), cells):
            c.drawString(x, y - 16 * (r + 1), text)
    c.showPage()
    c.save()


def arabic_forms():
    """Arabic words whose glyphs map to presentation forms, drawn left to
    right (the reverse of reading order), as Qt's PDF writer sets them:
    "المجلس" (the council) and "سلام" (its lam and alef one ligature)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = canvas.Canvas(out("arabic-forms.pdf"), pagesize=letter)
    words = [("R1", "\ufeb2\ufee0\ufea0\ufee4\ufedf\ufe8d"), ("R2", "\ufee1\ufefc\ufeb3")]
    for r, (rec, forms) in enumerate(words):
        c.setFont("Helvetica", 10)
        c.drawString(72, H - 100 - 18 * r, rec)
        c.setFont("DejaVuSans", 10)
        c.drawString(160, H - 100 - 18 * r, forms)
    c.showPage()
    c.save()


def wrapped_lists():
    """A resolution whose lists of recommendations the line breaks cut
    where the line breaking rules allow: after an id's prefix and its
    full stop ("LE." over "12,"), and before an id that closes a
    parenthesis ("(LE.15 and" over "LE.16) through"), each line before
    the break filled to the measure; and a footnote's mark raised by an
    eighth of an em only (as Qt WebKit sets a <sup>)."""
    c = canvas.Canvas(out("wrapped-lists.pdf"), pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, H - 72, "CCT Review: Board Resolutions | 15 August 2019")
    left, right, size = 72, W - 72, 10

    def filled(head, tail):
        """head, words to fill the measure, tail: a line as wide as it."""
        pad = ["community", "review", "report", "staff", "board", "team"]
        words = head.split()
        k = 0
        while c.stringWidth(" ".join(words + [pad[k % len(pad)]] + tail.split()), "Helvetica", size) < right - left:
            words.append(pad[k % len(pad)])
            k += 1
        return " ".join(words + tail.split())

    lines = [filled("Resolved (2019.08.15.11), the Board, having read the", "report, approves Recommendations LE.11, LE."),
             "12, and LE.13 as the review team proposed.",
             filled("Resolved (2019.08.15.12), the Board, having read the", "report, passes 2 recommendations (LE.15 and"),
             "LE.16) through to the GNSO Council."]
    c.setFont("Helvetica", size)
    for k, text in enumerate(lines):
        y = H - 110 - 14 * k - (10 if k >= 2 else 0)
        c.drawString(left, y, text)
    # a status with a footnote mark raised by an eighth of an em
    y = H - 200
    c.drawString(left, y, "Recommendation LE.17 is complete")
    w = c.stringWidth("Recommendation LE.17 is complete", "Helvetica", size)
    c.setFont("Helvetica", size * 0.83)
    c.drawString(left + w, y + size / 8, "2")
    c.showPage()
    c.save()


def cards():
    """Recommendations as headings ("Rec. R1.1"), each over a line of
    text and a "Priority level:" line, as a card layout prints them: the
    word after the repeated label starts at exactly the x of the id after
    "Rec." in the heading (no column: two texts said over and over, and
    the text lines run across that x)."""
    c = canvas.Canvas(out("cards.pdf"), pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, H - 72, "CCT: implementation of each recommendation")
    at = 72 + c.stringWidth("Priority ", "Helvetica", 10)
    y = H - 110
    for rec, text, prio in (("R1.1", "Community outreach on the annual report.", "P2"),
                            ("R1.2", "Community review of the data access plan.", "P1"),
                            ("R1.3", "Community training for the compliance staff.", "P3")):
        c.setFont("Helvetica-Bold", 14)  # "Rec." ends a word space before the id
        c.drawString(72, y, "Rec.")
        c.drawString(at, y, rec)
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 16, text)
        c.drawString(72, y - 34, "Priority level: " + prio)
        y -= 56
    c.showPage()
    c.save()


def notes_beside():
    """A ruled scorecard over two pages with a column of notes beside
    it, outside its grid (as a table wider than the page leaves its last
    column without a ruling): the Board action of R2 spans R3 on the
    next page (the column open at the first page's foot), the header
    repeated there."""
    c = canvas.Canvas(out("notes-beside.pdf"), pagesize=letter)
    x = [72, 150, 260, 380]
    pages = [[("R1", "Complete", "Approved", "See R4."), ("R2", "In progress", "Rejected", "Costed.")],
             [("R3", "Not started", "", "See R1."), ("R4", "Complete", "Approved", "Done.")]]
    for page, rows in enumerate(pages):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, H - 60, "SSR2 Board action scorecard")
        top = H - 90
        ys = [top - 20 * k for k in range(len(rows) + 2)]
        c.setLineWidth(0.6)
        for k, y in enumerate(ys):
            # the last line leaves the Board action column open on page 1
            right = x[2] if (page == 0 and k == len(ys) - 1) else x[3]
            c.line(x[0], y, right, y)
        for xx in x:
            c.line(xx, ys[0], xx, ys[-1])
        c.setFont("Helvetica-Bold", 10)
        for k, h in enumerate(("Rec #", "Status", "Board action")):
            c.drawString(x[k] + 4, ys[0] - 14, h)
        c.drawString(x[3] + 12, ys[0] - 14, "Notes")
        c.setFont("Helvetica", 10)
        for r, (rec, status, action, note) in enumerate(rows):
            y = ys[r + 1] - 14
            for k, t in enumerate((rec, status, action)):
                if t:
                    c.drawString(x[k] + 4, y, t)
            c.drawString(x[3] + 12, y, note)
        c.showPage()
    c.save()


def encrypted():
    enc = pdfencrypt.StandardEncryption("user-secret", "owner-secret", canPrint=1)
    c = canvas.Canvas(out("encrypted.pdf"), pagesize=letter, encrypt=enc)
    c.setFont("Helvetica", 10)
    c.drawString(72, H - 72, "Locked.")
    c.showPage()
    c.save()


def foot_rows():
    """A table without rules or section rows that fills page 1 down to
    two lines set as its section rows would be (one word group from its
    first column, in its type, a row's step under it); page 2 starts
    with a table: in foot-rows-goes-on.pdf the same one, its header
    printed again, in foot-rows-ends.pdf another one under a header of
    its own."""
    def table(c, y, head, rows):
        c.setFont("Helvetica-Bold", 9)
        for x, text in zip((72, 150, 300), head):
            c.drawString(x, y, text)
        c.setFont("Helvetica", 9)
        for r, cells in enumerate(rows):
            for x, text in zip((72, 150, 300), cells):
                c.drawString(x, y - 16 * (r + 1), text)
        return y - 16 * len(rows)

    head = ("Rec #", "Status", "Notes")
    statuses = ("Complete", "In progress", "Not started", "Deferred")
    first = [("%d.1" % n, statuses[n % 4], "Work item %d of the review" % n) for n in range(1, 41)]
    for name, second in (("foot-rows-goes-on.pdf", head), ("foot-rows-ends.pdf", ("Ref", "Owner", "Date"))):
        c = canvas.Canvas(out(name), pagesize=letter)
        y = table(c, H - 72, head, first)
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 16, "Section 2: Later work")
        c.drawString(72, y - 32, "Section 3: Further work")
        c.showPage()
        rest = [("%d.2" % n, statuses[n % 4], "Later item %d" % n) for n in range(1, 6)]
        if second != head:
            rest = [("R%d" % n, "Team %d" % n, "2%d March 2024" % n) for n in range(1, 6)]
        table(c, H - 72, second, rest)
        c.showPage()
        c.save()


def broken():
    data = open(out("scorecard.pdf"), "rb").read()
    open(out("truncated.pdf"), "wb").write(data[:1500])
    open(out("page.html"), "w").write(
        "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Not a PDF.</p></body></html>\n")


if __name__ == "__main__":
    import sys
    everything = (scorecard, stream, rotated, scan, blank, hyphens, numbers, labels, merged, runon, goeson, sections, footnotes,
                  clipped, off_page, open_sides, tight_marks, table_footnote, date_days, foot_rows,
                  arabic_forms, wrapped_lists, cards, notes_beside, encrypted, broken)
    # names given: those fixtures only (the others keep their bytes)
    for f in everything:
        if len(sys.argv) < 2 or f.__name__ in sys.argv[1:]:
            f()
