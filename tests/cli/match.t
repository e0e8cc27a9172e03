# match.t - what rw-match reads from pages written the ways real pages are:
# values given for lists of recommendations, snapshot and Board dates and
# how far they reach, document dates in any phrasing, near misses said on
# stderr and kept in --rejects, the --explain account, and values outside
# the vocabularies summarised.  The documents are in tests/match/.

=== a wiki-style summary: a status beside a list of recommendations gives each listed id that status
cmd: recwatch extract tests/match/wiki-status.html
status: 0
stdout-file: tests/match/wiki-status.expected.csv
stderr:
| recwatch: tests/match/wiki-status.html: table[1]/tr[7]/td[2]: says 4 recommendations but lists 3
| recwatch: tests/match/wiki-status.html: table[1]/tr[6]/td[1]: status "Deferred" is not in the vocabulary
| recwatch: 1 item could not be read

=== the listed facts carry the cell they come from and its raw text
cmd: recwatch extract --facts tests/match/wiki-status.html 2>/dev/null | grep '^CCT,22,'
status: 0
stdout:
| CCT,22,status,complete,Complete,2024-03-31,tests/match/wiki-status.html,table[1]/tr[2]/td[1]

=== prose lists: "In progress: 16 and 18. Not started: 19." and list items "P1: 8 and 9"; under a heading with no date, no snapshot date
cmd: recwatch extract --facts tests/match/wiki-status.html 2>/dev/null | grep -E '^CCT,(16|18|19|8),(status|priority),' | grep /html/
status: 0
stdout:
| CCT,8,priority,P1,P1,,tests/match/wiki-status.html,/html/body/ul[1]/li[2]
| CCT,16,status,in_progress,In progress,,tests/match/wiki-status.html,/html/body/p[2]
| CCT,18,status,in_progress,In progress,,tests/match/wiki-status.html,/html/body/p[2]
| CCT,19,status,not_started,Not started,,tests/match/wiki-status.html,/html/body/p[2]

=== number traps beside value lists stay numbers: no 2023, 12, 30, 31 or 4.5 from "met 12 times; 30 of 31 tasks are done: 4.5 percent"
cmd: recwatch extract --facts tests/match/wiki-status.html 2>/dev/null | grep -c '/html/body/p\[3\]'
status: 1
stdout:
| 0

=== a snapshot date in a heading dates the tables under it up to the next heading of its level; split and dated header rows date their table
cmd: recwatch extract tests/match/dated-headings.html
status: 0
stdout-file: tests/match/dated-headings.expected.csv
stderr:

=== a Board date governs the rest of its paragraph and the items it introduces, not the next paragraph
cmd: recwatch extract tests/match/paragraph-after.html
status: 0
stdout-file: tests/match/paragraph-after.expected.csv
stderr:

=== document dates in several phrasings near "Board", "meeting" or "action" date the scorecard rows
cmd: for f in title-board-meeting title-date-first title-action-of first-page; do recwatch extract tests/match/$f.html | grep -c ',2014-06-26,' | grep -qx 2 || echo "$f"; done
status: 0
stdout:

=== a Board date that is not the Board's action ("delivered its report to the Board on ...") dates nothing
cmd: recwatch extract tests/match/no-board-date.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR1,1,approved,,,,,,,tests/match/no-board-date.html
| SSR1,2,rejected,,,,,,,tests/match/no-board-date.html

=== a table with ids in its first column under headers the rules do not know: one line, its rows in --rejects
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/match/unknown-header.html && cat $TMPDIR/rej.csv
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| source,locator,reason,text
| tests/match/unknown-header.html,table[1]/tr[2]/td[1],a row of a table whose header names no field,5.4 | Done | OCTO
| tests/match/unknown-header.html,table[1]/tr[3]/td[1],a row of a table whose header names no field,7.1 | Waiting | GDS
| tests/match/unknown-header.html,table[1]/tr[4]/td[1],a row of a table whose header names no field,7.2 | Done | GDS
stderr:
| recwatch: tests/match/unknown-header.html: no recommendation read; closest: /html/body/table[1]: 3 of 3 rows start with a recommendation id, but the header maps no id column (headers not mapped: "Code", "Stage", "Owner"); rows not read
| recwatch: 3 items could not be read (see the rejects file)

=== paragraphs naming recommendations without a decision: what came closest, and the paragraphs in --rejects
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/match/prose-only.html >/dev/null && cat $TMPDIR/rej.csv
status: 0
stdout:
| source,locator,reason,text
| tests/match/prose-only.html,/html/body/p[1],names recommendations but no decision,Recommendation 3.1 asks for a public register of reviews.
| tests/match/prose-only.html,/html/body/p[2],names recommendations but no decision,The team discussed Recommendations 4 and 5 at length.
stderr:
| recwatch: tests/match/prose-only.html: no recommendation read; closest: 2 paragraphs naming recommendations without a decision verb or value (first: /html/body/p[1])
| recwatch: 2 items could not be read (see the rejects file)

=== --explain FILE: each prose decision with its list, verb, date and where the date came from; records unchanged
cmd: recwatch extract --explain $TMPDIR/why.txt tests/match/paragraph-after.html && cat $TMPDIR/why.txt
status: 0
stdout-has: review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
stdout-has: document tests/match/paragraph-after.html
stdout-has: /html/body/p[1]: approved: "Recommendation 2" (1 id), by the verb "approved"; date 2021-09-10, from this sentence
stdout-has: /html/body/p[1]: approved: "Recommendation 1" (1 id), by the verb "approved"; date 2021-09-10, from /html/body/p[1]
stdout-has: /html/body/p[2]: rejected: "Recommendations 3.5 and 4" (2 ids), by the verb "rejected"; date none
stdout-has: /html/body/ul[1]/li[2]: pending: "Recommendation 6" (1 id), by the verb "placed"; date 2021-10-22, from /html/body/p[3]
stdout-has: /html/body/p[1]: "10" not taken as an id: no recommendation context ([context]) before it
stdout-has:   7 facts

=== --explain -: tables with the rule and line each header cell mapped by, on stderr, the data unchanged on stdout
cmd: recwatch extract --explain - tests/match/wiki-status.html
status: 0
stdout-file: tests/match/wiki-status.expected.csv
stderr-has:   table 1 (/html/body/table[1]): 7 rows, 1 header row
stderr-has: a value per row for the recommendations listed in column 2; snapshot date 2024-03-31, from /html/body/h2[1]
stderr-has:     table[1]/tr[6]/td[1]: status "Deferred" is not in the vocabulary
stderr-has:     CCT 13: status = in_progress ("In progress"), date 2024-03-31, at table[1]/tr[7]/td[1]
check: grep -q '^    column 1 "Status" -> status (\[header\] status, line [0-9]*)$' $ERR
check: grep -q '^    column 2 "Recommendations" -> lists of ids (\[header\] id, line [0-9]*)$' $ERR

=== rw-match --explain: a table it could not map, a paragraph with no decision, and rows in a rejected table
cmd: rw-html tests/match/unknown-header.html | rw-match --explain $TMPDIR/why.txt >/dev/null 2>&1; cat $TMPDIR/why.txt
status: 0
stdout-has: /html/body/p[1]: not read: "Recommendation 5.4 and Recommendation 7.1" names 2 recommendations without a decision verb
stdout-has: table 1 (/html/body/table[1]): not read: 3 of 3 rows have a first cell that reads as an id, under headers that map no id column: "Code", "Stage", "Owner"
stdout-has:   0 facts

=== --explain into a folder that does not exist: an error, exit 2
cmd: rw-match --explain /nonexistent/dir/why.txt </dev/null
status: 2
stderr-has: /nonexistent/dir/why.txt: cannot write the explanation

=== values outside the vocabulary: one line per distinct value with its count and first cell, not one a cell
cmd: sh tests/match/gen-priority-words.sh 20000 $TMPDIR/p.html && recwatch extract --rejects $TMPDIR/rej.csv $TMPDIR/p.html
status: 0
stdout-lines: 20001
stderr-has: p.html: table[1]/tr[2]/td[3]: priority "Medium" is not in the vocabulary (6667 cells, this the first)
stderr-has: p.html: table[1]/tr[3]/td[3]: priority "Low" is not in the vocabulary (6667 cells, this the first)
stderr-has: p.html: table[1]/tr[4]/td[3]: priority "High" is not in the vocabulary (6666 cells, this the first)
stderr-has: recwatch: 20000 items could not be read (see the rejects file)
check: test "$(wc -l < $ERR)" = 4
check: test "$(grep -c ',not in the vocabulary,High$' ${OUT%/out}/rej.csv)" = 6666

=== a value seen once keeps the one-line form, with its cell
cmd: sh tests/match/gen-priority-words.sh 1 $TMPDIR/p.html && recwatch extract $TMPDIR/p.html
status: 0
stdout-lines: 2
stderr-has: p.html: table[1]/tr[2]/td[3]: priority "Medium" is not in the vocabulary
check: ! grep -q cells $ERR

=== Board actions for lists: a dated Board action header, a list wrapped over two rows, ranges; statuses and priorities from a rowspan
cmd: recwatch extract tests/match/board-summary.html
status: 0
stdout-file: tests/match/board-summary.expected.csv
stderr:

=== a heading or section row that is only a value ("Complete (3)", "In progress", "Priority 1") gives it to the lists and rows under it that say none
cmd: recwatch extract tests/match/heading-values.html
status: 0
stdout-file: tests/match/heading-values.expected.csv
stderr:
| recwatch: tests/match/heading-values.html: 1 paragraph names recommendations without a decision verb or value, and nothing in the document was read for them: 30 (first: /html/body/p[2])
| recwatch: 1 item could not be read

=== a paragraph that introduces a table ("On 1 March 2019 the Board took the following actions ...:") dates its Board actions; a later table is not dated by a later paragraph; "Last updated: 12 January 2024" is a snapshot date
cmd: recwatch extract tests/match/intro-table.html
status: 0
stdout-file: tests/match/intro-table.expected.csv
stderr:

=== statuses in sentences: "are complete", "is still in progress", "has not yet started", "the following recommendations have been implemented: ..."; not across a clause, not for a tally
cmd: recwatch extract tests/match/status-prose.html
status: 0
stdout-file: tests/match/status-prose.expected.csv
stderr:
| recwatch: tests/match/status-prose.html: 1 paragraph names recommendations without a decision verb or value, and nothing in the document was read for them: 7 (first: /html/body/p[5])
| recwatch: 1 item could not be read

=== a row marked as a header inside a table (a row of th cells) whose id reads is read, not dropped; a repeated header row is skipped
cmd: recwatch extract tests/match/th-row.html
status: 0
stdout-file: tests/match/th-row.expected.csv
stderr:

=== Board actions given for lists in list items, dated by the title ("Board Meeting, 22 July 2021"); the stated count checked; "Approved: 12 of them" is no list
cmd: printf '%s\n' '{"kind":"document","source":"x.html","format":"html","text":"SSR2 Board action summary - Board Meeting, 22 July 2021"}' '{"kind":"item","text":"Approved: 1.1, 1.2 and 2.3.","locator":"li[1]"}' '{"kind":"item","text":"Rejected - 3 Recommendations (3.5 and 4)","locator":"li[2]"}' '{"kind":"item","text":"Pending: 7.1-7.3","locator":"li[3]"}' '{"kind":"item","text":"Approved: 12 of them in all","locator":"li[4]"}' | rw-match | rw-fold
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,1.1,approved,2021-07-22,,,,,,x.html
| SSR2,1.2,approved,2021-07-22,,,,,,x.html
| SSR2,2.3,approved,2021-07-22,,,,,,x.html
| SSR2,3.5,rejected,2021-07-22,,,,,,x.html
| SSR2,4,rejected,2021-07-22,,,,,,x.html
| SSR2,7.1,pending,2021-07-22,,,,,,x.html
| SSR2,7.2,pending,2021-07-22,,,,,,x.html
| SSR2,7.3,pending,2021-07-22,,,,,,x.html
stderr:
| rw-match: x.html: li[2]: says 3 recommendations but lists 2

=== a recommendation as a card: a heading naming it, then "Board action: Approved (22 July 2021)", "Status: In progress", "Priority: High" lines; a numbered heading is no card
cmd: recwatch extract tests/match/cards.html
status: 0
stdout-file: tests/match/cards.expected.csv
stderr:
| recwatch: tests/match/cards.html: /html/body/div[1]/p[3]: priority "High" is not in the vocabulary
| recwatch: 1 item could not be read

=== an id column headed "Ref.", "Reference #" and a status column headed "State" or "Implementation state" are read; a "State" column beside numbers names no tracker (reported, not read)
cmd: recwatch extract tests/match/ref-state.html
status: 0
stdout-file: tests/match/ref-state.expected.csv
stderr-has: table[3]: 1 of 1 rows start with a recommendation id, but the header maps no id column (headers not mapped: "State", "Zip")

=== "passes" a list of any length "through to" a group: each listed id passed through; a list item "Placed in pending status: ..." gives pending to its list
cmd: printf '%s\n' '{"kind":"document","source":"x.html","format":"html","text":"SSR2 - Regular Meeting of the ICANN Board 17 October 2018"}' '{"kind":"paragraph","text":"Resolved (2018.10.17.12), the Board passes Recommendations 6.2, 6.3, 6.4, 6.5, 6.6, 6.7, 6.8, 6.9 and 7.1 through to the GNSO Council.","locator":"p[1]"}' '{"kind":"item","text":"Placed in pending status: 8.1 and 8.2","locator":"li[1]"}' | rw-match | rw-fold
status: 0
stdout-has: SSR2,6.2,passed_through,2018-10-17
stdout-has: SSR2,7.1,passed_through,2018-10-17
stdout-has: SSR2,8.2,pending,2018-10-17
check: test "$(grep -c passed_through "$OUT")" = 9

=== "passes" a list "to" a council without "through": passed through too; "passes" with neither after it is no decision
cmd: printf '%s\n' '{"kind":"document","source":"x.html","format":"html","text":"SSR2 - Regular Meeting of the ICANN Board 22 July 2021"}' '{"kind":"paragraph","text":"Resolved (2021.07.22.07), the Board passes Recommendation 8.1 to the GNSO Council for consideration.","locator":"p[1]"}' '{"kind":"paragraph","text":"Resolved (2021.07.22.08), the Board notes that time passes, and Recommendation 9.1 stays under review.","locator":"p[2]"}' | rw-match | rw-fold
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,8.1,passed_through,2021-07-22,,,,,,x.html

=== a table's row read as a line ("Recommendation R2.1 Not started ...", inside a paragraph): when its recommendation gives no fact, one line names it and --rejects holds each; a recommendation read elsewhere, one named without a value and a list are not rows (the two last, read nowhere, are paragraphs naming recommendations without a decision: one line names them); an id cell holding the row ("Recommendation R3.1 In progress", its status cell empty) gives the id its value
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/match/rows-as-lines.html && cat $TMPDIR/rej.csv
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| CCT,R1.1,,,complete,,,,,tests/match/rows-as-lines.html
| CCT,R3.1,,,in_progress,,,,,tests/match/rows-as-lines.html
| source,locator,reason,text
| tests/match/rows-as-lines.html,/html/body/p[1],a row read as a line: its values were not read,Recommendation R2.1 Not started Data on abuse is published yearly.
| tests/match/rows-as-lines.html,/html/body/p[2],a row read as a line: its values were not read,Publish the review budget. R2.2 Completed with the community.
| tests/match/rows-as-lines.html,/html/body/p[4],names recommendations but no decision,Recommendation 5 asks for a public register of reviews.
| tests/match/rows-as-lines.html,/html/body/p[5],names recommendations but no decision,Recommendations 6 and 7 were discussed.
stderr:
| recwatch: tests/match/rows-as-lines.html: 2 lines name a recommendation and a value as a table row does, and nothing was read for it: R2.1, R2.2 (first: /html/body/p[1])
| recwatch: tests/match/rows-as-lines.html: 2 paragraphs name recommendations without a decision verb or value, and nothing in the document was read for them: 5, 6, 7 (first: /html/body/p[4])
| recwatch: 4 items could not be read (see the rejects file)

=== status and Board action words as status pages write them ("Implementation complete", "Fully implemented", "In implementation", "Work in progress", "Partially completed", "Board approved", "Not accepted", "Placed in “Pending” status"); "On track" and "High" are no value of the vocabularies and are said
cmd: recwatch extract tests/match/status-words.html
status: 0
stdout-file: tests/match/status-words.expected.csv
stderr:
| recwatch: tests/match/status-words.html: table[1]/tr[8]/td[3]: status "On track" is not in the vocabulary
| recwatch: tests/match/status-words.html: table[1]/tr[8]/td[4]: priority "High" is not in the vocabulary
| recwatch: 2 items could not be read

=== dates of a Board action column as sheets and other countries write them ("22-Jul-2021", "2021/07/22", "2020-9-3", "22.07.2021"); a date the rules cannot read ("22 Jul 21": a year of two figures) is said and kept in --rejects, not dropped
cmd: recwatch extract tests/match/action-dates.html
status: 0
stdout-file: tests/match/action-dates.expected.csv
stderr:
| recwatch: tests/match/action-dates.html: table[1]/tr[8]/td[3]: board_action_date "22 Jul 21" is not a date
| recwatch: 1 item could not be read

=== resolutions worded many ways: a list introduced with a colon; "are placed in pending status" after the list; a remark in brackets inside a list ("17 (in part) and 18"); two clauses joined by a semicolon; a list a clause of its own follows ("and Recommendation 23, which it passes through to the GNSO Council") takes that clause's verb; "is not adopted" is a rejection; list items "Recommendations 29 and 30 - pending" (a list naming recommendations is no card's label) and "Recommendation 31: Approved (22 July 2021)" (a row read as a line whose Board action dates itself)
cmd: recwatch extract tests/match/resolution-clauses.html
status: 0
stdout-file: tests/match/resolution-clauses.expected.csv
stderr:

=== a head of two rows, "Board" over "Action" and "Date", after a column of topics: the ids' column is the second, and "Board Date" dates each row's Board action; a status cell with a remark after its value ("Complete - see the final report") is read; statuses in sentences ("Implementation of Recommendation R4.1 is complete", "has been fully implemented", "is underway", "remains in progress", "were approved ... and are now complete")
cmd: recwatch extract tests/match/board-group-head.html
status: 0
stdout-file: tests/match/board-group-head.expected.csv
stderr:
| recwatch: tests/match/board-group-head.html: table[1]/tr[4]/td[5]: status "100%" is not in the vocabulary
| recwatch: 1 item could not be read

=== a card's sentences that name its recommendation without its id ("The Board approved this recommendation on 22 July 2021", "This recommendation was rejected by the Board", "Implementation of this recommendation is in progress") give the card's recommendation their decision or status; "the recommendation of the GNSO Council to adopt ..." is another's
cmd: recwatch extract tests/match/this-recommendation.html
status: 0
stdout-file: tests/match/this-recommendation.expected.csv
stderr:
| recwatch: tests/match/this-recommendation.html: /html/body/p[8]: priority "High" is not in the vocabulary
| recwatch: 1 item could not be read

