#!/usr/bin/python3
"""make-bidi-base.py - bidi-base.pdf for tests/cli/pdf-reading.t: a ruled
table whose cells mix Latin and Hebrew words, laid out left to right the
way a producer that follows the Unicode Bidirectional Algorithm (first
strong character sets a paragraph's direction, rules P2-P3) lays them
out. A cell that starts with a Latin word reads left to right even when
its Hebrew letters outnumber its Latin ones; a Hebrew cell ending in a
number reads right to left; punctuation at the edge of a Hebrew word, a
hyphen or brackets inside one stay where they are read. (A Hebrew cell with Latin words at its end,
laid out right to left, looks the same as a Latin cell then Hebrew laid
out left to right: rw-pdf takes it for the latter.)
Run with Debian's python3-reportlab and python3-bidi:
    /usr/bin/python3 tests/pdf/make-bidi-base.py
The PDF is committed; tests never regenerate it. The cells' logical text
is in bidi-base.table.csv, written here too.
"""
import csv
import os

from bidi.algorithm import get_display
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

ROWS = [
    ["Rec #", "Action"],
    ["1.1", "Publish \u05e9\u05e7\u05d9\u05e4\u05d5\u05ea \u05d4\u05d5\u05e9\u05dc\u05dd "
            "\u05ea\u05e7\u05e6\u05d9\u05d1 \u05de\u05d5\u05e2\u05e6\u05d4"],
    ["1.2", "\u05e2\u05d3\u05db\u05d5\u05df \u05d4\u05de\u05d3\u05d9\u05e0\u05d9\u05d5\u05ea 42"],
    ["1.3", "Budget \u0627\u0644\u0634\u0641\u0627\u0641\u064a\u0629 "
            "\u062a\u0648\u0635\u064a\u0629 \u0627\u0644\u0645\u062c\u0644\u0633"],
    # punctuation at a word's edge, a hyphen or brackets inside one
    ["1.4", "\u05d3\u05d5\u05d7 \u05e9\u05e0\u05ea\u05d9:"],
    ["1.5", "\u05ea\u05db\u05e0\u05d9\u05ea \u05e8\u05d1-\u05e9\u05e0\u05ea\u05d9\u05ea"],
    ["1.6", "\u05de\u05d3\u05d9\u05e0\u05d9\u05d5\u05ea (\u05d8\u05d9\u05d5\u05d8\u05d4)"],
    ["1.7", "\u05e1\u05e2\u05d9\u05e3(3)"],
    ["1.8", "\u05e1\u05d8\u05d8\u05d5\u05e1: \u05d4\u05d5\u05e9\u05dc\u05dd"],
]
COLS = [72, 140, 460]
TOP, PITCH = 700, 24


def main():
    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    c = canvas.Canvas(os.path.join(HERE, "bidi-base.pdf"), pagesize=letter)
    c.setFont("DejaVuSans", 10)
    bottom = TOP - PITCH * len(ROWS)
    for k in range(len(ROWS) + 1):
        c.line(COLS[0], TOP - PITCH * k, COLS[-1], TOP - PITCH * k)
    for x in COLS:
        c.line(x, TOP, x, bottom)
    for r, row in enumerate(ROWS):
        for col, text in enumerate(row):
            # laid out as a P2-P3 producer does: seen order, left to right
            c.drawString(COLS[col] + 4, TOP - PITCH * r - 16, get_display(text))
    c.save()
    with open(os.path.join(HERE, "bidi-base.table.csv"), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(ROWS)


if __name__ == "__main__":
    main()
