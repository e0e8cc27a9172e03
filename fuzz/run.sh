#!/bin/sh
# run.sh SECONDS TARGET... - runs each built harness for SECONDS on its
# corpus (FUZZ_DIR/corpus/NAME, grown from the seeds) and prints, per
# target, the executions, the time and the corpus size.  A crash, leak or
# timeout stops that target, leaves its input in FUZZ_DIR/crashes/ and
# makes the whole run fail.
set -u
secs=$1; shift
dir=${FUZZ_DIR:-build/fuzz}
sh fuzz/make-seeds.sh "$dir/seeds" || exit 2
mkdir -p "$dir/crashes" "$dir/logs"
# Leaks inside cairo and fontconfig are theirs (fuzz/lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
failed=0
for t in "$@"; do
	mkdir -p "$dir/corpus/$t"
	timeout=10
	[ "$t" = pdf ] && timeout=60
	# Small inputs run many times faster; the seeds (whole block streams
	# and pages) are cut to this length, which keeps them valid enough.
	maxlen=
	case $t in match|html) maxlen=-max_len=16384 ;; esac
	dict=
	[ -f "fuzz/$t.dict" ] && dict=-dict=fuzz/$t.dict
	log=$dir/logs/$t.log
	"$dir/fuzz-$t" -max_total_time="$secs" -timeout=$timeout -rss_limit_mb=2048 \
		-close_fd_mask=3 -print_final_stats=1 $dict $maxlen \
		-artifact_prefix="$dir/crashes/$t-" \
		"$dir/corpus/$t" "$dir/seeds/$t" >"$log" 2>&1
	st=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
	n=$(ls "$dir/corpus/$t" | wc -l)
	if [ $st = 0 ]; then
		echo "fuzz $t: ${runs:-?} execs in ${took:-$secs} s, corpus $n"
	else
		echo "fuzz $t: FAILED (status $st) after ${runs:-?} execs; see $log"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$log" | head -5
		failed=1
	fi
done
exit $failed
