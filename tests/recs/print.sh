#!/bin/sh
# print.sh DIR - prints each page make.py wrote in DIR to ID.pdf with
# Chromium's print to PDF, as a reader of the page would save it; then
# `score.py --ext pdf DIR` scores the PDFs against the same records.
set -eu
dir=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for page in "$dir"/*.html; do
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$tmp/chromium" --print-to-pdf="${page%.html}.pdf" \
		"file://$page" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
done
