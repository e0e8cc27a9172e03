/* fold.c - facts to records.
 *
 * The rule of recwatch(5), field by field: the fact with the latest date wins; on
 * equal dates, or when both are undated, the later one in input order
 * wins; a dated fact beats an undated one.  Since facts arrive in input
 * order, "later" is simply "arrived later", so each field keeps only its
 * current winner and the date it won with. */
#include "recwatch.h"

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
	size_t *index; /* open addressing: slot number + 1, 0 = free */
	size_t nindex;
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

static uint64_t key_hash(const char *review, const char *id)
{
	uint64_t h = 1469598103934665603u;
	for (const char *p = review; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211u;
	h = (h ^ 0xff) * 1099511628211u;
	for (const char *p = id; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211u;
	return h;
}

rw_folder *rw_folder_new(void)
{
	rw_folder *fo = rw_xcalloc(1, sizeof *fo);
	fo->nindex = 1024;
	fo->index = rw_xcalloc(fo->nindex, sizeof *fo->index);
	return fo;
}

static void rehash(rw_folder *fo)
{
	free(fo->index);
	fo->nindex *= 2;
	fo->index = rw_xcalloc(fo->nindex, sizeof *fo->index);
	for (size_t i = 0; i < fo->n; i++) {
		const rw_record *r = &fo->v[i].rec;
		size_t h = key_hash(r->v[RW_RC_REVIEW], r->v[RW_RC_REC_ID]) & (fo->nindex - 1);
		while (fo->index[h])
			h = (h + 1) & (fo->nindex - 1);
		fo->index[h] = i + 1;
	}
}

static struct slot *slot_for(rw_folder *fo, const char *review, const char *id)
{
	size_t h = key_hash(review, id) & (fo->nindex - 1);
	for (; fo->index[h]; h = (h + 1) & (fo->nindex - 1)) {
		struct slot *s = &fo->v[fo->index[h] - 1];
		if (!strcmp(s->rec.v[RW_RC_REVIEW], review) && !strcmp(s->rec.v[RW_RC_REC_ID], id))
			return s;
	}
	fo->v = rw_xgrow(fo->v, &fo->cap, fo->n + 1, sizeof *fo->v);
	struct slot *s = &fo->v[fo->n];
	memset(s, 0, sizeof *s);
	s->rec.v[RW_RC_REVIEW] = rw_xstrdup(review);
	s->rec.v[RW_RC_REC_ID] = rw_xstrdup(id);
	fo->index[h] = ++fo->n;
	if (fo->n * 2 > fo->nindex)
		rehash(fo);
	return &fo->v[fo->n - 1];
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
	free(fo->index);
	free(fo->out);
	free(fo);
}
