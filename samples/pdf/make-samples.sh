#!/bin/sh
# make-samples.sh - regenerate the PDF samples (samples/pdf) and the bad
# inputs (tests/pdf-bad) from their sources with Debian tools.
#
#   samples/pdf/make-samples.sh [NAME...]
#
# NAME is a sample's base name (e.g. ssr2-pending-2022-05-01) or "bad";
# with none, everything is rebuilt. The PDFs are committed, so neither the
# build nor the tests run this; run it after editing a source and look at
# the result (pdftotext -layout, pdftoppm -png) before committing.
#
# Needs: libreoffice-writer-nogui, groff, ghostscript, python3-reportlab,
# qpdf, poppler-utils, fonts-liberation2, chromium (.ci/install-deps
# --samples).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bad=$top/tests/pdf-bad
py=/usr/bin/python3	# Debian's python, where python3-reportlab lives
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Metadata dates come from here, not the clock: they differ on purpose from
# the meeting dates the documents report (a reader must not take them).
setdates() { "$py" "$here/pdf-set-dates.py" "$@"; }

# 1. Landscape scorecard from LibreOffice Writer (flat ODT source):
#    repeated header row, running title, "Page N of M", rows split
#    across page breaks.
ssr2_scorecard() {
	libreoffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
		--convert-to pdf --outdir "$tmp" \
		"$here/ssr2-scorecard-2021-07-22.fodt" >"$tmp/lo.log" 2>&1 ||
		{ cat "$tmp/lo.log" >&2; exit 1; }
	setdates "$tmp/ssr2-scorecard-2021-07-22.pdf" \
		"$here/ssr2-scorecard-2021-07-22.pdf" 2021-07-26T16:05 2021-07-27T09:30
}

# 2. Portrait scorecard from groff -ms/tbl through ghostscript: a table
#    aligned by whitespace only, kerning, fi/fl ligature glyphs, curly
#    quotes, justified cells.
ssr2_pending() {
	groff -k -ms -t -Tps -P-pletter "$here/ssr2-pending-2022-05-01.ms" >"$tmp/pending.ps"
	# ghostscript dates its XMP metadata from SOURCE_DATE_EPOCH (4 May 2022)
	SOURCE_DATE_EPOCH=1651688400 ps2pdf -sPAPERSIZE=letter "$tmp/pending.ps" "$tmp/pending.pdf"
	setdates "$tmp/pending.pdf" "$here/ssr2-pending-2022-05-01.pdf" \
		2022-05-04T18:20 2022-05-04T18:20
}

# 3. Board resolutions in prose (ReportLab, standard 14 fonts).
resolution() {
	"$py" "$here/resolution-2022-05-01.py" "$tmp/resolution.pdf"
	setdates "$tmp/resolution.pdf" "$here/resolution-2022-05-01.pdf" \
		2022-05-05T21:10 2022-05-05T21:10
}

# 4. Landscape scorecard drawn sideways on a portrait page, then turned
#    upright for display with /Rotate 90 on page 1.
cct_rotated() {
	"$py" "$here/cct-scorecard-rotated.py" "$tmp/cct.pdf"
	qpdf --rotate=+90:1 "$tmp/cct.pdf" "$tmp/cct-rotated.pdf"
	setdates "$tmp/cct-rotated.pdf" "$here/cct-scorecard-rotated.pdf" \
		2019-03-05T14:00 2019-03-05T14:00
}

# 5. Status pages printed from a browser (Chromium's Skia/PDF), made
#    from the HTML samples themselves (so their records are the same):
#    - RDS-WHOIS2, no ruling lines: cells centred vertically, so a long
#      description starts above its number; a cell spanning two rows;
#      header cells set a few points apart;
#    - CCT (July 2023), ruled: a header of two rows, section rows, and
#      rows split over page breaks with no line closing the cut;
#    - ATRT3 scorecard, no ruling lines: a notes column mostly empty, so
#      on page 2 no line has text in every column; a section row under
#      the header repeated on page 2, whose "#" stands on a line of its
#      own in the top margin.
#    The same pages printed on other paper (a CSS @page size added to a
#    copy of the page): A4 and US Letter landscape change every line
#    break, and with it which cells share a line.
printed() { # HTML OUT DATE [PAGE-SIZE]
	page=$top/$1
	if [ -n "${4:-}" ]; then
		page=$(dirname "$top/$1")/.print-$(basename "$1")
		sed "s|</head>|<style>@page { size: $4; }</style></head>|" "$top/$1" >"$page"
	fi
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--print-to-pdf="$tmp/printed.pdf" "file://$page" >"$tmp/chromium.log" 2>&1 ||
		{ cat "$tmp/chromium.log" >&2; exit 1; }
	[ -z "${4:-}" ] || rm -f "$page"
	setdates "$tmp/printed.pdf" "$here/$2" "$3" "$3"
}

