#!/bin/sh
# make-ruled-columns.sh - ruled-columns.pdf for tests/cli/pdf-reading.t:
# a table printed by Chromium whose columns are ruled and whose rows are
# not (a rule under the header and round the table, none between the
# rows of the body), from ruled-columns.html. Needs chromium:
#     sh tests/pdf/make-ruled-columns.sh
# The PDF is committed; tests never regenerate it.
set -e
here=$(cd "$(dirname "$0")" && pwd)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	--print-to-pdf="$here/ruled-columns.pdf" "file://$here/ruled-columns.html" 2>/dev/null
