#!/bin/sh
# make-reading.sh - the reading-order test documents, from every producer:
# ReportLab (make-reading.py), LibreOffice Writer and Chromium (sources
# from make-reading-docs.py). Needs .ci/install-deps --samples,
# chromium and weasyprint. The PDFs are committed; tests never regenerate them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" "$here/make-reading.py"
"$py" "$here/make-reading-docs.py" "$tmp"
for doc in pagebreak columns rtl; do
	libreoffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
		--convert-to pdf --outdir "$tmp" "$tmp/reading-$doc.fodt" >"$tmp/lo.log" 2>&1 ||
		{ cat "$tmp/lo.log" >&2; exit 1; }
	cp "$tmp/reading-$doc.pdf" "$here/reading-$doc-lo.pdf"
done
for doc in rtl sideways upside-down rothead; do
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$tmp/chromium" --print-to-pdf="$here/reading-$doc-chromium.pdf" \
		"file://$tmp/reading-$doc.html" >"$tmp/chromium.log" 2>&1 ||
		{ cat "$tmp/chromium.log" >&2; exit 1; }
done
# statistical tables: indented labels and a note under the table at the
# margin; group names over the columns' names, a row of units under them;
# a stub name spanning the two rows of the header; a title as wide as
# the page over group names (read a line a row, --method stream); two
# tables one over the other, a note and a title narrower than them between
for doc in stats-note stats-groups stats-stub-head stats-stream-page stats-two-tables; do
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$tmp/chromium" --print-to-pdf="$here/$doc-chromium.pdf" \
		"file://$here/$doc.html" >"$tmp/chromium.log" 2>&1 ||
		{ cat "$tmp/chromium.log" >&2; exit 1; }
done
# list items: a disc drawn as a shape (Chromium), a bullet glyph (LibreOffice)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	--user-data-dir="$tmp/chromium" --print-to-pdf="$here/list-markers-chromium.pdf" \
	"file://$here/list-markers.html" >"$tmp/chromium.log" 2>&1 ||
	{ cat "$tmp/chromium.log" >&2; exit 1; }
libreoffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
	--convert-to pdf --outdir "$tmp" "$here/list-markers.html" >"$tmp/lo.log" 2>&1 ||
	{ cat "$tmp/lo.log" >&2; exit 1; }
cp "$tmp/list-markers.pdf" "$here/list-markers-lo.pdf"
# a statistical table with section rows, and a note under it set smaller
libreoffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
	--convert-to pdf --outdir "$tmp" "$here/stats-sections.html" >"$tmp/lo.log" 2>&1 ||
	{ cat "$tmp/lo.log" >&2; exit 1; }
cp "$tmp/stats-sections.pdf" "$here/stats-sections-lo.pdf"
# a caption in bold as wide as a table as wide as the page, over its
# bold header (WeasyPrint)
weasyprint "$here/stats-caption.html" "$here/stats-caption-weasyprint.pdf"
# a table with section rows, a note in its type under it running past it
libreoffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
	--convert-to pdf --outdir "$tmp" "$here/stats-wide-note.html" >"$tmp/lo.log" 2>&1 ||
	{ cat "$tmp/lo.log" >&2; exit 1; }
cp "$tmp/stats-wide-note.pdf" "$here/stats-wide-note-lo.pdf"
# a header cell wrapped over two lines, the names beside it centred on them
libreoffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
	--convert-to pdf --outdir "$tmp" "$here/stats-wrapped-head.html" >"$tmp/lo.log" 2>&1 ||
	{ cat "$tmp/lo.log" >&2; exit 1; }
cp "$tmp/stats-wrapped-head.pdf" "$here/stats-wrapped-head-lo.pdf"
