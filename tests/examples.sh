#!/bin/sh
# examples.sh [FILE...] - run the examples of README.md and the man pages,
# so that what they show cannot drift from what the programs do.
#
# What is an example:
#   README.md  every line of a ```sh block that follows a line
#              <!-- examples: run by make test -->
#   man/*.[15] every .Dl line and every line of a .Bd -literal block in
#              the EXAMPLES section; in a block written as a transcript,
#              the lines after "$ " are the commands, and the lines below
#              one are lines its output must have ("..." stands for more)
# Each line is one command, run by bash -o pipefail in a scratch directory that holds
# samples/ and rules/ of this tree (one directory per file, so that a
# later example can use what an earlier one wrote), with the built
# programs first on PATH.  It must exit 0, or N when its comment says
# "exit N" or "exits N" ("# what changed; exits 1 when something did"),
# and print TEXT somewhere on standard output when its comment says
# "prints 'TEXT'".
# Prints one line per example and "examples: N passed, N failed".
top=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-bin}
case $BIN in /*) bindir=$BIN ;; *) bindir=$top/$BIN ;; esac
# Debian's python3 first: the one with pandas (tests/scripts rule).
PATH=$bindir:/usr/bin:$PATH
export PATH LC_ALL=C.UTF-8
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
[ $# -gt 0 ] || set -- "$top/README.md" "$top"/man/*.1 "$top"/man/*.5

# The examples of one file, as "c<TAB>LINE<TAB>COMMAND" lines, each
# followed by the "o<TAB>LINE<TAB>TEXT" lines its output must have.
examples() {
	case $1 in
	*.md) awk '
		/^<!-- examples: run by make test -->$/ { armed = 1; next }
		armed && /^```sh$/ { inblock = 1; armed = 0; next }
		inblock && /^```$/ { inblock = 0; next }
		inblock && NF { print "c\t" NR "\t" $0 }
		!/^$/ && !inblock { armed = armed && /^<!--/ }' "$1" ;;
	*) awk '
		function flush(   i) {
			for (i = 1; i <= n; i++)
				if (!transcript) print "c\t" ln[i] "\t" tx[i]
				else if (tx[i] ~ /^\$ /) print "c\t" ln[i] "\t" substr(tx[i], 3)
				else if (tx[i] != "\\&...") print "o\t" ln[i] "\t" tx[i]
			n = 0; transcript = 0
		}
		/^\.Sh / { ex = ($0 == ".Sh EXAMPLES"); next }
		!ex { next }
		/^\.Bd -literal/ { lit = 1; next }
		/^\.Ed/ { lit = 0; flush(); next }
		/^\.Dl / { sub(/^\.Dl /, ""); print "c\t" NR "\t" $0; next }
		lit && NF && !/^\./ { ln[++n] = NR; tx[n] = $0; if (/^\$ /) transcript = 1 }' "$1" |
		sed 's/\\e/\\/g; s/\\&//g; s/\\-/-/g' ;;
	esac
}

# The status a command's comment promises; 0 when it says none.
expected_status() {
	printf '%s\n' "$1" | sed -n 's/.* # .*\bexits\{0,1\} \([0-9]\)\b.*/\1/p' | head -n 1
}

# The text a command's comment says it prints; empty when it says none.
expected_text() {
	printf '%s\n' "$1" | sed -n "s/.* # .*\bprints '\([^']*\)'.*/\1/p" | head -n 1
}

# Runs $cmd (from line $line of $name) in $dir; checks its status and
# the lines of $tmp/expect.
run_example() {
	want=$(expected_status "$cmd") says=$(expected_text "$cmd")
	(cd "$dir" && bash -o pipefail -c "$cmd") >"$tmp/out" 2>"$tmp/err" </dev/null
	st=$?
	[ -n "$says" ] && printf '%s\n' "$says" >>"$tmp/expect"
	missing=$(grep -vxF -f "$tmp/out" "$tmp/expect" | head -n 1)
	# a line printed inside a longer one counts (text from a comment)
	[ -n "$says" ] && [ "$missing" = "$says" ] && grep -qF -- "$says" "$tmp/out" && missing=
	if [ "$st" != "${want:-0}" ]; then
		fail=$((fail + 1))
		echo "FAIL $name:$line: exit $st, expected ${want:-0}: $cmd"
		sed 's/^/     stderr: /' "$tmp/err" | head -n 5
	elif [ -n "$missing" ]; then
		fail=$((fail + 1))
		echo "FAIL $name:$line: does not print '$missing': $cmd"
		sed 's/^/     stdout: /' "$tmp/out" | head -n 5
	else
		pass=$((pass + 1))
		echo "ok   $name:$line: $cmd"
	fi
}

for f in "$@"; do
	name=${f#"$top"/}
	dir=$tmp/$(echo "$name" | tr '/.' '__')
	mkdir -p "$dir"
	ln -s "$top/samples" "$dir/samples"
	ln -s "$top/rules" "$dir/rules"
	examples "$f" >"$tmp/list"
	# A command runs when the next one (or the end) is read, once the
	# output lines below it are known.
	printf 'c\t0\t\n' >>"$tmp/list"
	cmd= line=
	: >"$tmp/expect"
	while IFS="$(printf '\t')" read -r kind at text; do
		if [ "$kind" = o ]; then
			printf '%s\n' "$text" >>"$tmp/expect"
			continue
		fi
		[ -n "$cmd" ] && run_example
		cmd=$text line=$at
		: >"$tmp/expect"
	done <"$tmp/list"
done
echo "examples: $pass passed, $fail failed"
[ $fail = 0 ]
