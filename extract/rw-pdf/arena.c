/* arena.c - pieces of memory given back all at once (arena.h).
 *
 * Pieces are cut from the current block one after another; a piece that
 * does not fit starts a new block from the heap. Under AddressSanitizer
 * the arena poisons what it has not handed out (ASan's manual poisoning,
 * asan_interface.h) and leaves a poisoned redzone after every piece, so
 * that reading or writing past a piece's end, or a piece used after the
 * arena was reset, is reported as for malloc'd memory: ASan cannot see
 * into a block otherwise, the whole block being one allocation to it.
 * Poisoning rather than a malloc per piece under ASan, so that the code
 * tested is the code run.
 */
#include "rwlib.h"
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
/* Poisoned bytes after each piece: past its end is caught. */
#define REDZONE 16
#else
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define REDZONE 0
#endif

/* Bytes of a block at least: a table cell's lines fit in one. */
#define BLOCK_BYTES (32 * 1024)
#define ALIGN alignof(max_align_t)

struct pdf_arena_block {
	struct pdf_arena_block *next;
	size_t size; /* bytes of data */
	alignas(max_align_t) char data[];
};

/* The first address at or after p aligned for any object. */
static char *aligned(char *p)
{
	uintptr_t u = (uintptr_t)p;
	return (char *)((u + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1));
}

/* Starts a new block with room for n bytes at least. */
static void new_block(pdf_arena *a, size_t n)
{
	size_t size = n > BLOCK_BYTES ? n : BLOCK_BYTES;
	struct pdf_arena_block *b = rw_xmalloc(sizeof *b + size);
	b->next = a->blocks;
	b->size = size;
	a->blocks = b;
	a->at = b->data;
	a->end = b->data + size;
	ASAN_POISON_MEMORY_REGION(b->data, size);
}

void *pdf_arena_alloc(pdf_arena *a, size_t n)
{
	if (n == 0)
		n = 1;
	if (n > SIZE_MAX / 4)
		rw_die(NULL, "out of memory");
	char *p = a->at ? aligned(a->at) : NULL;
	if (!p || p > a->end || (size_t)(a->end - p) < n + REDZONE) {
		new_block(a, n + REDZONE);
		p = a->at; /* a block's data is aligned */
	}
	a->at = p + n + REDZONE;
	ASAN_UNPOISON_MEMORY_REGION(p, n);
	return p;
}

void *pdf_arena_array(pdf_arena *a, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / 4 / size)
		rw_die(NULL, "out of memory");
	return pdf_arena_alloc(a, n * size);
}

void pdf_arena_reset(pdf_arena *a)
{
	struct pdf_arena_block *b = a->blocks;
	if (b && b->next) { /* one block for the job next time */
		size_t all = 0;
		for (; b; b = b->next)
			all += b->size;
		pdf_arena_free(a);
		new_block(a, all);
		return;
	}
	if (b) {
		a->at = b->data;
		ASAN_POISON_MEMORY_REGION(b->data, b->size);
	}
}

void pdf_arena_free(pdf_arena *a)
{
	for (struct pdf_arena_block *b = a->blocks, *next; b; b = next) {
		next = b->next;
		ASAN_UNPOISON_MEMORY_REGION(b->data, b->size);
		free(b);
	}
	*a = (pdf_arena){0};
}
