#!/usr/bin/python3
"""score.py - how many of the zoo's expected cells recwatch reads.

  score.py [--bin DIR] [--method M] [-j N] [--floors FILE] [--tables] [--why] [--markdown OUT] ZOODIR
  score.py [--bin DIR] [--method M] --show ID ZOODIR

For every document of ZOODIR/manifest.tsv runs `rw-pdf [--method M] PDF |
rw-tables -f json` (the programs of --bin, else $BIN, else bin) and scores
each true table (ZOODIR/ID.tK.csv) against the tables found:

- cells are compared whitespace-folded (runs of white space are one space,
  trimmed), invisible bidi marks and U+FEFF dropped;
- the columns of a found table are aligned to the true ones by an
  order-keeping alignment (dynamic programming, as for a longest common
  subsequence) maximising how many of a true column's texts the found
  column holds; then the rows likewise, maximising the cells that agree;
  a row pair needs one non-empty cell in common, or both rows empty;
- a true cell matches when the aligned found cell has the same text; a
  slot covered by a spanning cell (truth: the text in the top-left slot,
  the others empty) matches "" or a copy of the spanning text; a true
  empty cell matches a missing one;
- each true table takes the found table that matches most of its cells,
  a found table serves one true table at most (largest matches first).

The score of a table is matched cells / true cells; a style's or a
producer's score adds up the cells of its tables. Prints one line a style
with its score by producer, then a line by producer; --tables also one
line a table; --markdown OUT writes the same table in Markdown. --floors
FILE holds lines "STYLE SCORE": exit 1 when a style scores under its floor
(or has a floor and no table). --show ID prints, for one document, each
true row beside the found row aligned to it, a * before each missed cell;
--why counts each style's tables by what went most wrong (failure()),
and gives the score by the tables' number of columns. Python 3 standard library only.
"""
import argparse
import collections
import concurrent.futures
import csv
import json
import os
import signal
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model  # noqa: E402  (the styles, in the order they are listed)

# a document of the zoo takes rw-pdf well under a second; one that takes
# this long (under a sanitizer too) is hung
READ_TIMEOUT_S = 300
INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                   "\u2066\u2067\u2068\u2069\ufeff"))


def norm(text):
    return " ".join(text.translate(INVISIBLE).split())


