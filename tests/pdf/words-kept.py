#!/usr/bin/python3
"""words-kept.py TRUTH.csv BLOCKS.jsonl - fails when a word of the table's
truth is in the cells of the block stream fewer times than in the truth
(a word poppler's text selections left out shows up here even when the
same word is read elsewhere on the page)."""
import collections
import csv
import json
import sys

truth = collections.Counter(w for row in csv.reader(open(sys.argv[1], encoding="utf-8"))
                            for cell in row for w in cell.split())
read = collections.Counter()
for line in open(sys.argv[2], encoding="utf-8"):
    b = json.loads(line)
    if b.get("kind") == "cell":
        read.update(b.get("text", "").split())
lost = {w: n - read[w] for w, n in truth.items() if read[w] < n}
if lost:
    sys.exit("lost: " + " ".join(f"{w} x{n}" for w, n in sorted(lost.items())))
