#!/usr/bin/python3
"""make-reading-docs.py DIR - writes the sources of the reading-order test
documents that other producers than ReportLab print (make-reading.sh
runs them through LibreOffice and Chromium):
  reading-pagebreak.fodt   LibreOffice: a Resolved sentence over a page
                           break, running head and "... | Page N of 2";
  reading-columns.fodt     LibreOffice: the two-column resolution;
  reading-rtl.fodt         LibreOffice: a ruled table with Arabic and
  reading-rtl.html         Chromium:    Hebrew cells, mixed with Latin
                                        and digits;
  reading-sideways.html    Chromium: the scorecard turned 90 degrees on
                           page 1 and 270 on page 2;
  reading-upside-down.html Chromium: a page turned upside down;
  reading-rothead.html     Chromium: column heads set on end.
It also writes tests/pdf/reading-rtl.table.csv, the RTL table as it is
read (logical order), from the same text."""
import html
import os
import sys

import reading_text as T

HERE = os.path.dirname(os.path.abspath(__file__))

RTL_HEAD = ["Rec #", "Recommendation", "Board Action"]
RTL_ROWS = [
    ["1.1", "\u0646\u0634\u0631 \u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u0627\u0644\u0633\u0646\u0648\u064a", "Approved", "rtl"],
    ["1.2", "\u05e4\u05e8\u05e1\u05d5\u05dd \u05d3\u05d5\u05d7 \u05d4\u05e6\u05d9\u05d5\u05ea \u05d4\u05e9\u05e0\u05ea\u05d9", "Approved", "rtl"],
    ["1.3", "\u062a\u062d\u062f\u064a\u062b \u0627\u0644\u0633\u064a\u0627\u0633\u0629 \u0631\u0642\u0645 42 \u0642\u0628\u0644 2024", "Rejected", "rtl"],
    ["1.4", "Publish the yearly report in English", "\u0645\u0648\u0627\u0641\u0642", "ltr"],
    ["1.5", "\u05e2\u05d3\u05db\u05d5\u05df \u05d4\u05de\u05d3\u05d9\u05e0\u05d9\u05d5\u05ea ICANN \u05d1\u05e9\u05e0\u05ea 2024", "Approved", "rtl"],
    ["1.6", "\u0645\u0631\u0627\u062c\u0639\u0629 \u0633\u064a\u0627\u0633\u0629 \u0627\u0644\u062e\u0635\u0648\u0635\u064a\u0629", "\u0645\u0631\u0641\u0648\u0636", "rtl"],
    # punctuation at a word's edge, a hyphen and brackets inside a line
    ["1.7", "\u05ea\u05db\u05e0\u05d9\u05ea \u05e8\u05d1-\u05e9\u05e0\u05ea\u05d9\u05ea (\u05d8\u05d9\u05d5\u05d8\u05d4)", "Approved", "rtl"],
    ["1.8", "\u05e1\u05d8\u05d8\u05d5\u05e1: \u05d4\u05d5\u05e9\u05dc\u05dd", "Approved", "rtl"],
    ["1.9", "\u0645\u0631\u0627\u062c\u0639\u0629 (\u0627\u0644\u0645\u0631\u062d\u0644\u0629 2):", "Approved", "rtl"],
]
RTL_TITLE = "Scorecard in three scripts"

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"
     style:font-name-complex="DejaVu Sans" style:font-size-complex="10pt"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0.2in" fo:orphans="2" fo:widows="2"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Foot" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0in"/>
   <style:text-properties fo:font-size="8pt"/>
  </style:style>
  <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Foot">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="CellRtl" style:family="paragraph" style:parent-style-name="Cell">
   <style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="start"/>
  </style:style>
  <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in"
     fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="1in" fo:margin-right="1in"/>
   <style:header-style><style:header-footer-properties fo:min-height="0in" fo:margin-bottom="0.3in"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="0.3in"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="Two" style:family="section">
   <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.35in"/></style:section-properties>
  </style:style>
  <style:style style:name="Grid" style:family="table">
   <style:table-properties style:width="6.5in" table:align="margins"/>
  </style:style>
  <style:style style:name="Grid.A" style:family="table-column"><style:table-column-properties style:column-width="0.8in"/></style:style>
  <style:style style:name="Grid.B" style:family="table-column"><style:table-column-properties style:column-width="4.1in"/></style:style>
  <style:style style:name="Grid.C" style:family="table-column"><style:table-column-properties style:column-width="1.6in"/></style:style>
  <style:style style:name="Grid.Cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.05in" fo:border="0.5pt solid #000000"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Head">%(head)s</text:p></style:header>
   <style:footer><text:p text:style-name="Foot">%(foot)s | Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>2</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
"""
FODT_TAIL = """  </office:text>
 </office:body>
