# rw-pdf reads a page in the order a person does: text printed sideways
# or upside down, right to left, columns, running heads and feet and
# page breaks. Documents from tests/pdf/make-reading.sh: ReportLab (-rl),
# LibreOffice Writer (-lo) and Chromium (-chromium); the expected records
# and tables are written by the generators from the documents' text.

=== a Resolved sentence cut by a page break and a running foot is read whole (ReportLab)
cmd: recwatch extract tests/pdf/reading-pagebreak-rl.pdf | cut -d, -f1-4
status: 0
stdout-file: tests/pdf/reading-pagebreak.expected.csv

=== the running foot "... | Page 1 of 2" and the running head are furniture: marked in the stream, out of the text
cmd: rw-pdf tests/pdf/reading-pagebreak-rl.pdf
status: 0
check: grep 'Page 1 of 2' $OUT | grep -q '"kind":"paragraph".*"furniture":true'
check: test "$(grep 'Board resolutions - test document' $OUT | grep -c '"furniture":true')" = 2
check: ! grep -v '"furniture":true' $OUT | grep -q 'Page 1 of 2\|Board resolutions - test document'
check: ! grep -q 'furniture.*"text":"Resolved' $OUT
check: test "$(grep -c '"text":"Resolved (2023.03.16.07)' $OUT)" = 1

=== a two-column resolution whose lists cross the column and the page breaks is read whole (ReportLab)
cmd: recwatch extract tests/pdf/reading-columns-rl.pdf | cut -d, -f1-4
status: 0
stdout-file: tests/pdf/reading-columns.expected.csv

=== the columns are read one after the other: the list going on at the top of the right column joins its sentence
cmd: rw-pdf tests/pdf/reading-columns-rl.pdf
status: 0
stdout-has: 4.4, 5.1, 5.2, 5.3, 5.4, 6.1
stdout-has: 16.2 and 16.3 in pending status
check: ! grep -q 'review team met Resolved' $OUT

=== a scorecard printed sideways (90 and 270 degrees) is read whole (ReportLab)
cmd: recwatch extract tests/pdf/reading-sideways-rl.pdf | cut -d, -f1-4
status: 0
stdout-file: tests/pdf/reading-sideways.expected.csv

=== the table turned 90 degrees reads as printed, row by row
cmd: rw-pdf --pages 1 tests/pdf/reading-sideways-rl.pdf | rw-tables
status: 0
stdout-file: tests/pdf/reading-sideways.table.csv

=== the table turned 270 degrees reads as printed, row by row
cmd: rw-pdf --pages 2 tests/pdf/reading-sideways-rl.pdf | rw-tables
status: 0
stdout-file: tests/pdf/reading-sideways.table.csv

=== a page printed upside down is read (ReportLab)
cmd: recwatch extract tests/pdf/reading-upside-down-rl.pdf | cut -d, -f1-4
status: 0
stdout-file: tests/pdf/reading-upside-down.expected.csv

=== a Resolved sentence cut by a page break and a running foot is read whole (LibreOffice)
cmd: recwatch extract tests/pdf/reading-pagebreak-lo.pdf | cut -d, -f1-4
status: 0
stdout-file: tests/pdf/reading-pagebreak.expected.csv

=== a two-column resolution whose list crosses from one page's right column to the next page's left is read whole (LibreOffice)
cmd: recwatch extract tests/pdf/reading-columns-lo.pdf | cut -d, -f1-4
status: 0
stdout-file: tests/pdf/reading-columns.expected.csv

=== the short columns that end a section, where page 1 had its gutter, are read one after the other too
cmd: rw-pdf tests/pdf/reading-columns-lo.pdf
status: 0
stdout-has: "text":"Resolved (2023.10.22.03), the Board rejects CCT Recommendations 17.1, 17.2, 18.1, 18.2, 19.1 and 19.2, for the reasons in the scorecard."

=== a scorecard turned 90 and 270 degrees is read whole, its title kept once (Chromium)
cmd: recwatch extract tests/pdf/reading-sideways-chromium.pdf | cut -d, -f1-4
status: 0
stdout-file: tests/pdf/reading-sideways.expected.csv

=== the title a sideways scorecard repeats on every page is its title on the first and furniture after
cmd: rw-pdf tests/pdf/reading-sideways-chromium.pdf
status: 0
check: test "$(grep -v '"furniture":true' $OUT | grep -c '"text":"RDS-WHOIS2 Scorecard - Board Action 25 February 2020"')" = 2
check: grep '"furniture":true' $OUT | grep -q '"text":"RDS-WHOIS2 Scorecard - Board Action 25 February 2020".*"page":2'
check: grep -q '"kind":"document".*"text":"RDS-WHOIS2 Scorecard' $OUT
check: grep -q '"kind":"heading".*"page":1' $OUT
check: ! grep -q '"kind":"heading".*"page":2' $OUT

=== a page turned upside down is read (Chromium)
cmd: recwatch extract tests/pdf/reading-upside-down-chromium.pdf | cut -d, -f1-4
status: 0
stdout-file: tests/pdf/reading-upside-down.expected.csv

=== a ruled table with Arabic and Hebrew cells keeps them whole and in logical order (LibreOffice)
cmd: rw-pdf tests/pdf/reading-rtl-lo.pdf | rw-tables
status: 0
stdout-file: tests/pdf/reading-rtl.table.csv

=== a ruled table with Arabic and Hebrew cells keeps them whole and in logical order (Chromium, bidi marks in the text)
cmd: rw-pdf tests/pdf/reading-rtl-chromium.pdf | rw-tables
status: 0
stdout-file: tests/pdf/reading-rtl.table.csv

=== column heads set on end in a ruled table read as words in their cells (ReportLab)
cmd: rw-pdf tests/pdf/reading-rothead-rl.pdf | rw-tables
status: 0
stdout-file: tests/pdf/reading-rothead.table.csv

=== column heads set on end in a ruled table read as words in their cells (Chromium, writing-mode)
cmd: rw-pdf tests/pdf/reading-rothead-chromium.pdf | rw-tables
status: 0
stdout-file: tests/pdf/reading-rothead.table.csv

=== a page poppler reads right to left is read whole (ReportLab): every word of its table is written, not only the first ones poppler's walk meets
cmd: rw-pdf tests/zoo/seed/rtl-reportlab-1000.pdf
status: 0
check: test ! -s $ERR
check: for w in $(tr ',"' '  ' < tests/zoo/seed/rtl-reportlab-1000.t1.csv); do grep -qF -- "$w" $OUT || { echo "lost: $w"; exit 1; }; done

=== a page poppler reads right to left is read whole (LibreOffice)
cmd: rw-pdf tests/zoo/seed/rtl-libreoffice-1000.pdf
status: 0
check: test ! -s $ERR
check: for w in $(tr ',"' '  ' < tests/zoo/seed/rtl-libreoffice-1000.t1.csv); do grep -qF -- "$w" $OUT || { echo "lost: $w"; exit 1; }; done

=== a cell's direction is set by its first strong character (UAX #9 P2-P3): Latin words then more Hebrew letters keep the Latin first (ReportLab, tests/pdf/make-bidi-base.py)
cmd: rw-pdf tests/pdf/bidi-base.pdf | rw-tables
status: 0
stdout-file: tests/pdf/bidi-base.table.csv

=== groff's kerning gaps inside words are no word breaks, its justified word spaces are (tests/pdf/make-groff-words.sh)
cmd: rw-pdf tests/pdf/groff-words.pdf
status: 0
stdout-has: "text":"The review team will report quarterly on the support it gives to the registry, and publish the report with its quarterly figures. Support staff report to the team; the report covers every quarterly period."
stdout-has: "text":"Recommendation 4.2: the Board should support a quarterly report of the contract compliance figures, as the team’s report asks."
check: ! grep -q 'quar terly\|uppor t\|repor t' $OUT

=== a page with right-to-left text is read from every selection poppler makes of it: a word of a wrapped mixed cell that neither diagonal selection holds is kept (LibreOffice, a random zoo table with its truth)
cmd: rw-pdf tests/pdf/reading-rtl-wrapped-lo.pdf
status: 0
check: test ! -s $ERR
check: for w in $(tr ',"' '  ' < tests/pdf/reading-rtl-wrapped.t1.csv); do grep -qF -- "$w" $OUT || { echo "lost: $w"; exit 1; }; done

=== glyphs the page draws that no selection of poppler's holds are read from a selection over them alone: the second "مراجعة" of a cell, on a line of its own under a mixed line (LibreOffice, a random zoo table and its truth: tests/zoo/make.py --seed 20261206 --styles rtl --producers libreoffice)
cmd: rw-pdf tests/pdf/reading-rtl-unselected-lo.pdf
status: 0
check: test ! -s $ERR
check: /usr/bin/python3 tests/pdf/words-kept.py tests/pdf/reading-rtl-unselected.t1.csv $OUT

=== list items marked by a disc the browser draws as a shape (Chromium) are items, each value list read with the date of the paragraph that introduces it, as from the HTML page itself (tests/pdf/list-markers.html)
cmd: recwatch extract tests/pdf/list-markers-chromium.pdf | cut -d, -f1-9
status: 0
stdout-file: tests/pdf/list-markers.expected.csv

