# hostile.t - inputs built to hurt: deep nesting, NUL bytes, bad UTF-8,
# huge cells and ids, broken snapshots, bad rules, garbage streams, and
# entity tricks.  Each must end in a clear message and the documented
# exit status, never a crash, a hang or a silent loss.  The large inputs
# are made in $TMPDIR by tests/hostile/gen.sh (checks reach $TMPDIR as
# ${OUT%/out}).

=== 100,000 nested divs: the reader stops at libxml2's depth limit and says so
cmd: sh tests/hostile/gen.sh deep-div $TMPDIR/d.html && rw-html $TMPDIR/d.html
status: 1
stderr-has: d.html: markup nested too deeply (over 256 levels); the rest of the document was not read
stdout-has: "kind":"document"

=== 100,000 nested divs through the driver: exit 1, the message once
cmd: sh tests/hostile/gen.sh deep-div $TMPDIR/d.html && recwatch extract $TMPDIR/d.html
status: 1
stdout-lines: 1
check: [ "$(grep -c 'nested too deeply' $ERR)" = 1 ]

=== 100,000 nested tables: the tables read before the limit come out, then the message
cmd: sh tests/hostile/gen.sh deep-table $TMPDIR/t.html && rw-html $TMPDIR/t.html
status: 1
stderr-has: t.html: markup nested too deeply (over 256 levels); the rest of the document was not read
stdout-has: "kind":"table"
check: /usr/bin/python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]' $OUT

=== NUL bytes in a page: refused as binary, the next document is still read
cmd: recwatch extract tests/hostile/nul-bytes.html tests/hostile/base-table.html
status: 1
stderr:
| recwatch: tests/hostile/nul-bytes.html: neither HTML nor PDF (binary data)
stdout-has: SSR2,1,,,complete,P1,,Finish what the first review began.,,tests/hostile/base-table.html

=== invalid UTF-8 in a UTF-8 page: U+FFFD in its place, the stream stays valid JSON and UTF-8
cmd: rw-html tests/hostile/invalid-utf8.html
status: 0
stdout-has: "text":"In �(progress �� ���"
check: /usr/bin/python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding="utf-8", errors="strict")]' $OUT

=== invalid UTF-8 through the driver: the damaged values are reported, not guessed
cmd: recwatch extract tests/hostile/invalid-utf8.html
status: 0
stdout-lines: 1
stderr-has: table[1]/tr[3]/td[1]: cannot read a recommendation id from "4.2��"
stderr-has: table[1]/tr[2]/td[2]: status "In �(progress �� ���" is not in the vocabulary
stderr-has: recwatch: 3 items could not be read

=== a 1 MiB cell is read whole into the record's description
cmd: sh tests/hostile/gen.sh big-cell $TMPDIR/c.html && recwatch extract -f json $TMPDIR/c.html
status: 0
check: /usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert len(r)==1 and r[0]["rec_id"]=="1.1" and len(r[0]["description"])==1048579, len(r[0]["description"])' $OUT

=== a 10,000-character id is a reject with its reason, and the next row is read
cmd: sh tests/hostile/gen.sh long-id $TMPDIR/i.html && recwatch extract --rejects $TMPDIR/rej.csv $TMPDIR/i.html
status: 0
stdout-has: SSR2,2.1,,,complete,,,,,
stderr-has: table[1]/tr[2]/td[1]: cannot read a recommendation id from "1111111111
stderr-has: recwatch: 1 item could not be read (see the rejects file)
check: /usr/bin/python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1]))); assert r[1][2]=="no recommendation id in the id column" and r[1][3]=="1"*10000, r[1][:3]' ${OUT%/out}/rej.csv

=== snapshots with embedded newlines, doubled quotes and CRLF rows diff cleanly
cmd: recwatch diff -f csv tests/hostile/quoted-old.csv tests/hostile/quoted-new.csv
status: 1
stdout-file: tests/hostile/quoted.expected.csv

=== the same snapshot against itself: no change
cmd: rw-diff tests/hostile/quoted-old.csv tests/hostile/quoted-old.csv
status: 0
stdout-lines: 0

=== a ragged snapshot row is an error naming its line
cmd: recwatch diff tests/hostile/quoted-old.csv tests/hostile/ragged.csv
status: 2
stderr:
| recwatch: tests/hostile/ragged.csv: line 3: 3 fields, but the header has 10

=== a quoted field never closed is an error naming where it opened
cmd: rw-diff tests/hostile/unterminated.csv tests/hostile/quoted-old.csv
status: 2
stderr:
| rw-diff: tests/hostile/unterminated.csv: line 2: a quoted field is not closed by the end of the input

