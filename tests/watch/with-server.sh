#!/bin/sh
# with-server.sh COMMAND - runs the shell command COMMAND while the test
# web server (tests/http-server.py) listens on 127.0.0.1, and stops it
# after.  COMMAND sees:
#   $HTTP     the server's base URL, http://127.0.0.1:PORT
#   $ROOT     the directory of the documents it serves under /doc/NAME:
#             copies of samples, which COMMAND may change between runs
#   $HTTPLOG  its request log, one line a request (see http-server.py)
# Proxies are turned off: the tests talk to this server and to nothing
# else.  Exits with COMMAND's status.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/http.XXXXXX")
ROOT=$work/root
HTTPLOG=$work/requests.log
mkdir "$ROOT"
cp "$top/samples/cct-status/status-2023-01.html" "$ROOT/cct.html"
cp "$top/samples/rds-whois2/status-2022-12.html" "$ROOT/rds.html"
cp "$top/samples/ssr2/review-page.html" "$ROOT/ssr2.html"
cp "$top/samples/atrt3/scorecard-section.html" "$ROOT/atrt3.html"
cp "$top/samples/pdf/resolution-2022-05-01.pdf" "$ROOT/resolution.pdf"
: >"$HTTPLOG"
/usr/bin/python3 "$top/tests/http-server.py" "$ROOT" "$work/port" "$HTTPLOG" &
server=$!
# the server writes its port once it listens: wait for that, up to 10 s
tries=0
while [ ! -s "$work/port" ] && [ $tries -lt 100 ]; do
	sleep 0.1
	tries=$((tries + 1))
done
if [ ! -s "$work/port" ]; then
	echo "with-server.sh: the test server did not start" >&2
	kill "$server" 2>/dev/null
	exit 2
fi
HTTP=http://127.0.0.1:$(cat "$work/port")
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
no_proxy='*'
NO_PROXY='*'
export HTTP ROOT HTTPLOG no_proxy NO_PROXY
sh -c "$1"
st=$?
kill "$server"
wait "$server" 2>/dev/null
rm -rf "$work"
exit $st