</office:document>
"""
FODT_STYLE = {"title": "Title", "h2": "H2", "p": "Standard"}


def esc(s):
    return html.escape(s, quote=False)


def fodt(name, foot, body):
    with open(name, "w", encoding="utf-8") as f:
        f.write(FODT_HEAD % {"head": esc(T.RUNNING_HEAD), "foot": esc(foot)})
        f.write(body)
        f.write(FODT_TAIL)


def paragraphs(parts):
    return "".join('   <text:p text:style-name="%s">%s</text:p>\n' % (FODT_STYLE[k], esc(t))
                   for k, t in parts)


def pagebreak(d):
    fodt(os.path.join(d, "reading-pagebreak.fodt"), T.PAGEBREAK_TITLE,
         paragraphs(T.pagebreak_story(filler=T.PAGEBREAK_FILLER_LO)))


def columns(d):
    parts = T.columns_story(T.COLUMNS_FILLER_LO)
    body = paragraphs(parts[:2])
    body += '   <text:section text:style-name="Two" text:name="Two">\n'
    body += paragraphs(parts[2:])
    body += '   </text:section>\n'
    fodt(os.path.join(d, "reading-columns.fodt"), T.COLUMNS_TITLE, body)


def rtl_fodt(d):
    cell = '<table:table-cell table:style-name="Grid.Cell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
    rows = ["<table:table-row>" + "".join(cell % ("CellHead", esc(h)) for h in RTL_HEAD) + "</table:table-row>"]
    for r in RTL_ROWS:
        style = "CellRtl" if r[3] == "rtl" else "Cell"
        third = "CellRtl" if any(ord(c) > 0x590 for c in r[2]) else "Cell"
        rows.append("<table:table-row>" + cell % ("Cell", esc(r[0])) + cell % (style, esc(r[1])) +
                    cell % (third, esc(r[2])) + "</table:table-row>")
    body = paragraphs([("title", RTL_TITLE)])
    body += ('   <table:table table:name="Grid" table:style-name="Grid">\n'
             '    <table:table-column table:style-name="Grid.A"/><table:table-column table:style-name="Grid.B"/>'
             '<table:table-column table:style-name="Grid.C"/>\n    ' + "\n    ".join(rows) +
             "\n   </table:table>\n")
    fodt(os.path.join(d, "reading-rtl.fodt"), RTL_TITLE, body)


HTML_HEAD = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title>
<style>
@page { size: 8.5in 11in; margin: 0.6in; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; margin: 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #000; padding: 3px 5px; vertical-align: top; text-align: start; }
th { font-weight: bold; }
%s
</style></head><body>
"""


def html_table(head, rows, widths):
    out = ["<table>", "<tr>" + "".join('<th style="width:%dpx">%s</th>' % (w, esc(h))
                                        for h, w in zip(head, widths)) + "</tr>"]
    for r in rows:
        cells = []
        for c in r[:len(head)]:
            rtl = any(0x590 <= ord(ch) <= 0x8ff for ch in c)
            cells.append('<td%s>%s</td>' % (' dir="rtl"' if rtl else "", esc(c)))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def rtl_html(d):
    with open(os.path.join(d, "reading-rtl.html"), "w", encoding="utf-8") as f:
        f.write(HTML_HEAD % (RTL_TITLE, ""))
        f.write("<h1>%s</h1>\n" % RTL_TITLE)
        f.write(html_table(RTL_HEAD, RTL_ROWS, (60, 330, 140)))
        f.write("\n</body></html>\n")


def sideways_html(d):
    # each page holds a box as tall as the page's text, turned about its
    # centre: the table inside reads from the top down (90) or bottom up
    css = (".page { width: 7.3in; height: 9.6in; position: relative; page-break-after: always; }\n"
           ".turn { position: absolute; width: 9.4in; height: 7.2in; left: -1.05in; top: 1.2in; }\n"
           ".r90 { transform: rotate(90deg); } .r270 { transform: rotate(-90deg); }\n"
           "h2 { font-size: 13pt; }")
    with open(os.path.join(d, "reading-sideways.html"), "w", encoding="utf-8") as f:
        f.write(HTML_HEAD % (T.SIDEWAYS_TITLE, css))
        for cls in ("r90", "r270"):
            f.write('<div class="page"><div class="turn %s"><h2>%s</h2>\n' % (cls, esc(T.SIDEWAYS_TITLE)))
            f.write(html_table(T.SCORECARD_HEAD, T.SCORECARD_ROWS, (60, 380, 140, 140)))
            f.write("</div></div>\n")
        f.write("</body></html>\n")


def upside_down_html(d):
    css = "body { transform: rotate(180deg); transform-origin: 50% 4.9in; } p { font-size: 11pt; }"
    with open(os.path.join(d, "reading-upside-down.html"), "w", encoding="utf-8") as f:
        f.write(HTML_HEAD % (T.UPSIDE_TITLE, css))
        f.write("<h1>%s</h1>\n<p>%s</p>\n</body></html>\n" % (esc(T.UPSIDE_TITLE), esc(T.UPSIDE_TEXT)))


def rothead_html(d):
    css = (".on-end { writing-mode: vertical-rl; transform: rotate(180deg); height: 70px; }\n"
           "td, th { min-width: 30px; }")
    with open(os.path.join(d, "reading-rothead.html"), "w", encoding="utf-8") as f:
        f.write(HTML_HEAD % ("Tick columns", css))
        f.write("<table>\n<tr>")
        for k, head in enumerate(T.ROTHEAD_HEAD):
            inner = '<div class="on-end">%s</div>' % esc(head) if k in T.ROTHEAD_ON_END else esc(head)
            f.write('<th style="vertical-align: bottom">%s</th>' % inner)
        f.write("</tr>\n")
        for row in T.ROTHEAD_ROWS:
            f.write("<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>\n")
        f.write("</table>\n</body></html>\n")


def expected_rtl():
    with open(os.path.join(HERE, "reading-rtl.table.csv"), "w", encoding="utf-8") as f:
        for r in [RTL_HEAD] + [r[:3] for r in RTL_ROWS]:
            f.write(",".join(r) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make-reading-docs.py DIR")
    for make in (pagebreak, columns, rtl_fodt, rtl_html, sideways_html, upside_down_html,
                 rothead_html):
        make(sys.argv[1])
    expected_rtl()
