# rw-diff: changes between two record snapshots.
# tests/diff/old.* and new.* hold the same records in CSV, JSON and JSON
# Lines (tests/diff/make-fixtures.py writes them).  Between old and new:
# SSR2 1.1 changes status while its description gains an NBSP and its
# update a line break (not changes); 10.1 loses a line break (not a
# change); 7.3 becomes 7.4 with the same description (renumbered) and
# goes back to not_started; 20.1 and 20.2 share a description that 20.3
# takes up (ambiguous: not paired); SSR2 16.1 and CCT 16 share a
# description across reviews (not paired); CCT 7.3 is a different record
# from SSR2 7.3.

=== text output: grouped, regressions flagged, summary last
cmd: rw-diff tests/diff/old.csv tests/diff/new.csv
status: 1
stdout-file: tests/diff/expected.txt
stderr:

=== CSV output in the order of recwatch(5): review, natural rec_id, field
cmd: rw-diff -f csv tests/diff/old.csv tests/diff/new.csv
status: 1
stdout-file: tests/diff/expected.csv

=== JSON snapshots give the same changes as CSV ones
cmd: rw-diff -f csv tests/diff/old.json tests/diff/new.json
status: 1
stdout-file: tests/diff/expected.csv

=== JSON Lines snapshots give the same changes as CSV ones
cmd: rw-diff -f csv tests/diff/old.jsonl tests/diff/new.jsonl
status: 1
stdout-file: tests/diff/expected.csv

=== formats may be mixed, and NEW may come from standard input
cmd: rw-diff -f csv tests/diff/old.csv -
stdin: tests/diff/new.jsonl
status: 1
stdout-file: tests/diff/expected.csv

=== OLD may come from standard input
cmd: rw-diff -f csv - tests/diff/new.csv
stdin: tests/diff/old.json
status: 1
stdout-file: tests/diff/expected.csv

=== JSON output validates against schema/change.schema.json
cmd: rw-diff -f json tests/diff/old.csv tests/diff/new.json
status: 1
stdout-has: "change":"renumbered","field":"rec_id","old":"7.3","new":"7.4","note":null
stdout-has: "note":"regression"
check: /usr/bin/python3 tests/diff/validate.py schema/change.schema.json $OUT
check: test "$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' $OUT)" = 16

=== JSON Lines output: one valid change a line
cmd: rw-diff -f jsonl tests/diff/old.csv tests/diff/new.csv
status: 1
stdout-lines: 16
check: /usr/bin/python3 tests/diff/validate.py schema/change.schema.json $OUT

=== no changes: nothing printed, exit 0
cmd: rw-diff tests/diff/new.csv tests/diff/new.jsonl
status: 0
stdout:
stderr:

=== no changes in CSV: the header alone
cmd: rw-diff -f csv tests/diff/old.json tests/diff/old.csv
status: 0
stdout:
| review,rec_id,change,field,old,new,note

=== no changes in JSON: an empty array
cmd: rw-diff -f json tests/diff/old.json tests/diff/old.csv
status: 0
stdout:
| []

=== wording only (NBSP, line breaks, runs of spaces) is not a change
cmd: printf '{"review":"SSR2","rec_id":"1","description":"Keep a list of\\nkey risks.","update":"Work  began."}\n' >$TMPDIR/a; printf '{"review":"SSR2","rec_id":"1","description":" Keep a list of key\302\240risks.","update":"Work\\r\\nbegan.\\u2009"}\n' >$TMPDIR/b; rw-diff $TMPDIR/a $TMPDIR/b
status: 0
stdout:

=== a real change of wording is a change
cmd: printf '{"review":"SSR2","rec_id":"1","description":"Keep a list of key risks."}\n' >$TMPDIR/a; printf '{"review":"SSR2","rec_id":"1","description":"Keep a list of all key risks."}\n' >$TMPDIR/b; rw-diff $TMPDIR/a $TMPDIR/b
status: 1
stdout:
| SSR2 1 description: Keep a list of key risks. -> Keep a list of all key risks.
| 1 changed, 0 added, 0 removed, 0 renumbered