=== list items marked by a "•" glyph (LibreOffice) are items written without it (LibreOffice leaves the page's heading out of its PDF: the review is given)
cmd: recwatch extract --review CCT tests/pdf/list-markers-lo.pdf | cut -d, -f1-9
status: 0
stdout-file: tests/pdf/list-markers.expected.csv

=== the items are item blocks, the paragraphs around them paragraphs
cmd: rw-pdf tests/pdf/list-markers-chromium.pdf
status: 0
check: test "$(grep -c '"kind":"item"' $OUT)" = 4
stdout-has: "kind":"item","text":"Placed in pending status: 3.1 and 3.4"
stdout-has: "kind":"paragraph","text":"The review team delivered its report to the Board on 8 September 2018."

=== text the page's clip hides is no text of the page: the first line of a row a page break cut, drawn again under the clip, and a cell's overflow (tests/pdf/make-fixtures.py clipped)
cmd: rw-pdf tests/pdf/clipped.pdf
status: 0
check: test "$(grep -c 'R3' $OUT)" = 1
check: grep '"page":2' $OUT | grep -q '"text":"R3 Deferred"'
check: grep -q '"text":"Overflowing"' $OUT
check: ! grep -q 'sentence' $OUT
stderr-has: rw-pdf: tests/pdf/clipped.pdf: 18 characters on 1 page (the first on page 1) are drawn where the page's clip hides them

=== text drawn off the page (a table wider than the page, its last column past the right edge) shows nowhere and poppler keeps none of it: it is left out, and said (tests/pdf/make-fixtures.py off_page)
cmd: rw-pdf tests/pdf/off-page.pdf | rw-tables -f csv
status: 0
stdout:
| Rec #,Status
| R1,Complete
| R2,In progress
stderr-has: rw-pdf: tests/pdf/off-page.pdf: 12 characters on 1 page (the first on page 1) are drawn off the page: left out, as the page does not show them

=== a table printed by wkhtmltopdf: the row the page break cut is read once, on the page that shows it, and the Arabic word it writes as presentation forms drawn left to right reads in letters, in reading order (tests/pdf/make-wkhtml.sh)
cmd: rw-pdf tests/pdf/wkhtml-status.pdf | rw-tables -f csv
status: 0
check: test "$(grep -c '^R[0-9]*,' $OUT)" = 25
check: test "$(cut -d, -f1 $OUT | sort | uniq -d | wc -l)" = 0
stdout-has: R25,Complete,المجلس

=== a table set by pdfLaTeX: TeX's wider space after a sentence's end stays inside the id cell ("Rec. 14") and the section row (tests/pdf/make-latex.sh)
cmd: rw-pdf tests/pdf/latex-ids.pdf | rw-tables -f csv
status: 0
stdout-lines: 7
stdout-has: Rec #,Phase,Status,Comments
stdout-has: Rec. 14,Staff plan public,In progress,Publish the registrar metrics every quarter
stdout-has: Section 1: Data accuracy and access,,,
stdout-has: Rec. 18,Compliance audit,In progress,Audit of contract terms

=== a table without rulings turned by pdfLaTeX's \rotatebox, its one-line rows set in the middle of their cells with wide white between columns, is one table: the white between rows is no wrapped cell's leading (tests/pdf/make-latex.sh)
cmd: rw-pdf tests/pdf/latex-sideways.pdf | rw-tables -f csv
status: 0
stdout-lines: 8
stdout-has: Rec # as of 28 March 2024,Date (launch),Owner plan estimate,Phase,Notes as of 6 July 2018,Budget as of 1 February 2022
stdout-has: R10,Consensus staff,"234,457",Milestone board survey community,Board approved,"180,819"

=== a table over five pages set by pdfLaTeX's longtable, its last column ending ragged further on one page than on another, is one table: its header once, every row (tests/pdf/make-latex.sh)
cmd: rw-pdf tests/pdf/latex-longtable.pdf | rw-tables -f csv
status: 0
stdout-lines: 54
check: test "$(grep -c '^Rec #,' $OUT)" = 1
stdout-has: Section 7: Consensus system applicant board contract,,,,

=== a plain text report printed in Courier: a word space (a character's advance, 0.6 em) parts no words, two spaces part columns; resolutions whose words stand on the character grid are sentences, not a table (tests/pdf/make-text.sh)
cmd: recwatch extract tests/pdf/text-report.pdf | cut -d, -f1-7
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of
| CCT,6.1,approved,2019-06-27,complete,P1,2019-09-30
| CCT,6.2,approved,2019-06-27,in_progress,P2,2019-09-30
| CCT,6.3,approved,2019-06-27,not_started,P3,2019-09-30
| CCT,7.1,passed_through,2019-06-27,in_progress,P1,2019-09-30
| CCT,8.1,pending,2019-06-27,,,

=== a ruled table whose rows have no rule between them (a rule under its header and round it, columns ruled): each row of its body is a row, as its text parts them (tests/pdf/make-ruled-columns.sh)
cmd: recwatch extract tests/pdf/ruled-columns.pdf | cut -d, -f1-5
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status
| SSR2,1.1,approved,,complete
| SSR2,1.2,approved,,in_progress
| SSR2,2.1,rejected,,not_started
| SSR2,2.2,pending,,in_progress

=== tables drawn with characters in a text report: "+----+" and stacked "|" are rulings, not text; a grid whose body rows have no rule between them is read row by row; a database's result table under a "---+---" line too; a bar in a line of text stays text (tests/pdf/make-text.sh)
cmd: rw-pdf tests/pdf/text-grid.pdf | rw-tables -f csv
status: 0
stdout:
| Rec,Board action,Status,Priority
| 1.1,Approved,Complete,P1
| 1.2,"Approved, subject to prioritization, costing and implementation considerations",In progress,P2
| 2.1,Rejected,,
|
| rec_id,status,priority
| 3.1,Complete,P1
| 3.2,Not started,P3

=== the bar of a line of text is text
cmd: rw-pdf tests/pdf/text-grid.pdf
status: 0
stdout-has: "text":"Implementation status | updated quarterly"

=== cards an HTML page made through pandoc and pdfLaTeX: paragraphs \parskip alone parts (less white than half a line, more than the lines' own leading) stay apart, and a description list's term run in with its value ("Implementation status Done") is a label and its value (tests/pdf/make-latex.sh)
cmd: recwatch extract tests/pdf/pandoc-cards.pdf | cut -d, -f1-6
status: 0
stdout-file: tests/pdf/pandoc-cards.expected.csv

=== Arabic presentation forms given in reading order read as their letters too, a lam-alef ligature as its two letters (tests/pdf/make-fixtures.py arabic_forms)
cmd: rw-pdf tests/pdf/arabic-forms.pdf
status: 0
stdout-has: "text":"R1 المجلس"
stdout-has: "text":"R2 سلام"

=== lists of recommendations the line breaks cut are read whole: "LE." over "12," (an id broken after its prefix's full stop) and "(LE.15 and" over "LE.16) through" (a line starting with a closing mark is no list item); a footnote's mark raised an eighth of an em is a mark (tests/pdf/make-fixtures.py wrapped_lists)
cmd: recwatch extract tests/pdf/wrapped-lists.pdf | cut -d, -f1-5
status: 0
stdout-lines: 7
stdout-has: CCT,LE.12,approved,2019-08-15
stdout-has: CCT,LE.15,passed_through,2019-08-15
stdout-has: CCT,LE.16,passed_through,2019-08-15
stdout-has: CCT,LE.17,,,complete
check: ! grep -q 'LE\. ' $OUT
check: test ! -s $ERR

=== recommendations set as headings over a repeated label ("Rec. R1.1" over "Priority level: P2"), the id and the label's value starting at one x, are cards, not a table of two columns (tests/pdf/make-fixtures.py cards)
cmd: recwatch extract tests/pdf/cards.pdf | cut -d, -f1-6
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority
| CCT,R1.1,,,,P2
| CCT,R1.2,,,,P1
| CCT,R1.3,,,,P3

=== ... and rw-pdf finds no table on the page
cmd: rw-pdf tests/pdf/cards.pdf
status: 0
check: ! grep -q '"kind":"table"' $OUT
check: test "$(grep -c '"kind":"heading"' $OUT)" = 4

=== a ruled table over two pages with notes beside its grid: the text beside it ends it on neither page, so the Board action of R2, cut by the page break, spans R3 (tests/pdf/make-fixtures.py notes_beside)
cmd: recwatch extract tests/pdf/notes-beside.pdf | cut -d, -f1-5
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status
| SSR2,R1,approved,,complete
| SSR2,R2,rejected,,in_progress
| SSR2,R3,rejected,,not_started
| SSR2,R4,approved,,complete

=== ... rw-pdf writes one table, its part on page 2 going on with it, the notes as paragraphs between the parts
cmd: rw-pdf tests/pdf/notes-beside.pdf
status: 0
check: test "$(grep -c '"kind":"table"' $OUT)" = 2
check: ! grep -q '"table":2' $OUT
check: grep -q '"kind":"paragraph","text":"See R1."' $OUT

=== ... and rw-match's walk with --explain (which reads at the end, not as blocks come) reads the same four
cmd: rw-pdf tests/pdf/notes-beside.pdf | rw-match --explain - | grep -o '"rec_id":"[^"]*"' | sort -u
status: 0
stdout:
| "rec_id":"R1"
| "rec_id":"R2"
| "rec_id":"R3"
| "rec_id":"R4"
stderr-has: R3: board_action = rejected

=== a sheet printed by LibreOffice Calc over two pages: the sheet's name Calc centres over every page is no row of the table, and the header, its cells wrapped over four lines at a leading tighter than their glyph boxes, is one row, on the second page left out as repeated (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-pages.pdf | rw-tables -f csv
status: 0
stdout-lines: 7
check: test "$(head -n 1 $OUT)" = "Date,Priority,Budget (names),Target as of 2 September 2018,Share (applicant)"
check: test "$(grep -c '^Date,' $OUT)" = 1
check: ! grep -q Scorecard $OUT
stdout-has: Community team milestone,Data script outreach escalation

=== a running head of one chunk over a table on every page (LibreOffice Writer's page header, the table zoo's furniture document of seed 4801, tests/zoo/make.py --seed 4801 --styles furniture --producers libreoffice) names no columns: no row of the table
cmd: rw-pdf tests/pdf/running-head-lo.pdf | rw-tables -f csv
status: 0
check: ! grep -q 'implementation status' $OUT
stdout-has: Notes,Priority,Comments,Status,Date

=== a sheet printed by LibreOffice Calc whose rows are set solid, their cells at the top: a column of short words leaving a wide empty stretch beside the long texts of another is no gutter between two tables, as every row starts level on both sides of it (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-gap.pdf | rw-tables -f csv
status: 0
stdout-lines: 15
check: test "$(head -n 1 $OUT)" = "Rec #,Team,Outcome,Budget,Date,Action,Board action"
stdout-has: R10,1%,Scope domain policy design annual competition incident tool,Partially implemented,93%,"June 13, 2020",97%

=== a sheet printed by LibreOffice Calc with zebra fills, which sets the text of a filled cell a tenth of a point left of the others': a column's cells start within the spread its cells after a wide gap show, so a word a word space after the column before starts a cell (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-fills.pdf | rw-tables -f csv
status: 0
check: test "$(head -n 1 $OUT)" = "Rec #,Share (registrar),Phase as of 7 April 2023,Budget,Priority"
stdout-has: Rec. 19,Outcome survey appeal framework budget contract assessment consensus language,Incident,Board assessment launch,18 November 2017

=== a sheet printed by LibreOffice Calc whose text columns are filled to their edges, two points short of the next column: a column's start is found though the lines of the column before end close to it (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-solid.pdf | rw-tables -f csv
status: 0
check: test "$(head -n 1 $OUT)" = "Rec #,Action,Comments,Status,Share,Count"
stdout-has: ATRT3 Rec 7.2,Cost program compliance data design cost tool audit board stability metrics compliance,,1%,Comment,Risk consensus group

=== a sheet printed by LibreOffice Calc whose cells stand in the middle of solid rows, ids of three lines beside numbers of one: the wide stretch a column of short cells leaves is no gutter, as each id stands level with the numbers of its row across it (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-middle.pdf | rw-tables -f csv
status: 0
stdout-lines: 9
check: test "$(head -n 1 $OUT)" = "Rec #,Owner,Progress,Target,Priority,Status,Outcome"
stdout-has: CCT Rec 3.1,"August 27, 2025",Team ميزانية,Compliance evidence group working compliance publish system request,"April 10, 2020",39%,73%

=== ids of one width set flush against the next column's text are a column of their own under a head whose name stands between the cells before and the column (a name centred over the ids) and a name on both sides of the column's start (tests/recs/seed/chromium, Chromium's print of a status page)
cmd: rw-pdf tests/recs/seed/chromium/status-2-1.pdf | rw-tables -f csv
status: 0
check: test "$(head -n 1 $OUT)" = "Ref,Priority level,Status,Board Action,Description"
stdout-has: R4.1,P3,Not yet started,Placed in pending status

=== a scorecard page opened by LibreOffice Calc's HTML import and printed: its ids, taken for numbers, stand flush right against the next column's text under a name centred over them, and are a column of their own (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-import.pdf | rw-tables -f csv
status: 0
stdout-has: No.,Priority level,Description,Board action
stdout-has: 3.1,Eligible for prioritization,The the process abuse annual compliance community and security metrics security the metrics.,Pending
stdout-has: 5.1,Not eligible for prioritization,The public the make the data.,Rejected

=== a landscape sheet printed by LibreOffice Calc over three pages: numbers of one width set flush right two points before the next column's text, under a name set flush right over them and wider than they are, are a column of their own on every page, and the table goes on over the pages as one (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-numbers.pdf | rw-tables -f csv
status: 0
stdout-lines: 60
check: test "$(sed -n 2p $OUT)" = "Rec #,Progress,Board action,Target"
check: test "$(grep -c '^Rec #' $OUT)" = 1
check: awk -F, '$1 ~ /^CCT / && NF != 4 { exit 1 }' $OUT
stdout-has: CCT 8.1,Training comment milestone launch design escalation domain audit launch milestone data,299.3,Choice data estimate support

=== a sheet printed by LibreOffice Calc of three rows: percentages of one width set flush right two points before the next column's text are a column of their own under a head whose name, set flush right as they are, ends as close to the next column (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-short.pdf | rw-tables -f csv
status: 0
stdout-lines: 5
stdout-has: Rec #,Notes,Progress,Comments
stdout-has: 5.2,Launch script consumer domain trust abuse,42%,Response verify

=== a sheet printed by LibreOffice Calc: a status wrapped over two lines, set a tenth of a point right of the column's other cells, starts a cell of its own after a number set flush right two points before it, as the column's other cells do; the table keeps its five columns and its last row (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-wrap-offset.pdf | rw-tables -f csv
status: 0
stdout-lines: 9
check: awk -F, 'NF != 5 { exit 1 }' $OUT
stdout-has: Phase,Outcome,Status,Rec #,Comments
stdout-has: Abuse timeline priority language,892.3,Partially implemented,R24,Funding

=== a sheet printed by LibreOffice Calc, numbers set flush right two points before the next column's text: a section's name across the table, from the margin, whose word ends where the numbers end and the next word starts near the next column's cells, is one row, not cut there by chance (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-section-chance.pdf | rw-tables -f csv
status: 0
stdout-lines: 10
stdout-has: Section 6: Privacy privacy threat quarterly quarterly,,,,

=== a header of two rows, a group's name over the columns' names, printed again on every page (the seed zoo's furniture document of Chromium): the group's line right over the names is the header's, not a running head, and the whole header is left out of the pages after the first
cmd: rw-pdf tests/zoo/seed/furniture-chromium-1000.pdf | rw-tables -f csv
status: 0
check: test "$(grep -c '^Team,Progress,Phase' $OUT)" = 1
check: test "$(grep -c '^,Group,' $OUT)" = 1

=== a scorecard page opened by LibreOffice Calc's HTML import and printed: a header word wider than its column, broken without a hyphen ("Recommendati" over "on"), still names the id column, and every recommendation is read (tests/pdf/make-calc.sh)
cmd: recwatch extract tests/pdf/calc-narrow.pdf | cut -d, -f2
status: 0
stdout:
| rec_id
| LE.4
| LE.5
| LE.6
| LE.7
| LE.8
| LE.9

=== a sheet printed by LibreOffice Calc whose second page holds only the repeated header and a footnote: the table's piece there has no row left once its header goes, and nothing is carried into it (under check-san, an empty piece had been read past its end) (tests/pdf/make-calc.sh)
cmd: rw-pdf tests/pdf/calc-header-only.pdf | rw-tables -f csv
status: 0
check: test "$(grep -c '^Phase,Status,Share,Target,Board action' $OUT)" = 1
stdout-has: "$356,780",Accuracy script outcome design transparency audit accuracy,"$730,279",,Complete

=== a statistical table set solid by LibreOffice, its stub column unnamed: the group names, each set flush left in a cell spanning columns whose figures stand flush right, are a row of their own and name the first column of their span, over the columns' names, over the figures (tests/zoo/make.py --seed 500 --styles stats --producers libreoffice)
cmd: rw-pdf tests/pdf/stats-group-lo.pdf | rw-tables -f csv
status: 0
stdout:
| ,Registry accountability,,,Review,,
| ,Q2,Cases,Mean,2021,Q1,2022
| Program,"(6,651)","86,549",6.34,"13,268",6.68,203
| Language,"(7,349)",n/a,6.08,"61,670",0.76,"(5,956)"
| Cost plan priority,"3,966",—,0.58,"7,066",6.86,"3,120"
| Plan publish quarterly,"7,099","92,351",9.37,"97,901",3.19,(197)
| Publish process consensus compliance,"(6,798)","44,507",1.82,"94,334",8.27,"9,298"
| Registry consensus choice,"6,625","88,250",4.96,"66,986",2.07,"(8,337)"
| Transparency budget program quarterly,"(4,391)","6,377",1.08,"49,554",3.95,"2,890"

=== a statistical table printed by Chromium, its stub column unnamed: a bold line of group names over the bold names of every column is a header row of its own, though no first cell starts either (tests/zoo/make.py --seed 604 --styles stats --producers chromium)
cmd: rw-pdf tests/pdf/stats-group-chromium.pdf | rw-tables -f csv | head -3
status: 0
stdout:
| ,Process,,Access,,Appeal quarterly,,Compliance,
| ,Rate,2021,Q3,2023,Men,Budget,Total,Count
| Working team dashboard,8.37,65.6,"11,182",9.80,25.4,"(4,199)",1.03,2000

=== a statistical table set solid by LibreOffice, every cell one line, its stub column unnamed: nothing says its cells stand at the top, but its bold lines over a plain first row are the header, group names and the columns' names each a row (tests/zoo/make.py --seed 4713 --styles stats --producers libreoffice)
cmd: rw-pdf tests/pdf/stats-bold-head-lo.pdf | rw-tables -f csv | head -4
status: 0
stdout:
| ,Community framework,,,,Escalation escalation,,
| ,Count,Q4,Q1,Rate,Men,2020,2021
| Independent milestone,9.08,2024,0.22,"3,456",42.8,n/a,9
| Section 1: Language funding launch competition resiliency,,,,,,,

=== a statistical table printed by WeasyPrint: a group name over the stub column and the first figures' column, then the bold names of the figures' columns, no stub name among them, are two header rows over the plain figures (tests/zoo/make.py --seed 4713 --styles stats --producers weasyprint)
cmd: rw-pdf tests/pdf/stats-names-under-weasyprint.pdf | rw-tables -f csv | head -3
status: 0
stdout:
| Support report,,,Program threat,,
| ,Total,Mean,2022,Q2,2021
| Stability review language,68,..,"(6,323)",0.18,–

=== group names on one line stand in order: the second, centred over two columns in the middle, is theirs, not a name over the whole table (whose middle it stands as near), as the first already took the first columns (Chromium's page rewritten by Ghostscript, tests/zoo/make.py --seed 4715 --styles plain --producers ghostscript)
cmd: rw-pdf tests/pdf/group-names-in-order-gs.pdf | rw-tables -f csv | head -2
status: 0
stdout:
| Support choice,,Choice policy,,
| Rec #,Outcome,Owner,Comments,Recommendation

=== a statistical table set solid by LibreOffice, nothing saying its cells stand at the top: a group name over the stub column and the next, then the bold names of the figures' columns, no stub name among them, are two header rows over the plain figures (tests/zoo/make.py --seed 600 --styles stats --producers libreoffice)
cmd: rw-pdf tests/pdf/stats-names-under-lo.pdf | rw-tables -f csv | head -3
status: 0
check: head -1 "$OUT" | grep -q '^Accountability budget,,*Support,*$'
check: sed -n 2,3p "$OUT" | cmp -s - tests/pdf/stats-names-under-lo.rows.csv

=== a group name set flush left in a cell spanning columns of figures set flush right stands past the figures of the column before, short of its own column's: it names the column whose cells start there (WeasyPrint, tests/zoo/make.py --seed 601 --styles stats --producers weasyprint)
cmd: rw-pdf tests/pdf/stats-group-past-figures-weasyprint.pdf | rw-tables -f csv | head -2
status: 0
stdout:
| ,,,,Publish,
| ,Total,Variance,Change,Men,Rate

=== a spreadsheet's head: a name set flush right over figures of one width ends with them, a word space before the next column's name, and no other line holds both columns (the figures stand in the middle of tall rows, between the notes' lines): where the figures' right edge meets the notes' left edge the head is cut, and the columns part (LibreOffice Calc, tests/zoo/make.py --seed 9100 --styles multipage --producers calc, its first page)
cmd: rw-pdf tests/pdf/head-at-figures-edge-calc.pdf | rw-tables -f csv
status: 0
check: head -1 "$OUT" | grep -qx 'Rec #,Count,Status,Phase,Notes'
check: sed -n 3p "$OUT" | grep -q ',Program compliance,909.0,Transparency process assessment'

=== a section's name, alone on its line, runs from the first column across the next: it ends no column, and each side of a wide empty stretch keeps its own first column, whose cells stand level with the other side's text: one table, not two side by side (LibreOffice Calc, tests/zoo/make.py --seed 310 --styles titled --producers calc)
cmd: rw-pdf tests/pdf/side-first-column-calc.pdf | rw-tables -f csv | head -2
status: 0
stdout:
| Rec #,Action,Comments,Status,Share,Count
| ATRT3 Rec 7.1,Baseline request abuse quarterly measure threat accuracy,95%,13%,,Outcome resiliency language baseline

=== section names running past the first column are no first cells: the ids beside them stand level with the other side's text all but one, and the wide empty stretch parts no tables (LibreOffice Calc, tests/zoo/make.py --seed 9301 --styles multipage --producers calc, its first page)
cmd: rw-pdf tests/pdf/section-rows-not-first-cells-calc.pdf | rw-tables -f csv | head -1
status: 0
stdout:
| Rec # applicant applicant,Outcome transparency budget,Recommendation,Phase tool request,Action,Budget as of 2 November 2021

=== a header of four lines centred over its columns, its last holding one name ("2024" of a wrapped "as of 20 January 2024"), lines up on text edges of its own and makes an area of its own above the table's: set bold, and keeping the table's columns, it is the table's header, not a table of its own (LibreOffice Calc, tests/zoo/make.py --seed 9200 --styles furniture --producers calc, its first page)
cmd: rw-pdf tests/pdf/header-own-edges-calc.pdf | rw-tables -f csv
status: 0
check: head -1 "$OUT" | grep -qx 'Rec # survey security,Recommendation request language,Notes as of 7 May 2019,Comments as of 20 January 2024'
check: sed -n 2p "$OUT" | grep -q '^R6,Registry consumer language'

=== a statistical table printed by Chromium, padded rows of one line each but for labels wrapped over two lines, their figures centred between: the line pitch comes from the wrapped labels (the figures' columns show only the steps of rows), so a label right under a one-line row after a row's padding starts a row of its own (tests/zoo/make.py --seed 9200 --styles stats --producers chromium)
cmd: rw-pdf tests/pdf/stats-wrapped-labels-chromium.pdf | rw-tables -f csv | sed -n 4,6p
status: 0
stdout:
| Resiliency,1.20,"17,383",13,"13,973","37,967",61.3,37,6
| Accountability approval budget,9.21,"39,508",45,"96,712","80,792",13.4,91,n/a
| Public script,7.65,"17,377",—,"36,249","21,317",60.7,32,67

=== Arabic words printed by wkhtmltopdf with each shaped glyph embedded on its own (an RLE ... PDF round every glyph): poppler gives the boxes in reading order, right to left, and its own spaces a glyph off the white between words; the words are the runs of touching boxes, read whole (tests/zoo/make.py --seed 4714 --styles rtl --producers wkhtmltopdf)
cmd: rw-pdf tests/pdf/rtl-glyphs-embedded-wkhtmltopdf.pdf | rw-tables -f csv | sed -n 3,5p
status: 0
stdout:
| 3.2,Verify توصية توصية
| 3.3,المجتمع قيد التنفيذ قيد التنفيذ
| 3.4,سياسة ميزانية

=== a statistical table printed by Chromium, its labels indented by level, and a note under it at the margin, left of the cells' text (padded): the note fits in the first column but starts left of every line of the table, so it is a paragraph, not a last row (tests/pdf/stats-note.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-note-chromium.pdf
status: 0
check: rw-tables -f csv < "$OUT" | tail -1 | grep -qx 'Local government,"1,200","1,240","1,255",1.2'
check: rw-tables -f csv < "$OUT" | sed -n 4p | grep -qx 'Urban,"2,900","2,870","3,010",4.9'
stdout-has: "kind":"paragraph","text":"Source: a survey. Figures are rounded."

=== a statistical table printed by Chromium: group names, neither bold nor over rules of their own, each centred over the columns it spans, are a row of the header; the row of units under the columns' names, each as wide as its column so that its spaces are alike, as a justified line's, stands in no paragraph and parts into cells (tests/pdf/stats-groups.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-groups-chromium.pdf | rw-tables -f csv | head -3
status: 0
stdout:
| ,Population,,Households,,Average size,
| Region,2010 (000s),2020 (000s),2010 (000s),2020 (000s),2010 (persons),2020 (persons)
| Capital district,"1,204","1,388",480,571,2.51,2.43

=== a statistical table set by pdfLaTeX with booktabs: rows of figures set solid between a \midrule and the next, no rule between them, are rows of one line each (figures do not wrap), not one row of four lines; the group names over \cmidrule head their columns (tests/pdf/latex-booktabs.tex, tests/pdf/make-latex.sh)
cmd: rw-pdf tests/pdf/latex-booktabs.pdf | rw-tables -f csv
status: 0
stdout:
| ,Owner occupied,,,,Rented,
| Region,2011,2016,2021,2011,2016,2021
| North,64.2,63.1,62.8,35.8,36.9,37.2
| South,70.5,69.9,70.2,29.5,30.1,29.8
| East,58.0,57.4,56.9,42.0,42.6,43.1
| West,66.7,66.0,65.1,33.3,34.0,34.9
| All regions,64.9,64.1,63.8,35.1,35.9,36.2

=== a statistical table with section rows, opened by LibreOffice Writer from HTML: the note under it, set smaller, flush with the first column and standing no further below than the section rows stand, is no section row at the table's foot but a paragraph (tests/pdf/stats-sections.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-sections-lo.pdf
status: 0
check: rw-tables -f csv < "$OUT" | tail -1 | grep -qx 'Total recorded,"2,913,801","2,601,576","2,914,136","3,054,050",4.8'
check: rw-tables -f csv < "$OUT" | sed -n 2p | grep -qx 'Violence against the person,,,,,'
stdout-has: "kind":"paragraph","text":"1. Figures for 2022 are provisional. 2. Homicides are counted in the year recorded."

=== a group name centred over two columns is as centred over a wider run round them: of runs as centred, the narrowest names it, the first of its two columns (ReportLab, tests/zoo/make.py --seed 4714 --styles twocolumn --producers reportlab)
cmd: rw-pdf tests/pdf/group-narrowest-run-reportlab.pdf | rw-tables -f csv | head -2
status: 0
stdout:
| Working,,Transparency,,Team,
| Phase,Status,Board action,Action,Outcome,Priority

=== a statistical table printed by Chromium whose stub name ("Region") spans the two rows of its header, centred beside group names over years: the years of each column stand solid over its figures, a line a row, yet wholly over the first body row, and cells set at the top start no higher than their row, so they are the header's; the group names are a row of their own, though the years under them, set solid and as empty in the first column, would join it (tests/pdf/stats-stub-head.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-stub-head-chromium.pdf | rw-tables -f csv | head -4
status: 0
stdout:
| ,Population,,Households,,Average size,
| Region,2010,2020,2010,2020,2010,2020
| Capital district,"1,204","1,388",480,571,2.51,2.43
| Northern province,"2,310","2,295",812,840,2.84,2.73

=== two statistical tables one over the other, their rows set solid between a rule over the head and one under the body, a source note set smaller and the next table's title in bold between them, both narrower than the tables: the columns of the upper table run on through the white right of those lines, yet the note and the title (text in one column, another type than the table's lines) are lines across the table, past which the table goes on only where its next full line keeps its columns; the lower table's do not, so the two are apart, each row a row; the note is no row, and the upper table's group names are its own (tests/pdf/stats-two-tables.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-two-tables-chromium.pdf
status: 0
check: test "$(grep -c '"kind":"table"' $OUT)" = 2
stdout-has: {"kind":"heading","text":"Table 8. Loans per 100 readers: 2023","locator":"page 1, line 10"
stdout-has: {"kind":"paragraph","text":"Source: branch returns.","locator":"page 1, line 9"
check: ! grep -q '"kind":"paragraph","text":"All branches' $OUT

=== the two tables' bodies, a line a row (the group names over each head are left out here: the upper's, centred over three columns each though starting in the second, are a row of their own, "All branches" flush with the second column's names and put there; the lower's join its next head line)
cmd: rw-pdf tests/pdf/stats-two-tables-chromium.pdf | rw-tables -f csv | grep -v -e 'years' -e 'branches'
status: 0
stdout:
| Books . . . . . . . .,761.1,207.9,553.2,619.7,157.2,462.5,141.4,50.7,90.7
| Audio books . . . . . . . .,760.2,153.2,607.0,567.8,97.6,470.2,192.4,55.6,136.8
| Films . . . . . . . .,858.7,167.6,691.1,647.0,106.8,540.2,211.7,60.8,150.9
| Magazines . . . . . . . .,751.6,120.8,630.8,468.0,92.0,376.0,283.6,28.8,254.8
| 
| Books,"1,156.1",262.3,893.8,865.8,178.2,687.6,290.3,84.1,206.2
| Audio books,762.1,175.9,586.2,574.5,111.1,463.4,187.6,64.8,122.8
| Films,44.5,11.9,32.6,27.4,7.2,20.2,17.1,4.7,12.4
| Magazines,416.3,91.6,324.7,330.8,60.9,269.9,85.5,30.7,54.8
| Games,988.2,265.3,722.9,721.2,193.2,528.0,267.0,72.1,194.9

=== a table with section rows printed by LibreOffice Writer, a note in the table's type under it, flush with its first column, last on the page: a section row at a table's foot ends within the table, where the note runs on past its right end, so it is no row (tests/pdf/stats-wide-note.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-wide-note-lo.pdf | rw-tables -f csv
status: 0
stdout:
| Measure,Q1,Q2,Q3,Limit
| North works,,,,
| Nitrate,11.2,10.8,12.5,50
| Phosphate,0.31,0.28,0.40,–
| River works,,,,
| Nitrate,18.4,17.9,21.3,50
| Phosphate,0.52,0.49,0.61,–

=== a statistical table set by pdfLaTeX, its rows of figures solid under a \midrule and the last set apart by \addlinespace, so that the table looks padded: a full line of figures under another starts a row, as figures do not wrap (tests/pdf/latex-groups.tex, tests/pdf/make-latex.sh)
cmd: rw-pdf tests/pdf/latex-groups.pdf | rw-tables -f csv
status: 0
stdout:
| ,Food,,Housing,,Transport,
| Region,2022,2023,2022,2023,2022,2023
| North,61.20,64.90,102.40,110.10,71.00,73.80
| Midlands,63.75,66.10,98.30,104.60,80.20,82.15
| South coast,68.40,71.95,131.70,139.20,77.35,79.90
| Capital,72.10,75.30,189.90,201.45,64.80,67.05
| All regions,66.36,69.56,130.58,138.84,73.34,75.73

=== a bold caption over a statistical table as wide as the page, right over its bold header (WeasyPrint): one name over the first column and the last is the table's title, no row of group names, so it stays a heading (tests/pdf/stats-caption.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-caption-weasyprint.pdf
status: 0
stdout-has: {"kind":"heading","text":"Statement 7: Spending on health and family welfare by region, 2019-20 (in thousands)","locator":"page 1, line 1"
stdout-has: "text":"Regions","locator":"page 1, table 1, row 1, col 1"

=== a header cell wrapped over two lines, the column names beside it centred on them, over rows of one line each a pitch apart (LibreOffice Writer): the first column's second line, alone on its line a leading under the first, clearly nearer than the rows' pitch, goes on with its cell (tests/pdf/stats-wrapped-head.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-wrapped-head-lo.pdf | rw-tables -f csv
status: 0
stdout:
| Site and measure sampled,Q1,Q2,Q3,Limit
| Nitrate N,11.2,10.8,12.5,50
| Nitrate R,18.4,17.9,21.3,50
| Turbidity N,0.6,0.9,1.1,4
| Turbidity R,1.4,2.2,3.1,4

=== a statistical table without rules, its cells set at the top of their rows, one label wrapped over two lines beside figures of one line, under two section rows: a cell of one line level with the first line of a first cell of more tells that cells stand at the top (not centred, not spanning the rows above and below), so the figures are that row's alone and the section rows hold none (tests/pdf/stats-top-wrap.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-top-wrap-chromium.pdf | rw-tables -f csv
status: 0
stdout:
| ,Q1,Q2,Q3,Q4,Change
| All districts,"1,204","1,187","1,311","1,256",4.3
| Northern district,,,,,
| "Northern district, upland wells",,,,,
| Private wells sampled on request of the owner,48,52,61,57,(3.1)
| Public supply,310,298,324,319,2.9
| Southern district,,,,,
| Public supply,402,395,431,417,3.7
| Schools,88,..,93,90,2.3

=== a statistical table without rules, its cells centred in their rows, a bold group name centred over the name of one column set flush right under it, the two lines set solid: a cell's lines share its alignment, so the two are two cells, and the group name is a row of its own (tests/pdf/stats-group-middle.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-group-middle-chromium.pdf | rw-tables -f csv | head -3
status: 0
stdout:
| ,Day visitors,,,
| Site,May,June,July,Share (%)
| Castle grounds,"12,480","15,903","21,377",31.2

=== two statistical tables ruled over the head, under it and under the body (the second also over its total), bold group names centred over runs of two columns set solid over the columns' names flush right: each head is two rows, though no white parts them (in a band of white, or between two rules); the second table's caption, one word group over its first rule, is no row of it (tests/pdf/stats-booktabs-groups.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-booktabs-groups-chromium.pdf | rw-tables -f csv
status: 0
stdout:
| ,Rail,,Bus and coach,,
| Region,Winter,Summer,Winter,Summer,Change
| Coast,"1,204","1,880","3,311","4,026",12.4
| Lakes and fells,318,702,"1,044","1,593",30.9
| Capital area,"9,870","9,412","14,206","13,957",(2.8)
| Rural north,97,133,655,708,8.1
| 
| ,Rail,,Bus and coach,,
| Region,Winter,Summer,Winter,Summer,Change
| Coast,"1,204","1,880","3,311","4,026",12.4
| Lakes and fells,318,702,"1,044","1,593",30.9
| Capital area,"9,870","9,412","14,206","13,957",(2.8)
| Rural north,97,133,655,708,8.1
| All regions,"11,489","12,127","19,216","20,284",4.3

=== two statistical tables one over the other without rules (WeasyPrint), each under a bold caption and over a note set smaller, the lower of five columns under a line of group names that crosses none of the upper's eight: past the note and the caption, the first line holding two columns or more that does not keep the upper table's columns ends it, though it fills fewer columns than a full line of the upper table; the lower table's group names, each inside one column but lining up with no name under it, go to the first column of the run each is centred over ("Review" over three, "Trust" over the last two) (tests/pdf/report-stacked.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/report-stacked-weasyprint.pdf | rw-tables -f csv | grep -v -e '^Risk annual'
status: 0
stdout:
| ,Actual,Women,Count,2023,2022,Q3,2020
| Choice track registrar,n/a,(295),22.5,"7,126",n/a,"7,592",2009
| Training,"33,122","(4,957)",41.7,—,2004,"(1,151)",1992
| Scope validate stability track,n/a,986,59.1,"3,211",1993,"4,071",2006
| Risk timeline,"20,411","9,403",1.8,"(9,386)",1997,..,—
| 
| Review,,,Trust,
| Region,2019,Men,Q1,2021
| Working transparency evidence incident,2012,39,80.2,2006
| Group stability consumer estimate,2001,88,29.4,2011
| Comment,2024,42,64.0,2017
| Team priority annual plan,2015,76,54.4,2012
| Baseline outcome publish accountability,2024,34,90.8,2015
| Training,2016,88,52.4,1991
| Working,2010,95,48.8,2021
| Accuracy resiliency,2017,46,19.6,1998

=== a table's last label, wider than any above it, runs across the white between the other labels and the stub's name centred over them (wkhtmltopdf): a line filling the table's columns is a row, not a line across the table lining up with its edges by chance, so the last row stays in the table; each table's caption, over its first rule, is a heading (tests/pdf/report-centred-stub.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/report-centred-stub-wkhtmltopdf.pdf | rw-tables -f csv | sed -n 1,6p
status: 0
stdout:
| Region,Women,Total (threat),Cases (resource),Q1 accuracy review
| Policy,7,"37,413",—,"7,413"
| Privacy track program,61,"37,993",9.03,"(6,046)"
| Response,41,"76,413",..,—
| Risk abuse,—,"75,759",2.94,n/a
| Accuracy contract audit response,26,"28,188",7.84,..

=== the same document's blocks: the two captions are headings
cmd: rw-pdf tests/pdf/report-centred-stub-wkhtmltopdf.pdf
status: 0
stdout-has: {"kind":"heading","text":"Table 1. Plan response independent","locator":"page 1, line 1"
stdout-has: {"kind":"heading","text":"Table 2. Resiliency metrics evidence response working verify evidence"

=== two statistical tables one over the other (the table zoo's report style, ReportLab, seed 4713), ruled over the head, under it and under the body with dotted rules: a note set smaller under the upper table's bottom rule closes it, so the lower table, narrower and of its own columns, is read apart from it, the note and the next caption no rows of either (tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/report-bottom-rule-reportlab.pdf | rw-tables -f csv
status: 0
stdout:
| Verify,,,,
| Category,Rate,Count,Median,Share (%)
| Contract,5.19,7.11,7.00,95
| Access comment comment scope,5.01,9.57,8.30,—
| Community accountability metrics assessment,2.29,–,6.28,14
| Launch domain contract access,3.55,0.15,4.18,82
| Security,3.81,7.28,8.51,84
| System evidence accuracy,4.65,6.06,9.32,39
| Section 6: Publish review,,,,
| System outcome,5.79,0.79,1.54,49
| 
| Item,Actual,Mean,Change
| Metrics review competition report,9.13,2006,2002
| Program,4.52,2013,1991
| Section 2: Implementation access,,,
| Independent consensus measure training,8.04,2010,1995
| Consensus priority,7.02,2004,2008
| Resiliency,5.05,2016,n/a
| Verify policy framework language,5.87,-,1990
| Validate language,2.93,1999,2017
| Resiliency verify,2.22,1999,2012

=== two statistical tables one over the other without rules (the table zoo's report style, pdfLaTeX, seed 4715), the lower narrower, its columns standing in the white of the upper's stub: past the note and the caption, a line with two word groups in one column of the upper table does not keep its columns, so the lower is a table of its own (the upper's caption, over no rule, stays its first row: left) (tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/report-nested-latex.pdf | rw-tables -f csv | sed -n '/^$/,$p'
status: 0
stdout:
| 
| ,,Staff budget,,Accuracy,
| ,Change,2022,2019,Variance,2021
| Consensus policy,"70,255","60,312","(6,203)",31.0,"55,490"
| Section 1: Annual competition outcome annual,,,,,
| Section 2: Plan assessment threat evidence choice,,,,,
| Track incident milestone,"12,989","38,541",–,50.6,"17,476"
| Risk training metrics,"21,154","70,141","1,926",19.7,"6,768"

=== a table without rules whose rows are padded far apart, more white between two rows than ends a table elsewhere (max_blank): lines of cells one under another at a step that recurs are a table's rows, so the rows are a table, not six paragraphs, and the paragraphs around it stay paragraphs (tests/pdf/stats-airy.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/stats-airy-chromium.pdf | rw-tables -f csv
status: 0
stdout:
| District,Schools,Pupils,Teachers,Ratio
| Northern,41,"12,306",702,17.5
| Eastern uplands,28,"6,904",411,16.8
| Southern coast,55,"18,221","1,004",18.1
| Western,19,"4,117",262,15.7
| City,87,"40,550","2,190",18.5

=== ... and its blocks: the two paragraphs around the table are paragraphs
cmd: rw-pdf tests/pdf/stats-airy-chromium.pdf
status: 0
check: test "$(grep -c '"kind":"paragraph"' $OUT)" = 2

=== two scorecards printed by LibreOffice Writer from HTML, cells without padding (tests/pdf/two-tables-unpadded.html, tests/pdf/make-reading.sh): the bold header's names "Board Action" and "Description" stand a word space apart, one chunk across the white that parts the two columns on every line that fills them all; such a chunk of a header line says nothing against the columns (before, the two columns were read as one, and every Board action was said, not read)
cmd: rw-pdf tests/pdf/two-tables-unpadded-lo.pdf | rw-tables -f csv
status: 0
stdout:
| Rec #,Board Action,Description,Implementation status
| 1.1,Approved,The Board should review the SSR1 recommendations again.,
| 2.1,Rejected,Create a position for a Chief Security Officer.,
| 3.1,Pending,Publish a budget for security work each year.,
| 4.1,Approved,Centralise risk management and describe its framework.,
| 5.1,Pending,Adopt an information security management system.,
|
| Rec #,Priority,Notes,Board Action
| 6.1,,Seek an audit of the systems.,Approved
| 6.2,,Report on audits yearly.,Rejected
| 7.1,,Create a threat intelligence function.,Approved

=== the same two scorecards under another heading (tests/pdf/heading-between-tables.html, tests/pdf/make-reading.sh): the heading between them, set larger than the tables' type, is no section row of the first table, which ends over it (before, the second table's lines were read as more rows of the first, in its columns, and 6.1 lost its Board action)
cmd: recwatch extract tests/pdf/heading-between-tables-lo.pdf | cut -d, -f2,3 | tail -n 3
status: 0
stdout:
| 6.1,approved
| 6.2,rejected
| 7.1,approved

=== a column whose cells print nothing (status icons a printer left out, notes not yet written) under a name of its own: a header's name in the white between two columns it names too, or beyond the last column's text, is a column of its own, with no text under it (Camelot's stream flavour adds such columns), not more of its neighbour's name; in the table's area (the first) and over it (the second), and a paragraph after the document's last table is no row of it (tests/pdf/status-empty-columns.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/status-empty-columns-lo.pdf | rw-tables -f csv
status: 0
stdout:
| Recommendation,Status,Priority,Board action,Notes
| Rec 3.1,,High,Approved,
| Rec 3.2,,Medium,Rejected,
| Rec 3.3,,Low,Placed in pending status,
| Rec 4.1,,High,Approved in part,
| Rec 4.2,,Medium,Approved,
|
| Recommendation #,Status,Priority,Board Action
| Recommendation 5,,Not eligible for prioritization,Rejected
| Recommendation 6,,Not eligible for prioritization,Pending
| Recommendation 7,,Priority 2,Placed in pending status
| Recommendation 8,,Priority 3,Passed through to the GNSO Council
| Recommendation 9,,Priority 1,Rejected

=== ... and its blocks: the paragraph after the last table is a paragraph
cmd: rw-pdf tests/pdf/status-empty-columns-lo.pdf
status: 0
check: grep -q '"kind":"paragraph","text":"The next update will carry the notes column."' $OUT

=== the same with the header's names centred in their row, on lines of their own: "Current" over "status" beside "Board action" on the line between them, "Priority" over "level"; no line names both the columns beside the empty one, but "status" and the header's line over it together do: the empty column is its own, the header one row (tests/recs seed 11500; tests/pdf/status-staggered-head.html, tests/pdf/make-reading.sh)
cmd: rw-pdf tests/pdf/status-staggered-head-lo.pdf | rw-tables -f csv | cut -d, -f2-
status: 0
stdout:
| Board action,Current status,Priority level
| Passed through to the GNSO Council,,Priority 1
| "Approved, subject to prioritization, costing and implementation considerations",,P2
| Approved,,Priority 2
| Pending,,Priority 2

=== ... so recwatch says the status column that holds nothing, where it read the header's names joined as the Board action's and said nothing
cmd: recwatch extract tests/pdf/status-staggered-head-lo.pdf | cut -d, -f2,3,5
status: 0
stdout:
| rec_id,board_action,status
| R4.1,passed_through,
| R4.2,approved,
| R4.3,approved,
| R4.4,pending,
stderr-has: the status column "Current status" holds no value in any of its 4 rows

=== a short line last on a page that the next page's first word would have fit after ended its paragraph: no paragraph cut by the break joins it to the next page's first line (here a table's id, "Recommendation LE." over "24", and the next page's first row), so the rows on the next page go on with the table and every record is read (tests/pdf/status-page-break.html, tests/pdf/make-reading.sh)
cmd: recwatch extract tests/pdf/status-page-break-weasyprint.pdf | cut -d, -f1-3
status: 0
check: test "$(grep -c '^CCT,LE\.' $OUT)" = 22
stdout-has: CCT,LE.24,passed_through
stdout-has: CCT,LE.25,approved
stdout-has: CCT,LE.26,pending

=== ruled tables whose outer columns no column line closes: one ruled between its columns and across its rows only, and one wider than the page whose row lines run past its right edge, its last column line beyond it; the ends of the row lines close the outer columns, so no column is left out of the grid (tests/pdf/make-fixtures.py open_sides)
cmd: rw-pdf tests/pdf/open-sides.pdf | rw-tables -f csv
status: 0
stdout:
| Product,2012,2013
| Cotton,"1,393.4",886.7
| Rice,"2,426.7","2,389.7"
| Wheat,"1,895.4","2,210.1"
|
| Rec #,Status,Board action,Priority
| R1,Complete,Approved,P1
| R2,In progress,Rejected,P2
| R3,Not started,Pending,P3

=== footnote marks in a table set tight, a Board action centred between two rows: a mark's middle stands nearer the centred cell's line than its own id's, yet the mark, set right after its id and raised against it, is the id's (two digits as one), not a row of its own that reads as an id; a row's marks in two cells (a band of four digits) are its own, and a mark makes its cell no taller, so the rows stay apart; the action, half a line off every other line, half-way between the two rows' lines, is a cell spanning both (before, it was the upper row's alone) (tests/pdf/make-fixtures.py tight_marks)
cmd: rw-pdf tests/pdf/tight-marks.pdf | rw-tables -f csv
status: 0
stdout:
| Rec #,Status,Board action
| R8.1,Done,
| R8.2²,Implemented,Not approved
| R8.3¹³,In progress,Not approved
| R8.4¹⁴,Complete¹⁵,

=== a footnote right under a table, last on a page another follows, starting with its raised mark, is no section row going on over the break: a paragraph (tests/pdf/make-fixtures.py table_footnote)
cmd: rw-pdf tests/pdf/table-footnote.pdf
status: 0
check: test "$(grep -c '"kind":"cell"' $OUT)" = 12
stdout-has: "kind":"paragraph","text":"1 Costed in the plan for the year after, then approved in full."

=== a text report's header (Courier, printed by enscript; tests/recs/make.py --seed 53119 --count 15, status page 11, through tests/recs/print.sh --with text): its words stand a word space apart, wider than a word group's, so "#" after "Rec" is a word group of its own in the white right of the ids, yet no name of an empty column, which stands an em from the names beside it at least (NAME_APART_EM): two columns
cmd: rw-pdf tests/pdf/text-status-header.pdf | rw-tables -f csv
status: 0
check: test "$(head -1 $OUT | awk -F, '{print NF}')" = 2
check: ! grep -q '^[^,]*,#' $OUT

=== dates whose days all have two digits start their months at one x on every row, a word space after the day, as a column's cells would; the head parts columns there only where a name stands between the dates and the cells before them, as far right as those reach: the name of the column before, centred over it, stands right of its short cells yet over its widest, so the dates stay whole (tests/pdf/make-fixtures.py date_days)
cmd: rw-pdf tests/pdf/date-days.pdf | rw-tables -f csv
status: 0
stdout:
| Rec #,Budget,Date,Notes
| 4.1,,21 January 2023,Registrar staff
| 4.2,Complete,20 January 2017,Design script
| 4.3,Partially implemented,27 December 2021,Support access
| 4.4,Deferred,28 July 2025,Track board
| 5.1,Deferred,10 November 2022,Policy

=== a spreadsheet printed without cell padding (tests/zoo/make.py --seed 63000 --per-combo 1, landscape style by Calc): amounts set flush right, each a word space before a date set flush left in the next column; the amounts of five digits start at one x, a column start by two lines, yet all of them end where the six-digit ones do, so the longer amounts running over that x are no text across a column, and the dates are cut from them
cmd: rw-pdf tests/pdf/zoo-landscape-calc-63000.pdf | rw-tables -f csv | head -2 | cut -c1-40
status: 0
stdout:
| Rec #,Date,Progress,Board action,Team,No
| 3.1,"$38,248",13 March 2018,Scope milest

=== a table over six pages ruled between its rows, its header repeated on each (tests/zoo/make.py --seed 66000 --per-combo 1, multipage style by WeasyPrint): three section rows end page 2, each between two of the table's rules, with no row under them on that page; the rules show them rows of the table, so the table reaches the page's foot and goes on with the next page's piece: one table, every section row in it
cmd: rw-pdf tests/pdf/zoo-multipage-weasyprint-66000.pdf | rw-tables -f csv | cut -c1-24 | grep -n '^Section\|^$'
status: 0
stdout:
| 7:Section 4: Policy consum
| 18:Section 15: Data data de
| 19:Section 16: Priority mea
| 20:Section 17: Tool report 
| 22:Section 19: Abuse domain
| 34:Section 31: Quarterly im
| 36:Section 33: Response bud

=== a table over two pages, ruled between its rows, amounts set flush right in its first column (tests/zoo/make.py --seed 66000 --per-combo 1, furniture style by Chromium): page 2 holds a section row set from the table's left, further left than any amount, so that piece's left end is not page 1's; where its columns' cells start says it is the same table, which goes on over the break: one table, its header once
cmd: rw-pdf tests/pdf/zoo-furniture-chromium-66000.pdf | rw-tables -f csv | cut -c1-24 | grep -n '^Section\|^$\|^Board action'
status: 0
stdout:
| 1:Board action,Outcome
| 27:Section 25: Metrics thre

=== a table over four pages under a dark header printed again on each (tests/zoo/make.py --seed 61000 --per-combo 1, mixed style by ReportLab): page 1 ends with two section rows under a table that has none yet, so nothing on that page tells them from text after the table; page 2 starts with the table's header word for word in its columns, so the table goes on, and the two lines are its rows at the foot of page 1: one table, its header once
cmd: rw-pdf tests/pdf/zoo-mixed-reportlab-61000.pdf | rw-tables -f csv | cut -c1-24 | grep -n '^Section\|^$\|^Rec # (data)'
status: 0
stdout:
| 1:Rec # (data),Owner,Prior
| 20:Section 18: Evidence com
| 21:Section 19: Trust respon
| 36:Section 34: Staff commen
| 43:Section 41: Publish publ
| 49:Section 47: Timeline dom
| 62:Section 60: Design budge

=== dates whose days mostly have two digits start their months at one x; the head names no column there: "Rec #", centred over a wide column of short ids, stands right of them but nearer them than the days, so it names the ids' column, not the days', and the dates stay whole (tests/zoo/make.py --seed 68000 --per-combo 1, landscape style by Chromium)
cmd: rw-pdf tests/pdf/zoo-landscape-chromium-68000.pdf | rw-tables -f csv | head -3 | cut -c1-50
status: 0
stdout:
| Rec #,Progress,Board action,Phase
| R3,27 April 2021,18 September 2020,Team outreach c
| R4,11 August 2017,17 January 2024,Publish priority

=== a table without rules or section rows fills page 1 down to two lines set as its section rows would be; page 2 prints its header again word for word over more rows: the table goes on, and the two lines are its rows at the foot of page 1 (tests/pdf/make-fixtures.py foot_rows)
cmd: rw-pdf tests/pdf/foot-rows-goes-on.pdf | rw-tables -f csv | grep -n '^$\|^Section\|^Rec #'
status: 0
stdout:
| 1:Rec #,Status,Notes
| 42:Section 2: Later work,,
| 43:Section 3: Further work,,

=== the same page 1, but page 2 starts another table under a header of its own: the table ended on page 1, and the two lines under it stay text, not rows of either table
cmd: rw-pdf tests/pdf/foot-rows-ends.pdf | grep -c '"kind":"paragraph","text":"Section [23]: '
status: 0
stdout:
| 2

=== a table over two pages without rules, amounts set flush right in its first column, section rows set from the table's left edge, further left than any amount (tests/zoo/make.py --seed 71000 --per-combo 1, furniture style by Chromium): a row wraps its last cell over two lines right over two section rows, four lines that cut the columns' edges where a table goes on past two; the wrapped lines run across none of the columns, so only the sections break them and the table goes on: one table, its header once
cmd: rw-pdf tests/pdf/zoo-furniture-chromium-71000.pdf | rw-tables -f csv | cut -c1-24 | grep -n '^Section 8\|^Section 9\|^$\|^Share'
status: 0
stdout:
| 1:Share,Action,Progress
| 10:Section 8: Applicant sur
| 11:Section 9: Launch progra

=== a subscript in a table's cell ("H<sub>2</sub>O", Chromium): the row holds a superscript too, so the browser sets its cells at different heights, and the subscript stands too far under the row's middle to join its line; it goes to the line of the glyph it follows, and the cell reads whole
cmd: rw-pdf tests/pdf/marks-sub-sup-chromium.pdf | rw-tables -f csv | tail -n 1
status: 0
stdout:
| 2.2,Report on H2O usage of data centres⁵,Pending,75,Low

=== a table ruled between its rows with two columns of justified prose over it and right under its bottom rule (tests/zoo/make.py --seed 72000 --per-combo 1, twocolumn style by WeasyPrint): the table's last row starts at the left column's edge with no white between, but its bottom rule runs across the gutter, so the columns start under the rule and are read one after the other: the table alone, its twelve rows, and the prose as paragraphs
cmd: rw-pdf tests/pdf/zoo-twocolumn-weasyprint-72000.pdf | grep -o '"kind":"table"[^{]*"rows":[0-9]*,"cols":[0-9]*\|"kind":"paragraph","text":"Applicant cost'
status: 0
stdout:
| "kind":"table","locator":"page 1, table 1","table":1,"rows":12,"cols":2
| "kind":"paragraph","text":"Applicant cost

=== a statistical table printed by Chromium under a bold row of group names over its bold column names (tests/zoo/make.py --seed 9200 --styles stats --producers chromium): each group name stands inside one column and crosses no gap, as a header cell's line would, but lines up with no name under it, so the row is the groups': each name goes to the first column of the run it is centred over, as the zoo's truth has it
cmd: rw-pdf tests/pdf/stats-wrapped-labels-chromium.pdf | rw-tables -f csv | head -n 1
status: 0
stdout:
| Milestone measure,,Measure,,,Domain,,,

=== group names over a table ruled between its rows by LibreOffice Writer (tests/zoo/make.py --seed 71000 --per-combo 1, hrules style): "Outcome" starts in the white between the first two columns' text and runs over the second's start; a column's cell may start anywhere in the white before its text, and so taken "Outcome" is centred over the second column, which it goes to
cmd: rw-pdf tests/pdf/zoo-hrules-libreoffice-71000.pdf | rw-tables -f csv | head -n 1
status: 0
stdout:
| ,Outcome,,,Plan trust,

=== two tables one over the other by ReportLab (tests/zoo/make.py --seed 72000 --per-combo 1, report style), the lower under a bold row of group names, "Team security" wrapped over two lines: the second line runs across a column gap and shows the row; the line right above it, bold, a cell's leading away, each name lining up with one under it or over white, is the row's first line, not a heading: the group names whole, each in the first column of its run
cmd: rw-pdf tests/pdf/zoo-report-reportlab-72000.pdf | rw-tables -f csv | sed -n '/^$/{n;p;q}'
status: 0
stdout:
| Metrics transparency,,,Board,,Team security,,

=== a right-to-left table by LibreOffice Writer under a bold header whose cells stand at their middle (tests/zoo/make.py --seed 4711 --per-combo 7, the zoo's run of record, its rtl-libreoffice-4714): "Progress" over "as of 26 September 2018" beside names of two lines, which stand between them, so the line right under "Progress" holds other names only; "Progress" lines up with its next line further down the header, so it is a header cell's first line, not a group's name, and the header is one row
cmd: rw-pdf tests/pdf/zoo-rtl-libreoffice-4714.pdf | rw-tables -f csv | head -n 1
status: 0
stdout:
| Rec #,Priority,Progress as of 26 September 2018,Team (track),Action,Board action (group)

=== a table by LibreOffice Calc over two pages (tests/zoo/make.py --seed 74000 --per-combo 1, plain style), its cells centred in rows set solid under a bold header of group names and column names: the first row's description and priority start a line above its number, right under the header at the line pitch, and are that row's (a cell's lines are styled alike: a plain line is no bold header's)
cmd: rw-pdf tests/pdf/zoo-plain-calc-74000.pdf | rw-tables -f csv | sed -n 2,3p
status: 0
stdout:
| Rec #,Comments,Action,Priority,Status
| 5.1.4,Design program public quarterly response risk stability independent estimate access dashboard estimate,Contract group,Audit public competition design launch resource comment risk incident accuracy,On hold

=== the same table's second page: its header printed again, word for word (a group name across a column gap), then two rows in which one line alone fills the status column: under the header printed again the lines that keep the table's columns go on with it, in its five columns, and the header printed again is left out
cmd: rw-pdf tests/pdf/zoo-plain-calc-74000.pdf | rw-tables -f csv | tail -n 3 | cut -d, -f1,5
status: 0
stdout:
| 7.4.4,Partially implemented
| 8.1.3,
| 8.2.3,In progress

=== a table by LibreOffice Writer whose last row's long cell the page break cuts (tests/zoo/make.py --seed 71000 --per-combo 1, valign style): the next page prints the header again, then the rest of that one cell; under the header printed again it goes on with its cell, no paragraph
cmd: rw-pdf tests/pdf/zoo-valign-libreoffice-71000.pdf | rw-tables -f csv | tail -n 1 | cut -d, -f5
status: 0
stdout:
| Validate plan priority community estimate working working request policy competition compliance survey launch script registry support track plan approval priority accountability script baseline escalation board

=== a table by WeasyPrint over two pages (tests/zoo/make.py --seed 71000 --per-combo 1, twocolumn style), its last row on the second page under the header printed again, and two columns of justified prose right under that row: the row goes on with the table; a prose line crosses two of the table's column bounds by word spaces, which no row of cells does, so the prose is no row of it
cmd: rw-pdf tests/pdf/zoo-twocolumn-weasyprint-71000.pdf | rw-tables -f csv | tail -n 1 | cut -d, -f1,2
status: 0
stdout:
| Rec. 12,Rejected

=== a table by LibreOffice Calc over ten pages (tests/zoo/make.py --seed 75000 --per-combo 1, mixed style), its ids wrapped over two lines in a narrow first column; page 5 ends with two section rows set solid (the second's box over the first's by a tenth of a point), and page 6 prints the header again: they are the table's rows at the foot (as tall as a line of its type, the median of its rows' shortest cells, not as its wrapped ids), and the table goes on, one table
cmd: rw-pdf tests/pdf/zoo-mixed-calc-75000.pdf | rw-tables -f csv | grep -c '^$'; rw-pdf tests/pdf/zoo-mixed-calc-75000.pdf | rw-tables -f csv | sed -n 32,33p
status: 0
stdout:
| 0
| Section 29: Comment design registrar,,,,
| Section 30: Consumer review accountability publish independent,,,,

=== two tables by LibreOffice Writer one over the other (tests/zoo/make.py --seed 75000 --per-combo 1, report style), each ruled between its rows; under the first a note in smaller type set tight under its bottom rule, the rule inside the note's box: the rule, taken from the last row's middle to the note's, closes the first table, so the note and the second's title are no row of it and the second table stands apart, in its own columns
cmd: rw-pdf tests/pdf/zoo-report-libreoffice-75000.pdf | rw-tables -f csv | sed -n '5p;/^$/{n;n;p;q}'
status: 0
stdout:
| Publish,"47,714",n/a,811,3.09
| Region,Change,Q2,Median

=== a table by Chromium ruled between its rows, its cells in three scripts (tests/zoo/make.py --seed 75000 --per-combo 1, rtl style): the browser sets a cell's lines on its grid of pixels (steps of 9.75 and 10.5 pt), and lines of Hebrew or Arabic come in fallback fonts whose boxes are taller about the same middle, so box tops step by less (9.43 pt); steps counted between boxes as tall as each other keep the line pitch the cells', and each id of two lines and its description stay one row
cmd: rw-pdf tests/pdf/zoo-rtl-chromium-75000.pdf | rw-tables -f csv | sed -n 3p | cut -d, -f1,5
status: 0
stdout:
| SSR2 4.1,Measure audit annual survey appeal abuse policy public assessment

=== a table by groff set solid, its cells at the top of their rows (tests/zoo/make.py --seed 74000 --per-combo 1, mixed style), an id ("Rec. 24") centred over the two rows it spans, half a line off the other columns' lines: beside it a priority column holds two cells (two dates, figures, one under the other), so the id says nothing of how the cells stand, and the table is read as set at the top; the id goes to the first row of its span, the row whose first line mirrors the span's last line about the id's middle, and the second row keeps its own cells
cmd: rw-pdf tests/pdf/zoo-mixed-groff-74000.pdf | rw-tables -f csv | sed -n 6,7p | cut -d, -f1,3,4
status: 0
stdout:
| Rec. 24,Survey metrics,2022-02-08
| ,Applicant consumer approval,2021-12-07

=== a table by groff set solid (tests/zoo/make.py --seed 75000 --per-combo 1, plain style), an id of two lines ("SSR2 Rec" over "6.5") centred over two rows under a section row: the section row holds no other cells, so the line under it starts a row; the id's lines, a pitch apart with a line of other columns between, both off the line grid, are one cell, in the first row of its span
cmd: rw-pdf tests/pdf/zoo-plain-groff-75000.pdf | rw-tables -f csv | sed -n 10,12p | cut -c1-60
status: 0
stdout:
| Section 8: Request response response data,,,,
| SSR2 Rec 6.5,,Board approved,Escalation measure resource rep
| ,"70,686",Not started,Plan,Applicant stability validate syst

=== a table by groff set solid (tests/zoo/make.py --seed 73000 --per-combo 1, plain style), an id of two lines centred over two rows: the first row starts above the id, the second beside it where a column the first row left empty has text (under an id spanning rows, cells start on their rows' first lines); the id spans both rows
cmd: rw-pdf tests/pdf/zoo-plain-groff-73000.pdf | rw-tables -f csv | sed -n 4,5p | cut -c1-60
status: 0
stdout:
| RDS-WHOIS2 Rec 7.1,Working report review funding validate im
| RDS-WHOIS2 Rec 7.1,Registrar evidence budget measure consume

=== a status page printed by WeasyPrint (tests/recs/make.py --seed 9200, status layout), its last row cut by the page break: the status line stays on the first page, the id ("LE." over "19") centred on the second beside a description of three lines; no line there has text in two columns, but each id line stands between two lines of the description, as a centred cell does: the lines go on with the table and the row is read whole
cmd: recwatch extract tests/pdf/recs-status-cut-row-weasyprint.pdf | tail -n 1 | cut -d, -f1-3,8
status: 0
stdout:
| RDS-WHOIS2,LE.19,rejected,The registrars make the compliance metrics security budget abuse the annual.

=== a Board action scorecard printed by wkhtmltopdf (tests/recs/make.py --seed 9200, scorecard layout), its last row carried to a page of its own: the Board action spans down to it from the page before, so its first line has text in three of the four columns, not every one; three columns are a row (no label and page number make them by chance), and the row takes the spanning action and its description's cut first line
cmd: recwatch extract tests/pdf/recs-scorecard-cut-row-wkhtmltopdf.pdf | tail -n 1 | cut -d, -f1-6
status: 0
stdout:
| CCT,LE.32,passed_through,2023-08-08,,P2

=== a Board action scorecard printed by LibreOffice Writer (tests/recs/make.py --seed 9700, scorecard layout): a cell spanning 19 to 21 is cut by the page break and LibreOffice draws a rule under each part, so the first page does not leave it open; its part on the next page, row 21, is empty in the three columns the cell spanned to the foot of the page before, and reads the cell's text as rows 19 and 20 do
cmd: recwatch extract tests/pdf/recs-scorecard-span-cut-libreoffice.pdf | grep -E '^SSR2,(19|20|21|22),' | cut -d, -f1-3,5
status: 0
stdout:
| SSR2,19,passed_through,complete
| SSR2,20,passed_through,complete
| SSR2,21,passed_through,complete
| SSR2,22,passed_through,in_progress

=== a status page printed by LibreOffice Writer (tests/recs/make.py --seed 9700, status layout), its status shown by CSS LibreOffice does not apply: the last column prints nothing under its name, "Current" over "status" on the header's first and third lines, the name "Summary" of the column left of it on the second; the header names its last column on a line of its own, so the name beyond it is an empty column's (before, it was more of the Summary's name, the descriptions were read as statuses outside the vocabulary and lost)
cmd: rw-pdf tests/pdf/recs-status-empty-last-column-libreoffice.pdf | rw-tables -f csv | head -n 1 && recwatch extract tests/pdf/recs-status-empty-last-column-libreoffice.pdf | sed -n 2p | cut -d, -f2,5,8
status: 0
stdout:
| Recommendation #,Board Action,Priority level,Summary,Current status
| R2.1,,Process for community annual abuse security input.

=== recommendation cards set by pandoc and pdfLaTeX (tests/recs/make.py --seed 9700, cards layout, tests/recs/print.sh --with pandoc): a definition list's term in bold, "Implementation status", runs in with its value under a description whose last line is as long as the measure; a line opening bold under one that ends a sentence in regular type is a block of its own, and a label run in with its value is read on a line longer than a label alone may be
cmd: rw-pdf tests/pdf/recs-cards-run-in-pandoc.pdf | grep -c '"text":"Implementation status Partially implemented"' && recwatch extract tests/pdf/recs-cards-run-in-pandoc.pdf | grep '^CCT,5.1,' | cut -d, -f2,5,6
status: 0
stdout:
| 1
| 5.1,in_progress,P3

=== a Board action scorecard without rules, printed by Chromium (tests/pdf/centred-spans.html): a Board action set once for four, three and two rows stands in the middle of them, as a browser centres a cell; every row the column leaves empty stands in such a run, so the cell spans the run (before, 1.1, 1.4, 2.1 and 2.3 had no Board action, without a word)
cmd: recwatch extract tests/pdf/centred-spans-chromium.pdf | cut -d, -f2,3 | paste -sd' '
status: 0
stdout:
| rec_id,board_action 1.1,approved 1.2,approved 1.3,approved 1.4,approved 2.1,rejected 2.2,rejected 2.3,rejected 3.1,pending 3.2,pending 4.1,approved

=== a status page set as plain text in Courier (tests/recs/make.py --seed 9200, status layout, tests/recs/print.sh --with text): in a fixed-width font every word starts on the columns' grid, so the title and the paragraph over the table, each a blank line above the next, have words where its columns start and its text edges take them in; they leave the last column empty and stand further over the table than its lines stand apart, so they are text, the header is the table's first row, and the title names the review
cmd: rw-pdf tests/pdf/recs-status-text-enscript.pdf | rw-tables -f csv | head -n 1 && recwatch extract tests/pdf/recs-status-text-enscript.pdf | sed -n 2p | cut -d, -f1,2,5
status: 0
stdout:
| Recommendation,Description,Status
| SSR2,3,in_progress

=== a Board resolution set as plain text in Courier (tests/recs/make.py --seed 9200, resolution layout, tests/recs/print.sh --with text): its paragraphs open with words of eight characters ("Approved", "Whereas,", "Resolved"), so their second words start in one character column, exactly, line after line, as every word does on a fixed-width font's grid; no column starts there, the page is prose, and all 19 recommendations its resolutions name are read
cmd: recwatch extract tests/pdf/recs-resolution-text-enscript.pdf | sed 1d | cut -d, -f1,3,4 | sort | uniq -c | sed 's/^ *//'
status: 0
stdout:
| 13 ATRT3,approved,2020-01-03
| 3 ATRT3,passed_through,2020-01-03
| 3 ATRT3,pending,2020-01-03

=== a status page printed by WeasyPrint (tests/recs/make.py --seed 9200, status layout), its cells in the middle of rows set close, one Board action of two lines among cells of one: the id and the status of that row stand between its two lines, level with each other, so cells are centred and both lines are the row's; before, the first line was a row of its own and the second was read as the action ("implementation considerations")
cmd: recwatch extract tests/pdf/recs-status-centred-weasyprint.pdf 2>&1 | grep ',8\.1,' | cut -d, -f1-5
status: 0
stdout:
| SSR2,8.1,approved,,not_started

=== a status page printed by wkhtmltopdf (tests/recs/make.py --seed 9200, status layout), its table without cell padding, ids of one width ("Rec. R7.1") a word space before the statuses, the head centred over the columns: the head parts the ids from the statuses; the page's title in larger type, a word of it starting near the statuses' x and running over the priorities' column, lines up by chance and no longer takes that column away (the ids and statuses were one column, three rows one)
cmd: rw-pdf tests/pdf/recs-status-unpadded-wkhtmltopdf.pdf | rw-tables -f csv | sed -n 1,4p
status: 0
stdout:
| No.,Status,Priority level
| Rec. R7.1,In Progress,P3
| Rec. R7.2,Not started,Eligible for prioritization
| Rec. R8.1,Not Started,Not eligible for prioritization

=== a status page set as plain text in Courier (tests/recs/make.py --seed 2, status layout, tests/recs/print.sh --with text): the table's rows leave wide white between most cells, but a row whose cells fill their columns ("Recommendation 14 Not yet started Not eligible for prioritization") has word spaces alone; the rows with wider white keep the starts a word space after a cell, so the columns are found and the packed rows cut at them, while the title and the paragraph above, word spaces alone, say nothing of columns: every record takes the review the title names
cmd: recwatch extract tests/pdf/recs-status-packed-text-enscript.pdf 2>/dev/null | sed 1d | cut -d, -f1 | sort | uniq -c | sed 's/^ *//' && recwatch extract tests/pdf/recs-status-packed-text-enscript.pdf 2>/dev/null | grep '^CCT,14,' | cut -d, -f1-6
status: 0
stdout:
| 20 CCT
| CCT,14,,,not_started,not_eligible

=== a status page printed by Chromium (tests/recs/make.py --seed 9300, status layout, a grid of <div>s with table roles), its rows padded apart under a bold header; the first row's status, an image's text, stands higher than its id and Board action, which a paragraph's margin pushes down, right under the header: a line of regular text under a line all bold starts a band of its own, so the status is the first row's, not a row of its own
cmd: rw-pdf tests/pdf/recs-status-image-chromium.pdf | rw-tables -f csv | sed -n 1,3p
status: 0
stdout:
| No.,Status,Board Action
| Recommendation 3,Not started,Pending
| Recommendation 4,Done,Pending

=== a table printed by LibreOffice (tests/zoo/make.py --seed 79000, titled style), its cells centred in rows padded apart: a first cell ("45%") centred on two rows, a short one above and a tall one under it, stands inside the tall one, half-way between the short one's top and the tall one's bottom; the short row has no first cell of its own: the first cell is the short row's and spans the tall one (before, the short row lost it and the first cell was a row of its own)
cmd: rw-pdf tests/pdf/span-short-tall-libreoffice.pdf | rw-tables -f csv | sed -n 6,8p | cut -d, -f1-2
status: 0
stdout:
| 45%,Evidence cost privacy annual
| 45%,Resiliency estimate
| 38%,Timeline contract

=== a status page printed by LibreOffice (tests/recs/seed/libreoffice, seed 2), cells centred in rows padded apart under a head whose "Priority level" stands on two lines: the row of names the head makes has no line of its own, as a short row above a first cell centred on two rows has none, but no height either: no id is taken as centred on it and its own row, so nothing is said and each record is read whole
cmd: recwatch extract tests/recs/seed/libreoffice/status-2-1.pdf 2>&1 >/dev/null | wc -l && recwatch extract tests/recs/seed/libreoffice/status-2-1.pdf 2>/dev/null | sed -n 2p | cut -d, -f1-6
status: 0
stdout:
| 0
| RDS-WHOIS2,R4.1,pending,,not_started,P3

=== a table printed by wkhtmltopdf (tests/zoo/make.py --seed 79000, report style), its header's names bold and centred in their cells as a browser sets <th>, the cells under them flush left or right: "Region" stands over a wide first column of short labels, right of every label, a point of white between: it is the labels' name and the two are one column (before, the name was a column of its own and every label had an empty cell beside it)
cmd: rw-pdf tests/pdf/name-centred-wkhtmltopdf.pdf | rw-tables -f csv | sed -n 1,3p
status: 0
stdout:
| Risk,,,
| Region,2022,Rate,Q1
| Applicant estimate,"81,998",–,2.43

=== a table printed sideways by ReportLab (tests/zoo/make.py --seed 4711, rot270-plain style), its wide columns' names centred, the ids and statuses under them flush left: "Rec #" and "Target" stand clear of the text under them, each the name of the cells beside it, not of an empty column of its own
cmd: rw-pdf tests/pdf/name-centred-sideways-reportlab.pdf | rw-tables -f csv | sed -n 2,3p
status: 0
stdout:
| Rec #,Status,Board action,Target
| 2.1.3,74.0,697.4,Accepted

=== a status table of <div>s printed by LibreOffice Writer a cell a line (tests/pdf/stacked-run-on.html): where a description's last line fills the measure, the reader runs the priority under it on as its next line; the description ending, after its full stop, with the whole of a priority while its row has none is the description and the priority, not a description that swallowed it
cmd: recwatch extract tests/pdf/stacked-run-on-lo.pdf | cut -d, -f2,6,8
status: 0
stdout-lines: 26
check: ! grep -q 'prioritization$' $OUT
stdout-has: 5,not_eligible,Framework working report compliance process the public working make the the annual assess budget.
stdout-has: 7,not_eligible,Metrics registrars compliance and registrars for publish the the compliance and public input.
stdout-has: 24,P3,

=== a scorecard printed by wkhtmltopdf whose row 23 the page breaks (tests/pdf/page-broken-row.html): its first lines ("April 1,", "Not eligible", the description's start) end page 1 with no id, the id and the rest ("2020", "for prioritization") start page 2; cells that read as one value only with the cells under them ("April 1, 2020", "Not eligible for prioritization") make the lines before the break the start of the row below, not more of row 22
cmd: recwatch extract tests/pdf/page-broken-row-wkhtml.pdf 2>&1 | grep -E '^SSR2,2[234],|recwatch'
status: 0
stdout:
| SSR2,22,approved,2020-04-01,,not_eligible,,Annual on assess input group report data the improve registrars framework.,,tests/pdf/page-broken-row-wkhtml.pdf
| SSR2,23,approved,2020-04-01,,not_eligible,,Registrars with framework for security security annual report review group publish framework.,,tests/pdf/page-broken-row-wkhtml.pdf
| SSR2,24,pending,2021-09-27,,P3,,Community security publish assess on annual metrics working review the.,,tests/pdf/page-broken-row-wkhtml.pdf

=== a status page as w3m sets it, printed as plain text (tests/pdf/make-text.sh): rows set solid, each cell in the middle of its row, so a value's first lines stand above its row's id ("Rejected" beside an empty cell of R2.3's, "Passed through to the GNSO" over R2.4's "Council", "Not eligible" over "for prioritization"); such a line starts the row below, as its value reads whole only with that row's cell, and no value goes to the row above (before, R2.3 was read passed_through and R2.4's action was lost)
cmd: recwatch extract tests/pdf/text-centred-rows.pdf | cut -d, -f1-6
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority
| CCT,R2.1,pending,,,P2
| CCT,R2.2,approved,,,P1
| CCT,R2.3,rejected,,,P1
| CCT,R2.4,passed_through,,,P2
| CCT,R3.1,pending,,in_progress,P2
| CCT,R3.2,approved,,,P2
| CCT,R3.3,approved,,,P2
| CCT,R4.1,passed_through,,complete,eligible
| CCT,R4.2,rejected,,complete,not_eligible
stderr-has: row 2, col 1: a row with no recommendation id and no row above to join: "Process for community annual"

=== a scorecard drawn with + - | characters (tests/pdf/make-text.sh): its header is two rows, a group's name "Decision" over the names "Recommendation text" and "Board Decision", under "Recommendation" spanning both; the row of names under the first row is the header's, so the columns are the description and the Board's decision, not a decision column of descriptions (before, all 40 records were lost, said)
cmd: recwatch extract tests/pdf/text-group-head.pdf | cut -d, -f1-3
status: 0
stdout-lines: 41
stdout-has: CCT,LE.6,rejected
stdout-has: CCT,LE.13,passed_through
check: test ! -s $ERR

=== two tables set by pdfLaTeX, a justified note under the first whose line holds TeX's wider space after a sentence's end ("provisional. Outcome"): the line is justified prose all the same, one row across that ends the first table, not cells that join the two tables into one (tests/pdf/make-latex.sh)
cmd: rw-pdf tests/pdf/latex-sentence-note.pdf | rw-tables -f csv
status: 0
stdout-lines: 15
check: ! grep -q 'provisional' $OUT
stdout-has: Names measure consumer measure,66.2,7.38,"10,447",8.9,2013,87
stdout-has: Region,Men,Budget,Variance,Median,Actual,Total
stdout-has: Annual transparency,38.6,95.3,"51,858",(352),"(5,815)","42,903"

=== a definition list printed by Chromium (tests/pdf/dl-status-chromium.html): each term ("Recommendation 2") at the margin, set solid under the indented line before it ("Status: Complete"), is a paragraph of its own, not more of that line as under a first-line indent: the page's title, larger and wrapped, shows how far its lines run, and the term would have fit on the short line before (before, two of the three records were lost without a word, and on another page a status went to the wrong id)
cmd: recwatch extract tests/pdf/dl-status-chromium.pdf 2>&1 | cut -d, -f1-5
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status
| CCT,1,,,complete
| CCT,2,,,in_progress
| CCT,3,,,not_started

=== a sheet printed by LibreOffice Calc (tests/zoo seed 80000, multipage-calc), rows set without padding, its cells in the middle of their rows and a wide empty stretch before its last two columns: ids of two lines filling their rows stack one on the next, each level with the one-line cells across the stretch: one table of five columns, not two side by side
cmd: rw-pdf --pages 1 tests/pdf/ids-filling-rows-calc.pdf | grep '"kind":"table"' | grep -o '"cols":[0-9]*'
status: 0
stdout:
| "cols":5

=== a sheet printed by LibreOffice Calc (tests/zoo seed 75000, valign-calc), its cells aligned each their own way and a wide empty stretch inside it: first cells with no text across the stretch beside them say nothing of whether the rows line up: one table of six columns
cmd: rw-pdf tests/pdf/valign-calc.pdf | grep '"kind":"table"' | grep -o '"cols":[0-9]*'
status: 0
stdout:
| "cols":6

=== a status table printed by pandoc and pdfLaTeX (tests/recs seed 9600), no rules, one line a row: recommendations with their text, a wide white, then the Board action; no line on either side goes on from the one above as running text's lines do, so the white is no gutter between two columns of the page: three records, not lines of prose and values read apart
cmd: recwatch extract tests/pdf/status-table-pandoc.pdf 2>/dev/null | cut -d, -f1-3
status: 0
stdout:
| review,rec_id,board_action
| CCT,LE.4,approved
| CCT,LE.5,passed_through
| CCT,LE.6,passed_through

=== a table set without padding or rules (tests/pdf/unpadded-middle.html: HTML's defaults), its cells of one and two lines in the middle of their rows, in fonts whose boxes are taller than their lines' pitch (Chromium's page rewritten by Ghostscript, and Writer's import): the lines of a wrapped cell overlap, so a row break shows less white than the rows' padding; read as one table of four columns, not as two tables side by side whose left one has no column of values
cmd: gs=$(recwatch extract tests/pdf/unpadded-middle-ghostscript.pdf | cut -d, -f2-6) && lo=$(recwatch extract tests/pdf/unpadded-middle-lo.pdf | cut -d, -f2-6) && [ "$gs" = "$lo" ] && echo "$gs"
status: 0
stdout:
| rec_id,board_action,board_action_date,status,priority
| R1.1,approved,,complete,not_eligible
| R1.2,pending,,in_progress,not_eligible
| R2.1,pending,,complete,not_eligible
| R2.2,approved,,not_started,P3
| R3.1,rejected,,in_progress,P1
| R3.2,approved,,not_started,eligible
| R4.1,approved,,in_progress,P1

=== a text report's table (tests/pdf/text-span-break.txt, w3m's dump of a scorecard printed in Courier) whose Board decision spans rows 15 to 17, cut by the page break inside row 16: the decision's text, set in the middle of the span, falls on the next page in the row the break cut; it is the whole cell's, so row 15, all on the page above, has it too (before, row 15 had no decision, without a word)
cmd: recwatch extract tests/pdf/text-span-break.pdf | cut -d, -f2,3 | sed -n '14,19p'
status: 0
stdout:
| 14,approved
| 15,pending
| 16,pending
| 17,pending
| 18,approved
| 19,rejected

=== a status table of two columns printed by wkhtmltopdf (tests/pdf/broken-images.html), some statuses images that do not load: it frames each in a box as wide as its alternative text, which it leaves out (said, as values missing); the boxes' sides are no rules across the table, for they stop short of the column's longer lines (before, they parted the table's rows and the first four rows were read into the header, lost)
cmd: recwatch extract tests/pdf/broken-images-wkhtmltopdf.pdf 2>/dev/null | cut -d, -f2,5 | sed -n '2,5p'
status: 0
stdout:
| 6.1,not_started
| 6.2,not_started
| 6.3,not_started
| 7.1,not_started

=== a text report's table (tests/pdf/text-resumed-cells.txt, w3m's dump of a status page printed in Courier) whose rows stand a blank line apart only where a cell is centred on two lines: R6.3's description wraps onto the line right above R6.4's, and R6.4's decision and status stand on R6.4's line, a blank line under R6.3's in their columns; two cells resuming on one line with the first column's are the next row's (before, R6.4 was read into R6.3's description and its values went to R6.3, without a word)
cmd: recwatch extract tests/pdf/text-resumed-cells.pdf | cut -d, -f2,3,5 | sed -n '6,9p'
status: 0
stdout:
| R6.2,pending,not_started
| R6.3,passed_through,in_progress
| R6.4,pending,in_progress
| R6.5,approved,in_progress

=== a table set without padding or rules (HTML's defaults) printed by WeasyPrint, its cells centred in their rows (tests/pdf/unpadded-title-edge.html): the paragraph right over the table ends, by chance, where the description column's wrapped lines end, as the title's line ends where the header's last name does; a line across the columns so near them joins no two of their text edges into one column, so the table is read (before, all its lines were paragraphs and the page's twelve recommendations were lost without a word)
cmd: recwatch extract tests/pdf/unpadded-title-edge-weasyprint.pdf | cut -d, -f2,3
status: 0
stdout:
| rec_id,board_action
| R1.1,rejected
| R1.2,passed_through
| R2.1,rejected
| R2.2,passed_through
| R3.1,pending
| R3.2,pending
| R3.3,passed_through
| R3.4,passed_through
| R3.5,passed_through
| R3.6,rejected
| R4.1,approved
| R4.2,passed_through

=== a Board resolution set by pdfLaTeX from pandoc (tests/pdf/pandoc-chance-edge.html): three justified lines start a word at one x by chance, after words that end at one x, which makes a text edge of three chunks either side of a gap; the title and the last line, running across it, still join the margin's left and right edges into one column (one edge crossed is no sign of a table's columns), so the page is prose and its ten recommendations are read
cmd: recwatch extract tests/pdf/pandoc-chance-edge.pdf | cut -d, -f2-4 | sed -n '1p;2p;11p'
status: 0
stdout:
| rec_id,board_action,board_action_date
| R1.1,approved,2018-08-22
| R5.1,approved,2018-08-22

=== a status table of <div>s printed by LibreOffice Writer a cell a line (tests/pdf/stacked-text-id.html), its last column the recommendations' text: the first row's text is the page's longest line but one, so it and the next row's id read as one paragraph ("... annual metrics. Recommendation LE.7"); after a sentence's end, an id alone is the next row's, and each row keeps its text (before, the table was lost from LE.6 to LE.7, said, and the rows after it read without their texts)
cmd: recwatch extract tests/pdf/stacked-text-id-lo.pdf | cut -d, -f2,5,8 | sed -n '1,4p'
status: 0
stdout:
| rec_id,status,description
| LE.6,in_progress,On improve publish the community public security public annual metrics.
| LE.7,not_started,Of data compliance the registrars metrics.
| LE.8,not_started,On with of input annual framework input annual registrars compliance.

=== a status table of <div>s printed by LibreOffice Writer a cell a line, over two pages (tests/pdf/stacked-value-id.html): on the second page, whose longest lines are Board decisions, a decision and the next row's id read as one paragraph ("Placed in pending status Recommendation R6.2"); it is the row's last cell and the next row's id, so each decision stays its row's (before, from R6.1 on, each decision went to the row under it, without a word, and R6.1 was lost)
cmd: recwatch extract tests/pdf/stacked-value-id-lo.pdf | cut -d, -f2,3,6 | sed -n '1p;12,23p'
status: 0
stdout:
| rec_id,board_action,priority
| R5.4,passed_through,P2
| R6.1,pending,P2
| R6.2,passed_through,P2
| R6.3,passed_through,not_eligible
| R6.4,passed_through,P2
| R7.1,approved,not_eligible
| R7.2,passed_through,P1
| R7.3,approved,not_eligible
| R7.4,rejected,eligible
| R8.1,rejected,P3
| R8.2,pending,P2
| R8.3,approved,P1

=== a scorecard printed by WeasyPrint whose status and Board decision span rows 12 to 14, cut by the page break under row 12 (tests/pdf/span-break-joined.html): row 12, cut too, is joined up, and the spans' empty part at the top of the next page, two rows tall, is a copy of the cells above the break (before, rows 13 and 14 had no status or decision, said as ids with no value)
cmd: recwatch extract tests/pdf/span-break-joined-weasyprint.pdf | cut -d, -f2-5 | sed -n '1p;/^1[234],/p'
status: 0
stdout:
| rec_id,board_action,board_action_date,status
| 12,approved,2025-02-25,not_started
| 13,approved,2025-02-25,not_started
| 14,approved,2025-02-25,not_started