=== JSON snapshot of arrays instead of objects
cmd: rw-diff tests/hostile/quoted-old.csv tests/hostile/array-of-arrays.json
status: 2
stderr:
| rw-diff: tests/hostile/array-of-arrays.json: line 1: an array where an object was expected

=== JSON snapshot with an object where a string belongs
cmd: rw-diff tests/hostile/quoted-old.csv tests/hostile/nested-value.json
status: 2
stderr:
| rw-diff: tests/hostile/nested-value.json: line 1: "rec_id" is an object, not a string or null

=== JSON snapshot with numbers and booleans for values
cmd: rw-diff tests/hostile/quoted-old.csv tests/hostile/scalar-types.json
status: 2
stderr:
| rw-diff: tests/hostile/scalar-types.json: line 1: "rec_id" is a number, not a string or null

=== JSON snapshot cut short
cmd: rw-diff tests/hostile/quoted-old.csv tests/hostile/truncated.json
status: 2
stderr:
| rw-diff: tests/hostile/truncated.json: line 2: bad JSON: unexpected token near end of file

=== a lone JSON string is neither JSON records nor a CSV header
cmd: rw-diff tests/hostile/string.json tests/hostile/quoted-old.csv
status: 2
stderr-has: rw-diff: tests/hostile/string.json: line 1: the header lacks column(s) review, rec_id

=== two header-only snapshots: nothing to compare, nothing printed (fuzz regression: qsort of no changes)
cmd: printf 'review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources\n' >$TMPDIR/a.csv && rw-diff -f csv $TMPDIR/a.csv $TMPDIR/a.csv
status: 0
stdout:
| review,rec_id,change,field,old,new,note

=== a rules file with a syntax error: FILE:LINE for every mistake, exit 2, nothing else said
cmd: recwatch extract --rules tests/hostile/syntax-error.rules tests/hostile/base-table.html
status: 2
stderr:
| recwatch: tests/hostile/syntax-error.rules:5: bad pattern for complete: missing closing parenthesis (at offset 9)
| recwatch: tests/hostile/syntax-error.rules:6: 'bogus_key' is not a key of [status]
| recwatch: tests/hostile/syntax-error.rules:7: unknown section [nosuchsection]
| recwatch: tests/hostile/syntax-error.rules:8: rule outside a section

=== a rules file that is not UTF-8 text
cmd: printf '[status]\ncomplete \377\000x\n' >$TMPDIR/b.rules && rw-match --rules $TMPDIR/b.rules </dev/null
status: 2
stderr-has: b.rules: rules file is not UTF-8 text

=== a catastrophic pattern in a user's rules: PCRE2 gives up, it is reported, the run ends quickly
cmd: { cat rules/recwatch.rules tests/hostile/catastrophic.rules-tail; } >$TMPDIR/c.rules && sh tests/hostile/gen.sh catastrophic $TMPDIR/a.html && timeout 20 recwatch extract --rules $TMPDIR/c.rules $TMPDIR/a.html
status: 1
stderr-has: c.rules:
stderr-has: : pattern for complete gave up (PCRE2 limit) on a text of 5001 bytes
stdout-has: SSR2,1.2,,,complete,,,,,

=== a block stream with garbage lines: each bad line named, the good ones matched
cmd: rw-match tests/hostile/garbage.blocks
status: 1
stderr:
| rw-match: tests/hostile/garbage.blocks: line 2: not a block ('[' or '{' expected near 'this')
| rw-match: tests/hostile/garbage.blocks: line 6: not a block (no known "kind")
| rw-match: tests/hostile/garbage.blocks: line 7: not a block (no known "kind")
| rw-match: tests/hostile/garbage.blocks: line 10: not a block ('[' or '{' expected near end of file)
| rw-match: tests/hostile/garbage.blocks: line 13: not a block (unexpected token near end of file)
stdout-has: "rec_id":"1.1","field":"status","value":"complete"

=== a PDF or an HTML page given where blocks are wanted: one line each, naming what it looks like and what reads it, not one a line of it; the inputs after them are read
cmd: rw-pdf tests/pdf/latex-ids.pdf >$TMPDIR/ids.blocks && rw-match --review SSR2 samples/pdf/cct-scorecard-rotated.pdf tests/hostile/base-table.html $TMPDIR/ids.blocks
status: 1
stderr:
| rw-match: samples/pdf/cct-scorecard-rotated.pdf: not a block stream (line 1: '[' or '{' expected near '%'): a PDF document, which rw-pdf reads; skipped
| rw-match: tests/hostile/base-table.html: not a block stream (line 1: '[' or '{' expected near '<'): an HTML page, which rw-html reads; skipped
stdout-has: "rec_id":"14","field":"status","value":"in_progress"