# Records are canonical already (rw-fold writes "P2", never "p2" or
# "Priority 2"), so the differ folds whitespace but never case: "P2"
# against "P2" is no change, and a "p2" would be a real change of text.
=== P2 stays P2; case is not folded
cmd: printf '{"review":"SSR2","rec_id":"1","priority":"P2"}\n{"review":"SSR2","rec_id":"2","priority":"P2"}\n' >$TMPDIR/a; printf '{"review":"SSR2","rec_id":"1","priority":"P2"}\n{"review":"SSR2","rec_id":"2","priority":"p2"}\n' >$TMPDIR/b; rw-diff $TMPDIR/a $TMPDIR/b
status: 1
stdout:
| SSR2 2 priority: P2 -> p2
| 1 changed, 0 added, 0 removed, 0 renumbered

=== regressions: status backwards, Board action leaving approved; an empty new value is none
cmd: printf '{"review":"R","rec_id":"1","status":"complete"}\n{"review":"R","rec_id":"2","status":"in_progress"}\n{"review":"R","rec_id":"3","status":"not_started"}\n{"review":"R","rec_id":"4","board_action":"approved"}\n{"review":"R","rec_id":"5","board_action":"approved"}\n{"review":"R","rec_id":"6","status":"complete","board_action":"approved"}\n{"review":"R","rec_id":"7","board_action":"rejected"}\n' >$TMPDIR/a; printf '{"review":"R","rec_id":"1","status":"not_started"}\n{"review":"R","rec_id":"2","status":"not_started"}\n{"review":"R","rec_id":"3","status":"complete"}\n{"review":"R","rec_id":"4","board_action":"pending"}\n{"review":"R","rec_id":"5","board_action":"passed_through"}\n{"review":"R","rec_id":"6"}\n{"review":"R","rec_id":"7","board_action":"approved"}\n' >$TMPDIR/b; rw-diff -f csv $TMPDIR/a $TMPDIR/b
status: 1
stdout:
| review,rec_id,change,field,old,new,note
| R,1,changed,status,complete,not_started,regression
| R,2,changed,status,in_progress,not_started,regression
| R,3,changed,status,not_started,complete,
| R,4,changed,board_action,approved,pending,regression
| R,5,changed,board_action,approved,passed_through,regression
| R,6,changed,board_action,approved,,
| R,6,changed,status,complete,,
| R,7,changed,board_action,rejected,approved,

=== renumbered: one row keyed by the old id, other changes keyed by the new id
cmd: printf '{"review":"ATRT3","rec_id":"3.1","status":"in_progress","description":"Publish the budget."}\n' >$TMPDIR/a; printf '{"review":"ATRT3","rec_id":"3.2","status":"complete","description":"Publish the\\nbudget."}\n' >$TMPDIR/b; rw-diff -f csv $TMPDIR/a $TMPDIR/b
status: 1
stdout:
| review,rec_id,change,field,old,new,note
| ATRT3,3.1,renumbered,rec_id,3.1,3.2,
| ATRT3,3.2,changed,status,in_progress,complete,

=== renumbering is not guessed: two new candidates, or no description
cmd: printf '{"review":"R","rec_id":"1","description":"Same text."}\n{"review":"R","rec_id":"2"}\n' >$TMPDIR/a; printf '{"review":"R","rec_id":"8","description":"Same text."}\n{"review":"R","rec_id":"9","description":"Same  text."}\n{"review":"R","rec_id":"10"}\n' >$TMPDIR/b; rw-diff $TMPDIR/a $TMPDIR/b
status: 1
stdout:
| R 8 added
| R 9 added
| R 10 added
| R 1 removed
| R 2 removed
| 0 changed, 3 added, 2 removed, 0 renumbered

