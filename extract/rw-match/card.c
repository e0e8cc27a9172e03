/* card.c - a recommendation laid out as a card, as content management
 * systems publish them: a heading that names one recommendation
 * ("Recommendation 5.4: Publish security reports") and under it lines
 * "Status: In progress", "Board action: Approved", "Priority: P1".  Each
 * line is a table row in other clothes: its label maps to a field by the
 * [header] rules, its value by the field's vocabulary.  The card holds up
 * to the next heading of its level or higher. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

void card_heading(struct matcher *m, struct walk *w, const struct blk *b, int level)
{
	if (w->card_id && level <= w->card_level) {
		free(w->card_id);
		w->card_id = NULL;
	}
	const char *text = b->text ? b->text : "";
	size_t len = strlen(text), at = strspn(text, " ");
	rw_hit h;
	if (!rw_rules_at(m->rules, RW_R_CONTEXT, NULL, text, len, at, &h))
		return;
	rw_idlist l = {0};
	char *bad = NULL;
	rw_id_list(m->rules, text, len, h.end, &l, &bad);
	free(bad);
	if (l.n == 1) {
		free(w->card_id);
		w->card_id = rw_xstrdup(l.v[0]);
		w->card_level = level;
		explain(m, "  %s: a card for recommendation %s: its \"label: value\" lines are read",
			b->locator ? b->locator : "?", w->card_id);
	}
	rw_idlist_free(&l);
}

/* The field a label names ([header], the id excluded); -1 when none. */
static int label_field(struct matcher *m, const char *label)
{
	size_t next = 0;
	const char *key;
	while ((key = rw_rules_classify_next(m->rules, RW_R_HEADER, label, &next))) {
		int f = rw_field_parse(key);
		if (f >= 0)
			return f;
	}
	return -1;
}

int card_line(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b)
{
	const char *text = b->text ? b->text : "";
	rw_hit h;
	size_t ls, le, vs, ve;
	if (!w->card_id || !rw_rules_search(m->rules, RW_R_VALUELIST, "label", text, strlen(text), 0, &h) ||
	    !rw_hit_group(&h, "label", &ls, &le) || !rw_hit_group(&h, "value", &vs, &ve))
		return 0;
	char *label = rw_xstrndup(text + ls, le - ls), *raw = rw_xstrndup(text + vs, ve - vs);
	int f = label_field(m, label);
	const char *value = raw;
	if (f == RW_F_BOARD_ACTION || f == RW_F_STATUS || f == RW_F_PRIORITY) {
		value = rw_rules_classify(m->rules, vocab_of((enum rw_field)f), raw);
		if (!value && !rw_rules_classify(m->rules, RW_R_EMPTY, raw))
			tally_unmapped(m, d, (enum rw_field)f, raw, b->locator);
	}
	if (f >= 0 && value) {
		char own[RW_ISO_DATE_SIZE];
		const char *from = NULL, *date;
		if (f == RW_F_BOARD_ACTION)
			date = rw_rules_date(m->rules, raw, strlen(raw), 0, own, NULL, NULL) ? own : w->governs;
		else
			date = walk_asof(d, w, &from);
		emit_fact(m, d, current_review(m, d, w), w->card_id, (enum rw_field)f, value, raw, date,
			  b->locator);
	}
	free(label);
	free(raw);
	return f >= 0 && value;
}
