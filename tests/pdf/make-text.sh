#!/bin/sh
# make-text.sh - PDFs of plain text printed as it is, in Courier
# (enscript, then Ghostscript's ps2pdf), as reports from text systems
# are, for tests/cli/pdf-reading.t: text-report.pdf (a word space is a
# character's advance, 0.6 em, and columns line up with two spaces and
# more) and text-grid.pdf (tables drawn with + - | characters: a grid
# whose body rows have no rule between them, and a database's result
# table), text-centred-rows.pdf, text-group-head.pdf, text-span-break.pdf and
# text-resumed-cells.pdf (below). Needs enscript and ghostscript (.ci/install-deps samples):
#     sh tests/pdf/make-text.sh
# The PDFs are committed; tests never regenerate them.
set -e
here=$(cd "$(dirname "$0")" && pwd)
for name in text-report text-grid; do
	enscript -q -B -f Courier9 --margins=36:36:36:36 -p - "$here/$name.txt" |
		ps2pdf - "$here/$name.pdf"
done
# text-centred-rows.pdf: a status page of tests/recs/make.py (seed 9700)
# as w3m sets it (w3m -dump -cols 108 -O US-ASCII), printed landscape as
# tests/recs/print.sh --with text prints it: rows set solid, each cell in
# the middle of its row, so a row's first lines stand above its id
# text-group-head.pdf, the same way: a scorecard page (seed 9900) drawn
# with + - | characters, a group's name ("Decision") over two columns'
# names on a second row, under a first-column name spanning both
# text-span-break.pdf, the same way: a scorecard page (seed 10000) whose
# Board decision spanning rows 15-17 the page break cuts, its text set
# in the middle of the span, on the next page
# text-resumed-cells.pdf, the same way: the header and two stretches of
# a status page (seed 10900) whose rows stand a blank line apart only
# under a cell centred on two lines, a first cell's wrapped line right
# over the next row's
for name in text-centred-rows text-group-head text-span-break text-resumed-cells; do
	enscript -q -B -r -f Courier8 --margins=36:36:36:36 -p - "$here/$name.txt" |
		ps2pdf - "$here/$name.pdf"
done
