#!/usr/bin/python3
"""make.py --out DIR [--seed N] [--count N] - random recommendation pages
with their records: status tables, Board resolutions and action lists,
ruled scorecards whose merged cells hold one decision for several rows,
written the many ways such pages are (header words, identifier forms,
value phrases, CMS markup), each with the records a reader should make
of it (ID.truth.csv: review, rec_id, board_action, board_action_date,
status, priority). score.py runs recwatch on them. Nothing here is read
from recwatch's rules: the phrases are those of SPEC's vocabularies as
publishers write them, so a phrase the rules lack shows as a miss.
"""
import argparse
import csv
import html
import os
import random

REVIEWS = {"SSR2": "Second Security, Stability, and Resiliency (SSR2) Review",
           "CCT": "Competition, Consumer Trust, and Consumer Choice (CCT) Review",
           "ATRT3": "Third Accountability and Transparency Review (ATRT3)",
           "RDS-WHOIS2": "Registration Directory Service (RDS-WHOIS2) Review"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
STATUS = {"complete": ["Complete", "Completed", "Implemented", "Done"],
          "in_progress": ["In progress", "In Progress", "Ongoing", "Underway",
                          "Partially implemented"],
          "not_started": ["Not started", "Not Started", "Not yet started"]}
ACTION = {"approved": ["Approved", "Accepted", "Approve",
                       "Approved, subject to prioritization, costing and implementation considerations"],
          "rejected": ["Rejected", "Not approved", "Reject"],
          "pending": ["Pending", "Placed in pending status"],
          "passed_through": ["Passed through to the GNSO Council"]}
PRIORITY = {"P1": ["P1", "Priority 1"], "P2": ["P2", "Priority 2"], "P3": ["P3"],
            "eligible": ["Eligible for prioritization"],
            "not_eligible": ["Not eligible for prioritization"]}
HEAD = {"id": ["Rec #", "Recommendation", "No.", "Rec. No.", "Ref", "Recommendation #"],
        "status": ["Status", "Implementation Status", "Current status", "State"],
        "board_action": ["Board Action", "Board Decision", "Board action"],
        "priority": ["Priority", "Priority level"],
        "description": ["Description", "Recommendation text", "Summary"],
        "notes": ["Notes", "Rationale", "Board rationale", "Comments"],
        "action_date": ["Date of Board action", "Board action date", "Resolution date", "Date approved"]}
VERBS = {"approved": ["approves", "adopts", "accepts"],
         "rejected": ["rejects", "does not adopt"],
         "pending": ["places {list} into pending status"],
         "passed_through": ["passes {list} through to the GNSO Council"]}
WORDS = """publish annual report on abuse metrics and make the data public
improve the compliance process for registrars assess the security framework
review the budget of the working group with community input""".split()


def date(rng):
    return rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)


def iso(d):
    return "%04d-%02d-%02d" % d


def spoken(rng, d):
    y, m, day = d
    return rng.choice(["%d %s %d" % (day, MONTHS[m - 1], y),
                       "%s %d, %d" % (MONTHS[m - 1], day, y)])


def ids(rng, n):
    form = rng.choice(["{a}.{b}", "{n}", "R{a}.{b}", "LE.{n}"])
    a, b, k, out = rng.randint(1, 9), 0, rng.randint(1, 5), []
    for _ in range(n):
        if rng.random() < 0.3:
            a, b = a + 1, 0
        b, k = b + 1, k + 1
        out.append(form.format(a=a, b=b, n=k))
    return out


def written_id(rng, i, style):
    return {"bare": i, "rec": "Rec. " + i, "full": "Recommendation " + i}[style]


def sentence(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 14))).capitalize() + "."


def cell(rng, text, noise):
    """A cell's markup as a CMS writes it."""
    t = html.escape(text)
    if noise and rng.random() < 0.3:
        t = t.replace(" ", "&nbsp;", 1)
    if noise and rng.random() < 0.3:
        t = "<p>%s</p>" % t
    return t


