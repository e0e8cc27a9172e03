#!/usr/bin/env bash
# report.sh - recwatch report in a real headless browser: the page loads
# without scripts, its DOM has the charts, the changes and the
# timelines, and a screenshot is taken (left in $TMPDIR/report.png).
. tests/store/lib.sh
db=$tmp/report.db; rm -f "$db"*
rw-store ingest --db "$db" samples/cct-status/status-2023-01.html samples/ssr2/review-page.html >/dev/null || fail "ingest 1"
rw-store ingest --db "$db" samples/cct-status/status-2023-07.html >/dev/null || fail "ingest 2"
rw-store report --db "$db" -o "$tmp/report.html" || fail "report"
grep -qi '<script' "$tmp/report.html" && fail "the report has a script"
grep -qiE '(src|href)="(https?:)?//' "$tmp/report.html" && fail "the report loads something from outside"
chrome() {
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run \
		--user-data-dir="$(mktemp -d)" "$@" 2>/dev/null
}
chrome --dump-dom "file://$tmp/report.html" >"$tmp/dom.html" || fail "chromium --dump-dom"
/usr/bin/python3 - "$tmp/dom.html" <<'PY' || exit 1
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
want = {
    "title": "<title>recwatch report</title>" in dom,
    "two charts (CCT, SSR2)": len(re.findall(r"<svg", dom)) == 2,
    "CCT bars: 2 dates x 3 statuses": len(re.findall(r"<title>2023-0[17]-31 (complete|in_progress|not_started): \d+</title>", dom)) == 6,
    "the regression of CCT 11 highlighted": re.search(r'<tr class="regression"><td>CCT</td><td>11</td><td>changed</td><td>status</td><td>complete</td><td>in_progress</td>', dom) is not None,
    "CCT 7 removed": "<td>CCT</td><td>7</td><td>removed</td>" in dom,
    "timeline of SSR2 5.4 with its Board action": re.search(r'id="SSR2-5.4".*?<td class="date">2022-05-01</td><td>board_action</td><td>approved</td>', dom, re.S) is not None,
    "CCT 7 no longer listed, its timeline open": re.search(r'id="CCT-7" class="gone" open', dom) is not None,
    "unchanged CCT 1 closed": '<details id="CCT-1"><summary>' in dom,
    "documents table": dom.count("status-2023-0") >= 2,
}
bad = [k for k, ok in want.items() if not ok]
print("DOM checks:", "all passed" if not bad else "failed: " + ", ".join(bad))
sys.exit(1 if bad else 0)
PY
chrome --window-size=1200,1800 --screenshot="$tmp/report.png" "file://$tmp/report.html" >/dev/null || fail "screenshot"
[ "$(head -c 8 "$tmp/report.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
[ "$(wc -c <"$tmp/report.png")" -gt 20000 ] || fail "the screenshot is nearly empty"
echo "report checked in chromium"
