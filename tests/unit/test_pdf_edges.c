/* test_pdf_edges.c - rw-pdf's table areas from text edges
 * (textedges.c) on synthetic glyph boxes: tables side by side parted by
 * the white gutter between them, and what does not part an area. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>

#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/textedges.c"
#include "../../extract/rw-pdf/debug.c"

/* Glyphs of text s (ASCII, one glyph a byte, 10pt type) from x at top,
 * each 5pt wide; a space leaves a 3pt gap. */
static void put_text(pdf_page *p, const char *s, double x, double top)
{
	for (; *s; s++) {
		if (*s == ' ') {
			x += 3;
			continue;
		}
		pdf_glyph g = {.b = {top, x, top + 10, x + 5}, .size = 10};
		g.u[0] = *s;
		pdf_page_add_glyph(p, &g);
		x += 5;
	}
}

/* Rows of cells: row r's cell c (texts[r][c], NULL: empty) at x[c]. */
static void put_rows(pdf_page *p, const char *const *texts, size_t rows, size_t cols,
		     const double *x)
{
	for (size_t r = 0; r < rows; r++)
		for (size_t c = 0; c < cols; c++)
			if (texts[r * cols + c])
				put_text(p, texts[r * cols + c], x[c], 100 + 14 * (double)r);
}

typedef struct found {
	pdf_line *l;
	size_t nl, na;
	pdf_area *a;
} found;

static found areas(const pdf_page *p, const pdf_edge_params *ep)
{
	found f;
	f.l = pdf_lines_build(p->g, p->ng, &f.nl);
	int *used = rw_xcalloc(f.nl + 1, sizeof *used);
	int *filled = rw_xcalloc(f.nl + 1, sizeof *filled);
	f.na = pdf_text_areas(f.l, f.nl, used, ep, filled, &f.a, NULL);
	free(used);
	free(filled);
	return f;
}

static void found_free(found *f)
{
	free(f->a);
	pdf_lines_free(f->l, f->nl);
}

/* Two tables of two columns each, level with each other: ids and words
 * 20pt apart, the second table 100pt to the right of the first and a row
 * longer. */
static const char *const pair[] = {
	"Id", "Text", "No", "Word", /* a header over each half */
	"R1", "text", "S1", "word", "R2", "text", "S2", "word", "R3", "text", "S3", "word",
	NULL, NULL,   "S4", "word",
};
enum { PAIR_ROWS = 5 };
static const double pair_x[] = {10, 40, 160, 190};

static void tables_side_by_side_part_at_the_gutter(void **state)
{
	pdf_page p = {0};
	put_rows(&p, pair, PAIR_ROWS, 4, pair_x);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	assert_int_equal(f.a[0].first, 0);
	assert_int_equal(f.a[0].last, PAIR_ROWS - 1);
	/* the cut stands in the white between the tables */
	assert_true(f.a[0].right > 60 && f.a[0].right < 160);
	assert_true(f.a[1].left == f.a[0].right);
	assert_true(pdf_area_clipped(&f.a[0]) && pdf_area_clipped(&f.a[1]));
	found_free(&f);
	/* without the gutter rule: one area of four columns */
	pdf_edge_params no_cut = pdf_edge_defaults;
	no_cut.gutter_ratio = HUGE_VAL;
	f = areas(&p, &no_cut);
	assert_int_equal(f.na, 1);
	assert_false(pdf_area_clipped(&f.a[0]));
	found_free(&f);
	pdf_page_clear(&p);
}

/* A table's gaps as wide as each other are its column gaps, however wide
 * (the median column gap is the scale, not a length). */
static void even_wide_gaps_keep_one_table(void **state)
{
	pdf_page p = {0};
	static const double even_x[] = {10, 120, 230, 340};
	put_rows(&p, pair, PAIR_ROWS, 4, even_x);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	assert_false(pdf_area_clipped(&f.a[0]));
	found_free(&f);
	/* the same page parts when gaps of a third the width are the scale */
	pdf_edge_params loose = pdf_edge_defaults;
	loose.gutter_ratio = 0.9;
	f = areas(&p, &loose);
	assert_int_equal(f.na, 2);
	found_free(&f);
	pdf_page_clear(&p);
}

