/* test_pdf_textrules.c - rulings drawn with characters (extract/rw-pdf/
 * textrules.c): a grid of "+--+" and "|" becomes rulings and leaves the
 * cells' text; dashes and bars of running text stay text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../extract/rw-pdf/arena.c"
#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/textrules.c"

#include "pdf_glyphs.h"

/* The page's text, glyph by glyph. */
static char *page_text(const pdf_page *p)
{
	char *s = rw_xmalloc(p->ng + 1);
	for (size_t i = 0; i < p->ng; i++)
		s[i] = p->g[i].u[0];
	s[p->ng] = 0;
	return s;
}

static void a_character_grid_is_rulings(void **state)
{
	pdf_page p = {.width = 600, .height = 800};
	/* 5 pt glyphs in 10 pt boxes, lines 10 pt apart */
	put_text(&p, "+---+---+", 10, 100);
	put_text(&p, "|abc|def|", 10, 110);
	put_text(&p, "|ghi|jkl|", 10, 120);
	put_text(&p, "+---+---+", 10, 130);
	assert_int_equal(pdf_page_text_rulings(&p), 9 + 3 + 3 + 9);
	char *s = page_text(&p);
	assert_string_equal(s, "abcdefghijkl");
	free(s);
	assert_true(p.have_rulings);
	size_t across = 0, down = 0;
	for (size_t i = 0; i < p.nr; i++) {
		const pdf_ruling *r = &p.r[i];
		if (r->y0 == r->y1) {
			across++;
			assert_true(r->x0 == 10 && r->x1 == 55);
		} else {
			down++;
			/* through the middle of its character cell */
			assert_true(r->x0 == 12.5 || r->x0 == 32.5 || r->x0 == 52.5);
		}
	}
	assert_int_equal(across, 2);
	assert_int_equal(down, 3 * 4); /* three columns of bars and crossings, four lines */
	/* the bars reach the rules across: the middle of the lines above and under */
	double top = HUGE_VAL, bottom = -HUGE_VAL;
	for (size_t i = 0; i < p.nr; i++)
		if (p.r[i].x0 == p.r[i].x1 && p.r[i].x0 == 12.5)
			top = fmin(top, p.r[i].y0), bottom = fmax(bottom, p.r[i].y1);
	assert_true(top == 105 && bottom == 135);
	pdf_page_clear(&p);
}

static void dashes_and_a_bar_of_running_text_stay_text(void **state)
{
	pdf_page p = {.width = 600, .height = 800};
	put_text(&p, "Board | Meeting -- on 2021-02-26", 10, 100);
	put_text(&p, "a second line, no bar above the first", 10, 120);
	size_t ng = p.ng;
	assert_int_equal(pdf_page_text_rulings(&p), 0);
	assert_int_equal(p.ng, ng);
	assert_int_equal(p.nr, 0);
	assert_false(p.have_rulings);
	pdf_page_clear(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_character_grid_is_rulings),
		cmocka_unit_test(dashes_and_a_bar_of_running_text_stay_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
