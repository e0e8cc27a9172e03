# The random table zoo (tests/zoo/README.md): its metric on tables made by
# hand, and the committed seed set scored against each style's floor.

=== the zoo's metric: aligned columns and rows, spans, lost and merged cells
cmd: /usr/bin/python3 tests/zoo/test_score.py
status: 0
check: ! grep -q '^FAIL' "$OUT"
stdout-lines: 12

=== the seed zoo: every style at least its floor in tests/zoo/floors.tsv
cmd: /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors.tsv tests/zoo/seed
status: 0
stdout-has: furniture
check: awk '$1 == "all" { n = $NF } END { exit !(n == 73) }' "$OUT"
check: test "$(grep -c . tests/zoo/seed/manifest.tsv)" = 66

=== the seed zoo rewritten by Ghostscript: every style at least its floor in tests/zoo/floors-ghostscript.tsv
cmd: /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors-ghostscript.tsv tests/zoo/seed-ghostscript
status: 0
stdout-has: ghostscript
check: awk '$1 == "all" { n = $NF } END { exit !(n == 20) }' "$OUT"
check: test "$(grep -c . tests/zoo/seed-ghostscript/manifest.tsv)" = 18

=== the seed zoo printed by WeasyPrint and wkhtmltopdf: every style at least its floor in tests/zoo/floors-printers.tsv
cmd: /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors-printers.tsv tests/zoo/seed-printers
status: 0
stdout-has: weasyprint
stdout-has: wkhtmltopdf
check: awk '$1 == "all" { n = $NF } END { exit !(n == 43) }' "$OUT"
check: test "$(grep -c . tests/zoo/seed-printers/manifest.tsv)" = 39

=== the seed zoo set by pdfLaTeX: every style at least its floor in tests/zoo/floors-latex.tsv
cmd: /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors-latex.tsv tests/zoo/seed-latex
status: 0
stdout-has: latex
check: awk '$1 == "all" { n = $NF } END { exit !(n == 21) }' "$OUT"
check: test "$(grep -c . tests/zoo/seed-latex/manifest.tsv)" = 19

=== the seed zoo as LibreOffice Calc sheets: every style at least its floor in tests/zoo/floors-calc.tsv
cmd: /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors-calc.tsv tests/zoo/seed-calc
status: 0
stdout-has: calc
check: awk '$1 == "all" { n = $NF } END { exit !(n == 15) }' "$OUT"
check: test "$(grep -c . tests/zoo/seed-calc/manifest.tsv)" = 14

=== the sheet's name Calc prints over every page is no row of a table in the seed zoo's Calc sheets, over a header or a row of group names
cmd: for f in tests/zoo/seed-calc/*.pdf; do rw-pdf "$f" | rw-tables -f csv; done
status: 0
check: ! grep -q Scorecard $OUT

=== a floor above what the reader reaches fails, naming the style
cmd: z=$(mktemp -d) && ln -s "$PWD"/tests/zoo/seed/grid-reportlab-1000.* "$z" && printf 'grid-reportlab-1000\tgrid\treportlab\t1\n' >"$z/manifest.tsv" && printf 'grid 1.01\n' >"$TMPDIR/f" && /usr/bin/python3 tests/zoo/score.py --floors "$TMPDIR/f" "$z"
status: 1
stderr-has: zoo: style grid:

=== a style with a floor and no table in the zoo fails
cmd: z=$(mktemp -d) && ln -s "$PWD"/tests/zoo/seed/grid-reportlab-1000.* "$z" && printf 'grid-reportlab-1000\tgrid\treportlab\t1\n' >"$z/manifest.tsv" && printf 'rtl 0.5\n' >"$TMPDIR/f" && /usr/bin/python3 tests/zoo/score.py --floors "$TMPDIR/f" "$z"
status: 1
stderr-has: zoo: style rtl has a floor and no table

=== --show: one document's truth, row by row, beside what was read
cmd: /usr/bin/python3 tests/zoo/score.py --show grid-reportlab-1000 tests/zoo/seed
status: 0
stdout-has: grid-reportlab-1000: 
stdout-has: table 1:
check: grep -q '^  T0 ' "$OUT"
check: test "$(grep -c '^  T' "$OUT")" = "$(grep -c . tests/zoo/seed/grid-reportlab-1000.t1.csv)"

=== --why: each style's tables counted by what went most wrong, and by their number of columns, every table once
cmd: /usr/bin/python3 tests/zoo/score.py --why tests/zoo/seed
status: 0
stdout-has: perfect
check: awk '/^failures/ { on = 1; next } /^$/ { on = 0 } on && NF > 1 { for (i = 2; i <= NF; i++) n += $i } END { exit !(n == 73) }' "$OUT"
check: awk '/^columns/ { on = 1; next } on && NF == 3 { n += $3 } END { exit !(n == 73) }' "$OUT"

=== the generator keeps its rules: rows as wide as the table, spans over empty slots, truth of the table's shape, one seed one document
cmd: /usr/bin/python3 tests/zoo/test_model.py
status: 0
stdout-has: documents checked
check: ! grep -q '^FAIL' "$OUT"
