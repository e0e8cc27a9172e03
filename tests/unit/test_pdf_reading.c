/* test_pdf_reading.c - rw-pdf's reading order on synthetic glyph boxes:
 * text directions and the turn into the reading frame (direction.c),
 * gutters between columns (columns.c), running heads and feet and
 * paragraphs cut by a page break (furniture.c), right-to-left text
 * (layout.c with FriBidi). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>

#include "../../extract/rw-pdf/arena.c"
#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/direction.c"
#include "../../extract/rw-pdf/columns.c"
#include "../../extract/rw-pdf/furniture.c"
#include "../../extract/rw-pdf/debug.c"

#define SIZE 10.0  /* font size of the synthetic text */
#define ADV 6.0    /* a glyph's advance */
#define GAP 3.0    /* a word space */

/* Glyphs of s (one a byte; a space is a gap) from (x, y) advancing in
 * direction d, boxes shaped as poppler gives them: SIZE across the
 * direction, ADV along it. */
static void put_dir(pdf_page *p, const char *s, double x, double y, enum pdf_dir d)
{
	for (; *s; s++) {
		double step = *s == ' ' ? GAP : ADV;
		if (*s != ' ') {
			pdf_glyph g = {.size = SIZE};
			g.u[0] = *s;
			switch (d) {
			case PDF_DIR_SOUTH:
				g.b = (pdf_box){y, x - SIZE, y + ADV, x};
				break;
			case PDF_DIR_NORTH:
				g.b = (pdf_box){y - ADV, x, y, x + SIZE};
				break;
			case PDF_DIR_WEST:
				g.b = (pdf_box){y - SIZE, x - ADV, y, x};
				break;
			default:
				g.b = (pdf_box){y, x, y + SIZE, x + ADV};
			}
			pdf_page_add_glyph(p, &g);
		}
		switch (d) {
		case PDF_DIR_SOUTH: y += step; break;
		case PDF_DIR_NORTH: y -= step; break;
		case PDF_DIR_WEST: x -= step; break;
		default: x += step;
		}
	}
}

static pdf_page new_page(double w, double h)
{
	pdf_page p = {0};
	p.width = w;
	p.height = h;
	return p;
}

/* The page's lines' texts joined by " | ", top to bottom. */
static char *all_lines(const pdf_page *p)
{
	size_t nl;
	pdf_line *l = pdf_lines_build(p->g, p->ng, &nl);
	rw_buf b = {0};
	rw_buf_adds(&b, "");
	for (size_t i = 0; i < nl; i++) {
		char *s = pdf_line_text(&l[i]);
		if (i)
			rw_buf_adds(&b, " | ");
		rw_buf_adds(&b, s);
		free(s);
	}
	pdf_lines_free(l, nl);
	return rw_buf_take(&b);
}

/* Text a and text b are both in s (the lines as read), a first. */
static void assert_read_before(const char *s, const char *a, const char *b)
{
	const char *x = strstr(s, a), *y = strstr(s, b);
	assert_non_null(x);
	assert_non_null(y);
	assert_true(x < y);
}

/* ---- direction.c ------------------------------------------------------ */

static void box_turns_a_quarter_into_the_reading_frame(void **state)
{
	/* text advancing south on a 600 x 800 page: x becomes the line's
	 * y counted from the right edge, y the position along it */
	pdf_box b = pdf_box_turn((pdf_box){100, 50, 110, 60}, PDF_DIR_SOUTH, 600, 800);
	assert_true(b.top == 540 && b.bottom == 550 && b.left == 100 && b.right == 110);
	b = pdf_box_turn((pdf_box){100, 50, 110, 60}, PDF_DIR_NORTH, 600, 800);
	assert_true(b.top == 50 && b.bottom == 60 && b.left == 690 && b.right == 700);
	b = pdf_box_turn((pdf_box){100, 50, 110, 60}, PDF_DIR_WEST, 600, 800);
	assert_true(b.top == 690 && b.bottom == 700 && b.left == 540 && b.right == 550);
	b = pdf_box_turn((pdf_box){100, 50, 110, 60}, PDF_DIR_EAST, 600, 800);
	assert_true(b.top == 100 && b.left == 50);
}

/* A turned page's boxes are drawn on the page as displayed: what the
 * geometry notes after the turn is turned back, whichever way it went. */
static void debug_boxes_of_a_turned_page_are_drawn_where_they_stand(void **state)
{
	const pdf_box shown = {100, 50, 110, 60};
	for (int dir = PDF_DIR_SOUTH; dir <= PDF_DIR_NORTH; dir++) {
		pdf_page p = {.width = 600, .height = 800};
		pdf_debug d = {0};
		p.debug = &d;
		pdf_page_turn(&p, (enum pdf_dir)dir);
		pdf_box read = pdf_box_turn(shown, (enum pdf_dir)dir, 600, 800);
		pdf_debug_add_box(&d, PDF_DEBUG_AREA, &read);
		assert_int_equal(d.n, 1);
		pdf_box b = pdf_debug_shown(&d, 0);
		assert_true(fabs(b.top - shown.top) < 1e-9 && fabs(b.left - shown.left) < 1e-9 &&
			    fabs(b.bottom - shown.bottom) < 1e-9 && fabs(b.right - shown.right) < 1e-9);
		free(d.box);
	}
	/* a page read as it stands notes boxes as they are */
	pdf_debug d = {0};
	pdf_debug_add_box(&d, PDF_DEBUG_AREA, &shown);
	pdf_box b = pdf_debug_shown(&d, 0);
	assert_true(b.top == 100 && b.left == 50 && b.bottom == 110 && b.right == 60);
	free(d.box);
}

