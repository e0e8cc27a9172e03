#!/bin/sh
# three-runs.sh - run under with-server.sh: a watch list of ten URLs of
# the test server (five documents, five that fail each in its own way)
# watched three times, while the server changes the CCT page between the
# first and second run and the RDS-WHOIS2 page between the second and
# third.  Prints, for each run, its exit status, its report (the first
# run's as a count and its summary: it adds every record) and its stderr
# with the server's port taken out; then what the store holds.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
db=$TMPDIR/three.db
list=$TMPDIR/three.list
cat >"$list" <<LIST
# ten documents, five of which fail
$HTTP/doc/cct.html          CCT  implementation status, changes before run 2
$HTTP/doc/rds.html          -    RDS-WHOIS2 status, changes before run 3
$HTTP/gzip/ssr2.html        SSR2 served gzip-encoded
$HTTP/type/atrt3.html       -    served as image/png
$HTTP/redirect/resolution.pdf   # a PDF, through a redirect
$HTTP/status/404
$HTTP/status/500
$HTTP/loop/a
$HTTP/slow
$HTTP/big/2000000
LIST
watch() {
	recwatch watch --db "$db" --timeout 1 --retries 1 --backoff 0.1 --host-delay 0 \
		--max-bytes 1M "$list" >"$TMPDIR/report" 2>"$TMPDIR/stderr"
	echo "run $1: exit $?"
	if [ "$1" = 1 ]; then
		echo "$(wc -l <"$TMPDIR/report") lines, the last: $(tail -n 1 "$TMPDIR/report")"
	else
		cat "$TMPDIR/report"
	fi
	sed "s|$HTTP|HTTP|g" "$TMPDIR/stderr"
}
watch 1
cp "$top/samples/cct-status/status-2023-07.html" "$ROOT/cct.html"
watch 2
sed 's/In progress/Completed/' "$top/samples/rds-whois2/status-2022-12.html" >"$ROOT/rds.html"
watch 3
q() { /usr/bin/python3 "$top/tests/store/dbq.py" "$db" "$1"; }
echo "bodies: $(q 'SELECT count(*) FROM body'), snapshots: $(q 'SELECT count(*) FROM snapshot'), documents: $(q 'SELECT count(*) FROM document')"
echo "distinct bodies served: $(cd "$ROOT" && ls | wc -l) now + 2 replaced"
q "SELECT replace(url, '$HTTP', 'HTTP'), failures, status FROM url ORDER BY rowid"
