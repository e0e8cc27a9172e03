#!/usr/bin/python3
"""test_model.py - the zoo's generator keeps its own rules on many random
documents: rows as wide as the table, spans over exactly the slots left
empty for them, a truth grid of the table's shape whose covered slots are
empty, columns at least as wide as their longest word in the room of the
page, one seed one document. Prints one line a check; exits 1 on a failure."""
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model  # noqa: E402

SEEDS = range(1, 9)  # x every style and producer: 8 x 58 documents


def spans_ok(table):
    """Every slot is either a cell or covered by exactly one span."""
    rows = table["head"] + table["body"]
    owner = {}
    for r, row in enumerate(rows):
        if len(row) != table["cols"]:
            return "row %d has %d slots for %d columns" % (r, len(row), table["cols"])
        for c, slot in enumerate(row):
            if slot is None:
                continue
            for dr in range(slot["rs"]):
                for dc in range(slot["cs"]):
                    if (dr or dc) and (r + dr, c + dc) in owner:
                        return "slot %d,%d covered twice" % (r + dr, c + dc)
                    if dr or dc:
                        owner[(r + dr, c + dc)] = (r, c)
    for r, row in enumerate(rows):
        for c, slot in enumerate(row):
            if (slot is None) != ((r, c) in owner):
                return "slot %d,%d is %s but %scovered" % (r, c, "empty" if slot is None else "a cell",
                                                           "" if (r, c) in owner else "not ")
    if any(r >= len(rows) or c >= table["cols"] for r, c in owner):
        return "a span runs off the table"
    return None


def truth_ok(table):
    grid, covered = model.truth(table)
    rows = table["head"] + table["body"]
    if len(grid) != len(rows) or any(len(r) != table["cols"] for r in grid):
        return "truth grid of the wrong shape"
    for r, c, r0, c0 in covered:
        if grid[r][c] != "" or rows[r0][c0] is None:
            return "covered slot %d,%d not empty or its owner not a cell" % (r, c)
    empty = {(r, c) for r, row in enumerate(rows) for c, slot in enumerate(row) if slot is None}
    if empty != {(r, c) for r, c, _, _ in covered}:
        return "the covered slots of the truth are not the model's empty slots"
    if any(not any(row) for row in grid):
        return "a row with no text"
    if any(grid[r][c] != " ".join(slot["t"].split()) for r, row in enumerate(rows)
           for c, slot in enumerate(row) if slot is not None):
        return "a cell's text is not in its top-left slot"
    return None


def widths_ok(doc, table):
    room = model.room_mm(doc) * table.get("frac", 1)  # a report's table takes its share
    if abs(sum(table["widths"]) - room) > 0.01:
        return "widths add up to %.1f mm, not the room's %.1f" % (sum(table["widths"]), room)
    return None


def main():
    checks = {"rows and spans": spans_ok, "truth": truth_ok}
    bad, docs = 0, 0
    for seed in SEEDS:
        for style in model.STYLES:
            for producer in model.PRODUCERS:
                if (producer, style) in model.IMPOSSIBLE:
                    continue
                doc = model.make_document(seed, style, producer)
                again = model.make_document(seed, style, producer)
                docs += 1
                why = [] if json.dumps(doc) == json.dumps(again) else ["the same seed gave another document"]
                for table in doc["tables"]:
                    why += [n + ": " + w for n, f in checks.items() for w in [f(table)] if w]
                    w = widths_ok(doc, table)
                    if w and table["cols"] > 2:
                        why.append("widths: " + w)
                for w in why:
                    bad += 1
                    print("FAIL %s-%s-%d: %s" % (style, producer, seed, w))
    print("%s %d documents checked" % ("ok  " if not bad else "FAIL", docs))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
