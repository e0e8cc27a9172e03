#!/bin/sh
# make-groff-words.sh - groff-words.pdf for tests/cli/pdf-reading.t: a
# justified groff -ms page in Helvetica, whose kerning leaves gaps of a
# fraction of a point inside words ("quar terly", "Suppor t") where
# poppler puts word breaks. Needs groff and ghostscript (ps2pdf):
#     sh tests/pdf/make-groff-words.sh
# The PDF is committed; tests never regenerate it.
set -e
here=$(cd "$(dirname "$0")" && pwd)
ms=$(mktemp); trap 'rm -f "$ms"' EXIT
cat >"$ms" <<'MS'
.nr PS 9
.fam H
.TL
Quarterly report on support
.PP
The review team will report quarterly on the support it gives to the
registry, and publish the report with its quarterly figures. Support
staff report to the team; the report covers every quarterly period.
.PP
Recommendation 4.2: the Board should support a quarterly report of
the contract compliance figures, as the team's report asks.
MS
groff -k -ms -Tps -P-pletter "$ms" | ps2pdf -sPAPERSIZE=letter - "$here/groff-words.pdf"
