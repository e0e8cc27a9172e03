#!/bin/sh
# gen-priority-words.sh N FILE - a status page of N recommendations whose
# priorities read "High", "Medium" and "Low" (words outside the [priority]
# vocabulary) and whose statuses are all readable.
n=$1 out=$2
{
	echo '<!DOCTYPE html><html><head><meta charset="utf-8"><title>SSR2 implementation</title></head><body>'
	echo '<h1>SSR2 implementation status as of 30 June 2024</h1><table>'
	echo '<tr><th>Rec #</th><th>Status</th><th>Priority</th></tr>'
	i=1
	while [ $i -le $n ]; do
		case $((i % 3)) in 0) p=High ;; 1) p=Medium ;; *) p=Low ;; esac
		echo "<tr><td>$((i / 100 + 1)).$((i % 100 + 1))</td><td>Complete</td><td>$p</td></tr>"
		i=$((i + 1))
	done
	echo '</table></body></html>'
} >"$out"
