# rw-store: the snapshot store behind recwatch ingest|log|state|check|report.
# Each case makes its own store in $TMPDIR.  tests/store/ holds the
# documents of the consistency checks (two publications of one Board
# meeting that disagree on CCT 14, and a later status page that still
# lists CCT 6 and 14 after their rejection) and the scripts of the
# longer checks (a killed ingest, concurrent ingests, the report in a
# headless browser, the schema against schema/store.sql).

=== ingest prints what changed since the previous ingest, exactly as recwatch diff
cmd: db=$TMPDIR/a.db; recwatch ingest --db $db samples/cct-status/status-2023-01.html >/dev/null && recwatch ingest --db $db samples/cct-status/status-2023-07.html
status: 0
stdout-file: samples/cct-status/expected-diff.txt
stderr:

=== the changes in CSV are rw-diff's CSV
cmd: db=$TMPDIR/b.db; recwatch ingest --db $db -f csv samples/cct-status/status-2023-01.html >/dev/null && recwatch ingest --db $db -f csv samples/cct-status/status-2023-07.html
status: 0
stdout-file: samples/cct-status/expected-diff.csv

=== the first ingest adds every record
cmd: recwatch ingest --db $TMPDIR/c.db samples/cct-status/status-2023-01.html
status: 0
stdout-lines: 19
stdout-has: CCT 35 added
stdout-has: 0 changed, 18 added, 0 removed, 0 renumbered

=== a document with the same content is skipped with a note, and nothing changes
cmd: db=$TMPDIR/d.db; rw-store ingest --db $db samples/cct-status/status-2023-07.html >/dev/null; cp samples/cct-status/status-2023-07.html $TMPDIR/copy.html; rw-store ingest --db $db $TMPDIR/copy.html
status: 0
stdout:
stderr-has: copy.html: already ingested (same content as samples/cct-status/status-2023-07.html)
check: T=$(dirname $OUT); test "$(/usr/bin/python3 tests/store/dbq.py $T/d.db 'SELECT count(*) FROM document')" = 1
check: T=$(dirname $OUT); test "$(/usr/bin/python3 tests/store/dbq.py $T/d.db 'SELECT count(*) FROM ingest')" = 1

=== a document given twice in one batch is stored once
cmd: rw-store ingest --db $TMPDIR/e.db -f csv samples/ssr2/review-page.html samples/ssr2/review-page.html
status: 0
stderr:
| rw-store: samples/ssr2/review-page.html: already ingested (same content as samples/ssr2/review-page.html)
check: T=$(dirname $OUT); test "$(/usr/bin/python3 tests/store/dbq.py $T/e.db 'SELECT name, type FROM document')" = "samples/ssr2/review-page.html|html"

=== documents that cannot be read are reported, the rest are stored: exit 1
cmd: printf '\0\1\2' >$TMPDIR/bin.bin; rw-store ingest --db $TMPDIR/f.db -f csv nosuch.html $TMPDIR/bin.bin samples/pdf/resolution-2022-05-01.pdf
status: 1
stderr-has: rw-store: nosuch.html: cannot open: No such file or directory
stderr-has: bin.bin: not stored
stdout-has: SSR2,5.4,added,,,,
check: T=$(dirname $OUT); test "$(/usr/bin/python3 tests/store/dbq.py $T/f.db 'SELECT name, type, size FROM document')" = "samples/pdf/resolution-2022-05-01.pdf|pdf|$(wc -c <samples/pdf/resolution-2022-05-01.pdf)"

=== the stored hash is the SHA-256 of the bytes
cmd: rw-store ingest --db $TMPDIR/g.db samples/rds-whois2/status-2022-12.html >/dev/null; /usr/bin/python3 tests/store/dbq.py $TMPDIR/g.db 'SELECT sha256 FROM document'
status: 0
check: test "$(cat $OUT)" = "$(sha256sum samples/rds-whois2/status-2022-12.html | cut -d' ' -f1)"

=== a document from standard input is stored under the name -
cmd: rw-store ingest --db $TMPDIR/h.db -f csv - >/dev/null && rw-store log --db $TMPDIR/h.db -f csv RDS-WHOIS2 R1.1
stdin: samples/rds-whois2/status-2022-12.html
status: 0
stdout-has: RDS-WHOIS2,R1.1,status,in_progress,In progress,2022-12-15,-,table[1]/tr[3]/td[4]