static void sideways_lines_read_in_their_direction(void **state)
{
	static const struct {
		enum pdf_dir d;
		double x0, y0, pitch; /* first line's start; next line's offset */
	} cases[] = {
		{PDF_DIR_SOUTH, 500, 100, -14}, /* turned clockwise: lines go left */
		{PDF_DIR_NORTH, 100, 700, 14},  /* turned the other way: lines go right */
		{PDF_DIR_WEST, 500, 700, -14},  /* upside down: lines go up */
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		pdf_page p = new_page(600, 800);
		int across_x = cases[k].d != PDF_DIR_WEST;
		double x = cases[k].x0, y = cases[k].y0;
		put_dir(&p, "Board Action", x, y, cases[k].d);
		put_dir(&p, "Rec 1.1 approved", across_x ? x + cases[k].pitch : x,
			across_x ? y : y + cases[k].pitch, cases[k].d);
		signed char *dir = rw_xmalloc(p.ng);
		pdf_glyph_directions(&p, dir);
		assert_int_equal(pdf_main_direction(&p, dir), cases[k].d);
		free(dir);
		pdf_page_reading_frame(&p, NULL);
		char *s = all_lines(&p);
		assert_string_equal(s, "Board Action | Rec 1.1 approved");
		free(s);
		if (across_x)
			assert_true(p.width == 800 && p.height == 600);
		pdf_page_clear(&p);
	}
}

static void a_column_of_figures_is_upright_text(void **state)
{
	/* digits one under the other follow each other going south, but
	 * their boxes are tall: no turn */
	pdf_page p = new_page(600, 800);
	for (int i = 0; i < 8; i++) {
		pdf_glyph g = {.b = {100 + 12.0 * i, 300, 110 + 12.0 * i, 305}, .size = SIZE};
		g.u[0] = (char)('1' + i);
		pdf_page_add_glyph(&p, &g);
	}
	put_dir(&p, "Total", 100, 300, PDF_DIR_EAST);
	signed char *dir = rw_xmalloc(p.ng);
	pdf_glyph_directions(&p, dir);
	for (size_t i = 0; i < 8; i++)
		assert_int_not_equal(dir[i], PDF_DIR_SOUTH);
	free(dir);
	pdf_page_reading_frame(&p, NULL);
	assert_true(p.width == 600 && p.g[0].b.top == 100 && p.g[0].b.left == 300);
	pdf_page_clear(&p);
}

static void an_upright_line_on_a_sideways_page_is_turned_too(void **state)
{
	pdf_page p = new_page(600, 800);
	for (int i = 0; i < 6; i++)
		put_dir(&p, "Treat registration data as a priority", 500 - 14.0 * i, 100,
			PDF_DIR_SOUTH);
	put_dir(&p, "Page 1 of 2", 270, 770, PDF_DIR_EAST);
	pdf_page_reading_frame(&p, NULL);
	char *s = all_lines(&p);
	assert_non_null(strstr(s, "Page 1 of 2"));
	assert_non_null(strstr(s, "Treat registration data as a priority"));
	free(s);
	pdf_page_clear(&p);
}

/* ---- columns.c -------------------------------------------------------- */

/* Lines from .. to - 1 of a column at x: line i at y 100 + pitch i
 * reads "TAGi WORDS". */
static void column_lines_at(pdf_page *p, const char *tag, int from, int to, const char *words,
			    double x, double pitch)
{
	char s[200];
	for (int i = from; i < to; i++) {
		snprintf(s, sizeof s, "%s%d %s", tag, i, words);
		put_dir(p, s, x, 100 + pitch * i, PDF_DIR_EAST);
	}
}

/* The same, 14 points apart: 4 points of white between lines. */
static void column_lines(pdf_page *p, const char *tag, int from, int to, const char *words,
			 double x)
{
	column_lines_at(p, tag, from, to, words, x, 14);
}

/* Words of prose: a column of them, tagged, runs 261 points wide. */
#define PROSE "the board met on it and took these actions"
/* Two columns of n prose lines each on a page 700 wide, the left at x 60
 * (to 321), the right at 350: a gutter of 29 points, a tenth of the
 * columns; left line i reads "left i ...", right "right i ...". */
static void two_columns(pdf_page *p, int n, const char *words)
{
	column_lines(p, "left", 0, n, words, 60);
	column_lines(p, "right", 0, n, words, 350);
}

