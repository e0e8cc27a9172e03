# PDF samples and bad PDF inputs, end to end (recwatch extract).
# Written for tests/cli/ (run-cli.sh format); the expected CSVs were
# worked out by hand from the documents (samples/pdf/NOTES.md,
# tests/pdf-bad/README.md).

=== LibreOffice landscape scorecard: 63 rows over 7 pages, repeated header, rows split across pages
cmd: recwatch extract samples/pdf/ssr2-scorecard-2021-07-22.pdf
status: 0
stdout-file: samples/pdf/ssr2-scorecard-2021-07-22.expected.csv

=== the header row repeated on every page is read once, as the header, never a record
cmd: rw-pdf samples/pdf/ssr2-scorecard-2021-07-22.pdf
status: 0
check: jq -e -s '[.[] | select(.kind=="cell" and .text=="Rec #") | [.page, .header]] == [[1, true]]' "$OUT"
check: jq -e -s '[.[] | select(.kind=="cell" and .header != true and (.text | test("^Page [0-9]+ of [0-9]+$")))] | length == 0' "$OUT"

=== groff scorecard without rules: whitespace columns, ligatures, curly quotes
cmd: recwatch extract samples/pdf/ssr2-pending-2022-05-01.pdf
status: 0
stdout-file: samples/pdf/ssr2-pending-2022-05-01.expected.csv

=== ligature glyphs come out as plain letters
cmd: rw-pdf samples/pdf/ssr2-pending-2022-05-01.pdf
status: 0
stdout-has: fiduciary
stdout-has: workflow
check: ! grep -q "$(printf '\357\254')" "$OUT"

=== browser-printed status page: cells centred vertically, a cell over two rows, close-set header cells
cmd: recwatch extract samples/pdf/rds-whois2-status-2022-12-printed.pdf
status: 0
stdout-file: samples/pdf/rds-whois2-status-2022-12-printed.expected.csv

=== the printed page's table keeps its header row and every description whole
cmd: rw-pdf samples/pdf/rds-whois2-status-2022-12-printed.pdf
status: 0
check: jq -e -s '[.[] | select(.kind=="cell" and .row==0) | .text] == ["Recommendation","Description","Board Action (25 February 2020)","Implementation Status as of 15 December 2022"]' "$OUT"
check: jq -e -s '[.[] | select(.kind=="table")] | length == 1' "$OUT"

=== browser-printed ruled table: two-row header, section rows, rows cut by page breaks
cmd: recwatch extract samples/pdf/cct-status-2023-07-printed.pdf
status: 0
stdout-file: samples/pdf/cct-status-2023-07-printed.expected.csv

=== both rows of the printed two-row header are marked as header
cmd: rw-pdf samples/pdf/cct-status-2023-07-printed.pdf
status: 0
check: jq -e -s '[.[] | select(.kind=="cell" and .header==true and .page==1) | .row] | unique == [0,1]' "$OUT"


=== browser-printed scorecard without rules: on page 2 no line fills every column, the table goes on in the columns of page 1
cmd: recwatch extract samples/pdf/atrt3-scorecard-2020-11-30-printed.pdf
status: 0
stdout-file: samples/pdf/atrt3-scorecard-2020-11-30-printed.expected.csv

=== the printed scorecard is one table over two pages, its header "Rec #" one row, its repeat on page 2 left out
cmd: rw-pdf samples/pdf/atrt3-scorecard-2020-11-30-printed.pdf
status: 0
check: jq -e -s '[.[] | select(.kind=="table") | .table] == [1, 1]' "$OUT"
check: jq -e -s '[.[] | select(.kind=="cell" and .text=="Rec #") | [.page, .header]] == [[1, true]]' "$OUT"


=== the same scorecard printed on A4: descriptions of three lines by ids of one, a section row cut off at the foot of page 1
cmd: recwatch extract samples/pdf/atrt3-scorecard-2020-11-30-printed-a4.pdf
status: 0
stdout-file: samples/pdf/atrt3-scorecard-2020-11-30-printed-a4.expected.csv

=== the RDS-WHOIS2 page printed landscape: a header cell wider than its column, a word space from the next; a cell over two rows of unequal height
cmd: recwatch extract samples/pdf/rds-whois2-status-2022-12-printed-landscape.pdf
status: 0
stdout-file: samples/pdf/rds-whois2-status-2022-12-printed-landscape.expected.csv

=== the ATRT3 page exported by LibreOffice Writer/Web: a blank first page, the table over three pages, two rows on the last
cmd: recwatch extract samples/pdf/atrt3-scorecard-2020-11-30-libreoffice.pdf
status: 0
stdout-file: samples/pdf/atrt3-scorecard-2020-11-30-libreoffice.expected.csv

=== a browser's default table on US Letter: rows cut by the page break go on under the header repeated on page 2
cmd: recwatch extract samples/pdf/cct-status-2023-01-printed.pdf
status: 0
stdout-file: samples/pdf/cct-status-2023-01-printed.expected.csv

