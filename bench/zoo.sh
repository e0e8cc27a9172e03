#!/bin/sh
# zoo.sh - the table zoo's run of record: renders fresh random tables
# (tests/zoo/make.py, every style each producer can draw, ZOO_PER_COMBO
# documents a pair: 7 make 525 documents, 550-odd tables), scores what
# the reader in $BIN (default bin) gets of them, and writes the table as
# the "## Table zoo" section of bench/RESULTS.md (the rest of the file is
# left as it is). ZOO_SEED picks the documents (default: a new seed every
# day, so that the reader is never tuned to one set); the section names it.
# Rendering runs on two cores (LibreOffice beside Chromium and groff).
# ZOO_RESULTS names another file to write the section into; ZOO_RENDERED
# a directory where make.py rendered the seed's documents already.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
py=/usr/bin/python3
BIN=${BIN:-bin}
seed=${ZOO_SEED:-$(date -u +%Y%m%d)}
per=${ZOO_PER_COMBO:-7}
if [ -n "${ZOO_RENDERED:-}" ]; then
	# documents make.py rendered before for this seed and count (the
	# documents depend on them alone; rendering takes a quarter of an
	# hour): scored as they are
	work=$ZOO_RENDERED
else
	work=bench/work/zoo
	rm -rf "$work"
	mkdir -p "$work"
	"$py" tests/zoo/make.py --out "$work" --seed "$seed" --per-combo "$per" -j 2 2>"$work/make.log" || {
		cat "$work/make.log" >&2; exit 1; }
fi
"$py" tests/zoo/score.py --bin "$BIN" -j 2 --why --markdown "$work/table.md" "$work" >"$work/score.txt"
# the same tables read by each method alone, for comparison: the "all" line
for m in stream lattice; do
	"$py" tests/zoo/score.py --bin "$BIN" -j 2 --method "$m" --markdown "$work/$m.md" "$work" >/dev/null
done
sed '/^failures/,$d' "$work/score.txt"
docs=$(grep -c . "$work/manifest.tsv")
dropped=$(grep -c ': dropped: ' "$work/make.log" 2>/dev/null || true)
tables=$(awk '$1 == "all" { print $NF }' "$work/score.txt")
section=$work/section.md
{
	echo "## Table zoo"
	echo
	echo "Written by bench/zoo.sh on $(date -u '+%Y-%m-%d %H:%M UTC') (recwatch $(git rev-parse --short HEAD 2>/dev/null || echo '?'))."
	echo "Seed $seed: $docs documents, $tables tables, every style in each producer that can draw it"
	echo "($dropped documents dropped as their page lacked a word of their truth)."
	echo "Cell accuracy by style and producer (tests/zoo/README.md has the metric;"
	echo "the aim is 0.97 in every cell of the table). Regenerate: \`ZOO_SEED=$seed sh bench/zoo.sh\`."
	echo
	cat "$work/table.md"
	echo
	echo "The same tables read with \`--method stream\` and \`--method lattice\` (auto, the default, above):"
	echo
	head -2 "$work/table.md" | sed 's/^| style /| method /'
	echo "| auto |$(grep '^| all ' "$work/table.md" | cut -d'|' -f3-)"
	for m in stream lattice; do
		grep '^| all ' "$work/$m.md" | sed "s/^| all /| $m /"
	done
	echo
	echo "Tables by what went most wrong (\`score.py --why\`; extra: every cell read, rows or columns added),"
	echo "and the score by the tables' number of columns:"
	echo
	echo '```'
	sed -n '/^failures/,$p' "$work/score.txt"
	echo '```'
	echo
} >"$section"
results=${ZOO_RESULTS:-bench/RESULTS.md}
[ -f "$results" ] || : >"$results"
# the old zoo section goes; the new one goes before "## Every run" (or last)
"$py" - "$results" "$section" <<'PY'
import sys
path, section = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
lines = open(path, encoding="utf-8").read().split("\n")
out, skip = [], False
for line in lines:
    if line.startswith("## "):
        skip = line.strip() == "## Table zoo"
    if not skip:
        out.append(line)
text = "\n".join(out)
mark = "## Every run"
at = text.find("\n" + mark)
text = text[:at + 1] + section + "\n" + text[at + 1:] if at >= 0 else text.rstrip("\n") + "\n\n" + section
open(path + ".tmp", "w", encoding="utf-8").write(text)
import os
os.replace(path + ".tmp", path)
PY
echo "zoo: wrote the Table zoo section of $results"
