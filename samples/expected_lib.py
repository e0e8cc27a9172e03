"""Helpers for writing the samples' expected files.

The facts themselves are typed in by hand in make-expected.py from a
reading of each sample document; this file only formats them.
"""
import csv
import io
import re

RECORD_FIELDS = ["review", "rec_id", "board_action", "board_action_date",
                 "status", "priority", "as_of", "description", "update",
                 "sources"]
CHANGE_FIELDS = ["review", "rec_id", "change", "field", "old", "new", "note"]


def natkey(s):
    """Natural order: digit runs compare as numbers (2.1 < 2.10 < 10.1)."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p)
            for p in re.split(r"(\d+)", s) if p != ""]


def fold(s):
    """Whitespace folding as recwatch(5) and schema/blocks.md define it."""
    return re.sub(r"[ \t\r\n\u00a0]+", " ", s).strip()


def needs_quotes(v):
    return (any(c in v for c in ',"\r\n')
            or (v != "" and (v[0] == " " or v[-1] == " ")))


def csv_line(values):
    out = []
    for v in values:
        v = "" if v is None else str(v)
        out.append('"' + v.replace('"', '""') + '"' if needs_quotes(v) else v)
    return ",".join(out) + "\n"


def write_csv(path, header, rows, sort_key):
    rows = sorted(rows, key=sort_key)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(csv_line(header))
        for r in rows:
            f.write(csv_line([r.get(h, "") for h in header]))


def write_records(path, records):
    for r in records:
        r["description"] = fold(r.get("description", ""))
        r["update"] = fold(r.get("update", ""))
    write_csv(path, RECORD_FIELDS, records,
              lambda r: (r["review"], natkey(r["rec_id"])))


def write_changes(path, changes):
    write_csv(path, CHANGE_FIELDS, changes,
              lambda r: (r["review"], natkey(r["rec_id"]), r.get("field", "")))
