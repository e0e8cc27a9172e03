#!/bin/sh
# libreoffice.sh - the workbooks recwatch writes, opened by LibreOffice
# itself (headless), as an analyst's spreadsheet would open them:
#   - saved as ODS, every cell is text or a date as recwatch wrote it,
#     and none is a formula (the values that look like formulas too);
#   - saved as CSV, the records come back as they went in (3.10 stays
#     3.10, a date stays its YYYY-MM-DD).
# Not part of make test (LibreOffice is a large install): make
# check-office, which .ci/run calls.  Prints one line a check and exits
# non-zero when one fails.
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
BIN=${BIN:-bin}
PATH=$top/$BIN:$PATH
command -v soffice >/dev/null || { echo "libreoffice: soffice not found (.ci/install-deps office)" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fails=0
check() { # check WHAT COMMAND...
	what=$1; shift
	if "$@"; then echo "ok   libreoffice: $what"; else echo "FAIL libreoffice: $what"; fails=$((fails + 1)); fi
}
office() { # office FORMAT FILE: converts FILE into $tmp/out
	soffice --headless --norestore "-env:UserInstallation=file://$tmp/profile" \
		--convert-to "$1" --outdir "$tmp/out" "$2" >"$tmp/office.log" 2>&1
}
# Cell types of the first sheet of an ODS: "date=N string=N float=N formula=N".
types() {
	/usr/bin/python3 - "$1" <<'PY'
import re, sys, zipfile
x = zipfile.ZipFile(sys.argv[1]).read("content.xml").decode()
kinds = re.findall(r'office:value-type="([a-z]+)"', x)
print("date=%d string=%d float=%d formula=%d" % (kinds.count("date"), kinds.count("string"),
      kinds.count("float"), len(re.findall(r"table:formula=", x))))
PY
}

for snap in tests/xlsx/formula-like.csv samples/ssr2/review-page.expected.csv; do
	name=$(basename "$snap" .csv)
	recwatch convert -f xlsx "$snap" >"$tmp/$name.xlsx" || { echo "FAIL: recwatch convert $snap"; exit 1; }
	rows=$(($(wc -l <"$snap") - 1))
	# what recwatch wrote, as the sheet's XML says (tests/xlsx-read.py)
	want=$(/usr/bin/python3 tests/xlsx-read.py "$tmp/$name.xlsx" --shape |
		sed -n 's/.*; \([0-9]*\) strings, \([0-9]*\) dates.*/date=\2 string=\1 float=0 formula=0/p')
	office ods "$tmp/$name.xlsx"
	got=$(types "$tmp/out/$name.ods")
	check "$name: cell types in LibreOffice $got, as written: $want" test -n "$want" -a "$got" = "$want"
	office 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false' "$tmp/$name.xlsx"
	recwatch convert "$tmp/out/$name.csv" >"$tmp/back.csv" 2>"$tmp/err"
	check "$name: its $rows records come back from LibreOffice's CSV unchanged" cmp -s "$tmp/back.csv" "$snap"
done
echo "libreoffice: $fails checks failed"
[ $fails = 0 ]
