# rw-fetch, the one filter that uses the network, against the test web
# server (tests/http-server.py on 127.0.0.1, started by
# tests/watch/with-server.sh for each case; nothing else is ever asked).

=== -o FILE gets the document byte for byte
cmd: sh tests/watch/with-server.sh 'rw-fetch -o $TMPDIR/a.html $HTTP/doc/ssr2.html && cmp $TMPDIR/a.html samples/ssr2/review-page.html && echo same'
status: 0
stdout:
| same
stderr:

=== gzip is asked for and undone: the bytes kept are the document's
cmd: sh tests/watch/with-server.sh 'rw-fetch -o $TMPDIR/b.html $HTTP/gzip/ssr2.html && cmp $TMPDIR/b.html samples/ssr2/review-page.html && grep -c "GET /gzip/ssr2.html | recwatch/0.1.0 |  |  | .*gzip" $HTTPLOG'
status: 0
stdout:
| 1

=== a redirect is followed; -d writes the result with the final URL and the validators
cmd: sh tests/watch/with-server.sh 'rw-fetch --host-delay 0 -d $TMPDIR $HTTP/redirect/resolution.pdf | sed "s|$HTTP|HTTP|g; s|$TMPDIR|TMP|; s/\"[0-9a-f]\{64\}/\"SHA/; s/\"[A-Z][a-z][a-z], [^\"]* GMT\"/\"DATE\"/"'
status: 0
stdout:
| {"url":"HTTP/redirect/resolution.pdf","final_url":"HTTP/doc/resolution.pdf","status":200,"etag":"\"SHA\"","last_modified":"DATE","content_type":"application/pdf","file":"TMP/1","size":4467,"attempts":2,"error":null}
check: cmp $(dirname $OUT)/1 samples/pdf/resolution-2022-05-01.pdf

=== requests on standard input carry the validators: 304, no body kept
cmd: sh tests/watch/with-server.sh 'rw-fetch -d $TMPDIR $HTTP/doc/rds.html >$TMPDIR/first; /usr/bin/python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(json.dumps({\"url\": r[\"url\"], \"etag\": r[\"etag\"], \"last_modified\": r[\"last_modified\"]}))" $TMPDIR/first | rw-fetch --host-delay 0 -d $TMPDIR/ | sed "s|$HTTP|HTTP|g; s/\"[0-9a-f]\{64\}/\"SHA/; s/\"[A-Z][a-z][a-z], [^\"]* GMT\"/\"DATE\"/"'
status: 0
stdout:
| {"url":"HTTP/doc/rds.html","final_url":"HTTP/doc/rds.html","status":304,"etag":"\"SHA\"","last_modified":"DATE","content_type":null,"file":null,"size":0,"attempts":1,"error":null}

=== a 404 is one line on stderr; -o FILE is not made
cmd: sh tests/watch/with-server.sh 'rw-fetch -o $TMPDIR/c.html $HTTP/status/404'
status: 2
stdout:
stderr-has: rw-fetch: http://127.0.0.1:
stderr-has: /status/404: HTTP 404
check: test ! -e $(dirname $OUT)/c.html && test "$(wc -l <$ERR)" = 1

=== a 500 is tried again after a backoff, then given up
cmd: sh tests/watch/with-server.sh 'rw-fetch --retries 2 --backoff 0.05 --host-delay 0 -o $TMPDIR/d.html $HTTP/status/500; echo "exit $?"; grep -c "GET /status/500" $HTTPLOG'
status: 0
stdout:
| exit 2
| 3
stderr-has: /status/500: HTTP 500 (3 attempts)

=== a 429 with Retry-After waits as long as the server asks, not the shorter backoff (2 s asked; the gap the server sees may look shorter by how late it took up the first request, so half of it, far above the 0.05 s backoff)
cmd: sh tests/watch/with-server.sh 'rw-fetch --retries 2 --backoff 0.05 --host-delay 0 -o $TMPDIR/r.html $HTTP/busy/2/ssr2.html && cmp $TMPDIR/r.html samples/ssr2/review-page.html && grep -c "GET /busy/2/ssr2.html" $HTTPLOG && awk "NR > 1 { print (\$1 - last >= 1.0) ? \"waited\" : \"too soon\" } { last = \$1 }" $HTTPLOG.times'
status: 0
stdout:
| 2
| waited
stderr:

