#!/usr/bin/python3
"""resolution-2022-05-01.py OUT.pdf - the approved resolutions of a
Special Meeting of the ICANN Board on 1 May 2022, as prose (ReportLab).

What the sample exercises: the meeting date in the title; Whereas clauses
that carry other dates and name the same recommendations; Resolved
clauses numbered 2022.05.01.NN; items on the same page that approve
things that are not recommendations ("Section 4.6(c)", "Section
12.2(c)(ii)", minutes, budgets). Fonts are the standard 14 (not embedded)."""
import sys

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14,
                      spaceAfter=7, alignment=TA_LEFT)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold",
                       fontSize=14, leading=18, spaceAfter=4)
DATE = ParagraphStyle("date", parent=BODY, fontName="Helvetica", fontSize=12,
                      spaceAfter=14)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=13,
                    leading=16, spaceBefore=10, spaceAfter=6)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11,
                    leading=14, spaceBefore=8, spaceAfter=5)
TOC = ParagraphStyle("toc", parent=BODY, leftIndent=18, spaceAfter=2)
TOC2 = ParagraphStyle("toc2", parent=TOC, leftIndent=36)

TITLE_TEXT = "Approved Board Resolutions | Special Meeting of the ICANN Board"
SCORECARD = "\u201cScorecard: SSR2 Pending Recommendations \u2013 Board Action 1 May 2022\u201d"

STORY = [
    (TITLE, TITLE_TEXT),
    (DATE, "1 May 2022"),
    (TOC, "1. Consent Agenda:"),
    (TOC2, "a. Approval of Board Meeting Minutes"),
    (TOC2, "b. Amendment of Section 4.6(c) of the ICANN Bylaws"),
    (TOC2, "c. Appointment to the Root Server System Advisory Committee"),
    (TOC, "2. Main Agenda:"),
    (TOC2, "a. Board Action on Three Pending SSR2 Recommendations"),
    (TOC2, "b. AOB"),

    (H2, "1. Consent Agenda:"),
    (H3, "a. Approval of Board Meeting Minutes"),
    (BODY, "Resolved (2022.05.01.01), the Board approves the minutes of the "
           "10 March 2022 Regular Meeting of the ICANN Board."),

    (H3, "b. Amendment of Section 4.6(c) of the ICANN Bylaws"),
    (BODY, "Whereas, Section 4.6(c) of the Bylaws requires the Board to cause a "
           "periodic review of ICANN\u2019s execution of its commitment to the "
           "security, stability and resiliency of the systems of unique "
           "identifiers it coordinates, no less often than every five years."),
    (BODY, "Whereas, on 10 March 2022 the Board deferred the start of the third "
           "review of this kind, and asked ICANN org to propose a change to the "
           "timing rules in Section 4.6(c)(iii) and Section 12.2(c)(ii)."),
    (BODY, "Resolved (2022.05.01.02), the Board approves the amendment of "
           "Section 4.6(c) of the Bylaws set out in the Reference Materials, and "
           "directs ICANN org to post it for public comment for no less than "
           "40 days."),
    (BODY, "Resolved (2022.05.01.03), the Board approves the conforming change "
           "to Section 12.2(c)(ii), to take effect with the amendment of "
           "Section 4.6(c)."),
    (BODY, "<b>Rationale for Resolutions 2022.05.01.02 \u2013 2022.05.01.03</b>"),
    (BODY, "The amendment lets the community plan Phase 2 of the review cycle "
           "around the work already under way, including the implementation of "
           "the recommendations of earlier reviews. It has no fiscal impact "
           "beyond the FY23 budget."),

    (H3, "c. Appointment to the Root Server System Advisory Committee"),
    (BODY, "Whereas, the Root Server System Advisory Committee asked the Board on "
           "2 April 2022 to appoint a new member for a term ending 31 December "
           "2024."),
    (BODY, "Resolved (2022.05.01.04), the Board appoints the nominee named in "
           "the request of 2 April 2022 to the Root Server System Advisory "
           "Committee, for a term ending 31 December 2024."),

    (H2, "2. Main Agenda:"),
    (H3, "a. Board Action on Three Pending SSR2 Recommendations"),
    (BODY, "Whereas, on 25 January 2021 the Second Security, Stability, and "
           "Resiliency (SSR2) Review Team submitted its Final Report, with 63 "
           "recommendations, to the Board."),
    (BODY, "Whereas, on 22 July 2021 the Board approved 13 of those "
           "recommendations, rejected 16, and placed 34 recommendations, "
           "including Recommendations 5.4, 19.1 and 19.2, into pending status "
           "(Resolutions 2021.07.22.10 \u2013 2021.07.22.13)."),
    (BODY, "Whereas, ICANN org has since worked with the SSR2 Implementation "
           "Shepherds to clarify what the pending recommendations intend, and on "
           "14 April 2022 gave the Board its assessment of Recommendations 5.4, "
           "19.1 and 19.2."),
    (BODY, "Resolved (2022.05.01.05), the Board approves Recommendation 5.4, as "
           "set out in the scorecard titled " + SCORECARD + ", and directs the "
           "President and CEO, or his designee(s), to implement it."),
    (BODY, "Resolved (2022.05.01.06), the Board rejects Recommendations 19.1 and "
           "19.2, for the reasons given in the scorecard and in the rationale "
           "below."),
    (BODY, "<b>Rationale for Resolutions 2022.05.01.05 \u2013 2022.05.01.06</b>"),
    (BODY, "<i>Why is the Board addressing the issue?</i> The Bylaws require the "
           "Board to act on each recommendation of a Specific Review. When it "
           "placed 34 SSR2 recommendations into pending status, the Board "
           "committed to act on them once it had the information it needed. It "
           "now has that information for three of them."),
    (BODY, "<i>What is the Board\u2019s decision?</i> Implementing Recommendation "
           "5.4 makes ICANN org\u2019s security work easier to follow and can be "
           "done within existing resources. Recommendations 19.1 and 19.2 ask "
           "ICANN org to build and run software testing that belongs with the "
           "makers of resolver software; the cost would fall on ICANN\u2019s "
           "budget without a matching benefit. The other 31 pending "
           "recommendations stay in pending status, and the Board expects to "
           "take them up at a later meeting."),
    (BODY, "<i>Is there a fiscal impact?</i> The work on Recommendation 5.4 is "
           "expected to fit within the FY23 operating plan."),
    (H3, "b. AOB"),
    (BODY, "No resolutions were taken under this item."),
    (BODY, "Published on 5 May 2022"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(inch, 0.6 * inch, TITLE_TEXT + " 1 May 2022")
    canvas.drawRightString(letter[0] - inch, 0.6 * inch, "Page %d" % doc.page)
    canvas.restoreState()


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: resolution-2022-05-01.py OUT.pdf")
    doc = SimpleDocTemplate(sys.argv[1], pagesize=letter, leftMargin=inch,
                            rightMargin=inch, topMargin=0.9 * inch,
                            bottomMargin=0.9 * inch, title=TITLE_TEXT + " 1 May 2022",
                            author="ICANN Board", invariant=1)
    doc.build([Paragraph(text, style) for style, text in STORY] + [Spacer(1, 1)],
              onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    main()
