#!/usr/bin/env bash
# kill.sh - `timeout -s KILL` stops a big batch at moments spread over the
# time a whole run takes (reading the documents, then storing them); each
# time the store is intact and holds either none or all of the batch.
# Finally the batch goes in whole.
. tests/store/lib.sh
db=$tmp/kill.db; rm -f "$db"*
rw-store ingest --db "$db" samples/cct-status/status-2023-07.html >/dev/null || fail "first ingest"
make_docs "$tmp/kill" 1 100
n0=$(ndocs "$db")
# how long the whole batch takes here, on a copy
cp "$db" "$tmp/kill-copy.db"
start=$(date +%s%N)
rw-store ingest -j 2 --db "$tmp/kill-copy.db" "$tmp"/kill/doc-*.html >/dev/null 2>"$tmp/kill.err" || fail "a whole run: $(cat "$tmp/kill.err")"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
for pc in 20 50 80 95 99; do
	t=$(awk "BEGIN { printf \"%.3f\", $ms * $pc / 100000 }")
	{ timeout -s KILL "$t" rw-store ingest -j 2 --db "$db" "$tmp"/kill/doc-*.html >/dev/null 2>&1; } 2>/dev/null
	intact "$db"
	n=$(ndocs "$db")
	[ "$n" = "$n0" ] || [ "$n" = $((n0 + 100)) ] || fail "killed after ${t}s: $n documents, expected $n0 or $((n0 + 100))"
	echo "killed after ${t}s of ${ms}ms: $n documents"
	[ "$n" = "$n0" ] || break
done
rw-store ingest -j 2 --db "$db" "$tmp"/kill/doc-*.html >/dev/null 2>&1 || fail "the full batch"
intact "$db"
[ "$(ndocs "$db")" = $((n0 + 100)) ] || fail "after the full batch: $(ndocs "$db") documents"
echo "the full batch: $((n0 + 100)) documents"
