# recwatch convert: snapshots between CSV, JSON and JSON Lines.

=== CSV to JSON validates, and back to CSV gives the same bytes
cmd: recwatch convert -f json samples/ssr2/review-page.expected.csv > $TMPDIR/s.json && /usr/bin/python3 tests/validate-json.py schema/record.schema.json array $TMPDIR/s.json >/dev/null && recwatch convert $TMPDIR/s.json
status: 0
stdout-file: samples/ssr2/review-page.expected.csv

=== JSON Lines from standard input
cmd: recwatch extract -f jsonl samples/rds-whois2/status-2022-12.html | recwatch convert -
status: 0
stdout-file: samples/rds-whois2/status-2022-12.expected.csv

=== a snapshot without the record columns is refused; the others are still written
cmd: recwatch convert samples/cct-status/expected-diff.csv samples/rds-whois2/status-2022-12.expected.csv
status: 1
stdout-file: samples/rds-whois2/status-2022-12.expected.csv
stderr-has: recwatch: samples/cct-status/expected-diff.csv:
