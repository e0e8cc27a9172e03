#!/bin/sh
# valgrind.sh - every filter on every sample and every bad input, under
# valgrind: an invalid read or write, a use of uninitialised memory or a
# definite leak fails the run.  Slow (poppler under valgrind): run it by
# hand or from CI, not from `make test`.
#   sh tests/valgrind.sh [BIN]      BIN defaults to bin/ (build with make)
# Prints one line per command and "valgrind: N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
BIN=${1:-bin}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
supp=tests/valgrind.supp
pass=0 fail=0
export RECWATCH_RULES="$top/rules/recwatch.rules"

# vg NAME CMD...: runs CMD under valgrind (children too); exit 99 is an
# error valgrind found, anything else is the command's own status.
vg() {
	name=$1; shift
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
		--show-leak-kinds=definite --trace-children=yes \
		--suppressions="$supp" --log-file="$tmp/vg.%p" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	st=$?
	if [ $st = 99 ] || cat "$tmp"/vg.* 2>/dev/null | grep -q .; then
		fail=$((fail + 1)); echo "FAIL $name (status $st)"
		cat "$tmp"/vg.* | head -40
	else
		pass=$((pass + 1)); echo "ok   $name (status $st)"
	fi
	rm -f "$tmp"/vg.*
}

html="samples/*/*.html tests/html/* tests/pdf-bad/*.html tests/hostile/*.html"
pdf="samples/pdf/*.pdf tests/pdf-bad/*.pdf"
for f in $html; do vg "rw-html $f" "$BIN/rw-html" "$f"; done
# poppler and cairo under valgrind take minutes a page: big PDFs give
# their first page only.
for f in $pdf; do
	if [ "$(wc -c <"$f")" -gt 30000 ]; then
		vg "rw-pdf --pages 1 $f" "$BIN/rw-pdf" --pages 1 "$f"
	else
		vg "rw-pdf $f" "$BIN/rw-pdf" "$f"
	fi
done
vg "rw-pdf --method lattice" "$BIN/rw-pdf" --method lattice --pages 2 samples/pdf/ssr2-scorecard-2021-07-22.pdf
vg "rw-pdf --method stream --area" "$BIN/rw-pdf" --method stream --area 50,20,560,780 --pages 1 samples/pdf/ssr2-scorecard-2021-07-22.pdf

# The later filters read streams made (outside valgrind) from the samples.
n=0
for f in samples/*/*.html samples/pdf/*.pdf; do
	n=$((n + 1))
	case $f in *.pdf) r=rw-pdf ;; *) r=rw-html ;; esac
	"$BIN/$r" "$f" >"$tmp/b$n.jsonl" 2>/dev/null
	vg "rw-match $f" "$BIN/rw-match" --rejects "$tmp/rej.csv" "$tmp/b$n.jsonl"
	cp "$tmp/out" "$tmp/f$n.jsonl"
	vg "rw-fold $f" "$BIN/rw-fold" "$tmp/f$n.jsonl"
	vg "rw-fold -f json --facts $f" "$BIN/rw-fold" -f json --facts "$tmp/f$n.jsonl"
	vg "rw-tables $f" "$BIN/rw-tables" "$tmp/b$n.jsonl"
	vg "rw-tables -f json $f" "$BIN/rw-tables" -f json "$tmp/b$n.jsonl"
done
vg "rw-match garbage" "$BIN/rw-match" tests/hostile/garbage.blocks
vg "rw-fold garbage" "$BIN/rw-fold" tests/hostile/garbage.facts
vg "rw-match bad rules" "$BIN/rw-match" --rules tests/hostile/syntax-error.rules tests/hostile/garbage.blocks

for x in csv json jsonl; do
	vg "rw-diff $x" "$BIN/rw-diff" tests/diff/old.$x tests/diff/new.$x
	vg "rw-diff -f $x" "$BIN/rw-diff" -f $x tests/diff/old.csv tests/diff/new.$x
done
for f in tests/hostile/*.csv tests/hostile/*.json; do
	vg "rw-diff $f" "$BIN/rw-diff" tests/hostile/quoted-old.csv "$f"
done
vg "rw-diff cct" "$BIN/rw-diff" samples/cct-status/status-2023-01.expected.csv samples/cct-status/status-2023-07.expected.csv

# The driver, with its children under valgrind too.
vg "recwatch extract html+pdf" "$BIN/recwatch" extract --rejects "$tmp/rej.csv" \
	samples/resolutions/board-2022-05-01.html samples/pdf/ssr2-pending-2022-05-01.pdf
vg "recwatch extract -o" "$BIN/recwatch" extract -f json -o "$tmp/x.json" samples/ssr2/review-page.html
vg "recwatch diff documents" "$BIN/recwatch" diff samples/cct-status/status-2023-01.html samples/cct-status/status-2023-07.html
vg "recwatch tables" "$BIN/recwatch" tables --pages 1 samples/pdf/ssr2-scorecard-2021-07-22.pdf
vg "recwatch extract bad rules" "$BIN/recwatch" extract --rules tests/hostile/syntax-error.rules tests/hostile/base-table.html

echo "valgrind: $pass passed, $fail failed"
[ $fail = 0 ]
