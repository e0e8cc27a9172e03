#!/bin/sh
# make-reading.sh - the reading-order test documents, from every producer:
# ReportLab (make-reading.py), LibreOffice Writer and Chromium (sources
# from make-reading-docs.py), and the statistical tables whose sources
# are tests/pdf/stats-*.html, report-*.html and list-markers.html. Needs
# .ci/install-deps --samples (chromium, LibreOffice, WeasyPrint,
# wkhtmltopdf). The PDFs are committed; tests never regenerate them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# chromium_pdf SOURCE PDF: SOURCE printed by Chromium
chromium_pdf() {
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$tmp/chromium" --print-to-pdf="$2" \
		"file://$1" >"$tmp/chromium.log" 2>&1 ||
		{ cat "$tmp/chromium.log" >&2; exit 1; }
}

# writer_pdf SOURCE PDF: SOURCE converted by LibreOffice Writer
writer_pdf() {
	libreoffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
		--convert-to pdf --outdir "$tmp" "$1" >"$tmp/lo.log" 2>&1 ||
		{ cat "$tmp/lo.log" >&2; exit 1; }
	name=$(basename "$1")
	cp "$tmp/${name%.*}.pdf" "$2"
}

# writer_html_pdf SOURCE PDF: an HTML page opened by Writer's own HTML
# import and exported (Writer/Web's, the default for .html, drops the
# page's first paragraph onto a blank page of its own)
writer_html_pdf() {
	soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
		--infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
		--outdir "$tmp" "$1" >"$tmp/lo.log" 2>&1 ||
		{ cat "$tmp/lo.log" >&2; exit 1; }
	name=$(basename "$1")
	cp "$tmp/${name%.*}.pdf" "$2"
}

"$py" "$here/make-reading.py"
"$py" "$here/make-reading-docs.py" "$tmp"
for doc in pagebreak columns rtl; do
	writer_pdf "$tmp/reading-$doc.fodt" "$here/reading-$doc-lo.pdf"
done
for doc in rtl sideways upside-down rothead; do
	chromium_pdf "$tmp/reading-$doc.html" "$here/reading-$doc-chromium.pdf"
done
# statistical tables: indented labels and a note under the table at the
# margin; group names over the columns' names, a row of units under them;
# a stub name spanning the two rows of the header; a title as wide as
# the page over group names (read a line a row, --method stream); two
# tables one over the other, a note and a title narrower than them between
for doc in stats-note stats-groups stats-stub-head stats-stream-page stats-two-tables; do
	chromium_pdf "$here/$doc.html" "$here/$doc-chromium.pdf"
done
# a scorecard without rules, Board actions spanning two to four rows
chromium_pdf "$here/centred-spans.html" "$here/centred-spans-chromium.pdf"
# list items: a disc drawn as a shape (Chromium), a bullet glyph (LibreOffice)
chromium_pdf "$here/list-markers.html" "$here/list-markers-chromium.pdf"
writer_pdf "$here/list-markers.html" "$here/list-markers-lo.pdf"
# a statistical table with section rows, and a note under it set smaller;
# the same with a note in its type running past its right end; a header
# cell wrapped over two lines, the names beside it centred on them
for doc in stats-sections stats-wide-note stats-wrapped-head; do
	writer_pdf "$here/$doc.html" "$here/$doc-lo.pdf"
done
# status tables whose Status column prints nothing (icons left out)
# under a centred name, one with its notes' column empty too
writer_html_pdf "$here/status-empty-columns.html" "$here/status-empty-columns-lo.pdf"
# ... and one whose header's names Writer centres in their row, each on
# lines of its own (a recs status page, seed 11500)
writer_html_pdf "$here/status-staggered-head.html" "$here/status-staggered-head-lo.pdf"
# a status table of <div>s (tests/recs seed 9900) Writer prints a cell
# a line: descriptions whose last line fills the measure, the priority
# set solid under them
writer_html_pdf "$here/stacked-run-on.html" "$here/stacked-run-on-lo.pdf"
# the same kind of table over two pages (a recs status page, seed 10300):
# on the second, whose longest lines are a Board decision's, Writer's
# lines "Placed in pending status" and "Recommendation R6.2" read as one
# paragraph, a row's last cell and the next row's id
writer_html_pdf "$here/stacked-value-id.html" "$here/stacked-value-id-lo.pdf"
# the same kind of table (a recs status page, seed 11100) whose last
# column is the recommendations' text: a row's text and the next row's
# id read as one paragraph
writer_html_pdf "$here/stacked-text-id.html" "$here/stacked-text-id-lo.pdf"
# two scorecards without cell padding, a heading between them: header
# names a word space apart, an empty column in each
for doc in two-tables-unpadded heading-between-tables; do
	writer_html_pdf "$here/$doc.html" "$here/$doc-lo.pdf"
