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