=== a PDF given where facts are wanted: one line, no fact
cmd: rw-fold samples/pdf/cct-scorecard-rotated.pdf
status: 2
stdout-lines: 1
stderr:
| rw-fold: samples/pdf/cct-scorecard-rotated.pdf: not a fact stream (line 1: '[' or '{' expected near '%'): a PDF document, which rw-pdf reads; skipped

=== a facts stream with garbage: each bad line named, the good facts folded
cmd: rw-fold tests/hostile/garbage.facts
status: 1
stderr:
| rw-fold: tests/hostile/garbage.facts: line 2: not a fact ('[' or '{' expected near 'garbage')
| rw-fold: tests/hostile/garbage.facts: line 3: not a fact (needs a rec_id, a known field, an ISO date or none, string values)
| rw-fold: tests/hostile/garbage.facts: line 4: not a fact (needs a rec_id, a known field, an ISO date or none, string values)
| rw-fold: tests/hostile/garbage.facts: line 5: not a fact (needs a rec_id, a known field, an ISO date or none, string values)
| rw-fold: tests/hostile/garbage.facts: line 6: not a fact (needs a rec_id, a known field, an ISO date or none, string values)
| rw-fold: tests/hostile/garbage.facts: line 7: not a fact ('[' or '{' expected near end of file)
| rw-fold: tests/hostile/garbage.facts: line 8: not a fact (needs a rec_id, a known field, an ISO date or none, string values)
| rw-fold: tests/hostile/garbage.facts: line 9: not a fact ('}' expected near end of file)
stdout-has: SSR2,1.1,,,complete,,2023-01-01,,,a.html

=== billion laughs: the entities are not expanded, memory stays small
cmd: timeout 20 rw-html tests/hostile/billion-laughs.html
status: 0
stdout-has: "text":"Complete &lol9;"
check: [ $(wc -c <$OUT) -lt 10000 ]

=== external entities, an external DTD and XInclude: nothing is fetched or read
cmd: recwatch extract --review SSR2 tests/hostile/external-entity.html
status: 0
stdout-has: SSR2,1.1,,,complete,,,,,tests/hostile/external-entity.html
check: ! grep -q 'root:' $OUT

=== external entities: the reader opens no file but the document (strace; LeakSanitizer cannot run under it)
cmd: ASAN_OPTIONS=detect_leaks=0 strace -f -e trace=open,openat,connect -o $TMPDIR/st rw-html tests/hostile/external-entity.html >/dev/null
status: 0
check: ! grep -E 'passwd|connect\(|127\.0\.0\.1|\.dtd' ${OUT%/out}/st
check: grep -q 'external-entity.html' ${OUT%/out}/st

# ---- nothing lost: every reason a row is rejected, in the rejects file and the count

=== rejects: an id cell that is not an id, an id with no values, a value outside the vocabulary
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/hostile/rejects.html && cat $TMPDIR/rej.csv
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,1.1,,,complete,P1,,,,tests/hostile/rejects.html
| SSR2,3.1,,,,P3,,,,tests/hostile/rejects.html
| source,locator,reason,text
| tests/hostile/rejects.html,table[1]/tr[3]/td[1],no recommendation id in the id column,see note
| tests/hostile/rejects.html,table[1]/tr[4]/td[1],an id with no value beside it,2.1
| tests/hostile/rejects.html,table[1]/tr[5]/td[2],not in the vocabulary,Mostly done
stderr:
| recwatch: tests/hostile/rejects.html: table[1]/tr[3]/td[1]: cannot read a recommendation id from "see note"
| recwatch: tests/hostile/rejects.html: table[1]/tr[4]/td[1]: recommendation 2.1 has no value beside it
| recwatch: tests/hostile/rejects.html: table[1]/tr[5]/td[2]: status "Mostly done" is not in the vocabulary
| recwatch: 3 items could not be read (see the rejects file)

=== rejects without --rejects: the same count, no file named
cmd: recwatch extract tests/hostile/rejects.html
status: 0
stderr-has: recwatch: 3 items could not be read
check: ! grep -q 'rejects file' $ERR

=== rejects from rw-match itself, and a clean document rejects nothing (the file has only its header)
cmd: rw-html tests/hostile/base-table.html | rw-match --rejects $TMPDIR/r.csv >/dev/null && cat $TMPDIR/r.csv
status: 0
stdout:
| source,locator,reason,text
stderr:

