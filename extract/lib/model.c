/* model.c - the names of fields and columns of facts, records, changes. */
#include "rwlib.h"
#include "jsonl.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *const field_names[RW_F__COUNT] = {
	"board_action", "status", "priority", "description", "update",
};

const char *const rw_fact_cols[RW_FC__COUNT] = {
	"review", "rec_id", "field", "value", "raw", "date", "source", "locator",
};

const char *const rw_record_cols[RW_RC__COUNT] = {
	"review", "rec_id", "board_action", "board_action_date", "status",
	"priority", "as_of", "description", "update", "sources",
};

const char *const rw_change_cols[RW_CC__COUNT] = {
	"review", "rec_id", "change", "field", "old", "new", "note",
};

const char *rw_field_name(enum rw_field f)
{
	return f < RW_F__COUNT ? field_names[f] : "?";
}

int rw_field_parse(const char *s)
{
	for (int f = 0; f < RW_F__COUNT; f++)
		if (!strcmp(s, field_names[f]))
			return f;
	return -1;
}

void rw_fact_clear(rw_fact *f)
{
	for (int i = 0; i < RW_FC__COUNT; i++)
		free(f->v[i]);
	memset(f, 0, sizeof *f);
}

void rw_record_clear(rw_record *r)
{
	for (int i = 0; i < RW_RC__COUNT; i++)
		free(r->v[i]);
	memset(r, 0, sizeof *r);
}

static const char *str(const char *s) { return s ? s : ""; }

int rw_record_cmp(const void *a, const void *b)
{
	const rw_record *x = a, *y = b;
	int c = strcmp(str(x->v[RW_RC_REVIEW]), str(y->v[RW_RC_REVIEW]));
	return c ? c : rw_natcmp(str(x->v[RW_RC_REC_ID]), str(y->v[RW_RC_REC_ID]));
}

/* Dates decide which fact wins a fold, by string order: only ISO dates
 * may take part. */
static int iso_date_or_empty(const char *d)
{
	if (!d || !*d)
		return 1;
	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? d[i] != '-' : !(d[i] >= '0' && d[i] <= '9'))
			return 0;
	return d[10] == 0;
}

/* The column of a key, tried first at the column `at` (rw-match writes
 * the keys in column order). */
static int fact_col(const char *key, size_t at)
{
	if (at < RW_FC__COUNT && !strcmp(key, rw_fact_cols[at]))
		return (int)at;
	for (int i = 0; i < RW_FC__COUNT; i++)
		if (!strcmp(key, rw_fact_cols[i]))
			return i;
	return -1;
}

int rw_fact_read(FILE *in, const char *name, rw_fact *f, long *lineno)
{
	struct rw_jfield *m;
	size_t n;
	json_error_t err;
	rw_fact_clear(f);
	enum rw_jline r = rw_jsonl_fields(in, lineno, &m, &n, &err);
	if (r == RW_JL_END)
		return 0;
	if (r == RW_JL_NOT_LINES) {
		rw_warn(name, "not a fact stream (line %ld: %s)%s; skipped", *lineno, err.text,
			rw_jsonl_looks_like());
		return -1;
	}
	int ok = r == RW_JL_OBJECT;
	const struct rw_jfield *col[RW_FC__COUNT] = {0}; /* a key given twice: the last one counts */
	for (size_t i = 0; ok && i < n; i++) {
		int c = fact_col(m[i].key, i);
		if (c >= 0)
			col[c] = &m[i];
	}
	for (int c = 0; ok && c < RW_FC__COUNT; c++) {
		if (col[c] && col[c]->type == RW_J_STRING)
			f->v[c] = rw_xstrdup(col[c]->s);
		else if (col[c] && col[c]->type != RW_J_NULL)
			ok = 0;
	}
	if (ok && (!f->v[RW_FC_REC_ID] || !*f->v[RW_FC_REC_ID] || !f->v[RW_FC_FIELD] ||
		   rw_field_parse(f->v[RW_FC_FIELD]) < 0 || !iso_date_or_empty(f->v[RW_FC_DATE])))
		ok = 0;
	if (!ok) {
		rw_warn(name, "line %ld: not a fact (%s)", *lineno,
			r != RW_JL_NOT_JSON ? "needs a rec_id, a known field, an ISO date or none, string values"
					    : err.text);
		rw_fact_clear(f);
	}
	return ok ? 1 : -1;
}
