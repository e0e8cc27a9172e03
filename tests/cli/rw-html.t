# rw-html: HTML documents -> block stream (schema/blocks.md).
# Fixtures in tests/html/; *.expected.jsonl were checked by eye.

=== rowspan/colspan expand into a full grid; thead and th rows are headers
cmd: rw-html tests/html/spans.html
status: 0
stdout-file: tests/html/spans.expected.jsonl
check: jq -e -s 'map(select(.kind=="cell")) | (map(.row) | max + 1) * (map(.col) | max + 1) == length and (map([.row,.col]) | unique | length) == length' "$OUT"
check: jq -e -s 'map(select(.kind=="table") | has("rows") or has("cols")) == [false]' "$OUT"
check: jq -e -s 'map(select(.kind=="cell" and .header)) | length == 6' "$OUT"
check: jq -e -s 'map(select(.kind=="cell" and .text=="to the end") | [.row, .col, (.span // false)]) == [[5,1,false],[6,1,true]]' "$OUT"

=== absurd spans are clamped (colspan 1000, rowspan to the end of the row group)
cmd: rw-html tests/html/clamp.html
status: 0
check: jq -e -s 'map(select(.kind=="cell")) | (map(.row) | max) == 1 and (map(.col) | max) == 1000' "$OUT"
check: jq -e -s 'map(select(.kind=="cell" and .text=="wide")) | length == 1000' "$OUT"
check: jq -e -s 'map(select(.kind=="cell" and .text=="tall") | [.row, .col, (.span // false)]) == [[0,1000,false],[1,1000,true]]' "$OUT"
check: jq -e -s 'map(select(.kind=="cell")) | length == 2002' "$OUT"

=== cells with <p>, <br> and lists; nested lists; nested table; skipped script/style
cmd: rw-html tests/html/cells.html
status: 0
stdout-file: tests/html/cells.expected.jsonl
stdout-has: "text":"a b","locator":"table[1]/tr[2]/td[2]"
stdout-has: "text":"In progress"
stdout-has: "text":"one two"
stdout-has: "text":"30 June 2022"
stdout-has: "text":"First para “quoted” & more","locator":"/html/body/div[1]/p[1]"
stdout-has: "text":"Bare text in a div with bold","locator":"/html/body/div[1]"
stdout-has: "text":"Footer text"
check: ! grep -e never -e 'script text' -e 'Enable scripts' -e comment -e color "$OUT"
check: jq -e -s 'map(select(.kind=="item") | [.text, .level]) == [["Top one",1],["Top two",1],["Inner one",2],["Inner two",2],["Deepest",3],["Top three",1]]' "$OUT"
check: jq -e -s 'map(select((.kind=="table" or .kind=="cell") and .table >= 2) | .text // "T\(.table)") == ["T2","Outer after","T3","Inner cell","second"]' "$OUT"
check: jq -e -s 'map(select(.kind=="cell" and .table==1 and .header) | .row) == [0,0,0]' "$OUT"

=== a <sup> of digits is a footnote's mark, written as superscript digits (in cells and in bare text); an ordinal's letters stay, and so does a number longer than a mark
cmd: rw-html tests/html/footnotes.html | jq -r 'select(.kind != "document") | .text'
status: 0
stdout-has: 1.1¹
stdout-has: Approved²,³
stdout-has: In progress¹²
stdout-has: Rejected*
stdout-has: Updated on the 22nd of June⁴
stdout-has: ¹ The id's note. ² Subject to costing.
stdout-has: The Board approved Recommendation 2.1⁵ in full.
stdout-has: Serial123456789 stays.

=== header rows: all-th row, wholly bold first row, bold by style; half-bold and th column are not
cmd: rw-html tests/html/headers.html
status: 0
stdout-file: tests/html/headers.expected.jsonl
check: jq -e -s '[map(select(.kind=="cell" and .header)) | group_by(.table)[] | [.[0].table, length]] == [[1,2],[2,3],[4,2]]' "$OUT"

=== stray cells and text in a table: implicit row, rows inside <form>, text after the rows written after the table (its rows are written as they end)
cmd: rw-html tests/html/headers.html
status: 0
check: jq -e -s 'map(select(.table==5 or .text=="stray words") | .text // "T") == ["T","Loose parts","direct","cells","in form","","stray words"]' "$OUT"

=== windows-1252 declared: 0x93 0x94 0x96 0x80 are curly quotes, en dash, euro
cmd: rw-html tests/html/cp1252.html
status: 0
stdout-has: "format":"html","text":"Café status"
stdout-has: "text":"The Board said “approve” – déjà vu € 5"

=== ISO-8859-1 declared (http-equiv) is read as windows-1252, as browsers do
cmd: rw-html tests/html/latin1.html
status: 0
stdout-has: "text":"“Complete” – naïve résumé"

=== UTF-8 byte order mark
cmd: rw-html tests/html/bom-utf8.html
status: 0
stdout-has: "text":"BOM page"
stdout-has: "text":"café “ok”"

