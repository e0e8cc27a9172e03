#!/bin/sh
# make-calc.sh - tests/pdf/calc-pages.pdf from calc-pages.fods: a sheet
# (the table zoo's hrules document of seed 312, tests/zoo/render_fods.py)
# printed by LibreOffice Calc over two pages: Calc's own running lines
# (the sheet's name centred over each page, "Page N" under it), a bold
# header of cells wrapped over up to four lines at Calc's tight leading
# (the boxes of a cell's lines overlap), repeated on the second page.
# Needs soffice (libreoffice-calc-nogui: .ci/install-deps samples).
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
soffice -env:UserInstallation="file://$out/profile" --headless --convert-to pdf --outdir "$out" calc-pages.fods >/dev/null
mv "$out/calc-pages.pdf" .