def icon(rng, text):
    """A value drawn as an icon, its name for a screen reader."""
    t = html.escape(text, quote=True)
    return rng.choice(['<img src="dot.png" alt="%s">' % t, '<span class="dot" title="%s"></span>' % t,
                       '<i class="icon" aria-label="%s"></i>' % t])


# What a site's style sheet does for the markup above, so that a page
# prints as it shows: a grid of ARIA roles laid out as a table, an icon's
# name shown beside it (a reader of the printed page sees the status).
STYLE = """<style>
div[role=table] { display: table; border-collapse: collapse }
div[role=row] { display: table-row }
div[role=cell], div[role=columnheader] { display: table-cell; padding: 2px 6px }
div[role=columnheader] { font-weight: bold }
.dot::after { content: attr(title) }
.icon::after { content: attr(aria-label) }
</style>"""


def grid(rows, header, aria):
    """A table's rows as <table>, or as a grid of ARIA roles."""
    if not aria:
        return ["<table>"] + ["<tr>" + "".join(r) + "</tr>" for r in rows] + ["</table>"]
    out = ['<div role="table">']
    for k, r in enumerate(rows):
        cells = [c.replace("<th>", '<div role="columnheader">').replace("</th>", "</div>")
                 .replace("<td>", '<div role="cell">').replace("</td>", "</div>") for c in r]
        if k == 0 and header:
            cells = [c.replace('role="cell"', 'role="columnheader"') for c in cells]
        out.append('<div role="row">' + "".join(cells) + "</div>")
    return out + ["</div>"]


def status_page(rng, review):
    """A table of recommendations: id, some of status / board action /
    priority / description, in random order after the id."""
    n = rng.randint(3, 25)
    rid = ids(rng, n)
    fields = [f for f in ("status", "board_action", "priority") if rng.random() < 0.6] or ["status"]
    if rng.random() < 0.5:
        fields.append("description")
    rng.shuffle(fields)
    # at times the recommendation's words share its id's cell, after a
    # stop or none: "1.1: The Board ...", "Rec. 2 The Board ..."
    words_in_id = "description" in fields and rng.random() < 0.25
    if words_in_id:
        fields.remove("description")
        stop = rng.choice([" ", ": ", ". ", " - "])
    cols = ["id"] + fields
    noise = rng.random() < 0.5
    idstyle = rng.choice(["bare", "bare", "rec", "full"])
    title = rng.choice(["%s Implementation Status", "%s: status of recommendations",
                        "Implementation of the %s recommendations"]) % rng.choice([review, REVIEWS[review]])
    th = rng.choice(["th", "td-strong"])
    aria = rng.random() < 0.15   # a grid of divs with ARIA's table roles
    icons = rng.random() < 0.15  # statuses drawn as icons
    out = ["<h1>%s</h1>" % html.escape(title), "<p>%s</p>" % sentence(rng)]
    heads = [rng.choice(HEAD[c]) for c in cols]
    if words_in_id:
        heads[0] = rng.choice(["Recommendation", "Rec #", "Recommendation text"])
    if th == "th" or aria:
        rows = [["<th>%s</th>" % html.escape(h) for h in heads]]
    else:
        rows = [["<td><strong>%s</strong></td>" % html.escape(h) for h in heads]]
    if not aria and rng.random() < 0.15:  # a title across the table over its header
        rows.insert(0, ['<td colspan="%d"><strong>%s recommendations</strong></td>' % (len(cols), review)])
    truth = []
    for k, i in enumerate(rid):
        if noise and k and rng.random() < 0.1 and not aria:
            rows.append(['<td colspan="%d"><strong>Recommendations on %s</strong></td>'
                         % (len(cols), rng.choice(WORDS))])
        rec = {"review": review, "rec_id": i}
        row = []
        for c in cols:
            if c == "id":
                text = written_id(rng, i, idstyle) + (stop + sentence(rng) if words_in_id else "")
                row.append(cell(rng, text, noise))
            elif c == "description":
                row.append(cell(rng, sentence(rng), noise))
            else:
                vocab = {"status": STATUS, "board_action": ACTION, "priority": PRIORITY}[c]
                value = rng.choice(sorted(vocab))
                rec[c] = value
                text = rng.choice(vocab[value])
                row.append(icon(rng, text) if icons and c == "status" else cell(rng, text, noise))
        rows.append(["<td>%s</td>" % t for t in row])
        truth.append(rec)
    out.extend(grid(rows, True, aria))
    return out, truth


