#!/usr/bin/env bash
# compare.sh [-r RUNS] [--no-daff] [SIZE...] - time and peak memory of
# rw-diff against daff (npm) and a sort|join baseline on generated
# snapshot pairs of SIZE records (default: 100000 1000000).
#
# Self-contained: builds bin/rw-diff, installs daff into bench/node_modules
# when it is missing (npm), and generates the pairs into
# bench/work/diff/ with gen-pair.py when they are missing.  The tools run
# in turn, in an order that rotates each round so that none always runs
# on a warm or a cold cache; each is measured with /usr/bin/time (wall
# seconds, max RSS).  Prints a Markdown table of medians, the speed-up of
# rw-diff over each tool, and a check that all three found the same
# records changed.
#
# Environment: RUNS (default 3), WORK (default bench/work/diff),
# NODE_HEAP_MB (daff's heap, default 20000: daff needs ~10 GB at 1M).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
runs=${RUNS:-3}
work=${WORK:-bench/work/diff}
heap=${NODE_HEAP_MB:-20000}
use_daff=1
sizes=()
while [ $# -gt 0 ]; do
	case $1 in
	-r) runs=$2; shift 2 ;;
	--no-daff) use_daff=0; shift ;;
	-h|--help) sed -n '2,20p' "$0"; exit 0 ;;
	*) sizes+=("$1"); shift ;;
	esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)

make -s bin/rw-diff >&2
daff=bench/node_modules/daff/bin/daff.js
if [ $use_daff = 1 ] && [ ! -f $daff ]; then
	echo "installing daff into bench/node_modules" >&2
	npm install --prefix bench --no-audit --no-fund --no-save daff@1.4.2 >&2
fi
mkdir -p "$work"
# Times and outputs of this run stay private: another run (bench/run.py
# calls this script) may share $work at the same time.
priv=$(mktemp -d "$work/run.XXXXXX")
trap 'rm -rf "$priv"' EXIT

# run TOOL OLD NEW OUT: one measured run; appends "wall-s max-kb user-s sys-s"
# to $priv/TOOL.times
run() {
	local tool=$1 old=$2 new=$3 out=$4 st=0
	local t=(/usr/bin/time -f '%e %M %U %S' -o "$priv/last.time")
	case $tool in
	rw-diff) "${t[@]}" bin/rw-diff -f csv "$old" "$new" >"$out" || st=$? ;;
	daff) "${t[@]}" node --max-old-space-size="$heap" $daff diff --unordered \
		--id review --id rec_id --ignore as_of --ignore sources --context 0 \
		--output "$out" "$old" "$new" || st=$? ;;
	sort-join) "${t[@]}" bash bench/diff/sort-join.sh "$old" "$new" >"$out" || st=$? ;;
	esac
	# rw-diff exits 1 when it finds changes; anything else is a failure
	if [ $st -ne 0 ] && ! [ $tool = rw-diff ] || [ $st -gt 1 ]; then
		echo "$tool failed (exit $st)" >&2
		exit 1
	fi
	tail -n 1 "$priv/last.time" >>"$priv/$tool.times"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Records each tool reports as changed, added or removed (keys, sorted).
keys_rw() { tail -n +2 "$1" | awk -F, '{ print $1 "|" ($3 == "renumbered" ? $6 : $2) }' | sort -u; }
keys_daff() { awk -F, '$1 == "+++" || $1 == "---" || $1 ~ /->/ { print $2 "|" $3 }' "$1" | sort -u; }

tools=(rw-diff sort-join)
[ $use_daff = 1 ] && tools=(rw-diff daff sort-join)

echo "| records | input MB | tool | median wall s | median CPU s | median max RSS MB | rw-diff faster by: wall (CPU) |"
echo "|---:|---:|---|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
	old=$work/old-$n.csv new=$work/new-$n.csv
	[ -f "$old" ] && [ -f "$new" ] || python3 bench/diff/gen-pair.py "$n" "$work"
	mb=$(du -cm "$old" "$new" | tail -n 1 | cut -f1)
	for t in "${tools[@]}"; do rm -f "$priv/$t.times"; done
	for ((r = 0; r < runs; r++)); do
		k=${#tools[@]}
		for ((i = 0; i < k; i++)); do
			t=${tools[$(((i + r) % k))]}
			echo "size $n round $((r + 1))/$runs: $t" >&2
			run "$t" "$old" "$new" "$priv/$t-$n.out"
		done
	done
	rw_s=$(cut -d' ' -f1 "$priv/rw-diff.times" | median)
	rw_cpu=$(awk '{ print $3 + $4 }' "$priv/rw-diff.times" | median)
	for t in "${tools[@]}"; do
		s=$(cut -d' ' -f1 "$priv/$t.times" | median)
		kb=$(cut -d' ' -f2 "$priv/$t.times" | median)
		cpu=$(awk '{ print $3 + $4 }' "$priv/$t.times" | median)
		printf '| %s | %s | %s | %.2f | %.2f | %.0f | %s |\n' "$n" "$mb" "$t" "$s" "$cpu" "$(echo "$kb / 1024" | bc -l)" \
			"$(if [ $t = rw-diff ]; then echo -; else printf '%.1fx (%.1fx)' "$(echo "$s / $rw_s" | bc -l)" "$(echo "$cpu / $rw_cpu" | bc -l)"; fi)"
	done
	# Same records found?
	keys_rw "$priv/rw-diff-$n.out" >"$priv/keys.rw"
	sort -u "$priv/sort-join-$n.out" >"$priv/keys.sj"
	cmp -s "$priv/keys.rw" "$priv/keys.sj" && agree="sort-join agrees" || agree="sort-join DIFFERS"
	if [ $use_daff = 1 ]; then
		keys_daff "$priv/daff-$n.out" >"$priv/keys.daff"
		cmp -s "$priv/keys.rw" "$priv/keys.daff" && agree+=", daff agrees" || agree+=", daff DIFFERS"
	fi
	echo "size $n: $(wc -l <"$priv/keys.rw") records changed, added or removed; $agree" >&2
done
