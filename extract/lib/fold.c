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

struct slot {
	rw_record rec;
	char *date[RW_F__COUNT]; /* date of each field's winning fact */
	int has[RW_F__COUNT];
};

struct rw_folder {
	struct slot *v;
	size_t n, cap;
	struct rw_hashset index; /* slot numbers by (review, rec_id) */
	rw_record *out;
};

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

rw_folder *rw_folder_new(void)
{
	rw_folder *fo = rw_xcalloc(1, sizeof *fo);
	rw_hs_init(&fo->index, FOLDER_START_RECORDS);
	return fo;
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
	uint64_t h = rw_hs_hash(id, rw_hs_hash(review, RW_HS_SEED));
	struct rw_hs_slot *e = rw_hs_find(&fo->index, h, same_key, &k);
	if (e->val != RW_HS_EMPTY)
		return &fo->v[e->val];
	fo->v = rw_xgrow(fo->v, &fo->cap, fo->n + 1, sizeof *fo->v);
	struct slot *s = &fo->v[fo->n];
	memset(s, 0, sizeof *s);
	s->rec.v[RW_RC_REVIEW] = rw_xstrdup(review);
	s->rec.v[RW_RC_REC_ID] = rw_xstrdup(id);
	rw_hs_add(&fo->index, e, h, fo->n++);
	return s;
}

/* Does a fact dated `date` win over the current one dated `cur`? */
static int wins(const char *date, const char *cur)
{
	if (!*date)
		return !*cur;
	return strcmp(date, cur) >= 0; /* ISO dates order as strings */
}

static void add_source(rw_record *r, const char *src)
{
	char *have = r->v[RW_RC_SOURCES];
	if (!*src)
		return;
	if (have) {
		/* sources are few per record: a linear look is cheap */
		size_t n = strlen(src);
		for (const char *p = have; p; p = strchr(p, ';')) {
			if (*p == ';')
				p++;
			if (!strncmp(p, src, n) && (p[n] == ';' || !p[n]))
				return;
		}
		r->v[RW_RC_SOURCES] = rw_xasprintf("%s;%s", have, src);
		free(have);
	} else {
		r->v[RW_RC_SOURCES] = rw_xstrdup(src);
	}
}

void rw_folder_add(rw_folder *fo, const rw_fact *f)
{
	int field = rw_field_parse(str(f->v[RW_FC_FIELD]));
	if (field < 0 || !f->v[RW_FC_REC_ID] || !*f->v[RW_FC_REC_ID])
		return;
	struct slot *s = slot_for(fo, str(f->v[RW_FC_REVIEW]), f->v[RW_FC_REC_ID]);
	add_source(&s->rec, str(f->v[RW_FC_SOURCE]));
	const char *date = str(f->v[RW_FC_DATE]);
	if (s->has[field] && !wins(date, str(s->date[field])))
		return;
	s->has[field] = 1;
	free(s->date[field]);
	s->date[field] = rw_xstrdup(date);
	enum rw_record_col col = field_col[field];
	free(s->rec.v[col]);
	s->rec.v[col] = rw_xstrdup(str(f->v[RW_FC_VALUE]));
}

rw_record *rw_folder_finish(rw_folder *fo, size_t *n)
{
	free(fo->out);
	fo->out = rw_xcalloc(fo->n, sizeof *fo->out);
	for (size_t i = 0; i < fo->n; i++) {
		struct slot *s = &fo->v[i];
		fo->out[i] = s->rec;
		if (s->has[RW_F_BOARD_ACTION])
			fo->out[i].v[RW_RC_BOARD_ACTION_DATE] = s->date[RW_F_BOARD_ACTION];
		if (s->has[RW_F_STATUS])
			fo->out[i].v[RW_RC_AS_OF] = s->date[RW_F_STATUS];
	}
	qsort(fo->out, fo->n, sizeof *fo->out, rw_record_cmp);
	*n = fo->n;
	return fo->out;
}

void rw_folder_free(rw_folder *fo)
{
	if (!fo)
		return;
	for (size_t i = 0; i < fo->n; i++) {
		rw_record_clear(&fo->v[i].rec);
		for (int f = 0; f < RW_F__COUNT; f++)
			free(fo->v[i].date[f]);
	}
	free(fo->v);
	rw_hs_free(&fo->index);
	free(fo->out);
	free(fo);
}
