# recwatch watch, fetch and reextract against the test web server
# (tests/http-server.py on 127.0.0.1, started by tests/watch/with-server.sh
# for each case; nothing else is ever asked).  Each case makes its own
# store in $TMPDIR.

=== ten URLs watched three times while two documents change: exactly those changes, each body once, one line a failing URL
cmd: sh tests/watch/with-server.sh 'sh tests/watch/three-runs.sh'
status: 0
stdout:
| run 1: exit 1
| 118 lines, the last: 0 changed, 117 added, 0 removed, 0 renumbered
| recwatch: HTTP/status/404: HTTP 404
| recwatch: HTTP/status/500: HTTP 500 (2 attempts)
| recwatch: HTTP/loop/a: redirect loop (HTTP/loop/b leads back to HTTP/loop/a)
| recwatch: HTTP/slow: no whole answer within 1000 ms (see --timeout; 2 attempts)
| recwatch: HTTP/big/2000000: larger than 1048576 bytes (see --max-bytes)
| run 2: exit 1
| CCT 12 added
| CCT 7 removed
| CCT 29 renumbered as 30
| CCT 5 status: in_progress -> complete
| CCT 5 update: (empty) -> Implementation documentation published in June 2023.
| CCT 6 status: not_started -> in_progress
| CCT 11 status: complete -> in_progress  [regression]
| CCT 11 update: Completed in December 2022. -> Reopened: the community found gaps in the published figures, which are being corrected.
| CCT 13 update: Questionnaire drafted; fieldwork planned for the second quarter of 2023. -> Fieldwork finished; the results are being analysed.
| CCT 14 status: not_started -> in_progress
| CCT 33 status: in_progress -> complete
| 8 changed, 1 added, 1 removed, 1 renumbered
| recwatch: HTTP/status/404: HTTP 404
| recwatch: HTTP/status/500: HTTP 500 (2 attempts)
| recwatch: HTTP/loop/a: redirect loop (HTTP/loop/b leads back to HTTP/loop/a)
| recwatch: HTTP/slow: no whole answer within 1000 ms (see --timeout; 2 attempts)
| recwatch: HTTP/big/2000000: larger than 1048576 bytes (see --max-bytes)
| run 3: exit 1
| RDS-WHOIS2 BY.1 status: in_progress -> complete
| RDS-WHOIS2 R1.1 status: in_progress -> complete
| RDS-WHOIS2 R4.1 status: in_progress -> complete
| RDS-WHOIS2 SG.1 status: in_progress -> complete
| 4 changed, 0 added, 0 removed, 0 renumbered
| recwatch: HTTP/status/404: HTTP 404
| recwatch: HTTP/status/500: HTTP 500 (2 attempts)
| recwatch: HTTP/loop/a: redirect loop (HTTP/loop/b leads back to HTTP/loop/a)
| recwatch: HTTP/slow: no whole answer within 1000 ms (see --timeout; 2 attempts)
| recwatch: HTTP/big/2000000: larger than 1048576 bytes (see --max-bytes)
| bodies: 7, snapshots: 7, documents: 7
| distinct bodies served: 5 now + 2 replaced
| HTTP/doc/cct.html|0|304
| HTTP/doc/rds.html|0|200
| HTTP/gzip/ssr2.html|0|304
| HTTP/type/atrt3.html|0|304
| HTTP/redirect/resolution.pdf|0|304
| HTTP/status/404|3|404
| HTTP/status/500|3|500
| HTTP/loop/a|3|302
| HTTP/slow|3|200
| HTTP/big/2000000|3|200
# (run 2's report is samples/cct-status/expected-diff.txt, line for line)

=== the second run asks conditionally, with the validators the first run kept, and names recwatch and its version
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/cct.html CCT" >$TMPDIR/l; for i in 1 2; do recwatch watch --db $TMPDIR/c.db --host-delay 0 $TMPDIR/l >/dev/null; done; sed "s|$HTTP||; s/\"[0-9a-f]*\"/ETAG/; s/[A-Z][a-z][a-z], [0-9][0-9] [A-Z][a-z][a-z] [0-9]* [0-9:]* GMT/DATE/" $HTTPLOG'
status: 0
stdout:
| GET /doc/cct.html | recwatch/0.1.0 |  |  | deflate, gzip, br, zstd
| GET /doc/cct.html | recwatch/0.1.0 | ETAG | DATE | deflate, gzip, br, zstd

