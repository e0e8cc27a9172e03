/* hashset.c - an open-addressing set of numbers with linear probing.
 * The set stores numbers only (row numbers, slot numbers); the caller
 * says what a number stands for through `same`, so one set serves keys
 * and descriptions alike.  It keeps at most half of its slots full,
 * doubling when an addition would pass that. */
#include "rwlib.h"

#include <stdlib.h>

/* A set with room for `slots` slots (a power of two), all empty. */
static void make_slots(struct rw_hashset *s, size_t slots)
{
	s->mask = slots - 1;
	s->slot = rw_xmalloc(slots * sizeof *s->slot);
	for (size_t i = 0; i < slots; i++)
		s->slot[i].val = RW_HS_EMPTY;
}

void rw_hs_init(struct rw_hashset *s, size_t entries)
{
	size_t cap = RW_HS_MIN_SLOTS;
	while (cap < entries * 2) {
		if (cap > SIZE_MAX / 4 / sizeof *s->slot)
			rw_die(NULL, "out of memory");
		cap *= 2;
	}
	s->n = 0;
	make_slots(s, cap);
}

void rw_hs_free(struct rw_hashset *s)
{
	free(s->slot);
	s->slot = NULL;
}

struct rw_hs_slot *rw_hs_find(const struct rw_hashset *s, uint64_t h,
			      int (*same)(size_t val, const void *ctx), const void *ctx)
{
	size_t i = rw_hs_home(s, h);
	struct rw_hs_slot *e;
	while ((e = &s->slot[i])->val != RW_HS_EMPTY && !(e->hash == h && same(e->val, ctx)))
		i = (i + 1) & s->mask;
	return e;
}

/* Twice the slots; each value goes where its stored hash leads. */
static void grow(struct rw_hashset *s)
{
	struct rw_hs_slot *old = s->slot;
	size_t slots = s->mask + 1;
	if (slots > SIZE_MAX / 4 / sizeof *s->slot)
		rw_die(NULL, "out of memory");
	make_slots(s, slots * 2);
	for (size_t i = 0; i < slots; i++) {
		if (old[i].val == RW_HS_EMPTY)
			continue;
		size_t k = rw_hs_home(s, old[i].hash);
		while (s->slot[k].val != RW_HS_EMPTY)
			k = (k + 1) & s->mask;
		s->slot[k] = old[i];
	}
	free(old);
}

void rw_hs_add(struct rw_hashset *s, struct rw_hs_slot *e, uint64_t h, size_t val)
{
	e->hash = h;
	e->val = val;
	if (++s->n * 2 > s->mask + 1)
		grow(s);
}

/* FNV-1a, continued from h; the terminating NUL is hashed too, so that
 * ("ab","c") and ("a","bc") differ. */
uint64_t rw_hs_hash(const char *s, uint64_t h)
{
	const unsigned char *p = (const unsigned char *)s;
	do {
		h ^= *p;
		h *= RW_HS_FNV_PRIME;
	} while (*p++);
	return h;
}