=== a browser's default table printed landscape: cells a few points apart ("Complete N/A"), the header's first cell over two lines, no line with every column
cmd: recwatch extract samples/pdf/cct-status-2023-01-printed-landscape.pdf
status: 0
stdout-file: samples/pdf/cct-status-2023-01-printed-landscape.expected.csv

=== prose resolution: Resolved clauses win, Whereas dates and Section numbers do not
cmd: recwatch extract samples/pdf/resolution-2022-05-01.pdf
status: 0
stdout-file: samples/pdf/resolution-2022-05-01.expected.csv

=== the resolution and the pending scorecard fold to the same actions
cmd: recwatch extract samples/pdf/ssr2-pending-2022-05-01.pdf samples/pdf/resolution-2022-05-01.pdf | cut -d, -f1-4
status: 0
stdout:
| review,rec_id,board_action,board_action_date
| SSR2,5.4,approved,2022-05-01
| SSR2,19.1,rejected,2022-05-01
| SSR2,19.2,rejected,2022-05-01

=== a later scorecard overrides the pending actions of the first one
cmd: recwatch extract samples/pdf/ssr2-scorecard-2021-07-22.pdf samples/pdf/ssr2-pending-2022-05-01.pdf | grep -E '^SSR2,(5\.4|19\.1|19\.2|5\.3),' | cut -d, -f1-4
status: 0
stdout:
| SSR2,5.3,pending,2021-07-22
| SSR2,5.4,approved,2022-05-01
| SSR2,19.1,rejected,2022-05-01
| SSR2,19.2,rejected,2022-05-01

=== a page with /Rotate 90 is read upright
cmd: recwatch extract samples/pdf/cct-scorecard-rotated.pdf
status: 0
stdout-file: samples/pdf/cct-scorecard-rotated.expected.csv

=== bboxes of a rotated page are in displayed coordinates (792 wide, 612 high)
cmd: rw-pdf samples/pdf/cct-scorecard-rotated.pdf
status: 0
stdout-has: Board meeting of 1 March 2019
check: jq -e -s '[.[] | select(.bbox) | .bbox] | length > 0 and all(.[2] <= 612 and .[3] <= 792 and .[3] > .[1]) and any(.[3] > 700)' "$OUT"

=== encrypted PDF: one diagnostic, nothing on stdout but the header
cmd: recwatch extract tests/pdf-bad/encrypted.pdf
status: 2
stdout-lines: 1
stderr:
| recwatch: tests/pdf-bad/encrypted.pdf: encrypted PDF (password required)

=== a bad input in a batch is reported; the good one is still printed; exit 1
cmd: recwatch extract samples/pdf/ssr2-pending-2022-05-01.pdf tests/pdf-bad/encrypted.pdf tests/pdf-bad/truncated.pdf
status: 1
stdout-file: samples/pdf/ssr2-pending-2022-05-01.expected.csv
stderr-has: recwatch: tests/pdf-bad/encrypted.pdf: encrypted PDF (password required)
stderr-has: recwatch: tests/pdf-bad/truncated.pdf: damaged PDF: 

=== owner password only: read like the original
cmd: recwatch extract tests/pdf-bad/owner-password-only.pdf
status: 0
stdout-file: tests/pdf-bad/owner-password-only.expected.csv

=== scanned PDF: no text layer, named pages
cmd: recwatch extract tests/pdf-bad/scanned-no-text.pdf
status: 2
stdout-lines: 1
stderr-has: recwatch: tests/pdf-bad/scanned-no-text.pdf: no text layer on pages 1-2

=== partly scanned: records of the text page, a warning for the image page
cmd: recwatch extract tests/pdf-bad/partly-scanned.pdf
status: 0
stdout-file: tests/pdf-bad/partly-scanned.expected.csv
stderr-has: recwatch: tests/pdf-bad/partly-scanned.pdf: no text layer on page

=== truncated PDF is damaged
cmd: recwatch extract tests/pdf-bad/truncated.pdf
status: 2
stdout-lines: 1
stderr-has: recwatch: tests/pdf-bad/truncated.pdf: damaged PDF: 

=== garbage after a PDF header is damaged
cmd: recwatch extract tests/pdf-bad/corrupt.pdf
status: 2
stdout-lines: 1
stderr-has: recwatch: tests/pdf-bad/corrupt.pdf: damaged PDF: 

=== HTML named .pdf is read as HTML
cmd: recwatch extract tests/pdf-bad/really-html.pdf
status: 0
stdout-file: tests/pdf-bad/really-html.expected.csv

=== PDF named .html is read as PDF
cmd: recwatch extract tests/pdf-bad/really-pdf.html
status: 0
stdout-file: tests/pdf-bad/really-pdf.expected.csv
