# recwatch convert: snapshots between CSV, JSON and JSON Lines.

=== CSV to JSON validates, and back to CSV gives the same bytes
cmd: recwatch convert -f json samples/ssr2/review-page.expected.csv > $TMPDIR/s.json && /usr/bin/python3 tests/validate-json.py schema/record.schema.json array $TMPDIR/s.json >/dev/null && recwatch convert $TMPDIR/s.json
status: 0
stdout-file: samples/ssr2/review-page.expected.csv

=== JSON Lines from standard input
cmd: recwatch extract -f jsonl samples/rds-whois2/status-2022-12.html | recwatch convert -
status: 0
stdout-file: samples/rds-whois2/status-2022-12.expected.csv

=== a snapshot without the record columns is refused; the others are still written
cmd: recwatch convert samples/cct-status/expected-diff.csv samples/rds-whois2/status-2022-12.expected.csv
status: 1
stdout-file: samples/rds-whois2/status-2022-12.expected.csv
stderr-has: recwatch: samples/cct-status/expected-diff.csv:

# ---- xlsx: read back from the sheet's XML (tests/xlsx-read.py) ----

=== xlsx: ids and text are strings, dates are dates, header frozen with an autofilter, widths fitted
cmd: recwatch convert -f xlsx samples/ssr2/review-page.expected.csv > $TMPDIR/r.xlsx && /usr/bin/python3 tests/xlsx-read.py $TMPDIR/r.xlsx --shape
status: 0
stdout:
| sheet records: 64 rows, 10 columns; header frozen; autofilter A1:J64; dates in board_action_date,as_of; 293 strings, 64 dates, 0 numbers, 0 formulas; shaded rows none; widths 11,11,17,22,13,14,12,61,61,31

=== xlsx read back is the snapshot again, byte for byte (3.10 stays 3.10)
cmd: recwatch convert -f xlsx samples/ssr2/review-page.expected.csv > $TMPDIR/r.xlsx && /usr/bin/python3 tests/xlsx-read.py $TMPDIR/r.xlsx | recwatch convert -
status: 0
stdout-file: samples/ssr2/review-page.expected.csv

=== xlsx: values that look like formulas or numbers are strings; impossible dates stay text
cmd: recwatch convert -f xlsx tests/xlsx/formula-like.csv > $TMPDIR/f.xlsx && /usr/bin/python3 tests/xlsx-read.py $TMPDIR/f.xlsx --shape && /usr/bin/python3 tests/xlsx-read.py $TMPDIR/f.xlsx | recwatch convert - | cmp - tests/xlsx/formula-like.csv && unzip -p $TMPDIR/f.xlsx xl/worksheets/sheet1.xml | grep -c '<f>'
status: 1
stdout:
| sheet records: 5 rows, 10 columns; header frozen; autofilter A1:J5; dates in board_action_date,as_of; 36 strings, 3 dates, 0 numbers, 0 formulas; shaded rows none; widths 12,11,17,22,11,13,12,38,11,12
| 0

=== xlsx: text past a cell's 32,767 characters is cut with a warning; a control character and U+FFFF become U+FFFD
cmd: /usr/bin/python3 -c 'import sys; sys.stdout.buffer.write(b"review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources\nSSR2,1.1,,,,,,"+b"x"*40000+b",a\x01b\xef\xbf\xbf,p.html\n")' > $TMPDIR/long.csv && recwatch convert -f xlsx $TMPDIR/long.csv > $TMPDIR/l.xlsx && /usr/bin/python3 tests/xlsx-read.py $TMPDIR/l.xlsx | /usr/bin/python3 -c 'import csv,sys; r=list(csv.reader(sys.stdin))[1]; print(len(r[7]), r[8])'
status: 0
stdout:
| 32767 a�b�
stderr:
| recwatch: 1 cells cut to 32767 characters, the most a spreadsheet cell holds
| recwatch: 1 cells had bytes a spreadsheet cannot hold (not UTF-8, control characters), written as U+FFFD

=== xlsx is not written to a terminal
cmd: script -qec 'recwatch convert -f xlsx samples/ssr2/review-page.expected.csv' /dev/null
status: 2
stdout-has: recwatch: a workbook is not for a terminal: give -o FILE.xlsx or redirect the output

=== xlsx: no temporary file is left behind
cmd: mkdir $TMPDIR/spool && TMPDIR=$TMPDIR/spool recwatch convert -f xlsx samples/ssr2/review-page.expected.csv > $TMPDIR/r.xlsx && test -s $TMPDIR/r.xlsx && ls -A $TMPDIR/spool
status: 0
stdout:

=== usage errors: the synopsis and where to read more, in recwatch's terms
cmd: recwatch convert -f xml samples/ssr2/review-page.expected.csv
status: 2
stderr:
| recwatch: unknown format 'xml' for convert (csv, json, jsonl or xlsx)
| usage: recwatch convert [-f csv|json|jsonl|xlsx] SNAPSHOT...
| Try 'recwatch --help' for more information.

=== rw-convert's own usage errors name it
cmd: rw-convert -f xml samples/ssr2/review-page.expected.csv
status: 2
stderr:
| rw-convert: unknown format 'xml' (csv, json, jsonl or xlsx)
| usage: rw-convert [-f csv|json|jsonl|xlsx] [SNAPSHOT...]
| Try 'rw-convert --help' for more information.