static void gutter_found_between_two_columns_of_prose(void **state)
{
	pdf_page p = new_page(700, 800);
	two_columns(&p, 8, PROSE);
	pdf_gutter g[PDF_MAX_GUTTERS];
	size_t n = pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS);
	assert_int_equal(n, 1);
	assert_true(g[0].x0 == 321 && g[0].x1 == 350);
	assert_true(g[0].top == 100 && g[0].bottom == 100 + 14 * 7 + SIZE);
	pdf_page_stack_columns(&p, g, n);
	char *s = all_lines(&p);
	/* every left line before the first right one */
	assert_read_before(s, "left7", "right0");
	assert_null(strstr(s, "left0 " PROSE " right0"));
	free(s);
	pdf_page_clear(&p);
}

/* A footnote's rule under the left column's sixth line, drawn the
 * column's measure (9 points into the gutter, past its ragged lines):
 * one column's own, the gutter runs on. A rule across the gutter (a
 * table's) ends the columns there. */
static void a_rule_stopping_in_the_gutter_leaves_the_columns(void **state)
{
	const double rule_y = 100 + 14 * 6 + SIZE + 2; /* between lines 6 and 7 */
	for (int across = 0; across <= 1; across++) {
		pdf_page p = new_page(700, 800);
		two_columns(&p, 10, PROSE);
		pdf_page_add_ruling(&p, 60, rule_y, across ? 640 : 330, rule_y);
		pdf_gutter g[PDF_MAX_GUTTERS] = {{0}};
		size_t n = pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS);
		assert_true(n >= 1);
		if (across) {
			assert_true(g[0].bottom < rule_y);
		} else {
			assert_int_equal(n, 1);
			assert_true(g[0].top == 100 && g[0].bottom == 100 + 14 * 9 + SIZE);
		}
		pdf_page_clear(&p);
	}
}

/* A heading of two short lines at the top of the left column, on its
 * own leading and a paragraph's white over the column's text, beside
 * the right column's first lines: the white beside it is too wide for
 * a gutter, but it leaves the gutter found under it white, so the
 * columns start at its top, and the heading is read before the right
 * column. */
static void a_heading_beside_the_other_columns_top_is_its_column(void **state)
{
	pdf_page p = new_page(700, 800);
	put_dir(&p, "Results", 60, 94, PDF_DIR_EAST);
	put_dir(&p, "of the vote", 60, 106, PDF_DIR_EAST);
	column_lines(&p, "left", 2, 10, PROSE, 60);
	column_lines(&p, "right", 0, 10, PROSE, 350);
	pdf_gutter g[PDF_MAX_GUTTERS] = {{0}};
	size_t n = pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS);
	assert_int_equal(n, 1);
	assert_true(g[0].top == 94 && g[0].x1 == 350);
	pdf_page_stack_columns(&p, g, n);
	char *s = all_lines(&p);
	assert_read_before(s, "of the vote", "right0");
	free(s);
	pdf_page_clear(&p);
}

/* A table drawn close under two columns moves down with its rules: its
 * column rule starts within the box of the columns' last line (under
 * its middle) and runs on below; its top rule lies just under the
 * columns. A rule under the middle of the left column's lines stays
 * with them. */
static void a_table_under_the_columns_moves_with_its_rules(void **state)
{
	pdf_page p = new_page(700, 800);
	two_columns(&p, 8, PROSE);
	double foot = 100 + 14 * 7 + SIZE; /* the last line's box bottom */
	put_dir(&p, "Rec one", 60, foot + 6, PDF_DIR_EAST);
	pdf_page_add_ruling(&p, 60, foot + 0.5, 640, foot + 0.5); /* top rule */
	pdf_page_add_ruling(&p, 58, foot - 1, 58, foot + 30);     /* column rule */
	pdf_page_add_ruling(&p, 60, 150, 300, 150);               /* in the left column */
	pdf_gutter g[PDF_MAX_GUTTERS];
	size_t n = pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS);
	assert_int_equal(n, 1);
	double top_before = 0;
	for (size_t i = 0; i < p.ng; i++)
		if (p.g[i].u[0] == 'R' && p.g[i].b.left == 60)
			top_before = p.g[i].b.top;
	pdf_page_stack_columns(&p, g, n);
	double moved = 0;
	for (size_t i = 0; i < p.ng; i++)
		if (p.g[i].u[0] == 'R' && p.g[i].b.left == 60)
			moved = p.g[i].b.top - top_before;
	assert_true(moved > 100);
	assert_int_equal(p.nr, 3);
	for (size_t i = 0; i < p.nr; i++) {
		const pdf_ruling *r = &p.r[i];
		if (r->x1 == 300)
			assert_true(r->y0 == 150);
		else if (r->x0 == 58)
			assert_true(fabs(r->y0 - (foot - 1 + moved)) < 1e-9);
		else
			assert_true(fabs(r->y0 - (foot + 0.5 + moved)) < 1e-9);
	}
	pdf_page_clear(&p);
}

