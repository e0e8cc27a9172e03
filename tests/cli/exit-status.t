# One rule of exit status for every filter that reads inputs
# (recwatch(1), EXIT STATUS): 0 every input read, 1 some could not be
# (the others were processed), 2 not one could be read.  And each filter
# names itself in its messages, so a pipe built by hand shows which
# stage complained.

=== rw-match: every input unreadable is exit 2, as rw-html and rw-pdf
cmd: rw-match no-such-1.jsonl no-such-2.jsonl
status: 2
stdout-lines: 0
stderr-has: rw-match: no-such-1.jsonl: cannot read: No such file or directory
stderr-has: rw-match: no-such-2.jsonl: cannot read: No such file or directory

=== rw-match: one unreadable input beside a good one is exit 1, the good one matched
cmd: rw-html samples/ssr2/review-page.html >$TMPDIR/b.jsonl && rw-match no-such.jsonl $TMPDIR/b.jsonl
status: 1
stderr-has: rw-match: no-such.jsonl: cannot read
check: grep -q '"review":"SSR2"' $OUT

=== rw-match: a stream with not one block in it is nothing read: exit 2
cmd: printf 'not json\nnor this\n' | rw-match
status: 2
stdout-lines: 0
stderr-has: rw-match: standard input: line 1:

=== rw-match: a stream with some lines that are not blocks is read in part: exit 1
cmd: { echo 'garbage'; rw-html samples/ssr2/review-page.html; } | rw-match
status: 1
check: grep -q '"review":"SSR2"' $OUT

=== rw-fold: every input unreadable is exit 2
cmd: rw-fold no-such.jsonl
status: 2
stderr-has: rw-fold: no-such.jsonl: cannot read
stdout-lines: 1
stdout-has: review,rec_id,

=== rw-fold: one unreadable input beside good facts is exit 1, the facts folded
cmd: rw-html samples/ssr2/review-page.html | rw-match >$TMPDIR/f.jsonl && rw-fold no-such.jsonl $TMPDIR/f.jsonl
status: 1
stdout-file: samples/ssr2/review-page.expected.csv

=== rw-fold: facts of which not one line is a fact: exit 2
cmd: printf '{"x":1}\n' | rw-fold --facts -f jsonl
status: 2
stdout-lines: 0
stderr-has: rw-fold: standard input: line 1:

=== rw-convert: every snapshot unreadable is exit 2
cmd: rw-convert no-such.csv samples/cct-status/expected-diff.csv
status: 2
stderr-has: rw-convert: no-such.csv: cannot read
stderr-has: rw-convert: samples/cct-status/expected-diff.csv:

=== rw-convert: one bad snapshot beside a good one is exit 1, the good one written
cmd: rw-convert no-such.csv samples/ssr2/review-page.expected.csv
status: 1
stdout-file: samples/ssr2/review-page.expected.csv

=== rw-html: every input unreadable is exit 2 (unchanged)
cmd: rw-html no-such.html
status: 2
stdout-lines: 0
stderr:
| rw-html: no-such.html: cannot read: No such file or directory

=== a pipe built by hand: each stage's message carries the stage's name
cmd: rw-html no-such.html | rw-match --rules no-such.rules | rw-fold no-such.jsonl
status: 2
stderr-has: rw-html: no-such.html: cannot read
stderr-has: rw-match: no-such.rules
stderr-has: rw-fold: no-such.jsonl: cannot read

=== the driver keeps its own name for its own messages
cmd: recwatch frobnicate
status: 2
stderr-has: recwatch: unknown command 'frobnicate'
