#!/usr/bin/python3
"""pdf-layout-seeds.py DIR - inputs for fuzz-pdf-layout (format in
fuzz/fuzz-pdf-layout.c): a ruled grid with text in its cells, an unruled
table of aligned columns, and a page of prose lines."""
import os
import sys

CHARS = ["A", "b", "c", "R", "e", "c", "#", "1", "2", "3", "4", "5", ".", ",",
         "-", "(", ")", ":", "P", "x", "S", "t", "a", "u", "s", "o", "n", "e",
         "nbsp", "alef", "bet", "acute", "dash", "f", "i", " "]


def glyph(x, y, ch, bold=0, space=0):
    c = CHARS.index(ch) if ch in CHARS else 0
    return bytes([0, x // 3 % 256, y // 3 % 256, 0x63, c, 4, bold | space << 1, 0])


def word(x, y, text, bold=0):
    out = b""
    for i, ch in enumerate(text):
        out += glyph(x + 6 * i, y, ch, bold, 1 if i == len(text) - 1 else 0)
    return out


def ruling(x, y, n, vertical):
    return bytes([0x80 | vertical, x // 3, y // 3, n // 3, 0, 0, 0, 0])


def grid():
    out = bytes([1])  # lattice
    for r in range(5):
        out += ruling(60, 90 + 30 * r, 480, 0)
    for c in range(4):
        out += ruling(60 + 160 * c, 90, 120, 1)
    for r in range(4):
        out += word(66, 96 + 30 * r, "R%d" % (r + 1), bold=int(r == 0))
        out += word(226, 96 + 30 * r, "Status")
        out += word(386, 96 + 30 * r, "P1")
    return out


def stream():
    out = bytes([0])  # auto
    for r in range(8):
        out += word(60, 90 + 15 * r, "%d.%d" % (r + 1, r))
        out += word(200, 90 + 15 * r, "Complete" if r % 2 else "Not")
        out += word(360, 90 + 15 * r, "P%d" % (r % 4 + 1))
        out += word(480, 90 + 15 * r, "Rec")
    return out + bytes([0xff]) + word(60, 90, "Page") + word(100, 90, "2")


def prose():
    out = bytes([2 | 4, 10, 10, 200, 200])  # stream, with an area
    for r in range(6):
        out += word(60, 90 + 14 * r, "Recs") + word(100, 90 + 14 * r, "aaaa")
    return out


os.makedirs(sys.argv[1], exist_ok=True)
for name, data in (("grid", grid()), ("stream", stream()), ("prose", prose())):
    with open(os.path.join(sys.argv[1], name), "wb") as f:
        f.write(data)