static void no_gutter_in_a_table(void **state)
{
	/* short cells: a river, but not prose on both sides */
	pdf_page p = new_page(700, 800);
	two_columns(&p, 8, "done");
	pdf_gutter g[PDF_MAX_GUTTERS];
	assert_int_equal(pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS), 0);
	pdf_page_clear(&p);
	/* three columns: more than one chunk on a side */
	p = new_page(700, 800);
	for (int i = 0; i < 8; i++) {
		put_dir(&p, "one two three four", 40, 100 + 14.0 * i, PDF_DIR_EAST);
		put_dir(&p, "five six seven eight", 220, 100 + 14.0 * i, PDF_DIR_EAST);
		put_dir(&p, "nine ten eleven twelve", 400, 100 + 14.0 * i, PDF_DIR_EAST);
	}
	assert_int_equal(pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS), 0);
	pdf_page_clear(&p);
	/* prose beside prose, but a ruling runs down the white */
	p = new_page(700, 800);
	two_columns(&p, 8, PROSE);
	pdf_page_add_ruling(&p, 335, 90, 335, 220);
	assert_int_equal(pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS), 0);
	pdf_page_clear(&p);
	/* a row whose middle columns are empty under its first line: the
	 * white starts inside the text of the left cell, and is wider than
	 * the wrapped cells beside it */
	p = new_page(800, 600);
	put_dir(&p, "1.1 The board met on it", 40, 100, PDF_DIR_EAST);
	put_dir(&p, "Accepted", 400, 100, PDF_DIR_EAST);
	put_dir(&p, "Notes of the team on it", 620, 100, PDF_DIR_EAST);
	column_lines(&p, "and", 1, 4, "the team on it", 58);
	column_lines(&p, "more", 1, 4, "of the team on it", 620);
	assert_int_equal(pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS), 0);
	pdf_page_clear(&p);
	/* prose beside prose a line each, but rows padded apart: 18 points
	 * of white between every two lines, where running text leaves a
	 * leading (4 points), a paragraph's white now and then */
	p = new_page(700, 800);
	column_lines_at(&p, "left", 0, 4, PROSE, 60, 28);
	column_lines_at(&p, "right", 0, 4, PROSE, 350, 28);
	assert_int_equal(pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS), 0);
	pdf_page_clear(&p);
}

/* A table of one-line rows set at a leading, a wide white between its
 * columns, prose in each cell ("Rec0 the board met on it ..." beside
 * "Passed0 the board ..."): no line on either side goes on from the one
 * above (each starts with a capital), as running text's lines do: no
 * gutter. The same lines going on (starting lower case) are two columns
 * of the page. */
static void no_gutter_between_rows_that_do_not_wrap(void **state)
{
	pdf_gutter g[PDF_MAX_GUTTERS];
	for (int wrapping = 0; wrapping <= 1; wrapping++) {
		pdf_page p = new_page(700, 800);
		column_lines(&p, wrapping ? "left" : "Rec", 0, 8, PROSE, 60);
		column_lines(&p, wrapping ? "right" : "Passed", 0, 8, PROSE, 350);
		assert_int_equal(pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS), wrapping);
		pdf_page_clear(&p);
	}
}

/* A table whose padded rows hold prose cells in two columns: an id
 * stands on the line above the left cell's lines, left of them. The
 * white between the cells runs down their lines as a gutter would, but
 * a page's column has nothing standing left of it close by. Without the
 * id the same lines are two columns. */
static void no_gutter_beside_a_tables_ids(void **state)
{
	pdf_gutter g[PDF_MAX_GUTTERS];
	for (int with_id = 1; with_id >= 0; with_id--) {
		pdf_page p = new_page(700, 800);
		if (with_id)
			put_dir(&p, "R1", 10, 100, PDF_DIR_EAST);
		column_lines(&p, "left", 1, 4, PROSE, 60);
		column_lines(&p, "right", 0, 4, PROSE, 350);
		assert_int_equal(pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS), with_id ? 0 : 1);
		pdf_page_clear(&p);
	}
}


/* Two columns of prose set right under a table's last row, which starts
 * at the left column's edge: without a rule the river starts inside a
 * block of text (a table's wrapped cells leave such white), with the
 * table's bottom rule across the page between them the columns start
 * under it. A rule under one of two tables side by side, stopping short
 * of the white between them, parts nothing. */
static void columns_start_under_a_tables_bottom_rule(void **state)
{
	static const struct { double x0, x1; size_t want; } rule[] = {
		{0, 0, 0}, {55, 645, 1}, {55, 300, 0}};
	for (size_t k = 0; k < sizeof rule / sizeof *rule; k++) {
		pdf_page p = new_page(700, 800);
		put_dir(&p, "R9 the last row of the table above runs on across the page", 60, 100,
			PDF_DIR_EAST);
		column_lines(&p, "left", 1, 5, PROSE, 60);
		column_lines(&p, "right", 1, 5, PROSE, 350);
		if (rule[k].x1 > 0)
			pdf_page_add_ruling(&p, rule[k].x0, 100 + SIZE + 2, rule[k].x1, 100 + SIZE + 2);
		pdf_gutter g[PDF_MAX_GUTTERS];
		assert_int_equal(pdf_find_gutters(&p, NULL, g, PDF_MAX_GUTTERS), rule[k].want);
		pdf_page_clear(&p);
	}
}

static size_t gutters(pdf_page *p, pdf_reading *known, pdf_gutter *g)
{
	return pdf_find_gutters(p, known, g, PDF_MAX_GUTTERS);
}

static void short_columns_of_prose_have_a_gutter(void **state)
{
	/* two lines a side, every one a column's: flush, prose, spaced
	 * as running text */
	pdf_page p = new_page(700, 800);
	two_columns(&p, 2, PROSE);
	pdf_gutter g[PDF_MAX_GUTTERS];
	assert_int_equal(gutters(&p, NULL, g), 1);
	pdf_page_clear(&p);
	/* a gutter of little more than a font size (a pica beside 10-point
	 * type) */
	p = new_page(700, 800);
	column_lines(&p, "left", 0, 3, PROSE, 60);
	column_lines(&p, "right", 0, 3, PROSE, 332);
	assert_int_equal(gutters(&p, NULL, g), 1);
	pdf_page_clear(&p);
	/* one line beside another is chance, but for where an earlier page
	 * had its gutter: the right column starts where it started there */
	p = new_page(700, 800);
	two_columns(&p, 1, PROSE);
	assert_int_equal(gutters(&p, NULL, g), 0);
	pdf_reading known = {.known = {{321, 350, 0, 800}}, .nknown = 1};
	assert_int_equal(gutters(&p, &known, g), 1);
	pdf_reading elsewhere = {.known = {{300, 400, 0, 800}}, .nknown = 1};
	assert_int_equal(gutters(&p, &elsewhere, g), 0);
	pdf_page_clear(&p);
}

static void a_gutter_behind_a_wider_justified_space_is_found(void **state)
{
	/* the first line's widest white is a word space stretched by
	 * justification in the right column: the gutter is another white */
	pdf_page p = new_page(700, 800);
	/* the left column ends at 195, the right runs from 240 to 424 */
	put_dir(&p, "left0 " PROSE, 60, 100, PDF_DIR_EAST);
	put_dir(&p, "right0", 350, 100, PDF_DIR_EAST);
	put_dir(&p, "board", 436, 100, PDF_DIR_EAST);
	put_dir(&p, "met", 516, 100, PDF_DIR_EAST);
	column_lines(&p, "left", 1, 3, PROSE, 60);
	column_lines(&p, "right", 1, 3, PROSE " at once", 350);
	pdf_gutter g[PDF_MAX_GUTTERS];
	assert_int_equal(gutters(&p, NULL, g), 1);
	assert_true(g[0].top == 100 && g[0].x1 == 350);
	pdf_page_clear(&p);
}

static void a_table_under_short_columns_stays_out_of_them(void **state)
{
	/* a table's head right under the left column: its cells leave one
	 * wide white among word spaces, so it is no line of the column */
	pdf_page p = new_page(700, 800);
	two_columns(&p, 3, PROSE);
	put_dir(&p, "Rec #", 60, 100 + 14.0 * 3, PDF_DIR_EAST);
	put_dir(&p, "Status", 200, 100 + 14.0 * 3, PDF_DIR_EAST);
	put_dir(&p, "1.1 A review of the whole board met on it done", 60, 100 + 14.0 * 4,
		PDF_DIR_EAST);
	pdf_gutter g[PDF_MAX_GUTTERS];
	assert_int_equal(gutters(&p, NULL, g), 1);
	assert_true(g[0].bottom == 100 + 14 * 2 + SIZE);
	pdf_page_clear(&p);
	/* a head whose right side starts off the right column's edge */
	p = new_page(700, 800);
	two_columns(&p, 3, PROSE);
	put_dir(&p, "Rec # Recommendation", 60, 100 + 14.0 * 3, PDF_DIR_EAST);
	put_dir(&p, "Status", 420, 100 + 14.0 * 3, PDF_DIR_EAST); /* off the right column's edge */
	assert_int_equal(gutters(&p, NULL, g), 1);
	assert_true(g[0].bottom == 100 + 14 * 2 + SIZE);
	pdf_page_clear(&p);
	/* a head of one word under the longer column, closer than a
	 * paragraph's white but further than the columns' leading */
	p = new_page(700, 800);
	column_lines_at(&p, "left", 0, 4, PROSE, 60, 11);
	column_lines_at(&p, "right", 0, 3, PROSE, 350, 11);
	put_dir(&p, "Policy", 60, 100 + 11 * 3 + SIZE + 4, PDF_DIR_EAST);
	assert_int_equal(gutters(&p, NULL, g), 1);
	assert_true(g[0].bottom == 100 + 11 * 3 + SIZE);
	pdf_page_clear(&p);
}

/* ---- furniture.c -------------------------------------------------------- */

static pdf_line *lines_of(pdf_page *p, size_t *nl)
{
	return pdf_lines_build(p->g, p->ng, nl);
}

/* Each of the np pages has nl lines; those that start with `start` are
 * dropped (furniture) when `dropped`, the others when not. Frees the
 * pages. */
static void expect_dropped(pdf_page *p, pdf_page_lines *v, size_t np, size_t nl,
			   const char *start, int dropped)
{
	for (size_t i = 0; i < np; i++) {
		assert_int_equal(v[i].nl, nl);
		for (size_t k = 0; k < v[i].nl; k++) {
			char *s = pdf_line_text(&v[i].l[k]);
			int match = !strncmp(s, start, strlen(start));
			assert_int_equal(v[i].l[k].drop, match == dropped);
			free(s);
		}
		pdf_lines_free(v[i].l, v[i].nl);
		pdf_page_clear(&p[i]);
	}
}

