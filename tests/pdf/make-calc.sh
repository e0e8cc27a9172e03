#!/bin/sh
# make-calc.sh - sheets printed by LibreOffice Calc, from the flat ODS
# beside them (tests/zoo/render_fods.py wrote them):
# - calc-pages.pdf (the table zoo's hrules document of seed 312) over two
#   pages: Calc's own running lines (the sheet's name centred over each
#   page, "Page N" under it), a bold header of cells wrapped over up to
#   four lines at Calc's tight leading (the boxes of a cell's lines
#   overlap), repeated on the second page;
# - calc-gap.pdf (the titled document of seed 2026): rows set solid, cells
#   at the top, a wide column of short words leaving a wide empty stretch
#   beside the long texts of another;
# - calc-fills.pdf (the mixed document of seed 2026): zebra fills, whose
#   cells' text Calc sets a tenth of a point left of the others';
# - calc-solid.pdf (the titled document of seed 310): columns of text
#   filled to their edges, two points short of the next column;
# - calc-middle.pdf (the rtl document of seed 2026): cells set in the
#   middle of solid rows, ids of three lines beside numbers of one;
# - calc-numbers.pdf (the mixed document of seed 4715): a landscape
#   sheet over three pages, numbers of one width set flush right two
#   points before the next column's text, under a name set flush right
#   over them, wider than they are;
# - calc-short.pdf (the plain document of seed 4712): three rows,
#   percentages of one width set flush right two points before the
#   next column's text, under a name set flush right as they are;
# - calc-wrap-offset.pdf (the sidebyside document of seed 83002):
#   numbers of one width set flush right two points before a column of
#   statuses, one of them wrapped over two lines, whose lines Calc sets
#   a tenth of a point right of the column's other cells;
# - calc-section-chance.pdf (the plain document of seed 82000): numbers
#   set flush right two points before the next column's text, and a
#   section's name across the table whose word ends where the numbers
#   end, the next word near where the next column's cells start;
# - calc-header-only.pdf (the titled document of seed 4711): its second
#   page holds the repeated header and the footnote, no row;
# - calc-import.pdf, from calc-import.html (a scorecard page of
#   tests/recs/make.py, seed 8080) opened by Calc's HTML import: ids
#   taken for numbers, set flush right against the next column's text
#   under a name centred over them;
# - calc-narrow.pdf, from calc-narrow.html (another of its pages): a
#   header word wider than its column, broken by Calc without a hyphen
#   ("Recommendati" over "on").
# Needs soffice (libreoffice-calc-nogui: .ci/install-deps samples).
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
soffice -env:UserInstallation="file://$out/profile" --headless --convert-to pdf --outdir "$out" \
	calc-*.fods >/dev/null
soffice -env:UserInstallation="file://$out/profile" --headless --infilter="HTML (StarCalc)" \
	--convert-to pdf:calc_pdf_Export --outdir "$out" calc-import.html calc-narrow.html >/dev/null
mv "$out"/calc-*.pdf .