=== several reviews: compared review by review, same ids kept apart
cmd: printf '{"review":"SSR2","rec_id":"1","status":"complete","description":"A."}\n{"review":"CCT","rec_id":"1","status":"not_started","description":"B."}\n' >$TMPDIR/a; printf '{"review":"CCT","rec_id":"1","status":"in_progress","description":"B."}\n{"review":"SSR2","rec_id":"1","status":"complete","description":"A."}\n{"review":"CCT","rec_id":"2","description":"A."}\n' >$TMPDIR/b; rw-diff $TMPDIR/a $TMPDIR/b
status: 1
stdout:
| CCT 2 added
| CCT 1 status: not_started -> in_progress
| 1 changed, 1 added, 0 removed, 0 renumbered

=== --fields chooses the compared fields, in the order given
cmd: rw-diff -f csv --fields status,board_action tests/diff/old.csv tests/diff/new.csv
status: 1
stdout:
| review,rec_id,change,field,old,new,note
| CCT,16,added,,,,
| SSR2,1.1,changed,status,in_progress,complete,
| SSR2,2.1,changed,board_action,rejected,approved,
| SSR2,5.4,changed,status,not_started,in_progress,
| SSR2,5.4,changed,board_action,pending,approved,
| SSR2,7.3,renumbered,rec_id,7.3,7.4,
| SSR2,7.4,changed,status,in_progress,not_started,regression
| SSR2,12.2,changed,status,complete,in_progress,regression
| SSR2,16.1,removed,,,,
| SSR2,19.1,changed,board_action,approved,rejected,regression
| SSR2,20.1,removed,,,,
| SSR2,20.2,removed,,,,
| SSR2,20.3,added,,,,
| SSR2,21.1,added,,,,

=== --fields may name as_of, which is not compared by default
cmd: rw-diff --fields as_of tests/diff/old.csv tests/diff/new.csv
status: 1
stdout-has: SSR2 1.1 as_of: 2022-06-30 -> 2023-01-31
stdout-has: SSR2 7.4 as_of: 2022-06-30 -> 2023-01-31
stdout-has: 9 changed, 3 added, 3 removed, 1 renumbered

=== --fields with an unknown field is a usage error
cmd: rw-diff --fields status,colour tests/diff/old.csv tests/diff/new.csv
status: 2
stdout:
stderr-has: rw-diff: --fields: unknown field 'colour'
stderr-has: usage: rw-diff

=== --fields cannot name the key
cmd: rw-diff --fields rec_id tests/diff/old.csv tests/diff/new.csv
status: 2
stderr-has: rw-diff: --fields: unknown field 'rec_id'

=== a duplicate key is trouble, named with both lines
cmd: printf 'review,rec_id,board_action,board_action_date,status,priority,description,update\nSSR2,5.4,,,,,,\nSSR2,6,,,,,,\nSSR2,5.4,,,,,,"two\nlines"\nSSR2,5.4,,,,,,\n' >$TMPDIR/dup.csv; rw-diff $TMPDIR/dup.csv tests/diff/new.csv
status: 2
stdout:
stderr-has: dup.csv: line 4: duplicate record SSR2 5.4 (first at line 2)
stderr-has: dup.csv: line 6: duplicate record SSR2 5.4 (first at line 2)
check: test $(wc -l <$ERR) = 2

=== duplicates are reported in both snapshots
cmd: printf '{"review":"A","rec_id":"1"}\n{"review":"A","rec_id":"1"}\n' >$TMPDIR/a; printf '\n{"review":"B","rec_id":"2"}\n\n{"review":"B","rec_id":"2"}\n' >$TMPDIR/b; rw-diff $TMPDIR/a $TMPDIR/b
status: 2
stderr-has: a: line 2: duplicate record A 1 (first at line 1)
stderr-has: b: line 4: duplicate record B 2 (first at line 2)

=== a ragged CSV row is trouble, named with its line
cmd: printf 'review,rec_id,board_action,board_action_date,status,priority,description,update\nSSR2,1,,,,,,\nSSR2,2,,,\n' >$TMPDIR/r.csv; rw-diff tests/diff/old.csv $TMPDIR/r.csv
status: 2
stdout:
stderr-has: r.csv: line 3: 5 fields, but the header has 8

