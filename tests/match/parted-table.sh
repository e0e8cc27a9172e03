#!/bin/sh
# parted-table.sh N M - the block stream of a PDF whose status table goes
# on over a page break, a heading at the second page's top between its
# parts (as rw-pdf writes it: both parts are table 1): N rows on page 1,
# M on page 2, then a paragraph. Ids 1.1 ... 1.N, 2.1 ... 2.M.
set -eu
n=${1:?usage: parted-table.sh N M}
m=${2:?usage: parted-table.sh N M}
cell() { # page row col text
	printf '{"kind":"cell","text":"%s","locator":"page %d, table 1, row %d, col %d","table":1,"row":%d,"col":%d,"page":%d}\n' \
		"$4" "$1" $(($2 + 1)) $(($3 + 1)) "$2" "$3" "$1"
}
printf '%s\n' '{"kind":"document","source":"parted.pdf","format":"pdf","text":"SSR2 Implementation Status","page":1}' \
	'{"kind":"heading","text":"SSR2 Implementation Status","locator":"page 1, line 1","level":1,"page":1}' \
	'{"kind":"table","locator":"page 1, table 1","table":1,"page":1}'
cell 1 0 0 "Rec #"
cell 1 0 1 "Status"
for i in $(seq "$n"); do
	cell 1 "$i" 0 "1.$i"
	cell 1 "$i" 1 "Complete"
done
printf '%s\n' '{"kind":"heading","text":"Recommendations on abuse","locator":"page 2, line 1","level":2,"page":2}' \
	'{"kind":"table","locator":"page 2, table 1","table":1,"page":2}'
for i in $(seq "$m"); do
	cell 2 $((n + i)) 0 "2.$i"
	cell 2 $((n + i)) 1 "In progress"
done
printf '%s\n' '{"kind":"paragraph","text":"The team reports every quarter.","locator":"page 2, line 9","page":2}'
