/* leads.c - table rows read as lines, whose values went unread.
 *
 * A block in which one recommendation is named the way a row's first
 * cell names it (the rules' [idlead]) and is followed at once by a
 * value of the cell vocabularies ("Recommendation 5.2 Not started ...")
 * is how a table's row looks when a reader could not see the table, or
 * not its columns (a paragraph, or one cell holding the row).  When that
 * recommendation gives no fact anywhere in the document and its block
 * was not reported already (a cell whose id could not be read), its
 * value was lost: each such block goes to the rejects, and the document
 * gets one line naming them.
 * The leads are found before the document is read (it is buffered
 * whole), so that each fact only marks its id. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

struct lead {
	const struct blk *b;
	char *id;
	size_t first; /* the first lead of the same id: it holds `read` */
	int read;
	int said;     /* its block was reported by the reader of its kind */
};

struct leads {
	struct lead *l;
	size_t n, cap;
	struct rw_hashset ids;    /* id -> its first lead */
	struct rw_hashset blocks; /* a lead's locator -> the lead (the last) */
};

/* The ids are told apart by their 64-bit hash: two ids sharing one
 * would at worst keep a line out of the report. */
static int any(size_t val, const void *ctx)
{
	(void)val, (void)ctx;
	return 1;
}

/* A row read into one cell starts in the table's first column. */
static int leads_block(const struct blk *b)
{
	return b->text && (b->kind == RW_BLK_PARAGRAPH || b->kind == RW_BLK_ITEM ||
			   b->kind == RW_BLK_HEADING || (b->kind == RW_BLK_CELL && b->col == 0));
}


static void add_lead(struct leads *s, const struct blk *b, char *id)
{
	uint64_t h = rw_hs_hash(id, RW_HS_SEED);
	struct rw_hs_slot *e = rw_hs_find(&s->ids, h, any, NULL);
	size_t first = s->n;
	if (e->val == RW_HS_EMPTY)
		rw_hs_add(&s->ids, e, h, first);
	else
		first = e->val;
	if (b->locator) {
		uint64_t bh = rw_hs_hash(b->locator, RW_HS_SEED);
		e = rw_hs_find(&s->blocks, bh, any, NULL);
		if (e->val == RW_HS_EMPTY)
			rw_hs_add(&s->blocks, e, bh, s->n);
		else
			e->val = s->n;
	}
	s->l = rw_xgrow(s->l, &s->cap, s->n + 1, sizeof *s->l);
	s->l[s->n++] = (struct lead){b, id, first, 0, 0};
}

/* Whether a value of a cell vocabulary starts text (as the cell after
 * an id cell would). */
static int value_starts(struct matcher *m, const char *text)
{
	static const enum rw_rsec vocab[] = {RW_R_STATUS, RW_R_BOARD_ACTION, RW_R_PRIORITY};
	rw_hit h;
	for (size_t v = 0; v < sizeof vocab / sizeof *vocab; v++)
		if (rw_rules_search(m->rules, vocab[v], NULL, text, strlen(text), 0, &h))
			return 1;
	return 0;
}

void leads_find(struct matcher *m, struct doc *d)
{
	struct leads *s = NULL;
	for (size_t i = 0; i < d->n; i++) {
		const struct blk *b = &d->b[i];
		if (!leads_block(b))
			continue;
		rw_hit h;
		size_t len = strlen(b->text), from, to;
		for (size_t at = 0; at < len &&
		     rw_rules_search(m->rules, RW_R_IDLEAD, NULL, b->text, len, at, &h) &&
		     rw_hit_group(&h, "id", &from, &to); at = h.end > at ? h.end : at + 1) {
			if (!value_starts(m, b->text + h.end))
				continue;
			if (!s) {
				s = d->leads = rw_xcalloc(1, sizeof *s);
				rw_hs_init(&s->ids, 0);
				rw_hs_init(&s->blocks, 0);
			}
			add_lead(s, b, rw_xstrndup(b->text + from, to - from));
		}
	}
}

void leads_read(struct doc *d, const char *id)
{
	struct leads *s = d->leads;
	if (!s)
		return;
	struct rw_hs_slot *e = rw_hs_find(&s->ids, rw_hs_hash(id, RW_HS_SEED), any, NULL);
	if (e->val != RW_HS_EMPTY)
		s->l[e->val].read = 1;
}

void leads_said(struct doc *d, const char *locator)
{
	struct leads *s = d->leads;
	if (!s || !locator)
		return;
	struct rw_hs_slot *e = rw_hs_find(&s->blocks, rw_hs_hash(locator, RW_HS_SEED), any, NULL);
	if (e->val != RW_HS_EMPTY)
		s->l[e->val].said = 1;
}

/* The ids named in the line, at most this many (the rest counted). */
#define NAMED_IDS 5

void leads_report(struct matcher *m, struct doc *d)
{
	struct leads *s = d->leads;
	if (!s)
		return;
	rw_buf ids = {0};
	size_t unread = 0, named = 0, first = 0;
	for (size_t i = 0; i < s->n; i++) {
		const struct lead *l = &s->l[i];
		if (s->l[l->first].read || l->said)
			continue;
		reject_quietly(m, d, l->b->locator, "a row read as a line: its values were not read",
			       l->b->text);
		explain(m, "  %s: not read: names recommendation %s with a value, as a row does; "
			"it gives no fact",
			l->b->locator ? l->b->locator : "?", l->id);
		if (!unread++)
			first = i;
		if (l->first == i && named++ < NAMED_IDS)
			rw_buf_addf(&ids, "%s%s", named > 1 ? ", " : "", l->id);
	}
	if (unread) {
		char *list = rw_buf_take(&ids);
		rw_warn(d->source, "%zu line%s name%s a recommendation and a value as a table row "
			"does, and nothing was read for it: %s%s (first: %s)", unread,
			unread == 1 ? "" : "s", unread == 1 ? "s" : "",
			list, named > NAMED_IDS ? ", ..." : "",
			s->l[first].b->locator ? s->l[first].b->locator : "?");
		free(list);
	}
}

void leads_free(struct doc *d)
{
	struct leads *s = d->leads;
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		free(s->l[i].id);
	free(s->l);
	rw_hs_free(&s->ids);
	rw_hs_free(&s->blocks);
	free(s);
	d->leads = NULL;
}