def list_text(rng, items, idstyle):
    """A list as prose writes it: commas and "and", a range where the
    items run on ("6.2-6.4", "6.2 through 6.4"), at times with its count
    ("three recommendations (1.1, 1.2 and 1.3)")."""
    words, k = [], 0
    while k < len(items):
        j = k
        while j + 1 < len(items) and successor(items[j], items[j + 1]):
            j += 1
        if j - k >= 2 and rng.random() < 0.5:
            words.append(items[k] + rng.choice(["-", "\u2013", " through "]) + items[j])
            k = j + 1
        else:
            words.append(items[k])
            k += 1
    joined = words[0] if len(words) == 1 else ", ".join(words[:-1]) + rng.choice([" and ", ", and "]) + words[-1]
    if len(items) > 1 and idstyle == "full" and rng.random() < 0.3:
        return "%d recommendations (%s)" % (len(items), joined)
    lead = {"bare": "", "rec": "Rec. ", "full": "Recommendations " if len(items) > 1 else "Recommendation "}[idstyle]
    return lead + joined


def successor(a, b):
    """Whether id b comes right after a ("6.2" then "6.3", "R4" then "R5")."""
    pa, pb = a.rsplit(".", 1) if "." in a else ("", a), b.rsplit(".", 1) if "." in b else ("", b)
    da, db = pa[1].lstrip("R"), pb[1].lstrip("R")
    return pa[0] == pb[0] and da.isdigit() and db.isdigit() and int(db) == int(da) + 1 and \
        a[:len(a) - len(pa[1])] == b[:len(b) - len(pb[1])] and pa[1][:len(pa[1]) - len(da)] == pb[1][:len(pb[1]) - len(db)]


def resolution_page(rng, review):
    """Approved Board resolutions: whereas clauses with other numbers, then
    resolved clauses giving a decision for lists of recommendations."""
    meeting = date(rng)
    rid = ids(rng, rng.randint(3, 20))
    groups, at = [], 0
    decisions = ["approved"] + rng.sample(["rejected", "pending", "passed_through"], rng.randint(0, 2))
    for k, d in enumerate(decisions):
        take = len(rid) - at if k == len(decisions) - 1 else rng.randint(1, max(1, len(rid) - at - (len(decisions) - k - 1)))
        groups.append((d, rid[at:at + take]))
        at += take
    y, m, day = meeting
    out = ["<h1>Approved Board Resolutions | Regular Meeting of the ICANN Board %s</h1>" % spoken(rng, meeting),
           "<h2>%s</h2>" % html.escape(REVIEWS[review]),
           "<p>Whereas, the review team delivered its final report on %s, and Section 4.6(c) of the Bylaws calls for Board action.</p>"
           % spoken(rng, date(rng))]
    truth = []
    for n, (d, items) in enumerate(groups, 1):
        if not items:
            continue
        lst = list_text(rng, items, rng.choice(["full", "rec"]) if rng.random() < 0.8 else "full")
        verb = rng.choice(VERBS[d])
        clause = ("the Board " + verb.format(list=lst)) if "{list}" in verb else ("the Board %s %s" % (verb, lst))
        out.append("<p>Resolved (%04d.%02d.%02d.%02d), %s.</p>" % (y, m, day, 10 + n, clause))
        for i in items:
            truth.append({"review": review, "rec_id": i, "board_action": d,
                          "board_action_date": iso(meeting)})
    out.append("<p>Rationale for Resolutions %04d.%02d.%02d.11 - %04d.%02d.%02d.%02d</p>" % (y, m, day, y, m, day, 10 + len(groups)))
    out.append("<p>The Board approved the budget for fiscal year %d in an earlier meeting.</p>" % (y + 1))
    return out, truth