/* A gutter twice the other gaps but under min_gutter font sizes is a
 * column gap of a table of narrow gaps. */
static void narrow_gutter_is_a_column_gap(void **state)
{
	pdf_page p = {0};
	static const double tight_x[] = {10, 28, 66, 84}; /* gaps 8, 18, 8 */
	put_rows(&p, pair, PAIR_ROWS, 4, tight_x);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_edge_params any = pdf_edge_defaults;
	any.min_gutter = 0;
	f = areas(&p, &any);
	assert_int_equal(f.na, 2);
	found_free(&f);
	pdf_page_clear(&p);
}

/* A side that is not a table of its own (one column of notes beside a
 * table, or a side whose first line fills one column only) keeps the
 * area whole. */
static void side_without_columns_keeps_area(void **state)
{
	static const char *const notes[] = {
		"Id", "Text", "No", NULL,   "R1", "text", "S1", NULL,
		"R2", "text", "S2", "word", "R3", "text", "S3", "word",
		NULL, NULL,   "S4", "word",
	};
	pdf_page p = {0};
	put_rows(&p, notes, PAIR_ROWS, 4, pair_x);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	/* with the header row full, the same rows part */
	static const char *const headed[] = {
		"Id", "Text", "No", "Word", "R1", "text", "S1", NULL,
		"R2", "text", "S2", "word", "R3", "text", "S3", "word",
		NULL, NULL,   "S4", "word",
	};
	pdf_page q = {0};
	put_rows(&q, headed, PAIR_ROWS, 4, pair_x);
	f = areas(&q, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	found_free(&f);
	pdf_page_clear(&p);
	pdf_page_clear(&q);
}

/* The columns of one table end together: halves whose rows end on one
 * line, or whose longer half goes on below the other's end with a
 * wrapped cell's next lines only (no text in its first column), are one
 * table with a wide gap. */
static void halves_ending_together_are_one_table(void **state)
{
	static const char *const level[] = {
		"Id", "Text", "No", "Word", "R1", "text", "S1", "word",
		"R2", "text", "S2", "word", "R3", "text", "S3", "word",
	};
	pdf_page p = {0};
	put_rows(&p, level, 4, 4, pair_x);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	static const char *const wrapped[] = {
		"Id", "Text", "No", "Word", "R1", "text", "S1", "word",
		"R2", "text", "S2", "word", "R3", "text", "S3", "word",
		NULL, NULL,   NULL, "more", NULL, NULL,   NULL, "text",
	};
	pdf_page q = {0};
	put_rows(&q, wrapped, 6, 4, pair_x);
	f = areas(&q, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
	pdf_page_clear(&q);
}

/* An area's lines hold its own words only, in boxes of their own. */
static void area_lines_hold_the_area_words(void **state)
{
	pdf_page p = {0};
	put_rows(&p, pair, PAIR_ROWS, 4, pair_x);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	size_t n, *from;
	pdf_line *s = pdf_area_lines(f.l, &f.a[1], &n, &from);
	assert_int_equal(n, PAIR_ROWS);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(from[i], i);
		assert_int_equal(s[i].nw, 2);
		assert_true(s[i].b.left >= 160);
		assert_true(s[i].size > 0);
	}
	char *t = pdf_line_text(&s[2]);
	assert_string_equal(t, "S2 word");
	free(t);
	free(from);
	pdf_lines_free(s, n);
	found_free(&f);
	pdf_page_clear(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tables_side_by_side_part_at_the_gutter),
		cmocka_unit_test(even_wide_gaps_keep_one_table),
		cmocka_unit_test(narrow_gutter_is_a_column_gap),
		cmocka_unit_test(side_without_columns_keeps_area),
		cmocka_unit_test(halves_ending_together_are_one_table),
		cmocka_unit_test(area_lines_hold_the_area_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
