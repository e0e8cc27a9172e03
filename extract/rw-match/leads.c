/* leads.c - table rows read as lines, whose values went unread.
 *
 * A block in which one recommendation is named the way a row's first
 * cell names it (the rules' [idlead]) and is followed at once by a
 * value of the cell vocabularies ("Recommendation 5.2 Not started ...")
 * is how a table's row looks when a reader could not see the table, or
 * not its columns (a paragraph, or one cell holding the row).  A block
 * that is nothing but such rows, their values whole, is read as them
 * (valuelist.c, row_line); for the others, when that
 * recommendation gives no fact anywhere in the document and its block
 * was not reported already (a cell whose id could not be read), its
 * value was lost: each such block goes to the rejects, and the document
 * gets one line naming them.  So is a row printed a cell a line: a
 * paragraph that is an id cell alone (and no value that reads as one,
 * "P3"), the next wholly a value.
 * The leads are found as the blocks come in, while the document is read
 * (rw-match.c), so a fact may come before the lead that names its id:
 * each fact notes its id, each report its locator, and the document's
 * end looks the leads up among them. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

struct lead {
	size_t block; /* its block, in d->b */
	char *id;
	size_t first; /* the first lead of the same id */
};

struct leads {
	struct lead *l;
	size_t n, cap;
	struct rw_hashset ids;    /* id -> its first lead */
	struct rw_hashset blocks; /* a lead's locator -> the lead (the last) */
	struct rw_hashset read;   /* ids that gave a fact */
	struct rw_hashset said;   /* locators reported by the reader of their kind */
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

static struct leads *leads_of(struct doc *d)
{
	struct leads *s = d->leads;
	if (!s) {
		s = d->leads = rw_xcalloc(1, sizeof *s);
		rw_hs_init(&s->ids, 0);
		rw_hs_init(&s->blocks, 0);
		rw_hs_init(&s->read, 0);
		rw_hs_init(&s->said, 0);
	}
	return s;
}

/* Notes text (by its hash) in set. */
static void note(struct rw_hashset *set, const char *text)
{
	uint64_t h = rw_hs_hash(text, RW_HS_SEED);
	struct rw_hs_slot *e = rw_hs_find(set, h, any, NULL);
	if (e->val == RW_HS_EMPTY)
		rw_hs_add(set, e, h, 1);
}

static int noted(const struct rw_hashset *set, const char *text)
{
	return rw_hs_find(set, rw_hs_hash(text, RW_HS_SEED), any, NULL)->val != RW_HS_EMPTY;
}

static void add_lead(struct leads *s, const struct blk *b, size_t block, char *id)
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
	s->l[s->n++] = (struct lead){block, id, first};
}

void leads_in(struct matcher *m, struct doc *d, size_t i)
{
	const struct blk *b = &d->b[i];
	if (!leads_block(b))
		return;
	/* the value first: most paragraphs are none, and the one before
	 * is then looked at only under a value */
	const struct blk *before = i > 0 ? &d->b[i - 1] : NULL;
	if (before && b->kind == RW_BLK_PARAGRAPH && is_value(m, b->text) &&
	    before->kind == RW_BLK_PARAGRAPH && before->text && !is_value(m, before->text)) {
		char *id = rw_id_from_cell(m->rules, before->text);
		if (id)
			add_lead(leads_of(d), before, i - 1, id);
	}
	rw_hit h;
	size_t len = strlen(b->text), from, to;
	for (size_t at = 0; at < len &&
	     rw_rules_search(m->rules, RW_R_IDLEAD, NULL, b->text, len, at, &h) &&
	     rw_hit_group(&h, "id", &from, &to); at = h.end > at ? h.end : at + 1)
		if (value_starts(m, b->text + h.end))
			add_lead(leads_of(d), b, i, rw_xstrndup(b->text + from, to - from));
}

void leads_read(struct doc *d, const char *id)
{
	note(&leads_of(d)->read, id);
}

void leads_said(struct doc *d, const char *locator)
{
	if (locator)
		note(&leads_of(d)->said, locator);
}

int leads_id_read(struct doc *d, const char *id)
{
	return noted(&leads_of(d)->read, id);
}

int leads_locator_said(struct doc *d, const char *locator)
{
	return locator && noted(&leads_of(d)->said, locator);
}

/* Whether lead i's block was reported: the last lead of its block's
 * locator stands for the block. */
static int lead_said(const struct leads *s, const struct blk *b, size_t i)
{
	if (!b->locator || !noted(&s->said, b->locator))
		return 0;
	return rw_hs_find(&s->blocks, rw_hs_hash(b->locator, RW_HS_SEED), any, NULL)->val == i;
}

void leads_report(struct matcher *m, struct doc *d)
{
	struct leads *s = d->leads;
	if (!s)
		return;
	rw_buf ids = {0};
	size_t unread = 0, named = 0, first = 0;
	for (size_t i = 0; i < s->n; i++) {
		const struct lead *l = &s->l[i];
		const struct blk *b = &d->b[l->block];
		/* a reject below notes its locator too: a block's last lead
		 * is not said again */
		if (noted(&s->read, l->id) || lead_said(s, b, i))
			continue;
		reject_quietly(m, d, b->locator, "a row read as a line: its values were not read",
			       b->text);
		explain(m, "  %s: not read: names recommendation %s with a value, as a row does; "
			"it gives no fact",
			b->locator ? b->locator : "?", l->id);
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
			d->b[s->l[first].block].locator ? d->b[s->l[first].block].locator : "?");
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
	rw_hs_free(&s->read);
	rw_hs_free(&s->said);
	free(s);
	d->leads = NULL;
}
