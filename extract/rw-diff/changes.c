/* changes.c - the changes between two indexed snapshots.
 *
 * Every record of NEW is looked up by key in OLD's hash index (no sort,
 * no quadratic step); what is left on either side is added or removed.
 * Among those, a removed and an added record of the same review with
 * the same (whitespace-folded, non-empty) description are one record
 * renumbered, provided neither side has another record with that
 * description: a second candidate makes the pairing a guess, so it is
 * not made.  Only the changes, a small part of the input, are sorted. */
#include "diff.h"

#include <stdlib.h>
#include <string.h>

const char *const change_kind_names[CH__COUNT] = {
	"added", "removed", "renumbered", "changed",
};

int same_text(const char *a, const char *b)
{
	if (!strcmp(a, b))
		return 1; /* the common case, without allocating */
	char *fa = rw_fold_ws(a), *fb = rw_fold_ws(b);
	int same = !strcmp(fa, fb);
	free(fa);
	free(fb);
	return same;
}

static struct change *add_change(struct changes *c, enum change_kind kind,
				 const char *review, const char *rec_id)
{
	c->v = rw_xgrow(c->v, &c->cap, c->n + 1, sizeof *c->v);
	struct change *ch = &c->v[c->n++];
	memset(ch, 0, sizeof *ch);
	ch->kind = kind;
	ch->review = review;
	ch->rec_id = rec_id;
	ch->field = -1;
	ch->rank = -1;
	c->count[kind]++;
	return ch;
}

/* A value that moves back to an earlier step of the field's [order] in
 * the rules file.  An empty new value only means that the new document
 * does not say, so it is no regression; nor is a value outside the
 * order. */
static int is_regression(rw_rules *order, int field, const char *old, const char *new)
{
	if (!order || rw_is_blank(new))
		return 0;
	const char *name = rw_record_cols[field];
	int to = rw_rules_rank(order, RW_R_ORDER, name, new);
	return to && to < rw_rules_rank(order, RW_R_ORDER, name, old);
}

struct side {
	const struct snapshot *s;
	size_t row;
};

static void compare_fields(struct side o, struct side n, const int *fields,
			   size_t nfields, struct changes *out)
{
	for (size_t f = 0; f < nfields; f++) {
		const char *a = snapshot_cell(o.s, o.row, fields[f]);
		const char *b = snapshot_cell(n.s, n.row, fields[f]);
		if (same_text(a, b))
			continue;
		struct change *ch = add_change(out, CH_CHANGED,
					       snapshot_cell(n.s, n.row, RW_RC_REVIEW),
					       snapshot_cell(n.s, n.row, RW_RC_REC_ID));
		ch->field = fields[f];
		ch->rank = (int)f;
		ch->old = a;
		ch->new = b;
		ch->regression = is_regression(out->order, fields[f], a, b);
	}
}

/* ---- renumbering --------------------------------------------------- */

/* Records left over on one side, with their folded descriptions. */
struct leftovers {
	const struct snapshot *s;
	size_t n, cap;
	size_t *row;
	char **desc;   /* folded; "" when empty */
	size_t *count; /* by first index: how many share its description */
	struct rw_hashset set;
};

struct desc_probe {
	const struct leftovers *l;
	const char *review, *desc;
};

static int same_desc(size_t i, const void *ctx)
{
	const struct desc_probe *p = ctx;
	return !strcmp(p->l->desc[i], p->desc) &&
	       !strcmp(snapshot_cell(p->l->s, p->l->row[i], RW_RC_REVIEW), p->review);
}

static struct rw_hs_slot *desc_find(const struct leftovers *l, const char *review,
				 const char *desc, uint64_t *h)
{
	struct desc_probe p = {l, review, desc};
	*h = rw_hs_hash(desc, rw_hs_hash(review, RW_HS_SEED));
	return rw_hs_find(&l->set, *h, same_desc, &p);
}

static void leftovers_add(struct leftovers *l, size_t row)
{
	size_t cap = l->cap;
	l->row = rw_xgrow(l->row, &cap, l->n + 1, sizeof *l->row);
	cap = l->cap;
	l->desc = rw_xgrow(l->desc, &cap, l->n + 1, sizeof *l->desc);
	l->cap = cap;
	l->row[l->n] = row;
	l->desc[l->n] = rw_fold_ws(snapshot_cell(l->s, row, RW_RC_DESCRIPTION));
	l->n++;
}

/* Hashes the descriptions and counts how many records share each. */
static void leftovers_index(struct leftovers *l)
{
	rw_hs_init(&l->set, l->n);
	l->count = rw_xcalloc(l->n, sizeof *l->count);
	for (size_t i = 0; i < l->n; i++) {
		if (!*l->desc[i])
			continue;
		uint64_t h;
		struct rw_hs_slot *e = desc_find(l, snapshot_cell(l->s, l->row[i], RW_RC_REVIEW),
					      l->desc[i], &h);
		size_t first = e->val;
		if (first == RW_HS_EMPTY) {
			first = i;
			rw_hs_add(&l->set, e, h, i); /* e is stale after this */
		}
		l->count[first]++;
	}
}

/* The only record of l with this review and description, or RW_HS_EMPTY. */
static size_t leftovers_unique(const struct leftovers *l, const char *review, const char *desc)
{
	uint64_t h;
	size_t i = desc_find(l, review, desc, &h)->val;
	return i != RW_HS_EMPTY && l->count[i] == 1 ? i : RW_HS_EMPTY;
}

static void leftovers_free(struct leftovers *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->desc[i]);
	free(l->desc);
	free(l->row);
	free(l->count);
	rw_hs_free(&l->set);
}

/* Pairs gone and new records into renumberings; what is not paired is
 * removed or added. */
static void pair_leftovers(struct leftovers *gone, struct leftovers *fresh,
			   const int *fields, size_t nfields, struct changes *out)
{
	leftovers_index(gone);
	leftovers_index(fresh);
	char *paired = rw_xcalloc(gone->n, 1);
	for (size_t i = 0; i < fresh->n; i++) {
		const char *review = snapshot_cell(fresh->s, fresh->row[i], RW_RC_REVIEW);
		const char *id = snapshot_cell(fresh->s, fresh->row[i], RW_RC_REC_ID);
		size_t g = *fresh->desc[i] && fresh->count[i] == 1
			? leftovers_unique(gone, review, fresh->desc[i]) : RW_HS_EMPTY;
		if (g == RW_HS_EMPTY) {
			add_change(out, CH_ADDED, review, id);
			continue;
		}
		paired[g] = 1;
		const char *old_id = snapshot_cell(gone->s, gone->row[g], RW_RC_REC_ID);
		struct change *ch = add_change(out, CH_RENUMBERED, review, old_id);
		ch->field = RW_RC_REC_ID;
		ch->old = old_id;
		ch->new = id;
		compare_fields((struct side){gone->s, gone->row[g]},
			       (struct side){fresh->s, fresh->row[i]}, fields, nfields, out);
	}
	for (size_t g = 0; g < gone->n; g++)
		if (!paired[g])
			add_change(out, CH_REMOVED,
				   snapshot_cell(gone->s, gone->row[g], RW_RC_REVIEW),
				   snapshot_cell(gone->s, gone->row[g], RW_RC_REC_ID));
	free(paired);
}

/* ---- the whole comparison -------------------------------------------- */

/* The order of recwatch(5): review, rec_id in natural order, then the field (the
 * renumbering, whose field is rec_id, before the others). */
static int change_cmp(const void *a, const void *b)
{
	const struct change *x = a, *y = b;
	int c = strcmp(x->review, y->review);
	if (!c)
		c = rw_natcmp(x->rec_id, y->rec_id);
	if (!c)
		c = (x->rank > y->rank) - (x->rank < y->rank);
	return c;
}

/* Looking NEW's rows up in OLD's index is bound by memory latency: each
 * lookup lands on a random slot, then on a random row of OLD.  Rows go
 * in batches whose reads are requested ahead, step by step, so that the
 * waits of a batch overlap.  The lookup itself stays exact. */
enum { BATCH = 32 };

static void match_batch(const struct snapshot *old, const struct snapshot *new,
			size_t first, size_t n, size_t *found)
{
	uint64_t h[BATCH];
	for (size_t k = 0; k < n; k++)
		h[k] = snapshot_key_hash(snapshot_cell(new, first + k, RW_RC_REVIEW),
					 snapshot_cell(new, first + k, RW_RC_REC_ID));
	for (int step = 0; step < 3; step++)
		for (size_t k = 0; k < n; k++)
			snapshot_prefetch(old, h[k], step);
	for (size_t k = 0; k < n; k++)
		found[k] = snapshot_find(old, snapshot_cell(new, first + k, RW_RC_REVIEW),
					 snapshot_cell(new, first + k, RW_RC_REC_ID));
}

void changes_find(const struct snapshot *old, const struct snapshot *new,
		  const int *fields, size_t nfields, rw_rules *order, struct changes *out)
{
	memset(out, 0, sizeof *out);
	out->order = order;
	char *matched = rw_xcalloc(old->rows.n, 1);
	struct leftovers gone = {.s = old}, fresh = {.s = new};
	for (size_t first = 0; first < new->rows.n; first += BATCH) {
		size_t found[BATCH], n = new->rows.n - first < BATCH ? new->rows.n - first : BATCH;
		match_batch(old, new, first, n, found);
		for (size_t k = 0; k < n; k++) {
			if (found[k] == RW_HS_EMPTY) {
				leftovers_add(&fresh, first + k);
				continue;
			}
			matched[found[k]] = 1;
			compare_fields((struct side){old, found[k]}, (struct side){new, first + k},
				       fields, nfields, out);
		}
	}
	for (size_t row = 0; row < old->rows.n; row++)
		if (!matched[row])
			leftovers_add(&gone, row);
	free(matched);
	pair_leftovers(&gone, &fresh, fields, nfields, out);
	leftovers_free(&gone);
	leftovers_free(&fresh);
	if (out->n > 1) /* v is NULL when there is nothing to sort */
		qsort(out->v, out->n, sizeof *out->v, change_cmp);
}

void changes_free(struct changes *c)
{
	free(c->v);
	memset(c, 0, sizeof *c);
}
