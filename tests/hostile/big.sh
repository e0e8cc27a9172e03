#!/bin/sh
# big.sh - `make hostile-big`: the inputs too big for `make test`.
#   1. a 200 MiB HTML page: rw-html refuses it at its default --max-bytes
#      (64M) with a clear message and little memory; with --max-bytes 256M
#      it is read (time and peak RSS printed);
#   2. a 2,000-page PDF: read by rw-pdf and by recwatch extract in bounded
#      memory (peak RSS must stay under 1 GiB).
# Prints the measured figures; exits 1 when a check fails.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
BIN=${BIN:-bin}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
no() { echo "FAIL $*"; fail=1; }

# measure NAME CMD... : runs CMD (stdout to $tmp/out, stderr to $tmp/err),
# prints its time and peak RSS; $st, $rss_kb are set.
measure() {
	name=$1; shift
	/usr/bin/time -o "$tmp/time" -f "%e %M" "$@" >"$tmp/out" 2>"$tmp/err"
	st=$?
	set -- $(tail -n 1 "$tmp/time")
	rss_kb=$2
	echo "$name: status $st, $1 s, peak RSS $((rss_kb / 1024)) MiB, $(wc -l <"$tmp/out") lines out"
}

echo "making a 200 MiB HTML page..."
/usr/bin/python3 - "$tmp/big.html" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('<html><head><meta charset="utf-8"><title>SSR2 Review</title></head><body>\n')
    n, size = 0, 0
    while size < 200 * 1048576:
        rows = ["<table><tr><th>Rec #</th><th>Implementation Status</th><th>Priority</th>"
                "<th>Description</th></tr>"]
        for _ in range(1000):
            n += 1
            rows.append("<tr><td>%d.%d</td><td>In progress</td><td>P%d</td><td>Recommendation "
                        "text number %d, long enough to look like a real description.</td></tr>"
                        % (n // 100 + 1, n % 100 + 1, n % 4 + 1, n))
        chunk = "\n".join(rows) + "</table>\n"
        f.write(chunk)
        size += len(chunk)
    f.write("</body></html>\n")
PY
measure "rw-html 200 MiB (default --max-bytes)" "$BIN/rw-html" "$tmp/big.html"
[ $st = 1 ] || no "rw-html should refuse the 200 MiB page (status $st)"
grep -q 'larger than 67108864 bytes (see --max-bytes)' "$tmp/err" || no "no 'larger than' message: $(head -c 200 "$tmp/err")"
[ "$rss_kb" -lt 262144 ] || no "refusing took $rss_kb KB"
measure "recwatch extract 200 MiB" "$BIN/recwatch" extract "$tmp/big.html"
[ $st = 1 ] && grep -q 'larger than' "$tmp/err" || no "recwatch extract: status $st, $(head -c 200 "$tmp/err")"
measure "rw-html 200 MiB (--max-bytes 256M)" "$BIN/rw-html" --max-bytes 256M "$tmp/big.html"
[ $st = 0 ] || no "rw-html --max-bytes 256M: status $st, $(head -c 200 "$tmp/err")"
[ "$rss_kb" -lt 4194304 ] || no "rw-html used over 4 GiB"
rm -f "$tmp/big.html"

echo "making a 2,000-page PDF..."
pages=
for i in $(seq 1 2000); do pages="$pages samples/pdf/ssr2-pending-2022-05-01.pdf 1-z"; done
qpdf --empty --pages $pages -- "$tmp/big.pdf" || exit 2
measure "rw-pdf 2,000 pages" "$BIN/rw-pdf" "$tmp/big.pdf"
[ $st = 0 ] || no "rw-pdf: status $st, $(head -c 200 "$tmp/err")"
[ "$rss_kb" -lt 1048576 ] || no "rw-pdf used over 1 GiB"
measure "recwatch extract 2,000 pages" "$BIN/recwatch" extract --review SSR2 "$tmp/big.pdf"
[ $st -le 1 ] || no "recwatch extract: status $st"
[ "$rss_kb" -lt 1048576 ] || no "recwatch extract used over 1 GiB"
exit $fail
