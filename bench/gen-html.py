#!/usr/bin/python3
"""gen-html.py ROWS OUT [SEED] - writes an implementation-status page with
ROWS recommendations, for benchmarking the HTML reader and the extract chain.

The page has the shape of a review's implementation-status page: site
navigation, prose, a milestone table that is not about recommendations,
then the implementation table Rec # | Implementation Status | Priority |
Description | Implementation Update as of 30 June 2022, every cell a
<td><p>..</p></td>, with entities (&nbsp;, &rsquo;), line breaks inside
cells and now and then two paragraphs in one cell.  Ids are unique, 1.1
.. 9999.99.  Deterministic: same ROWS and SEED, same bytes.  Standard
library only.
"""
import random
import sys

STATUSES = ["Complete", "In&nbsp;progress", "In Progress", "Not started",
            "Completed"]
PRIORITIES = ["P1", "P2", "P3", "P4", "N/A", "Eligible for prioritization",
              "Not eligible for prioritization"]
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
<title>Generated Review (GEN) - implementation status</title>
<link rel="stylesheet" href="/assets/site.css">
<script>window.dataLayer = window.dataLayer || []; /* stub: 1.1, 5.4 */</script>
</head>
<body class="page-reviews">
<header class="site-header">
  <nav class="main-nav"><ul class="menu">
    <li><a href="/about">About</a></li>
    <li><a href="/reviews">Reviews</a><ul><li><a href="/reviews/ssr2">SSR2 Review</a></li></ul></li>
    <li><a href="/news">News &amp; Media</a></li>
  </ul></nav>
</header>
<main id="content">
<h1>Second Security, Stability, and Resiliency Review (SSR2)</h1>
<p>Section 4.6(c) of the Bylaws asks for this review at least once every five years; ICANN72 and Phase 2 are not recommendations.</p>
<table class="milestones">
  <thead><tr><th>Phase</th><th>Activity</th><th>Start Date</th></tr></thead>
  <tbody>
    <tr><td rowspan="2">Conduct Review</td><td>Draft Report</td><td>24 Jan 2020</td></tr>
    <tr><td>Final Report</td><td>25 Jan 2021</td></tr>
  </tbody>
</table>
<h2 id="implementation">Implementation of SSR2 Recommendations</h2>
<p>The table below shows how the Board-approved recommendations are being implemented.</p>
<div class="table-wrap">
<table class="implementation" border="1" cellpadding="4">
<tbody>
<tr>
<td><p><strong>Rec #</strong></p></td>
<td><p><strong>Implementation Status</strong></p></td>
<td><p><strong>Priority level assigned by the community (P1 is the highest priority and P4 the lowest)</strong></p></td>
<td><p><strong>Description</strong></p></td>
<td><p><strong>Implementation Update as of 30&nbsp;June&nbsp;2022</strong></p></td>
</tr>
"""

TAIL = """</tbody>
</table>
</div>
</main>
<footer class="site-footer">
  <p>&copy; 2022 Page version 2.3, updated 14 Jul 2022.</p>
</footer>
</body>
</html>
"""


def sentence(rng, lo, hi):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    if rng.random() < 0.2:
        words.insert(len(words) // 2, "the org&rsquo;s")
    if rng.random() < 0.2:
        words.insert(len(words) // 3, "\n   ")
    return " ".join(words).capitalize() + "."


def rec_id(i):
    """The i-th id (0-based) of 1.1 .. 9999.99."""
    return f"{i // 99 + 1}.{i % 99 + 1}"


def row(rng, i):
    update = "N/A"
    r = rng.random()
    if r < 0.7:
        update = sentence(rng, 8, 30)
    if r < 0.2:
        update += "</p>\n<p>" + sentence(rng, 5, 12)
    nbsp = "&nbsp;" if rng.random() < 0.1 else ""
    cells = [rec_id(i) + nbsp, rng.choice(STATUSES), rng.choice(PRIORITIES),
             sentence(rng, 20, 50), update]
    return "<tr>\n" + "".join(f"<td><p>{c}</p></td>\n" for c in cells) + "</tr>\n"


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: gen-html.py ROWS OUT [SEED]")
    rows, out = int(sys.argv[1]), sys.argv[2]
    if not 0 < rows <= 9999 * 99:
        sys.exit("gen-html.py: ROWS must be 1 .. 989901")
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) == 4 else 20220630)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEAD)
        for i in range(rows):
            f.write(row(rng, i))
        f.write(TAIL)


main()
