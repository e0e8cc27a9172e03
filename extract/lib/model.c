/* model.c - the names of fields and columns of facts, records, changes. */
#include "recwatch.h"

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