=== Retry-After as a date is waited for too (a date 2 s on, in whole seconds: a wait of 1 to 2 s; half a second is far above the backoff)
cmd: sh tests/watch/with-server.sh 'rw-fetch --retries 1 --backoff 0.05 --host-delay 0 -o $TMPDIR/s.html $HTTP/busy-date/2/rds.html && awk "NR > 1 { print (\$1 - last >= 0.5) ? \"waited\" : \"too soon\" } { last = \$1 }" $HTTPLOG.times'
status: 0
stdout:
| waited

=== a Retry-After beyond the longest wait ends the attempts at once, named
cmd: sh tests/watch/with-server.sh 'rw-fetch --retries 5 --backoff 0.05 --host-delay 0 -o $TMPDIR/t.html $HTTP/busy/3600/rds.html; echo "exit $?"; grep -c "GET /busy" $HTTPLOG'
status: 0
stdout:
| exit 2
| 1
stderr-has: /busy/3600/rds.html: HTTP 429: the server asks for a wait of more than 300 s; try again later
check: test ! -e $(dirname $OUT)/t.html

=== a redirect loop is named as one
cmd: sh tests/watch/with-server.sh 'rw-fetch --host-delay 0 -o $TMPDIR/e.html $HTTP/loop/a 2>&1 | sed "s|$HTTP|HTTP|g"'
status: 0
stdout:
| rw-fetch: HTTP/loop/a: redirect loop (HTTP/loop/b leads back to HTTP/loop/a)

=== redirects past --max-redirs are not followed
cmd: sh tests/watch/with-server.sh 'rw-fetch --max-redirs 0 -o $TMPDIR/f.html $HTTP/redirect/rds.html'
status: 2
stderr-has: /redirect/rds.html: more than 0 redirects

=== a body slower than --timeout is given up, after its retries
cmd: sh tests/watch/with-server.sh 'rw-fetch --timeout 0.5 --retries 1 --backoff 0.05 --host-delay 0 -o $TMPDIR/g.html $HTTP/slow'
status: 2
stderr-has: /slow: no whole answer within 500 ms (see --timeout; 2 attempts)
check: test ! -e $(dirname $OUT)/g.html

=== a body larger than --max-bytes is cut off while it arrives, announced or not
cmd: sh tests/watch/with-server.sh 'mkdir $TMPDIR/big; rw-fetch --max-bytes 100K --host-delay 0 -d $TMPDIR/big $HTTP/big/5000000 $HTTP/big-announced/5000000 $HTTP/doc/rds.html >/dev/null; echo "exit $?"; ls $TMPDIR/big'
status: 0
stdout:
| exit 1
| 3
stderr-has: /big/5000000: larger than 102400 bytes (see --max-bytes)
stderr-has: /big-announced/5000000: larger than 102400 bytes (see --max-bytes)

=== only http and https: other schemes are refused, also as redirect targets
cmd: rw-fetch -d $TMPDIR file:///etc/passwd ftp://127.0.0.1/x gopher://127.0.0.1/
status: 2
stderr-has: rw-fetch: file:///etc/passwd: only http and https URLs are fetched
stderr-has: rw-fetch: ftp://127.0.0.1/x: only http and https URLs are fetched
stderr-has: rw-fetch: gopher://127.0.0.1/: only http and https URLs are fetched
check: test "$(ls $(dirname $OUT) | grep -c '^[0-9]')" = 0

=== the pause between two requests to one host is kept (as the server sees them: a request it takes up late makes the gap after it look shorter, so three quarters of the pause, far from the no pause at all a broken rw-fetch gives)
cmd: sh tests/watch/with-server.sh 'rw-fetch --host-delay 0.4 -d $TMPDIR $HTTP/doc/rds.html $HTTP/doc/cct.html $HTTP/doc/ssr2.html >/dev/null; /usr/bin/python3 -c "import sys; t=[float(l.split()[0]) for l in open(sys.argv[1])]; print(all(b - a >= 0.3 for a, b in zip(t, t[1:])), len(t))" $HTTPLOG.times'
status: 0
stdout:
| True 3

=== usage: -o needs one URL; bad numbers are refused
cmd: rw-fetch -o x http://127.0.0.1:1/a http://127.0.0.1:1/b; rw-fetch --timeout -1 -d . ; rw-fetch --max-bytes 0 -d .
status: 2
stderr-has: give -o FILE and one URL, or -d DIR
stderr-has: --timeout: not a number of seconds from 0 to 86400: -1
stderr-has: --max-bytes: not a size from 1 to 511M: 0

