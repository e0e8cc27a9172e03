/* test_pdf_edges.c - rw-pdf's table areas from text edges
 * (textedges.c) on synthetic glyph boxes: tables side by side parted by
 * the white gutter between them where their rows or their rules show two
 * tables, and what does not part an area. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>

#include "../../extract/rw-pdf/arena.c"
#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/textedges.c"
#include "../../extract/rw-pdf/cellrows.c"
#include "../../extract/rw-pdf/debug.c"

#include "pdf_glyphs.h"

/* A table of cols columns at x[], its rows from top down: row r's cell
 * c is texts[r * cols + c] (NULL: empty), a line a '|' in it starting
 * the cell's next line, 11pt under the one before (1pt of leading); a
 * cell's lines start at its row's top, or stand in its middle (centred).
 * Rows are pad points apart. Returns the bottom of the last row. */
static double put_table(pdf_page *p, const char *const *texts, size_t rows, size_t cols,
			const double *x, double top, double pad, int centred)
{
	for (size_t r = 0; r < rows; r++) {
		size_t most = 1;
		for (size_t c = 0; c < cols; c++) {
			size_t n = 1;
			for (const char *t = texts[r * cols + c]; t && *t; t++)
				n += *t == '|';
			most = n > most ? n : most;
		}
		for (size_t c = 0; c < cols; c++) {
			const char *t = texts[r * cols + c];
			if (!t)
				continue;
			size_t n = 1;
			for (const char *q = t; *q; q++)
				n += *q == '|';
			double y = top + (centred ? 11 * (double)(most - n) / 2 : 0);
			char buf[64];
			while (*t) {
				size_t k = strcspn(t, "|");
				snprintf(buf, sizeof buf, "%.*s", (int)k, t);
				put_text(p, buf, x[c], y);
				y += 11;
				t += k + (t[k] == '|');
			}
		}
		top += 11 * (double)most - 1 + pad;
	}
	return top;
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
	f.na = pdf_text_areas(f.l, f.nl, used, p->r, p->nr, ep, filled, &f.a, NULL);
	free(used);
	free(filled);
	return f;
}

static void found_free(found *f)
{
	free(f->a);
	pdf_lines_free(f->l, f->nl);
}

/* Two tables of two columns, a header and four rows each. */
static const char *const left_rows[] = {
	"Id", "Text", "R1", "text", "R2", "text", "R3", "text", "R4", "text",
};
static const char *const right_rows[] = {
	"No", "Word", "S1", "word|more", "S2", "word", "S3", "word", "S4", "word",
};
static const double left_x[] = {10, 40}, right_x[] = {160, 190};
enum { ROWS = 5 };

/* A gutter between the tables, 100pt: the right one's wrapped cell
 * pushes its rows down, so that its rows break where the left one's
 * cells stand and the other way round: two tables (but with rules
 * across both). */
static void rows_of_their_own_part_at_the_gutter(void **state)
{
	pdf_page p = {0};
	put_table(&p, left_rows, ROWS, 2, left_x, 100, 4, 0);
	put_table(&p, right_rows, ROWS, 2, right_x, 100, 4, 0);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	/* the cut stands in the white between the tables */
	assert_true(f.a[0].right > 70 && f.a[0].right < 160);
	assert_true(f.a[1].left == f.a[0].right);
	assert_true(pdf_area_clipped(&f.a[0]) && pdf_area_clipped(&f.a[1]));
	assert_int_equal(f.a[0].first, f.a[1].first);
	found_free(&f);
	/* a gutter narrower than min_gutter is a column gap */
	pdf_edge_params wide = pdf_edge_defaults;
	wide.min_gutter = 12;
	f = areas(&p, &wide);
	assert_int_equal(f.na, 1);
	assert_false(pdf_area_clipped(&f.a[0]));
	found_free(&f);
	/* rules across both sides under most rows (a table ruled between
	 * its rows, its cells centred anywhere in them): one table's rules
	 * run under all its columns */
	for (int r = 1; r < ROWS; r++)
		pdf_page_add_ruling(&p, 5, 100 + 14 * r - 2, 250, 100 + 14 * r - 2);
	f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	assert_false(pdf_area_clipped(&f.a[0]));
	found_free(&f);
	pdf_page_clear(&p);
}

