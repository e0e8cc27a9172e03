/* test_hashset.c - the open-addressing set (lib/hashset.c): values found
 * by what they stand for, growth past the size it was made for, equal
 * hashes told apart by `same`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "rwlib.h"

#include <stdio.h>
#include <string.h>

enum { KEYS = 5000 };
static char keys[KEYS][16];

static int same_key(size_t val, const void *ctx)
{
	return !strcmp(keys[val], ctx);
}

static void a_set_grows_past_its_size_and_finds_every_value(void **state)
{
	struct rw_hashset s;
	rw_hs_init(&s, 0);
	size_t first_slots = s.mask + 1;
	for (size_t i = 0; i < KEYS; i++) {
		snprintf(keys[i], sizeof keys[i], "R%zu.%zu", i / 10, i % 10);
		uint64_t h = rw_hs_hash(keys[i], RW_HS_SEED);
		struct rw_hs_slot *e = rw_hs_find(&s, h, same_key, keys[i]);
		assert_int_equal(e->val, RW_HS_EMPTY);
		rw_hs_add(&s, e, h, i);
	}
	assert_true(s.mask + 1 > first_slots);
	assert_true(s.n * 2 <= s.mask + 1); /* at most half full */
	for (size_t i = 0; i < KEYS; i++)
		assert_int_equal(rw_hs_find(&s, rw_hs_hash(keys[i], RW_HS_SEED), same_key, keys[i])->val, i);
	assert_int_equal(rw_hs_find(&s, rw_hs_hash("R9999.9", RW_HS_SEED), same_key, "R9999.9")->val,
			 RW_HS_EMPTY);
	rw_hs_free(&s);
}

static void equal_hashes_are_told_apart_by_same(void **state)
{
	struct rw_hashset s;
	rw_hs_init(&s, 2);
	strcpy(keys[0], "a");
	strcpy(keys[1], "b");
	/* both under one hash: the second probes on past the first */
	rw_hs_add(&s, rw_hs_find(&s, 7, same_key, "a"), 7, 0);
	struct rw_hs_slot *e = rw_hs_find(&s, 7, same_key, "b");
	assert_int_equal(e->val, RW_HS_EMPTY);
	rw_hs_add(&s, e, 7, 1);
	assert_int_equal(rw_hs_find(&s, 7, same_key, "a")->val, 0);
	assert_int_equal(rw_hs_find(&s, 7, same_key, "b")->val, 1);
	rw_hs_free(&s);
}

static void the_hash_tells_where_a_string_splits(void **state)
{
	assert_true(rw_hs_hash("c", rw_hs_hash("ab", RW_HS_SEED)) !=
		    rw_hs_hash("bc", rw_hs_hash("a", RW_HS_SEED)));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_set_grows_past_its_size_and_finds_every_value),
		cmocka_unit_test(equal_hashes_are_told_apart_by_same),
		cmocka_unit_test(the_hash_tells_where_a_string_splits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