=== a first run reports every record as added; nothing changed on the second: exit 0, an empty report
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/rds.html" >$TMPDIR/l; recwatch watch --db $TMPDIR/d.db --host-delay 0 $TMPDIR/l >$TMPDIR/first; echo "first: $?"; tail -n 1 $TMPDIR/first; recwatch watch --db $TMPDIR/d.db --host-delay 0 $TMPDIR/l; echo "second: $?"'
status: 0
stdout:
| first: 1
| 0 changed, 12 added, 0 removed, 0 renumbered
| second: 0
stderr:

=== the CSV report has the change columns of recwatch diff
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/cct.html CCT" >$TMPDIR/l; recwatch watch --db $TMPDIR/e.db -f csv --host-delay 0 $TMPDIR/l'
status: 1
stdout-has: review,rec_id,change,field,old,new,note
stdout-has: CCT,35,added,,,,
stdout-lines: 19

=== the JSON report validates against schema/change.schema.json
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/cct.html CCT" >$TMPDIR/l; recwatch watch --db $TMPDIR/f.db -f json --host-delay 0 $TMPDIR/l'
status: 1
check: /usr/bin/python3 tests/diff/validate.py schema/change.schema.json $OUT

=== a document served again with the same bytes (200, no validators) adds nothing
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/plain/atrt3.html" >$TMPDIR/l; for i in 1 2 3; do recwatch watch --db $TMPDIR/g.db --host-delay 0 $TMPDIR/l >/dev/null; echo "run $i: $?"; done; grep -c "GET /plain/atrt3.html | recwatch/0.1.0 |  |" $HTTPLOG'
status: 0
stdout:
| run 1: 1
| run 2: 0
| run 3: 0
| 3
check: test "$(/usr/bin/python3 tests/store/dbq.py $(dirname $OUT)/g.db 'SELECT (SELECT count(*) FROM body), (SELECT count(*) FROM snapshot), (SELECT count(*) FROM document), (SELECT count(*) FROM ingest)')" = "1|1|1|1"

