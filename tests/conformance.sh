#!/bin/sh
# conformance.sh SHARED - the peers' table-extraction suites kept outside
# the tree (SHARED/conformance/*), run on the reader itself (rw-pdf |
# rw-tables, through tests/pdf/tables-chain.sh). `make conformance` calls
# it; a clone without SHARED beside it says so and fails.
#
# Each suite runs twice: with the method each case names (stream or
# lattice, as the peer ran it), and with every case in auto mode (what
# `recwatch extract` uses). Every case must keep its floor in
# tests/conformance-floors.tsv (a regression in one case shows even when
# another gains), and the totals are printed.
shared=${1:?usage: conformance.sh SHARED}
top=$(cd "$(dirname "$0")/.." && pwd)
floors=$top/tests/conformance-floors.tsv
suite=$shared/conformance/tabula
[ -x "$suite/run-suite.sh" ] || { echo "conformance: no suite at $suite" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
status=0

# score MODE: the suite's total, and each case against its floor (the
# suite prints "CASE METHOD cells M/N = RATIO ..." a case).
score() {
	echo "tabula $1: $(tail -n 1 "$tmp/$1.log")"
	awk -v mode="$1" -F'\t' 'NR == FNR { if ($1 == mode) floor[$2] = $3; next }
		$0 ~ / cells / { split($0, f, " +"); got[f[1]] = f[6] }
		END { bad = 0
		      for (c in floor) if (!(c in got) || got[c] + 0 < floor[c] + 0) {
			      printf "tabula %s: %s scores %s, below its floor %s\n", mode, c, (c in got) ? got[c] : "nothing", floor[c] > "/dev/stderr"; bad = 1 }
		      exit bad }' "$floors" "$tmp/$1.log" || status=1
}

"$suite/run-suite.sh" "$top/tests/pdf/tables-chain.sh" "$tmp/named" >"$tmp/named.log" 2>&1
score named
# auto: the same cases with --method auto in place of the named method
sed 's/\t\(stream\|lattice\)\t/\tauto\t/' "$suite/cases.tsv" >"$tmp/cases.tsv"
mkdir -p "$tmp/suite"
cp -r "$suite"/* "$tmp/suite/"
cp "$tmp/cases.tsv" "$tmp/suite/cases.tsv"
"$tmp/suite/run-suite.sh" "$top/tests/pdf/tables-chain.sh" "$tmp/auto" >"$tmp/auto.log" 2>&1
score auto
exit $status
