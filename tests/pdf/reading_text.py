"""reading_text.py - the text of the reading-order test documents, shared
by their producers (make-reading.py, make-reading.sh). Written for
recwatch's tests; the facts follow the shape of a Board resolution."""
import textwrap

RUNNING_HEAD = "Board resolutions - test document"

# ---- a Resolved sentence over a page break --------------------------------
PAGEBREAK_TITLE = "Approved Board Resolutions 16 March 2023"
# the ids the Resolved sentence lists: every one must be read
PAGEBREAK_IDS = ["%d.%d" % (a, b) for a in range(1, 25) for b in (1, 2, 3)]
PAGEBREAK_FILLER_RL = 11    # Whereas paragraphs before it (ReportLab layout)
PAGEBREAK_FILLER_LO = 10


def whereas(n):
    return ("Whereas, consideration %d: the review team met with the community "
            "in several public sessions, published its draft findings for "
            "comment, and took the comments it received into account before "
            "the final report was sent to the Board for its action on the "
            "recommendations it holds." % n)


def pagebreak_story(filler):
    ids = ", ".join(PAGEBREAK_IDS[:-1]) + " and " + PAGEBREAK_IDS[-1]
    parts = [("title", PAGEBREAK_TITLE),
             ("h2", "Board Action on the SSR2 Final Report")]
    parts += [("p", whereas(n)) for n in range(1, filler + 1)]
    parts.append(("p", "Resolved (2023.03.16.07), the Board approves SSR2 "
                       "Recommendations " + ids + ", as set out in the "
                       "scorecard, and directs the President and CEO, or "
                       "his designee(s), to implement them."))
    parts.append(("p", "Published on 20 March 2023."))
    return parts


# ---- two columns --------------------------------------------------------------
COLUMNS_TITLE = "Approved Board Resolutions 22 October 2023"
COLUMNS_APPROVED = ["%d.%d" % (a, b) for a in range(1, 9) for b in (1, 2, 3, 4)]
COLUMNS_PENDING = ["%d.%d" % (a, b) for a in range(9, 17) for b in (1, 2, 3)]
COLUMNS_REJECTED = ["%d.%d" % (a, b) for a in range(17, 20) for b in (1, 2)]
COLUMNS_FILLER_RL = (5, 6)  # Whereas paragraphs before each list (ReportLab)
COLUMNS_FILLER_LO = (5, 6)


def id_list(ids):
    return ", ".join(ids[:-1]) + " and " + ids[-1]


def columns_story(filler):
    parts = [("title", COLUMNS_TITLE),
             ("h2", "Board Action on the CCT Recommendations"),
             ("p", "The Board took the following actions on the final report "
                   "of the Competition, Consumer Trust and Consumer Choice "
                   "review at its meeting.")]
    parts += [("p", whereas(n)) for n in range(1, filler[0] + 1)]
    parts.append(("p", "Resolved (2023.10.22.01), the Board approves CCT "
                       "Recommendations " + id_list(COLUMNS_APPROVED) + " and "
                       "directs ICANN org to implement them as planned."))
    parts += [("p", whereas(n)) for n in range(filler[0] + 1, filler[0] + filler[1] + 1)]
    parts.append(("p", "Resolved (2023.10.22.02), the Board places CCT "
                       "Recommendations " + id_list(COLUMNS_PENDING) + " in "
                       "pending status until the data they need is gathered."))
    parts.append(("p", "Resolved (2023.10.22.03), the Board rejects CCT "
                       "Recommendations " + id_list(COLUMNS_REJECTED) + ", for "
                       "the reasons in the scorecard."))
    parts.append(("p", "Published on 25 October 2023."))
    return parts


# ---- a sideways scorecard ------------------------------------------------------
SIDEWAYS_TITLE = "RDS-WHOIS2 Scorecard - Board Action 25 February 2020"
SCORECARD_HEAD = ["Rec #", "Recommendation", "Board Action", "Status"]
SCORECARD_ROWS = [
    ["R1.1", "Treat registration data policy as a strategic priority of the organisation.",
     "Approved", "Complete"],
    ["R1.2", "Set up a forward-looking mechanism to watch legislative change.",
     "Approved", "In progress"],
    ["R3.1", "Update the registration data web pages so that users find them.",
     "Approved", "Complete"],
    ["R4.1", "Publish the compliance team's enforcement metrics every quarter.",
     "Placed in pending", "Not started"],
    ["R5.1", "Measure the accuracy of registration data with a sample each year.",
     "Rejected", "Not started"],
    ["R10.1", "Review the privacy and proxy services policy once it is adopted.",
     "Approved", "In progress"],
]

# ---- upside down -----------------------------------------------------------
UPSIDE_TITLE = "Board Action 1 May 2022"
UPSIDE_TEXT = ("Resolved (2022.05.01.05), the Board approves SSR2 Recommendation "
               "5.4 and rejects SSR2 Recommendations 19.1 and 19.2, for the "
               "reasons given in the scorecard.")


def wrap(text, width):
    return textwrap.wrap(text, width) or [""]


# ---- column heads set on end -------------------------------------------------
ROTHEAD_HEAD = ["Rec #", "Approved", "Rejected", "Pending", "Recommendation"]
ROTHEAD_ON_END = (1, 2, 3)  # the heads printed reading upwards
ROTHEAD_ROWS = [["1.1", "x", "", "", "Publish the compliance report"],
                ["1.2", "", "x", "", "Train the Board every year"],
                ["1.3", "", "", "x", "Review the budget lines"]]