static void running_foot_and_page_number_are_furniture(void **state)
{
	pdf_page p[3];
	pdf_page_lines v[3];
	for (int i = 0; i < 3; i++) {
		p[i] = new_page(600, 800);
		char num[40];
		snprintf(num, sizeof num, "Resolutions %d | Page %d of 3", 2020 + i, i + 1);
		put_dir(&p[i], "The board met on the day and took these actions.", 60, 100,
			PDF_DIR_EAST);
		put_dir(&p[i], "Board resolutions draft", 60, 30, PDF_DIR_EAST);
		put_dir(&p[i], num, 60, 760 + i, PDF_DIR_EAST);
		v[i] = (pdf_page_lines){.number = i + 1, .height = 800};
		v[i].l = lines_of(&p[i], &v[i].nl);
	}
	pdf_mark_furniture(v, 3);
	/* all but the body's line */
	expect_dropped(p, v, 3, 3, "The board", 0);
}

static void mark_pages(pdf_page *p, pdf_page_lines *v, int n);

/* Three pages, each a body line and a bare number at its foot, the
 * numbers the pages' places plus first - 1 (numbering from first): the
 * numbers are dropped (page numbers) when `dropped`. */
static void check_bare_numbers(int first, int dropped)
{
	pdf_page p[3];
	pdf_page_lines v[3];
	for (int i = 0; i < 3; i++) {
		p[i] = new_page(600, 800);
		char num[16];
		snprintf(num, sizeof num, "%d", first + i);
		put_dir(&p[i], "The board met on the day and took these actions.", 60, 100,
			PDF_DIR_EAST);
		put_dir(&p[i], num, 300, 760, PDF_DIR_EAST);
		v[i] = (pdf_page_lines){.number = i + 1, .height = 800};
		v[i].l = lines_of(&p[i], &v[i].nl);
	}
	pdf_mark_furniture(v, 3);
	expect_dropped(p, v, 3, 2, "The board", !dropped);
}

/* Bare numbers that are their pages' places, or as far from them on
 * every page (numbering from 10), are page numbers. */
static void bare_numbers_the_pages_bear_out_are_page_numbers(void **state)
{
	check_bare_numbers(1, 1);
	check_bare_numbers(10, 1);
}

/* Two pages: a body line on the first, with `foot` (or nothing) at its
 * foot; `top` at the top of the second, a body line under it. The bare
 * numbers are kept as text, not dropped as page numbers. */
static void check_numbers_kept(const char *foot, const char *top)
{
	pdf_page p[2] = {new_page(600, 800), new_page(600, 800)};
	put_dir(&p[0], "The board met on the day and took these actions.", 60, 100,
		PDF_DIR_EAST);
	if (foot)
		put_dir(&p[0], foot, 60, 760, PDF_DIR_EAST);
	put_dir(&p[1], top, 60, 40, PDF_DIR_EAST);
	put_dir(&p[1], "Budget security report public with.", 60, 60, PDF_DIR_EAST);
	pdf_page_lines v[2];
	mark_pages(p, v, 2);
	int numbers = 0;
	for (int i = 0; i < 2; i++) {
		for (size_t k = 0; k < v[i].nl; k++) {
			char *t = pdf_line_text(&v[i].l[k]);
			if ((foot && !strcmp(t, foot)) || !strcmp(t, top)) {
				numbers++;
				assert_false(v[i].l[k].drop);
			}
			free(t);
		}
		pdf_lines_free(v[i].l, v[i].nl);
		pdf_page_clear(&p[i]);
	}
	assert_int_equal(numbers, foot ? 2 : 1);
}

/* A bare number at the top of the second page that no other page bears
 * out ("11": an id of a table printed a cell a line, going on from the
 * page before) is text. */
static void a_bare_number_no_page_bears_out_is_text(void **state)
{
	check_numbers_kept(NULL, "11");
}

/* Ids one after another, at the foot of one page and the top of the
 * next ("11", "12": rows printed a cell a line), are as far from their
 * pages' places, but stand in different margins: no page numbers. */
static void numbers_in_different_margins_bear_out_nothing(void **state)
{
	check_numbers_kept("11", "12");
}

/* Three pages, each starting with an id of a table printed a cell a
 * line ("LE.11", "LE.21", "LE.31": ten rows a page): the same text at
 * the same place but for its numbers, which go up by ten a page where
 * a running head's stay or go up with the page. Text, not furniture;
 * with numbers that go up one a page ("Part 11", "Part 12"...) the same
 * line is a running head. */
