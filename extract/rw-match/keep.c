/* keep.c - a document's blocks, kept while it is matched (its review and
 * dates may be said after the text they govern).  Each block is kept as
 * the few numbers matching reads, its strings packed into chunks of one
 * arena: a page's blocks then take about the size of its text, not
 * three times it (an allocation per string, the fields nobody reads). */
#include "match.h"

#include <stdlib.h>
#include <string.h>

/* Bytes of strings a chunk holds: few chunks for a large page (a string
 * longer than this gets a chunk of its own), little waste at the end of
 * each. */
#define ARENA_CHUNK (1u << 20)

struct arena_chunk {
	struct arena_chunk *next;
	size_t size;
	char bytes[];
};

static void arena_new_chunk(struct arena *a, size_t want)
{
	size_t size = want > ARENA_CHUNK ? want : ARENA_CHUNK;
	struct arena_chunk *c = rw_xmalloc(sizeof *c + size);
	c->size = size;
	c->next = a->head;
	a->head = c;
	a->next = c->bytes;
	a->left = size;
}

static const char *arena_copy(struct arena *a, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	if (n > a->left)
		arena_new_chunk(a, n);
	char *p = a->next;
	memcpy(p, s, n);
	a->next += n;
	a->left -= n;
	return p;
}

/* Frees every chunk but the last (the first made), when keep_one. */
static void arena_reset(struct arena *a, int keep_one)
{
	struct arena_chunk *c = a->head;
	while (c && (c->next || !keep_one)) {
		struct arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = c;
	a->next = c ? c->bytes : NULL;
	a->left = c ? c->size : 0;
}

void doc_keep(struct doc *d, const rw_block *b)
{
	d->b = rw_xgrow(d->b, &d->cap, d->n + 1, sizeof *d->b);
	d->b[d->n++] = (struct blk){
		.text = arena_copy(&d->strings, b->text),
		.locator = arena_copy(&d->strings, b->locator),
		.table = b->table, .row = b->row, .col = b->col, .page = b->page, .level = b->level,
		.kind = (unsigned char)b->kind, .header = b->header != 0,
		.top = b->has_bbox ? (float)b->bbox[0] : 0, .bottom = b->has_bbox ? (float)b->bbox[2] : 0,
	};
}

void doc_forget_blocks(struct doc *d)
{
	d->n = 0;
	arena_reset(&d->strings, 1);
}

void doc_free_blocks(struct doc *d)
{
	doc_forget_blocks(d);
	arena_reset(&d->strings, 0);
	free(d->b);
	d->b = NULL;
	d->cap = 0;
}