=== UTF-16LE and UTF-16BE with byte order marks
cmd: rw-html tests/html/utf16le.html tests/html/utf16be.html
status: 0
stdout-has: "text":"UTF-16 page"
stdout-has: "text":"naïve – € 5"
stdout-has: "text":"UTF-16BE page"
stdout-has: "text":"résumé"

=== undeclared bytes that are not UTF-8 fall back to windows-1252
cmd: rw-html tests/html/undeclared.html
status: 0
stdout-has: "text":"“Legacy” bytes – café"

=== declared UTF-8 with bad bytes: each becomes U+FFFD, output stays UTF-8
cmd: rw-html tests/html/bad-utf8.html
status: 0
stdout-has: "text":"ok é bad �� end"
check: iconv -f UTF-8 -t UTF-8 "$OUT" >/dev/null

=== entities, &nbsp; and C1 character references (&#147;) decoded
cmd: rw-html tests/html/charrefs.html
status: 0
stdout:
| {"kind":"document","source":"tests/html/charrefs.html","format":"html"}
| {"kind":"paragraph","text":"“Approved” – “fine” © € <tag> &amp;","locator":"/html/body/p[1]"}
stderr:

=== bad inputs are reported one line each; the good document in the batch is read
cmd: rw-html tests/html/empty.html tests/html/binary.bin tests/html/charrefs.html tests/html/notes.txt tests/html/fake.pdf tests/html/no-such-file.html
status: 1
stderr:
| rw-html: tests/html/empty.html: empty file
| rw-html: tests/html/binary.bin: not an HTML document (binary data)
| rw-html: tests/html/notes.txt: not an HTML document
| rw-html: tests/html/fake.pdf: is a PDF, not HTML (use rw-pdf)
| rw-html: tests/html/no-such-file.html: cannot read: No such file or directory
stdout-lines: 2
stdout-has: "source":"tests/html/charrefs.html","format":"html"

=== a directory cannot be read
cmd: rw-html tests/html tests/html/bom-utf8.html
status: 1
stderr:
| rw-html: tests/html: cannot read: Is a directory
stdout-has: "text":"BOM page"

=== each document gets its document block; tables are numbered per document
cmd: rw-html tests/html/headers.html tests/html/spans.html
status: 0
check: jq -e -s 'map(select(.kind=="document") | .source) == ["tests/html/headers.html","tests/html/spans.html"]' "$OUT"
check: jq -e -s 'map(select(.kind=="table") | .table) == [1,2,3,4,5,1]' "$OUT"

=== no argument reads standard input, named "-"
cmd: rw-html
stdin: tests/html/bom-utf8.html
status: 0
stdout-has: {"kind":"document","source":"-","format":"html","text":"BOM page"}

=== "-" reads standard input
cmd: rw-html - tests/html/charrefs.html
stdin: tests/html/cp1252.html
status: 0
stdout-has: "source":"-","format":"html","text":"Café status"
stdout-has: "source":"tests/html/charrefs.html"

=== --max-bytes refuses larger documents and goes on
cmd: rw-html --max-bytes 512 tests/html/cells.html tests/html/charrefs.html
status: 1
stderr:
| rw-html: tests/html/cells.html: larger than 512 bytes (see --max-bytes)
stdout-lines: 2

=== a bad --max-bytes is a usage error
cmd: rw-html --max-bytes lots tests/html/charrefs.html
status: 2
stderr:
| rw-html: --max-bytes: not a size from 1 to 511M: lots
stdout-lines: 0

=== an unknown option is a usage error
cmd: rw-html --frobnicate tests/html/charrefs.html
status: 2
stderr-has: usage: rw-html
stdout-lines: 0

=== --help and --version
cmd: rw-html --help && rw-html --version
status: 0
stdout-has: usage: rw-html [--max-bytes N] [DOC...]
stdout-has: rw-html (recwatch)

=== broken markup is recovered without a word from libxml2
cmd: printf '<html><body><p>one <b>two<p>three &bogus; <td>four</i></div>\n<p <b>five</table></html' > "$TMPDIR/broken.html" && rw-html "$TMPDIR/broken.html"
status: 0
stderr:
stdout-has: "text":"one two"
stdout-has: "text":"three &bogus;"
stdout-has: "text":"four"
stdout-has: "text":"five"

=== a table whose first row (with the rows its rowspans promise) passes a million cells is left out; the rest of the document is read
cmd: awk 'BEGIN { print "<html><body><table><tr><td colspan=1000 rowspan=1001>x</td></tr>"; for (i = 0; i < 3; i++) print "<tr><td>y</td></tr>"; print "</table><p>after</p></body></html>" }' > "$TMPDIR/huge.html" && rw-html "$TMPDIR/huge.html"
status: 1
stderr-has: huge.html: table 1: more than 1000000 cells; table left out
check: jq -e -s 'map(.kind) == ["document","paragraph"] and .[1].text == "after"' "$OUT"

=== a table written as it is read stops where it would pass a million cells (those written, and those its open rowspans still promise); the rest of the document is read
cmd: printf '<html><body><table><tr><td colspan=1000 rowspan=998>x</td></tr><tr><td colspan=1000>w</td></tr><tr><td>z</td></tr><tr><td>cut</td></tr></table><p>after</p></body></html>' > "$TMPDIR/cut.html" && rw-html "$TMPDIR/cut.html"
status: 1
stderr-has: cut.html: table 1: more than 1000000 cells; row 4 and those after it left out
check: [ $(wc -l <$ERR) = 1 ]
check: jq -e -s 'map(select(.kind=="cell")) | length == 5000 and (map(.row) | max) == 2' "$OUT"
check: ! grep -q '"cut"' "$OUT"
check: jq -e -s '.[-1].text == "after"' "$OUT"

=== markup nested past libxml2's depth limit is reported, what was read is written
cmd: awk 'BEGIN { printf "<html><body><p>top</p>"; for (i = 0; i < 400; i++) printf "<div>"; print "deep</body></html>" }' > "$TMPDIR/deep.html" && rw-html "$TMPDIR/deep.html"
status: 1
stderr-has: deep.html: markup nested too deeply (over 256 levels); the rest of the document was not read
stdout-has: "text":"top"

=== sibling indexes in locators count same-name siblings only (also past 16 siblings)
cmd: awk 'BEGIN { printf "<html><body>"; for (i = 1; i <= 20; i++) printf "<p>p%d</p><div>d%d</div><h3>h%d</h3>", i, i, i; print "</body></html>" }' > "$TMPDIR/many.html" && rw-html "$TMPDIR/many.html"
status: 0
stdout-has: "text":"p20","locator":"/html/body/p[20]"
stdout-has: "text":"d17","locator":"/html/body/div[17]"
stdout-has: "text":"h1","locator":"/html/body/h3[1]","level":3

=== every output line is one JSON object, in UTF-8
cmd: rw-html tests/html/*.html tests/html/binary.bin tests/html/notes.txt tests/html/fake.pdf
status: 1
check: /usr/bin/python3 -c 'import json,sys; lines=open(sys.argv[1],"rb").read().decode("utf-8").rstrip("\n").split("\n"); assert len(lines) > 100; assert all(isinstance(json.loads(l), dict) for l in lines)' "$OUT"

=== every block of every fixture validates against schema/block.schema.json
cmd: rw-html tests/html/*.html
status: 1
check: /usr/bin/python3 -c 'import json,sys,jsonschema; v=jsonschema.Draft202012Validator(json.load(open("schema/block.schema.json"))); lines=open(sys.argv[1]).read().rstrip("\n").split("\n"); assert len(lines) > 100; [v.validate(json.loads(l)) for l in lines]' "$OUT"
check: /usr/bin/python3 -c 'import json,jsonschema; v=jsonschema.Draft202012Validator(json.load(open("schema/block.schema.json"))); bad=[{"kind":"cell","source":"x","text":""}, {"kind":"heading","source":"x","text":"t","level":7}, {"kind":"paragraph","source":"x","text":"t","nope":1}]; assert not any(v.is_valid(b) for b in bad)'

=== quotes, backslashes and controls are escaped as JSON wants, nothing more
cmd: rw-html tests/html/quotes.html
status: 0
stdout-has: "text":"Quote \"marks\" \\ slashes / tabs"
stdout-has: "text":"He said \"approve\" \\ C:\\path\\ </script> tab
check: /usr/bin/python3 -c 'import json,sys; lines=open(sys.argv[1],encoding="utf-8").read().rstrip("\n").split("\n"); assert len(lines) == 3; assert all(json.dumps(json.loads(l), ensure_ascii=False, separators=(",", ":")) == l for l in lines)' "$OUT"

=== every line is written as a canonical JSON serializer would write it
cmd: rw-html tests/html/*.html
status: 1
check: /usr/bin/python3 -c 'import json,sys; lines=open(sys.argv[1],encoding="utf-8").read().rstrip("\n").split("\n"); assert len(lines) > 100; assert all(json.dumps(json.loads(l), ensure_ascii=False, separators=(",", ":")) == l for l in lines)' "$OUT"

=== read as parsed: locators count freed siblings, rows read as they end beside rows kept (stray text, a nested table, bare cells, two row groups, rowspan 0), a table in noscript never read
cmd: rw-html tests/html/stream.html
status: 0
stdout-file: tests/html/stream.expected.jsonl
stdout-has: "text":"Last paragraph.","locator":"/html/body/p[22]"
check: jq -e -s 'map(select(.kind=="table") | .table) == [1,2,3]' "$OUT"
check: ! grep -q "never read" "$OUT"

=== a grid of ARIA roles (role="table", "rowgroup", "row", "columnheader", "cell", "rowheader") is read as the table it is to a screen reader; its locator is its own element's path; a "row" outside any table is text
cmd: rw-html tests/html/aria-grid.html
status: 0
stdout-file: tests/html/aria-grid.expected.jsonl
check: jq -e -s 'map(select(.kind=="table") | .locator) == ["/html/body/div[2]"]' "$OUT"
check: jq -e -s 'map(select(.kind=="cell" and .header) | .text) == ["Rec #", "Status"]' "$OUT"
