/* diff.h - the parts of rw-diff: snapshots keyed by (review, rec_id)
 * (a hash set of row numbers, lib/hashset.c), and the list of changes
 * between two snapshots.  Strings in a change point into the snapshots'
 * cells. */
#ifndef RW_DIFF_H
#define RW_DIFF_H

#include "rwlib.h"

#include <stdint.h>

/* ---- snapshot.c: one record snapshot, read and indexed --------------- */
struct snapshot {
	const char *name;      /* as given; "-" is standard input */
	rw_rows rows;
	int col[RW_RC__COUNT]; /* record column -> column in rows, or -1 */
	struct rw_hashset keys; /* rows by (review, rec_id) */
};
/* Reads the snapshot `path` with the record columns in want (review and
 * rec_id are always read) and indexes it.  Returns 0, or -1 after
 * warnings (unreadable, bad format, duplicate keys). */
int snapshot_load(struct snapshot *s, const char *path, const int *want, size_t nwant);
const char *snapshot_cell(const struct snapshot *s, size_t row, int rc);
/* Row of (review, rec_id), or RW_HS_EMPTY. */
size_t snapshot_find(const struct snapshot *s, const char *review, const char *rec_id);
uint64_t snapshot_key_hash(const char *review, const char *rec_id);
/* Asks the memory for what looking up a key with this hash will read
 * (step 0: its slot; 1: the row it probably names; 2: that row's text),
 * so that a batch of lookups waits for memory once, not once each. */
void snapshot_prefetch(const struct snapshot *s, uint64_t h, int step);
void snapshot_free(struct snapshot *s);

/* ---- changes.c: what differs ------------------------------------------ */
enum change_kind { CH_ADDED, CH_REMOVED, CH_RENUMBERED, CH_CHANGED, CH__COUNT };
extern const char *const change_kind_names[CH__COUNT];

struct change {
	enum change_kind kind;
	const char *review, *rec_id; /* rec_id: the old id when renumbered */
	int field;                   /* record column; -1 when none */
	int rank;                    /* order of the field among compared ones */
	const char *old, *new;
	int regression;
};

struct changes {
	struct change *v;
	size_t n, cap;
	size_t count[CH__COUNT];
	rw_rules *order; /* the [order] of the rules (borrowed); NULL: no regressions */
};

/* Compares old with new on the record columns fields[0..nfields) and
 * returns the changes in the order of recwatch(5): review, rec_id (natural), field.
 * A change back to an earlier step of the rules' [order] (order may be
 * NULL) is a regression. */
void changes_find(const struct snapshot *old, const struct snapshot *new,
		  const int *fields, size_t nfields, rw_rules *order, struct changes *out);
void changes_free(struct changes *c);
/* Equal once whitespace is folded (NBSP and line breaks included). */
int same_text(const char *a, const char *b);

#endif
