#!/usr/bin/python3
"""test_score.py - the zoo's metric on tables made by hand: prints one line
a case and exits 1 when one fails."""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import score_table  # noqa: E402

TRUTH = [["Rec #", "Status", "Notes"],
         ["1.1", "Complete", "Publish the report"],
         ["1.2", "", "Track abuse"],
         ["1.3", "Pending", "Audit"]]
CASES = [
    ("the truth itself: every cell", TRUTH, [], TRUTH, 12),
    ("an extra column and an extra row around it: every cell",
     TRUTH, [], [["", "x", "", ""]] + [["p"] + r for r in TRUTH], 12),
    ("a row lost: its three cells", TRUTH, [], TRUTH[:2] + TRUTH[3:], 9),
    ("two columns merged: the ids, the one note left alone and the empty status",
     TRUTH, [], [[a, b + " " + c if b else c] for a, b, c in TRUTH], 4 + 1 + 1),
    ("a row cut in two: the part that keeps the id",
     TRUTH, [], TRUTH[:3] + [["1.3", "Pending", ""], ["", "", "Audit"]], 11),
    ("a span: the covered slot matches empty",
     [["Board action", ""], ["Decision", "Date"]], [[0, 1, 0, 0]],
     [["Board action", ""], ["Decision", "Date"]], 4),
    ("a span: the covered slot matches a copy",
     [["Board action", ""], ["Decision", "Date"]], [[0, 1, 0, 0]],
     [["Board action", "Board action"], ["Decision", "Date"]], 4),
    ("a span: other text in a covered slot does not match",
     [["Board action", ""], ["Decision", "Date"]], [[0, 1, 0, 0]],
     [["Board action", "Date"], ["Decision", "Date"]], 3),
    ("nothing found: nothing matches", TRUTH, [], [], 0),
    ("a blank row read as a blank row: every cell",
     TRUTH[:2] + [["", "", ""]] + TRUTH[2:], [], TRUTH[:2] + [["", "", ""]] + TRUTH[2:], 15),
    ("a blank row not read: its cells alone",
     TRUTH[:2] + [["", "", ""]] + TRUTH[2:], [], TRUTH, 12),
    ("rows in another order: the longest run in order",
     TRUTH, [], [TRUTH[0], TRUTH[3], TRUTH[1], TRUTH[2]], 9),
]


def main():
    bad = 0
    for name, truth, covered, found, want in CASES:
        got = score_table(truth, covered, found)
        ok = got == want
        bad += not ok
        print("%s %s: %d cells (expected %d)" % ("ok  " if ok else "FAIL", name, got, want))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