=== -j 3 stores and prints the same as one chain at a time
cmd: set -- samples/ssr2/review-page.html samples/resolutions/board-2022-05-01.html samples/pdf/*.pdf samples/cct-status/*.html samples/atrt3/scorecard-section.html samples/rds-whois2/status-2022-12.html; rw-store ingest --db $TMPDIR/j1.db "$@" >$TMPDIR/j1.out && rw-store ingest --db $TMPDIR/j3.db -j 3 "$@" >$TMPDIR/j3.out && cmp $TMPDIR/j1.out $TMPDIR/j3.out && rw-store state --db $TMPDIR/j1.db >$TMPDIR/j1.csv && rw-store state --db $TMPDIR/j3.db | cmp - $TMPDIR/j1.csv
status: 0
check: tail -1 $(dirname $OUT)/j3.out | grep -Eq '^0 changed, [0-9]+ added, 0 removed, 0 renumbered$'
check: grep -q '^CCT,30,' $(dirname $OUT)/j1.csv && ! grep -q '^CCT,29,' $(dirname $OUT)/j1.csv
check: T=$(dirname $OUT); test "$(/usr/bin/python3 tests/store/dbq.py $T/j3.db 'SELECT group_concat(name, " ") FROM (SELECT name FROM document ORDER BY id)')" = "$(printf '%s ' samples/ssr2/review-page.html samples/resolutions/board-2022-05-01.html samples/pdf/*.pdf samples/cct-status/*.html samples/atrt3/scorecard-section.html samples/rds-whois2/status-2022-12.html | sed 's/ $//')"

=== state --at: the records as they stood (facts dated up to then, undated ones of documents seen by then)
cmd: db=$TMPDIR/k.db; rw-store ingest --db $db --seen 2023-01-31 samples/cct-status/status-2023-01.html >/dev/null; rw-store ingest --db $db --seen 2023-07-31 samples/cct-status/status-2023-07.html >/dev/null; rw-store state --db $db --at 2023-02-01
status: 0
stdout-file: samples/cct-status/status-2023-01.expected.csv

=== state before the first document: the header alone
cmd: rw-store state --db $TMPDIR/k.db --at 2022-12-31
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources

=== state --keep-unlisted folds every fact, as extract does
cmd: rw-store state --db $TMPDIR/k.db --keep-unlisted >$TMPDIR/k.csv; recwatch extract samples/cct-status/status-2023-01.html samples/cct-status/status-2023-07.html | cmp - $TMPDIR/k.csv
status: 0

=== state leaves out what the newer status page no longer lists (CCT 7, and 29 now 30)
cmd: rw-store state --db $TMPDIR/k.db -f jsonl
status: 0
stdout-lines: 18
check: ! grep -q '"rec_id":"7"' $OUT && ! grep -q '"rec_id":"29"' $OUT && grep -q '"rec_id":"30"' $OUT

=== state in JSON validates against schema/record.schema.json
cmd: rw-store state --db $TMPDIR/k.db -f json
status: 0
check: /usr/bin/python3 tests/diff/validate.py schema/record.schema.json $OUT

=== log: every fact of a recommendation by date, undated last, with document and locator
cmd: recwatch log --db $TMPDIR/k.db CCT 11
status: 0
stdout:
| 2023-01-31  status: complete  (samples/cct-status/status-2023-01.html table[1]/tr[8]/td[4])
| 2023-01-31  priority: P1  (samples/cct-status/status-2023-01.html table[1]/tr[8]/td[5])
| 2023-01-31  description: Measure how often domain names in new gTLDs are used for phishing, malware and spam, and publish the figures each quarter.  (samples/cct-status/status-2023-01.html table[1]/tr[8]/td[2])
| 2023-01-31  update: Completed in December 2022.  (samples/cct-status/status-2023-01.html table[1]/tr[8]/td[6])
| 2023-07-31  status: in_progress  (samples/cct-status/status-2023-07.html table[1]/tr[14]/td[4])
| 2023-07-31  priority: P1  (samples/cct-status/status-2023-07.html table[1]/tr[14]/td[5])
| 2023-07-31  description: Measure how often domain names in new gTLDs are used for phishing, malware and spam, and publish the figures each quarter.  (samples/cct-status/status-2023-07.html table[1]/tr[14]/td[2])
| 2023-07-31  update: Reopened: the community found gaps in the published figures, which are being corrected.  (samples/cct-status/status-2023-07.html table[1]/tr[14]/td[6])
| undated     board_action: approved  (samples/cct-status/status-2023-01.html table[1]/tr[8]/td[3])
| undated     board_action: approved  (samples/cct-status/status-2023-07.html table[1]/tr[14]/td[3])

=== log in JSON: facts that validate against schema/fact.schema.json
cmd: recwatch log --db $TMPDIR/k.db -f json CCT 29
status: 0
check: /usr/bin/python3 tests/diff/validate.py schema/fact.schema.json $OUT
check: test "$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' $OUT)" = 4

=== log of a recommendation the store does not know: exit 1
cmd: recwatch log --db $TMPDIR/k.db CCT 99
status: 1
stdout:
stderr:
| recwatch: CCT 99: no facts in the store

=== check: different Board actions on one date, and status pages listing rejected recommendations
cmd: db=$TMPDIR/m.db; rw-store ingest --db $db tests/store/minutes-2024-03-10.html tests/store/resolutions-2024-03-10.html tests/store/status-2024-06.html >/dev/null; recwatch check --db $db
status: 1
stdout:
| CCT 6: listed as in_progress (as of 2024-06-30) in tests/store/status-2024-06.html (table[1]/tr[2]/td[3]), but rejected on 2024-03-10 in tests/store/resolutions-2024-03-10.html (/html/body/p[1])
| CCT 14: Board action on 2024-03-10: approved in tests/store/minutes-2024-03-10.html (/html/body/p[2]), but rejected in tests/store/resolutions-2024-03-10.html (/html/body/p[1])
| CCT 14: listed as not_started (as of 2024-06-30) in tests/store/status-2024-06.html (table[1]/tr[3]/td[3]), but rejected on 2024-03-10 in tests/store/resolutions-2024-03-10.html (/html/body/p[1])
stderr:

=== check in CSV: both places of each disagreement
cmd: recwatch check --db $TMPDIR/m.db -f csv
status: 1
stdout-lines: 4
stdout-has: review,rec_id,check,date,value,source,locator,other_date,other_value,other_source,other_locator
stdout-has: CCT,14,board_action,2024-03-10,approved,tests/store/minutes-2024-03-10.html,/html/body/p[2],2024-03-10,rejected,tests/store/resolutions-2024-03-10.html,/html/body/p[1]

=== check: a status page older than the rejection is no disagreement
cmd: db=$TMPDIR/n.db; rw-store ingest --db $db samples/cct-status/status-2023-07.html tests/store/resolutions-2024-03-10.html >/dev/null; recwatch check --db $db
status: 0
stdout:

=== check of agreeing documents: nothing, exit 0
cmd: recwatch check --db $TMPDIR/j1.db
status: 0
stdout:
stderr:

=== an ingest killed part-way (test hook) leaves the store as it was
cmd: bash tests/store/crash.sh
status: 0
stdout-has: 3 killed ingests left the store unchanged
stdout-has: the next ingest stored the batch

=== an ingest killed by timeout -s KILL leaves none or all of its batch
cmd: bash tests/store/kill.sh
status: 0
stdout-has: the full batch: 101 documents

=== two ingests at once: both succeed, nothing lost, a shared document stored once
cmd: bash tests/store/concurrent.sh
status: 0
stdout-has: two concurrent ingests: 61 documents, 2 ingests, intact

=== the report is one page with charts, changes and timelines, checked in headless chromium
cmd: bash tests/store/report.sh
status: 0
stdout-has: DOM checks: all passed
stdout-has: report checked in chromium

=== the report is written whole or not at all
cmd: rw-store report --db $TMPDIR/k.db -o $TMPDIR/no/such/dir/r.html
status: 2
stderr-has: r.html: cannot create a temporary file beside it
check: test ! -e $(dirname $OUT)/no

=== the store's schema is the one schema/store.sql documents, at version 2
cmd: /usr/bin/python3 tests/store/schema.py $TMPDIR/k.db
status: 0
stdout:
| schema matches

=== a store of version 0 (an empty SQLite file) is brought to version 2
cmd: : >$TMPDIR/v0.db; rw-store state --db $TMPDIR/v0.db && /usr/bin/python3 tests/store/schema.py $TMPDIR/v0.db
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| schema matches

=== a store from a newer rw-store is refused
cmd: /usr/bin/python3 tests/store/dbq.py $TMPDIR/v9.db 'PRAGMA user_version = 9'; rw-store state --db $TMPDIR/v9.db
status: 2
stdout:
stderr-has: v9.db: store schema version 9 is newer than this rw-store knows (3)

=== a file that is not a store is refused
cmd: rw-store check --db samples/ssr2/NOTES.md
status: 2
stderr-has: NOTES.md: not a store

=== the read commands do not create a store
cmd: rw-store log --db $TMPDIR/none.db SSR2 5.4
status: 2
stderr-has: none.db: no store here
check: test ! -e $(dirname $OUT)/none.db

=== usage errors: exit 2
cmd: rw-store; s1=$?; rw-store frob; s2=$?; rw-store state --db $TMPDIR/k.db --at 2023-13-01; s3=$?; rw-store ingest --db $TMPDIR/k.db; s4=$?; rw-store ingest -f xml x; s5=$?; rw-store ingest -j 0 x; s6=$?; rw-store log --db $TMPDIR/k.db CCT; s7=$?; echo $s1$s2$s3$s4$s5$s6$s7
status: 0
stdout:
| 2222222
stderr-has: unknown command 'frob'
stderr-has: --at needs a date as YYYY-MM-DD, not '2023-13-01'
stderr-has: ingest needs at least one document
stderr-has: unknown format 'xml' for ingest

=== --help prints the usage on stdout
cmd: rw-store --help
status: 0
stdout-has: usage: rw-store ingest [--db FILE]
stdout-has: rw-store report [--db FILE] [-o FILE]

=== the store comes from $RECWATCH_DB when --db is not given
cmd: RECWATCH_DB=$TMPDIR/env.db rw-store ingest -f csv samples/ssr2/review-page.html >/dev/null && test -s $TMPDIR/env.db
status: 0

=== a progress line on stderr when it is a terminal and the batch is long
cmd: for i in 1 2 3 4 5 6; do { cat samples/ssr2/review-page.html; echo "<!-- $i -->"; } >$TMPDIR/p$i.html; done; script -qec "rw-store ingest --db $TMPDIR/p.db -f csv $TMPDIR/p?.html >/dev/null" /dev/null
status: 0
stdout-has: recwatch: read 1 of 6 documents
stdout-has: recwatch: read 6 of 6 documents

=== no progress line when stderr is not a terminal
cmd: rw-store ingest --db $TMPDIR/p2.db -f csv $TMPDIR/p?.html
status: 0
stdout-has: review,rec_id,change,field,old,new,note
stderr:

=== standard input can be given only once
cmd: rw-store ingest --db $TMPDIR/s.db -f csv - -
stdin: samples/rds-whois2/status-2022-12.html
status: 1
stderr:
| rw-store: -: standard input can be given only once

=== ingest --keep-unlisted compares states that keep what a page stopped listing
cmd: db=$TMPDIR/ku.db; recwatch ingest --db $db samples/cct-status/status-2023-01.html >/dev/null && recwatch ingest --db $db --keep-unlisted samples/cct-status/status-2023-07.html
status: 0
stdout-has: CCT 30 added
stdout-has: 8 changed, 2 added, 0 removed, 0 renumbered

=== a bad rules file stops the ingest before any document is read
cmd: rw-store ingest --db $TMPDIR/r.db --rules /dev/null samples/ssr2/review-page.html
status: 2
stdout:
stderr-has: rw-store: /dev/null:
check: test ! -e $(dirname $OUT)/r.db

=== log and check refuse an unknown option or format: exit 2, the reason named
cmd: recwatch check --nope; a=$?; recwatch log -f xml SSR2 5.4; b=$?; test $a = 2 && test $b = 2
status: 0
stderr-has: usage: recwatch check [--db FILE]
stderr-has: recwatch: unknown format 'xml' for log (text, csv, json or jsonl)