def lcs_align(n, m, gain):
    """Order-keeping pairs (i, j) maximising the sum of gain(i, j); a gain of
    None forbids the pair. Returns the pairs in order."""
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    g = [[gain(i, j) for j in range(m)] for i in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            b = max(best[i + 1][j], best[i][j + 1])
            if g[i][j] is not None:
                b = max(b, g[i][j] + best[i + 1][j + 1])
            best[i][j] = b
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if g[i][j] is not None and best[i][j] == g[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def column_map(truth, found):
    """True column -> found column (or absent), by the texts they share."""
    ncols = len(truth[0]) if truth else 0
    fcols = max((len(r) for r in found), default=0)
    tcol = [collections.Counter(r[c] for r in truth if r[c]) for c in range(ncols)]
    fcol = [collections.Counter(r[k] for r in found if k < len(r) and r[k]) for k in range(fcols)]

    def gain(c, k):
        shared = sum((tcol[c] & fcol[k]).values())
        return shared if shared else None
    return dict(lcs_align(ncols, fcols, gain))


def cell_ok(want, got, covered_by):
    if want == got:
        return True
    return covered_by is not None and got in ("", covered_by)


def align_table(truth, covered, found):
    """(matched cells, row pairs, column map) of truth in found (both lists
    of rows of normalised text); covered lists [row, col, row, col of the
    spanning cell]."""
    cmap = column_map(truth, found)
    owner = {(r, c): truth[r0][c0] for r, c, r0, c0 in covered}

    def matched(i, j):
        return sum(1 for c, want in enumerate(truth[i])
                   if cell_ok(want, aligned_cell(found[j], cmap, c), owner.get((i, c))))

    def gain(i, j):
        common = any(want and aligned_cell(found[j], cmap, c) == want for c, want in enumerate(truth[i]))
        # a row of empty cells (a ruled row left blank) pairs with one
        blank = not any(truth[i]) and not any(found[j])
        return matched(i, j) if common or blank else None
    pairs = lcs_align(len(truth), len(found), gain)
    return sum(matched(i, j) for i, j in pairs), pairs, cmap


def aligned_cell(row, cmap, c):
    k = cmap.get(c)
    return row[k] if k is not None and k < len(row) else ""


def score_table(truth, covered, found):
    return align_table(truth, covered, found)[0]


def show(truth, covered, found):
    """The truth row by row with the found row aligned to it; * marks a miss."""
    matched, pairs, cmap = align_table(truth, covered, found)
    paired = dict(pairs)
    owner = {(r, c): truth[r0][c0] for r, c, r0, c0 in covered}
    out = ["  %d/%d cells; columns (true->found) %s; found %d rows" % (
        matched, sum(len(r) for r in truth), " ".join("%d->%s" % (c, cmap.get(c, "-")) for c in range(len(truth[0]))),
        len(found))]
    for i, row in enumerate(truth):
        out.append("  T%-3d %s" % (i, " | ".join(row)))
        if i not in paired:
            out.append("  F     (no row)")
            continue
        got = [aligned_cell(found[paired[i]], cmap, c) for c in range(len(row))]
        marks = ["" if cell_ok(w, g, owner.get((i, c))) else "*" for c, (w, g) in enumerate(zip(row, got))]
        out.append("  F%-3d %s" % (paired[i], " | ".join(m + g for m, g in zip(marks, got))))
    return "\n".join(out)


def read_truth(zoo, ident, k):
    with open(os.path.join(zoo, "%s.t%d.csv" % (ident, k)), encoding="utf-8", newline="") as f:
        return [[norm(c) for c in row] for row in csv.reader(f)]


def found_tables(args, pdf):
    """The tables recwatch reads in pdf, as lists of rows; [] when it fails."""
    rw_pdf = [os.path.join(args.bin, "rw-pdf")] + (["--method", args.method] if args.method else [])
    with tempfile.TemporaryFile() as blocks:
        try:
            r = subprocess.run(rw_pdf + [pdf], stdout=blocks, stderr=subprocess.PIPE, timeout=READ_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            print("zoo: %s: rw-pdf still reading after %d s: scored as nothing read" % (pdf, READ_TIMEOUT_S),
                  file=sys.stderr)
            return []
        if r.returncode not in (0, 1):
            print("zoo: %s: rw-pdf exit %d: %s" % (pdf, r.returncode, r.stderr.decode()[:200].strip()),
                  file=sys.stderr)
        blocks.seek(0)
        t = subprocess.run([os.path.join(args.bin, "rw-tables"), "-f", "json"], stdin=blocks,
                           capture_output=True)
    try:
        return [[[norm(c) for c in row] for row in tab["rows"]] for tab in json.loads(t.stdout)]
    except ValueError:
        return []


def score_document(args, ident, ntables):
    """[(true cells, matched cells)] a true table."""
    truths = [read_truth(args.zoo, ident, k) for k in range(1, ntables + 1)]
    with open(os.path.join(args.zoo, ident + ".json"), encoding="utf-8") as f:
        spec = json.load(f)
    found = found_tables(args, os.path.join(args.zoo, ident + ".pdf"))
    scores = sorted(((score_table(t, spec["tables"][k]["covered"], f), k, j)
                     for k, t in enumerate(truths) for j, f in enumerate(found)), reverse=True)
    best, used, pick = [0] * ntables, set(), {}
    for m, k, j in scores:
        if k in pick or j in used:
            continue
        best[k] = m
        pick[k] = j
        used.add(j)
    if args.show:
        print("%s: %d tables found (%s)" % (ident, len(found), ", ".join("%dx%d" % (len(f), max(map(len, f), default=0))
                                                                          for f in found)))
        for k, t in enumerate(truths):
            print("table %d:" % (k + 1))
            print(show(t, spec["tables"][k]["covered"], found[pick[k]]) if k in pick else "  no table found")
    return [(sum(len(r) for r in t), best[k], failure(t, found[pick[k]] if k in pick else None, best[k], found),
             len(t[0])) for k, t in enumerate(truths)]


WIDEST = 6  # --why groups tables of this many columns and more
FAILURES = ["perfect", "extra", "no table", "merged", "rows cut", "rows lost", "columns", "cells"]


def failure(truth, found, matched, every):
    """What went most wrong with a table, one of FAILURES: every cell read
    but rows or columns added (a title read as a row, say: the score does
    not count them), no table read,
    the table read as part of one wider than it (merged with a neighbour),
    more rows than true (cut at line breaks, or its pages not joined), fewer
    (rows run together, or lost), columns missing, or cell texts alone."""
    cells = sum(len(r) for r in truth)
    if found is not None and max(map(len, found), default=0) > len(truth[0]) + 1:
        return "merged"
    if matched == cells:
        # every true cell read; the score does not charge for more
        extra = len(found) != len(truth) or max(map(len, found)) != len(truth[0])
        return "extra" if extra else "perfect"
    if found is None:
        # the table that holds it went to another true table
        wider = any(max(map(len, f), default=0) > len(truth[0]) + 1 for f in every)
        return "merged" if wider else "no table"
    width = max(map(len, found), default=0)
    if len(found) > len(truth):
        return "rows cut"
    if len(found) < len(truth):
        return "rows lost"
    if width < len(truth[0]):
        return "columns"
    return "cells"


def ratio(cells, matched):
    return matched / cells if cells else 1.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("zoo")
    ap.add_argument("--bin", default=os.environ.get("BIN", "bin"))
    ap.add_argument("--method")
    ap.add_argument("--floors")
    ap.add_argument("--tables", action="store_true")
    ap.add_argument("--markdown")
    ap.add_argument("-j", type=int, default=1, help="documents read at once")
    ap.add_argument("--why", action="store_true", help="count tables by what went most wrong")
    ap.add_argument("--show", metavar="ID", help="one document: its truth beside what was read")
    args = ap.parse_args()
    with open(os.path.join(args.zoo, "manifest.tsv"), encoding="utf-8") as f:
        docs = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    if args.show:
        docs = [d for d in docs if d[0] == args.show]
        if not docs:
            sys.exit("zoo: %s: no such document in %s" % (args.show, args.zoo))
    by = collections.defaultdict(lambda: [0, 0, 0])  # key -> cells, matched, tables
    whys = collections.defaultdict(collections.Counter)  # style -> failure -> tables
    by_width = collections.defaultdict(lambda: [0, 0, 0])  # columns -> cells, matched, tables
    # documents are read -j at a time (rw-pdf runs as a process of its own)
    # and counted in the manifest's order
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        results = list(pool.map(lambda d: score_document(args, d[0], int(d[3])), docs))
    for (ident, style, producer, ntables), scored in zip(docs, results):
        for k, (cells, matched, why, ncols) in enumerate(scored, 1):
            if args.tables:
                print("table %s.t%d %d/%d %.3f %s" % (ident, k, matched, cells, ratio(cells, matched), why))
            whys[style][why] += 1
            width = by_width[min(ncols, WIDEST)]
            width[0] += cells
            width[1] += matched
            width[2] += 1
            for key in ((style, producer), (style, ""), ("", producer), ("", "")):
                acc = by[key]
                acc[0] += cells
                acc[1] += matched
                acc[2] += 1
    styles = sorted({s for s, _ in by if s}, key=lambda s: (s not in model.STYLES, s in model.STYLES and model.STYLES.index(s), s))
    producers = sorted({p for _, p in by if p})

    def cellstr(key):
        return "%.3f" % ratio(*by[key][:2]) if key in by else "-"
    lines = [["style"] + producers + ["all", "tables"]]
    for s in styles + [""]:
        lines.append([s or "all"] + [cellstr((s, p)) for p in producers]
                     + [cellstr((s, "")), str(by[(s, "")][2])])
    for line in lines:
        print("%-14s" % line[0] + "".join("%13s" % x for x in line[1:]))
    if args.why:
        print("\n%-14s" % "failures" + "".join("%10s" % w for w in FAILURES))
        for st in styles:
            print("%-14s" % st + "".join("%10d" % whys[st][w] for w in FAILURES))
        print("\n%-14s%10s%10s" % ("columns", "score", "tables"))
        for n in sorted(by_width):
            print("%-14s%10.3f%10d" % ("%d%s" % (n, "+" if n == WIDEST else ""), ratio(*by_width[n][:2]),
                                        by_width[n][2]))
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write("| %s |\n|---|%s\n" % (" | ".join(lines[0]), "---:|" * (len(lines[0]) - 1)))
            for line in lines[1:]:
                f.write("| %s |\n" % " | ".join(line))
    low = []
    if args.floors:
        with open(args.floors, encoding="utf-8") as f:
            for line in f:
                parts = line.split("#")[0].split()
                if len(parts) != 2:
                    continue
                if (parts[0], "") not in by:
                    low.append("zoo: style %s has a floor and no table" % parts[0])
                    continue
                got = ratio(*by[(parts[0], "")][:2])
                if True:
                    if got < float(parts[1]):
                        low.append("zoo: style %s: %.3f under its floor %s" % (parts[0], got, parts[1]))
    for line in low:
        print(line, file=sys.stderr)
    return 1 if low else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # score.py ... | head
    sys.exit(main())
