#!/usr/bin/env bash
# sort-join.sh OLD NEW - the plain-tools baseline for rw-diff: key each
# row by review|rec_id, sort both sides, join them and print the keys
# whose rows differ or exist on one side only.
#
# A lower bound, not an equal: it does not parse CSV (it relies on what
# gen-pair.py guarantees - the first seven fields and the last are never
# quoted and no value holds a line break), it compares whole rows without
# as_of and sources rather than field by field, and it folds no
# whitespace.
set -eu
export LC_ALL=C
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sortjoin.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# key TAB row-without-as_of-and-sources, sorted by key
keyed() {
	tail -n +2 "$1" | awk -F, -v OFS='\t' '{
		key = $1 "|" $2
		row = $0
		sub(/,[^,]*$/, "", row)              # sources, the last field
		pre = $1 "," $2 "," $3 "," $4 "," $5 "," $6 ","
		row = pre substr(row, length(pre) + length($7) + 2)
		print key, row
	}' | sort -t "$(printf '\t')" -k1,1 -S 25% >"$2"
}

keyed "$1" "$tmp/old" &
keyed "$2" "$tmp/new"
wait
join -t "$(printf '\t')" -a 1 -a 2 -e '(none)' -o 0,1.2,2.2 "$tmp/old" "$tmp/new" |
	awk -F'\t' '$2 != $3 { print $1 }'
