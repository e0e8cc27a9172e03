/* hashset.c - a set of row numbers with linear probing.  Sized once for
 * the number of entries it will hold, so it never rehashes. */
#include "diff.h"

#include <stdlib.h>

void hs_init(struct hashset *s, size_t entries)
{
	size_t cap = 16;
	while (cap < entries * 2) {
		if (cap > SIZE_MAX / 4 / sizeof *s->slot)
			rw_die(NULL, "out of memory");
		cap *= 2;
	}
	s->mask = cap - 1;
	s->slot = rw_xmalloc(cap * sizeof *s->slot);
	for (size_t i = 0; i < cap; i++)
		s->slot[i].val = HS_EMPTY;
}

void hs_free(struct hashset *s)
{
	free(s->slot);
	s->slot = NULL;
}

struct hs_slot *hs_find(const struct hashset *s, uint64_t h,
		       int (*same)(size_t val, const void *ctx), const void *ctx)
{
	size_t i = hs_home(s, h);
	struct hs_slot *e;
	while ((e = &s->slot[i])->val != HS_EMPTY && !(e->hash == h && same(e->val, ctx)))
		i = (i + 1) & s->mask;
	return e;
}

/* FNV-1a, continued from h; the terminating NUL is hashed too, so that
 * ("ab","c") and ("a","bc") differ. */
uint64_t hs_hash(const char *s, uint64_t h)
{
	const unsigned char *p = (const unsigned char *)s;
	do {
		h ^= *p;
		h *= 1099511628211ull;
	} while (*p++);
	return h;
}
