#!/usr/bin/env bash
# concurrent.sh - two ingests into one new store at once: both succeed
# (the second waits for the first's transaction), nothing is lost, and a
# document that both bring is stored once.
. tests/store/lib.sh
db=$tmp/conc.db; rm -f "$db"*
make_docs "$tmp/conc" 1 60
a=$(ls "$tmp"/conc/doc-{1..30}.html) b=$(ls "$tmp"/conc/doc-{31..60}.html)
rw-store ingest --db "$db" $a samples/ssr2/review-page.html >"$tmp/a.out" 2>"$tmp/a.err" & pa=$!
rw-store ingest --db "$db" -j 2 $b samples/ssr2/review-page.html >"$tmp/b.out" 2>"$tmp/b.err" & pb=$!
wait $pa; sa=$?; wait $pb; sb=$?
[ $sa = 0 ] && [ $sb = 0 ] || fail "exit statuses $sa and $sb: $(cat "$tmp/a.err" "$tmp/b.err")"
intact "$db"
[ "$(ndocs "$db")" = 61 ] || fail "$(ndocs "$db") documents, expected 61"
[ "$(q "$db" 'SELECT count(*) FROM ingest')" = 2 ] || fail "expected 2 ingests"
skips=$(cat "$tmp/a.err" "$tmp/b.err" | grep -c 'already ingested (same content as ')
[ "$skips" = 1 ] || fail "$skips notes of documents already ingested, expected 1: $(head -3 "$tmp/a.err" "$tmp/b.err")"
grep -qi locked "$tmp/a.err" "$tmp/b.err" && fail "a lock error: $(grep -i locked "$tmp/a.err" "$tmp/b.err")"
echo "two concurrent ingests: 61 documents, 2 ingests, intact"
