#!/usr/bin/python3
"""Writes the rw-diff fixtures old.* and new.* (CSV, JSON, JSON Lines)
from the rows below, so that the three formats hold the same records.
Run from tests/diff/ after editing the rows; commit what it writes."""
import csv, json

COLS = ["review", "rec_id", "board_action", "board_action_date", "status",
        "priority", "as_of", "description", "update", "sources"]
NBSP = "\u00a0"

OLD = [
    ["SSR2", "1.1", "approved", "2021-07-22", "in_progress", "P2", "2022-06-30",
     "Publish a plan for security budget reporting.", "Work on the plan has begun.", "old.html"],
    ["SSR2", "2.1", "rejected", "2021-07-22", "", "", "2022-06-30",
     "Create a chief security officer role.", "", "old.html"],
    ["SSR2", "5.4", "pending", "2021-07-22", "not_started", "", "2022-06-30",
     "Report abuse data per registry.", "", "old.html"],
    ["SSR2", "7.3", "approved", "2021-07-22", "in_progress", "P1", "2022-06-30",
     "Run regular drills on key rollover.", "Drill scheduled.", "old.html"],
    ["SSR2", "10.1", "approved", "2021-07-22", "complete", "P3", "2022-06-30",
     "Define a\nglossary of terms.", "Done.", "old.html"],
    ["SSR2", "12.2", "approved", "2021-07-22", "complete", "P1", "2022-06-30",
     "Audit the contract compliance process.", "Audit complete.", "old.html"],
    ["SSR2", "16.1", "approved", "2021-07-22", "", "", "",
     "Shared wording across reviews.", "", "old.html"],
    ["SSR2", "19.1", "approved", "2021-07-22", "complete", "P2", "2022-06-30",
     "Track name collision reports.", "Tracking is live.", "old.html"],
    ["SSR2", "20.1", "approved", "2021-07-22", "", "", "", "Review this text twice.", "", "old.html"],
    ["SSR2", "20.2", "approved", "2021-07-22", "", "", "", "Review this text twice.", "", "old.html"],
    ["CCT", "1", "approved", "2019-03-01", "complete", "", "2022-06-30",
     "Gather data on new gTLD use.", "", "old.pdf"],
    ["CCT", "7.3", "approved", "2019-03-01", "in_progress", "", "2022-06-30",
     "Survey registrants each year.", "Phase 1 done.", "old.pdf"],
]

NEW = [
    # shuffled on purpose: the output order must not depend on the input's
    ["CCT", "7.3", "approved", "2019-03-01", "in_progress", "", "2023-01-31",
     "Survey registrants each year.", "Phase 2 done.", "new.pdf"],
    ["SSR2", "12.2", "approved", "2021-07-22", "in_progress", "P1", "2023-01-31",
     "Audit the contract compliance process.", "Audit complete.", "new.html"],
    ["SSR2", "1.1", "approved", "2021-07-22", "complete", "P2", "2023-01-31",
     "Publish a plan" + NBSP + "for security budget reporting.", "Work on the plan\nhas begun.", "new.html"],
    ["SSR2", "2.1", "approved", "2021-07-22", "", "", "2023-01-31",
     "Create a chief security officer role.", "", "new.html"],
    ["SSR2", "5.4", "approved", "2022-05-01", "in_progress", "", "2023-01-31",
     "Report abuse data per registry.", "", "new.html"],
    ["SSR2", "7.4", "approved", "2021-07-22", "not_started", "P1", "2023-01-31",
     "Run regular  drills on key rollover. ", "Drill scheduled.", "new.html"],
    ["SSR2", "10.1", "approved", "2021-07-22", "complete", "P3", "2023-01-31",
     "Define a glossary of terms.", "Done.", "new.html"],
    ["SSR2", "19.1", "rejected", "2021-07-22", "complete", "P2", "2023-01-31",
     "Track name collision reports.", "Tracking is live.", "new.html"],
    ["SSR2", "20.3", "approved", "2021-07-22", "", "", "", "Review this text twice.", "", "new.html"],
    ["SSR2", "21.1", "", "", "not_started", "", "2023-01-31", "Add a new metric.", "", "new.html"],
    ["CCT", "16", "approved", "2019-03-01", "", "", "", "Shared wording across reviews.", "", "new.pdf"],
    ["CCT", "1", "approved", "2019-03-01", "complete", "", "2023-01-31",
     "Gather data on new gTLD use.", "", "new.pdf"],
]


def write(stem, rows):
    with open(stem + ".csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLS)
        w.writerows(rows)
    objs = [{c: (v if v else None) for c, v in zip(COLS, r)} for r in rows]
    with open(stem + ".json", "w") as f:
        json.dump(objs, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(stem + ".jsonl", "w") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


write("old", OLD)
write("new", NEW)