def action_list_page(rng, review):
    """A paragraph dated by the Board's action, then a list item per
    decision: 'Approved: 1.1, 1.2 and 2.3'."""
    when = date(rng)
    rid = ids(rng, rng.randint(3, 16))
    rng.shuffle(rid)
    out = ["<h1>%s</h1>" % html.escape(REVIEWS[review]),
           "<p>On %s, the Board took action on the %d recommendations of the review team:</p>"
           % (spoken(rng, when), len(rid)), "<ul>"]
    truth, at = [], 0
    kinds = ["approved"] + rng.sample(["rejected", "pending"], rng.randint(0, 2))
    for k, d in enumerate(kinds):
        take = len(rid) - at if k == len(kinds) - 1 else rng.randint(1, len(rid) - at - (len(kinds) - k - 1))
        items = sorted(rid[at:at + take], key=lambda s: [int(x) if x.isdigit() else x for x in s.replace("R", "").replace("LE", "").split(".") if x])
        at += take
        label = rng.choice(ACTION[d][:2])
        out.append("<li>%s: %s</li>" % (html.escape(label), list_text(rng, items, "bare")))
        for i in items:
            truth.append({"review": review, "rec_id": i, "board_action": d,
                          "board_action_date": iso(when)})
    out.append("</ul>")
    return out, truth


def cards_page(rng, review):
    """A title a recommendation - a heading, a bold line or an accordion's
    summary - then its fields as labelled lines, or as a definition list."""
    rid = ids(rng, rng.randint(2, 12))
    level = rng.choice([2, 3])
    # a closed accordion prints its summary alone: these are open
    titled = rng.choice(["heading", "heading", "bold", "details"])
    out = ["<h1>%s: implementation of each recommendation</h1>" % html.escape(review)]
    truth = []
    for i in rid:
        rec = {"review": review, "rec_id": i}
        name = html.escape(rng.choice(["Recommendation ", "Rec. ", "Recommendation #"]) + i
                           + rng.choice(["", ": " + sentence(rng)[:40].rstrip(" .")]))
        out.append({"heading": "<h%d>%s</h%d>" % (level, name, level),
                    "bold": "<p><strong>%s</strong></p>" % name,
                    "details": "<details open><summary>%s</summary>" % name}[titled])
        out.append("<p>%s</p>" % sentence(rng))
        pairs = []
        for field, vocab in (("status", STATUS), ("priority", PRIORITY)):
            if rng.random() < 0.7:
                value = rng.choice(sorted(vocab))
                rec[field] = value
                label = {"status": rng.choice(["Status", "Implementation status"]),
                         "priority": rng.choice(["Priority", "Priority level"])}[field]
                pairs.append((label, rng.choice(vocab[value])))
        lines = ["%s: %s" % p for p in pairs]
        form = rng.random()
        if form < 0.2:
            out.append("<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (html.escape(k), html.escape(v))
                                               for k, v in pairs))
        elif form < 0.6:
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html.escape(t) for t in lines))
        else:
            out.extend("<p>%s</p>" % html.escape(t) for t in lines)
        if titled == "details":
            out.append("</details>")
        if len(rec) > 2:  # a card that says nothing of it makes no record
            truth.append(rec)
    return out, truth


