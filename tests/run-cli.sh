#!/usr/bin/env bash
# run-cli.sh FILE.t... - CLI tests that read like tables.
#
# A .t file holds cases; each case is a block of lines:
#   === what the case checks
#   cmd: a shell command, run from the top of the tree with bin/ first on PATH
#   stdin: FILE              (optional; else /dev/null)
#   status: N                (expected exit status)
#   stdout-file: FILE        (stdout must equal FILE)
#   stdout:                  (stdout must equal the "| " lines that follow)
#   stderr:                  (stderr must equal the "| " lines that follow)
#   stdout-has: TEXT         (stdout must contain TEXT; may repeat)
#   stderr-has: TEXT         (stderr must contain TEXT; may repeat)
#   stdout-lines: N          (stdout has N lines)
#   check: a shell command that must exit 0 after cmd ran ($OUT, $ERR name
#          the captured stdout and stderr files)
# Unset keys are not checked, but every case must check its status.
# Prints "ok"/"FAIL" per case and a closing "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
BIN=${BIN:-bin}
export PATH="$top/$BIN:$PATH"
export LC_ALL=${LC_ALL:-C.UTF-8}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

run_case() {
	local name=$1 ok=1 why=""
	[ -n "$c_cmd" ] || { echo "FAIL $file: $name: no cmd"; fail=$((fail+1)); return; }
	[ -n "$c_status" ] || { echo "FAIL $file: $name: no status to check"; fail=$((fail+1)); return; }
	OUT=$tmp/out ERR=$tmp/err
	( export OUT ERR TMPDIR=$tmp; sh -c "$c_cmd" <"${c_stdin:-/dev/null}" >"$OUT" 2>"$ERR" ); local st=$?
	[ "$st" = "$c_status" ] || { ok=0; why+=" status $st, expected $c_status;"; }
	if [ -n "$c_stdout_file" ] && ! diff -u "$c_stdout_file" "$OUT" >"$tmp/d"; then ok=0; why+=" stdout differs from $c_stdout_file;"; cat "$tmp/d" | head -40 >&2; fi
	if [ $c_has_stdout = 1 ] && ! printf '%s' "$c_stdout" | diff -u - "$OUT" >"$tmp/d"; then ok=0; why+=" stdout differs;"; head -40 "$tmp/d" >&2; fi
	if [ $c_has_stderr = 1 ] && ! printf '%s' "$c_stderr" | diff -u - "$ERR" >"$tmp/d"; then ok=0; why+=" stderr differs;"; head -40 "$tmp/d" >&2; fi
	local t
	while IFS= read -r t; do [ -z "$t" ] && continue; grep -qF -- "$t" "$OUT" || { ok=0; why+=" stdout lacks '$t';"; }; done <<<"$c_out_has"
	while IFS= read -r t; do [ -z "$t" ] && continue; grep -qF -- "$t" "$ERR" || { ok=0; why+=" stderr lacks '$t';"; }; done <<<"$c_err_has"
	if [ -n "$c_lines" ] && [ "$(wc -l <"$OUT")" != "$c_lines" ]; then ok=0; why+=" stdout has $(wc -l <"$OUT") lines, expected $c_lines;"; fi
	while IFS= read -r t; do [ -z "$t" ] && continue; ( export OUT ERR; sh -c "$t" ) >"$tmp/c" 2>&1 || { ok=0; why+=" check failed: $t ($(head -c 300 "$tmp/c"));"; }; done <<<"$c_check"
	if [ $ok = 1 ]; then pass=$((pass+1)); echo "ok   $file: $name"
	else fail=$((fail+1)); echo "FAIL $file: $name:$why"
		[ -s "$ERR" ] && sed 's/^/     stderr: /' "$ERR" | head -5
		[ -s "$OUT" ] && sed 's/^/     stdout: /' "$OUT" | head -5; fi
}

reset_case() { c_cmd= c_stdin= c_status= c_stdout_file= c_stdout= c_stderr= c_has_stdout=0 c_has_stderr=0 c_out_has= c_err_has= c_lines= c_check= into=; }

for file in "$@"; do
	reset_case; name=
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		'=== '*) [ -n "$name" ] && run_case "$name"; reset_case; name=${line#=== } ;;
		'| '*|'|') v=${line#|}; v=${v# }
			if [ "$into" = stdout ]; then c_stdout+="$v"$'\n'; else c_stderr+="$v"$'\n'; fi ;;
		'cmd: '*) c_cmd=${line#cmd: } ;;
		'stdin: '*) c_stdin=${line#stdin: } ;;
		'status: '*) c_status=${line#status: } ;;
		'stdout-file: '*) c_stdout_file=${line#stdout-file: } ;;
		'stdout:') c_has_stdout=1 into=stdout ;;
		'stderr:') c_has_stderr=1 into=stderr ;;
		'stdout-has: '*) c_out_has+="${line#stdout-has: }"$'\n' ;;
		'stderr-has: '*) c_err_has+="${line#stderr-has: }"$'\n' ;;
		'stdout-lines: '*) c_lines=${line#stdout-lines: } ;;
		'check: '*) c_check+="${line#check: }"$'\n' ;;
		'#'*|'') ;;
		*) echo "FAIL $file: cannot read line: $line"; fail=$((fail+1)) ;;
		esac
	done <"$file"
	[ -n "$name" ] && run_case "$name"
done
echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
