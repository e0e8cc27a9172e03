#!/bin/sh
# make-seeds.sh DIR - seed corpora for the fuzz harnesses, from samples/,
# tests/ and the shipped rules file, into DIR/NAME/.  Block streams are
# made with bin/rw-html and bin/rw-pdf when they are built.
set -eu
out=$1
mkdir -p "$out"
cd "$(dirname "$0")/.."
seed() { mkdir -p "$out/$1"; cp "$2" "$out/$1/$3"; }

for f in samples/*/*.html tests/html/* tests/pdf-bad/*.html tests/hostile/*.html; do
	[ -f "$f" ] && seed html "$f" "$(echo "$f" | tr / _)"
done
# poppler is slow: only the small PDFs seed the whole-path harness.
for f in samples/pdf/*.pdf tests/pdf-bad/*.pdf tests/hostile/*.pdf; do
	[ -f "$f" ] && [ "$(wc -c <"$f")" -le 50000 ] && seed pdf "$f" "$(echo "$f" | tr / _)"
done
mkdir -p "$out/match"
for f in samples/*/*.html tests/match/*.html; do
	[ -x bin/rw-html ] && bin/rw-html "$f" >"$out/match/$(echo "$f" | tr / _).jsonl" 2>/dev/null || :
done
for f in samples/pdf/*.pdf; do
	[ -x bin/rw-pdf ] && bin/rw-pdf "$f" >"$out/match/$(echo "$f" | tr / _).jsonl" 2>/dev/null || :
done
for f in tests/hostile/*.blocks; do
	[ -f "$f" ] && seed match "$f" "$(basename "$f")"
done
# rows: the first byte says how many record columns are asked for.
mkdir -p "$out/rows" "$out/diff"
n=0
for f in samples/*/*.expected.csv tests/diff/*.csv tests/diff/*.json tests/diff/*.jsonl \
	 tests/hostile/*.csv tests/hostile/*.json; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	{ printf '%s' "$((n % 10))"; cat "$f"; } >"$out/rows/$(echo "$f" | tr / _)"
done
pair() { { cat "$1"; printf '\n----\n'; cat "$2"; } >"$out/diff/$3"; }
for x in csv json jsonl; do pair tests/diff/old.$x tests/diff/new.$x old-new.$x; done
pair samples/cct-status/status-2023-01.expected.csv samples/cct-status/status-2023-07.expected.csv cct.csv
pair tests/diff/old.csv tests/diff/new.json mixed
seed rules rules/recwatch.rules recwatch.rules
for f in tests/hostile/*.rules; do
	[ -f "$f" ] && seed rules "$f" "$(basename "$f")"
done
/usr/bin/python3 fuzz/pdf-layout-seeds.py "$out/pdf-layout"
# Inputs that once crashed a harness stay in its seeds (fuzz/README.md).
for d in tests/hostile/fuzz/*/; do
	[ -d "$d" ] || continue
	t=$(basename "$d")
	mkdir -p "$out/$t"
	cp "$d"* "$out/$t/"
done
