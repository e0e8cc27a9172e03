#!/usr/bin/env bash
# crash.sh - an ingest killed in the middle of storing its batch (the
# RECWATCH_TEST_DIE_AFTER hook: SIGKILL after N documents) leaves the
# store exactly as it was, and the next ingest stores the whole batch.
. tests/store/lib.sh
db=$tmp/crash.db; rm -f "$db"*
rw-store ingest --db "$db" samples/cct-status/status-2023-01.html >/dev/null || fail "first ingest"
before=$(digest "$db"); n0=$(ndocs "$db")
batch="samples/cct-status/status-2023-07.html samples/ssr2/review-page.html samples/rds-whois2/status-2022-12.html"
for n in 1 2 3; do
	{ RECWATCH_TEST_DIE_AFTER=$n rw-store ingest --db "$db" $batch >/dev/null 2>&1; st=$?; } 2>/dev/null
	[ $st = 137 ] || fail "die after $n: exit status $st, expected 137 (killed)"
	intact "$db"
	[ "$(digest "$db")" = "$before" ] || fail "die after $n: the store changed"
done
echo "3 killed ingests left the store unchanged ($n0 document)"
rw-store ingest --db "$db" $batch >/dev/null || fail "ingest after the crashes"
intact "$db"
[ "$(ndocs "$db")" = 4 ] || fail "after a clean ingest: $(ndocs "$db") documents, expected 4"
[ "$(q "$db" 'SELECT count(*) FROM ingest')" = 2 ] || fail "ingest rows: $(q "$db" 'SELECT count(*) FROM ingest')"
echo "the next ingest stored the batch"