/* Header cells set off the columns' edges (centred over wider columns)
 * leave the header line out of the area the edges make; over tables
 * side by side, with words on each side and none in the gutter, it is
 * both sides' first line. A title across the gutter is neither's. */
static void header_over_tables_side_by_side_is_both_sides(void **state)
{
	static const char *const body_l[] = {"R1", "text", "R2", "text", "R3", "text", "R4", "text"};
	static const char *const body_r[] = {"S1", "word|more", "S2", "word", "S3", "word", "S4", "word"};
	pdf_page p = {0};
	put_text(&p, "Id", 17, 86);
	put_text(&p, "Text", 47, 86);
	put_text(&p, "No", 167, 86);
	put_text(&p, "Word", 197, 86);
	put_table(&p, body_l, ROWS - 1, 2, left_x, 100, 4, 0);
	put_table(&p, body_r, ROWS - 1, 2, right_x, 100, 4, 0);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	assert_int_equal(f.a[0].first, 0);
	assert_int_equal(f.a[1].first, 0);
	found_free(&f);
	/* a title over both instead */
	pdf_page q = {0};
	put_text(&q, "Both tables of this page", 60, 86);
	put_table(&q, body_l, ROWS - 1, 2, left_x, 100, 4, 0);
	put_table(&q, body_r, ROWS - 1, 2, right_x, 100, 4, 0);
	f = areas(&q, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	assert_int_equal(f.a[0].first, 1);
	found_free(&f);
	pdf_page_clear(&p);
	pdf_page_clear(&q);
}

/* Two tables side by side whose heads both start "Rec", the right one
 * with a wrapped cell (its rows its own) and a date column whose first
 * cells are empty: the white inside the right table, before its date
 * column, is wider than the gutter between the tables. The band the
 * repeated head marks out is the cut, not the wider one. */
static void repeated_heads_mark_the_cut_before_wider_white(void **state)
{
	static const char *const left[] = {
		"Rec", "Status", "7.1", "Done", "8.1", "Open", "8.2", "Done", "9.1", "Open",
	};
	static const char *const right[] = {
		"Rec", "Date",   "Share",     "3.1", NULL, "word|more", "3.2", NULL, "word",
		"3.3", "May 2", "word", "3.4", "June 9", "word",
	};
	static const double lx[] = {10, 40}, rx[] = {110, 200, 250};
	pdf_page p = {0};
	put_table(&p, left, ROWS, 2, lx, 100, 4, 0);
	put_table(&p, right, ROWS, 3, rx, 100, 4, 0);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	/* the cut stands between "Status" (to 70) and the right "Rec" */
	assert_true(f.a[0].right > 70 && f.a[0].right < 110);
	found_free(&f);
	pdf_page_clear(&p);
}

/* Tables whose rows line up, no rules: nothing shows two tables (one
 * table with a wide gap looks the same), whatever their lengths. */
static void level_rows_keep_one_area(void **state)
{
	static const char *const level[] = {
		"No", "Word", "S1", "word", "S2", "word", "S3", "word", "S4", "word",
	};
	pdf_page p = {0};
	put_table(&p, left_rows, ROWS, 2, left_x, 100, 4, 0);
	put_table(&p, level, ROWS, 2, right_x, 100, 4, 0);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
	/* ... and a row longer on the right */
	static const char *const longer[] = {
		"No", "Word", "S1", "word", "S2", "word", "S3", "word", "S4", "word", "S5", "word",
	};
	put_table(&p, left_rows, ROWS, 2, left_x, 100, 4, 0);
	put_table(&p, longer, ROWS + 1, 2, right_x, 100, 4, 0);
	f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
}

/* One table set without padding, its cells in the middle of their
 * rows, a wide empty stretch between its third and fourth columns (a
 * sheet's): each id of two lines fills its row, so the ids of rows one
 * under the other stack into one run of lines; the one-line cells right
 * of the stretch stand level with each id, not with the run. Two
 * section rows, nothing beside them, say nothing either way. */
static void ids_filling_rows_set_solid_keep_one_area(void **state)
{
	(void)state;
	static const char *const rows[] = {
		"Rec #",    "Text",                "Date",       "Action", "Count",
		"Rec|7.10", "work to do|and more", "2022-07-08", "10%",    "20%",
		"Rec|7.11", "work to do|and more", "2024-04-15", "30%",    "40%",
		"Rec|7.12", "work to do|and more", "2025-08-07", "50%",    "60%",
		"Rec|7.13", "work to do|and more", "2018-08-06", "70%",    "80%",
		"Rec|7.14", "work to do|and more", "2021-08-26", "15%",    "25%",
	};
	static const double x[] = {10, 60, 120, 260, 300};
	pdf_page p = {0};
	put_table(&p, rows, 6, 5, x, 100, 0, 1);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
	static const char *const sections[] = {
		"Rec #",       "Text",          "Date",       "Action", "Count",
		"7.10",        "work|to|do",    "2022-07-08", "10%",    "20%",
		"7.11",        "work|to|do",    "2024-04-15", "30%",    "40%",
		"Section two", NULL,            NULL,         NULL,     NULL,
		"7.12",        "work|to|do",    "2025-08-07", "50%",    "60%",
		"Section six", NULL,            NULL,         NULL,     NULL,
		"7.13",        "work|to|do",    "2018-08-06", "70%",    "80%",
		"7.14",        "work|to|do",    "2021-08-26", "15%",    "25%",
	};
	put_table(&p, sections, 8, 5, x, 100, 0, 1);
	f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
}

/* A table of three columns whose rows 5 to 7 (counted from 1) are the
 * lines mid[0..2] across its columns, from its first column's x. */
static found table_around(const char *const *mid)
{
	const char *rows[] = {"Rec", "Status", "Notes", "1.1", "Done", "kept up",
			      "1.2", "Late", "waiting on staff to report back by",
			      "1.3", "Done", "on time",
			      mid[0], NULL, NULL, mid[1], NULL, NULL, mid[2], NULL, NULL,
			      "4.1", "Open", "begun", "4.2", "Done", "closed out",
			      "4.3", "Open", "late"};
	static const double x[] = {10, 70, 130};
	pdf_page p = {0};
	put_table(&p, rows, 10, 3, x, 100, 3, 0);
	found f = areas(&p, &pdf_edge_defaults);
	pdf_page_clear(&p);
	return f;
}

/* Three section rows one under another (sections with no rows of their
 * own) across the columns, more lines than a section name wraps over:
 * each ends well short of the table's right, the next one's first word
 * would have fit after it, so none is the rest of the line before and
 * the area goes on under them. Three lines of a paragraph, each filled
 * to the table's right but the last, end it. */
static void section_rows_each_of_one_line_keep_one_area(void **state)
{
	static const char *const sections[] = {"Section 2: first part of the whole plan",
					       "Section 3: second part of the whole plan",
					       "Section 4: third part of the whole plan"};
	found f = table_around(sections);
	assert_int_equal(f.na, 1);
	assert_int_equal(f.a[0].first, 0);
	assert_int_equal(f.a[0].last, 9);
	found_free(&f);
	static const char *const prose[] = {
		"Running text between the two tables goes on from one line to",
		"the next one when its next word does not fit on the line",
		"above it, until it ends."};
	f = table_around(prose);
	assert_int_equal(f.na, 2);
	found_free(&f);
}

/* The row over two section rows wraps its last cell over three lines;
 * the section rows start left of the ids (a column of figures set flush
 * right, the section's name at the table's left edge): the edges of the
 * first two columns end at the row and the section rows cut them, four
 * lines in all, more than max_break_lines. The wrapped cell's lines run
 * across none of the columns: they leave them open, so the two sections
 * alone are breaks and the area goes on past them. Two lines of a
 * paragraph in their place, across the columns, are breaks: the area
 * ends. */
static void a_wrapped_cell_over_section_rows_is_no_break(void **state)
{
	static const double x[] = {30, 70, 130};
	const char *above[] = {"Rec", "Status", "Notes", "1.1", "Done", "kept up",
			       "1.2", "Late", "waiting on|staff to report|back by May"};
	const char *below[] = {"3.1", "Done", "closed out", "3.2", "Open", "late",
			       "3.3", "Open", "begun"};
	for (int prose = 0; prose <= 1; prose++) {
		pdf_page p = {0};
		double y = put_table(&p, above, 3, 3, x, 100, 3, 0);
		if (prose) {
			put_text(&p, "Running text that goes on from one", 10, y);
			put_text(&p, "line to the next one until it ends.", 10, y += 11);
		}
		put_text(&p, "Section 2: the first part", 10, y += 14);
		put_text(&p, "Section 3: the second part", 10, y += 14);
		put_table(&p, below, 3, 3, x, y + 14, 3, 0);
		found f = areas(&p, &pdf_edge_defaults);
		assert_int_equal(f.na, prose ? 2 : 1);
		assert_int_equal(f.a[0].first, 0);
		if (!prose)
			assert_int_equal(f.a[0].last, f.nl - 1);
		found_free(&f);
		pdf_page_clear(&p);
	}
}

/* A table ruled between its rows (rules 16pt apart across it, from 5 to
 * 250), its last rows at the foot of the page section rows of one line
 * each, with nothing under them to go on with: the rules show them rows
 * of the table, so the area takes them in. With a rule under the header
 * alone (and over and under the table) the lines under the table are no
 * rows of it, though a rule stands under them too. */
static void rows_between_the_rules_of_a_ruled_table_are_its_own(void **state)
{
	const char *rows[] = {"Rec", "Status", "Notes", "1.1", "Done", "kept up",
			      "1.2", "Late", "waiting", "1.3", "Done", "on time",
			      "Section 2: the first part", NULL, NULL,
			      "Section 3: the second part", NULL, NULL,
			      "Section 4: the third part", NULL, NULL};
	static const double x[] = {10, 70, 130};
	for (int ruled = 1; ruled >= 0; ruled--) {
		pdf_page p = {0};
		put_table(&p, rows, 7, 3, x, 100, 6, 0);
		for (int r = 0; r <= 7; r++)
			if (ruled || r < 2 || r >= 4)
				pdf_page_add_ruling(&p, 5, 100 + 16 * r - 3, 250, 100 + 16 * r - 3);
		found f = areas(&p, &pdf_edge_defaults);
		assert_int_equal(f.na, 1);
		assert_int_equal(f.a[0].first, 0);
		assert_int_equal(f.a[0].last, ruled ? 6 : 3);
		found_free(&f);
		pdf_page_clear(&p);
	}
}

/* Text s set in type of `size` points (glyph boxes as tall, half as
 * wide): a cell's words in another script, in a fallback font. */
static void put_sized(pdf_page *p, const char *s, double x, double top, double size)
{
	for (; *s; s++, x += size / 2) {
		pdf_glyph g = {.b = {top, x, top + size, x + size / 2}, .size = size};
		g.u[0] = *s;
		pdf_page_add_glyph(p, &g);
	}
}

/* Two tables ruled between their rows, one over the other, the second
 * wider in other columns; under the first, a note in smaller type set
 * tight under its bottom rule (the rule inside the note's box by a
 * tenth of a point), then the second's title. The rule under the last
 * row and over the note closes the first table: the note and the title
 * are no row between its rules and the next table's. */
static void a_note_set_tight_under_the_bottom_rule_closes_the_table(void **state)
{
	static const double x[] = {10, 70, 130}, wide[] = {10, 150, 220};
	const char *first[] = {"Rec", "Status", "Notes", "1.1", "Done", "kept up",
			       "1.2", "Late", "waiting", "1.3", "Done", "on time"};
	const char *second[] = {"Region", "Change", "Q2", "North", "12", "(4)",
				"South", "7", "19", "East", "3", "8"};
	pdf_page p = {0};
	put_table(&p, first, 4, 3, x, 100, 6, 0);
	for (int r = 0; r <= 4; r++)
		pdf_page_add_ruling(&p, 5, 100 + 16 * r - 3, 250, 100 + 16 * r - 3);
	put_sized(&p, "Note: as reported", 10, 160.9, 8);
	put_text(&p, "Table 2. Another one", 10, 176);
	put_table(&p, second, 4, 3, wide, 195, 6, 0);
	for (int r = 0; r <= 4; r++)
		pdf_page_add_ruling(&p, 5, 195 + 16 * r - 3, 300, 195 + 16 * r - 3);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	assert_int_equal(f.a[0].first, 0);
	assert_int_equal(f.a[0].last, 3);
	assert_int_equal(f.a[1].last, f.nl - 1);
	found_free(&f);
	pdf_page_clear(&p);
}

/* A row's last line holds only a cell's word in a fallback font set
 * larger than the table's type, and a section row in the table's type
 * comes next, over a row whose note mixes scripts (two word groups in
 * one column: no row of the table above, were the section row a note
 * that closes it): the section row is set in the table's type, no note
 * under it, so the table goes on past it as past any section row. */
static void a_section_row_under_a_fallback_font_line_is_no_note(void **state)
{
	static const double x[] = {10, 70, 130};
	const char *rows[] = {"Rec", "Status", "Notes", "1.1", "Done", "kept up",
			      "1.2", "Late", "waiting"};
	const char *after[] = {"2.1", "Done", "closed out", "2.2", "Open", "late",
			       "2.3", "Open", "begun"};
	pdf_page p = {0};
	put_table(&p, rows, 3, 3, x, 100, 6, 0);
	put_sized(&p, "QRST", 130, 143, 13);
	put_text(&p, "Section 2: the next part", 10, 164);
	put_table(&p, after, 3, 3, x, 180, 6, 0);
	put_sized(&p, "UV", 200, 180, 13);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	assert_int_equal(f.a[0].first, 0);
	assert_int_equal(f.a[0].last, f.nl - 1);
	found_free(&f);
	pdf_page_clear(&p);
}

/* The table put_table sets from texts (one line a row, rows pad apart)
 * is one area, all its lines. */
static void assert_one_area(const char *const *texts, size_t rows, size_t cols, const double *x,
			    double pad)
{
	pdf_page p = {0};
	put_table(&p, texts, rows, cols, x, 100, pad, 0);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	assert_int_equal(f.a[0].first, 0);
	assert_int_equal(f.a[0].last, rows - 1);
	found_free(&f);
	pdf_page_clear(&p);
}

/* A table of ids and statuses whose section row across it ends where
 * two statuses end (x 100): the row's right end lines up with theirs,
 * its left end with the ids'. A row across the columns joins none of
 * them: the ids and the statuses stay two columns, and the whole is
 * one area with text in both on every row but the section's. */
static void a_section_row_lining_up_with_two_columns_joins_neither(void **state)
{
	const char *rows[] = {"Id", "Status", "R1", "Complete", "R2", "Underway", "R3", "Done",
			      "Work on a new set up", NULL, "R4", "Complete", "R5", "Pending", "R6", "Open"};
	static const double x[] = {10, 60};
	assert_one_area(rows, 8, 2, x, 4);
}

/* Section rows every two rows or less (a row, a section, two rows, a
 * section...): each cuts the edges of the columns it runs across, and
 * no piece of them between two sections holds min_edge_chunks chunks,
 * but the pieces of one column, one x, past rows across the table, are
 * one column: the whole is one area. */
static void section_rows_cut_no_column_in_pieces(void **state)
{
	const char *rows[] = {"1.1", "Done", "kept",     "Section 1: a part of the plan", NULL, NULL,
			      "2.1", "Open", "late",     "2.2", "Done", "on time",
			      "Section 3: a part of the plan", NULL, NULL,
			      "3.1", "Late", "waiting",  "3.2", "Open", "begun",
			      "Section 4: a part of the plan", NULL, NULL,
			      "4.1", "Done", "closed"};
	static const double x[] = {10, 70, 130};
	assert_one_area(rows, 9, 3, x, 3);
}

/* A header and two rows with a section row between them (a small
 * table, its ids flush right at 35, the section's name from 10 across
 * them): the first row's text wraps over three lines, which hold
 * nothing under its id and leave the ids' right edge open, so only the
 * section row cuts it and the ids' two pieces are one column of three.
 * Text under the id on one of those lines (a label over its value, as
 * on a card) is no wrapped cell beside it: the pieces stay two, too few
 * for a column, and no area is found. The wrapped lines are the text
 * column's: they count for its edge, which has three chunks besides the
 * section row's (its header, centred, is on none: the area starts
 * under it, and the reader takes a table's header over its area). */
static void a_wrapped_cell_leaves_an_edge_open_over_a_section_row(void **state)
{
	(void)state;
	for (int under_id = 0; under_id <= 1; under_id++) {
		pdf_page p = {0};
		put_text(&p, "Id", 25, 100);
		put_text(&p, "Text", 75, 100);
		put_text(&p, "1.1", 20, 111);
		put_text(&p, "work to do on", 60, 111);
		put_text(&p, "the plan and", 60, 122);
		if (under_id)
			put_text(&p, "a", 22.5, 122);
		put_text(&p, "more of it", 60, 133);
		put_text(&p, "Section 2: the second part", 10, 147);
		put_text(&p, "2.1", 20, 161);
		put_text(&p, "more work", 60, 161);
		found f = areas(&p, &pdf_edge_defaults);
		assert_int_equal(f.na, !under_id);
		if (!under_id) {
			assert_int_equal(f.a[0].first, 1);
			assert_int_equal(f.a[0].last, 5);
		}
		found_free(&f);
		pdf_page_clear(&p);
	}
}

/* A table of three columns, a section row across them after two rows:
 * the header "Notes" stands a word space right of the "Done" under it
 * (a header set off its cells), a white that is a column gap of the
 * lines above. A longer cell in that column under the section row, "In
 * progress", runs into it from its column's start, short of any cell of
 * the rows above: the table goes on. It goes on too with a cell right
 * of all their text (a column they leave empty) beside that one, which
 * stands in the last column of the lines above ("Notes" at the cells'
 * start there). A cell
 * running from the second column's start on past the third's is a line
 * of another table: the area ends over it. */
static void a_longer_cell_after_a_section_row_goes_on(void **state)
{
	(void)state;
	enum { LONGER, BESIDE, ACROSS };
	for (int v = LONGER; v <= ACROSS; v++) {
		pdf_page p = {0};
		put_text(&p, "Id", 10, 100);
		put_text(&p, "Status", 60, 100);
		put_text(&p, "Notes", v == BESIDE ? 100 : 125, 100);
		put_text(&p, "1.1", 10, 111);
		put_text(&p, "Done", 60, 111);
		put_text(&p, "Done", 100, 111);
		put_text(&p, "1.2", 10, 122);
		put_text(&p, "Open", 60, 122);
		put_text(&p, "Late", 100, 122);
		put_text(&p, "Section 2: the second part of it", 10, 136);
		put_text(&p, "2.1", 10, 150);
		put_text(&p, v == ACROSS ? "Done and then more" : "Done", 60, 150);
		put_text(&p, "In progress", 100, 150);
		if (v == BESIDE)
			put_text(&p, "Later", 200, 150);
		found f = areas(&p, &pdf_edge_defaults);
		assert_int_equal(f.na, 1);
		assert_int_equal(f.a[0].first, 0);
		assert_int_equal(f.a[0].last, v == ACROSS ? 2 : 4);
		found_free(&f);
		pdf_page_clear(&p);
	}
}

/* Rules under each table's rows that stop in the gutter part level
 * tables; rules across the gutter are one table's. */
static void rules_stopping_in_the_gutter_part_the_area(void **state)
{
	static const char *const level[] = {
		"No", "Word", "S1", "word", "S2", "word", "S3", "word", "S4", "word",
	};
	pdf_page p = {0};
	put_table(&p, left_rows, ROWS, 2, left_x, 100, 4, 0);
	put_table(&p, level, ROWS, 2, right_x, 100, 4, 0);
	for (int r = 1; r < ROWS; r++) {
		double y = 100 + 14 * r - 2;
		pdf_page_add_ruling(&p, 5, y, 100, y);
		pdf_page_add_ruling(&p, 155, y, 250, y);
	}
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	found_free(&f);
	/* one rule across both: one table's */
	pdf_page_add_ruling(&p, 5, 98, 250, 98);
	f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	/* a rule on each side is a header's: not enough */
	pdf_page q = {0};
	put_table(&q, left_rows, ROWS, 2, left_x, 100, 4, 0);
	put_table(&q, level, ROWS, 2, right_x, 100, 4, 0);
	pdf_page_add_ruling(&q, 5, 112, 100, 112);
	pdf_page_add_ruling(&q, 155, 112, 250, 112);
	f = areas(&q, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
	pdf_page_clear(&q);
}

/* Two columns, ids centred beside texts of two lines pitch points
 * apart (glyphs 10pt tall): every id stands on a line of its own,
 * between its text's two, and no line has text in both columns. Rows
 * 6pt apart, under a header; with rules, a rule under the header and
 * under each row. */
static void put_centred_ids(pdf_page *p, double pitch, int ruled)
{
	static const char *const text[][2] = {
		{"alpha beta gamma", "delta epsilon"}, {"zeta eta theta", "iota kappa"},
		{"lambda mu nu", "xi omicron"}, {"pi rho sigma", "tau upsilon"}};
	static const char *const ids[] = {"R1", "R2", "R3", "R4"};
	put_text(p, "Id", 10, 100);
	put_text(p, "Text", 60, 100);
	double top = 100 + pitch + 6;
	for (int r = 0; r < 4; r++) {
		if (ruled)
			pdf_page_add_ruling(p, 5, top - 3, 250, top - 3);
		put_text(p, text[r][0], 60, top);
		put_text(p, text[r][1], 60, top + pitch);
		put_text(p, ids[r], 10, top + pitch / 2);
		top += 2 * pitch + 6;
	}
}

/* The table's areas found on page p (then cleared): want of them. */
static void check_areas(pdf_page *p, size_t want)
{
	found f = areas(p, &pdf_edge_defaults);
	assert_int_equal(f.na, want);
	found_free(&f);
	pdf_page_clear(p);
}

/* Lines 11pt apart: each id's box shares 4.5 of its 10pt with each of
 * its text's lines, as with no line under the other: it stands beside
 * them, and the three lines are one row, which fills both columns. A
 * table, ruled or not. */
static void ids_centred_beside_two_lines_fill_their_rows(void **state)
{
	for (int ruled = 0; ruled <= 1; ruled++) {
		pdf_page p = {0};
		put_centred_ids(&p, 11, ruled);
		check_areas(&p, 1);
	}
}

/* Lines 20pt apart: an id shares nothing with the lines of its text,
 * and nothing but rules says they are one row. Unruled, no line fills
 * two columns: no table; the lines between the same two rules are one
 * row, which fills both: a table. */
static void ids_on_lines_of_their_own_fill_their_ruled_rows(void **state)
{
	pdf_page p = {0};
	put_centred_ids(&p, 20, 0);
	check_areas(&p, 0);
	put_centred_ids(&p, 20, 1);
	check_areas(&p, 1);
}

/* Six columns, a wide gap between the third and the fourth; rows padded
 * 6pt apart, their cells set anywhere in them: the first cell at the
 * top, the second and third lower down, the fourth over three lines, the
 * fifth near the top, the sixth at the bottom. The white within a row
 * on the left is crossed by the fourth column's lines, as two tables'
 * rows would be; but the white between rows runs across both sides, and
 * each row it bounds starts one first cell on each: one area. */
static void cells_anywhere_in_padded_rows_keep_one_area(void **state)
{
	pdf_page p = {0};
	double top = 100;
	for (int r = 0; r < 4; r++) {
		char id[16]; /* an int's digits, whatever -O1 cannot prove of r */
		snprintf(id, sizeof id, "R%d", r + 1);
		put_text(&p, id, 10, top);
		put_text(&p, "ab", 40, top + 16);
		put_text(&p, "cd", 80, top + 16);
		for (int k = 0; k < 3; k++)
			put_text(&p, "alpha", 160, top + 11 * k);
		put_text(&p, "xy", 200, top + 5);
		put_text(&p, "zz", 240, top + 22);
		top += 3 * 11 - 1 + 6;
	}
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
}

/* One table with a wide gap, whose cells are centred in their rows: a
 * one-line cell stands beside the middle of a wrapped one, but white
 * runs across every column between rows. An id spanning two rows
 * (first column) crosses the break between them. One area. */
static void one_table_with_centred_cells_keeps_one_area(void **state)
{
	static const char *const one[] = {
		"Id", "Text", "No", "Word",
		"R1", "text", "S1", "word|more|text",
		NULL, "text|more", "S2", "word",
		NULL, "text", "S3", "word|more",
		"R4", "text", "S4", "word",
	};
	static const double x[] = {10, 40, 160, 190};
	pdf_page p = {0};
	put_table(&p, one, ROWS, 4, x, 100, 4, 1);
	/* the id of rows 2 and 3 (tops 150 and 175, the third ending at
	 * 196), in their middle */
	put_text(&p, "R2", 10, 168);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
}

/* Rows not padded apart: a break between rows shows no more white than
 * a cell's lines do, and a side of one-line cells has white a line tall
 * beside each wrapped cell of the other. One area. */
static void unpadded_rows_keep_one_area(void **state)
{
	static const char *const one[] = {
		"Id", "Text", "No", "Word",
		"R1", "text", "S1", "word|more",
		"R2", "text", "S2", "word|more|text",
		"R3", "text", "S3", "word",
		"R4", "text", "S4", "word|more",
	};
	static const double x[] = {10, 40, 160, 190};
	pdf_page p = {0};
	put_table(&p, one, ROWS, 4, x, 100, 1, 0);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
}

/* A side that is not a table of its own (one column of notes beside a
 * table) keeps the area whole. */
static void side_without_columns_keeps_area(void **state)
{
	static const char *const notes[] = {
		"Note", NULL, "one|more", NULL, "two", NULL, "three", NULL, "four", NULL,
	};
	pdf_page p = {0};
	put_table(&p, left_rows, ROWS, 2, left_x, 100, 4, 0);
	put_table(&p, notes, ROWS, 2, right_x, 100, 4, 0);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 1);
	found_free(&f);
	pdf_page_clear(&p);
}

/* A side's lines hold its own words only, in boxes of their own; lines
 * without any are dropped. */
static void side_lines_hold_the_side_words(void **state)
{
	pdf_page p = {0};
	put_table(&p, left_rows, ROWS, 2, left_x, 100, 4, 0);
	put_table(&p, right_rows, ROWS, 2, right_x, 100, 4, 0);
	found f = areas(&p, &pdf_edge_defaults);
	assert_int_equal(f.na, 2);
	size_t n, *from;
	pdf_line *s = pdf_side_lines(f.l, f.nl, &f.a[0], &n, &from);
	/* the right table's "more" stands on a line of its own */
	assert_int_equal(f.nl, ROWS + 1);
	assert_int_equal(n, ROWS);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(s[i].nw, 2);
		assert_true(s[i].b.right < 160);
		assert_true(s[i].size > 0);
		assert_true(i == 0 || from[i] > from[i - 1]);
	}
	char *t = pdf_line_text(&s[2]);
	assert_string_equal(t, "R2 text");
	free(t);
	free(from);
	pdf_lines_free(s, n);
	found_free(&f);
	pdf_page_clear(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rows_of_their_own_part_at_the_gutter),
		cmocka_unit_test(a_section_row_lining_up_with_two_columns_joins_neither),
		cmocka_unit_test(header_over_tables_side_by_side_is_both_sides),
		cmocka_unit_test(repeated_heads_mark_the_cut_before_wider_white),
		cmocka_unit_test(level_rows_keep_one_area),
		cmocka_unit_test(ids_filling_rows_set_solid_keep_one_area),
		cmocka_unit_test(section_rows_each_of_one_line_keep_one_area),
		cmocka_unit_test(a_wrapped_cell_over_section_rows_is_no_break),
		cmocka_unit_test(rows_between_the_rules_of_a_ruled_table_are_its_own),
		cmocka_unit_test(a_section_row_under_a_fallback_font_line_is_no_note),
		cmocka_unit_test(a_note_set_tight_under_the_bottom_rule_closes_the_table),
		cmocka_unit_test(section_rows_cut_no_column_in_pieces),
		cmocka_unit_test(a_wrapped_cell_leaves_an_edge_open_over_a_section_row),
		cmocka_unit_test(a_longer_cell_after_a_section_row_goes_on),
		cmocka_unit_test(rules_stopping_in_the_gutter_part_the_area),
		cmocka_unit_test(one_table_with_centred_cells_keeps_one_area),
		cmocka_unit_test(ids_on_lines_of_their_own_fill_their_ruled_rows),
		cmocka_unit_test(ids_centred_beside_two_lines_fill_their_rows),
		cmocka_unit_test(cells_anywhere_in_padded_rows_keep_one_area),
		cmocka_unit_test(unpadded_rows_keep_one_area),
		cmocka_unit_test(side_without_columns_keeps_area),
		cmocka_unit_test(side_lines_hold_the_side_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
