#!/bin/sh
# make-wkhtml.sh - wkhtml-status.pdf for tests/cli/pdf-reading.t (and
# page-broken-row-wkhtml.pdf and broken-images-wkhtmltopdf.pdf, below): a
# status table printed by wkhtmltopdf (Qt WebKit), which draws the row
# a page break cuts on both pages (the first under the page's clip) and
# writes Arabic as presentation forms in the order drawn. Needs
# wkhtmltopdf:
#     sh tests/pdf/make-wkhtml.sh
# The PDF is committed; tests never regenerate it.
set -e
here=$(cd "$(dirname "$0")" && pwd)
html=$(mktemp --suffix=.html); trap 'rm -f "$html"' EXIT
{
	echo '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
	echo 'body { font-family: "DejaVu Sans"; font-size: 11pt }'
	echo 'td, th { border: 1px solid #444; padding: 4pt; vertical-align: top }'
	echo 'table { border-collapse: collapse; width: 100% }'
	echo '</style></head><body><table>'
	echo '<tr><th>Rec #</th><th>Status</th><th>Owner</th></tr>'
	i=1
	while [ $i -le 24 ]; do
		echo "<tr><td>R$i</td><td>In progress</td><td>Staff report $i<br>second line<br>third line</td></tr>"
		i=$((i + 1))
	done
	echo '<tr><td>R25</td><td>Complete</td><td dir="rtl">المجلس</td></tr>'
	echo '</table></body></html>'
} >"$html"
wkhtmltopdf --quiet --page-size Letter -T 15mm -B 15mm -L 15mm -R 15mm "$html" "$here/wkhtml-status.pdf"
# broken-images-wkhtmltopdf.pdf: a status page of tests/recs/make.py
# (seed 11000) whose statuses are icons, some images that do not load:
# wkhtmltopdf frames each in a box as wide as its alternative text
wkhtmltopdf --quiet --enable-local-file-access "$here/broken-images.html" \
	"$here/broken-images-wkhtmltopdf.pdf"
# page-broken-row-wkhtml.pdf: a scorecard page of tests/recs/make.py
# (seed 9900) as tests/recs/print.sh prints it, a row broken by the page
# with its id, set in the middle of the row, on the second page
wkhtmltopdf --quiet --enable-local-file-access "$here/page-broken-row.html" \
	"$here/page-broken-row-wkhtml.pdf"
