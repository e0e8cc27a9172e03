#!/bin/sh
# run-all.sh - every test: cmocka unit tests, CLI tables, JSON Schema checks,
# and the examples of README.md and the man pages.
# Ends with one line "N passed, N failed" counting every case of every kind.
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
BIN=${BIN:-bin} BUILD=${BUILD:-build}
export BIN BUILD
log=$(mktemp); trap 'rm -f "$log"' EXIT
pass=0 fail=0
add() { pass=$((pass + $1)); fail=$((fail + $2)); }

# cmocka prints "[  PASSED  ] N test(s)." and "[  FAILED  ] N test(s)...".
for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	"$t" >"$log" 2>&1; st=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log")
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log")
	[ -z "$p" ] && p=0; [ -z "$f" ] && f=0
	if [ $st -ne 0 ] && [ "$f" = 0 ]; then f=1; fi
	echo "unit $(basename "$t"): $p passed, $f failed"
	[ "$f" != 0 ] && cat "$log"
	add "$p" "$f"
done

# cli_table FILE [LOCALE]: one table of CLI cases, under LC_ALL=LOCALE
# when given (run-cli.sh's own default is C.UTF-8).
cli_table() {
	if [ -n "${2:-}" ]; then
		LC_ALL=$2 bash tests/run-cli.sh "$1" >"$log" 2>&1
	else
		bash tests/run-cli.sh "$1" >"$log" 2>&1
	fi
	grep -v '^ok ' "$log" | grep -v '^cli: '
	p=$(sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$log")
	f=$(sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$log")
	[ -z "$p" ] && { p=0; f=1; }
	echo "cli $(basename "$1")${2:+ (LC_ALL=$2)}: $p passed, $f failed"
	add "$p" "$f"
}

for s in tests/cli/*.t; do
	[ -f "$s" ] || continue
	cli_table "$s"
done

# The tables that handle text (the readers, the chain, hostile input)
# once more in the C locale, as a user without UTF-8 may run them: what
# the programs read and write is UTF-8 whatever the locale says.
for s in extract hostile match rw-html rw-pdf pdf-samples rw-tables exit-status; do
	cli_table "tests/cli/$s.t" C
done

# Every example of README.md and the man pages (tests/examples.sh).
sh tests/examples.sh >"$log" 2>&1
grep -v '^ok ' "$log" | grep -v '^examples: '
p=$(sed -n 's/^examples: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$log")
f=$(sed -n 's/^examples: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$log")
[ -z "$p" ] && { p=0; f=1; }
echo "examples: $p passed, $f failed"
add "$p" "$f"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
