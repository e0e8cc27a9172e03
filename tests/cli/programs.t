# Every program of the chain: --help, --version, a man page; make install.

=== every filter answers --help and --version on stdout and has a man page
cmd: for p in recwatch rw-html rw-pdf rw-match rw-fold rw-diff rw-tables rw-store rw-convert; do $p --help | grep -q usage || { echo "$p --help"; exit 1; }; $p --version | grep -q '0\.1\.0' || { echo "$p --version"; exit 1; }; test -f man/$p.1 || { echo "no man/$p.1"; exit 1; }; man -l -Tutf8 man/$p.1 2>&1 >/dev/null | grep . && exit 1; done; echo all
status: 0
stdout:
| all

=== the chain by hand gives what the driver gives
cmd: rw-html samples/ssr2/review-page.html | rw-match | rw-fold
status: 0
stdout-file: samples/ssr2/review-page.expected.csv

=== make install puts programs, rules and man pages under DESTDIR, and the installed copy runs
cmd: make -s install BIN="${BIN:-bin}" BUILD="${BUILD:-build}" PREFIX=/opt/rw DESTDIR=$TMPDIR/inst >/dev/null && test -f $TMPDIR/inst/opt/rw/share/recwatch/recwatch.rules && test -f $TMPDIR/inst/opt/rw/share/man/man5/recwatch.5 && env PATH=/usr/bin:/bin $TMPDIR/inst/opt/rw/bin/recwatch extract samples/rds-whois2/status-2022-12.html
status: 0
stdout-file: samples/rds-whois2/status-2022-12.expected.csv

=== every usage error: exit 2, the synopsis, and where to read more, nothing on stdout
cmd: for p in recwatch rw-html rw-pdf rw-match rw-fold rw-diff rw-tables rw-store rw-convert rw-fetch "recwatch extract" "recwatch diff" "recwatch tables" "recwatch convert" "recwatch ingest" "recwatch log" "recwatch state" "recwatch check" "recwatch report" "recwatch fetch" "recwatch watch" "recwatch reextract"; do $p --no-such-option >$TMPDIR/o 2>$TMPDIR/e; st=$?; prog=${p%% *}; test $st = 2 -a ! -s $TMPDIR/o && grep -q '^usage: ' $TMPDIR/e && grep -q "^\(usage:\)\? *$p " $TMPDIR/e && test "$(tail -n 1 $TMPDIR/e)" = "Try '$prog --help' for more information." || { echo "$p: exit $st"; cat $TMPDIR/e; }; done; echo checked
status: 0
stdout:
| checked
