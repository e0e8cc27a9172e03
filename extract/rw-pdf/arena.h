/*
 * arena.h - private to rw-pdf: memory taken piece by piece and given
 * back all at once (region-based memory management, as obstack does).
 *
 * Making a page's lines makes many small short-lived pieces (sort keys,
 * line bands, words and their texts) that all die together, and a
 * table's cells make lines one after another: an arena hands the pieces
 * out of one block kept from job to job, without a malloc and a free
 * each. A zeroed pdf_arena is an empty one.
 */
#ifndef RW_PDF_ARENA_H
#define RW_PDF_ARENA_H

#include <stddef.h>

struct pdf_arena_block;
typedef struct pdf_arena {
	char *at, *end;                 /* the free part of the current block */
	struct pdf_arena_block *blocks; /* newest first */
} pdf_arena;

/* n bytes (at least 1), aligned for any object, valid until the next
 * pdf_arena_reset or pdf_arena_free; dies when memory runs out, as
 * rw_xmalloc. */
void *pdf_arena_alloc(pdf_arena *a, size_t n);
/* n elements of size bytes each (checked for overflow). */
void *pdf_arena_array(pdf_arena *a, size_t n, size_t size);
/* Takes back every piece at once, and keeps one block as large as all
 * those used: the same job again takes nothing from the heap. */
void pdf_arena_reset(pdf_arena *a);
/* Frees every block; the arena is empty. */
void pdf_arena_free(pdf_arena *a);

#endif