done
# a caption in bold as wide as a table as wide as the page, over its
# bold header (WeasyPrint)
weasyprint "$here/stats-caption.html" "$here/stats-caption-weasyprint.pdf"
# a status table over two pages whose ids WeasyPrint breaks after their
# full stop ("Recommendation LE." over "24"), the break after such a
# number
weasyprint "$here/status-page-break.html" "$here/status-page-break-weasyprint.pdf"
# cells at the top of their rows, a label wrapped beside figures of one
# line under section rows; cells centred in their rows, a group name
# set solid over a column's name; group names set solid over the
# names between a rule over the head and one under it; rows padded far
# apart
for doc in stats-top-wrap stats-group-middle stats-booktabs-groups stats-airy; do
	chromium_pdf "$here/$doc.html" "$here/$doc-chromium.pdf"
done
# footnote marks and subscripts in a table's cells: a browser lowers a
# row holding a superscript's line, so the row's cells stand at
# different heights
chromium_pdf "$here/marks-sub-sup.html" "$here/marks-sub-sup-chromium.pdf"
# pages of the table zoo's report style (tests/zoo/model.py): two
# tables one over the other, the lower of fewer columns (WeasyPrint); a
# stub name centred over labels the last of which is the widest
# (wkhtmltopdf, which takes its page from its options)
weasyprint "$here/report-stacked.html" "$here/report-stacked-weasyprint.pdf"
wkhtmltopdf --quiet --enable-local-file-access --page-size A4 -T 15mm -B 15mm -L 15mm -R 15mm \
	"$here/report-centred-stub.html" "$here/report-centred-stub-wkhtmltopdf.pdf"
# and drawn by the zoo itself: a page of ReportLab whose note, set
# smaller, stands under the upper table's bottom rule (seed 4713); a
# page of pdfLaTeX without rules whose lower table's columns stand in
# the white of the upper's (seed 4715)
"$py" "$here/../zoo/make.py" --out "$tmp/zoo-rl" --seed 4713 --styles report --producers reportlab
cp "$tmp/zoo-rl/report-reportlab-4713.pdf" "$here/report-bottom-rule-reportlab.pdf"
"$py" "$here/../zoo/make.py" --out "$tmp/zoo-tex" --seed 4715 --styles report --producers latex
cp "$tmp/zoo-tex/report-latex-4715.pdf" "$here/report-nested-latex.pdf"
# a table set without padding or rules (a page without styles: HTML's
# defaults), cells of one and two lines set in the middle of their rows,
# the page rewritten by Ghostscript and imported by Writer: fonts whose
# boxes are taller than their lines' pitch, so a cell's lines overlap
chromium_pdf "$here/unpadded-middle.html" "$tmp/unpadded-middle.pdf"
gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -o "$here/unpadded-middle-ghostscript.pdf" \
	"$tmp/unpadded-middle.pdf"
writer_html_pdf "$here/unpadded-middle.html" "$here/unpadded-middle-lo.pdf"
# the same kind of table printed by WeasyPrint (a recs status page, seed
# 10100): the paragraph right over it ends where its second column's
# wrapped lines end, and the title's line where its header's last name
# does, by chance
weasyprint "$here/unpadded-title-edge.html" "$here/unpadded-title-edge-weasyprint.pdf"
# a scorecard whose Board decision and status span rows 12 to 14, cut by
# the page break under row 12 (a recs page, seed 10700), printed by
# WeasyPrint: row 12's other cells go on over the break, so the row is
# joined up, and the spans' part on the next page is empty
weasyprint "$here/span-break-joined.html" "$here/span-break-joined-weasyprint.pdf"
