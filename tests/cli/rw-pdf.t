# rw-pdf: PDF -> block stream. Fixtures in tests/pdf (make-fixtures.py).

=== help goes to stdout and exits 0
cmd: rw-pdf --help
status: 0
stdout-has: usage: rw-pdf

=== title is the biggest line of page 1, not the metadata title
cmd: rw-pdf tests/pdf/scorecard.pdf | head -1
status: 0
stdout-has: "kind":"document"
stdout-has: "format":"pdf","text":"Example Review Scorecard","page":1

=== bold line is a heading, the paragraph mends the hyphenated word and keeps curly quotes
cmd: rw-pdf tests/pdf/scorecard.pdf
status: 0
stdout-has: {"kind":"heading","text":"Summary","locator":"page 1, line 3","level":2
stdout-has: "text":"The Board considered the final report and its recommendations. The implementation of each one is tracked below, with the “status” as of the date of this scorecard.","locator":"page 1, line 4"

=== running head and "Page N of M" are furniture everywhere: out of the text, marked in the stream
cmd: rw-pdf tests/pdf/scorecard.pdf
status: 0
check: test "$(grep 'implementation scorecard' $OUT | grep -c '"furniture":true')" = 2
check: test "$(grep -c 'implementation scorecard' $OUT)" = 2
check: grep 'Page 1 of 2' $OUT | grep -q '"kind":"paragraph".*"furniture":true'
check: test "$(grep -c 'Page 2 of 2' $OUT)" = 1
check: grep 'Page 2 of 2' $OUT | grep -q '"furniture":true'

=== lattice cells join the lines of a cell; locators count from 1
cmd: rw-pdf tests/pdf/scorecard.pdf
status: 0
stdout-has: "text":"Work started; a second line follows in the same cell.","locator":"page 1, table 1, row 3, col 4","table":1,"row":2,"col":3,"page":1

=== a table going on over a page break keeps its number; its repeated header goes; the row the break cut is one row
cmd: rw-pdf tests/pdf/scorecard.pdf | grep '"kind":"cell"'
status: 0
stdout-has: "text":"This note goes on on the next page.","locator":"page 1, table 1, row 5, col 4","table":1,"row":4,"col":3,"page":1
stdout-has: "text":"3.1","locator":"page 2, table 1, row 6, col 1","table":1,"row":5,"col":0,"page":2
check: test "$(grep -c '"text":"Rec #"' $OUT)" = 1

=== a ruled cell spanning rows: its text in its top-left slot, a copy marked span in each slot it covers
cmd: rw-pdf tests/pdf/merged.pdf | grep '"kind":"cell"'
status: 0
stdout-has: "text":"Approved","locator":"page 1, table 1, row 2, col 3","table":1,"row":1,"col":2,"page":1
stdout-has: "text":"Approved","locator":"page 1, table 1, row 3, col 3","table":1,"row":2,"col":2,"span":true,"page":1
stdout-has: "text":"Approved","locator":"page 1, table 1, row 4, col 3","table":1,"row":3,"col":2,"span":true,"page":1
stdout-has: "text":"Rejected","locator":"page 1, table 1, row 5, col 3","table":1,"row":4,"col":2,"page":1
check: test "$(grep -c '"span":true' $OUT)" = 2

=== the tables of a PDF show a spanning cell once, as the page does
cmd: rw-pdf tests/pdf/merged.pdf | rw-tables
status: 0
stdout:
| Rec #,Status,Board action
| 1,Complete,Approved
| 2,In progress,
| 3,Not started,
| 4,Complete,Rejected

=== a ruled cell the page break cuts, whose text runs on under the table's last line (left open under it), keeps its lines, and the table goes on over the page: its part on the next page is a copy of it
cmd: rw-pdf tests/pdf/runon.pdf | rw-tables
status: 0
stdout:
| Rec #,Status,Board action
| 1,Complete,Rejected
| 2,In progress,Pending
| 3,Not started,"Approved, subject to prioritization and costing"
| 4,Complete,
| 5,Not started,
check: rw-pdf tests/pdf/runon.pdf | grep '"row":5,"col":2' | grep -q '"text":"Approved, subject to prioritization and costing","locator":"page 2, table 1, row 6, col 3"'

=== a ruled cell the page break cuts, left open at its foot, whose rest the next page sets in its part there: that part reads the two halves joined, and the rows it spans read it
cmd: rw-pdf tests/pdf/goeson.pdf | rw-match | jq -r 'select(.field == "board_action") | [.rec_id, .value, .raw] | join(" | ")'
status: 0
stdout:
| 1 | rejected | Rejected
| 2 | pending | Pending
| 3 | approved | Approved, subject to
| 4 | approved | Approved, subject to prioritization and costing
| 5 | approved | Approved, subject to prioritization and costing

=== a table without rules going on over a page break, its next page starting with a section row (a name in the first column alone, the header not repeated): the section row is the piece's first row, not a heading that parts the table
cmd: rw-pdf tests/pdf/sections.pdf | rw-tables
status: 0
stdout:
| Rec #,Status,Board action
| 1.1,Complete,Approved
| 1.2,In progress,Approved
| Recommendations on data,,
| 2.1,Not started,Pending
| 2.2,Complete,Passed through to the Council
| 2.3,In progress,Rejected
| Recommendations on trust,,
| 3.1,Complete,Approved
| 3.2,Not started,Pending
| 3.3,In progress,Passed through to the Council

=== a number alone on a paragraph's last line ends its sentence ("... 7.1 through" over "7.3."), not a list item; numbers with text after them start items
cmd: rw-pdf tests/pdf/numbers.pdf | jq -r 'select(.kind == "paragraph") | .text'
status: 0
stdout:
| Resolved (2024.11.18.11), the Board adopts Recommendations 2.1, 3.1, 3.2 and 7.1 through 7.3.
| 1. The Board asks the team to report in June.
| 2. The Board thanks the review team.

=== a footnote's mark set as a superscript joins its word, written as the superscript digit it shows
cmd: rw-pdf tests/pdf/footnotes.pdf | rw-tables
status: 0
stdout:
| Rec #,Board action,Status
| 1.1¹,Approved²,Complete
| 1.2,Rejected,In progress³
| 1.3,Pending,Not started

=== one table number over the whole document
cmd: rw-pdf tests/pdf/scorecard.pdf | grep '"kind":"table"'
status: 0
stdout-lines: 2
check: ! grep -q '"table":2' $OUT

=== stream table in auto mode: whitespace columns, a line with an empty first column continues the row
cmd: rw-pdf tests/pdf/stream.pdf | rw-tables
status: 0
stdout:
| Rec,Status,Priority,Update
| 5.1,Complete,P1,Published in May.
| 5.2,In progress,P2,Draft shared with the community.
| 5.3,Not started,P3,None yet.

=== text after a stream table is a paragraph, not a row
cmd: rw-pdf tests/pdf/stream.pdf
status: 0
stdout-has: {"kind":"paragraph","text":"Text after the table is a paragraph of its own.","locator":"page 1, line 7"

=== --method stream: every line of the area is a row
cmd: rw-pdf --method stream --area 100,60,170,400 tests/pdf/stream.pdf | rw-tables
status: 0
stdout:
| Rec,Status,Priority,Update
| 5.1,Complete,P1,Published in May.
| 5.2,In progress,P2,Draft shared with
| ,,,the community.
| 5.3,Not started,P3,None yet.

=== --method stream over a whole page: each table area found (as auto mode finds it) is read a line a row, its columns from the line chunks most of its lines have (Camelot's stream columns), so a title as wide as the page and group names over two columns join none; the title and the note under the table stay text (tests/pdf/stats-stream-page.html, tests/pdf/make-reading.sh)
cmd: rw-pdf --method stream tests/pdf/stats-stream-page-chromium.pdf | rw-tables -f csv
status: 0
stdout:
| District,Running costs,,Building,,Total,
| ,Clinics &,,Clinics &,,running &,Grants(1)
| ,,Outreach,,Outreach,,
| ,wards,,wards,,building,
| Ashford Vale,"4,812,300","960,140","127,500","1,500","5,901,440","1,489,820"
| Brook Lane,"224,160","10,754","2,300",0,"237,214","8,633"
| Coldharbour,"1,487,482","255,419","16,160",0,"1,759,061","440,850"
| Dunmore Heath,"2,101,670","433,214","532,900",0,"3,067,784","225,157"
| Elmstead,"1,142,731","141,566","236,659","4,200","1,525,156","31,116"

=== --method stream: what lies outside the table areas is the page's text
cmd: rw-pdf --method stream tests/pdf/stats-stream-page-chromium.pdf
status: 0
stdout-has: {"kind":"heading","text":"Statement 4: Spending on clinics and outreach by district, 2023 (in thousands)"
stdout-has: {"kind":"paragraph","text":"(1) Grants to charities that run clinics on the districts' behalf, paid from the same budget line."

=== --method stream: a page with no table area is one table, a line a row
cmd: rw-pdf --method stream tests/pdf/hyphens.pdf
status: 0
stdout-has: "rows":9,"cols":1
check: ! grep -q '"kind":"paragraph"' $OUT

=== --area keeps only glyphs wholly inside (the right edge cuts the Update column)
cmd: rw-pdf --method stream --area 100,60,170,330 tests/pdf/stream.pdf | rw-tables
status: 0
stdout-has: 5.1,Complete,P1,
check: ! grep -q 'Published' $OUT

=== /Rotate 90: boxes in the displayed (landscape) frame
cmd: rw-pdf --method lattice tests/pdf/rotated.pdf
status: 0
stdout-has: "text":"Rotated scorecard"
stdout-has: "text":"In progress","locator":"page 1, table 1, row 3, col 2"
check: grep '"kind":"table"' $OUT | grep -q '"bbox":\[80'

=== --pages picks pages; a page past the end fails the document
cmd: rw-pdf --pages 2 tests/pdf/scorecard.pdf
status: 0
stdout-has: "text":"3.1","locator":"page 2, table 1
check: ! grep -q '"page":1,' $OUT

=== --pages past the end
cmd: rw-pdf --pages 5 tests/pdf/scorecard.pdf
status: 2
stdout-lines: 0
stderr:
| rw-pdf: tests/pdf/scorecard.pdf: no page 5 (the document has 2)

=== bad --pages / --area / --method are usage errors
cmd: rw-pdf --pages 2-1 tests/pdf/scorecard.pdf; echo $?; rw-pdf --area 1,2,3 tests/pdf/scorecard.pdf; echo $?; rw-pdf --method grid tests/pdf/scorecard.pdf
status: 2
stdout:
| 2
| 2
stderr-has: rw-pdf: --pages: bad page list '2-1'
stderr-has: rw-pdf: --area: expected TOP,LEFT,BOTTOM,RIGHT
stderr-has: rw-pdf: --method: expected stream, lattice or auto, got 'grid'

=== encrypted PDF
cmd: rw-pdf tests/pdf/encrypted.pdf
status: 2
stdout-lines: 0
stderr:
| rw-pdf: tests/pdf/encrypted.pdf: encrypted PDF (password required)

=== no text layer
cmd: rw-pdf tests/pdf/scan.pdf
status: 2
stdout-lines: 0
stderr:
| rw-pdf: tests/pdf/scan.pdf: no text layer on pages 1-3 (scanned? OCR is not done)

=== a blank page before the text: no warning
cmd: rw-pdf tests/pdf/blank-first.pdf
status: 0
stdout-lines: 2
stderr:

=== only blank pages: the document fails, named as blank, not as scanned
cmd: rw-pdf tests/pdf/blank.pdf
status: 2
stdout-lines: 0
stderr:
| rw-pdf: tests/pdf/blank.pdf: no text: pages 1-2 are blank

=== truncated PDF: one line in our words, nothing from poppler
cmd: rw-pdf tests/pdf/truncated.pdf
status: 2
stdout-lines: 0
stderr:
| rw-pdf: tests/pdf/truncated.pdf: damaged PDF: PDF document is damaged

=== HTML is refused
cmd: rw-pdf tests/pdf/page.html
status: 2
stderr:
| rw-pdf: tests/pdf/page.html: is HTML, not a PDF (use rw-html)

=== a bad document in a batch is reported, the others still come out, status 1
cmd: rw-pdf tests/pdf/truncated.pdf tests/pdf/stream.pdf tests/pdf/encrypted.pdf
status: 1
stdout-has: "source":"tests/pdf/stream.pdf"
check: ! grep -q 'truncated.pdf' $OUT
check: [ "$(wc -l < $ERR)" = 2 ]

=== standard input
cmd: rw-pdf < tests/pdf/stream.pdf | head -1
status: 0
stdout-has: {"kind":"document","source":"-","format":"pdf","text":"Status of recommendations"

=== a page rendered before its text is read keeps annotations' text out
cmd: rw-pdf --method lattice tests/pdf/annotation.pdf
status: 0
stdout-has: "text":"Recommendation 4.2 is in progress."
check: ! grep -q 'Reviewer note' $OUT

=== a hyphen at a line's end: kept in a word with a hyphen, dropped from a broken word, as the rest of the document shows
cmd: rw-pdf tests/pdf/hyphens.pdf
status: 0
stdout-has: "text":"The Board asks the end-user community, the recommendation team and the follow-up group to report on each recommendation by June; the end user and the review team follow up with the cross-community group."
stdout-has: "text":"Each cross-community and multistakeholder group reads the implementation plan."

=== a page all in one size has no title (the document block has no text)
cmd: rw-pdf tests/pdf/hyphens.pdf
status: 0
stdout-has: {"kind":"document","source":"tests/pdf/hyphens.pdf","format":"pdf"}

=== one thread (RECWATCH_THREADS=1, the way taken when no second thread starts) reads the very same blocks
cmd: RECWATCH_THREADS=1 rw-pdf samples/pdf/ssr2-scorecard-2021-07-22.pdf samples/pdf/cct-status-2023-07-printed.pdf tests/pdf/blank-first.pdf
status: 0
check: test "$(wc -l < "$OUT")" -gt 400
check: rw-pdf samples/pdf/ssr2-scorecard-2021-07-22.pdf samples/pdf/cct-status-2023-07-printed.pdf tests/pdf/blank-first.pdf | cmp -s - "$OUT"


=== rulings from the drawing: light column lines over a dark header fill part the header cells
cmd: rw-pdf tests/pdf/vectors-dark-header.pdf
status: 0
stdout-has: "text":"Rec #","locator":"page 1, table 1, row 1, col 1"
stdout-has: "text":"Recommendation","locator":"page 1, table 1, row 1, col 2"
stdout-has: "text":"Notes","locator":"page 1, table 1, row 1, col 4"

=== rulings from the drawing: a dashed grid, drawn as dashed lines, dash by dash or dot by dot, is a grid
cmd: rw-pdf --method lattice tests/pdf/vectors-dashed.pdf
status: 0
check: [ "$(grep -c '"text":"Measure phishing per TLD","locator":"page [123], table 1, row [0-9]*, col 2"' $OUT)" = 3 ]
check: [ "$(grep -c '"text":"Ongoing","locator":"page [123], table 1, row [0-9]*, col 4"' $OUT)" = 3 ]

=== rulings from the drawing: thin filled rectangles are lines
cmd: rw-pdf --method lattice tests/pdf/vectors-thin-rects.pdf
status: 0
stdout-has: "text":"Done","locator":"page 1, table 1, row 2, col 4"

=== rulings from the drawing: white paper as big as the page is no ruled table, and a page with only that is blank
cmd: rw-pdf --method lattice tests/pdf/vectors-white-page.pdf; rw-pdf --pages 2 tests/pdf/vectors-white-page.pdf
status: 2
stdout-has: "text":"Rec 1 Approved Done
check: ! grep -q '"kind":"table"' $OUT
stderr:
| rw-pdf: tests/pdf/vectors-white-page.pdf: no text: page 2 is blank

=== --debug DIR: one PNG a page, two pixels a point
cmd: mkdir $TMPDIR/pics && rw-pdf --debug $TMPDIR/pics tests/pdf/vectors-dashed.pdf > /dev/null && ls $TMPDIR/pics
status: 0
stdout:
| vectors-dashed-1.png
| vectors-dashed-2.png
| vectors-dashed-3.png
check: for f in $(dirname $OUT)/pics/*.png; do [ "$(od -An -tx1 -N8 $f | tr -d ' ')" = 89504e470d0a1a0a ] || exit 1; done
check: [ "$(od -An -tu1 -j16 -N8 $(dirname $OUT)/pics/vectors-dashed-2.png | tr -s ' ' | sed 's/^ //')" = "0 0 4 167 0 0 6 148" ]

=== --debug DIR: the blocks are the same as without it, and DIR must be a directory
cmd: mkdir $TMPDIR/p && rw-pdf --debug $TMPDIR/p samples/pdf/ssr2-scorecard-2021-07-22.pdf > $TMPDIR/with && rw-pdf samples/pdf/ssr2-scorecard-2021-07-22.pdf | cmp - $TMPDIR/with && rw-pdf --debug tests/pdf/stream.pdf tests/pdf/stream.pdf
status: 2
stderr:
| rw-pdf: --debug: 'tests/pdf/stream.pdf' is not a directory

=== recwatch tables --debug DIR passes DIR on to the PDF reader
cmd: mkdir $TMPDIR/t && recwatch tables --debug $TMPDIR/t tests/pdf/vectors-thin-rects.pdf > /dev/null && ls $TMPDIR/t
status: 0
stdout:
| vectors-thin-rects-1.png

=== rulings from the drawing: a page drawing more than rw-pdf reads for rulings is named, its text still read
cmd: rw-pdf tests/pdf/vectors-many-shapes.pdf
status: 0
stdout-has: "text":"A chart of many squares"
stderr:
| rw-pdf: tests/pdf/vectors-many-shapes.pdf: page 1: drawing too complex, rulings read from part of it

=== a line the next line's first word would have fitted on ends its paragraph (lines are filled greedily): a label over its indented value is a paragraph each; a paragraph whose lines are full stays whole
cmd: rw-pdf tests/pdf/labels.pdf
status: 0
stdout-has: "text":"The review team asks the Board to publish each year a report on the implementation of its recommendations, with the costs and the dates of each step."
stdout-has: {"kind":"paragraph","text":"Done","locator":"page 1, line 6"
stdout-has: {"kind":"paragraph","text":"Priority level","locator":"page 1, line 7"
stdout-has: {"kind":"paragraph","text":"P1","locator":"page 1, line 8"
