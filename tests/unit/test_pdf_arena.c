/* test_pdf_arena.c - rw-pdf's arena (arena.c): pieces are aligned and
 * apart, keep what is written to them however many blocks they take, a
 * reset keeps one block the job fits in, and under AddressSanitizer
 * what lies past a piece or was given back is poisoned. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "../../extract/rw-pdf/arena.c"

/* Pieces of sizes 1 .. PIECES, many blocks' worth in all. */
#define PIECES 700

/* Fills pieces of growing sizes, each with its own byte. */
static void fill(pdf_arena *a, unsigned char **p)
{
	for (size_t i = 0; i < PIECES; i++) {
		p[i] = pdf_arena_alloc(a, i + 1);
		memset(p[i], (int)(i & 0xff), i + 1);
	}
}

static size_t blocks(const pdf_arena *a)
{
	size_t n = 0;
	for (const struct pdf_arena_block *b = a->blocks; b; b = b->next)
		n++;
	return n;
}

static void pieces_are_aligned_apart_and_kept(void **state)
{
	(void)state;
	pdf_arena a = {0};
	unsigned char *p[PIECES];
	fill(&a, p);
	assert_true(blocks(&a) > 1);
	for (size_t i = 0; i < PIECES; i++) {
		assert_int_equal((uintptr_t)p[i] % alignof(max_align_t), 0);
		for (size_t k = 0; k <= i; k++)
			assert_int_equal(p[i][k], i & 0xff);
	}
	pdf_arena_free(&a);
	assert_null(a.blocks);
}

static void a_reset_keeps_one_block_the_job_fits_in(void **state)
{
	(void)state;
	pdf_arena a = {0};
	unsigned char *p[PIECES];
	fill(&a, p);
	pdf_arena_reset(&a);
	assert_int_equal(blocks(&a), 1);
	const struct pdf_arena_block *kept = a.blocks;
	fill(&a, p);
	assert_ptr_equal(a.blocks, kept);
	assert_int_equal(blocks(&a), 1);
	pdf_arena_free(&a);
}

static void a_piece_of_nothing_is_a_piece(void **state)
{
	(void)state;
	pdf_arena a = {0};
	char *x = pdf_arena_alloc(&a, 0), *y = pdf_arena_alloc(&a, 0);
	assert_non_null(x);
	assert_true(x != y);
	int *v = pdf_arena_array(&a, 5, sizeof *v);
	for (int i = 0; i < 5; i++)
		v[i] = i;
	assert_int_equal(v[4], 4);
	pdf_arena_free(&a);
}

#ifdef __SANITIZE_ADDRESS__
static void asan_sees_past_a_piece_and_after_a_reset(void **state)
{
	(void)state;
	pdf_arena a = {0};
	char *p = pdf_arena_alloc(&a, 10);
	assert_false(__asan_address_is_poisoned(p + 9));
	assert_true(__asan_address_is_poisoned(p + 10));
	pdf_arena_reset(&a);
	assert_true(__asan_address_is_poisoned(p));
	pdf_arena_free(&a);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pieces_are_aligned_apart_and_kept),
		cmocka_unit_test(a_reset_keeps_one_block_the_job_fits_in),
		cmocka_unit_test(a_piece_of_nothing_is_a_piece),
#ifdef __SANITIZE_ADDRESS__
		cmocka_unit_test(asan_sees_past_a_piece_and_after_a_reset),
#endif
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