# 6. The ATRT3 scorecard page opened in LibreOffice Writer/Web and
#    exported to PDF: a blank first page, the table (no ruling lines)
#    over three more, its header repeated at the top of each (in the
#    margin, so also taken for a running head), its last page a few rows.
libreoffice_html() { # HTML OUT DATE
	libreoffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
		--convert-to pdf:writer_web_pdf_Export --outdir "$tmp" "$top/$1" >"$tmp/lo.log" 2>&1 ||
		{ cat "$tmp/lo.log" >&2; exit 1; }
	setdates "$tmp/$(basename "$1" .html).pdf" "$here/$2" "$3" "$3"
}

# Pages of images only, as a scanner makes them: JPEG files, one a page,
# each filling a page of the given size in points.
images_to_pdf() { # OUT WIDTH HEIGHT JPEG...
	"$py" - "$@" <<'PY'
import sys
from reportlab.pdfgen.canvas import Canvas
out, w, h = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
c = Canvas(out, pagesize=(w, h), invariant=1)
for jpeg in sys.argv[4:]:
    c.drawImage(jpeg, 0, 0, width=w, height=h)
    c.showPage()
c.save()
PY
}

# Bad inputs, each made from a good sample (see tests/pdf-bad/README.md).
bad_inputs() {
	mkdir -p "$bad"
	good=$here/ssr2-pending-2022-05-01.pdf
	qpdf --encrypt recwatch-user recwatch-owner 256 -- "$good" "$bad/encrypted.pdf"
	qpdf --encrypt "" recwatch-owner 256 --extract=n --modify=none -- \
		"$good" "$bad/owner-password-only.pdf"

	pdftoppm -gray -r 60 -jpeg -jpegopt quality=55 -f 1 -l 2 \
		"$here/ssr2-scorecard-2021-07-22.pdf" "$tmp/scan"
	images_to_pdf "$tmp/scanned.pdf" 792 612 "$tmp"/scan-*.jpg
	setdates "$tmp/scanned.pdf" "$bad/scanned-no-text.pdf" 2021-08-02T11:00 2021-08-02T11:00
	qpdf --empty --pages "$good" 1 "$bad/scanned-no-text.pdf" 1 -- "$tmp/partly.pdf"
	setdates "$tmp/partly.pdf" "$bad/partly-scanned.pdf" 2022-05-06T08:00 2022-05-06T08:00

	full=$here/ssr2-scorecard-2021-07-22.pdf
	head -c $(($(wc -c <"$full") / 2)) "$full" >"$bad/truncated.pdf"
	# a PDF header, then bytes that are no PDF at all (fixed seed: the
	# same garbage every time)
	"$py" -c 'import random, sys
random.seed(20210722)
sys.stdout.buffer.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" +
    bytes(random.randrange(256) for _ in range(6000)) + b"\n%%EOF\n")' \
		>"$bad/corrupt.pdf"

	# really-html.pdf is hand-written HTML: it is its own source.
	cp "$good" "$bad/really-pdf.html"
}

main() {
	[ $# -gt 0 ] || set -- ssr2-scorecard-2021-07-22 ssr2-pending-2022-05-01 \
		resolution-2022-05-01 cct-scorecard-rotated rds-whois2-status-2022-12-printed \
		cct-status-2023-07-printed atrt3-scorecard-2020-11-30-printed \
		atrt3-scorecard-2020-11-30-printed-a4 rds-whois2-status-2022-12-printed-landscape \
		cct-status-2023-01-printed cct-status-2023-01-printed-landscape \
		atrt3-scorecard-2020-11-30-libreoffice bad
	for name in "$@"; do
		case $name in
		ssr2-scorecard-2021-07-22) ssr2_scorecard ;;
		ssr2-pending-2022-05-01) ssr2_pending ;;
		resolution-2022-05-01) resolution ;;
		cct-scorecard-rotated) cct_rotated ;;
		rds-whois2-status-2022-12-printed)
			printed samples/rds-whois2/status-2022-12.html "$name.pdf" 2022-12-16T10:00 ;;
		cct-status-2023-07-printed)
			printed samples/cct-status/status-2023-07.html "$name.pdf" 2023-08-02T09:00 ;;
		atrt3-scorecard-2020-11-30-printed)
			printed samples/atrt3/scorecard-section.html "$name.pdf" 2020-12-02T10:00 ;;
		atrt3-scorecard-2020-11-30-printed-a4)
			printed samples/atrt3/scorecard-section.html "$name.pdf" 2020-12-02T10:00 A4 ;;
		rds-whois2-status-2022-12-printed-landscape)
			printed samples/rds-whois2/status-2022-12.html "$name.pdf" 2022-12-16T10:00 \
				"letter landscape" ;;
		cct-status-2023-01-printed)
			printed samples/cct-status/status-2023-01.html "$name.pdf" 2023-02-01T09:00 letter ;;
		cct-status-2023-01-printed-landscape)
			printed samples/cct-status/status-2023-01.html "$name.pdf" 2023-02-01T09:00 \
				"letter landscape" ;;
		atrt3-scorecard-2020-11-30-libreoffice)
			libreoffice_html samples/atrt3/scorecard-section.html "$name.pdf" 2020-12-02T10:00 ;;
		bad) bad_inputs ;;
		*) echo "make-samples.sh: $name: no such sample" >&2; exit 2 ;;
		esac
		echo "made $name"
	done
}

main "$@"
