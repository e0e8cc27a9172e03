#!/usr/bin/python3
"""gen-scorecard.py ROWS OUT.html [SEED] - writes a Board-action scorecard
as HTML, for LibreOffice to turn into a PDF (libreoffice --headless
--convert-to pdf) that benchmarks the PDF reader.

One ruled table Rec # | Recommendation | Board Action | Notes whose
header row is a <thead>, so that Writer repeats it at the top of every
page; a title and a dated heading above it, as scorecards have.  Ids are
unique, 1.1 .. 9999.99.  Deterministic: same ROWS and SEED, same bytes.
Standard library only.
"""
import random
import sys

ACTIONS = ["Approved", "Approved, subject to prioritization", "Rejected",
           "Pending", "Passed through to the GNSO Council", "Not approved"]
WORDS = ("the board org community should publish report review data registry "
         "registrar abuse security plan budget policy process measure track "
         "define audit contract compliance metric survey annual public comment "
         "staff team study risk key rollover name collision glossary update "
         "implement establish improve ensure develop assess monitor "
         "framework certification training strategy operations resilience "
         "stability identifier system threat mitigation").split()

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Final SSR2 Review Team Recommendations - Board Action</title>
<style>
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; padding: 3px; vertical-align: top; font-size: 9pt; }
</style>
</head>
<body>
<h1>Final SSR2 Review Team Recommendations &ndash; Board Action</h1>
<h2>Board meeting of 22 July 2021</h2>
<table border="1" cellspacing="0" cellpadding="3">
<thead>
<tr><th>Rec #</th><th>Recommendation</th><th>Board Action</th><th>Notes</th></tr>
</thead>
<tbody>
"""

TAIL = """</tbody>
</table>
<p>Resolution 2021.07.22.11 of 22 July 2021.</p>
</body>
</html>
"""


def sentence(rng, lo, hi):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize() + "."


def rec_id(i):
    """The i-th id (0-based) of 1.1 .. 9999.99."""
    return f"{i // 99 + 1}.{i % 99 + 1}"


def row(rng, i):
    notes = sentence(rng, 4, 16) if rng.random() < 0.6 else ""
    cells = [rec_id(i), sentence(rng, 15, 40), rng.choice(ACTIONS), notes]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>\n"


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: gen-scorecard.py ROWS OUT.html [SEED]")
    rows, out = int(sys.argv[1]), sys.argv[2]
    if not 0 < rows <= 9999 * 99:
        sys.exit("gen-scorecard.py: ROWS must be 1 .. 989901")
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) == 4 else 20210722)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEAD)
        for i in range(rows):
            f.write(row(rng, i))
        f.write(TAIL)


main()
