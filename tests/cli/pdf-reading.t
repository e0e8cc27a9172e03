# rw-pdf reads a page in the order a person does: text printed sideways
# or upside down, columns, running heads and feet and page breaks.
# Documents from tests/pdf/make-reading.py (ReportLab) and
# make-reading.sh (groff, Chromium, LibreOffice); the expected records
# are written by the generators from the documents' text.

=== a Resolved sentence cut by a page break and a running foot is read whole (ReportLab)
cmd: recwatch extract tests/pdf/reading-pagebreak-rl.pdf | cut -d, -f1-4
status: 0
stdout-file: tests/pdf/reading-pagebreak.expected.csv

=== the running foot "... | Page 1 of 2" and the running head are not text
cmd: rw-pdf tests/pdf/reading-pagebreak-rl.pdf
status: 0
check: ! grep -q 'Page 1 of 2' $OUT
check: ! grep -q 'Board resolutions - test document' $OUT
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
