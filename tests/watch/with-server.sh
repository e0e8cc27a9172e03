#!/bin/sh
# with-server.sh COMMAND - runs the shell command COMMAND while the test
# web server (tests/http-server.py) listens on 127.0.0.1, and stops it
# after.  COMMAND sees:
#   $HTTP     the server's base URL, http://127.0.0.1:PORT
#   $ROOT     the directory of the documents it serves under /doc/NAME:
#             copies of samples, which COMMAND may change between runs
#   $HTTPLOG  its request log, one line a request (see http-server.py)
# With TLS=1 in the environment the server speaks HTTPS only, with the
# self-signed certificate tests/watch/test-cert.pem (for 127.0.0.1; its
# key is test-key.pem, made for these tests and nothing else), and
# $HTTP is https://127.0.0.1:PORT.
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
scheme=http tls=
if [ "${TLS:-}" = 1 ]; then
	scheme=https tls="$top/tests/watch/test-cert.pem $top/tests/watch/test-key.pem"
fi
# shellcheck disable=SC2086 # $tls is two paths without blanks, or nothing
/usr/bin/python3 "$top/tests/http-server.py" "$ROOT" "$work/port" "$HTTPLOG" $tls &
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
HTTP=$scheme://127.0.0.1:$(cat "$work/port")
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
