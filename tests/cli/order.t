# What counts as a regression is data: the [order] of the rules file.

=== the shipped order: a status back to an earlier step, a Board action leaving approved
cmd: rw-diff --fields status,board_action tests/diff/other-old.csv tests/diff/other-new.csv
status: 1
stdout:
| X 1 status: final -> drafted
| X 1 board_action: endorsed -> noted
| X 2 status: reviewed -> final
| X 2 board_action: noted -> endorsed
| X 3 status: complete -> in_progress  [regression]
| X 3 board_action: approved -> rejected  [regression]
| 6 changed, 0 added, 0 removed, 0 renumbered

=== a rules file of other statuses: its order decides, and the shipped values are outside it
cmd: sed '/^\[order\]/,$d' rules/recwatch.rules >$TMPDIR/o.rules && cat tests/diff/other-order.rules >>$TMPDIR/o.rules && rw-diff --fields status,board_action --rules $TMPDIR/o.rules tests/diff/other-old.csv tests/diff/other-new.csv
status: 1
stdout:
| X 1 status: final -> drafted  [regression]
| X 1 board_action: endorsed -> noted  [regression]
| X 2 status: reviewed -> final
| X 2 board_action: noted -> endorsed
| X 3 status: complete -> in_progress
| X 3 board_action: approved -> rejected
| 6 changed, 0 added, 0 removed, 0 renumbered

=== RECWATCH_RULES is the default, and the driver passes --rules on to rw-diff
cmd: sed '/^\[order\]/,$d' rules/recwatch.rules >$TMPDIR/o.rules && cat tests/diff/other-order.rules >>$TMPDIR/o.rules && RECWATCH_RULES=$TMPDIR/o.rules rw-diff --fields status tests/diff/other-old.csv tests/diff/other-new.csv | grep -c regression && recwatch diff --fields status --rules $TMPDIR/o.rules tests/diff/other-old.csv tests/diff/other-new.csv | grep regression
status: 0
stdout:
| 1
| X 1 status: final -> drafted  [regression]

=== a rules file that cannot be loaded is trouble, nothing printed
cmd: rw-diff --fields status --rules no-such.rules tests/diff/other-old.csv tests/diff/other-new.csv
status: 2
stdout-lines: 0
stderr-has: rw-diff: no-such.rules: cannot read rules file


=== the report colours statuses by their step of [order]: the shipped three, first grey, last green
cmd: rw-store ingest --db $TMPDIR/o.db samples/cct-status/status-2023-01.html >/dev/null && rw-store report --db $TMPDIR/o.db
status: 0
stdout-has: .s1{color:#666666}.s2{color:#b26a00}.s3{color:#2e7d32}</style>
stdout-has: <span class="s3">complete</span>
stdout-has: <span class="s1">not_started</span>
stdout-has: <title>2023-01-31 in_progress:
check: ! grep -q '[.]s4{' $OUT

=== the report with a rules file of two status steps: two colours, the last green, and no third
cmd: rw-store ingest --db $TMPDIR/o.db samples/cct-status/status-2023-01.html >/dev/null && sed '/^\[order\]/,$d' rules/recwatch.rules >$TMPDIR/o.rules && printf '[order]\nstatus ^(?:not_started|in_progress)$\nstatus ^complete$\n' >>$TMPDIR/o.rules && RECWATCH_RULES=$TMPDIR/o.rules rw-store report --db $TMPDIR/o.db
status: 0
stdout-has: .s1{color:#666666}.s2{color:#2e7d32}</style>
stdout-has: <span class="s2">complete</span>
stdout-has: <span class="s1">in_progress</span>
stdout-has: <span class="s1">not_started</span>
check: ! grep -q '[.]s3{' $OUT
