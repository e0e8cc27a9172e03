#!/bin/sh
# make-latex.sh - the PDFs pdfLaTeX sets from tests/pdf/latex-*.tex, and
# from tests/pdf/pandoc-*.html through pandoc, for tests/cli/pdf-reading.t:
# latex-ids.pdf (TeX's wider space after a sentence's end inside an id
# cell, "Rec. 14"), latex-sideways.pdf (a table without rulings turned by
# \rotatebox), latex-longtable.pdf (a table over five pages whose last
# column ends ragged), latex-booktabs.pdf (a statistical table of booktabs
# rules, its rows of figures set solid under a \midrule), latex-groups.pdf
# (the same under group names, its last row set apart by \addlinespace, so
# that the table looks padded), latex-sentence-note.pdf (the table zoo's
# report document of seed 20261208: two tables, a justified note under
# the first whose line holds TeX's wider space after a sentence's end)
# pandoc-cards.pdf (cards whose paragraphs only \parskip
# parts, fields in a description list whose term runs in with its value)
# and pandoc-chance-edge.pdf (a recs resolution page, seed 10300, whose
# justified lines start words at one x by chance, under a title that
# runs across it).
# Needs pdflatex and pandoc (.ci/install-deps samples):
#     sh tests/pdf/make-latex.sh
# The PDFs are committed; tests never regenerate them.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for tex in "$here"/latex-*.tex; do
	name=$(basename "$tex" .tex)
	# a fixed date in the PDF, not the day it was made
	SOURCE_DATE_EPOCH=0 FORCE_SOURCE_DATE=1 \
		pdflatex -interaction=batchmode -halt-on-error -output-directory "$work" "$tex" >/dev/null
	cp "$work/$name.pdf" "$here/$name.pdf"
done
for html in "$here"/pandoc-*.html; do
	SOURCE_DATE_EPOCH=0 pandoc -f html -t latex --pdf-engine=pdflatex -V geometry:margin=20mm \
		"$html" -o "${html%.html}.pdf"
done
