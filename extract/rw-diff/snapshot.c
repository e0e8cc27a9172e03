/* snapshot.c - a record snapshot read into rows and indexed by its key
 * (review, rec_id), which must be unique within the snapshot. */
#include "diff.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* A JSON array is read whole: large enough for tens of millions of
 * records; past it the file is not a snapshot this tool was meant for. */
#define MAX_SNAPSHOT ((size_t)16 << 30)

/* Duplicates past this many are counted, not listed. */
#define MAX_DUP_WARNINGS 20

const char *snapshot_cell(const struct snapshot *s, size_t row, int rc)
{
	int c = s->col[rc];
	return c < 0 ? "" : s->rows.cells[row * s->rows.ncols + (size_t)c];
}

uint64_t snapshot_key_hash(const char *review, const char *rec_id)
{
	return rw_hs_hash(rec_id, rw_hs_hash(review, RW_HS_SEED));
}

void snapshot_prefetch(const struct snapshot *s, uint64_t h, int step)
{
	const struct rw_hs_slot *e = &s->keys.slot[rw_hs_home(&s->keys, h)];
	if (step == 0) {
		__builtin_prefetch(e);
		return;
	}
	if (e->val == RW_HS_EMPTY || e->hash != h)
		return; /* not there, or further on: the lookup will tell */
	char *const *cells = s->rows.cells + e->val * s->rows.ncols;
	if (step == 1) {
		__builtin_prefetch(cells);
		return;
	}
	/* A row's cells were stored one after the other: its first cache
	 * lines hold the key and most fields.  A prefetch never faults,
	 * even past the end of the store. */
	uintptr_t text = (uintptr_t)cells[0];
	for (int line = 0; line < 4; line++)
		__builtin_prefetch((const void *)(text + 64 * (uintptr_t)line));
}

struct key_probe {
	const struct snapshot *s;
	const char *review, *rec_id;
};

static int same_key(size_t row, const void *ctx)
{
	const struct key_probe *k = ctx;
	return !strcmp(snapshot_cell(k->s, row, RW_RC_REC_ID), k->rec_id) &&
	       !strcmp(snapshot_cell(k->s, row, RW_RC_REVIEW), k->review);
}

size_t snapshot_find(const struct snapshot *s, const char *review, const char *rec_id)
{
	struct key_probe k = {s, review, rec_id};
	return rw_hs_find(&s->keys, snapshot_key_hash(review, rec_id), same_key, &k)->val;
}

/* Inserts one row; a key seen before is reported with both lines. */
static int index_row(struct snapshot *s, size_t row, uint64_t h, size_t *dups)
{
	struct key_probe k = {s, snapshot_cell(s, row, RW_RC_REVIEW),
			      snapshot_cell(s, row, RW_RC_REC_ID)};
	struct rw_hs_slot *e = rw_hs_find(&s->keys, h, same_key, &k);
	if (e->val == RW_HS_EMPTY) {
		rw_hs_add(&s->keys, e, h, row);
		return 0;
	}
	if (++*dups <= MAX_DUP_WARNINGS)
		rw_warn(s->name, "line %ld: duplicate record %s %s (first at line %ld)",
			s->rows.line[row], k.review, k.rec_id, s->rows.line[e->val]);
	return -1;
}

/* Indexes every row, in batches whose slots are prefetched first (the
 * slots are random: each would otherwise be a wait for memory). */
static int index_keys(struct snapshot *s)
{
	enum { BATCH = 32 };
	size_t dups = 0;
	rw_hs_init(&s->keys, s->rows.n);
	for (size_t first = 0; first < s->rows.n; first += BATCH) {
		size_t n = s->rows.n - first < BATCH ? s->rows.n - first : BATCH;
		uint64_t h[BATCH];
		for (size_t k = 0; k < n; k++) {
			h[k] = snapshot_key_hash(snapshot_cell(s, first + k, RW_RC_REVIEW),
						 snapshot_cell(s, first + k, RW_RC_REC_ID));
			snapshot_prefetch(s, h[k], 0);
		}
		for (size_t k = 0; k < n; k++)
			index_row(s, first + k, h[k], &dups);
	}
	if (dups > MAX_DUP_WARNINGS)
		rw_warn(s->name, "%zu duplicate records in all", dups);
	return dups ? -1 : 0;
}

int snapshot_load(struct snapshot *s, const char *path, const int *want, size_t nwant)
{
	const char *cols[RW_RC__COUNT];
	size_t ncols = 0;
	memset(s, 0, sizeof *s);
	s->name = strcmp(path, "-") ? path : "standard input";
	for (int rc = 0; rc < RW_RC__COUNT; rc++)
		s->col[rc] = -1;
	int always[] = {RW_RC_REVIEW, RW_RC_REC_ID};
	for (size_t i = 0; i < 2 + nwant; i++) {
		int rc = i < 2 ? always[i] : want[i - 2];
		if (s->col[rc] < 0) {
			s->col[rc] = (int)ncols;
			cols[ncols++] = rw_record_cols[rc];
		}
	}
	FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
	if (!f) {
		rw_warn(s->name, "cannot read: %s", strerror(errno));
		return -1;
	}
	/* Read a line at a time: only the cells are kept, never the text. */
	int r = rw_rows_read_stream(f, MAX_SNAPSHOT, s->name, cols, ncols, &s->rows);
	if (f != stdin)
		fclose(f);
	if (r < 0)
		return -1;
	/* A record is keyed by its rec_id: one without is not a record (a
	 * JSON object of the wrong shape reads as all-empty). */
	for (size_t i = 0; i < s->rows.n; i++)
		if (!*snapshot_cell(s, i, RW_RC_REC_ID)) {
			rw_warn(s->name, "line %ld: a record with no rec_id", s->rows.line[i]);
			return -1;
		}
	return index_keys(s);
}

void snapshot_free(struct snapshot *s)
{
	rw_rows_free(&s->rows);
	rw_hs_free(&s->keys);
}
