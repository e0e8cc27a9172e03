/* test_grid.c - tables as grids (lib/grid.c): cells put in any order,
 * a replaced cell handed back, the cap on cells, growth row by row. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "rwlib.h"

static void cells_land_where_they_are_put_in_any_order(void **state)
{
	rw_grid g = {0};
	char a[] = "a", b[] = "b", c[] = "c";
	assert_int_equal(rw_grid_put(&g, 2, 0, c, NULL), 0);
	assert_int_equal(rw_grid_put(&g, 0, 3, b, NULL), 0); /* more columns: re-laid */
	assert_int_equal(rw_grid_put(&g, 0, 0, a, NULL), 0);
	assert_int_equal(g.rows, 3);
	assert_int_equal(g.cols, 4);
	assert_ptr_equal(rw_grid_at(&g, 0, 0), a);
	assert_ptr_equal(rw_grid_at(&g, 0, 3), b);
	assert_ptr_equal(rw_grid_at(&g, 2, 0), c);
	assert_null(rw_grid_at(&g, 1, 1));
	assert_null(rw_grid_at(&g, 2, 3));
	rw_grid_free(&g, NULL);
	assert_null(g.cell);
}

static void a_replaced_cell_is_handed_back(void **state)
{
	rw_grid g = {0};
	char a[] = "a", b[] = "b";
	void *old = b;
	assert_int_equal(rw_grid_put(&g, 1, 1, a, &old), 0);
	assert_null(old);
	assert_int_equal(rw_grid_put(&g, 1, 1, b, &old), 0);
	assert_ptr_equal(old, a);
	assert_ptr_equal(rw_grid_at(&g, 1, 1), b);
	rw_grid_free(&g, NULL);
}

static void a_grid_past_the_cap_is_refused_and_left_as_it_was(void **state)
{
	rw_grid g = {0};
	char a[] = "a";
	assert_int_equal(rw_grid_put(&g, 0, 1, a, NULL), 0);
	/* 2 columns: a row this far down makes more cells than the cap */
	assert_int_equal(rw_grid_put(&g, (int)(RW_GRID_MAX_CELLS / 2), 0, a, NULL), -1);
	assert_int_equal(rw_grid_put(&g, -1, 0, a, NULL), -1);
	assert_int_equal(rw_grid_put(&g, 0, -1, a, NULL), -1);
	assert_int_equal(rw_grid_put(&g, 0, (int)RW_GRID_MAX_CELLS, a, NULL), -1);
	assert_int_equal(g.rows, 1);
	assert_int_equal(g.cols, 2);
	/* the last row the cap allows still fits */
	assert_int_equal(rw_grid_put(&g, (int)(RW_GRID_MAX_CELLS / 2) - 1, 0, a, NULL), 0);
	assert_int_equal(g.rows, (int)(RW_GRID_MAX_CELLS / 2));
	rw_grid_free(&g, NULL);
}

static void rows_that_come_one_by_one_keep_every_cell(void **state)
{
	enum { ROWS = 1000, COLS = 3 };
	static char text[ROWS][COLS];
	rw_grid g = {0};
	for (int r = 0; r < ROWS; r++)
		for (int c = 0; c < COLS; c++)
			assert_int_equal(rw_grid_put(&g, r, c, &text[r][c], NULL), 0);
	assert_true(g.row_cap >= ROWS);
	for (int r = 0; r < ROWS; r++)
		for (int c = 0; c < COLS; c++)
			assert_ptr_equal(rw_grid_at(&g, r, c), &text[r][c]);
	rw_grid_free(&g, NULL);
}

static int freed;
static void count_free(void *p) { freed += p != NULL; }

static void freeing_a_grid_frees_each_cell(void **state)
{
	rw_grid g = {0};
	char a[] = "a", b[] = "b";
	rw_grid_put(&g, 0, 0, a, NULL);
	rw_grid_put(&g, 3, 2, b, NULL);
	freed = 0;
	rw_grid_free(&g, count_free);
	assert_int_equal(freed, 2);
	assert_int_equal(g.rows, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(cells_land_where_they_are_put_in_any_order),
		cmocka_unit_test(a_replaced_cell_is_handed_back),
		cmocka_unit_test(a_grid_past_the_cap_is_refused_and_left_as_it_was),
		cmocka_unit_test(rows_that_come_one_by_one_keep_every_cell),
		cmocka_unit_test(freeing_a_grid_frees_each_cell),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
