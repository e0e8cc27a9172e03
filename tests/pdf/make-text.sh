#!/bin/sh
# make-text.sh - text-report.pdf for tests/cli/pdf-reading.t: a plain
# text file printed as it is, in Courier (enscript, then Ghostscript's
# ps2pdf), as reports from text systems are: a word space is a
# character's advance, 0.6 em, and columns line up with two spaces and
# more. Needs enscript and ghostscript (.ci/install-deps samples):
#     sh tests/pdf/make-text.sh
# The PDF is committed; tests never regenerate it.
set -e
here=$(cd "$(dirname "$0")" && pwd)
enscript -q -B -f Courier9 --margins=36:36:36:36 -p - "$here/text-report.txt" |
	ps2pdf - "$here/text-report.pdf"
