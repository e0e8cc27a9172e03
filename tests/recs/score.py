#!/usr/bin/python3
"""score.py [--bin DIR] [--ext html|pdf] [--show N] [--floor F | --floors FILE] DIR -
how many of the records make.py wrote recwatch reads from its pages, and
how many of their fields right: one line a layout (records found / true,
records made that are not true, fields right / fields given), then the
first N pages that miss. With --floor, exits 1 when a layout finds fewer
than F of its records or reads fewer than F of its fields right, or makes
up a record; --floors takes F layout by layout from FILE (lines "LAYOUT
F"; # starts a comment).
"""
import argparse
import collections
import csv
import glob
import io
import os
import subprocess
import sys

FIELDS = ["board_action", "board_action_date", "status", "priority"]


def read(text):
    return {(r["review"], r["rec_id"]): r for r in csv.DictReader(io.StringIO(text))}


def read_floors(path):
    floors = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            words = line.split("#")[0].split()
            if words:
                floors[words[0]] = float(words[1])
    return collections.defaultdict(lambda: None, floors)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.environ.get("BIN", "bin"))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--floor", type=float)
    ap.add_argument("--floors", help="a floor per layout: lines LAYOUT F")
    ap.add_argument("--ext", default="html", help="read ID.EXT: html, or pdf (tests/recs/print.sh)")
    ap.add_argument("dir")
    a = ap.parse_args()
    tally = collections.defaultdict(lambda: collections.Counter())
    misses = []
    for truth_path in sorted(glob.glob(os.path.join(a.dir, "*.truth.csv"))):
        page = truth_path[:-len(".truth.csv")] + "." + a.ext
        layout = os.path.basename(page).split("-")[0]
        with open(truth_path, encoding="utf-8") as f:
            truth = read(f.read())
        run = subprocess.run([os.path.join(a.bin, "recwatch"), "extract", "-f", "csv", page],
                             capture_output=True, text=True)
        got = read(run.stdout) if run.stdout else {}
        t = tally[layout]
        t["pages"] += 1
        extra = sum(k not in truth for k in got)
        t["true"] += len(truth)
        t["found"] += sum(k in got for k in truth)
        t["extra"] += extra
        wrong = []
        for k, r in truth.items():
            for f in FIELDS:
                if not r[f]:
                    continue
                t["fields"] += 1
                if k in got and got[k][f] == r[f]:
                    t["right"] += 1
                else:
                    wrong.append("%s %s: %s, read %s" % (k[1], f, r[f],
                                                       got[k][f] if k in got else "no record"))
        if wrong or extra:
            misses.append((page, wrong[:3], run.stderr.strip().splitlines()[:3]))
    print("%-12s %6s %14s %7s %16s" % ("layout", "pages", "records", "extra", "fields"))
    for layout, t in sorted(tally.items()):
        print("%-12s %6d %6d/%-6d %7d %7d/%-7d %.3f" % (layout, t["pages"], t["found"], t["true"],
                                                      t["extra"], t["right"], t["fields"],
                                                      t["right"] / max(t["fields"], 1)))
    floors = read_floors(a.floors) if a.floors else collections.defaultdict(lambda: a.floor)
    low = [(layout, floors[layout]) for layout, t in sorted(tally.items())
           if floors[layout] is not None and
           (t["found"] < floors[layout] * t["true"] or t["right"] < floors[layout] * t["fields"]
            or t["extra"])]
    for layout, floor in low:
        print("recs: layout %s below the floor %g" % (layout, floor), file=sys.stderr)
    for page, wrong, err in misses[:a.show]:
        print("\n" + page)
        for w in wrong:
            print("  " + w)
        for e in err:
            print("  ! " + e)
    sys.exit(1 if low else 0)


if __name__ == "__main__":
    main()