=== a CSV without a compared column is trouble
cmd: printf 'review,rec_id,status\nSSR2,1,complete\n' >$TMPDIR/s.csv; rw-diff $TMPDIR/s.csv tests/diff/new.csv
status: 2
stderr-has: s.csv: line 1: the header lacks column(s) board_action, board_action_date, priority, description, update

=== ... unless --fields asks only for what it has
cmd: printf 'review,rec_id,status,description\nSSR2,5.4,complete,x\n' >$TMPDIR/s.csv; rw-diff --fields status $TMPDIR/s.csv tests/diff/new.csv
status: 1
stdout-has: SSR2 5.4 status: complete -> in_progress

=== JSON of the wrong shape is trouble
cmd: printf '[["SSR2","5.4"]]\n' >$TMPDIR/w.json; rw-diff $TMPDIR/w.json tests/diff/new.csv
status: 2
stdout:
stderr-has: w.json: line 1: an array where an object was expected
check: test $(wc -l <$ERR) = 1

=== a JSON value that is not a string is trouble, named with the line its object starts on
cmd: printf '[{"review":"SSR2","rec_id":"1"},\n{"review":"SSR2",\n "rec_id":5.4}]\n' >$TMPDIR/n.json; rw-diff tests/diff/old.csv $TMPDIR/n.json
status: 2
stderr-has: n.json: line 2: "rec_id" is a number, not a string or null

=== broken JSON is trouble
cmd: printf '[{"review":"SSR2"},\n{"rec_id":"1"\n' >$TMPDIR/b.json; rw-diff tests/diff/old.csv $TMPDIR/b.json
status: 2
stderr-has: b.json: line 3: bad JSON

=== an unreadable snapshot is trouble
cmd: rw-diff tests/diff/old.csv tests/diff/no-such-file.csv
status: 2
stdout:
stderr:
| rw-diff: tests/diff/no-such-file.csv: cannot read: No such file or directory

=== control characters in a value are not sent to the terminal
cmd: printf '{"review":"R","rec_id":"1","update":"a"}\n' >$TMPDIR/a; printf '{"review":"R","rec_id":"1","update":"b\\u001b[2Jc"}\n' >$TMPDIR/b; rw-diff $TMPDIR/a $TMPDIR/b
status: 1
stdout:
| R 1 update: a -> b?[2Jc
| 1 changed, 0 added, 0 removed, 0 renumbered

=== -o writes the file whole and nothing to standard output
cmd: rw-diff -f csv -o $TMPDIR/out.csv tests/diff/old.csv tests/diff/new.csv && echo no-changes; cmp $TMPDIR/out.csv tests/diff/expected.csv
status: 0
stdout:

=== a full standard output is trouble, told once
cmd: rw-diff -f json tests/diff/old.csv tests/diff/new.csv >/dev/full
status: 2
stderr:
| rw-diff: standard output: write error: No space left on device

=== -o into a directory that does not exist is trouble
cmd: rw-diff -o $TMPDIR/no/such/dir/out.txt tests/diff/old.csv tests/diff/new.csv
status: 2
stdout:
stderr-has: out.txt: cannot create a temporary file beside it

=== both snapshots from standard input is a usage error
cmd: rw-diff - -
status: 2
stderr-has: only one of OLD and NEW can be standard input

=== one snapshot is a usage error
cmd: rw-diff tests/diff/old.csv
status: 2
stderr-has: two snapshots are needed
stderr-has: usage: rw-diff

=== an unknown format is a usage error
cmd: rw-diff -f xml tests/diff/old.csv tests/diff/new.csv
status: 2
stderr-has: -f: unknown format 'xml'

=== --help prints usage on standard output
cmd: rw-diff --help
status: 0
stdout-has: usage: rw-diff [-f text|csv|json|jsonl|xlsx]
stderr:

=== --version
cmd: rw-diff --version
status: 0
stdout-has: rw-diff (recwatch)
