# recwatch diff: from documents (extracted first) and from snapshots that
# extract wrote. samples/cct-status/expected-diff.* were worked out by hand.

=== two status pages: the changes a reader expects
cmd: recwatch diff samples/cct-status/status-2023-01.html samples/cct-status/status-2023-07.html
status: 1
stdout-file: samples/cct-status/expected-diff.txt
stderr:

=== the same from snapshots written by extract (CSV and JSON)
cmd: recwatch extract -o $TMPDIR/old.csv samples/cct-status/status-2023-01.html && recwatch extract -f json -o $TMPDIR/new.json samples/cct-status/status-2023-07.html && recwatch diff $TMPDIR/old.csv $TMPDIR/new.json
status: 1
stdout-file: samples/cct-status/expected-diff.txt

=== CSV changes, flags in the note column
cmd: recwatch diff -f csv samples/cct-status/status-2023-01.html samples/cct-status/status-2023-07.html
status: 1
stdout-file: samples/cct-status/expected-diff.csv

=== JSON changes validate against the change schema
cmd: recwatch diff -f json samples/cct-status/status-2023-01.html samples/cct-status/status-2023-07.html
status: 1
check: /usr/bin/python3 tests/validate-json.py schema/change.schema.json array $OUT
check: test "$(jq -r '.[] | select(.rec_id == "11" and .field == "status") | .note' $OUT)" = regression

=== a snapshot against itself: no changes, exit 0, nothing printed
cmd: recwatch diff samples/cct-status/status-2023-07.html samples/cct-status/status-2023-07.expected.csv
status: 0
stdout:

=== -o FILE written whole; the exit status still says there were changes
cmd: recwatch diff -o $TMPDIR/changes.txt samples/cct-status/status-2023-01.html samples/cct-status/status-2023-07.html; st=$?; cmp $TMPDIR/changes.txt samples/cct-status/expected-diff.txt && exit $st
status: 1
stdout:

=== --fields narrows what is compared
cmd: recwatch diff -f csv --fields status samples/cct-status/status-2023-01.html samples/cct-status/status-2023-07.html
status: 1
check: ! grep -q ',update,' $OUT
check: grep -q '^CCT,11,changed,status,complete,in_progress,regression$' $OUT

=== a missing file is trouble: exit 2
cmd: recwatch diff samples/cct-status/status-2023-01.html tests/extract/missing.csv
status: 2
stderr-has: tests/extract/missing.csv

=== diff needs exactly two inputs
cmd: recwatch diff samples/cct-status/status-2023-01.html
status: 2
stderr-has: recwatch: diff needs two snapshots or documents: OLD NEW

=== a JSON snapshot of objects without rec_id is not a snapshot
cmd: echo '{"a":1}' > $TMPDIR/bad.jsonl && recwatch diff $TMPDIR/bad.jsonl samples/ssr2/review-page.expected.csv
status: 2
stderr-has: bad.jsonl: line 1: a record with no rec_id

=== xlsx changes: a sheet "changes" with the regression row shaded, read back as the CSV
cmd: recwatch diff -f xlsx -o $TMPDIR/c.xlsx samples/cct-status/status-2023-01.html samples/cct-status/status-2023-07.html; echo $?; /usr/bin/python3 tests/xlsx-read.py $TMPDIR/c.xlsx --shape && /usr/bin/python3 tests/xlsx-read.py $TMPDIR/c.xlsx | cmp - samples/cct-status/expected-diff.csv
status: 0
stdout:
| 1
| sheet changes: 12 rows, 7 columns; header frozen; autofilter A1:G12; dates in none; 67 strings, 0 dates, 0 numbers, 0 formulas; shaded rows 6; widths 11,11,12,10,61,61,12

=== usage errors are recwatch's, not rw-diff's
cmd: recwatch diff -f xml a b; recwatch diff only-one
status: 2
stderr-has: recwatch: unknown format 'xml' for diff
stderr-has: recwatch: diff needs two snapshots or documents: OLD NEW
stderr-has: usage: recwatch diff
stderr-has: Try 'recwatch --help' for more information.
check: test "$(grep -c '^usage: recwatch diff ' $ERR)" = 2
check: ! grep -q 'rw-diff\|recwatch extract' $ERR