static void ids_at_the_tops_of_pages_are_no_running_head(void **state)
{
	for (int step = 10; step >= 1; step -= 9) {
		pdf_page p[3];
		pdf_page_lines v[3];
		for (int i = 0; i < 3; i++) {
			p[i] = new_page(600, 800);
			char top[32];
			snprintf(top, sizeof top, "LE.%d", 11 + step * i);
			put_dir(&p[i], top, 60, 40, PDF_DIR_EAST);
			put_dir(&p[i], "The board met on the day and took these actions.", 60, 100,
				PDF_DIR_EAST);
			v[i] = (pdf_page_lines){.number = i + 1, .height = 800};
			v[i].l = lines_of(&p[i], &v[i].nl);
		}
		pdf_mark_furniture(v, 3);
		if (step == 1) {
			expect_dropped(p, v, 3, 2, "LE.", 1);
			continue;
		}
		for (int i = 0; i < 3; i++) {
			for (size_t k = 0; k < v[i].nl; k++)
				assert_false(v[i].l[k].drop);
			pdf_lines_free(v[i].l, v[i].nl);
			pdf_page_clear(&p[i]);
		}
	}
}

static void a_header_row_of_two_cells_repeated_is_no_running_head(void **state)
{
	/* on each page: a running head of two parts at the margins, then a
	 * table's header row of two cells in the table's columns */
	pdf_page p[3];
	pdf_page_lines v[3];
	for (int i = 0; i < 3; i++) {
		p[i] = new_page(600, 800);
		put_dir(&p[i], "Review status", 40, 30, PDF_DIR_EAST);
		put_dir(&p[i], "Draft", 520, 30, PDF_DIR_EAST);
		put_dir(&p[i], "Rec #", 60, 60, PDF_DIR_EAST);
		put_dir(&p[i], "Recommendation", 200, 60, PDF_DIR_EAST);
		for (int r = 0; r < 3; r++) {
			char id[32]; /* two ints and a dot, whatever gcc cannot prove of them */
			snprintf(id, sizeof id, "%d.%d", i + 1, r + 1);
			put_dir(&p[i], id, 60, 80 + 20.0 * r, PDF_DIR_EAST);
			put_dir(&p[i], "The board publishes its plan", 200, 80 + 20.0 * r,
				PDF_DIR_EAST);
		}
		v[i] = (pdf_page_lines){.number = i + 1, .height = 800};
		v[i].l = lines_of(&p[i], &v[i].nl);
	}
	pdf_mark_furniture(v, 3);
	/* the running head only */
	expect_dropped(p, v, 3, 5, "Review status", 1);
}

/* The lines of pages p[0..n-1] (800pt high) through the furniture pass. */
static void mark_pages(pdf_page *p, pdf_page_lines *v, int n)
{
	for (int i = 0; i < n; i++) {
		v[i] = (pdf_page_lines){.number = i + 1, .height = 800};
		v[i].l = lines_of(&p[i], &v[i].nl);
	}
	pdf_mark_furniture(v, (size_t)n);
}

/* A page ending in line `end` at x, the next starting with `start`:
 * each keeps its line. */
static void nothing_moves(const char *end, double x, const char *start)
{
	pdf_page p[2] = {new_page(600, 800), new_page(600, 800)};
	put_dir(&p[0], end, x, 680, PDF_DIR_EAST);
	put_dir(&p[1], start, 60, 100, PDF_DIR_EAST);
	pdf_page_lines v[2];
	mark_pages(p, v, 2);
	for (int i = 0; i < 2; i++) {
		assert_int_equal(v[i].nl, 1);
		pdf_lines_free(v[i].l, v[i].nl);
		pdf_page_clear(&p[i]);
	}
}

static void a_paragraph_cut_by_the_page_break_joins_up(void **state)
{
	pdf_page p[2] = {new_page(600, 800), new_page(600, 800)};
	put_dir(&p[0], "Resolved, the Board approves Recommendations 1.1, 1.2,", 60, 680,
		PDF_DIR_EAST);
	/* filled, as a paragraph's line before a break is: "2.3," would not
	 * have fit at its end */
	put_dir(&p[0], "1.3, 2.1, 2.2, 2.4, 2.5, 2.6, 2.7, 3.1, 3.2, 3.4 and", 60, 694,
		PDF_DIR_EAST);
	put_dir(&p[1], "2.3, as set out in the scorecard.", 60, 100, PDF_DIR_EAST);
	put_dir(&p[1], "Published on 20 March 2023.", 60, 130, PDF_DIR_EAST);
	pdf_page_lines v[2];
	mark_pages(p, v, 2);
	assert_int_equal(v[0].nl, 3);
	assert_int_equal(v[1].nl, 1);
	char *s = pdf_line_text(&v[0].l[2]);
	assert_string_equal(s, "2.3, as set out in the scorecard.");
	free(s);
	/* right under the page's last line */
	assert_true(v[0].l[2].b.top > v[0].l[1].b.bottom &&
		    v[0].l[2].b.top - v[0].l[1].b.bottom < SIZE / 2);
	/* a sentence ended on the page before: nothing moves */
	nothing_moves("Resolved, the Board approves Recommendation 1.1.", 60,
		      "Whereas, the team met.");
	/* the page before ends further in (a table cell's last line): the
	 * next page's first line goes on no paragraph of it */
	nothing_moves("Resolved, the Board approves the", 300, "review of the plan, as set out");
	for (int i = 0; i < 2; i++) {
		pdf_lines_free(v[i].l, v[i].nl);
		pdf_page_clear(&p[i]);
	}
}

