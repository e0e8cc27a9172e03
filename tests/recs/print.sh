#!/bin/sh
# print.sh [--with chromium|libreoffice|calc|ghostscript|weasyprint|wkhtmltopdf|pandoc|text] DIR - prints each
# page make.py wrote in DIR to ID.pdf, as a reader of the page would save
# it: with Chromium's print to PDF (the default), or opened in
# LibreOffice Writer and exported (its HTML import lays tables out its
# own way: cells without padding, lines broken after a full stop), or
# opened in LibreOffice Calc and printed as a sheet (its HTML import puts
# each table cell in a sheet's cell: ids it takes for numbers set flush
# right, no padding, prose in narrow cells of the first column), or
# Chromium's PDF rewritten by Ghostscript's pdfwrite, as print and
# archiving pipelines rewrite what they are given (new font subsets whose
# glyph boxes are their bounding boxes), or with WeasyPrint or
# wkhtmltopdf (Qt WebKit), two other HTML printers, or converted by pandoc
# to LaTeX and set by pdfLaTeX (the page's markup without its styles:
# tables as longtable, no CSS, no images), or set as plain text by w3m
# (tables drawn with + - |) and printed in Courier by enscript and
# Ghostscript's ps2pdf, as text reports are. Then `score.py --ext pdf DIR`
# scores the PDFs against the same records.
set -eu
with=chromium
if [ "${1:-}" = --with ]; then
	with=${2:?print.sh: --with needs chromium, libreoffice, calc, ghostscript, weasyprint, wkhtmltopdf, pandoc or text}
	shift 2
fi
dir=$(cd "${1:?usage: print.sh [--with chromium|libreoffice|calc|ghostscript|weasyprint|wkhtmltopdf|pandoc|text] DIR}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case $with in
chromium|ghostscript)
	for page in "$dir"/*.html; do
		chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
			--user-data-dir="$tmp/chromium" --print-to-pdf="$tmp/page.pdf" \
			"file://$page" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
		if [ "$with" = ghostscript ]; then
			gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -o "${page%.html}.pdf" \
				"$tmp/page.pdf" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
		else
			mv "$tmp/page.pdf" "${page%.html}.pdf"
		fi
	done ;;
weasyprint)
	for page in "$dir"/*.html; do
		weasyprint --quiet "$page" "${page%.html}.pdf" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
	done ;;
wkhtmltopdf)
	for page in "$dir"/*.html; do
		wkhtmltopdf --quiet --enable-local-file-access "$page" "${page%.html}.pdf" >"$tmp/log" 2>&1 ||
			{ cat "$tmp/log" >&2; exit 1; }
	done ;;
pandoc)
	for page in "$dir"/*.html; do
		pandoc -f html -t latex --pdf-engine=pdflatex -V geometry:margin=20mm \
			"$page" -o "${page%.html}.pdf" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
	done ;;
text)
	for page in "$dir"/*.html; do
		# 108 columns of text, tables wider (w3m sets a table as wide as
		# its cells ask): Courier 8 on a landscape page holds 150
		w3m -dump -cols 108 -O US-ASCII -T text/html "$page" >"$tmp/page.txt" &&
			enscript -q -B -r -f Courier8 --margins=36:36:36:36 -p - "$tmp/page.txt" 2>"$tmp/log" |
			ps2pdf - "${page%.html}.pdf" >>"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
	done ;;
libreoffice)
	# Writer's own HTML import: Writer/Web's export drops the first
	# line of a page's first heading onto a blank page of its own.
	# One soffice for the whole set (it starts in seconds, converts in
	# milliseconds); its own profile, so a running LibreOffice is left be.
	(cd "$dir" && soffice -env:UserInstallation="file://$tmp/profile" --headless \
		--infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
		--outdir "$dir" ./*.html) >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; } ;;
calc)
	(cd "$dir" && soffice -env:UserInstallation="file://$tmp/profile" --headless \
		--infilter="HTML (StarCalc)" --convert-to pdf:calc_pdf_Export \
		--outdir "$dir" ./*.html) >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; } ;;
*)
	echo "print.sh: --with $with: chromium, libreoffice, calc, ghostscript, weasyprint, wkhtmltopdf, pandoc or text" >&2
	exit 2 ;;
esac
