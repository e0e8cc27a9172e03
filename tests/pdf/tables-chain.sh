#!/bin/sh
# tables-chain.sh tables [-f csv|json] [rw-pdf options] PDF
# Stands in for `recwatch tables` so that the tabula conformance suite
# scores the reader itself: rw-pdf ... | rw-tables -f FMT.
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=$here/${BIN:-bin}
[ "$1" = tables ] && shift
fmt=csv
if [ "$1" = -f ]; then fmt=$2; shift 2; fi
tmp=$(mktemp) || exit 2
trap 'rm -f "$tmp"' EXIT
"$bin/rw-pdf" "$@" >"$tmp" || exit $?
"$bin/rw-tables" -f "$fmt" "$tmp"