=== two URLs that serve the same bytes: one body, one document, a snapshot each
cmd: sh tests/watch/with-server.sh 'printf "%s\n" "$HTTP/doc/rds.html" "$HTTP/plain/rds.html" >$TMPDIR/l; recwatch watch --db $TMPDIR/h.db --host-delay 0 $TMPDIR/l | tail -n 1'
status: 0
stdout:
| 0 changed, 12 added, 0 removed, 0 renumbered
stderr-has: plain/rds.html: already ingested (same content as http://127.0.0.1:
check: test "$(/usr/bin/python3 tests/store/dbq.py $(dirname $OUT)/h.db 'SELECT (SELECT count(*) FROM body), (SELECT count(*) FROM snapshot), (SELECT count(*) FROM document)')" = "1|2|1"

=== --exec gets the report on its standard input, and runs only when something changed
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/rds.html" >$TMPDIR/l; recwatch watch --db $TMPDIR/i.db --host-delay 0 --exec "cat >$TMPDIR/mail1" $TMPDIR/l >$TMPDIR/out1; echo "run 1: $?"; recwatch watch --db $TMPDIR/i.db --host-delay 0 --exec "cat >$TMPDIR/mail2" $TMPDIR/l; echo "run 2: $?"; cmp $TMPDIR/mail1 $TMPDIR/out1 && test ! -e $TMPDIR/mail2 && echo "mailed once"'
status: 0
stdout:
| run 1: 1
| run 2: 0
| mailed once

=== a failing --exec command is trouble: exit 2, said on stderr
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/rds.html" >$TMPDIR/l; recwatch watch --db $TMPDIR/j.db --host-delay 0 --exec "exit 3" $TMPDIR/l >/dev/null'
status: 2
stderr-has: recwatch: --exec: 'exit 3' exited with status 3

=== -o FILE gets the report whole; standard output stays empty
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/rds.html" >$TMPDIR/l; recwatch watch --db $TMPDIR/k.db --host-delay 0 -f csv -o $TMPDIR/k.csv $TMPDIR/l'
status: 1
stdout:
check: T=$(dirname $OUT); test "$(head -n 1 $T/k.csv)" = "review,rec_id,change,field,old,new,note" && test "$(wc -l <$T/k.csv)" = 13

=== a URL that failed three runs in a row shows in recwatch check, not before
cmd: sh tests/watch/with-server.sh 'printf "%s RDS-WHOIS2\n%s\n" "$HTTP/status/404" "$HTTP/doc/rds.html" >$TMPDIR/l; for i in 1 2 3; do recwatch watch --db $TMPDIR/m.db --host-delay 0 $TMPDIR/l >/dev/null 2>&1; recwatch check --db $TMPDIR/m.db >$TMPDIR/found; echo "check after run $i: $?"; sed "s|$HTTP|HTTP|; s/on [0-9TZ:-]*:/on DATE:/" $TMPDIR/found; done'
status: 0
stdout:
| check after run 1: 0
| check after run 2: 0
| check after run 3: 1
| HTTP/status/404: failed 3 fetches in a row, the last on DATE: HTTP 404

=== a URL that works again starts its count again
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/late.html" >$TMPDIR/l; for i in 1 2; do recwatch watch --db $TMPDIR/n.db --host-delay 0 $TMPDIR/l 2>/dev/null; done; cp $ROOT/rds.html $ROOT/late.html; recwatch watch --db $TMPDIR/n.db --host-delay 0 $TMPDIR/l | tail -n 1; /usr/bin/python3 tests/store/dbq.py $TMPDIR/n.db "SELECT failures, status, error FROM url"'
status: 0
stdout:
| 0 changed, 12 added, 0 removed, 0 renumbered
| 0|200|

=== when every URL fails, the run is trouble: exit 2, no report
cmd: sh tests/watch/with-server.sh 'printf "%s\n" "$HTTP/status/404" "$HTTP/status/410" >$TMPDIR/l; recwatch watch --db $TMPDIR/o.db --host-delay 0 $TMPDIR/l'
status: 2
stdout:
stderr-has: /status/404: HTTP 404
stderr-has: /status/410: HTTP 410

=== the watch list: comments, review codes, labels; a bad line is named by file and line and skipped
cmd: sh tests/watch/with-server.sh 'printf "# my list\n\n%s   CCT   the CCT page  # and a comment\nftp://example.org/x\n%s - RDS page\n" "$HTTP/doc/cct.html" "$HTTP/doc/rds.html" >$TMPDIR/l; recwatch watch --db $TMPDIR/p.db --host-delay 0 $TMPDIR/l | tail -n 1; /usr/bin/python3 tests/store/dbq.py $TMPDIR/p.db "SELECT review, label FROM url ORDER BY rowid"'
status: 0
stdout:
| 0 changed, 30 added, 0 removed, 0 renumbered
| CCT|the CCT page
| |RDS page
stderr-has: l:4: not an http(s) URL: ftp://example.org/x

=== a watch list that cannot be read is trouble
cmd: recwatch watch --db $TMPDIR/q.db $TMPDIR/no-such-list
status: 2
stderr-has: no-such-list: cannot open the watch list

=== an unknown report format is refused before anything is fetched
cmd: recwatch watch --db $TMPDIR/r.db -f yaml $TMPDIR/no-such-list
status: 2
stderr-has: no report in format 'yaml'
check: test ! -e $(dirname $OUT)/r.db

=== recwatch fetch stores documents without a report; a failing URL makes exit 1
cmd: sh tests/watch/with-server.sh 'recwatch fetch --db $TMPDIR/s.db --host-delay 0 --review CCT $HTTP/doc/cct.html $HTTP/status/404; echo "fetch: $?"; recwatch state --db $TMPDIR/s.db | wc -l'
status: 0
stdout:
| fetch: 1
| 19
stderr-has: /status/404: HTTP 404

=== reextract reads the kept bodies again with other rules, and back
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/rds.html" >$TMPDIR/l; recwatch watch --db $TMPDIR/t.db --host-delay 0 $TMPDIR/l >/dev/null; grep -v "^in_progress " ${RECWATCH_RULES:-rules/recwatch.rules} >$TMPDIR/older.rules; recwatch reextract --db $TMPDIR/t.db --rules $TMPDIR/older.rules 2>/dev/null; echo "older rules: $?"; recwatch reextract --db $TMPDIR/t.db; echo "today: $?"; recwatch reextract --db $TMPDIR/t.db; echo "again: $?"'
status: 0
stdout-has: older rules: 1
stdout-has: today: 1
stdout-has: again: 0
stdout-has: RDS-WHOIS2 R1.1 status: in_progress -> (empty)
stdout-has: RDS-WHOIS2 R1.1 status: (empty) -> in_progress

=== reextract of a URL the store has no body of says so
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/rds.html" >$TMPDIR/l; recwatch watch --db $TMPDIR/u.db --host-delay 0 $TMPDIR/l >/dev/null; recwatch reextract --db $TMPDIR/u.db http://127.0.0.1:1/never'
status: 0
stderr-has: http://127.0.0.1:1/never: no fetched body of it is kept in the store

=== a store of version 1 gains the tables of fetching, and keeps its documents
cmd: rw-store ingest --db $TMPDIR/v1.db samples/rds-whois2/status-2022-12.html >/dev/null; for t in snapshot body url; do /usr/bin/python3 tests/store/dbq.py $TMPDIR/v1.db "DROP TABLE $t"; done; /usr/bin/python3 tests/store/dbq.py $TMPDIR/v1.db 'PRAGMA user_version = 1'; rw-store state --db $TMPDIR/v1.db | wc -l; /usr/bin/python3 tests/store/schema.py $TMPDIR/v1.db
status: 0
stdout:
| 13
| schema matches

=== a store of version 2 is brought to version 3: its documents keep their facts and are tied to the snapshots that gave them
cmd: /usr/bin/python3 -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).executescript(open(sys.argv[2]).read())" $TMPDIR/v2.db tests/store/v2-went-back.sql; rw-store state --db $TMPDIR/v2.db | cut -d, -f2,5; /usr/bin/python3 tests/store/schema.py $TMPDIR/v2.db; /usr/bin/python3 tests/store/dbq.py $TMPDIR/v2.db "SELECT id, snapshot, (SELECT count(*) FROM fact WHERE document = d.id) FROM document d"; /usr/bin/python3 tests/store/dbq.py $TMPDIR/v2.db "PRAGMA foreign_key_check"
status: 0
stdout:
| rec_id,status
| 1,complete
| 2,complete
| 3,not_started
| schema matches
| 1|1|3
| 2|2|3
stderr:

=== the report as an xlsx workbook, with the change columns
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/cct.html" >$TMPDIR/l; recwatch watch --db $TMPDIR/w.db --host-delay 0 -f xlsx -o $TMPDIR/w.xlsx $TMPDIR/l; echo "exit $?"; /usr/bin/python3 tests/xlsx-read.py $TMPDIR/w.xlsx | head -n 2'
status: 0
stdout:
| exit 1
| review,rec_id,change,field,old,new,note
| CCT,1,added,,,,

=== a watch list with no URL on it, only bad lines, is trouble
cmd: printf 'file:///etc/passwd\n# nothing else\n' >$TMPDIR/bad.list; recwatch watch --db $TMPDIR/y.db $TMPDIR/bad.list
status: 2
stderr-has: bad.list:1: not an http(s) URL: file:///etc/passwd
stderr-has: bad.list: no URL to watch
check: test ! -e $(dirname $OUT)/y.db

=== a page that goes back to a body it gave before is folded again: its undated statuses come back, in the report and the state
cmd: sh tests/watch/with-server.sh 'cp tests/watch/undated.html $ROOT/u.html; echo "$HTTP/doc/u.html SSR2" >$TMPDIR/back.list; w() { recwatch watch --db $TMPDIR/back.db --host-delay 0 $TMPDIR/back.list | tail -n 2; }; w; sed "s/<td>In progress/<td>Complete/" tests/watch/undated.html >$ROOT/u.html; w; cp tests/watch/undated.html $ROOT/u.html; w; rw-store state --db $TMPDIR/back.db | cut -d, -f2,5 | sed -n 3p; echo "snapshots: $(/usr/bin/python3 tests/store/dbq.py $TMPDIR/back.db "SELECT count(*) FROM snapshot"), bodies: $(/usr/bin/python3 tests/store/dbq.py $TMPDIR/back.db "SELECT count(*) FROM body"), documents: $(/usr/bin/python3 tests/store/dbq.py $TMPDIR/back.db "SELECT count(*) FROM document")"'
status: 0
stdout:
| SSR2 3 added
| 0 changed, 3 added, 0 removed, 0 renumbered
| SSR2 2 status: in_progress -> complete
| 1 changed, 0 added, 0 removed, 0 renumbered
| SSR2 2 status: complete -> in_progress  [regression]
| 1 changed, 0 added, 0 removed, 0 renumbered
| 2,in_progress
| snapshots: 3, bodies: 2, documents: 3
stderr:

=== a page that goes back to an earlier body with older dates keeps the newer dated facts (the fold's rule), though it is read again
cmd: sh tests/watch/with-server.sh 'echo "$HTTP/doc/cct.html" >$TMPDIR/back2.list; w() { recwatch watch --db $TMPDIR/back2.db --host-delay 0 $TMPDIR/back2.list | tail -n 1; }; w; cp samples/cct-status/status-2023-07.html $ROOT/cct.html; w; cp samples/cct-status/status-2023-01.html $ROOT/cct.html; w; echo "documents: $(/usr/bin/python3 tests/store/dbq.py $TMPDIR/back2.db "SELECT count(*) FROM document")"'
status: 0
stdout:
| 0 changed, 18 added, 0 removed, 0 renumbered
| 8 changed, 1 added, 1 removed, 1 renumbered
| documents: 3
stderr:
