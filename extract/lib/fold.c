/* fold.c - facts to records.
 *
 * The rule of recwatch(5), field by field: the fact with the latest date wins; on
 * equal dates, or when both are undated, the later one in input order
 * wins; a dated fact beats an undated one.  Since facts arrive in input
 * order, "later" is simply "arrived later", so each field keeps only its
 * current winner and the date it won with. */
#include "rwlib.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* One record being folded.  The strings that repeat from record to
 * record (review, dates, values of the vocabularies, a single source)
 * are the folder's shared copies: a page of 38,400 recommendations made
 * some 300,000 small allocations.  A list of sources is the record's
 * own: it grows a document at a time, and each step shared would stay. */
struct slot {
	rw_record rec; /* rec_id, description and update are the slot's own */
	char *date[RW_F__COUNT]; /* date of each field's winning fact; NULL: none yet */
	int own_sources;         /* rec's sources is a list of its own, not shared */
};

/* Strings kept once, by value. */
struct pool {
	char **v;
	size_t n, cap;
	struct rw_hashset index;
	char *last; /* the string last asked for: facts in a row share most */
};

struct rw_folder {
	struct slot *v;
	size_t n, cap;
	struct rw_hashset index; /* slot numbers by (review, rec_id) */
	size_t last;             /* the slot of the last fact: a record's facts come together */
	struct pool shared;
	rw_record *out;
};

/* The columns whose strings are the slot's own, not the pool's. */
static int own_col(enum rw_record_col c)
{
	return c == RW_RC_REC_ID || c == RW_RC_DESCRIPTION || c == RW_RC_UPDATE;
}

static const enum rw_record_col field_col[RW_F__COUNT] = {
	[RW_F_BOARD_ACTION] = RW_RC_BOARD_ACTION,
	[RW_F_STATUS] = RW_RC_STATUS,
	[RW_F_PRIORITY] = RW_RC_PRIORITY,
	[RW_F_DESCRIPTION] = RW_RC_DESCRIPTION,
	[RW_F_UPDATE] = RW_RC_UPDATE,
};

static const char *str(const char *s) { return s ? s : ""; }

/* Records a folder starts with room for in its index (it grows). */
#define FOLDER_START_RECORDS 512

/* Distinct repeated strings a folder starts with room for (it grows). */
#define POOL_START_STRINGS 64

rw_folder *rw_folder_new(void)
{
	rw_folder *fo = rw_xcalloc(1, sizeof *fo);
	rw_hs_init(&fo->index, FOLDER_START_RECORDS);
	rw_hs_init(&fo->shared.index, POOL_START_STRINGS);
	return fo;
}

struct pool_probe {
	const struct pool *p;
	const char *s;
};

static int same_string(size_t i, const void *ctx)
{
	const struct pool_probe *k = ctx;
	return !strcmp(k->p->v[i], k->s);
}

/* The pool's copy of s. */
static char *shared(struct pool *p, const char *s)
{
	if (p->last && !strcmp(p->last, s))
		return p->last;
	struct pool_probe k = {p, s};
	uint64_t h = rw_hs_hash(s, RW_HS_SEED);
	struct rw_hs_slot *e = rw_hs_find(&p->index, h, same_string, &k);
	size_t i = e->val;
	if (i == RW_HS_EMPTY) {
		p->v = rw_xgrow(p->v, &p->cap, p->n + 1, sizeof *p->v);
		p->v[i = p->n++] = rw_xstrdup(s);
		rw_hs_add(&p->index, e, h, i);
	}
	return p->last = p->v[i];
}

struct key_probe {
	const rw_folder *fo;
	const char *review, *id;
};

static int same_key(size_t slot, const void *ctx)
{
	const struct key_probe *k = ctx;
	const rw_record *r = &k->fo->v[slot].rec;
	return !strcmp(r->v[RW_RC_REC_ID], k->id) && !strcmp(r->v[RW_RC_REVIEW], k->review);
}

static struct slot *slot_for(rw_folder *fo, const char *review, const char *id)
{
	struct key_probe k = {fo, review, id};
	if (fo->last < fo->n && same_key(fo->last, &k))
		return &fo->v[fo->last];
	uint64_t h = rw_hs_hash(id, rw_hs_hash(review, RW_HS_SEED));
	struct rw_hs_slot *e = rw_hs_find(&fo->index, h, same_key, &k);
	if (e->val != RW_HS_EMPTY)
		return &fo->v[fo->last = e->val];
	fo->v = rw_xgrow(fo->v, &fo->cap, fo->n + 1, sizeof *fo->v);
	struct slot *s = &fo->v[fo->n];
	memset(s, 0, sizeof *s);
	s->rec.v[RW_RC_REVIEW] = shared(&fo->shared, review);
	s->rec.v[RW_RC_REC_ID] = rw_xstrdup(id);
	rw_hs_add(&fo->index, e, h, fo->last = fo->n++);
	return s;
}

/* Does a fact dated `date` win over the current one dated `cur`? */
static int wins(const char *date, const char *cur)
{
	if (!*date)
		return !*cur;
	return strcmp(date, cur) >= 0; /* ISO dates order as strings */
}

static void add_source(struct pool *p, struct slot *s, const char *src)
{
	char *have = s->rec.v[RW_RC_SOURCES];
	if (!*src)
		return;
	if (have) {
		/* sources are few per record: a linear look is cheap */
		size_t n = strlen(src);
		for (const char *q = have; q; q = strchr(q, ';')) {
			if (*q == ';')
				q++;
			if (!strncmp(q, src, n) && (q[n] == ';' || !q[n]))
				return;
		}
		s->rec.v[RW_RC_SOURCES] = rw_xasprintf("%s;%s", have, src);
		if (s->own_sources)
			free(have);
		s->own_sources = 1;
	} else {
		s->rec.v[RW_RC_SOURCES] = shared(p, src);
	}
}

void rw_folder_add(rw_folder *fo, const rw_fact *f)
{
	int field = rw_field_parse(str(f->v[RW_FC_FIELD]));
	if (field < 0 || !f->v[RW_FC_REC_ID] || !*f->v[RW_FC_REC_ID])
		return;
	struct slot *s = slot_for(fo, str(f->v[RW_FC_REVIEW]), f->v[RW_FC_REC_ID]);
	add_source(&fo->shared, s, str(f->v[RW_FC_SOURCE]));
	const char *date = str(f->v[RW_FC_DATE]);
	if (s->date[field] && !wins(date, s->date[field]))
		return;
	s->date[field] = shared(&fo->shared, date);
	enum rw_record_col col = field_col[field];
	const char *value = str(f->v[RW_FC_VALUE]);
	if (own_col(col)) {
		free(s->rec.v[col]);
		s->rec.v[col] = rw_xstrdup(value);
	} else {
		s->rec.v[col] = shared(&fo->shared, value);
	}
}

static int record_ptr_cmp(const void *a, const void *b)
{
	return rw_record_cmp(*(const rw_record *const *)a, *(const rw_record *const *)b);
}

/* Records are sorted as pointers (a record is 80 bytes, which the sort
 * would move at every step of its merges), and only when they are not
 * in order already, as the rows of one table mostly are. */
rw_record *rw_folder_finish(rw_folder *fo, size_t *n)
{
	rw_record **order = rw_xcalloc(fo->n ? fo->n : 1, sizeof *order);
	int sorted = 1;
	for (size_t i = 0; i < fo->n; i++) {
		struct slot *s = &fo->v[i];
		s->rec.v[RW_RC_BOARD_ACTION_DATE] = s->date[RW_F_BOARD_ACTION];
		s->rec.v[RW_RC_AS_OF] = s->date[RW_F_STATUS];
		order[i] = &s->rec;
		sorted &= !i || rw_record_cmp(order[i - 1], order[i]) <= 0;
	}
	if (!sorted)
		qsort(order, fo->n, sizeof *order, record_ptr_cmp);
	free(fo->out);
	fo->out = rw_xcalloc(fo->n ? fo->n : 1, sizeof *fo->out);
	for (size_t i = 0; i < fo->n; i++)
		fo->out[i] = *order[i];
	free(order);
	*n = fo->n;
	return fo->out;
}

void rw_folder_free(rw_folder *fo)
{
	if (!fo)
		return;
	for (size_t i = 0; i < fo->n; i++) {
		for (int c = 0; c < RW_RC__COUNT; c++)
			if (own_col((enum rw_record_col)c))
				free(fo->v[i].rec.v[c]);
		if (fo->v[i].own_sources)
			free(fo->v[i].rec.v[RW_RC_SOURCES]);
	}
	free(fo->v);
	rw_hs_free(&fo->index);
	for (size_t i = 0; i < fo->shared.n; i++)
		free(fo->shared.v[i]);
	free(fo->shared.v);
	rw_hs_free(&fo->shared.index);
	free(fo->out);
	free(fo);
}
