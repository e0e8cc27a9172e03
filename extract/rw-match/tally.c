/* tally.c - values outside the vocabularies.  A page may say "High" in
 * twenty thousand cells: stderr gets one line per distinct (field, raw
 * value) with its count and first locator, said when the document ends;
 * the rejects file keeps every cell.  An open-addressing hash table (FNV-1a,
 * linear probing) keeps counting linear in the number of cells. */
#include "match.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define TALLY_SLOTS_MIN 64 /* slots of a new table, a power of two */

struct entry {
	enum rw_field field;
	char *raw, *locator;
	size_t count;
};

struct tally {
	struct entry *v;  /* in the order first seen */
	size_t n, cap;
	size_t *slot;     /* index + 1 into v, 0 = free */
	size_t nslots;
};

static uint64_t hash(enum rw_field f, const char *raw)
{
	uint64_t h = 1469598103934665603u ^ (uint64_t)f;
	for (const unsigned char *p = (const unsigned char *)raw; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	return h;
}

static void place(struct tally *t, size_t i)
{
	size_t h = hash(t->v[i].field, t->v[i].raw) & (t->nslots - 1);
	while (t->slot[h])
		h = (h + 1) & (t->nslots - 1);
	t->slot[h] = i + 1;
}

static void grow(struct tally *t)
{
	free(t->slot);
	t->nslots = t->nslots ? t->nslots * 2 : TALLY_SLOTS_MIN;
	t->slot = rw_xcalloc(t->nslots, sizeof *t->slot);
	for (size_t i = 0; i < t->n; i++)
		place(t, i);
}

void tally_unmapped(struct matcher *m, struct doc *d, enum rw_field f, const char *raw,
		    const char *locator)
{
	reject_quietly(m, d, locator, "not in the vocabulary", raw);
	explain(m, "    %s: %s \"%s\" is not in the vocabulary", locator ? locator : "?",
		rw_field_name(f), raw);
	struct tally *t = d->unmapped;
	if (!t)
		t = d->unmapped = rw_xcalloc(1, sizeof *t);
	if ((t->n + 1) * 2 > t->nslots) /* at most half full: probes stay short */
		grow(t);
	size_t h = hash(f, raw) & (t->nslots - 1);
	for (; t->slot[h]; h = (h + 1) & (t->nslots - 1)) {
		struct entry *e = &t->v[t->slot[h] - 1];
		if (e->field == f && !strcmp(e->raw, raw)) {
			e->count++;
			return;
		}
	}
	t->v = rw_xgrow(t->v, &t->cap, t->n + 1, sizeof *t->v);
	t->v[t->n] = (struct entry){f, rw_xstrdup(raw), rw_xstrdup(locator ? locator : "?"), 1};
	t->slot[h] = ++t->n;
}

void tally_report(struct matcher *m, struct doc *d)
{
	struct tally *t = d->unmapped;
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++) {
		const struct entry *e = &t->v[i];
		if (e->count == 1)
			rw_warn(d->source, "%s: %s \"%s\" is not in the vocabulary", e->locator,
				rw_field_name(e->field), e->raw);
		else
			rw_warn(d->source, "%s: %s \"%s\" is not in the vocabulary (%zu cells, this the first)",
				e->locator, rw_field_name(e->field), e->raw, e->count);
		free(e->raw);
		free(e->locator);
	}
	free(t->v);
	free(t->slot);
	free(t);
	d->unmapped = NULL;
}
