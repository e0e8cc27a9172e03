#!/bin/sh
# gen.sh KIND FILE - writes one of the large hostile inputs that are made
# when a test runs rather than kept in the tree.
#   deep-div     100,000 nested <div>s around a recommendation table
#   deep-table   100,000 tables, each nested in a cell of the one before
#   big-cell     a table whose description cell holds 1 MiB of text
#   long-id      a 10,000-digit "id" in the id column, then a good row
#   catastrophic a status cell of 5,000 'a's and a 'b' (for (a+)+$)
#   span-bomb    2,500 cells of colspan 1000 rowspan 10000, then a good table
#   big-html N   an N MiB page: a 10-column table of 1,000-row chunks
set -eu
head='<html><head><meta charset="utf-8"><title>SSR2 Review</title></head><body>'
tbl='<table><tr><th>Rec #</th><th>Implementation Status</th></tr><tr><td>1.1</td><td>Complete</td></tr></table>'
case $1 in
deep-div) awk -v h="$head" -v t="$tbl" 'BEGIN { printf "%s", h
	for (i = 0; i < 100000; i++) printf "<div>"; printf "%s", t
	for (i = 0; i < 100000; i++) printf "</div>"; print "</body></html>" }' >"$2" ;;
deep-table) awk -v h="$head" 'BEGIN { printf "%s", h
	for (i = 0; i < 100000; i++) printf "<table><tr><td>%d.1", i
	for (i = 0; i < 100000; i++) printf "</td></tr></table>"; print "</body></html>" }' >"$2" ;;
big-cell) awk -v h="$head" 'BEGIN { printf "%s<table><tr><th>Rec #</th><th>Implementation Status</th><th>Description</th></tr><tr><td>1.1</td><td>Complete</td><td>", h
	for (i = 0; i < 104858; i++) printf "lorem ips "; print "</td></tr></table></body></html>" }' >"$2" ;;
long-id) awk -v h="$head" 'BEGIN { printf "%s<table><tr><th>Rec #</th><th>Implementation Status</th></tr><tr><td>", h
	for (i = 0; i < 10000; i++) printf "1"
	print "</td><td>Complete</td></tr><tr><td>2.1</td><td>Complete</td></tr></table></body></html>" }' >"$2" ;;
catastrophic) awk -v h="$head" 'BEGIN { printf "%s<table><tr><th>Rec #</th><th>Implementation Status</th></tr><tr><td>1.1</td><td>", h
	for (i = 0; i < 5000; i++) printf "a"
	print "b</td></tr><tr><td>1.2</td><td>Complete</td></tr></table></body></html>" }' >"$2" ;;
span-bomb) awk -v h="$head" -v t="$tbl" 'BEGIN { printf "%s<table>", h
	for (r = 0; r < 50; r++) { printf "<tr>"; for (c = 0; c < 50; c++) printf "<td colspan=1000 rowspan=10000>x</td>"; print "</tr>" }
	print "</table>" t "</body></html>" }' >"$2" ;;
big-html) awk -v h="$head" -v mb="$3" 'BEGIN { printf "%s", h; n = 0; size = 0
	while (size < mb * 1048576) {
		s = "<table><tr><th>Rec #</th><th>Implementation Status</th><th>Priority</th><th>Description</th></tr>\n"
		for (r = 0; r < 1000; r++) {
			n++
			s = s sprintf("<tr><td>%d.%d</td><td>In progress</td><td>P%d</td><td>Recommendation text number %d, long enough to look like a real description of work.</td></tr>\n", int(n / 100) + 1, n % 100 + 1, n % 4 + 1, n)
		}
		s = s "</table>\n"; printf "%s", s; size += length(s)
	}
	print "</body></html>" }' >"$2" ;;
*) echo "gen.sh: unknown kind $1" >&2; exit 2 ;;
esac
