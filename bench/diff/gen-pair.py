#!/usr/bin/env python3
"""gen-pair.py N OUTDIR - writes OUTDIR/old-N.csv and OUTDIR/new-N.csv, a
pair of record snapshots of N records each (the CSV that rw-fold writes),
for benchmarking rw-diff.

Deterministic (fixed seed; standard library only).  Between old and new:
about 1% of the records change status, 0.1% are removed and 0.1% added;
both files have their rows shuffled, so that no tool can rely on order.
Some descriptions hold commas and quotes, so that the CSV quoting is
exercised; none hold line breaks, so that line tools (sort, join) can
serve as a baseline.  Records are spread over a few reviews, with ids
"A.B" that are unique within each review.
"""
import csv
import os
import random
import sys

COLS = ["review", "rec_id", "board_action", "board_action_date", "status",
        "priority", "as_of", "description", "update", "sources"]
REVIEWS = ["SSR2", "CCT", "ATRT3", "RDS-WHOIS2", "ATRT2"]
ACTIONS = ["approved", "approved", "approved", "rejected", "pending", "passed_through"]
STATUSES = ["complete", "in_progress", "not_started"]
PRIORITIES = ["P1", "P2", "P3", "P4", "eligible", "not_eligible", ""]
WORDS = ("publish report review data registry registrar abuse security plan "
         "budget board community policy process measure track define audit "
         "contract compliance metric survey annual public comment staff team "
         "study risk key rollover name collision glossary update implement "
         "establish improve ensure develop assess monitor").split()


def sentence(rng, lo, hi):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    if rng.random() < 0.05:
        words.insert(len(words) // 2, 'the "core", and')
    return " ".join(words).capitalize() + "."


def record(rng, review, rec_id):
    return [review, rec_id, rng.choice(ACTIONS), "2021-07-22",
            rng.choice(STATUSES), rng.choice(PRIORITIES), "2023-01-31",
            sentence(rng, 6, 12), sentence(rng, 3, 7), "status-2023-01.html"]


def ident(i):
    return f"{i // 1000 + 1}.{i % 1000 + 1}"


def main():
    n, outdir = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20230131 + n)
    per_review = (n + len(REVIEWS) - 1) // len(REVIEWS)
    old = [record(rng, REVIEWS[i % len(REVIEWS)], ident(i // len(REVIEWS)))
           for i in range(n)]
    new = []
    for row in old:
        r = rng.random()
        if r < 0.001:
            continue  # removed
        row = list(row)
        row[6], row[9] = "2023-07-31", "status-2023-07.html"
        if r < 0.011:
            row[4] = rng.choice([s for s in STATUSES if s != row[4]])
        new.append(row)
    added = n - len(new)
    for k in range(added):  # ids past the old range: really new
        new.append(record(rng, REVIEWS[k % len(REVIEWS)], ident(per_review + k)))
    rng.shuffle(old)
    rng.shuffle(new)
    for name, rows in (("old", old), ("new", new)):
        path = f"{outdir}/{name}-{n}.csv"
        tmp = f"{path}.tmp{os.getpid()}"
        with open(tmp, "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(COLS)
            w.writerows(rows)
        os.replace(tmp, path)  # whole or not at all: runs may share the folder


main()