def sections_page(rng, review):
    """A resolution whose sections carry the decision for the topics
    listed under them ("Section A, which details the recommendations
    that the Board adopts", then "Topic 3: Data access (3.1 and 3.2)")."""
    meeting = date(rng)
    rid = ids(rng, rng.randint(4, 18))
    cut = rng.randint(1, len(rid) - 1)
    out = ["<h1>Approved Board Resolutions | Special Meeting of the ICANN Board %s</h1>" % spoken(rng, meeting),
           "<p>Resolved (%04d.%02d.%02d.01), the Board adopts the scorecard titled \"%s Board Action\".</p>"
           % (meeting + (review,))]
    truth = []
    for name, (d, verb), items in (("A", ("approved", "adopts"), rid[:cut]),
                                   ("B", ("rejected", "does not adopt"), rid[cut:])):
        out.append("<p>Section %s, which details the recommendations that the Board %s:</p>" % (name, verb))
        out.append("<ul>")
        k = 0
        while k < len(items):
            take = items[k:k + rng.randint(1, 3)]
            out.append("<li>Topic %d: %s (%s)</li>" % (k + 1, sentence(rng)[:30].rstrip(" ."),
                                                       list_text(rng, take, "bare")))
            k += len(take)
        out.append("</ul>")
        for i in items:
            truth.append({"review": review, "rec_id": i, "board_action": d,
                          "board_action_date": iso(meeting)})
    return out, truth


def scorecard_page(rng, review):
    """A Board's scorecard: a ruled table, over pages at times (its header
    in <thead>, repeated on each page), on a landscape page at times,
    whose recommendations decided together share one Board action cell
    (a rowspan, its text set in the middle or at the top of the rows it
    spans), at times one status or rationale cell too; a rationale that
    names other recommendations and verbs of decisions that are not the
    row's; a title across the table over its header, a header of two rows
    (a group's name over the columns it spans), the meeting's date in the
    title, a column of the dates of the rows' actions, footnote marks on
    cells (<sup> numbers) and their notes under the table, at times."""
    n = rng.randint(4, 40)
    rid = ids(rng, n)
    fields = ["board_action"] + [f for f in ("status", "priority") if rng.random() < 0.5]
    if rng.random() < 0.7:
        fields.append("description")
    rng.shuffle(fields)
    cols = ["id"] + fields + (["notes"] if rng.random() < 0.5 else [])
    if rng.random() < 0.25:  # each row's Board action dated in a column of its own
        at = cols.index("board_action")
        cols.insert(at + rng.choice([0, 1]), "action_date")
    valign = rng.choice(["middle", "middle", "top"])
    page = "@page { size: landscape } " if rng.random() < 0.3 else ""
    out = ["<style>%stable.sc { border-collapse: collapse } table.sc td, table.sc th "
           "{ border: 1px solid #444; padding: 3px 6px; vertical-align: %s }</style>" % (page, valign),
           "<h1>%s Board action scorecard</h1>" % html.escape(review), "<p>%s</p>" % sentence(rng)]
    met = date(rng) if rng.random() < 0.5 else None
    if met:
        out.insert(2, "<h2>Board meeting of %s</h2>" % spoken(rng, met))
    head = grouped_head(rng, cols) if rng.random() < 0.3 else [
        ["<th>%s</th>" % html.escape(rng.choice(HEAD[c])) for c in cols]]
    if rng.random() < 0.2:
        head.insert(0, ['<th colspan="%d">%s</th>' % (len(cols), html.escape(REVIEWS[review]))])
    rows, truth, k = [], [], 0
    while k < n:
        run = min(n - k, rng.choice([1, 1, 2, 3, 4]))
        shared = {c: rng.choice(sorted(vocab)) for c, vocab in
                  (("board_action", ACTION), ("status", STATUS)) if c in cols and (c == "board_action" or rng.random() < 0.3)}
        if "notes" in cols and rng.random() < 0.5:
            shared["notes"] = rationale(rng, rid)
        acted = date(rng)
        for j in range(run):
            rec = {"review": review, "rec_id": rid[k + j]}
            if met:
                rec["board_action_date"] = iso(met)
            row = []
            for c in cols:
                if c == "id":
                    row.append("<td>%s</td>" % rid[k + j])
                elif c == "action_date":
                    rec["board_action_date"] = iso(acted)
                    row.append("<td>%s</td>" % rng.choice([spoken(rng, acted), iso(acted)]))
                elif c == "description":
                    row.append("<td>%s</td>" % sentence(rng))
                elif c == "notes" and c not in shared:
                    row.append("<td>%s</td>" % rationale(rng, rid))
                elif c in shared:
                    if j == 0:
                        text = shared[c] if c == "notes" else rng.choice(
                            {"status": STATUS, "board_action": ACTION}[c][shared[c]])
                        row.append('<td rowspan="%d">%s</td>' % (run, html.escape(text)))
                    if c != "notes":
                        rec[c] = shared[c]
                else:
                    vocab = {"status": STATUS, "board_action": ACTION, "priority": PRIORITY}[c]
                    rec[c] = rng.choice(sorted(vocab))
                    row.append("<td>%s</td>" % html.escape(rng.choice(vocab[rec[c]])))
            rows.append(row)
            truth.append(rec)
        k += run
    notes = footnote_marks(rng, rows) if rng.random() < 0.3 else []
    out.append('<table class="sc" border="1" cellspacing="0">')
    out.append("<thead>" + "".join("<tr>" + "".join(r) + "</tr>" for r in head) + "</thead>")
    out.extend("<tr>" + "".join(r) + "</tr>" for r in rows)
    out.append("</table>")
    out.extend("<p><sup>%d</sup> %s</p>" % (k + 1, note) for k, note in enumerate(notes))
    return out, truth