=== id cells as status pages write them ("Recommendation 1.1 (Public comment)", "1.2.", "Rec 1.3*", "#1.5", a review's code before the word: "ATRT3 Rec 1.12") are read; a row whose id cell lists several ("1.6 / 1.7", "1.8-1.9") is each one's; list items "Recommendation 2.1 (Reviews): Complete" and "Recommendation 2.2 [Prioritization]: In progress" are rows read as lines
cmd: recwatch extract tests/match/id-forms.html
status: 0
stdout-file: tests/match/id-forms.expected.csv
stderr:

=== a sentence in the passive, its first list before any verb ("Recommendation 5 is approved, and Recommendation 6 is rejected"): each list takes the verb after it; in the active ("The Board approved Recommendation 10 and rejected Recommendation 11") the verb before it; a list with no verb after it the one before ("... and the Board rejects Recommendation 13")
cmd: recwatch extract tests/match/passive.html
status: 0
stdout-file: tests/match/passive.expected.csv
stderr:

=== a summary table "Status | Count | Recommendations": each listed id takes its row's status; the column of counts ("3", "2", "4"), no field by its header, reads as no priority
cmd: recwatch extract tests/match/summary-counts.html
status: 0
stdout-file: tests/match/summary-counts.expected.csv
stderr:

=== a list after an except phrase ("approves all recommendations except Recommendations 3.1 and 9.2, which the Board places into pending status", "other than", "with the exception of") takes only a verb after it, or none; a paragraph naming recommendations that nothing in the document was read for ("directs ... to implement Recommendations 12.1 and 12.2") is said once and each goes to --rejects
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/match/except.html && cat $TMPDIR/rej.csv
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,3.1,pending,2021-07-22,,,,,,tests/match/except.html
| SSR2,5.1,approved,2021-07-22,,,,,,tests/match/except.html
| SSR2,5.2,rejected,2021-07-22,,,,,,tests/match/except.html
| SSR2,9.2,pending,2021-07-22,,,,,,tests/match/except.html
| source,locator,reason,text
| tests/match/except.html,/html/body/p[2],names recommendations but no decision,"Resolved (2021.07.22.11), the Board adopts every recommendation of the report other than Recommendation 4."
| tests/match/except.html,/html/body/p[4],names recommendations but no decision,"Resolved (2021.07.22.13), the Board directs the President and CEO to implement Recommendations 12.1 and 12.2."
stderr:
| recwatch: tests/match/except.html: 2 paragraphs name recommendations without a decision verb or value, and nothing in the document was read for them: 4, 12.1, 12.2 (first: /html/body/p[2])
| recwatch: 2 items could not be read (see the rejects file)

=== a verb that ends a relative clause in a colon introduces what follows it ([list] introduces): the lists before it in its sentence do not take it (a sheet's column of cells read as one paragraph put "(Recommendation 2.5) Section B, which lists the recommendations that the Board does not adopt:" in one sentence; before, 2.2, 2.3 and 2.5 read rejected), its sentence carries it down to the list under it; "are approved as follows:" is still the list's
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/match/introduces.html && cat $TMPDIR/rej.csv
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,2.6,rejected,2018-05-15,,,,,,tests/match/introduces.html
| SSR2,3.1,approved,2018-05-15,,,,,,tests/match/introduces.html
| SSR2,3.2,approved,2018-05-15,,,,,,tests/match/introduces.html
| source,locator,reason,text
| tests/match/introduces.html,/html/body/p[2],names recommendations but no decision,"Topic 2: Data accuracy (Recommendations 2.2 and 2.3) Topic 5: Reporting (Recommendation 2.5) Section B, which lists the recommendations that the Board does not adopt:"
stderr:
| recwatch: tests/match/introduces.html: 1 paragraph names recommendations without a decision verb or value, and nothing in the document was read for them: 2.2, 2.3, 2.5 (first: /html/body/p[2])
| recwatch: 1 item could not be read (see the rejects file)

=== cards whose title is a line, not a heading (an accordion's summary, a bold paragraph), and labels alone on their line over their value (a definition list, "Status" over "Completed") or run in with it, no colon between, the line longer than a label alone may be ("Implementation status Partially implemented", as LaTeX sets a description list); a heading ends a line's card; a value outside the vocabulary is said
cmd: recwatch extract tests/match/card-lines.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| RDS-WHOIS2,LE.1,approved,,not_started,,,,,tests/match/card-lines.html
| RDS-WHOIS2,LE.2,,,complete,,,,,tests/match/card-lines.html
| RDS-WHOIS2,LE.3,,,in_progress,,,,,tests/match/card-lines.html
| RDS-WHOIS2,R1.1,approved,,complete,,,,,tests/match/card-lines.html
| RDS-WHOIS2,R1.2,,,in_progress,,,,,tests/match/card-lines.html
stderr:
| recwatch: tests/match/card-lines.html: /html/body/dl[2]/dd[3]: priority "Prerequisite" is not in the vocabulary
| recwatch: 1 item could not be read

=== a table set across, its first row naming the recommendations and its first column the fields, is read by its columns (before, lost without a word); a column of row headers under a header cell that names nothing is the ids' ([header] idblank; before, said as a table with no id column); a table across whose first row holds no recommendation (years) is none
cmd: recwatch extract tests/match/across.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| ATRT3,2.1,,,complete,P1,2024-04-01,,,tests/match/across.html
| ATRT3,2.2,,,not_started,P2,2024-04-01,,,tests/match/across.html
| ATRT3,2.3,,,in_progress,P3,2024-04-01,,,tests/match/across.html
| ATRT3,3.1,,,complete,P1,2024-04-01,,,tests/match/across.html
| ATRT3,3.2,,,not_started,,2024-04-01,,,tests/match/across.html
stderr:

=== a listing of fields, as a CMS sets one (a row of "Recommendation: 1.1", "Status: In progress", "Priority: P4", each its own block): a line whose label names ids and whose value is an id opens a card for it, and is no field of it (no description "1.1"); a grid of divs under a row of names is read as before
cmd: recwatch extract tests/match/listing-fields.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,1.1,,,in_progress,P4,,,,tests/match/listing-fields.html
| SSR2,4.1,,,complete,,,,,tests/match/listing-fields.html
| SSR2,5.1,,,not_started,,,,,tests/match/listing-fields.html
| SSR2,5.2,,,complete,,,,,tests/match/listing-fields.html
stderr:

=== card lines as status pages write them: two "label: value" pairs parted by a semicolon ("Status: Complete; Priority: P3"), each read (a label ending in a colon is no run-in label); a heading that is a row read as a line, its value after an em dash ("Recommendation R3.1 — In progress"); a label that names the field, then the recommendation, its id dotted ("Status of Recommendation R3.2: Not started."); a value with a colon of its own
cmd: recwatch extract tests/match/card-forms.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| RDS-WHOIS2,R1.2,,,complete,P3,2022-12-31,,,tests/match/card-forms.html
| RDS-WHOIS2,R3.1,,,in_progress,,,,,tests/match/card-forms.html
| RDS-WHOIS2,R3.2,,,not_started,,,,,tests/match/card-forms.html
| RDS-WHOIS2,R3.3,,,,P1,,,,tests/match/card-forms.html
stderr:

=== a value alone on a card's line (a status badge under an accordion's title, a definition list's value under its recommendation) is the card's, when it is its only such line: R1.2's two badges tell neither, and its card says nothing; each is read in the context of its card (R1.1's snapshot date); a value with a date after a dash ("Complete – 30 June 2022") is a whole value
cmd: recwatch extract tests/match/card-badges.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| RDS-WHOIS2,R1.1,,,complete,P2,2022-12-31,,,tests/match/card-badges.html
| RDS-WHOIS2,R4.1,,,complete,,2022-12-31,,,tests/match/card-badges.html
| RDS-WHOIS2,R4.2,approved,,,,,,,tests/match/card-badges.html
| RDS-WHOIS2,R4.3,,,complete,,2022-12-31,,,tests/match/card-badges.html
stderr:
| recwatch: tests/match/card-badges.html: 1 line names a recommendation and a value as a table row does, and nothing was read for it: R1.2 (first: /html/body)
| recwatch: 1 item could not be read

=== a status drawn as an icon is the name a screen reader says for it: an image's alt, an empty element's aria-label (before its title) or title; a link with text keeps its text, a decorative image (alt="") says nothing
cmd: recwatch extract tests/match/icon-status.html && rw-html tests/match/icon-status.html | jq -r 'select(.kind=="cell") | .text' | paste -sd'|'
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| ATRT3,1.1,,,complete,,,,,tests/match/icon-status.html
| ATRT3,1.2,,,in_progress,,,,,tests/match/icon-status.html
| ATRT3,1.3,,,not_started,,,,,tests/match/icon-status.html
| ATRT3,1.4,,,in_progress,,,,,tests/match/icon-status.html
| Rec #|Status|Details|1.1|Complete|Report|1.2|In progress|Ongoing work|1.3|Not started||1.4|In progress|

=== a long table's facts come out while its rows still come in (its header settled from its first 50 rows), all of them at the end
cmd: sh tests/match/stream-rows.sh
status: 0
stdout:
| early
| 1100
stderr:

=== a table going on over a page break, a heading between its parts (both table 1): every row of both parts is read, as with --explain (which reads at the end); before, the rows after the heading were dropped without a word
cmd: sh tests/match/parted-table.sh 2 2 | rw-match | grep -o '"rec_id":"[^"]*","field":"status","value":"[^"]*"'
status: 0
stdout:
| "rec_id":"1.1","field":"status","value":"complete"
| "rec_id":"1.2","field":"status","value":"complete"
| "rec_id":"2.1","field":"status","value":"in_progress"
| "rec_id":"2.2","field":"status","value":"in_progress"

=== the same with a first part long enough to be read as its rows come (60 rows): the second part's rows too
cmd: sh tests/match/parted-table.sh 60 5 | rw-match | grep -c '"field":"status","value":"in_progress"'
status: 0
stdout:
| 5

=== an item naming a recommendation opens a card for the items under it; a line whose label names its own recommendation ("Recommendation 3 – Status: Not started") is that one's; a line "Recommendation 4: Complete" is a summary's line, its value whole after the id and a stop: read
cmd: recwatch extract tests/match/line-names.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,1,,,complete,P1,,,,tests/match/line-names.html
| SSR2,2,,,in_progress,,,,,tests/match/line-names.html
| SSR2,3,,,not_started,,,,,tests/match/line-names.html
| SSR2,4,,,complete,,,,,tests/match/line-names.html
| SSR2,5,,,complete,,,,,tests/match/line-names.html
stderr:

=== a Board action cell that dates itself ("Approved (22 July 2021)", "... on 15 March 2022", "in resolution 2020.06.30.04") gives its own date, in a table of rows and in a table of lists; a cell without one takes the document's (the title's meeting)
cmd: recwatch extract tests/match/dated-action-cells.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| ATRT3,1.1,approved,2021-07-22,complete,,,,,tests/match/dated-action-cells.html
| ATRT3,1.2,passed_through,2022-03-15,in_progress,,,,,tests/match/dated-action-cells.html
| ATRT3,1.3,rejected,2022-05-01,not_started,,,,,tests/match/dated-action-cells.html
| ATRT3,2.1,approved,2020-06-30,,,,,,tests/match/dated-action-cells.html
| ATRT3,2.2,approved,2020-06-30,,,,,,tests/match/dated-action-cells.html

=== a column whose header names no field is known by its values: most of its cells whole values of one vocabulary ("Implementation" over "Complete", "In progress (see the plan)"); free text that starts with a value word ("Complete by next year.") is no such column
cmd: recwatch extract tests/match/columns-by-values.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| CCT,1,,,complete,,,,,tests/match/columns-by-values.html
| CCT,2,,,in_progress,,,,,tests/match/columns-by-values.html
| CCT,4,,,not_started,,,,,tests/match/columns-by-values.html
stderr:
| recwatch: tests/match/columns-by-values.html: table[1]/tr[4]/td[1]: recommendation 3 has no value beside it
| recwatch: tests/match/columns-by-values.html: table[2]/tr[2]/td[1]: recommendation 5 has no value beside it
| recwatch: tests/match/columns-by-values.html: table[2]/tr[3]/td[1]: recommendation 6 has no value beside it
| recwatch: tests/match/columns-by-values.html: table[2]/tr[4]/td[1]: recommendation 7 has no value beside it
| recwatch: 4 items could not be read

=== a long table coming in while no title, heading or paragraph before it names a review: read at the document's end, its facts take the review the text after it names most often
cmd: { printf '%s\n' '{"kind":"document","source":"s.html","format":"html","text":"Implementation status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":1,"row":0,"col":1,"header":true}'; awk 'BEGIN { for (i = 1; i <= 80; i++) printf "{\"kind\":\"cell\",\"text\":\"%d.%d\",\"table\":1,\"row\":%d,\"col\":0}\n{\"kind\":\"cell\",\"text\":\"Complete\",\"table\":1,\"row\":%d,\"col\":1}\n", int(i / 50) + 1, i % 50 + 1, i, i }'; printf '%s\n' '{"kind":"paragraph","text":"The SSR2 Review Team wrote these."}' '{"kind":"paragraph","text":"More on SSR2 and on CCT."}'; } | rw-match | jq -r .review | sort | uniq -c
status: 0
stdout:
|      80 SSR2
stderr:

=== a decision read while the document still comes in, before anything names its review: it waits for the end and takes the review the text names most often; the facts after it keep their order and their heading's review
cmd: { printf '%s\n' '{"kind":"document","source":"s.html","format":"html","text":"Board actions"}' '{"kind":"paragraph","text":"On 1 May 2022 the Board approved Recommendation 5.4."}'; for i in $(seq 40); do printf '{"kind":"paragraph","text":"Filler %d."}\n' $i; done; printf '%s\n' '{"kind":"heading","text":"CCT","level":2}' '{"kind":"paragraph","text":"On 2 June 2022 the Board rejected Recommendation 6.1."}' '{"kind":"paragraph","text":"The SSR2 Review Team wrote these."}' '{"kind":"paragraph","text":"More on SSR2."}'; } | rw-match | jq -r '[.review, .rec_id, .value] | join(" ")'
status: 0
stdout:
| SSR2 5.4 approved
| CCT 6.1 rejected
stderr:

=== a card set as a table of two columns, a label and its value a row: the recommendation by its own row ("Recommendation | 3.1"), else by the card it stands in (under "Recommendation 7"); a table with a row no field labels, or outside any card without an id row, is none
cmd: recwatch extract tests/match/card-tables.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| ATRT3,3.1,approved,2021-07-22,complete,,,,,tests/match/card-tables.html
| ATRT3,3.2,pending,,,,,,,tests/match/card-tables.html
| ATRT3,7,rejected,,,P2,,,,tests/match/card-tables.html

=== a title across the table above its header row ("SSR2 Recommendations – Implementation Status (as of 31 March 2024)") heads no column: the row under it does, and the title names the table's review and snapshot date as a caption would
cmd: recwatch extract tests/match/title-row.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,1,,,complete,,2024-03-31,Complete the implementation of SSR1.,,tests/match/title-row.html
| SSR2,2,,,in_progress,,2024-03-31,Create a position for security.,,tests/match/title-row.html

=== a table printed a cell a line (the columns' names one under the other, then each row the same way, its id first) is read as the table it is: a row's value goes to the column whose vocabulary it is of when cells are left empty; the paragraph after the run is none of its cells
cmd: recwatch extract tests/match/stacked.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,LE.4,pending,,not_started,,,,,tests/match/stacked.html
| SSR2,LE.5,rejected,,,,,,,tests/match/stacked.html
| SSR2,LE.6,approved,,complete,,,,,tests/match/stacked.html
| SSR2,LE.7,,,in_progress,,,,,tests/match/stacked.html

=== a title across the table above its header row, as a PDF reader gives it (in the row's first cell, the rest empty), heads no column: the row under it does; a first column's name set once over a header of two rows is still that column's
cmd: { printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf"}' '{"kind":"table","table":1,"rows":4,"cols":2}' '{"kind":"cell","text":"SSR2 recommendations","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"Ref","table":1,"row":1,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":1,"row":1,"col":1,"header":true}' '{"kind":"cell","text":"1.1","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Complete","table":1,"row":2,"col":1}' '{"kind":"cell","text":"1.2","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Not started","table":1,"row":3,"col":1}' '{"kind":"table","table":2,"rows":4,"cols":2}' '{"kind":"cell","text":"Rec #","table":2,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"","table":2,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"","table":2,"row":1,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":2,"row":1,"col":1,"header":true}' '{"kind":"cell","text":"2.1","table":2,"row":2,"col":0}' '{"kind":"cell","text":"Complete","table":2,"row":2,"col":1}' '{"kind":"cell","text":"2.2","table":2,"row":3,"col":0}' '{"kind":"cell","text":"Complete","table":2,"row":3,"col":1}'; } | rw-match | jq -r '[.review, .rec_id, .value] | join(" ")'
status: 0
stdout:
| SSR2 1.1 complete
| SSR2 1.2 not_started
| SSR2 2.1 complete
| SSR2 2.2 complete

=== a table printed a cell a line read while its blocks still come in: the walk waits for the run's end, so a long one is read whole, cells left empty included
cmd: { printf '%s\n' '{"kind":"document","source":"s.html","format":"html","text":"SSR2 implementation status"}' '{"kind":"heading","text":"SSR2 implementation status","level":1}' '{"kind":"paragraph","text":"Ref"}' '{"kind":"paragraph","text":"Board decision"}' '{"kind":"paragraph","text":"Status"}'; awk 'BEGIN { for (i = 1; i <= 60; i++) { printf "{\"kind\":\"paragraph\",\"text\":\"Recommendation %d\"}\n", i; if (i % 3) printf "{\"kind\":\"paragraph\",\"text\":\"Approved\"}\n"; printf "{\"kind\":\"paragraph\",\"text\":\"Complete\"}\n" } }'; printf '%s\n' '{"kind":"paragraph","text":"Recommendation 61 awaits the Board."}'; } | rw-match | jq -r '.field' | sort | uniq -c
status: 0
stdout:
|      40 board_action
|      60 status

=== a table with no header of its own after a recommendation table, a section's name between them, goes on in that table's columns when it has as many and ids where its ids were; after a table with a header of its own (another table) it does not, and its rows are said and not read
cmd: recwatch extract tests/match/split-table.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| CCT,9.1,,,complete,P1,,,,tests/match/split-table.html
| CCT,9.2,,,not_started,P2,,,,tests/match/split-table.html
| CCT,10.1,,,in_progress,P3,,,,tests/match/split-table.html
| CCT,10.2,,,complete,P1,,,,tests/match/split-table.html
stderr:
| recwatch: tests/match/split-table.html: /html/body/table[4]: 2 of 2 rows start with a recommendation id, but the header maps no id column (headers not mapped: no header row); rows not read
| recwatch: 2 items could not be read

=== a table with no header row whose first column holds ids and whose other columns hold values of a vocabulary (statuses, priorities) is read by what its columns hold; one of ids and figures is no recommendation table, and its rows are said and not read
cmd: recwatch extract tests/match/headless.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| SSR2,10.1,,,in_progress,P2,,,,tests/match/headless.html
| SSR2,10.2,,,complete,P1,,,,tests/match/headless.html
| SSR2,10.3,,,not_started,P3,,,,tests/match/headless.html
stderr:
| recwatch: tests/match/headless.html: /html/body/table[2]: 2 of 2 rows start with a recommendation id, but the header maps no id column (headers not mapped: no header row); rows not read
| recwatch: 2 items could not be read

=== a row printed a cell a line - an id alone on its line, the next lines wholly values - whose values are several tells none of their columns: its recommendation gives no fact, and is said and kept in the rejects; one whose value is alone is a card with one value, read ("Placed in pending status" a value, not a label naming a status column); a value that reads as an id ("P3") is none
cmd: { printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"SSR2 implementation status"}' '{"kind":"heading","text":"SSR2 implementation status","level":1,"locator":"page 1, line 1"}' '{"kind":"paragraph","text":"On 22 July 2021 the Board approved Recommendation 1.","locator":"page 1, line 2"}' '{"kind":"paragraph","text":"Rec. 7","locator":"page 1, line 3"}' '{"kind":"paragraph","text":"Done","locator":"page 1, line 4"}' '{"kind":"paragraph","text":"P3","locator":"page 1, line 5"}' '{"kind":"paragraph","text":"Not started","locator":"page 1, line 6"}' '{"kind":"paragraph","text":"Rec. 8","locator":"page 1, line 7"}' '{"kind":"paragraph","text":"Placed in pending status","locator":"page 1, line 8"}'; } | rw-match --rejects $TMPDIR/rej.csv | jq -r '[.rec_id, .value] | join(" ")' && cat $TMPDIR/rej.csv
status: 0
stdout:
| 1 approved
| 8 pending
| source,locator,reason,text
| s.pdf,"page 1, line 3",a row read as a line: its values were not read,Rec. 7
stderr:
| rw-match: s.pdf: 1 line names a recommendation and a value as a table row does, and nothing was read for it: 7 (first: page 1, line 3)
| rw-match: 1 item could not be read (see the rejects file)

=== an id a narrow cell broke inside its number: "LE.1 0" in one cell (its two lines joined), and "LE.2" with the rest "0" taken for a row of its own, are LE.10 and LE.20; a bare number under an id with no letter prefix starts a row
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"SSR2 implementation"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"LE.9","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Complete","table":1,"row":1,"col":1}' '{"kind":"cell","text":"LE.1 0","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Complete","table":1,"row":2,"col":1}' '{"kind":"cell","text":"LE.2","table":1,"row":3,"col":0}' '{"kind":"cell","text":"In","table":1,"row":3,"col":1}' '{"kind":"cell","text":"0","table":1,"row":4,"col":0}' '{"kind":"cell","text":"progress","table":1,"row":4,"col":1}' '{"kind":"table","table":2}' '{"kind":"cell","text":"Rec #","table":2,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":2,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"5.2","table":2,"row":1,"col":0}' '{"kind":"cell","text":"Complete","table":2,"row":1,"col":1}' '{"kind":"cell","text":"6","table":2,"row":2,"col":0}' '{"kind":"cell","text":"In progress","table":2,"row":2,"col":1}' | rw-match | jq -r '[.rec_id, .value] | join(" ")'
status: 0
stdout:
| LE.9 complete
| LE.10 complete
| LE.20 in_progress
| 5.2 complete
| 6 in_progress

=== a value a narrow cell broke inside a word with no hyphen ("implemente" over "d", lines joined by a space) reads with the space taken out; a value that reads no way is still said
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"SSR2 implementation"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"1.1","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Partially implemente d","table":1,"row":1,"col":1}' '{"kind":"cell","text":"1.2","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Comp lete","table":1,"row":2,"col":1}' '{"kind":"cell","text":"1.3","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Stalled badly","table":1,"row":3,"col":1}' | rw-match | jq -r '[.rec_id, .value] | join(" ")'
status: 0
stdout:
| 1.1 in_progress
| 1.2 complete
stderr:
| rw-match: s.pdf: ?: recommendation 1.3 has no value beside it
| rw-match: s.pdf: ?: status "Stalled badly" is not in the vocabulary
| rw-match: 2 items could not be read

=== a header cell naming ids among other words (an empty column's header, "Implementation Status" over icons, set in one cell with "No.") heads the ids when no header names them alone; a column of numbers under a header naming no ids is none
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"CCT implementation"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Implementation No. Status","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Board Decision","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"5","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Not approved","table":1,"row":1,"col":1}' '{"kind":"cell","text":"6","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Accepted","table":1,"row":2,"col":1}' '{"kind":"table","table":2}' '{"kind":"cell","text":"Count","table":2,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Board Decision","table":2,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"12","table":2,"row":1,"col":0}' '{"kind":"cell","text":"Accepted","table":2,"row":1,"col":1}' '{"kind":"cell","text":"3","table":2,"row":2,"col":0}' '{"kind":"cell","text":"Rejected","table":2,"row":2,"col":1}' | rw-match 2>/dev/null | jq -r '[.rec_id, .value] | join(" ")'
status: 0
stdout:
| 5 rejected
| 6 approved

=== a header cell that starts or ends with words naming ids heads the ids when no header names them alone: a table's title read with its header ("CCT recommendations Ref"), an icon column's header beside the ids' ("Recommendation Status"); a header cell with such words inside ("Status of recommendations and notes") heads none
cmd: for h in 'CCT recommendations Ref' 'Recommendation Status' 'Status of recommendations and notes'; do printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"CCT implementation"}' '{"kind":"table","table":1}' "{\"kind\":\"cell\",\"text\":\"$h\",\"table\":1,\"row\":0,\"col\":0,\"header\":true}" '{"kind":"cell","text":"Board action","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"Rec. 5","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Not approved","table":1,"row":1,"col":1}' '{"kind":"cell","text":"Rec. 6","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Accepted","table":1,"row":2,"col":1}' | rw-match 2>/dev/null | jq -r '[.rec_id, .value] | join(" ")'; done
status: 0
stdout:
| 5 rejected
| 6 approved
| 5 rejected
| 6 approved

=== a cell holding its column's value and, after it, the whole value of another field (two columns a PDF reader set as one) gives the row that field when it has none of its own; beside the row's own, the second value is said and kept in the rejects
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"CCT implementation"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status Priority level","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"5","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Partially implemented Eligible for prioritization","table":1,"row":1,"col":1}' '{"kind":"cell","text":"6","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Completed P3","table":1,"row":2,"col":1}' '{"kind":"cell","text":"7","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Completed in March","table":1,"row":3,"col":1}' '{"kind":"table","table":2}' '{"kind":"cell","text":"Rec #","table":2,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":2,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"Priority","table":2,"row":0,"col":2,"header":true}' '{"kind":"cell","text":"8","table":2,"row":1,"col":0}' '{"kind":"cell","text":"Not started P2","table":2,"row":1,"col":1}' '{"kind":"cell","text":"P1","table":2,"row":1,"col":2}' | rw-match --rejects $TMPDIR/rej.csv | jq -r '[.rec_id, .field, .value, .raw] | join(" | ")' && cat $TMPDIR/rej.csv
status: 0
stdout:
| 5 | status | in_progress | Partially implemented
| 5 | priority | eligible | Eligible for prioritization
| 6 | status | complete | Completed
| 6 | priority | P3 | P3
| 7 | status | complete | Completed in March
| 8 | status | not_started | Not started P2
| 8 | priority | P1 | P1
| source,locator,reason,text
| s.pdf,?,a second value in a cell,Not started P2
stderr:
| rw-match: s.pdf: ?: status "Not started P2" holds a second value beside the row's own priority
| rw-match: 1 item could not be read (see the rejects file)

=== a row that repeats the header (on a new page) says nothing and is skipped; one that holds other text beside the header's words (a reader set a row of data beside the header) is said and kept in the rejects
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"CCT scorecard"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Board action","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"","table":1,"row":0,"col":2,"header":true}' '{"kind":"cell","text":"1","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Approved","table":1,"row":1,"col":1}' '{"kind":"cell","text":"Rec #","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Board action","table":1,"row":2,"col":1}' '{"kind":"cell","text":"2","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Rejected","table":1,"row":3,"col":1}' '{"kind":"cell","text":"Rec #","table":1,"row":4,"col":0}' '{"kind":"cell","text":"Board action","table":1,"row":4,"col":1}' '{"kind":"cell","text":"3 Pending","table":1,"row":4,"col":2}' | rw-match --rejects $TMPDIR/rej.csv | jq -r '[.rec_id, .value] | join(" ")' && cat $TMPDIR/rej.csv
status: 0
stdout:
| 1 approved
| 2 rejected
| source,locator,reason,text
| s.pdf,?,a header row holding other text,3 Pending
stderr:
| rw-match: s.pdf: ?: a row repeating the header holds "3 Pending" too; not read
| rw-match: 1 item could not be read (see the rejects file)

=== a block that is a table's rows read as lines - an id as a row's first cell names it, then whole values one a field, a row after another - is read: each value with the snapshot date over it; a stop after the id is read too ("Recommendation 10.2: Complete", a summary's line); prose after a value or two values of one field make no row, said as before
cmd: recwatch extract --rejects $TMPDIR/rej.csv tests/match/row-lines.html && cut -d, -f2,3 $TMPDIR/rej.csv
status: 0
stdout-file: tests/match/row-lines.expected.csv
stderr:
| recwatch: tests/match/row-lines.html: 2 lines name a recommendation and a value as a table row does, and nothing was read for it: 10.1, R10.3 (first: /html/body/p[7])
| recwatch: 2 items could not be read (see the rejects file)

=== a table whose header names two recommendation fields or more but whose rows name no recommendation (the values a PDF reader set apart from their ids) is said in one line, its rows in the rejects; a table naming one such field (a milestone table with a status) is none
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"ATRT3 status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"State","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Board action","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"Implemented","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Accepted","table":1,"row":1,"col":1}' '{"kind":"table","table":2}' '{"kind":"cell","text":"Milestone","table":2,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":2,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"Team formed","table":2,"row":1,"col":0}' '{"kind":"cell","text":"Complete","table":2,"row":1,"col":1}' | rw-match --rejects $TMPDIR/rej.csv && cat $TMPDIR/rej.csv
status: 0
stdout:
| source,locator,reason,text
| s.pdf,?,a row of a table with values and no ids,Implemented | Accepted
stderr-has: a table whose header names recommendation fields but no column of ids: 1 rows not read

=== rows across the table at its top (the heading and the paragraph over the table, a PDF reader took into it; marked as header or not) are titles: the row under them heads the columns, and ids with the recommendation's words read under it
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"SSR2 status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Review Implementation Status","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"Where each recommendation stands.","table":1,"row":1,"col":0}' '{"kind":"cell","text":"","table":1,"row":1,"col":1}' '{"kind":"cell","text":"Recommendation","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Current status","table":1,"row":2,"col":1}' '{"kind":"cell","text":"Recommendation 4. Publish the plan.","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Not started","table":1,"row":3,"col":1}' '{"kind":"cell","text":"Recommendation 5 The team reports each year.","table":1,"row":4,"col":0}' '{"kind":"cell","text":"Complete","table":1,"row":4,"col":1}' | rw-match | jq -r '[.rec_id, .field, .value] | join(" ")'
status: 0
stdout:
| 4 status not_started
| 4 description Publish the plan.
| 5 status complete
| 5 description The team reports each year.

=== an id a narrow cell wrapped, each line taken for a row ("Recommendation" over "LE.4", the row's other cells on either line): the two rows are one, the id theirs together; the header's name of the id column printed again over a row is no part of its id
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"CCT status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec. No.","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"Description","table":1,"row":0,"col":2,"header":true}' '{"kind":"cell","text":"Recommendation","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Not started","table":1,"row":1,"col":1}' '{"kind":"cell","text":"Publish the","table":1,"row":1,"col":2}' '{"kind":"cell","text":"LE.4","table":1,"row":2,"col":0}' '{"kind":"cell","text":"plan.","table":1,"row":2,"col":2}' '{"kind":"cell","text":"Rec. No.","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Complete","table":1,"row":3,"col":1}' '{"kind":"cell","text":"LE.5","table":1,"row":4,"col":0}' '{"kind":"cell","text":"In progress","table":1,"row":4,"col":1}' | rw-match 2>&1 | jq -Rr 'fromjson? | [.rec_id, .field, .value] | join(" ")'
status: 0
stdout:
| LE.4 status not_started
| LE.4 description Publish the plan.
| LE.5 status in_progress

=== a header naming a field of values and a field of text ("Implementation Recommendation text Status": an icon column's header a reader set in its neighbour's) heads the text when its cells are not the values, the values when they are
cmd: for v in 'Publish the plan.' 'Complete'; do printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"CCT status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Recommendation #","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Implementation Recommendation text Status","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"LE.4","table":1,"row":1,"col":0}' "{\"kind\":\"cell\",\"text\":\"$v\",\"table\":1,\"row\":1,\"col\":1}" | rw-match | jq -r '[.rec_id, .field, .value] | join(" ")'; done
status: 0
stdout:
| LE.4 description Publish the plan.
| LE.4 status complete

=== an id cell holding a value after the id beside the row's own value of that field: the id reads, the row keeps its own value, the other is said and kept in the rejects
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"RDS-WHOIS2 status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Priority","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"R4.1 P3","table":1,"row":1,"col":0}' '{"kind":"cell","text":"P1","table":1,"row":1,"col":1}' | rw-match --rejects $TMPDIR/rej.csv | jq -r '[.rec_id, .field, .value] | join(" ")' && cat $TMPDIR/rej.csv
status: 0
stdout:
| R4.1 priority P1
| source,locator,reason,text
| s.pdf,?,words beside an id not read,P3
stderr:
| rw-match: s.pdf: ?: the id cell holds "P3" after the id too; not read
| rw-match: 1 item could not be read (see the rejects file)

=== a table printed a cell a line whose status is drawn as an icon (nothing printed): the Board's decision after the id, a value of the column after the status, goes there, not into the status's place
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"RDS-WHOIS2 Implementation Status"}' '{"kind":"paragraph","text":"Recommendation #","locator":"line 1"}' '{"kind":"paragraph","text":"Status","locator":"line 2"}' '{"kind":"paragraph","text":"Board Action","locator":"line 3"}' '{"kind":"paragraph","text":"Recommendation 6","locator":"line 4"}' '{"kind":"paragraph","text":"Complete","locator":"line 5"}' '{"kind":"paragraph","text":"Approved","locator":"line 6"}' '{"kind":"paragraph","text":"Recommendation 7","locator":"line 7"}' '{"kind":"paragraph","text":"Passed through to the GNSO Council","locator":"line 8"}' '{"kind":"paragraph","text":"Recommendation 8","locator":"line 9"}' '{"kind":"paragraph","text":"In progress","locator":"line 10"}' '{"kind":"paragraph","text":"Placed in pending status","locator":"line 11"}' | rw-match | jq -r '[.rec_id, .field, .value] | join(" ")'
status: 0
stdout:
| 6 board_action approved
| 6 status complete
| 7 board_action passed_through
| 8 board_action pending
| 8 status in_progress
stderr:

=== a cell longer than REJOIN_MAX_BYTES (160) is not tried with its spaces taken out: a value broken once is a short phrase, and each try reads the whole cell again
cmd: printf '%s\n' '{"kind":"document","source":"s.pdf","format":"pdf","text":"SSR2 implementation"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"1.1","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Partially implemente d xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","table":1,"row":1,"col":1}' | rw-match | jq -r '[.rec_id, .value] | join(" ")'
status: 0
stdout:
stderr:
| rw-match: s.pdf: ?: recommendation 1.1 has no value beside it
| rw-match: s.pdf: ?: status "Partially implemente d xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is not in the vocabulary
| rw-match: s.pdf: no recommendation read: no table or sentence in it names one
| rw-match: 2 items could not be read

=== an id cell that holds the recommendation's words after its id, with or without a stop between, gives the id and the words as the description; words a column of its own gives stay out; an id cell whose words start with a value is reported; without a header naming ids, words after a number make no id
cmd: recwatch extract tests/match/id-words.html
status: 0
stdout-file: tests/match/id-words.expected.csv
stderr:
| recwatch: tests/match/id-words.html: table[1]/tr[5]/td[1]: cannot read a recommendation id from "R4.1 Accepted in full"
| recwatch: 1 item could not be read

=== an id cell naming two ids run together ("LE.5 LE.6": rows a PDF reader merged) is reported, not read as an id and its words over the next row's id: the next row is read as its own
cmd: printf '%s\n' '<html><body><h1>SSR2 scorecard</h1><table><tr><th>Recommendation</th><th>Priority level</th><th>Board Decision</th></tr><tr><td>LE.4</td><td>P1</td><td>Approved</td></tr><tr><td>LE.5 LE.6</td><td>Priority 2 Not eligible</td><td>Reject</td></tr><tr><td>LE.7</td><td>P3</td><td>Pending</td></tr></table></body></html>' >$TMPDIR/two.html && recwatch extract $TMPDIR/two.html | cut -d, -f2-6
status: 0
stdout:
| rec_id,board_action,board_action_date,status,priority
| LE.4,approved,,,P1
| LE.7,pending,,,P3
stderr-has: table[1]/tr[3]/td[1]: cannot read a recommendation id from "LE.5 LE.6"

=== a header word a narrow column broke without a hyphen ("Recommendati on") still names the id column; a header longer than a column's name (64 bytes) is read as it stands, and its table is reported
cmd: recwatch extract tests/match/broken-header.html
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority,as_of,description,update,sources
| RDS-WHOIS2,R1.1,,,complete,,,,,tests/match/broken-header.html
| RDS-WHOIS2,R1.2,,,in_progress,,,,,tests/match/broken-header.html
stderr-has: table[2]: 2 of 2 rows start with a recommendation id, but the header maps no id column

=== a text report's superscripts, written as a caret and digits after the word ("LE.7^2", "Approved^ 3"), are footnote marks ([mark] footnote): the id and the value are read without them
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"SSR2 scorecard"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Board action","table":1,"row":0,"col":1}' '{"kind":"cell","text":"LE.7^2","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Approved^ 3","table":1,"row":1,"col":1}' '{"kind":"cell","text":"LE.8","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Rejected","table":1,"row":2,"col":1}' | rw-match | grep -o '"rec_id":"[^"]*","field":"[^"]*","value":"[^"]*"'
status: 0
stdout:
| "rec_id":"LE.7","field":"board_action","value":"approved"
| "rec_id":"LE.8","field":"board_action","value":"rejected"

=== a header whose id column's cell ends with an id cell's text ("No. Recommendation 6": a first row set solid under a header that nothing sets apart, read as more of its lines) is said and kept in the rejects: that row's facts are lost, not silently
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"CCT status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"No. Recommendation 6","locator":"page 1, table 1, row 1, col 1","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Current status Not yet started","table":1,"row":0,"col":1}' '{"kind":"cell","text":"Recommendation 7","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Not yet started","table":1,"row":1,"col":1}' '{"kind":"cell","text":"Recommendation 8","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Complete","table":1,"row":2,"col":1}' | rw-match --rejects "$TMPDIR/rej.csv" | grep -c '"field":"status"' && cat "$TMPDIR/rej.csv"
status: 0
stdout:
| 2
| source,locator,reason,text
| t.pdf,"page 1, table 1, row 1, col 1",an id in the header,No. Recommendation 6
stderr:
| rw-match: t.pdf: page 1, table 1, row 1, col 1: the header cell "No. Recommendation 6" ends with a recommendation id: a row read with the header; not read
| rw-match: 1 item could not be read (see the rejects file)

=== a PDF's table set solid, read as rows line by line: a line with no id goes to the row below when a value of it reads whole only with the cell under it ("Passed through to the GNSO" over row 3's "Council"), and stays with the row above when one column says so ("Council" under row 1's "Passed through to the GNSO"), even where another says the other way (its "P2" beside row 2's empty priority); row 1's priority cell then holds two values, of which the first is read and the cell is said
cmd: rw-match tests/match/rows-either-way.jsonl | rw-fold | cut -d, -f1-6
status: 0
stdout:
| review,rec_id,board_action,board_action_date,status,priority
| SSR2,1,passed_through,,,P1
| SSR2,2,approved,,,
| SSR2,3,passed_through,,,P3
stderr:
| rw-match: rows.pdf: page 1, table 1, row 2, col 3: priority "P1 P2" holds two values; the first is read
| rw-match: 1 item could not be read

=== a cell spanning rows that a page break cut (tests/match/cut-span.jsonl): "Approved, subject to prioritization, costing and" at the foot of page 1 beside 12.3, "implementation considerations" at the top of page 2 beside 13.1 and, spanned, 13.2; the rest reads as a value only with the cell above it, so the rows it spans take the whole value, and 13.3's own value ends the span
cmd: rw-match tests/match/cut-span.jsonl | rw-fold | cut -d, -f2,3,5
status: 0
stdout:
| rec_id,board_action,status
| 12.2,approved,complete
| 12.3,approved,complete
| 13.1,approved,not_started
| 13.2,approved,in_progress
| 13.3,pending,complete
stderr:

=== ... and as two tables, the second on page 2 under the header printed again (tests/match/cut-span-tables.jsonl): the table goes on, and the rest of the cut cell at the top of page 2 is read with the row above it on page 1 the same way
cmd: rw-match tests/match/cut-span-tables.jsonl | rw-fold | cut -d, -f2,3,5
status: 0
stdout:
| rec_id,board_action,status
| 12.2,approved,complete
| 12.3,approved,complete
| 13.1,approved,not_started
| 13.2,approved,in_progress
| 13.3,pending,complete
stderr:

=== the same cells with every row on page 1: the rest of a cell is only read with the row above across a page break; here "implementation considerations" is a value of its own, which no rule reads, and is said
cmd: sed 's/page 2/page 1/; s/"page": 2/"page": 1/' tests/match/cut-span.jsonl | rw-match | rw-fold | cut -d, -f2,3
status: 0
stdout:
| rec_id,board_action
| 12.2,approved
| 12.3,approved
| 13.1,
| 13.2,
| 13.3,pending
stderr:
| rw-match: cut.pdf: page 1, table 1, row 4, col 2: board_action "implementation considerations" is not in the vocabulary (2 cells, this the first)
| rw-match: 2 items could not be read

=== ids with their descriptions in one column, a row's values set in the middle of its height: "Recommendation 17 Public working improve" over "the framework." beside 17's values; the line under the id, no id and no value, is the rest of the description the id cell began, and its row's values are 17's. Under a row that has its values ("Recommendation 19 ...") a line with no id is no such rest: said
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"SSR2 status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Recommendation","table":1,"row":0,"col":0,"header":true}' '{"kind":"cell","text":"Status","table":1,"row":0,"col":1,"header":true}' '{"kind":"cell","text":"Board action","table":1,"row":0,"col":2,"header":true}' '{"kind":"cell","text":"Recommendation 16 Review the group.","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Ongoing","table":1,"row":1,"col":1}' '{"kind":"cell","text":"Rejected","table":1,"row":1,"col":2}' '{"kind":"cell","text":"Recommendation 17 Public working improve","table":1,"row":2,"col":0}' '{"kind":"cell","text":"the framework.","table":1,"row":3,"col":0}' '{"kind":"cell","text":"In Progress","table":1,"row":3,"col":1}' '{"kind":"cell","text":"Approved","table":1,"row":3,"col":2}' '{"kind":"cell","text":"Recommendation 19 Publish it.","table":1,"row":4,"col":0}' '{"kind":"cell","text":"Complete","table":1,"row":4,"col":1}' '{"kind":"cell","text":"Pending","table":1,"row":4,"col":2}' '{"kind":"cell","text":"some note","locator":"page 1, table 1, row 6, col 1","table":1,"row":5,"col":0}' '{"kind":"cell","text":"Complete","table":1,"row":5,"col":1}' | rw-match | rw-fold | cut -d, -f2,3,5,8
status: 0
stdout:
| rec_id,board_action,status,description
| 16,rejected,in_progress,Review the group.
| 17,approved,in_progress,Public working improve the framework.
| 19,pending,complete,Publish it.
stderr:
| rw-match: t.pdf: page 1, table 1, row 6, col 1: cannot read a recommendation id from "some note"
| rw-match: 1 item could not be read

=== a PDF's table whose header is two rows nothing marks as header (tests/match/group-names.jsonl): the id and Board action names set in cells spanning both rows (so each row holds them), a group's name "Decision" over "Date approved", "Summary" and "Comments"; the second row is the header's too, though no [header] rule knows "Comments", since its id cell holds the id column's name, which no row of data does; and a column whose names joined ("Decision Summary") no rule reads is read by its own name under the group's ("Summary": the description)
cmd: rw-match tests/match/group-names.jsonl | rw-fold | cut -d, -f2-4,8
status: 0
stdout:
| rec_id,board_action,board_action_date,description
| 4.1,approved,2023-03-12,Publish the registrar audit figures each quarter.
| 4.2,pending,2023-03-12,Set a budget line for the data work.
| 5.1,rejected,2023-03-12,Open the working group's calls to observers.
stderr:

=== a Board action cell that starts with a whole priority and then holds its own value ("Not eligible for prioritization Accepted" under "Priority Board action": two columns a PDF reader set as one, their cells a word space apart, the header's too, and the Board action's name took the column) gives the priority to the row, which has none of its own, and reads its own value after it; a cell holding its own value alone stays as it is
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"ATRT3 implementation status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Recommendation","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Priority Board action","table":1,"row":0,"col":1}' '{"kind":"cell","text":"LE.6","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Not eligible for prioritization Accepted","table":1,"row":1,"col":1}' '{"kind":"cell","text":"LE.7","table":1,"row":2,"col":0}' '{"kind":"cell","text":"P2 Pending","locator":"page 1, table 1, row 3, col 2","table":1,"row":2,"col":1}' '{"kind":"cell","text":"LE.8","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Passed through to the GNSO Council","table":1,"row":3,"col":1}' | rw-match | rw-fold | cut -d, -f2,3,6
status: 0
stdout:
| rec_id,board_action,priority
| LE.6,approved,not_eligible
| LE.7,pending,P2
| LE.8,passed_through,
stderr:

=== a column of values that holds none in any of its rows, three or more (a status drawn as icons, which a printer left out), is said once, where its name stands; a column with a value in one row is not
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"SSR2 implementation status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Status","locator":"page 1, table 1, row 1, col 2","table":1,"row":0,"col":1}' '{"kind":"cell","text":"Priority","locator":"page 1, table 1, row 1, col 3","table":1,"row":0,"col":2}' '{"kind":"cell","text":"1.1","table":1,"row":1,"col":0}' '{"kind":"cell","text":"","table":1,"row":1,"col":1}' '{"kind":"cell","text":"P1","table":1,"row":1,"col":2}' '{"kind":"cell","text":"1.2","table":1,"row":2,"col":0}' '{"kind":"cell","text":"","table":1,"row":2,"col":1}' '{"kind":"cell","text":"","table":1,"row":2,"col":2}' '{"kind":"cell","text":"2.1","table":1,"row":3,"col":0}' '{"kind":"cell","text":"","table":1,"row":3,"col":1}' '{"kind":"cell","text":"","table":1,"row":3,"col":2}' | rw-match | rw-fold | cut -d, -f2,5,6
status: 0
stdout:
| rec_id,status,priority
| 1.1,,P1
stderr:
| rw-match: t.pdf: ?: recommendation 1.2 has no value beside it
| rw-match: t.pdf: ?: recommendation 2.1 has no value beside it
| rw-match: t.pdf: page 1, table 1, row 1, col 2: the status column "Status" holds no value in any of its 3 rows: values drawn as icons or images print no text; not read
| rw-match: 3 items could not be read

=== an id cell the page break cut ("Recommendation" at the foot of a page, as the column's header names it, "R7.2" at the top of the next) in a row whose values read whole only with the row under it ("Not eligible for" over "prioritization"; "Pending" beside an empty cell) is one row with it, not the header printed again; a row that repeats the header and nothing else still is
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"RDS-WHOIS2 implementation status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Recommendation","locator":"page 1, table 1, row 1, col 1","table":1,"row":0,"col":0,"page":1}' '{"kind":"cell","text":"Priority level","locator":"page 1, table 1, row 1, col 2","table":1,"row":0,"col":1,"page":1}' '{"kind":"cell","text":"Board action","locator":"page 1, table 1, row 1, col 3","table":1,"row":0,"col":2,"page":1}' '{"kind":"cell","text":"Recommendation R7.1","locator":"page 1, table 1, row 2, col 1","table":1,"row":1,"col":0,"page":1}' '{"kind":"cell","text":"Priority 1","locator":"page 1, table 1, row 2, col 2","table":1,"row":1,"col":1,"page":1}' '{"kind":"cell","text":"Passed through to the GNSO Council","locator":"page 1, table 1, row 2, col 3","table":1,"row":1,"col":2,"page":1}' '{"kind":"cell","text":"Recommendation","locator":"page 1, table 1, row 3, col 1","table":1,"row":2,"col":0,"page":1}' '{"kind":"cell","text":"Not eligible for","locator":"page 1, table 1, row 3, col 2","table":1,"row":2,"col":1,"page":1}' '{"kind":"cell","text":"Pending","locator":"page 1, table 1, row 3, col 3","table":1,"row":2,"col":2,"page":1}' '{"kind":"cell","text":"R7.2","locator":"page 2, table 1, row 4, col 1","table":1,"row":3,"col":0,"page":2}' '{"kind":"cell","text":"prioritization","locator":"page 2, table 1, row 4, col 2","table":1,"row":3,"col":1,"page":2}' '{"kind":"cell","text":"","locator":"page 2, table 1, row 4, col 3","table":1,"row":3,"col":2,"page":2}' '{"kind":"cell","text":"Recommendation","locator":"page 2, table 1, row 5, col 1","table":1,"row":4,"col":0,"page":2}' '{"kind":"cell","text":"Priority level","locator":"page 2, table 1, row 5, col 2","table":1,"row":4,"col":1,"page":2}' '{"kind":"cell","text":"Board action","locator":"page 2, table 1, row 5, col 3","table":1,"row":4,"col":2,"page":2}' '{"kind":"cell","text":"Recommendation R7.3","locator":"page 2, table 1, row 6, col 1","table":1,"row":5,"col":0,"page":2}' '{"kind":"cell","text":"P3","locator":"page 2, table 1, row 6, col 2","table":1,"row":5,"col":1,"page":2}' '{"kind":"cell","text":"Approve","locator":"page 2, table 1, row 6, col 3","table":1,"row":5,"col":2,"page":2}' | rw-match | rw-fold | cut -d, -f2,3,6
status: 0
stdout:
| rec_id,board_action,priority
| R7.1,passed_through,P1
| R7.2,pending,not_eligible
| R7.3,approved,P3
stderr:

=== a Board action cell that starts with a whole priority and then holds its own value, in a row that has a priority of its own ("P1" beside "Not eligible for prioritization Accepted"): the first value is said as a second value beside the row's own, and the cell, which then starts with no value of its own field, is not read; the row's own priority stays
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"ATRT3 implementation status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Recommendation","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Priority","table":1,"row":0,"col":1}' '{"kind":"cell","text":"Board action","table":1,"row":0,"col":2}' '{"kind":"cell","text":"LE.6","table":1,"row":1,"col":0}' '{"kind":"cell","text":"P1","table":1,"row":1,"col":1}' '{"kind":"cell","text":"Not eligible for prioritization Accepted","locator":"page 1, table 1, row 2, col 3","table":1,"row":1,"col":2}' | rw-match | rw-fold | cut -d, -f2,3,6
status: 0
stdout:
| rec_id,board_action,priority
| LE.6,,P1
stderr:
| rw-match: t.pdf: page 1, table 1, row 2, col 3: board_action "Not eligible for prioritization Accepted" holds a second value beside the row's own priority
| rw-match: t.pdf: page 1, table 1, row 2, col 3: board_action "Not eligible for prioritization Accepted" is not in the vocabulary
| rw-match: 2 items could not be read

=== a status cell holding two values of its field in other words ("In Progress Underway": the next row's value, set higher than its row's other cells, that a reader took into the row above) is said, though both read in_progress, and its first is read; the same words twice ("Completed Completed": one cell's text a printer set again past a page break) are not
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"CCT status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Status","table":1,"row":0,"col":1}' '{"kind":"cell","text":"16","table":1,"row":1,"col":0}' '{"kind":"cell","text":"In Progress Underway","locator":"page 1, table 1, row 2, col 2","table":1,"row":1,"col":1}' '{"kind":"cell","text":"17","table":1,"row":2,"col":0}' '{"kind":"cell","text":"","table":1,"row":2,"col":1}' '{"kind":"cell","text":"18","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Completed Completed","table":1,"row":3,"col":1}' | rw-match | rw-fold | cut -d, -f2,5
status: 0
stdout:
| rec_id,status
| 16,in_progress
| 18,complete
stderr:
| rw-match: t.pdf: page 1, table 1, row 2, col 2: status "In Progress Underway" holds two values; the first is read
| rw-match: t.pdf: ?: recommendation 17 has no value beside it
| rw-match: 2 items could not be read

=== an id cell holding a second id after its own ("Rec. 8.3 Rec. 9.1": two rows of a table without padding that wkhtmltopdf set a line apart, read as one), beside a cell that holds one value only, is the first id's row; the second id is said and kept in the rejects, not taken for the first's description
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"ATRT3 status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"No.","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Implementation Status","table":1,"row":0,"col":1}' '{"kind":"cell","text":"Rec. 8.1","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Underway","table":1,"row":1,"col":1}' '{"kind":"cell","text":"Rec. 8.3 Rec. 9.1","locator":"page 1, table 1, row 3, col 1","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Completed","table":1,"row":2,"col":1}' | rw-match --rejects "$TMPDIR/rej.csv" | rw-fold | cut -d, -f2,5,8 && cat "$TMPDIR/rej.csv"
status: 0
stdout:
| rec_id,status,description
| 8.1,in_progress,
| 8.3,complete,
| source,locator,reason,text
| t.pdf,"page 1, table 1, row 3, col 1",a second id in an id cell,Rec. 9.1
stderr:
| rw-match: t.pdf: page 1, table 1, row 3, col 1: the id cell holds "Rec. 9.1" after its id too: another row's id (rows read as one); not read
| rw-match: 1 item could not be read (see the rejects file)

=== rows of one line each that a reader set as one row ("Rec. 12.2 Rec. 12.3 Rec. 12.4" beside "In progress Partially implemented Not Started": a table without padding that wkhtmltopdf set a line apart) are as many rows when each cell holds as many whole values in turn, or none: each id its own
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"ATRT3 status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"No.","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Implementation Status","table":1,"row":0,"col":1}' '{"kind":"cell","text":"Priority","table":1,"row":0,"col":2}' '{"kind":"cell","text":"Rec. 12.2 Rec. 12.3 Rec. 12.4","table":1,"row":1,"col":0}' '{"kind":"cell","text":"In progress Partially implemented Not Started","table":1,"row":1,"col":1}' '{"kind":"cell","text":"","table":1,"row":1,"col":2}' | rw-match | rw-fold | cut -d, -f2,5,6
status: 0
stdout:
| rec_id,status,priority
| 12.2,in_progress,
| 12.3,in_progress,
| 12.4,not_started,
stderr:

=== rows set as one row ("Rec. 8.1 Rec. 8.2") whose cells are all empty (a status drawn as icons, which print nothing) are as many rows, each said as an id with no value beside it
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"ATRT3 status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"No.","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Implementation Status","table":1,"row":0,"col":1}' '{"kind":"cell","text":"Rec. 8.1 Rec. 8.2","locator":"page 1, table 1, row 2, col 1","table":1,"row":1,"col":0}' '{"kind":"cell","text":"","table":1,"row":1,"col":1}' | rw-match
status: 0
stdout:
stderr:
| rw-match: t.pdf: page 1, table 1, row 2, col 1: recommendation 8.1 has no value beside it
| rw-match: t.pdf: page 1, table 1, row 2, col 1: recommendation 8.2 has no value beside it
| rw-match: t.pdf: no recommendation read: no table or sentence in it names one
| rw-match: 2 items could not be read

=== rows of one line each that a reader set as one row, whose id cells hold their recommendations' words ("R10.3 - Group data ... compliance. R10.4 - Input publish ..." beside "Underway Ongoing"), are as many rows, each with its words and its value; a description that mentions a recommendation after a sentence's end ("... as before. R4.2 - see below") beside one value stays one row, unsaid
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"SSR2 status"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Recommendation","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Status","table":1,"row":0,"col":1}' '{"kind":"cell","text":"R10.3 - Group data make the report. R10.4 - Input publish input data.","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Underway Ongoing","table":1,"row":1,"col":1}' '{"kind":"cell","text":"R4.1 - Publish the figures as before. R4.2 - see below for the rest.","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Complete","table":1,"row":2,"col":1}' | rw-match | rw-fold | cut -d, -f2,5,8
status: 0
stdout:
| rec_id,status,description
| R4.1,complete,Publish the figures as before. R4.2 - see below for the rest.
| R10.3,in_progress,Group data make the report.
| R10.4,in_progress,Input publish input data.
stderr:

=== a text report's id cell that ends with a footnote mark's caret ("R5.5^"), its digits in the row under it ("6": a page break or a narrow cell cut the mark), is R5.5 with both rows' cells, not a row without an id and a recommendation 6; a caret the row under it does not end is said as before
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"CCT scorecard"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Priority","table":1,"row":0,"col":1}' '{"kind":"cell","text":"Board Decision","table":1,"row":0,"col":2}' '{"kind":"cell","text":"R5.5^","table":1,"row":1,"col":0}' '{"kind":"cell","text":"","table":1,"row":1,"col":1}' '{"kind":"cell","text":"","table":1,"row":1,"col":2}' '{"kind":"cell","text":"6","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Priority 1","table":1,"row":2,"col":1}' '{"kind":"cell","text":"Pending","table":1,"row":2,"col":2}' '{"kind":"cell","text":"R6.1^","locator":"page 1, table 1, row 4, col 1","table":1,"row":3,"col":0}' '{"kind":"cell","text":"P2","table":1,"row":3,"col":1}' '{"kind":"cell","text":"Approved","table":1,"row":3,"col":2}' '{"kind":"cell","text":"R7.1","table":1,"row":4,"col":0}' '{"kind":"cell","text":"P3","table":1,"row":4,"col":1}' '{"kind":"cell","text":"Rejected","table":1,"row":4,"col":2}' | rw-match | rw-fold | cut -d, -f2,3,6
status: 0
stdout:
| rec_id,board_action,priority
| R5.5,pending,P1
| R7.1,rejected,P3
stderr:
| rw-match: t.pdf: page 1, table 1, row 4, col 1: cannot read a recommendation id from "R6.1^"
| rw-match: 1 item could not be read

=== two id cells in a row that each end with a mark's caret ("R5.4^" over "R5.5^" over "6"): the first, which the row under it does not end, is said and let go; the second is ended by the row under it
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"CCT scorecard"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Board Decision","table":1,"row":0,"col":1}' '{"kind":"cell","text":"R5.1","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Approved","table":1,"row":1,"col":1}' '{"kind":"cell","text":"R5.2","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Approved","table":1,"row":2,"col":1}' '{"kind":"cell","text":"R5.4^","locator":"page 1, table 1, row 4, col 1","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Approved","table":1,"row":3,"col":1}' '{"kind":"cell","text":"R5.5^","table":1,"row":4,"col":0}' '{"kind":"cell","text":"","table":1,"row":4,"col":1}' '{"kind":"cell","text":"6","table":1,"row":5,"col":0}' '{"kind":"cell","text":"Pending","table":1,"row":5,"col":1}' | rw-match | rw-fold | cut -d, -f2,3
status: 0
stdout:
| rec_id,board_action
| R5.1,approved
| R5.2,approved
| R5.5,pending
stderr:
| rw-match: t.pdf: page 1, table 1, row 4, col 1: cannot read a recommendation id from "R5.4^"
| rw-match: 1 item could not be read

=== an id cell ending with a mark's caret in a table's last row ("R5.3^"), no row under it to end the mark, is said when the table ends, and its row is let go
cmd: printf '%s\n' '{"kind":"document","source":"t.pdf","format":"pdf","text":"CCT scorecard"}' '{"kind":"table","table":1}' '{"kind":"cell","text":"Rec #","table":1,"row":0,"col":0}' '{"kind":"cell","text":"Board Decision","table":1,"row":0,"col":1}' '{"kind":"cell","text":"R5.1","table":1,"row":1,"col":0}' '{"kind":"cell","text":"Approved","table":1,"row":1,"col":1}' '{"kind":"cell","text":"R5.2","table":1,"row":2,"col":0}' '{"kind":"cell","text":"Rejected","table":1,"row":2,"col":1}' '{"kind":"cell","text":"R5.3^","locator":"page 1, table 1, row 4, col 1","table":1,"row":3,"col":0}' '{"kind":"cell","text":"Pending","table":1,"row":3,"col":1}' | rw-match | rw-fold | cut -d, -f2,3
status: 0
stdout:
| rec_id,board_action
| R5.1,approved
| R5.2,rejected
stderr:
| rw-match: t.pdf: page 1, table 1, row 4, col 1: cannot read a recommendation id from "R5.3^"
| rw-match: 1 item could not be read
