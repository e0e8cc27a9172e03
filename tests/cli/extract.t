# recwatch extract: documents in, records (or facts) out.
# The expected CSVs under samples/ were worked out by hand from the
# documents (samples/README.md, samples/*/NOTES.md).

=== SSR2 review page: exactly its 63 recommendations
cmd: recwatch extract samples/ssr2/review-page.html
status: 0
stdout-file: samples/ssr2/review-page.expected.csv
stdout-lines: 64
check: ! grep -q '^SSR2,4\.6,' $OUT
check: test "$(grep -c ',rejected,2021-07-22,' $OUT)" = 16
check: test "$(grep -c ',pending,2021-07-22,' $OUT)" = 31
check: grep -q '^SSR2,5\.4,approved,2022-05-01,not_started,eligible,2022-06-30,' $OUT
check: grep -q '^SSR2,19\.2,rejected,2022-05-01,' $OUT

=== Board resolutions page: only resolved actions, dated by the resolution number
cmd: recwatch extract samples/resolutions/board-2022-05-01.html
status: 0
stdout-file: samples/resolutions/board-2022-05-01.expected.csv
check: ! grep -q '2021-07-22\|2017-10-28' $OUT

=== CCT status page, thead/th markup
cmd: recwatch extract samples/cct-status/status-2023-01.html
status: 0
stdout-file: samples/cct-status/status-2023-01.expected.csv

=== CCT status page, windows-1252, two-row colspan header, section rows
cmd: recwatch extract samples/cct-status/status-2023-07.html
status: 0
stdout-file: samples/cct-status/status-2023-07.expected.csv

=== ATRT3 page with a scorecard section
cmd: recwatch extract samples/atrt3/scorecard-section.html
status: 0
stdout-file: samples/atrt3/scorecard-section.expected.csv

=== RDS-WHOIS2 letter-prefixed ids; the Board action column header dates the actions
cmd: recwatch extract samples/rds-whois2/status-2022-12.html
status: 0
stdout-file: samples/rds-whois2/status-2022-12.expected.csv

=== a PDF's ruled Board action cell spanning three rows is the action of each
cmd: recwatch extract tests/pdf/merged.pdf | cut -d, -f1-5
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status
| SSR2,1,approved,,complete
| SSR2,2,approved,,in_progress
| SSR2,3,approved,,not_started
| SSR2,4,rejected,,complete

=== footnote marks ([mark]) are taken out before values and ids are read: superscripts in HTML and PDF; an asterisk or dagger ends a value
cmd: recwatch extract tests/html/footnotes.html tests/pdf/footnotes.pdf | cut -d, -f1-5
status: 0
stderr:
stdout:
| review,rec_id,board_action,board_action_date,status
| SSR2,1.1,approved,,complete
| SSR2,1.2,rejected,,in_progress
| SSR2,1.3,pending,,not_started
| SSR2,2.1,approved,,