=== recwatch extract reads a URL as a file; its records name the URL
cmd: sh tests/watch/with-server.sh 'recwatch extract $HTTP/doc/rds.html >$TMPDIR/u.csv; echo "exit $?"; sed "s|$HTTP|HTTP|g" $TMPDIR/u.csv | cut -d, -f1,2,10 | head -n 3'
status: 0
stdout:
| exit 0
| review,rec_id,sources
| RDS-WHOIS2,BY.1,HTTP/doc/rds.html
| RDS-WHOIS2,CC.1,HTTP/doc/rds.html
check: ! ls $(dirname $OUT) | grep -q recwatch-urls

=== the type is sniffed from the bytes, whatever Content-Type says; a URL that fails is one line, the rest are read: exit 1
cmd: sh tests/watch/with-server.sh 'recwatch extract $HTTP/status/404 $HTTP/type/atrt3.html samples/atrt3/scorecard-section.html | sed "s|$HTTP|HTTP|g" | cut -d, -f1,2,10 | head -n 2'
status: 0
stdout:
| review,rec_id,sources
| ATRT3,1.1,HTTP/type/atrt3.html;samples/atrt3/scorecard-section.html
stderr-has: /status/404: HTTP 404
check: test "$(wc -l <$ERR)" = 1

=== the exit status of extract with a URL that fails is 1
cmd: sh tests/watch/with-server.sh 'recwatch extract $HTTP/status/404 $HTTP/doc/rds.html >/dev/null'
status: 1

=== recwatch diff takes URLs as OLD and NEW
cmd: sh tests/watch/with-server.sh 'cp samples/cct-status/status-2023-07.html $ROOT/cct-07.html; recwatch diff $HTTP/doc/cct.html $HTTP/gzip/cct-07.html'
status: 1
stdout-file: samples/cct-status/expected-diff.txt

=== recwatch diff with a URL that cannot be fetched is trouble
cmd: sh tests/watch/with-server.sh 'recwatch diff $HTTP/status/404 samples/cct-status/status-2023-07.html'
status: 2
stdout:
stderr-has: /status/404: HTTP 404

=== recwatch tables reads a PDF from a URL, through a redirect
cmd: sh tests/watch/with-server.sh 'recwatch tables $HTTP/redirect/resolution.pdf >$TMPDIR/t1.csv; recwatch tables samples/pdf/resolution-2022-05-01.pdf >$TMPDIR/t2.csv; cmp $TMPDIR/t1.csv $TMPDIR/t2.csv && echo same'
status: 0
stdout:
| same

=== a small gzip body that grows past --max-bytes once decoded is cut off too
cmd: sh tests/watch/with-server.sh 'rw-fetch --max-bytes 1M -o $TMPDIR/bomb.html $HTTP/bomb/50000000'
status: 2
stderr-has: /bomb/50000000: larger than 1048576 bytes (see --max-bytes)
check: test ! -e $(dirname $OUT)/bomb.html

=== a server that refuses the connection is one line, and not tried again
cmd: rw-fetch --retries 3 --backoff 5 -o $TMPDIR/refused.html http://127.0.0.1:1/x
status: 2
stderr-has: rw-fetch: http://127.0.0.1:1/x: Failed to connect to 127.0.0.1 port 1
check: test "$(wc -l <$ERR)" = 1

=== rw-fetch answers --help and --version on stdout and has a man page that renders cleanly
cmd: rw-fetch --help | grep -q usage && rw-fetch --version | grep -q '0\.1\.0' && test -z "$(man -l -Tutf8 man/rw-fetch.1 2>&1 >/dev/null)" && echo fine
status: 0
stdout:
| fine

=== TLS is verified: a self-signed certificate is refused
cmd: TLS=1 sh tests/watch/with-server.sh 'rw-fetch -o $TMPDIR/tls.html $HTTP/doc/rds.html'
status: 2
stderr-has: SSL certificate problem: self-signed certificate
check: test ! -e $(dirname $OUT)/tls.html

=== with --ca-file naming that certificate, the document comes over HTTPS
cmd: TLS=1 sh tests/watch/with-server.sh 'rw-fetch --ca-file tests/watch/test-cert.pem -o $TMPDIR/tls2.html $HTTP/doc/rds.html && cmp $TMPDIR/tls2.html samples/rds-whois2/status-2022-12.html && echo same'
status: 0
stdout:
| same

=== recwatch watch over HTTPS, --ca-file passed on to rw-fetch
cmd: TLS=1 sh tests/watch/with-server.sh 'echo "$HTTP/doc/rds.html" >$TMPDIR/tls.list; recwatch watch --db $TMPDIR/tls.db --host-delay 0 --ca-file tests/watch/test-cert.pem $TMPDIR/tls.list | tail -n 1'
status: 0
stdout:
| 0 changed, 12 added, 0 removed, 0 renumbered