=== cells at row and column 2147483647 (fuzz regression: row + 1 overflowed) and at -7: ignored, the next table read
cmd: rw-match tests/hostile/huge-position.blocks
status: 0
stdout:
| {"review":"SSR2","rec_id":"1.1","field":"status","value":"complete","raw":"Complete","date":null,"source":"huge.html","locator":"?"}

=== a colspan/rowspan bomb: the table is left out with a message, the next one read
cmd: sh tests/hostile/gen.sh span-bomb $TMPDIR/s.html && recwatch extract $TMPDIR/s.html
status: 1
stderr-has: s.html: table 1: more than 1000000 cells; table left out
check: [ $(wc -l <$ERR) = 1 ]
stdout-has: SSR2,1.1,,,complete,,,,,

=== a stream line past RECWATCH_MAX_LINE is refused without being held, the rest still read
cmd: { echo '{"kind":"document","source":"x.html","format":"html","text":"SSR2 status"}'; printf '{"kind":"paragraph","text":"%s"}\n' "$(head -c 9000 /dev/zero | tr '\0' a)"; echo '{"kind":"paragraph","text":"On 1 May 2022 the Board approved Recommendation 5.4."}'; } | RECWATCH_MAX_LINE=4K rw-match | rw-fold
status: 0
stdout-has: SSR2,5.4,approved,2022-05-01,,,,,,x.html
stderr:
| rw-match: standard input: line 2: not a block (line longer than 4096 bytes (RECWATCH_MAX_LINE))

=== near miss: a header row merged into one cell (as some exports do): no record guessed, one line naming the header, every row in --rejects
cmd: recwatch extract --rejects $TMPDIR/r.csv tests/hostile/near-merged-header.html
status: 0
stdout-lines: 1
stderr:
| recwatch: tests/hostile/near-merged-header.html: no recommendation read; closest: /html/body/table[1]: 3 of 3 rows start with a recommendation id, but the header maps no id column (headers not mapped: "Rec # Recommendation Board Action"); rows not read
| recwatch: 3 items could not be read (see the rejects file)
check: test "$(grep -c ',a row of a table whose header names no field,' ${OUT%/out}/r.csv)" = 3

=== near miss among number traps: "Complete: 12 of 20 tasks", "Closed: Section 4.6(c)", ICANN72, versions, years: no record; the one cell that reads as an id is said
cmd: recwatch extract tests/hostile/near-number-traps.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
stderr:
| recwatch: tests/hostile/near-number-traps.html: no recommendation read; closest: /html/body/table[1]: 1 of 3 rows start with a recommendation id, but the header maps no id column (headers not mapped: "Section", "Topic"); rows not read
| recwatch: 1 item could not be read

=== near miss beside a read table: an unmapped table after a mapped one with as many columns is another table, not its continuation
cmd: recwatch extract tests/hostile/near-with-facts.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| CCT,1,,,complete,,2024-06-30,,,tests/hostile/near-with-facts.html
stderr:
| recwatch: tests/hostile/near-with-facts.html: /html/body/table[2]: 1 of 2 rows start with a recommendation id, but the header maps no id column (headers not mapped: "Code", "Stage"); rows not read
| recwatch: 1 item could not be read

=== near miss in a block stream: a document of text with no table and no recommendation says so once
cmd: printf '%s\n' '{"kind":"document","source":"x.html","format":"html","text":"Notes"}' '{"kind":"paragraph","text":"See Section 4.6 and ICANN72."}' | rw-match
status: 0
stdout:
stderr:
| rw-match: x.html: no recommendation read: no table or sentence in it names one

=== a table held whole (not streamed) with a row that has no cell (a fuzzed page: "<tr><tdr>" in its head): read, no copy from an empty row (UBSan in make check-san)
cmd: rw-html tests/hostile/fuzz/html/row-without-cells.html > $TMPDIR/b && jq -s 'map(select(.kind=="table")) | length' $TMPDIR/b
status: 0
stdout:
| 1

=== a document whose last blocks are a column of names (the head of a table printed a cell a line: a fuzzed stream whose rows are broken) and no row: nothing read past its end (ASan in make check-san); the broken line is said
cmd: rw-match tests/hostile/fuzz/match/names-at-the-end.blocks
status: 1
stdout:
stderr:
| rw-match: tests/hostile/fuzz/match/names-at-the-end.blocks: line 7: not a block (':' expected near 'text')
| rw-match: tests/match/stacked.html: no recommendation read; closest: 1 paragraph naming recommendations without a decision verb or value (first: /html/body/p[2])
| rw-match: 1 item could not be read
