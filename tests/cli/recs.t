# Random recommendation pages (tests/recs/make.py): status tables, Board
# resolutions, action lists, cards and resolution sections, written the
# many ways publishers write them, each with the records it holds.

=== random pages of six layouts: every record found, every field read right, none made up
cmd: /usr/bin/python3 tests/recs/make.py --out "$TMPDIR/recs" --seed 1 --count 8 && /usr/bin/python3 tests/recs/score.py --floor 1.0 "$TMPDIR/recs"
status: 0
stdout-has: sections
check: test "$(grep -c '^[a-z]' "$OUT")" = 7

=== a record whose truth says otherwise is a miss: the layout is named and the run fails
cmd: /usr/bin/python3 tests/recs/make.py --out "$TMPDIR/recs" --seed 1 --count 1 && sed -i '2s/,approved,/,rejected,/' "$TMPDIR"/recs/resolution-1-0.truth.csv && /usr/bin/python3 tests/recs/score.py --floor 1.0 --show 1 "$TMPDIR/recs"
status: 1
stderr-has: recs: layout resolution below the floor 1
stdout-has: board_action: rejected, read approved

=== the whole PDF chain on pages printed by Chromium: each layout keeps its floor (tests/recs/seed/chromium/floors)
cmd: /usr/bin/python3 tests/recs/score.py --ext pdf --floors tests/recs/seed/chromium/floors tests/recs/seed/chromium
status: 0
check: test "$(grep -c '^[a-z]' "$OUT")" = 7

=== and on the same pages printed by LibreOffice Writer
cmd: /usr/bin/python3 tests/recs/score.py --ext pdf --floors tests/recs/seed/libreoffice/floors tests/recs/seed/libreoffice
status: 0
check: test "$(grep -c '^[a-z]' "$OUT")" = 7

=== and on the same pages printed by Chromium and rewritten by Ghostscript
cmd: /usr/bin/python3 tests/recs/score.py --ext pdf --floors tests/recs/seed/ghostscript/floors tests/recs/seed/ghostscript
status: 0
check: test "$(grep -c '^[a-z]' "$OUT")" = 7

=== and on the same pages printed by WeasyPrint (tests/recs/seed/weasyprint/floors)
cmd: /usr/bin/python3 tests/recs/score.py --ext pdf --floors tests/recs/seed/weasyprint/floors tests/recs/seed/weasyprint
status: 0
check: test "$(grep -c '^[a-z]' "$OUT")" = 7

=== and on the same pages set as plain text by w3m and printed in Courier by enscript (tests/recs/seed/text/floors)
cmd: /usr/bin/python3 tests/recs/score.py --ext pdf --floors tests/recs/seed/text/floors tests/recs/seed/text
status: 0
check: test "$(grep -c '^[a-z]' "$OUT")" = 7

=== a floor a layout does not reach fails the run and names the layout
cmd: mkdir "$TMPDIR/set" && cp tests/recs/seed/chromium/status-2-0.* "$TMPDIR/set" && sed -i '2s/,[a-z_]*,\([^,]*\)$/,withdrawn,\1/' "$TMPDIR"/set/status-2-0.truth.csv && printf 'status 1.0\n' > "$TMPDIR/floors" && /usr/bin/python3 tests/recs/score.py --ext pdf --floors "$TMPDIR/floors" "$TMPDIR/set"
status: 1
stderr-has: recs: layout status below the floor 1

=== print.sh names the producers it knows and stops at another, before printing anything
cmd: sh tests/recs/print.sh --with word tests/recs/seed/chromium
status: 2
stderr:
| print.sh: --with word: chromium, libreoffice, calc, ghostscript, weasyprint, wkhtmltopdf, pandoc or text
