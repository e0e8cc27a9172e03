#!/usr/bin/python3
"""pdf-set-dates.py IN OUT CREATED MODIFIED - copy a PDF, setting the
/CreationDate and /ModDate of its document information dictionary.

The samples carry metadata dates that differ from the meeting dates they
report on, and regenerating them must give the same bytes again, so the
dates come from make-samples.sh instead of the clock. Dates are given as
YYYY-MM-DDTHH:MM (UTC). qpdf does the editing through its JSON interface
and gives the file a deterministic /ID."""
import json
import subprocess
import sys
import tempfile


def pdf_date(iso):
    digits = iso.replace("-", "").replace("T", "").replace(":", "")
    return "u:D:%s00Z" % digits


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: pdf-set-dates.py IN OUT CREATED MODIFIED")
    src, dst, created, modified = sys.argv[1:]
    doc = json.loads(subprocess.run(["qpdf", "--json-output", "--json-key=qpdf", src],
                                    check=True, capture_output=True).stdout)
    header, objects = doc["qpdf"]
    trailer = dict(objects["trailer"]["value"])
    changed = {}
    info_ref = trailer.get("/Info")
    if info_ref is None:  # qpdf --empty makes none: add one
        info_ref = "%d 0 R" % (header["maxobjectid"] + 1)
        trailer["/Info"] = info_ref
        changed["trailer"] = {"value": trailer}
        info = {}
    else:
        info = dict(objects["obj:" + info_ref]["value"])
    info["/CreationDate"] = pdf_date(created)
    info["/ModDate"] = pdf_date(modified)
    changed["obj:" + info_ref] = {"value": info}
    update = {"qpdf": [{"jsonversion": 2}, changed]}
    with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
        json.dump(update, f)
        f.flush()
        subprocess.run(["qpdf", "--deterministic-id", "--update-from-json=" + f.name,
                        src, dst], check=True)


if __name__ == "__main__":
    main()
