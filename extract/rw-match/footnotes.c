/* footnotes.c - footnote marks out of a block's text before it is read.
 *
 * A scorecard marks a value, an id or a sentence with its footnote's
 * number, which the readers write as superscript digits ("Approved³",
 * "1.1¹"). Read as they stand, the value is outside the vocabulary and
 * "2.1⁶" no id; the rules' [mark] footnote says what a mark is, and
 * every match goes before the block is kept. The footnote's own text is
 * a paragraph of its own, read as any other. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

void marks_out(struct matcher *m, rw_block *b)
{
	if (!b->text)
		return;
	size_t len = strlen(b->text), from = 0, kept = 0;
	rw_buf out = {0};
	rw_hit hit;
	while (from < len && rw_rules_search(m->rules, RW_R_MARK, "footnote", b->text, len, from, &hit)) {
		if (hit.end == hit.start) { /* a pattern that matches nothing: step on */
			from = hit.end + 1;
			continue;
		}
		rw_buf_add(&out, b->text + kept, hit.start - kept);
		rw_buf_addc(&out, ' '); /* "¹ A note" and "one¹two" keep a space */
		kept = from = hit.end;
	}
	if (!kept) {
		rw_buf_free(&out);
		return;
	}
	rw_buf_add(&out, b->text + kept, len - kept);
	free(b->text);
	b->text = rw_fold_ws(out.s);
	rw_buf_free(&out);
}
