#!/usr/bin/env bash
# profile.sh [STAGE...] - where recwatch's filters spend their time, on the
# inputs make bench generated (run make bench first).  Records each stage
# with perf (DWARF call graphs, so that inlined static functions are
# named) and writes the heaviest functions, self and with their callees,
# to bench/work/profile-STAGE.txt; prints the first lines of each.
#
# Stages: html (rw-html, 20 MB page), match (rw-match on its blocks),
# fold (rw-fold on the facts), pdf (rw-pdf, 10-page scorecard), diff
# (rw-diff, 1,000,000-record pair).  Default: all.  Needs perf
# (linux-perf); libraries without symbols show as addresses.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
w=bench/work
b=$w/bin
[ -x $b/rw-html ] || { echo "profile.sh: run make bench first ($b is missing)" >&2; exit 2; }
[ $# -gt 0 ] || set -- html match fold pdf diff

# prof NAME OUT CMD...: records CMD (stdout to OUT), writes the report.
prof() {
	local name=$1 out=$2
	shift 2
	perf record -q -F 499 --call-graph dwarf,16384 -o $w/perf-$name.data "$@" >"$out" 2>/dev/null || true
	{
		echo "== $name: $*"
		echo "-- self time, by library and function"
		perf report -i $w/perf-$name.data --no-children --sort dso,sym --stdio -g none 2>/dev/null |
			grep -E '^ +[0-9]' | head -20
		echo "-- with callees (our functions and the library entry points)"
		perf report -i $w/perf-$name.data --children --sort sym --stdio -g none 2>/dev/null |
			grep -E '^ +[0-9]' | grep -v -e '0x0000' -e '\[k\]' | head -30
	} >$w/profile-$name.txt
	head -32 $w/profile-$name.txt
}

for s in "$@"; do
	case $s in
	html) prof html $w/profile.blocks $b/rw-html $w/page-38400.html ;;
	match) [ -s $w/profile.blocks ] || $b/rw-html $w/page-38400.html >$w/profile.blocks
		prof match $w/profile.facts $b/rw-match $w/profile.blocks ;;
	fold) [ -s $w/profile.facts ] || { $b/rw-html $w/page-38400.html | $b/rw-match >$w/profile.facts; }
		prof fold /dev/null $b/rw-fold $w/profile.facts ;;
	pdf) prof pdf /dev/null $b/rw-pdf $w/scorecard-10p.pdf ;;
	diff) prof diff /dev/null $b/rw-diff -f csv $w/diff/old-1000000.csv $w/diff/new-1000000.csv ;;
	*) echo "profile.sh: unknown stage $s" >&2; exit 2 ;;
	esac
done
