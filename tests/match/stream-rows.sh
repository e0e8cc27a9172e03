#!/bin/sh
# stream-rows.sh - rw-match reading a pipe writes a long table's facts
# while its rows still come in: the first 1000 rows of a 1100-row table
# (more facts than rw-match's 64 KiB of output buffer) are written to
# it, and the rest only once its facts have begun to come out (or after
# 10 s).  Prints "early" or "late", then the facts' count.
set -u
d=${TMPDIR:-/tmp}
mkfifo "$d/in"
rows() {
	awk -v from="$1" -v to="$2" 'BEGIN { for (i = from; i < to; i++)
		printf "{\"kind\":\"cell\",\"text\":\"%d.%d\",\"table\":1,\"row\":%d,\"col\":0}\n{\"kind\":\"cell\",\"text\":\"Complete\",\"table\":1,\"row\":%d,\"col\":1}\n", int(i / 50) + 1, i % 50 + 1, i, i }'
}
rw-match <"$d/in" >"$d/facts" &
{
	printf '%s\n' '{"kind":"document","source":"s.html","format":"html","text":"SSR2 status"}' \
		'{"kind":"table","table":1}' \
		'{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0,"header":true}' \
		'{"kind":"cell","text":"Status","table":1,"row":0,"col":1,"header":true}'
	rows 1 1001
	for i in $(seq 100); do
		[ -s "$d/facts" ] && break
		sleep 0.1
	done
	if [ -s "$d/facts" ]; then echo early >"$d/when"; else echo late >"$d/when"; fi
	rows 1001 1101
} >"$d/in"
wait
cat "$d/when"
wc -l <"$d/facts"
