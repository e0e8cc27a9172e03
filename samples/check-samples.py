#!/usr/bin/python3
"""Cross-check the hand-written expected files against the sample documents.

Not a test of recwatch: it catches slips in the expected files themselves.
- every description/update in an expected CSV is the folded text of a
  table cell of its document;
- every expected CSV is in natural order with LF endings;
- expected-diff.csv equals a plain diff of the two expected snapshots.
Run from the repo top: /usr/bin/python3 samples/check-samples.py
"""
import csv
import glob
import html.parser
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from expected_lib import fold, natkey  # noqa: E402

FIELDS = ["board_action", "board_action_date", "status", "priority",
          "description", "update"]
ORDER = {"not_started": 0, "in_progress": 1, "complete": 2}


class Cells(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells, self.cur = [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th"):
            self.cur = []
        elif tag == "br" and self.cur is not None:
            self.cur.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cur is not None:
            self.cells.append(fold("".join(self.cur)))
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None:
            self.cur.append(data)


def doc_text(path):
    raw = open(path, "rb").read()
    m = re.search(rb'charset="?([A-Za-z0-9_-]+)', raw[:2048])
    return raw.decode(m.group(1).decode() if m else "utf-8")


def read_csv(path):
    data = open(path, "rb").read()
    problems = []
    if b"\r" in data:
        problems.append("CR in file")
    rows = list(csv.DictReader(data.decode("utf-8").splitlines()))
    return rows, problems


def check_records(path):
    rows, problems = read_csv(path)
    keys = [(r["review"], natkey(r["rec_id"])) for r in rows]
    if keys != sorted(keys) or len(set(map(str, keys))) != len(keys):
        problems.append("not sorted / duplicate ids")
    cells_by_doc = {}
    for r in rows:
        for src in r["sources"].split(";"):
            if src not in cells_by_doc:
                p = Cells()
                p.feed(doc_text(src))
                cells_by_doc[src] = set(p.cells)
        for f in ("description", "update"):
            if r[f] and not any(r[f] in cells_by_doc[s]
                                for s in r["sources"].split(";")):
                problems.append("%s %s: %s not a cell" % (r["rec_id"], f, f))
    return problems


def plain_diff(old, new):
    o = {(r["review"], r["rec_id"]): r for r in old}
    n = {(r["review"], r["rec_id"]): r for r in new}
    gone = [k for k in o if k not in n]
    came = [k for k in n if k not in o]
    out = []
    for k in gone:
        twin = [c for c in came if n[c]["description"] == o[k]["description"]]
        if twin:
            came.remove(twin[0])
            out.append((k[0], k[1], "renumbered", "rec_id", k[1], twin[0][1], ""))
        else:
            out.append((k[0], k[1], "removed", "", "", "", ""))
    out += [(k[0], k[1], "added", "", "", "", "") for k in came]
    for k in o:
        if k in n:
            for f in FIELDS:
                a, b = o[k][f], n[k][f]
                if a != b:
                    note = "regression" if (f == "status" and a in ORDER and
                                            b in ORDER and ORDER[b] < ORDER[a]) else ""
                    out.append((k[0], k[1], "changed", f, a, b, note))
    return sorted(out, key=lambda t: (t[0], natkey(t[1]), t[3]))


def main():
    bad = 0
    for path in sorted(p for p in glob.glob("samples/*/*.expected.csv")
                       if not p.startswith("samples/pdf/")):
        for p in check_records(path):
            print("%s: %s" % (path, p))
            bad += 1
    d = "samples/cct-status/"
    old, _ = read_csv(d + "status-2023-01.expected.csv")
    new, _ = read_csv(d + "status-2023-07.expected.csv")
    want, probs = read_csv(d + "expected-diff.csv")
    want = [tuple(r.values()) for r in want]
    if plain_diff(old, new) != want or probs:
        print(d + "expected-diff.csv: differs from the snapshots' diff")
        for t in plain_diff(old, new):
            print("  computed:", t)
        bad += 1
    print("%d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