def footnote_marks(rng, rows):
    """Marks some cells (ids, values, texts) with a footnote's number set
    as a superscript; returns the notes' texts."""
    notes = []
    for r in rows:
        for i, c in enumerate(r):
            if rng.random() < 0.15:
                notes.append(sentence(rng))
                r[i] = c[:-len("</td>")] + "<sup>%d</sup></td>" % len(notes)
    return notes


def grouped_head(rng, cols):
    """A header of two rows: a group's name over two or more of the
    columns after the id, each of the others named once over both rows."""
    at = rng.randint(1, len(cols) - 2) if len(cols) >= 3 else None
    top, names = [], []
    for k, c in enumerate(cols):
        name = html.escape(rng.choice(HEAD[c]))
        if at is not None and k == at:
            top.append('<th colspan="%d">%s</th>' % (len(cols) - at, rng.choice(["Board", "Assessment", "Decision"])))
        if at is not None and k >= at:
            names.append("<th>%s</th>" % name)
        else:
            top.append('<th rowspan="2">%s</th>' % name)
    return [top, names] if names else [top]


def rationale(rng, rid):
    """A scorecard's note: it names another recommendation and a decision
    that is not its row's."""
    other = rng.choice(rid)
    return rng.choice(["See Recommendation %s.", "The Board may approve this once %s is done.",
                       "Depends on Recommendation %s; the Board rejected a similar proposal in 2019.",
                       "Considered with %s, which is pending."]) % other


LAYOUTS = {"status": status_page, "resolution": resolution_page, "actionlist": action_list_page,
           "cards": cards_page, "sections": sections_page,
           "scorecard": scorecard_page}
FIELDS = ["review", "rec_id", "board_action", "board_action_date", "status", "priority"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=30, help="pages of each layout")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for layout, make in LAYOUTS.items():
        for k in range(a.count):
            rng = random.Random("%d-%s-%d" % (a.seed, layout, k))
            review = rng.choice(sorted(REVIEWS))
            body, truth = make(rng, review)
            ident = "%s-%d-%d" % (layout, a.seed, k)
            with open(os.path.join(a.out, ident + ".html"), "w", encoding="utf-8") as f:
                f.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title>\n%s</head>\n<body>\n%s\n</body></html>\n'
                        % (html.escape(review), STYLE, "\n".join(body)))
            with open(os.path.join(a.out, ident + ".truth.csv"), "w", encoding="utf-8", newline="") as f:
                w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
                w.writeheader()
                for r in truth:
                    w.writerow({k: r.get(k, "") for k in FIELDS})


if __name__ == "__main__":
    main()