=== a [mark] footnote rule that matches nothing (a user's \b) takes nothing out and the reading goes on
cmd: sed '/^\[mark\]/a footnote  \\b' rules/recwatch.rules > "$TMPDIR/r" && recwatch extract --rules "$TMPDIR/r" tests/html/footnotes.html > "$TMPDIR/a" && recwatch extract tests/html/footnotes.html | diff - "$TMPDIR/a" && wc -l < "$TMPDIR/a"
status: 0
stdout:
| 5

=== a column of Board action dates ([header] board_action_date) dates each row's action, left or right of it; a date in the action's own cell comes first, the title's where the column is empty; a header naming action and date is the action's; a card's date line dates its action, before or after it, even to a date before the title's; a date cell or line that is no date, before or after its action, is said and leaves the action undated, not dated by the title
cmd: recwatch extract tests/html/action-dates.html | cut -d, -f1-5
status: 0
stderr:
| recwatch: tests/html/action-dates.html: table[1]/tr[5]/td[2]: board_action_date "2020" is not a date
| recwatch: tests/html/action-dates.html: /html/body/ul[3]/li[2]: board_action_date "to be set" is not a date
| recwatch: tests/html/action-dates.html: /html/body/ul[4]/li[1]: board_action_date "at a later meeting" is not a date
| recwatch: 3 items could not be read
stdout:
| review,rec_id,board_action,board_action_date,status
| ATRT3,1,approved,2021-07-22,complete
| ATRT3,2,rejected,2020-06-04,in_progress
| ATRT3,3,pending,2022-03-10,not_started
| ATRT3,4,approved,2023-05-01,
| ATRT3,5,approved,2021-07-22,complete
| ATRT3,6,rejected,2020-05-01,
| ATRT3,7,pending,,
| ATRT3,8,approved,,complete
| ATRT3,9,approved,,

=== two documents fold into one snapshot; sources in input order
cmd: recwatch extract samples/atrt3/scorecard-section.html samples/resolutions/board-2022-05-01.html
status: 0
stdout-file: samples/atrt3/with-resolutions.expected.csv

=== JSON output validates against the record schema
cmd: recwatch extract -f json samples/ssr2/review-page.html samples/cct-status/status-2023-07.html
status: 0
check: /usr/bin/python3 tests/validate-json.py schema/record.schema.json array $OUT
check: test "$(jq length $OUT)" = 81
check: test "$(jq -r '.[] | select(.rec_id == "5.1") | .priority' $OUT)" = not_eligible
check: test "$(jq -r '.[] | select(.rec_id == "1.1" and .review == "SSR2") | .update' $OUT)" = null

=== JSON Lines output: one record a line, valid
cmd: recwatch extract -f jsonl samples/ssr2/review-page.html
status: 0
stdout-lines: 63
check: /usr/bin/python3 tests/validate-json.py schema/record.schema.json lines $OUT

=== --facts: every observation with its raw text, date and locator
cmd: recwatch extract --facts samples/ssr2/review-page.html
status: 0
stdout-has: review,rec_id,field,value,raw,date,source,locator
stdout-has: SSR2,5.4,board_action,approved,"It resolved to approve Recommendation 5.4, and reject
stdout-has: SSR2,5.4,status,not_started,Not started,2022-06-30,samples/ssr2/review-page.html,table[2]/tr[6]/td[2]
check: grep -q '^SSR2,5\.4,board_action,pending,.*,2021-07-22,samples/ssr2/review-page.html,/html/body' $OUT

=== --facts -f json validates against the fact schema
cmd: recwatch extract --facts -f json samples/resolutions/board-2022-05-01.html
status: 0
check: /usr/bin/python3 tests/validate-json.py schema/fact.schema.json array $OUT

=== -o FILE: the file is written whole, nothing on stdout
cmd: recwatch extract -o $TMPDIR/out.csv samples/ssr2/review-page.html && cmp $TMPDIR/out.csv samples/ssr2/review-page.expected.csv
status: 0
stdout:

=== -o into a folder that does not exist: an error, no file
cmd: recwatch extract -o /nonexistent/dir/out.csv samples/ssr2/review-page.html
status: 2
stderr-has: recwatch: /nonexistent/dir/out.csv: cannot create a temporary file beside it

=== -o FILE with a failing document still writes the rest, exit 1
cmd: recwatch extract -o $TMPDIR/part.csv tests/extract/missing.html samples/rds-whois2/status-2022-12.html; st=$?; cmp $TMPDIR/part.csv samples/rds-whois2/status-2022-12.expected.csv && exit $st
status: 1
stderr:
| recwatch: tests/extract/missing.html: cannot read: No such file or directory

=== standard input as a document
cmd: recwatch extract - | cut -d, -f1-9
stdin: samples/rds-whois2/status-2022-12.html
status: 0
check: cut -d, -f1-9 samples/rds-whois2/status-2022-12.expected.csv | cmp - $OUT

=== a .pdf name does not make a PDF: content decides
cmd: cp samples/rds-whois2/status-2022-12.html $TMPDIR/named.pdf && recwatch extract $TMPDIR/named.pdf | cut -d, -f1-9
status: 0
check: cut -d, -f1-9 samples/rds-whois2/status-2022-12.expected.csv | cmp - $OUT

=== --review sets the review of every record
cmd: recwatch extract --review XYZ samples/rds-whois2/status-2022-12.html
status: 0
check: test "$(tail -n +2 $OUT | cut -d, -f1 | sort -u)" = XYZ
stdout-lines: 13

=== bad inputs: one line each, the batch goes on, exit 1
cmd: recwatch extract tests/extract/missing.html tests/extract/empty.html tests/extract/binary.html tests/extract/notes.html samples/rds-whois2/status-2022-12.html
status: 1
stdout-file: samples/rds-whois2/status-2022-12.expected.csv
stderr:
| recwatch: tests/extract/missing.html: cannot read: No such file or directory
| recwatch: tests/extract/empty.html: empty file
| recwatch: tests/extract/binary.html: neither HTML nor PDF (binary data)
| recwatch: tests/extract/notes.html: neither HTML nor PDF (text without markup)

=== a page with no recommendations is not an error, but says that nothing in it came close
cmd: recwatch extract tests/extract/no-recs.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
stderr:
| recwatch: tests/extract/no-recs.html: no recommendation read: no table or sentence in it names one

=== values outside the vocabularies, bad ids and wrong counts are reported with their locators
cmd: recwatch extract tests/extract/odd-values.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| ATRT3,1.1,approved,2020-11-30,,P2,,Publish the review schedule a year ahead.,,tests/extract/odd-values.html
| ATRT3,1.2,approved,2020-11-30,in_progress,,,Report progress every quarter.,,tests/extract/odd-values.html
| ATRT3,1.3,approved,2020-11-30,complete,,,Keep a public register of reviews.,,tests/extract/odd-values.html
| ATRT3,2.1,rejected,2020-11-30,,,,,,tests/extract/odd-values.html
| ATRT3,2.2,rejected,2020-11-30,,,,,,tests/extract/odd-values.html
stderr-has: recwatch: tests/extract/odd-values.html: /html/body/p[2]: says 3 recommendations but lists 2
stderr-has: recwatch: tests/extract/odd-values.html: table[1]/tr[2]/td[2]: status "Stalled" is not in the vocabulary
stderr-has: recwatch: tests/extract/odd-values.html: table[1]/tr[3]/td[3]: priority "Top" is not in the vocabulary
stderr-has: recwatch: tests/extract/odd-values.html: table[1]/tr[4]/td[1]: cannot read a recommendation id from "See note"
stderr-has: recwatch: 3 items could not be read

=== --rejects FILE lists what could not be read
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/extract/odd-values.html >/dev/null 2>&1; cat $TMPDIR/rej.csv
status: 0
stdout:
| source,locator,reason,text
| tests/extract/odd-values.html,table[1]/tr[2]/td[2],not in the vocabulary,Stalled
| tests/extract/odd-values.html,table[1]/tr[4]/td[1],no recommendation id in the id column,See note
| tests/extract/odd-values.html,table[1]/tr[3]/td[3],not in the vocabulary,Top

=== a rules file with an error stops before any document is read, and nothing is printed
cmd: printf '[status]\ncomplete (unclosed\n' > $TMPDIR/bad.rules && recwatch extract --rules $TMPDIR/bad.rules samples/ssr2/review-page.html
status: 2
stdout:
stderr-has: bad.rules:2: bad pattern for complete: missing closing parenthesis

=== a user's rules file adds a phrase without recompiling
cmd: sed 's/^complete     ^(?:implementation\\s+)?(?:completed?/complete     ^(?:implementation\\s+)?(?:stalled|completed?/' rules/recwatch.rules > $TMPDIR/my.rules && recwatch extract --rules $TMPDIR/my.rules tests/extract/odd-values.html 2>/dev/null | grep '^ATRT3,1.1,'
status: 0
stdout:
| ATRT3,1.1,approved,2020-11-30,complete,P2,,Publish the review schedule a year ahead.,,tests/extract/odd-values.html

=== usage errors exit 2
cmd: recwatch extract
status: 2
stderr-has: recwatch: extract needs at least one document

=== unknown format
cmd: recwatch extract -f xml samples/ssr2/review-page.html
status: 2
stderr-has: recwatch: unknown format 'xml'

=== unknown command
cmd: recwatch frobnicate
status: 2
stderr-has: recwatch: unknown command 'frobnicate'

=== --help and --version go to stdout, exit 0
cmd: recwatch --help && recwatch --version
status: 0
stdout-has: usage: recwatch extract
stdout-has: recwatch 0.1.0

=== a page that names no review: records kept with an empty review, and a warning
cmd: recwatch extract -f json tests/extract/no-review.html
status: 0
stderr:
| recwatch: tests/extract/no-review.html: no review is named in the document; its records have an empty review (use --review CODE)
check: /usr/bin/python3 tests/validate-json.py schema/record.schema.json array $OUT
check: test "$(jq -r '.[0].review' $OUT)" = null

=== when no document at all could be read, nothing could be done: exit 2, no output file
cmd: recwatch extract -o $TMPDIR/none.csv tests/extract/missing.html tests/extract/empty.html; st=$?; test ! -e $TMPDIR/none.csv && exit $st
status: 2
stderr:
| recwatch: tests/extract/missing.html: cannot read: No such file or directory
| recwatch: tests/extract/empty.html: empty file

=== an unreadable PDF beside a good HTML page: exit 1, the page's records printed
cmd: recwatch extract tests/pdf-bad/encrypted.pdf samples/rds-whois2/status-2022-12.html
status: 1
stdout-file: samples/rds-whois2/status-2022-12.expected.csv
stderr-has: recwatch: tests/pdf-bad/encrypted.pdf: encrypted PDF

=== a range whose ends differ in more than the last number keeps its ends and is reported
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/extract/bad-range.html && cat $TMPDIR/rej.csv
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,14.3,rejected,2021-07-22,,,,,,tests/extract/bad-range.html
| SSR2,15.2,rejected,2021-07-22,,,,,,tests/extract/bad-range.html
| source,locator,reason,text
| tests/extract/bad-range.html,/html/body/p[1],a range that cannot be expanded,14.3-15.2
stderr:
| recwatch: tests/extract/bad-range.html: /html/body/p[1]: cannot expand the range 14.3 to 15.2; kept its two ends
| recwatch: 1 item could not be read (see the rejects file)

=== an id glued to a list by a character no rule reads (a dash the producer could not encode) is reported, the list read up to it
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/extract/glued-id.html && cat $TMPDIR/rej.csv
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,14.3,rejected,2021-07-22,,,,,,tests/extract/glued-id.html
| SSR2,14.4,rejected,2021-07-22,,,,,,tests/extract/glued-id.html
| SSR2,14.5,rejected,2021-07-22,,,,,,tests/extract/glued-id.html
| source,locator,reason,text
| tests/extract/glued-id.html,/html/body/p[1],an id joined to a list by a character no rule reads,"14.3, 14.4 and 14.5?14.7"
stderr:
| recwatch: tests/extract/glued-id.html: /html/body/p[1]: "14.3, 14.4 and 14.5?14.7": "14.7" is joined to the list by "?", which no [list] rule reads; not read
| recwatch: 1 item could not be read (see the rejects file)

=== an id glued to a list by a character no rule reads, in a list of an item's value ("Approved: LE.5, LE.6 and LE.14?LE.16") and in a sentence with more ids after it ("R9.1?R9.3, R11.1 and R12.1"): each is reported and kept in the rejects, the item's list is read up to it (before, the whole item was dropped without a word), and the ids after it are read
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/extract/glued-item.html && cat $TMPDIR/rej.csv
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| RDS-WHOIS2,LE.5,approved,2019-08-01,,,,,,tests/extract/glued-item.html
| RDS-WHOIS2,LE.6,approved,2019-08-01,,,,,,tests/extract/glued-item.html
| RDS-WHOIS2,LE.7,rejected,2019-08-01,,,,,,tests/extract/glued-item.html
| RDS-WHOIS2,LE.14,approved,2019-08-01,,,,,,tests/extract/glued-item.html
| RDS-WHOIS2,R9.1,rejected,2019-08-01,,,,,,tests/extract/glued-item.html
| RDS-WHOIS2,R11.1,rejected,2019-08-01,,,,,,tests/extract/glued-item.html
| RDS-WHOIS2,R12.1,rejected,2019-08-01,,,,,,tests/extract/glued-item.html
| source,locator,reason,text
| tests/extract/glued-item.html,/html/body/ul[1]/li[1],an id joined to a list by a character no rule reads,"LE.5, LE.6 and LE.14?LE.16"
| tests/extract/glued-item.html,/html/body/p[2],an id joined to a list by a character no rule reads,"R9.1?R9.3, R11.1 and R12.1"
stderr:
| recwatch: tests/extract/glued-item.html: /html/body/ul[1]/li[1]: "LE.5, LE.6 and LE.14?LE.16": "LE.16" is joined to the list by "?", which no [list] rule reads; not read
| recwatch: tests/extract/glued-item.html: /html/body/p[2]: "R9.1?R9.3, R11.1 and R12.1": "R9.3" is joined to the list by "?", which no [list] rule reads; not read
| recwatch: 2 items could not be read (see the rejects file)

=== items of a summary giving a value for a list: two printed on one line ("Not approved: R9.4 and R10.1 Pending: R8.1 and R8.2") are read each with its own value; a list running on into text no rule reads ("R3.3 as set out in the annex and R5.1") is said and kept in the rejects (before, both items were dropped without a word); an item with a remark in brackets ("R4.1 (in part) and R4.2") is read on; a list in brackets after its value ("Pending (R6.1 and R6.2)") is read
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/extract/value-lists.html && cat $TMPDIR/rej.csv
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| ATRT3,R4.1,approved,2022-04-09,,,,,,tests/extract/value-lists.html
| ATRT3,R4.2,approved,2022-04-09,,,,,,tests/extract/value-lists.html
| ATRT3,R6.1,pending,2022-04-09,,,,,,tests/extract/value-lists.html
| ATRT3,R6.2,pending,2022-04-09,,,,,,tests/extract/value-lists.html
| ATRT3,R8.1,pending,2022-04-09,,,,,,tests/extract/value-lists.html
| ATRT3,R8.2,pending,2022-04-09,,,,,,tests/extract/value-lists.html
| ATRT3,R9.4,rejected,2022-04-09,,,,,,tests/extract/value-lists.html
| ATRT3,R10.1,rejected,2022-04-09,,,,,,tests/extract/value-lists.html
| source,locator,reason,text
| tests/extract/value-lists.html,/html/body/ul[1]/li[2],a list after a value that runs on into text no rule reads,"Approved: R3.2, R3.3 as set out in the annex and R5.1"
stderr:
| recwatch: tests/extract/value-lists.html: /html/body/ul[1]/li[2]: "Approved: R3.2, R3.3 as set out in the annex and R5.1": the list after "Approved" runs on into " as set out in the annex and R5.1", which no [valuelist] rule reads; not read
| recwatch: 1 item could not be read (see the rejects file)

=== facts with a date that is not ISO are refused by the folder, not folded
cmd: printf '%s\n' '{"review":"SSR2","rec_id":"1","field":"status","value":"complete","date":"not a date"}' '{"review":"SSR2","rec_id":"2","field":"status","value":"complete","date":"2022-06-30"}' | rw-fold
status: 1
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,2,,,complete,,2022-06-30,,,
stderr:
| rw-fold: standard input: line 1: not a fact (needs a rec_id, a known field, an ISO date or none, string values)

=== usage errors: the synopsis of the command and where to read more, not the whole help
cmd: recwatch extract --bogus x.html
status: 2
stderr-has: recwatch: unrecognized option '--bogus'
stderr-has: usage: recwatch extract [-f csv|json|jsonl|xlsx]
stderr-has: Try 'recwatch --help' for more information.
check: ! grep -q 'recwatch diff\|recwatch tables' $ERR

=== a PNG named .pdf: the sniffer names both formats it looked for
cmd: printf '\211PNG\r\n\032\n\0\0\0\rIHDR' > $TMPDIR/scan.pdf && recwatch extract $TMPDIR/scan.pdf samples/rds-whois2/status-2022-12.html
status: 1
stdout-file: samples/rds-whois2/status-2022-12.expected.csv
stderr-has: scan.pdf: neither HTML nor PDF (binary data)
check: test "$(wc -l < $ERR)" = 1

=== many documents on a terminal: progress on stderr, the same records
cmd: script -qec "recwatch extract -o $TMPDIR/tty.csv samples/*/*.html" /dev/null && recwatch extract -o $TMPDIR/plain.csv samples/*/*.html && cmp $TMPDIR/tty.csv $TMPDIR/plain.csv
status: 0
stdout-has: recwatch: read 1 of 6 documents
stdout-has: recwatch: read 6 of 6 documents
stderr:

=== xlsx: a workbook of the records, written whole
cmd: recwatch extract -f xlsx -o $TMPDIR/r.xlsx samples/ssr2/review-page.html samples/cct-status/status-2023-07.html && /usr/bin/python3 tests/xlsx-read.py $TMPDIR/r.xlsx --shape
status: 0
stdout:
| sheet records: 82 rows, 10 columns; header frozen; autofilter A1:J82; dates in board_action_date,as_of; 420 strings, 82 dates, 0 numbers, 0 formulas; shaded rows none; widths 11,11,17,22,13,14,12,61,61,40

=== xlsx facts: a sheet "facts", their dates as dates
cmd: recwatch extract --facts -f xlsx samples/ssr2/review-page.html > $TMPDIR/f.xlsx && /usr/bin/python3 tests/xlsx-read.py $TMPDIR/f.xlsx --shape
status: 0
stdout:
| sheet facts: 98 rows, 8 columns; header frozen; autofilter A1:H98; dates in date; 687 strings, 97 dates, 0 numbers, 0 formulas; shaded rows none; widths 11,11,14,61,61,12,31,29

=== xlsx: nothing read, no workbook
cmd: recwatch extract -f xlsx -o $TMPDIR/none.xlsx tests/extract/missing.html; st=$?; test ! -e $TMPDIR/none.xlsx && exit $st
status: 2