/* A short last line that the next page's first word would have fit
 * after ended its paragraph (an id's number under its name, as a
 * browser breaks "Recommendation LE." over "24" in a narrow cell): the
 * next page's first line, a row of the table, stays there. */
static void a_short_line_ends_its_paragraph_at_the_break(void **state)
{
	pdf_page p[2] = {new_page(600, 800), new_page(600, 800)};
	put_dir(&p[0], "Recommendation LE.", 60, 666, PDF_DIR_EAST);
	put_dir(&p[0], "24", 60, 680, PDF_DIR_EAST);
	put_dir(&p[1], "Recommendation LE. Approved, subject to prioritization", 60, 100,
		PDF_DIR_EAST);
	pdf_page_lines v[2];
	mark_pages(p, v, 2);
	assert_int_equal(v[0].nl, 2);
	assert_int_equal(v[1].nl, 1);
	for (int i = 0; i < 2; i++) {
		pdf_lines_free(v[i].l, v[i].nl);
		pdf_page_clear(&p[i]);
	}
}

/* ---- right to left (layout.c) -------------------------------------------- */

/* Glyphs of UTF-8 text in the order seen, left to right, one a character;
 * rtl marked as page.c marks it. */
static void put_seen(pdf_page *p, const char *s, double x, double y)
{
	while (*s) {
		if (*s == ' ') {
			x += GAP;
			s++;
			continue;
		}
		pdf_glyph g = {.b = {y, x, y + SIZE, x + ADV}, .size = SIZE};
		int n = 1;
		while (n < 4 && (s[n] & 0xc0) == 0x80)
			n++;
		memcpy(g.u, s, n);
		unsigned char c0 = (unsigned char)s[0];
		g.rtl = c0 == 0xd7 || c0 == 0xd8 || c0 == 0xd9; /* Hebrew, Arabic */
		pdf_page_add_glyph(p, &g);
		s += n;
		x += ADV;
	}
}

static void right_to_left_read_in_logical_order(void **state)
{
	/* "עדכון המדיניות 2024" (update the policy 2024) as drawn: the
	 * number on the left, each word's letters right to left */
	pdf_page p = new_page(600, 800);
	put_seen(&p, "2024 \xd7\xaa\xd7\x95\xd7\x99\xd7\xa0\xd7\x99\xd7\x93\xd7\x9e\xd7\x94 "
		     "\xd7\x9f\xd7\x95\xd7\x9b\xd7\x93\xd7\xa2",
		 60, 100);
	char *s = all_lines(&p);
	assert_string_equal(s, "\xd7\xa2\xd7\x93\xd7\x9b\xd7\x95\xd7\x9f "
			       "\xd7\x94\xd7\x9e\xd7\x93\xd7\x99\xd7\xa0\xd7\x99\xd7\x95\xd7\xaa 2024");
	free(s);
	pdf_page_clear(&p);
	/* a left-to-right line keeps a Hebrew word whole in its place */
	p = new_page(600, 800);
	put_seen(&p, "Rec 1.5 \xd7\x9d\xd7\x95\xd7\x9c\xd7\xa9 done", 60, 100);
	s = all_lines(&p);
	assert_string_equal(s, "Rec 1.5 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d done");
	free(s);
	pdf_page_clear(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(box_turns_a_quarter_into_the_reading_frame),
		cmocka_unit_test(debug_boxes_of_a_turned_page_are_drawn_where_they_stand),
		cmocka_unit_test(sideways_lines_read_in_their_direction),
		cmocka_unit_test(a_column_of_figures_is_upright_text),
		cmocka_unit_test(an_upright_line_on_a_sideways_page_is_turned_too),
		cmocka_unit_test(gutter_found_between_two_columns_of_prose),
		cmocka_unit_test(a_rule_stopping_in_the_gutter_leaves_the_columns),
		cmocka_unit_test(a_heading_beside_the_other_columns_top_is_its_column),
		cmocka_unit_test(no_gutter_beside_a_tables_ids),
		cmocka_unit_test(columns_start_under_a_tables_bottom_rule),
		cmocka_unit_test(a_table_under_the_columns_moves_with_its_rules),
		cmocka_unit_test(no_gutter_in_a_table),
		cmocka_unit_test(no_gutter_between_rows_that_do_not_wrap),
		cmocka_unit_test(short_columns_of_prose_have_a_gutter),
		cmocka_unit_test(a_gutter_behind_a_wider_justified_space_is_found),
		cmocka_unit_test(a_table_under_short_columns_stays_out_of_them),
		cmocka_unit_test(running_foot_and_page_number_are_furniture),
		cmocka_unit_test(bare_numbers_the_pages_bear_out_are_page_numbers),
		cmocka_unit_test(a_bare_number_no_page_bears_out_is_text),
		cmocka_unit_test(numbers_in_different_margins_bear_out_nothing),
		cmocka_unit_test(a_header_row_of_two_cells_repeated_is_no_running_head),
		cmocka_unit_test(ids_at_the_tops_of_pages_are_no_running_head),
		cmocka_unit_test(a_paragraph_cut_by_the_page_break_joins_up),
		cmocka_unit_test(a_short_line_ends_its_paragraph_at_the_break),
		cmocka_unit_test(right_to_left_read_in_logical_order),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
