# lib.sh - helpers of the store tests (sourced from the top of the tree,
# with bin/ first on PATH, as tests/run-cli.sh runs them).
set -u
tmp=${TMPDIR:-/tmp}
q() { /usr/bin/python3 tests/store/dbq.py "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
# The store is whole: SQLite finds no damage.
intact() { [ "$(q "$1" 'PRAGMA integrity_check')" = ok ] || fail "$1: integrity_check: $(q "$1" 'PRAGMA integrity_check')"; }
ndocs() { q "$1" 'SELECT count(*) FROM document'; }
# Everything a store holds, as one checksum.
digest() { { q "$1" 'SELECT * FROM ingest ORDER BY id'; q "$1" 'SELECT * FROM document ORDER BY id';
	q "$1" 'SELECT * FROM fact ORDER BY document, seq'; } | sha256sum; }
# make_docs DIR FROM TO: distinct copies of a status page (a comment
# makes each one new content).
make_docs() {
	mkdir -p "$1"
	for i in $(seq "$2" "$3"); do
		{ cat samples/cct-status/status-2023-01.html; echo "<!-- copy $i -->"; } >"$1/doc-$i.html"
	done
}
