/* test_pdf_cxxalloc.c - rw-pdf's operator new and delete (cxxalloc.c):
 * a block deleted comes back for a request of its size class and no
 * larger, a thread keeps no more than its bound, frees what it keeps as
 * it ends, and under AddressSanitizer a block kept, or past the size
 * asked, is poisoned.  (test_pdf_render.c checks that poppler's own
 * deletes reach these.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "../../extract/rw-pdf/cxxalloc.c"

static void a_block_deleted_comes_back_for_its_class(void **state)
{
	(void)state;
	cache_free(&kept);
	char *p = _Znwm(40);
	memset(p, 1, 40);
	_ZdlPvm(p, 40);
	assert_int_equal(kept.bytes, 3 * STEP);
	/* 33 to 48 bytes: the class of 40 */
	char *q = _Znwm(33);
	assert_ptr_equal(q, p);
	assert_int_equal(kept.bytes, 0);
	assert_true(malloc_usable_size(q) >= 33);
	_ZdlPv(q);
	/* a larger request takes a block of its own */
	char *r = _Znam(49);
	assert_ptr_not_equal(r, p);
	assert_true(malloc_usable_size(r) >= 49);
	_ZdaPv(r);
	cache_free(&kept);
	assert_int_equal(kept.bytes, 0);
	for (size_t k = 0; k < CLASSES; k++)
		assert_null(kept.head[k]);
}

static void new_of_nothing_and_large_blocks(void **state)
{
	(void)state;
	cache_free(&kept);
	void *a = _Znwm(0), *b = _Znwm(0);
	assert_non_null(a);
	assert_ptr_not_equal(a, b);
	_ZdlPv(a);
	_ZdlPv(b);
	/* past the last class: malloc's, and freed (none of it kept) */
	size_t big = CLASSES * STEP + 100;
	char *c = _Znwm(big);
	memset(c, 2, big);
	size_t before = kept.bytes;
	_ZdlPvm(c, big);
	assert_int_equal(kept.bytes, before);
	cache_free(&kept);
}

static void a_thread_keeps_no_more_than_its_bound(void **state)
{
	(void)state;
	cache_free(&kept);
	enum { SIZE = 512 };
	size_t n = CACHE_BYTES / SIZE + 10;
	void **p = rw_xmalloc(n * sizeof *p);
	for (size_t i = 0; i < n; i++)
		p[i] = _Znwm(SIZE);
	for (size_t i = 0; i < n; i++)
		_ZdlPvm(p[i], SIZE);
	assert_true(kept.bytes <= CACHE_BYTES);
	assert_true(kept.bytes > CACHE_BYTES - SIZE - STEP);
	free(p);
	cache_free(&kept);
}

/* What a thread saw of its own cache before it ended. */
typedef struct seen {
	int watched;
	size_t bytes;
} seen;

static void *delete_some(void *arg)
{
	seen *s = arg;
	for (int i = 0; i < 10; i++)
		_ZdlPvm(_Znwm(24), 24);
	s->watched = have_thread_end && pthread_getspecific(thread_end) == &kept;
	s->bytes = kept.bytes;
	return NULL;
}

static void a_thread_frees_its_blocks_as_it_ends(void **state)
{
	(void)state;
	seen s = {0};
	pthread_t t;
	assert_int_equal(pthread_create(&t, NULL, delete_some, &s), 0);
	pthread_join(t, NULL);
	/* the key's destructor (cache_free) runs as the thread ends; the
	 * leak check of make check-san fails without it */
	assert_true(s.watched);
	assert_int_equal(s.bytes, 2 * STEP);
}

#ifdef __SANITIZE_ADDRESS__
static void asan_sees_a_block_kept_and_past_the_size_asked(void **state)
{
	(void)state;
	cache_free(&kept);
	char *p = _Znwm(20);
	assert_false(__asan_address_is_poisoned(p + 19));
	assert_true(__asan_address_is_poisoned(p + 24));
	_ZdlPvm(p, 20);
	assert_true(__asan_address_is_poisoned(p + 8));
	char *q = _Znwm(30);
	assert_ptr_equal(q, p);
	assert_false(__asan_address_is_poisoned(q + 29));
	_ZdlPvm(q, 30);
	cache_free(&kept);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_block_deleted_comes_back_for_its_class),
		cmocka_unit_test(new_of_nothing_and_large_blocks),
		cmocka_unit_test(a_thread_keeps_no_more_than_its_bound),
		cmocka_unit_test(a_thread_frees_its_blocks_as_it_ends),
#ifdef __SANITIZE_ADDRESS__
		cmocka_unit_test(asan_sees_a_block_kept_and_past_the_size_asked),
#endif
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
