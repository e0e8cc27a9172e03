# rw-tables: block stream -> tables (CSV / JSON).

=== help
cmd: rw-tables --help
status: 0
stdout-has: usage: rw-tables

=== CSV: rows of each table, one empty line between tables, quoting as needed
stdin: tests/pdf/tables.jsonl
cmd: rw-tables
status: 0
stdout:
| Rec #,Note
| 1.1,"Done, at last"
| 1.2,"He said ""no"""
|
| a,b
| ,c

=== JSON: source, page, table, bbox, rows; rows of a continued table stay one table
stdin: tests/pdf/tables.jsonl
cmd: rw-tables -f json | jq -c '.[] | [.source, .page, .table, .bbox, .rows]'
status: 0
stdout:
| ["x.pdf",1,1,[10,20,30,40],[["Rec #","Note"],["1.1","Done, at last"],["1.2","He said \"no\""]]]
| ["x.pdf",2,2,[50,60,70,80],[["a","b"],["","c"]]]

=== HTML blocks: no page or bbox
cmd: printf '%s\n' '{"kind":"document","source":"p.html","format":"html"}' '{"kind":"table","source":"p.html","table":1,"rows":1,"cols":2}' '{"kind":"cell","source":"p.html","text":"A","table":1,"row":0,"col":0}' '{"kind":"cell","source":"p.html","text":"B","table":1,"row":0,"col":1}' | rw-tables -f json | jq -c '.[0]'
status: 0
stdout:
| {"source":"p.html","page":null,"table":1,"bbox":null,"rows":[["A","B"]]}

=== span copies: empty in a PDF's tables (the page shows the cell once), printed in HTML's
cmd: for f in pdf html; do printf '%s\n' '{"kind":"document","source":"p","format":"'$f'"}' '{"kind":"cell","source":"p","text":"A","table":1,"row":0,"col":0}' '{"kind":"cell","source":"p","text":"A","table":1,"row":0,"col":1,"span":true}' | rw-tables; done
status: 0
stdout:
| A,
| A,A

=== tables of several documents come one after the other
cmd: (cat tests/pdf/tables.jsonl; sed 's/x.pdf/y.pdf/' tests/pdf/tables.jsonl) | rw-tables -f json | jq -r '.[] | .source' | paste -sd' '
status: 0
stdout:
| x.pdf x.pdf y.pdf y.pdf

=== no tables: empty CSV, empty JSON array
cmd: echo '{"kind":"document","source":"a.pdf","format":"pdf"}' | rw-tables; echo '{"kind":"document","source":"a.pdf","format":"pdf"}' | rw-tables -f json
status: 0
stdout:
| []

=== a malformed line is reported with its number, the rest still printed, status 1
cmd: printf '%s\n' '{"kind":"table","source":"a","table":1}' 'not json' '{"kind":"cell","source":"a","text":"A","table":1,"row":0,"col":0}' | rw-tables
status: 1
stdout:
| A
stderr-has: rw-tables: -: line 2

=== unknown format
cmd: rw-tables -f xml
status: 2
stderr:
| rw-tables: -f: expected csv or json, got 'xml'
| usage: rw-tables [-f csv|json] [--source] [FILE]
| Try 'rw-tables --help' for more information.

=== the PDF chain end to end
cmd: rw-pdf tests/pdf/scorecard.pdf | rw-tables | head -3
status: 0
stdout:
| Rec #,Status,Priority,Note
| 1.1,Complete,P1,Done in 2021.
| 1.2,In progress,P2,Work started; a second line follows in the same cell.

=== --source: each CSV row starts with the document, its pages and the table
stdin: tests/pdf/tables.jsonl
cmd: rw-tables --source
status: 0
stdout:
| x.pdf,1-2,1,Rec #,Note
| x.pdf,1-2,1,1.1,"Done, at last"
| x.pdf,1-2,1,1.2,"He said ""no"""
|
| x.pdf,2,2,a,b
| x.pdf,2,2,,c

=== recwatch tables on several documents says where each table came from
cmd: recwatch tables samples/rds-whois2/status-2022-12.html tests/pdf/scorecard.pdf | cut -d, -f1-3 | uniq
status: 0
stdout:
| samples/rds-whois2/status-2022-12.html,,1
|
| tests/pdf/scorecard.pdf,1-2,1

=== a cell past the grid's cap of cells is left out with a line on stderr, not silently: exit 1, the rest printed
cmd: printf '%s\n' '{"kind":"document","source":"p.html","format":"html"}' '{"kind":"table","source":"p.html","table":1,"rows":1,"cols":1}' '{"kind":"cell","source":"p.html","text":"A","table":1,"row":0,"col":0}' '{"kind":"cell","source":"p.html","text":"far","table":1,"row":3000000,"col":1}' | rw-tables
status: 1
stdout:
| A
stderr-has: p.html: table 1: more than 4000000 cells; the cells past them are left out

=== a stream of which no line is a block: nothing could be done, exit 2
cmd: printf '%s\n' '{"kind":"nothing"}' '[1]' | rw-tables
status: 2
stderr-has: rw-tables: -: line 1: not a block (no known "kind")
stderr-has: rw-tables: -: line 2: not a block (no known "kind")

=== binary data is no block stream: one line says so, the rest is not read, exit 2
cmd: printf 'x\000y\nz\n{"kind":"nothing"}\n' | rw-tables
status: 2
stderr:
| rw-tables: -: not a block stream (line 1: '[' or '{' expected near 'x'): binary data; skipped
