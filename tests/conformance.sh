#!/bin/sh
# conformance.sh SHARED - the peers' table-extraction suites kept outside
# the tree (SHARED/conformance/*), run on the reader itself (rw-pdf |
# rw-tables, through tests/pdf/tables-chain.sh). `make conformance` calls
# it; a clone without SHARED beside it says so and fails.
#
# Each suite runs twice: with the method each case names (stream or
# lattice, as the peer ran it), which must keep MIN_NAMED of the cells,
# and with every case in auto mode (what `recwatch extract` uses), which
# must keep MIN_AUTO.
MIN_NAMED=${MIN_NAMED:-0.95}
MIN_AUTO=${MIN_AUTO:-0.87}
shared=${1:?usage: conformance.sh SHARED}
top=$(cd "$(dirname "$0")/.." && pwd)
suite=$shared/conformance/tabula
[ -x "$suite/run-suite.sh" ] || { echo "conformance: no suite at $suite" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
status=0

# score LABEL MIN: the suite's last line, checked against MIN.
score() {
	line=$(tail -n 1 "$tmp/$1.log")
	echo "tabula $1: $line"
	echo "$line" | awk -v min="$2" '/^suite:/ { split($2, a, "/"); ok = a[1] / a[2] >= min } END { exit !ok }' \
		|| { echo "tabula $1: below $2" >&2; status=1; }
}

"$suite/run-suite.sh" "$top/tests/pdf/tables-chain.sh" "$tmp/named" >"$tmp/named.log" 2>&1
score named "$MIN_NAMED"
# auto: the same cases with --method auto in place of the named method
sed 's/\t\(stream\|lattice\)\t/\tauto\t/' "$suite/cases.tsv" >"$tmp/cases.tsv"
mkdir -p "$tmp/suite"
cp -r "$suite"/* "$tmp/suite/"
cp "$tmp/cases.tsv" "$tmp/suite/cases.tsv"
"$tmp/suite/run-suite.sh" "$top/tests/pdf/tables-chain.sh" "$tmp/auto" >"$tmp/auto.log" 2>&1
score auto "$MIN_AUTO"
exit $status
