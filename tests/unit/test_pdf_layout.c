/* test_pdf_layout.c - rw-pdf's geometry on synthetic glyph boxes: words,
 * lines, reading order, right-to-left runs, stream and lattice tables.
 * The geometry files know nothing of poppler, so they are compiled in
 * here directly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>

#include "../../extract/rw-pdf/arena.c"
#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/stream.c"
#include "../../extract/rw-pdf/centred.c"
#include "../../extract/rw-pdf/textedges.c"
#include "../../extract/rw-pdf/debug.c"
#include "../../extract/rw-pdf/cellrows.c"
#include "../../extract/rw-pdf/continued.c"
#include "../../extract/rw-pdf/lattice.c"
/* before aligned.c, whose type `start` a local of furniture.c would shadow */
#include "../../extract/rw-pdf/furniture.c"
#include "../../extract/rw-pdf/aligned.c"
#include "../../extract/rw-pdf/marks.c"

#include "pdf_glyphs.h"

static char *line_text(const pdf_page *p, size_t want, size_t *nl)
{
	pdf_line *l = pdf_lines_build(p->g, p->ng, nl);
	char *s = want < *nl ? pdf_line_text(&l[want]) : rw_xstrdup("");
	pdf_lines_free(l, *nl);
	return s;
}

static void words_from_gaps_not_drawing_order(void **state)
{
	pdf_page p = {0};
	put_text(&p, "world", 43, 100); /* drawn first, stands right */
	put_text(&p, "hello", 10, 100);
	size_t nl;
	char *s = line_text(&p, 0, &nl);
	assert_int_equal(nl, 1);
	assert_string_equal(s, "hello world");
	free(s);
	pdf_page_clear(&p);
}

static void lines_top_to_bottom_and_small_font_on_same_line(void **state)
{
	pdf_page p = {0};
	put_text(&p, "second", 10, 130);
	put_text(&p, "first", 10, 100);
	/* a smaller glyph on the first line's baseline */
	pdf_glyph g = {.b = {103, 60, 110, 64}, .size = 7, .u = "x"};
	pdf_page_add_glyph(&p, &g);
	size_t nl;
	char *a = line_text(&p, 0, &nl), *b = line_text(&p, 1, &nl);
	assert_int_equal(nl, 2);
	assert_string_equal(a, "first x");
	assert_string_equal(b, "second");
	free(a);
	free(b);
	pdf_page_clear(&p);
}

/* Two lines of a cell set a little closer than their glyphs' boxes are
 * tall, and a neighbour's text centred between them (an id by a
 * description of two lines): three lines, not one with the letters of
 * two interleaved. */
static void text_centred_between_two_lines_is_a_line_of_its_own(void **state)
{
	pdf_page p = {0};
	put_text(&p, "first line", 60, 100);
	put_text(&p, "1.3", 10, 104.5);
	put_text(&p, "second line", 60, 109);
	size_t nl;
	char *a = line_text(&p, 0, &nl), *b = line_text(&p, 1, &nl), *c = line_text(&p, 2, &nl);
	assert_int_equal(nl, 3);
	assert_string_equal(a, "first line");
	assert_string_equal(b, "1.3");
	assert_string_equal(c, "second line");
	free(a);
	free(b);
	free(c);
	pdf_page_clear(&p);
}

/* Glyphs of s 4pt wide in boxes h tall from top, words 3pt apart. */
static void put_tall_text(pdf_page *p, const char *s, double x, double top, double h)
{
	for (; *s; s++, x += 4) {
		if (*s == ' ') {
			x -= 1;
			continue;
		}
		pdf_glyph g = {.b = {top, x, top + h, x + 4}, .size = 8};
		g.u[0] = *s;
		pdf_page_add_glyph(p, &g);
	}
}

/* A cell's two lines set tight (8pt type in 10.4pt boxes on a 9.2pt
 * pitch, as LibreOffice sets a table), a neighbour's cell a little
 * above its first line and another's centred between its two lines:
 * the band of the first line takes the glyph above it in but not the
 * centred one, so the second line stays a line of its own (the band
 * grown by both took it in, its glyphs among the first's:
 * "S20ep2t3ember 18,"). */
static void band_grows_only_with_glyphs_level_with_it(void **state)
{
	pdf_page p = {0};
	put_tall_text(&p, "589.1", 10, 119.8, 10.4);
	put_tall_text(&p, "September 18,", 40, 115.2, 10.4);
	put_tall_text(&p, "2023", 40, 124.4, 10.4);
	put_tall_text(&p, "September 14, 2022", 120, 119.8, 10.4);
	put_tall_text(&p, "Quarterly contract", 220, 116.4, 10.4);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	int seen = 0;
	for (size_t i = 0; i < nl; i++) {
		char *t = pdf_line_text(&l[i]);
		assert_null(strstr(t, "S2"));
		seen += strstr(t, "2023") != NULL && strstr(t, "September 18") == NULL;
		free(t);
	}
	assert_int_equal(seen, 1);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* A drawing of one closed path: a square of side `side` at (x, y), or a
 * rule `side` long and 0.5pt thick when rule is set. */
static void draw_box(pdf_drawing *d, double x, double y, double side, int rule)
{
	double w = side, h = rule ? 0.5 : side;
	const double px[] = {x, x + w, x + w, x}, py[] = {y, y, y + h, y + h};
	d->v = rw_xgrow(d->v, &d->capv, d->nv + 4, sizeof *d->v);
	d->s = rw_xgrow(d->s, &d->caps, d->ns + 1, sizeof *d->s);
	d->s[d->ns++] = (pdf_shape){.paint = PDF_PAINT_FILL, .solid = 1, .first = d->nv, .n = 4};
	for (int k = 0; k < 4; k++)
		d->v[d->nv++] = (pdf_vertex){px[k], py[k], (unsigned char)(k == 0)};
}

/* A browser's list: a small disc drawn before each item's first word
 * marks the line; a line with no marker, a rule before a line and a
 * dot inside a line (a status icon in a table cell) mark nothing. */
static void markers_drawn_left_of_a_line_mark_it(void **state)
{
	pdf_page p = {0};
	put_text(&p, "Approved: 1.1 and 1.2", 60, 100);
	put_text(&p, "Rejected: 2.1", 60, 115);
	put_text(&p, "Complete", 60, 130);
	put_text(&p, "x Done", 60, 145);
	pdf_drawing d = {0};
	draw_box(&d, 50, 103, 3, 0);  /* before line 1 */
	draw_box(&d, 50, 118, 3, 0);  /* before line 2 */
	draw_box(&d, 30, 133, 20, 1); /* a rule: no marker */
	draw_box(&d, 66, 148, 3, 0);  /* inside line 4 */
	pdf_page_marks(&p, &d);
	assert_int_equal(p.nmarks, 3);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, 4);
	pdf_lines_mark(l, nl, p.marks, p.nmarks);
	assert_true(l[0].marked);
	assert_true(l[1].marked);
	assert_false(l[2].marked);
	assert_false(l[3].marked);
	pdf_lines_free(l, nl);
	free(d.s);
	free(d.v);
	pdf_page_clear(&p);
}

static void glyph_drawn_twice_counts_once(void **state)
{
	pdf_page p = {0};
	put_text(&p, "ab", 10, 100);
	pdf_glyph g = {.b = {100, 15.3, 110, 20.3}, .size = 10, .u = "b"}; /* fake bold */
	pdf_page_add_glyph(&p, &g);
	size_t nl;
	char *s = line_text(&p, 0, &nl);
	assert_string_equal(s, "ab");
	free(s);
	pdf_page_clear(&p);
}

/* The chunks of the one line of words put at xs[] (10 pt text, a glyph
 * 5 pt wide). */
static size_t line_chunks_at(const char *const *words, const double *xs, size_t n)
{
	pdf_page p = {0};
	for (size_t k = 0; k < n; k++)
		put_text(&p, words[k], xs[k], 100);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, 1);
	size_t *st = rw_xmalloc(l[0].nw * sizeof *st);
	size_t nc = pdf_line_chunks(&l[0], st);
	free(st);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
	return nc;
}

static void a_justified_line_is_one_chunk_a_table_row_is_not(void **state)
{
	/* justified: words of different widths, spaces stretched alike to
	 * a whole em (wider than a chunk gap), in a paragraph: its last
	 * line under it starts where it starts */
	const char *prose[] = {"the", "board", "met", "and", "approved"};
	double at[5], x = 10;
	pdf_page p = {0};
	for (size_t k = 0; k < 5; k++) {
		at[k] = x;
		put_text(&p, prose[k], x, 100);
		x += 5.0 * strlen(prose[k]) + 10;
	}
	put_text(&p, "in march", 10, 112);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, 2);
	size_t st[5];
	assert_int_equal(pdf_line_chunks(&l[0], st), 1);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
	/* the same line alone is a row of cells each as wide as its
	 * column's widest text (a row of units under a header) */
	assert_int_equal(line_chunks_at(prose, at, 5), 5);
	/* cells at a column pitch: the white differs as the words do */
	const double pitch[] = {10, 70, 130, 190, 250};
	assert_int_equal(line_chunks_at(prose, pitch, 5), 5);
	/* figures of as many digits at a pitch leave whites alike: cells */
	const char *figures[] = {"1200", "3400", "5600", "7800"};
	assert_int_equal(line_chunks_at(figures, pitch, 4), 4);
}

/* Figures, which do not wrap: numbers, shares, amounts and dates. */
static void figures_are_digits_with_their_signs(void **state)
{
	const char *yes[] = {"1,204", "(4.5)", "12%", "2021-07-15", "\u22123", "$12"};
	const char *no[] = {"Rec", "n/a", "\u2014", "R1.2", "..", "2020s"};
	for (size_t k = 0; k < sizeof yes / sizeof *yes; k++)
		assert_true(figure(yes[k]));
	for (size_t k = 0; k < sizeof no / sizeof *no; k++)
		assert_false(figure(no[k]));
}

/* TeX's space after a sentence's end is wider by its font's extra space:
 * "Rec. 14" is one cell's text; the same white after a word that ends
 * no sentence, or after an abbreviation's capital ("U.S."), parts two. */
static void a_sentence_space_is_no_gap_between_cells(void **state)
{
	/* 10 pt type: the white after a 4-glyph word is 4.6 pt, 0.46 em */
	const double at[] = {10, 34.6};
	assert_int_equal(line_chunks_at((const char *[]){"Rec.", "14"}, at, 2), 1);
	assert_int_equal(line_chunks_at((const char *[]){"Note:", "14"}, (const double[]){10, 39.6}, 2), 1);
	assert_int_equal(line_chunks_at((const char *[]){"(Rec.)", "14"}, (const double[]){10, 44.6}, 2), 1);
	assert_int_equal(line_chunks_at((const char *[]){"Recs", "14"}, at, 2), 2);
	assert_int_equal(line_chunks_at((const char *[]){"U.S.", "14"}, at, 2), 2);
	/* wider than a sentence's space: cells */
	assert_int_equal(line_chunks_at((const char *[]){"Rec.", "14"}, (const double[]){10, 36.5}, 2), 2);
}

/* Monospaced text (every glyph 5 pt here, 0.5 em): a word space is a
 * character's advance, wider than a proportional font's chunk gap, and
 * parts no chunk; two spaces do. */
static void a_monospaced_word_space_is_no_gap_between_cells(void **state)
{
	/* "Status", two spaces, "In progress", two spaces, "Later" */
	const char *w[] = {"Status", "In", "progress", "Later"};
	const double at[] = {10, 50, 65, 115};
	assert_int_equal(line_chunks_at(w, at, 4), 3);
	/* the same gaps between two words of letters only: no font to
	 * tell, a proportional reading */
	const char *two[] = {"In", "progress"};
	assert_int_equal(line_chunks_at(two, (const double[]){50, 65}, 2), 2);
}

static void right_to_left_words_read_from_the_right(void **state)
{
	pdf_page p = {0};
	/* "אב" then "גד" in reading order: the first word stands right */
	const char *word1[] = {"\xd7\x91", "\xd7\x90"}; /* left to right: bet, alef */
	const char *word2[] = {"\xd7\x93", "\xd7\x92"};
	for (int i = 0; i < 2; i++) {
		pdf_glyph g = {.b = {100, 40 + 5 * i, 110, 45 + 5 * i}, .size = 10, .rtl = 1};
		strcpy(g.u, word1[i]);
		pdf_page_add_glyph(&p, &g);
		pdf_glyph h = {.b = {100, 10 + 5 * i, 110, 15 + 5 * i}, .size = 10, .rtl = 1};
		strcpy(h.u, word2[i]);
		pdf_page_add_glyph(&p, &h);
	}
	size_t nl;
	char *s = line_text(&p, 0, &nl);
	assert_string_equal(s, "\xd7\x90\xd7\x91 \xd7\x92\xd7\x93");
	free(s);
	pdf_page_clear(&p);
}

static const char *cell(const pdf_table *t, int r, int c)
{
	return t->cell[(size_t)r * t->cols + c];
}

static void stream_columns_from_chunk_ranges(void **state)
{
	pdf_page p = {0};
	put_text(&p, "id", 10, 100);
	put_text(&p, "status", 60, 100);
	put_text(&p, "1.1", 10, 115);
	put_text(&p, "in progress", 60, 115);
	put_text(&p, "more", 60, 130); /* a line with an empty first column */
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	pdf_table t;
	pdf_stream_table(l, nl, NULL, 0, &t);
	assert_int_equal(t.rows, 3);
	assert_int_equal(t.cols, 2);
	assert_string_equal(cell(&t, 1, 1), "in progress");
	assert_string_equal(cell(&t, 2, 0), "");
	assert_string_equal(cell(&t, 2, 1), "more");
	pdf_table_clear(&t);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* Stream detection over the lines of a page (auto mode). */
typedef struct detected {
	pdf_line *l;
	size_t nl;
	int *used;
	pdf_table *t;
	size_t nt;
} detected;

/* carry: the table the page before ended with, or NULL. */
static detected detect_after(const pdf_page *p, const pdf_carry *carry)
{
	detected d = {0};
	d.l = pdf_lines_build(p->g, p->ng, &d.nl);
	d.used = rw_xcalloc(d.nl + 1, sizeof *d.used);
	/* a page of a document that goes on: a table may go on too */
	d.t = pdf_stream_detect(d.l, d.nl, d.used, carry, p->r, p->nr, 1, &d.nt);
	return d;
}

static detected detect(const pdf_page *p)
{
	return detect_after(p, NULL);
}

static void detected_free(detected *d, pdf_page *p)
{
	for (size_t i = 0; i < d->nt; i++)
		pdf_table_clear(&d->t[i]);
	free(d->t);
	free(d->used);
	pdf_lines_free(d->l, d->nl);
	pdf_page_clear(p);
}

static void detection_needs_shared_gaps_and_joins_continuations(void **state)
{
	pdf_page p = {0};
	put_text(&p, "A title line that is prose", 10, 80);
	const char *rows[][4] = {{"Rec", "Status", "Prio", "Note"},
				 {"1.1", "Done", "P1", "first"},
				 {"", "", "", "goes on"},
				 {"1.2", "Open", "P2", "second"}};
	for (int r = 0; r < 4; r++)
		for (int c = 0; c < 4; c++)
			put_text(&p, rows[r][c], 10 + 60 * c, 100 + 14 * r);
	detected d = detect(&p);
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.used[0], 0); /* the title is no row */
	assert_int_equal(t[0].rows, 3);
	assert_int_equal(t[0].cols, 4);
	assert_string_equal(cell(&t[0], 1, 3), "first goes on");
	assert_string_equal(cell(&t[0], 2, 0), "1.2");
	detected_free(&d, &p);
}

/* Cells centred vertically, as browsers print them: a three-line
 * description starts above its number, a status printed half-way
 * between two rows belongs to both (cellrows.c). */
static void centred_cells_join_their_rows(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 60, 160, 220};
	/* row 1.1: three description lines at a 12 pt pitch, the other
	 * cells level with the middle one */
	put_text(&p, "first", x[1], 100);
	put_text(&p, "1.1", x[0], 112);
	put_text(&p, "second", x[1], 112);
	put_text(&p, "Done", x[2], 112);
	put_text(&p, "P1", x[3], 112);
	put_text(&p, "third", x[1], 124);
	/* rows 1.2 and 1.3, 18 pt apart (cell padding), share a status */
	put_text(&p, "1.2", x[0], 142);
	put_text(&p, "two", x[1], 142);
	put_text(&p, "P2", x[3], 142);
	put_text(&p, "Both", x[2], 151);
	put_text(&p, "1.3", x[0], 160);
	put_text(&p, "three", x[1], 160);
	put_text(&p, "P3", x[3], 160);
	put_text(&p, "1.4", x[0], 178);
	put_text(&p, "four", x[1], 178);
	put_text(&p, "Open", x[2], 178);
	put_text(&p, "P4", x[3], 178);
	detected d = detect(&p);
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(t[0].rows, 4);
	assert_int_equal(t[0].cols, 4);
	assert_string_equal(cell(&t[0], 0, 0), "1.1");
	assert_string_equal(cell(&t[0], 0, 1), "first second third");
	assert_string_equal(cell(&t[0], 0, 2), "Done");
	assert_string_equal(cell(&t[0], 1, 1), "two");
	assert_string_equal(cell(&t[0], 1, 2), "Both");
	assert_string_equal(cell(&t[0], 2, 2), "Both");
	assert_string_equal(cell(&t[0], 2, 3), "P3");
	assert_string_equal(cell(&t[0], 3, 2), "Open");
	detected_free(&d, &p);
}

/* A rule across the table from x 5 to 260 at height y. */
static void put_rule(pdf_page *p, double y)
{
	pdf_page_add_ruling(p, 5, y, 260, y);
}

/* The page reads as one stream table of `rows` rows, cell at[k] holding
 * want[k]. */
static void one_table_reads(pdf_page *p, int rows, size_t n, const int (*at)[2],
			    const char *const *want)
{
	detected d = detect(p);
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.t[0].rows, rows);
	for (size_t k = 0; k < n; k++)
		assert_string_equal(cell(&d.t[0], at[k][0], at[k][1]), want[k]);
	detected_free(&d, p);
}

/* A header and three rows of three columns (first cell `id`, the
 * second row's empty) at tops top[], a first-column line `more` at
 * more_top, and nrule rules at ys[], ys[short_rule] starting right of
 * the first column. */
static void put_id_rows(pdf_page *p, const char *id, const double *top, const char *more,
			double more_top, const double *ys, int nrule, int short_rule)
{
	const double x[] = {10, 80, 200};
	const char *texts[][3] = {{"Id", "Text", "Status"}, {id, "alpha", "Done"},
				  {"", "beta", "Open"}, {"R4", "gamma", "Late"}};
	for (int i = 0; i < 4; i++)
		for (int c = 0; c < 3; c++)
			put_text(p, texts[i][c], x[c], top[i]);
	put_text(p, more, 10, more_top);
	for (int k = 0; k < nrule; k++)
		pdf_page_add_ruling(p, k == short_rule ? 70 : 5, ys[k], 260, ys[k]);
}

/* An id over two lines, set at the top of a cell spanning two rows:
 * the rule between the rows stops short of its column, and the id's
 * second line, at the line pitch under its first, stands below it. The
 * id is the upper row's, whole; the lower row's first cell is empty. */
static void a_first_cell_goes_on_past_a_rule_short_of_its_column(void **state)
{
	pdf_page p = {0};
	put_id_rows(&p, "SSR2", (const double[]){100, 116, 134, 150}, "1.1", 128,
		    (const double[]){113, 131, 147, 163}, 4, 1);
	one_table_reads(&p, 4, 3, (const int[][2]){{1, 0}, {2, 0}, {2, 1}},
			(const char *[]){"SSR2 1.1", "", "beta"});
}

/* An id spanning two rows, the upper row's other cells empty: the rule
 * between the rows, short of the id's column, runs through the id. The
 * rules make the upper row, empty but for the id, which is its first
 * cell; the lower row's text is its own. */
static void a_rule_through_a_first_cell_under_an_empty_row_parts_it(void **state)
{
	pdf_page p = {0};
	put_id_rows(&p, "R1", (const double[]){100, 116, 146, 162}, "R2", 138,
		    (const double[]){113, 129, 141, 159, 175}, 5, 2);
	one_table_reads(&p, 5, 4, (const int[][2]){{2, 0}, {2, 1}, {3, 1}, {3, 2}},
			(const char *[]){"R2", "", "beta", "Open"});
}

/* A table of two columns, rules between its rows, an id centred on
 * two of them: the rule between those stops short of the id's column.
 * It runs across the last column, as a rule between rows of a wider
 * table runs across every column but the first: it parts the rows. */
static void a_rule_across_the_second_of_two_columns_parts_rows(void **state)
{
	pdf_page p = {0};
	const char *lines[][2] = {{"Id", "Text"}, {"R1", "alpha"}, {"", "beta"}, {"", "gamma"},
				  {"R4", "delta"}};
	for (int i = 0; i < 5; i++)
		for (int c = 0; c < 2; c++)
			put_text(&p, lines[i][c], c ? 80 : 10, 100 + 16 * i);
	put_text(&p, "R2", 10, 140); /* between beta (132) and gamma (148) */
	for (int r = 1; r < 5; r++)
		pdf_page_add_ruling(&p, r == 3 ? 70 : 5, 100 + 16 * r - 3, 260, 100 + 16 * r - 3);
	one_table_reads(&p, 5, 3, (const int[][2]){{2, 0}, {2, 1}, {3, 1}},
			(const char *[]){"R2", "beta", "gamma"});
}

/* Rows without padding, lines at one pitch throughout, each row's id
 * wrapped over two lines ("SSR2" over "1.1"): the white shows a row a
 * line, the rules between the rows (cellrows.c) join each row's lines,
 * and the header's two lines above the first rule make one header row. */
static void rules_between_rows_join_their_lines(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 80, 200};
	const char *lines[][3] = {{"Rec", "Update as of", "Status"},
				  {"", "December 2023", ""},
				  {"SSR2", "alpha", "Done"},
				  {"1.1", "beta", ""},
				  {"SSR2", "gamma", "Open"},
				  {"1.2", "", ""},
				  {"SSR2", "delta", "Open"},
				  {"1.3", "epsilon", "Late"}};
	for (int i = 0; i < 8; i++)
		for (int c = 0; c < 3; c++)
			put_text(&p, lines[i][c], x[c], 100 + 12 * i);
	for (int r = 2; r < 8; r += 2)
		put_rule(&p, 100 + 12 * r - 1);
	detected d = detect(&p);
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(t[0].cols, 3);
	assert_int_equal(t[0].rows, 4);
	assert_string_equal(cell(&t[0], 0, 1), "Update as of December 2023");
	assert_string_equal(cell(&t[0], 1, 0), "SSR2 1.1");
	assert_string_equal(cell(&t[0], 1, 1), "alpha beta");
	assert_string_equal(cell(&t[0], 2, 0), "SSR2 1.2");
	assert_string_equal(cell(&t[0], 3, 1), "delta epsilon");
	assert_string_equal(cell(&t[0], 3, 2), "Open Late");
	detected_free(&d, &p);
}

/* Zebra rows: fills on every other row give rules at their edges only,
 * so the header and the plain first row under it share a band; the
 * padding between them (a step wider than the line pitch) still parts
 * them, while a filled row's two lines stay one row. */
static void zebra_fills_bound_rows_and_padding_parts_the_rest(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 80, 200};
	struct {
		double top;
		const char *cell[3];
	} lines[] = {{100, {"Rec", "Text", "Status"}},
		     {120, {"1.1", "alpha", "Done"}},
		     {140, {"1.2", "beta", "Open"}},
		     {152, {"", "gamma", ""}},
		     {172, {"1.3", "delta", "Late"}},
		     {192, {"1.4", "eps", "Open"}},
		     {204, {"", "zeta", ""}}};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		for (int c = 0; c < 3; c++)
			put_text(&p, lines[i].cell[c], x[c], lines[i].top);
	/* the fills of rows 1.2 and 1.4 */
	put_rule(&p, 135), put_rule(&p, 167);
	put_rule(&p, 187), put_rule(&p, 219);
	detected d = detect(&p);
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(t[0].cols, 3);
	assert_int_equal(t[0].rows, 5);
	assert_string_equal(cell(&t[0], 0, 1), "Text");
	assert_string_equal(cell(&t[0], 1, 1), "alpha");
	assert_string_equal(cell(&t[0], 2, 1), "beta gamma");
	assert_string_equal(cell(&t[0], 4, 0), "1.4");
	assert_string_equal(cell(&t[0], 4, 1), "eps zeta");
	detected_free(&d, &p);
}

/* Text as put_text sets it, in a bold font. */
static void put_bold(pdf_page *p, const char *s, double x, double top)
{
	size_t from = p->ng;
	put_text(p, s, x, top);
	for (size_t i = from; i < p->ng; i++)
		p->g[i].bold = 1;
}

/* Cells centred in their rows under a bold header: the first row's
 * description starts a line above its number, right under the header's
 * names at the line pitch, and is the row's, not the header's: a cell's
 * lines are styled alike. */
static void a_plain_line_under_a_bold_header_is_the_first_rows(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 60, 160};
	put_bold(&p, "Rec", x[0], 100);
	put_bold(&p, "Text", x[1], 100);
	put_bold(&p, "Status", x[2], 100);
	put_text(&p, "first", x[1], 112);
	put_text(&p, "1.1", x[0], 124);
	put_text(&p, "second", x[1], 124);
	put_text(&p, "Done", x[2], 124);
	put_text(&p, "third", x[1], 136);
	for (int r = 0; r < 2; r++) {
		const char *id[] = {"1.2", "1.3"};
		double y = 172 + 48 * r;
		put_text(&p, "one more", x[1], y - 12);
		put_text(&p, id[r], x[0], y);
		put_text(&p, "two more", x[1], y);
		put_text(&p, "Open", x[2], y);
		put_text(&p, "three more", x[1], y + 12);
	}
	detected d = detect(&p);
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(t[0].cols, 3);
	assert_int_equal(t[0].rows, 4);
	assert_string_equal(cell(&t[0], 0, 1), "Text");
	assert_string_equal(cell(&t[0], 1, 0), "1.1");
	assert_string_equal(cell(&t[0], 1, 1), "first second third");
	assert_string_equal(cell(&t[0], 2, 1), "one more two more three more");
	detected_free(&d, &p);
}

/* Rows padded apart under a bold header, set close to it; the first
 * row's status (an image's text) stands higher than its id and action,
 * which a paragraph's margin pushes down, right under the header. The
 * band of lines the first row's text makes starts at that line, not
 * with the header's (a header's cells are bold throughout): the status
 * is the first row's, not a row of its own. */
static void a_cell_standing_high_under_a_bold_header_is_the_first_rows(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 110, 190};
	put_bold(&p, "No.", x[0], 100);
	put_bold(&p, "Status", x[1], 100);
	put_bold(&p, "Board Action", x[2], 100);
	put_text(&p, "Not started", x[1], 113);
	put_text(&p, "Rec 3", x[0], 122);
	put_text(&p, "Pending", x[2], 122);
	static const char *const status[] = {"Done", "Underway", "Open"};
	for (int r = 0; r < 3; r++) {
		char id[16];
		snprintf(id, sizeof id, "Rec %d", r + 4);
		double y = 148 + 26 * r;
		put_text(&p, id, x[0], y);
		put_text(&p, status[r], x[1], y);
		put_text(&p, "Pending", x[2], y);
	}
	detected d = detect(&p);
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.t[0].rows, 5);
	assert_string_equal(cell(&d.t[0], 1, 0), "Rec 3");
	assert_string_equal(cell(&d.t[0], 1, 1), "Not started");
	detected_free(&d, &p);
}

/* A bold header over two lines without padding or rules, its first
 * cell too ("Rec" over "#"): the white makes a row of each line; a bold
 * line with text only under text of the line above is more of its
 * cells, a bold line filling a column the line above left empty starts
 * a header row of its own. */
static void bold_header_lines_join_their_cells(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 80, 200};
	const char *lines[][3] = {{"Rec", "Update as of", ""},
				  {"#", "December 2023", "Status"},
				  {"1.1", "alpha", "Done"},
				  {"1.2", "beta", "Open"},
				  {"1.3", "gamma", "Late"}};
	for (int i = 0; i < 5; i++)
		for (int c = 0; c < 3; c++)
			(i < 2 ? put_bold : put_text)(&p, lines[i][c], x[c], 100 + 12 * i);
	detected d = detect(&p);
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(t[0].cols, 3);
	assert_int_equal(t[0].rows, 5);
	assert_string_equal(cell(&t[0], 0, 1), "Update as of");
	assert_string_equal(cell(&t[0], 1, 1), "December 2023");
	assert_string_equal(cell(&t[0], 1, 2), "Status");
	detected_free(&d, &p);
	/* the same with nothing new on the second line: one header row */
	pdf_page q = {0};
	lines[1][2] = "";
	lines[0][2] = "Status";
	for (int i = 0; i < 5; i++)
		for (int c = 0; c < 3; c++)
			(i < 2 ? put_bold : put_text)(&q, lines[i][c], x[c], 100 + 12 * i);
	d = detect(&q);
	t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(t[0].rows, 4);
	assert_string_equal(cell(&t[0], 0, 0), "Rec #");
	assert_string_equal(cell(&t[0], 0, 1), "Update as of December 2023");
	assert_string_equal(cell(&t[0], 0, 2), "Status");
	assert_string_equal(cell(&t[0], 1, 1), "alpha");
	detected_free(&d, &q);
}

/* A bold header of cols names at x[] (top 100) over three plain rows
 * of cells (rows[r * cols + c], a line each, 12 points apart), a row of
 * group names put above it by the caller; the table detected. */
static detected headed_table(pdf_page *p, const double *x, const char *const *head,
			     const char *const *rows, int cols)
{
	for (int c = 0; c < cols; c++)
		put_bold(p, head[c], x[c], 100);
	for (int r = 0; r < 3; r++)
		for (int c = 0; c < cols; c++)
			put_text(p, rows[r * cols + c], x[c], 112 + 12 * r);
	detected d = detect(p);
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.t[0].cols, cols);
	assert_int_equal(d.t[0].rows, 5);
	return d;
}

/* A bold row of group names over the columns' names, each centred over
 * the columns it spans: "Plan" over the narrow second column and the
 * wide third lies inside the third, "Reviewed" over the last two runs
 * across the white between them. The row is the table's, each name in
 * the first column it spans. */
static void group_names_over_the_header_go_to_their_first_columns(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 40, 100, 240, 300};
	const char *head[] = {"Rec", "Item", "Status", "Date", "Days"};
	const char *rows[] = {"1.1", "abcdefgh", "Published the yearly plan", "2024-01", "120 days",
			      "1.2", "ijk", "Done", "2024-02", "9 days",
			      "1.3", "lmnop", "Open", "2024-03", "30 days"};
	/* slots between the middles of the column gaps: the second from 32.5
	 * to 90, the third on to 229.5, the last two from there to the
	 * table's end at 338; each name centred on its run's slots */
	put_bold(&p, "Plan", 131.25 - 10, 88);
	put_bold(&p, "Reviewed", 284 - 20, 88);
	detected d = headed_table(&p, x, head, rows, 5);
	pdf_table *t = d.t;
	assert_string_equal(cell(&t[0], 0, 0), "");
	assert_string_equal(cell(&t[0], 0, 1), "Plan");
	assert_string_equal(cell(&t[0], 0, 2), "");
	assert_string_equal(cell(&t[0], 0, 3), "Reviewed");
	assert_string_equal(cell(&t[0], 1, 2), "Status");
	assert_string_equal(cell(&t[0], 2, 2), "Published the yearly plan");
	detected_free(&d, &p);
}

/* A bold row of group names over bold column names, the name inside
 * one column's white and text (it crosses no gap, so it keeps the
 * columns as a header line would): "Teams" is centred over the ids and
 * the owners, lining up with no name under it, so it is a group's name
 * and goes to the first column of the run it is centred over, not to
 * the column it stands in. */
static void group_names_inside_columns_go_to_their_first_columns(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 100, 240};
	const char *head[] = {"Rec", "Owner name", "Date"};
	const char *rows[] = {"ATRT3 R1", "In progress of the plan", "2024-01",
			      "ATRT3 R2", "Accepted by the Board", "2024-02",
			      "ATRT3 R3", "Not started", "2024-03"};
	/* the ids end at 90, the owners run from 100 to 200: the two
	 * columns' cells span 10 to 200-240, their middle 105-125; the
	 * owners' alone would have theirs at 145-170 */
	put_bold(&p, "Teams", 108, 88);
	detected d = headed_table(&p, x, head, rows, 3);
	pdf_table *t = d.t;
	assert_string_equal(cell(&t[0], 0, 0), "Teams");
	assert_string_equal(cell(&t[0], 0, 1), "");
	assert_string_equal(cell(&t[0], 1, 1), "Owner name");
	detected_free(&d, &p);
}

/* Ids wrapped over two lines ("ATRT" over "9.1"), the other cells of
 * their rows centred between those lines, as a browser sets them: the
 * ids share no line with the other columns, yet are a column of their
 * own, not part of the numbers' beside them. */
static void a_column_sharing_no_line_with_the_others_is_its_own(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 60, 120, 200};
	const char *id[] = {"1.1", "2.1", "3.1", "4.1"}, *num[] = {"435.5", "12.0", "7.25", "88.1"};
	for (int r = 0; r < 4; r++) {
		double top = 100 + 28 * r;
		put_text(&p, "ATRT", x[0], top);
		put_text(&p, id[r], x[0], top + 11);
		put_text(&p, num[r], x[1], top + 5.5);
		put_text(&p, "Done", x[2], top + 5.5);
		put_text(&p, "some notes", x[3], top + 5.5);
	}
	detected d = detect(&p);
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(t[0].cols, 4);
	assert_int_equal(t[0].rows, 4);
	for (int r = 0; r < 4; r++) {
		char want[16];
		snprintf(want, sizeof want, "ATRT %s", id[r]);
		assert_string_equal(cell(&t[0], r, 0), want);
		assert_string_equal(cell(&t[0], r, 1), num[r]);
	}
	detected_free(&d, &p);
}

/* A table's header repeated at the top of every page, its first cell
 * written over three lines ("Rec #" over "verify" over "validate"), is
 * no running head: its lines stay for the table reader, every one of
 * them, while the running head above it is furniture. */
static void repeated_header_lines_are_no_running_head(void **state)
{
	enum { PAGES = 3 };
	pdf_page p[PAGES];
	pdf_page_lines v[PAGES];
	for (int i = 0; i < PAGES; i++) {
		p[i] = (pdf_page){.number = i + 1, .width = 600, .height = 800};
		put_text(&p[i], "Draft for discussion", 10, 20);
		put_text(&p[i], "Rec #", 10, 50);
		put_text(&p[i], "Outcome", 80, 50);
		put_text(&p[i], "Status", 200, 50);
		put_text(&p[i], "verify", 10, 62);
		put_text(&p[i], "validate", 10, 74);
		put_text(&p[i], "1.1", 10, 300);
		put_text(&p[i], "alpha", 80, 300);
		put_text(&p[i], "Done", 200, 300);
		v[i] = (pdf_page_lines){.number = i + 1, .height = 800};
		v[i].l = pdf_lines_build(p[i].g, p[i].ng, &v[i].nl);
	}
	pdf_mark_furniture(v, PAGES);
	for (int i = 0; i < PAGES; i++) {
		assert_int_equal(v[i].nl, 5);
		for (size_t k = 0; k < v[i].nl; k++) {
			char *s = pdf_line_text(&v[i].l[k]);
			assert_int_equal(v[i].l[k].drop, !strcmp(s, "Draft for discussion"));
			free(s);
		}
		pdf_lines_free(v[i].l, v[i].nl);
		pdf_page_clear(&p[i]);
	}
}

/* Text right-aligned at x (its last glyph ending there), as put_text
 * draws it. */
static void put_right(pdf_page *p, const char *s, double x, double top)
{
	double w = 0;
	for (const char *c = s; *c; c++)
		w += *c == ' ' ? 3 : 5;
	put_text(p, s, x - w, top);
}

static void put_centred(pdf_page *p, const char *s, double x, double top)
{
	double w = 0;
	for (const char *c = s; *c; c++)
		w += *c == ' ' ? 3 : 5;
	put_text(p, s, x - w / 2, top);
}

/* Text edges (textedges.c): ids and text flush left, a status centred,
 * amounts flush right each make a column, whatever their widths. */
static void columns_from_left_centre_and_right_edges(void **state)
{
	pdf_page p = {0};
	const char *id[] = {"1", "1.10", "2.3", "12.4", "3"};
	const char *text[] = {"Publish data", "Train staff yearly", "Audit", "Keep records", "Report"};
	const char *status[] = {"Done", "In progress", "Open", "Not started", "Done"};
	const char *amount[] = {"1,200", "85", "310.50", "7", "12,000"};
	for (int r = 0; r < 5; r++) {
		double y = 100 + 14 * r;
		put_text(&p, id[r], 10, y);
		put_text(&p, text[r], 60, y);
		put_centred(&p, status[r], 220, y);
		put_right(&p, amount[r], 330, y);
	}
	detected d = detect(&p);
	assert_int_equal(d.nt, 1);
	pdf_table *t = d.t;
	assert_int_equal(t->cols, 4);
	assert_int_equal(t->rows, 5);
	for (int r = 0; r < 5; r++) {
		assert_string_equal(cell(t, r, 0), id[r]);
		assert_string_equal(cell(t, r, 1), text[r]);
		assert_string_equal(cell(t, r, 2), status[r]);
		assert_string_equal(cell(t, r, 3), amount[r]);
	}
	detected_free(&d, &p);
}

/* One table of cols x rows was found, and the page's first and last
 * lines (a title, a note) are not its. */
static void expect_one_table_between(const detected *d, int cols, int rows)
{
	assert_int_equal(d->nt, 1);
	assert_int_equal(d->t->cols, cols);
	assert_int_equal(d->t->rows, rows);
	assert_int_equal(d->used[0], 0);
	assert_int_equal(d->used[d->nl - 1], 0);
}

/* A title and a note as wide as the table, right above and under it,
 * cut no column: eight columns of right-aligned numbers stay eight, and
 * neither line is a row. */
static void wide_title_and_footnote_keep_the_columns(void **state)
{
	pdf_page p = {0};
	put_text(&p, "Table 4 Registrations by region and year, in thousands of names (all regions)", 10, 86);
	const char *num[] = {"7", "1,024", "96", "512", "33", "4,096", "8", "250"};
	for (int r = 0; r < 6; r++)
		for (int c = 0; c < 8; c++)
			put_right(&p, num[(r + c) % 8], 60 + 45 * c, 100 + 14 * r);
	/* set smaller, as notes under a table are */
	const char *note = "Source: the registries' monthly reports; figures for 2022 are provisional";
	for (double x = 10; *note; note++, x += 4) {
		pdf_glyph g = {.b = {184, x, 192, x + 3.5}, .size = 8};
		g.u[0] = *note;
		if (*note != ' ')
			pdf_page_add_glyph(&p, &g);
	}
	detected d = detect(&p);
	expect_one_table_between(&d, 8, 6);
	assert_string_equal(cell(d.t, 0, 1), "1,024");
	assert_string_equal(cell(d.t, 5, 7), "33");
	detected_free(&d, &p);
}

/* Glyphs of words (ASCII) in size-point type from x at top, each half
 * as wide as tall, gap points between words: a justified line. */
static void put_spread(pdf_page *p, const char *const *words, double x, double top, double size,
		       double gap)
{
	for (; *words; words++, x += gap)
		for (const char *s = *words; *s; s++, x += size / 2) {
			pdf_glyph g = {.b = {top, x, top + size, x + size / 2}, .size = (float)size};
			g.u[0] = *s;
			pdf_page_add_glyph(p, &g);
		}
}

/* A title in larger type whose words happen to keep the column gaps
 * (standing on the columns' edges, at title_gap, or not), and a
 * justified note a point smaller whose words happen to stand on the
 * columns' edges, last on the page: neither is the table's. */
static void check_title_and_note(double title_gap)
{
	pdf_page p = {0};
	static const char *const title[] = {"Annual", "report", NULL};
	put_spread(&p, title, 10, 80, 14, title_gap);
	const char *rows[][3] = {{"Id", "Text", "Mark"}, {"R1", "word", "high"}, {"R2", "more", "low"},
				 {"R3", "text", "high"}, {"R4", "last", "low"}};
	for (int r = 0; r < 5; r++)
		for (int c = 0; c < 3; c++)
			put_text(&p, rows[r][c], 10 + 50 * c, 100 + 14 * r);
	/* "Registrations" runs from 10 across the gap at 20..60; "figures"
	 * starts where the third column does */
	static const char *const note[] = {"Registrations", "figures", "are", "provisional", NULL};
	put_spread(&p, note, 10, 172, 9, 41.5);
	detected d = detect(&p);
	expect_one_table_between(&d, 3, 5);
	assert_string_equal(cell(d.t, 0, 0), "Id");
	assert_string_equal(cell(d.t, 4, 2), "low");
	detected_free(&d, &p);
}

static void title_and_justified_note_are_not_rows(void **state)
{
	/* "report" at 112, on the third column's left edge */
	check_title_and_note(60);
	check_title_and_note(70);
}

/* A word of another script in a fallback font set larger makes the
 * header's size (its largest) larger than the rows': the header is still
 * no title, as not all of its words are larger than the rows'. */
static void fallback_font_in_a_row_makes_no_title(void **state)
{
	pdf_page p = {0};
	const char *rows[][3] = {{"Id", NULL, "Mark"}, {"R1", "word", "high"}, {"R2", "more", "low"},
				 {"R3", "text", "high"}, {"R4", "last", "low"}};
	for (int r = 0; r < 5; r++)
		for (int c = 0; c < 3; c++)
			if (rows[r][c])
				put_text(&p, rows[r][c], 10 + 50 * c, 100 + 14 * r);
	static const char *const other[] = {"abc", NULL};
	put_spread(&p, other, 60, 99, 12, 0);
	detected d = detect(&p);
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.t->rows, 5);
	assert_string_equal(cell(d.t, 0, 0), "Id");
	assert_string_equal(cell(d.t, 0, 1), "abc");
	detected_free(&d, &p);
	/* a title is larger in every word */
	static const char *const title[] = {"Big", "title", NULL};
	put_spread(&p, title, 10, 80, 12, 70);
	for (int r = 0; r < 5; r++)
		for (int c = 0; c < 3; c++)
			put_text(&p, rows[r][c] ? rows[r][c] : "text", 10 + 50 * c, 100 + 14 * r);
	d = detect(&p);
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.t->rows, 5);
	assert_int_equal(d.used[0], 0);
	detected_free(&d, &p);
}

/* Two tables on a page, a line of prose between them at the line pitch,
 * are two tables, each with its own columns. */
static void two_tables_on_a_page_stay_two(void **state)
{
	pdf_page p = {0};
	const double xa[] = {10, 70, 150}, xb[] = {10, 110, 200, 260};
	for (int r = 0; r < 4; r++)
		for (int c = 0; c < 3; c++)
			put_text(&p, c ? "val" : "key", xa[c], 100 + 14 * r);
	put_text(&p, "The second table below lists the owners of each item in the first.", 10, 156);
	for (int r = 0; r < 4; r++)
		for (int c = 0; c < 4; c++)
			put_text(&p, c == 1 ? "owner name" : "x", xb[c], 170 + 14 * r);
	detected d = detect(&p);
	assert_int_equal(d.nt, 2);
	assert_int_equal(d.t[0].cols, 3);
	assert_int_equal(d.t[0].rows, 4);
	assert_int_equal(d.t[1].cols, 4);
	assert_int_equal(d.t[1].rows, 4);
	assert_string_equal(cell(&d.t[1], 2, 1), "owner name");
	detected_free(&d, &p);
}

/* Two tables side by side whose rows break apart (the right one's first
 * row wraps): each read from its own words, with its own columns and
 * rows, a title over both being neither's; every line is used. */
static void tables_side_by_side_read_apart(void **state)
{
	pdf_page p = {0};
	put_text(&p, "Two tables of the same page", 10, 80);
	const double xl[] = {10, 50}, xr[] = {170, 210};
	const char *left[][2] = {{"Id", "Text"}, {"R1", "one"}, {"R2", "two"}, {"R3", "three"}};
	const char *right[][2] = {{"No", "Word"}, {"S1", "alpha"}, {"S2", "beta"}, {"S3", "gamma"}};
	for (int r = 0; r < 4; r++)
		for (int c = 0; c < 2; c++) {
			put_text(&p, left[r][c], xl[c], 100 + 14 * r);
			/* the right rows under the first stand a line lower */
			put_text(&p, right[r][c], xr[c], 100 + 14 * r + (r > 1 ? 11 : 0));
		}
	put_text(&p, "more", xr[1], 125);
	detected d = detect(&p);
	assert_int_equal(d.nt, 2);
	for (size_t k = 0; k < 2; k++) {
		assert_int_equal(d.t[k].cols, 2);
		assert_int_equal(d.t[k].rows, 4);
	}
	assert_string_equal(cell(&d.t[0], 3, 1), "three");
	assert_string_equal(cell(&d.t[1], 1, 1), "alpha more");
	assert_string_equal(cell(&d.t[1], 3, 0), "S3");
	assert_true(d.t[0].b.right < 170 && d.t[1].b.left > 100);
	assert_int_equal(d.used[0], 0);
	for (size_t i = 1; i < d.nl; i++)
		assert_int_equal(d.used[i], 1);
	detected_free(&d, &p);
}

/* A table set in two halves side by side, rows level: nothing in the
 * rows tells the halves apart, but each half's head starts with the same
 * name, so they are two tables; a column the right half leaves empty but
 * once is still its own (the half's columns from every line of its body,
 * its header cells centred off them). Heads starting with different
 * names, or with equal numbers, leave one table. */
static void halves_repeating_their_head_read_apart(const char *right_head, size_t tables)
{
	pdf_page p = {0};
	put_bold(&p, "Rec #", 10, 100);
	put_bold(&p, "Date", 60, 100);
	put_bold(&p, right_head, 185, 100);
	put_bold(&p, "Team", 245, 100);
	const char *left[] = {"4.1", "4.2", "4.3"}, *date[] = {"May 2", "July 3", "June 4"};
	const char *right[] = {"3.1", "4.1", "4.2"};
	for (int r = 0; r < 3; r++) {
		put_text(&p, left[r], 10, 114 + 14 * r);
		put_text(&p, date[r], 60, 114 + 14 * r);
		put_text(&p, right[r], 170, 114 + 14 * r);
	}
	put_text(&p, "Accepted", 230, 114);
	detected d = detect(&p);
	assert_int_equal(d.nt, tables);
	if (tables == 2) {
		assert_int_equal(d.t[1].cols, 2);
		assert_int_equal(d.t[1].rows, 4);
		assert_string_equal(cell(&d.t[1], 0, 0), "Rec #");
		assert_string_equal(cell(&d.t[1], 1, 1), "Accepted");
		assert_string_equal(cell(&d.t[1], 3, 0), "4.2");
		assert_string_equal(cell(&d.t[0], 2, 1), "July 3");
	}
	detected_free(&d, &p);
}

static void halves_of_one_head_read_apart(void **state)
{
	halves_repeating_their_head_read_apart("Rec #", 2);
	halves_repeating_their_head_read_apart("Owner", 1);
}

/* A wrapped cell whose other lines reach further right than the line it
 * shares with the other columns: the white between its column and the
 * next is what every line leaves, so the last row's lines running on
 * under the table are still that row's, not a paragraph after it. */
static void wrapped_lines_wider_than_the_full_ones_stay_in_their_row(void **state)
{
	/* set as a cell's lines are filled (no word would have fit on
	 * the line above), of lengths that make no text edge: ending at x
	 * 171, 166, 171 and 161, where the lines beside the ids and dates
	 * end at 121 */
	static const char *const wide[] = {"administrations of work", "administrations of wor",
					   "administrations of work", "administrations of wo"};
	pdf_page p = {0};
	for (int r = 0; r < 4; r++) {
		char id[16];
		snprintf(id, sizeof id, "R%d", r + 1);
		double top = 100 + 38 * r;
		put_text(&p, id, 10, top);
		put_text(&p, "cost of audit", 60, top);
		put_text(&p, "2024", 200, top);
		put_text(&p, wide[r], 60, top + 11);
		put_text(&p, "last", 60, top + 22);
	}
	detected d = detect(&p);
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.t[0].rows, 4);
	assert_int_equal(d.t[0].cols, 3);
	assert_string_equal(cell(&d.t[0], 3, 1), "cost of audit administrations of wo last");
	for (size_t i = 0; i < d.nl; i++)
		assert_int_equal(d.used[i], 1);
	detected_free(&d, &p);
}

/* n rows of one line from top down, 11pt apart: ids R<first>, ...
 * at x 10, text at 60, "$2" at 200. */
static void put_numbered_rows(pdf_page *p, int first, int n, const char *text, double top)
{
	for (int r = 0; r < n; r++) {
		char id[16];
		snprintf(id, sizeof id, "R%d", first + r);
		put_text(p, id, 10, top + 11 * r);
		put_text(p, text, 60, top + 11 * r);
		put_text(p, "$2", 200, top + 11 * r);
	}
}

/* A line set regular right under a bold header starts the body's first
 * row, though its first cell is empty (an id spanning two rows, centred
 * lower) and no white parts it from the header: a header's cells are
 * bold throughout. */
static void regular_line_under_a_bold_header_starts_a_row(void **state)
{
	pdf_page p = {0};
	put_bold(&p, "Id", 10, 100);
	put_bold(&p, "Text", 60, 100);
	put_bold(&p, "Cost", 200, 100);
	put_text(&p, "alpha", 60, 111);
	put_text(&p, "$1", 200, 111);
	put_numbered_rows(&p, 2, 4, "beta", 122);
	detected d = detect(&p);
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.t[0].rows, 6);
	assert_string_equal(cell(&d.t[0], 0, 1), "Text");
	assert_string_equal(cell(&d.t[0], 1, 0), "");
	assert_string_equal(cell(&d.t[0], 1, 1), "alpha");
	assert_string_equal(cell(&d.t[0], 2, 0), "R2");
	detected_free(&d, &p);
}

/* A header's first cell wrapped over lines ("Rec" over "#", centred
 * beside the other names) right under a title at the same left margin:
 * the title has room left for "Rec", so "Rec" does not end the title's
 * paragraph - it is the header's - where under a full line of prose it
 * would. */
static void first_header_line_under_a_short_title_is_the_tables(void **state)
{
	pdf_page p = {0};
	put_bold(&p, "Review recommendations", 10, 89);
	put_bold(&p, "Rec", 10, 100);
	put_bold(&p, "Action", 60, 111);
	put_bold(&p, "Cost", 200, 111);
	put_bold(&p, "#", 10, 122);
	put_numbered_rows(&p, 1, 4, "approved", 136);
	detected d = detect(&p);
	assert_int_equal(d.nt, 1);
	int found = 0;
	for (int r = 0; r < d.t[0].rows; r++)
		found |= strcmp(cell(&d.t[0], r, 0), "Rec #") == 0;
	assert_true(found);
	detected_free(&d, &p);
}

/* Tables side by side, one of whose cells share no line (ids over two
 * lines, amounts centred between them): each side is a table of its own,
 * the ids a column though no line holds an id and an amount, and no line
 * is left with part of its words in a table and the rest written again
 * as text. */
static void side_sharing_no_line_leaves_no_line_half_read(void **state)
{
	pdf_page p = {0};
	for (int r = 0; r < 6; r++) {
		put_text(&p, r ? "R1" : "Id", 10, 100 + 14 * r);
		put_text(&p, r ? "one" : "Text", 50, 100 + 14 * r);
	}
	for (int r = 0; r < 3; r++) {
		double top = 100 + 26 * r;
		put_text(&p, "RDS", 170, top);
		put_text(&p, "6.1", 170, top + 11);
		put_text(&p, "$5", 230, top + 5.5);
	}
	detected d = detect(&p);
	for (size_t i = 0; i < d.nl; i++)
		assert_int_equal(d.used[i], 1);
	assert_int_equal(d.nt, 2);
	assert_int_equal(d.t[1].rows, 3);
	assert_string_equal(cell(&d.t[1], 0, 0), "RDS 6.1");
	assert_string_equal(cell(&d.t[1], 2, 1), "$5");
	detected_free(&d, &p);
}

/* Prose, lists and a centred title are no table, though their margins
 * and indents make edges. */
static void prose_and_lists_are_no_table(void **state)
{
	pdf_page p = {0};
	put_centred(&p, "Annual report of the review", 200, 60);
	put_centred(&p, "second edition", 200, 74);
	const char *prose[] = {"The review team met twelve times and heard the community",
			       "on every recommendation before it wrote this report, which",
			       "sets out what was done and what is left to do in the year."};
	for (int r = 0; r < 3; r++)
		put_text(&p, prose[r], 10, 100 + 14 * r);
	for (int r = 0; r < 6; r++) {
		double x = r % 3 ? 40 : 20;
		put_text(&p, "-", x, 150 + 14 * r);
		put_text(&p, r % 3 ? "a point under the item" : "an item of the list", x + 12, 150 + 14 * r);
	}
	detected d = detect(&p);
	assert_int_equal(d.nt, 0);
	detected_free(&d, &p);

	/* bullets and numbers before items make two columns, but a list */
	const char *marker[] = {"-", "1.", "(a)"};
	for (int m = 0; m < 3; m++) {
		for (int r = 0; r < 5; r++) {
			put_text(&p, marker[m], 20, 100 + 28 * r);
			put_text(&p, "an item of the list that wraps", 40, 100 + 28 * r);
			put_text(&p, "onto a second line", 40, 114 + 28 * r);
		}
		d = detect(&p);
		assert_int_equal(d.nt, 0);
		detected_free(&d, &p);
	}
}

/* A page's debug picture shows the text edges and the table areas. */
static void text_edges_and_areas_noted_for_debug(void **state)
{
	pdf_page p = {0};
	for (int r = 0; r < 4; r++)
		for (int c = 0; c < 3; c++)
			put_text(&p, c ? "cell" : "id", 10 + 60 * c, 100 + 14 * r);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	int used[4] = {0};
	int filled[4];
	pdf_area *a;
	pdf_debug d = {0};
	assert_int_equal(pdf_text_areas(l, nl, used, NULL, 0, &pdf_edge_defaults, filled, &a, &d), 1);
	size_t edges = 0, areas = 0;
	for (size_t i = 0; i < d.n; i++) {
		edges += d.box[i].kind == PDF_DEBUG_EDGE;
		areas += d.box[i].kind == PDF_DEBUG_AREA;
	}
	/* left, centre and right of each of three columns of equal words */
	assert_int_equal(edges, 9);
	assert_int_equal(areas, 1);
	free(d.box);
	free(a);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* Page 2 of a table without rulings whose notes column is mostly empty:
 * no line has text in every column (ids and notes never share a line);
 * the header repeated, "Rec" over "#", over a section row. */
static const double pending_x[] = {10, 60, 200, 280};

static void put_pending_page(pdf_page *p)
{
	const double *x = pending_x;
	put_text(p, "Rec", x[0], 80);
	put_text(p, "Text", x[1], 86);
	put_text(p, "Action", x[2], 86);
	put_text(p, "Notes", x[3], 86);
	put_text(p, "#", x[0], 92);
	put_text(p, "Recommendations the Board places in pending status", x[0], 110);
	double y = 130;
	for (int r = 0; r < 4; r++) {
		char id[8];
		snprintf(id, sizeof id, "%d.1", r + 1);
		put_text(p, "first line", x[1], y);
		if (r == 1)
			put_text(p, "a note", x[3], y);
		put_text(p, id, x[0], y + 12);
		put_text(p, "second", x[1], y + 12);
		put_text(p, "Pending", x[2], y + 12);
		put_text(p, "third", x[1], y + 24);
		y += 44;
	}
}

/* On its own such a page shows its four columns too (the lone note
 * makes no edge, but the header names the column beyond the text of the
 * others: a column of its own), and it goes on with the table the page
 * before ended with, in its four columns; "Rec" and "#" are one cell. */
static void table_goes_on_from_the_page_before(void **state)
{
	pdf_page p = {0};
	put_pending_page(&p);
	detected d = detect(&p);
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.t[0].cols, 4);
	assert_string_equal(cell(&d.t[0], 0, 3), "Notes");
	assert_false(d.t[0].goes_on);
	detected_free(&d, &p);

	const pdf_gap gaps[] = {{30, 40}, {145, 155}, {235, 245}}; /* of the page before */
	put_pending_page(&p);
	d = detect_after(&p, &(pdf_carry){gaps, 3, NULL, 0});
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_true(t[0].goes_on);
	assert_int_equal(t[0].cols, 4);
	assert_int_equal(t[0].rows, 6);
	assert_string_equal(cell(&t[0], 0, 0), "Rec #");
	assert_string_equal(cell(&t[0], 0, 3), "Notes");
	assert_string_equal(cell(&t[0], 1, 0), "Recommendations the Board places in pending status");
	assert_string_equal(cell(&t[0], 3, 0), "2.1");
	assert_string_equal(cell(&t[0], 3, 1), "first line second third");
	assert_string_equal(cell(&t[0], 3, 2), "Pending");
	assert_string_equal(cell(&t[0], 3, 3), "a note");
	detected_free(&d, &p);
}

/* A page that starts with the header of the table the page before
 * ended with printed again, a group name ("Review") over two of its
 * columns across their gap: the lines under it go on with the table in
 * its columns, though one line alone has text in two (a description of
 * seven lines by an id of one) and nothing fills the last column, or
 * though they are the rest of one cell the page break cut. */
static void a_table_goes_on_under_its_header_printed_again(void **state)
{
	pdf_page p = {0};
	const double *x = pending_x;
	put_bold(&p, "Review", 225, 68);
	const char *names[] = {"Rec", "Text", "Action", "Notes"};
	for (int c = 0; c < 4; c++)
		put_bold(&p, names[c], x[c], 80);
	const char *more[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh"};
	for (int k = 0; k < 7; k++)
		put_text(&p, more[k], x[1], 100 + 12 * k);
	put_text(&p, "1.1", x[0], 112);
	put_text(&p, "Pending", x[2], 112);
	const pdf_gap gaps[] = {{30, 40}, {145, 155}, {235, 245}};
	char *head[] = {"", "", "Review", "", "Rec", "Text", "Action", "Notes"};
	detected d = detect_after(&p, &(pdf_carry){gaps, 3, head, 2});
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_true(t[0].goes_on);
	assert_int_equal(t[0].cols, 4);
	assert_int_equal(t[0].rows, 3);
	assert_int_equal(t[0].head_again, 2);
	assert_string_equal(cell(&t[0], 1, 3), "Notes");
	assert_string_equal(cell(&t[0], 2, 0), "1.1");
	assert_string_equal(cell(&t[0], 2, 1), "first second third fourth fifth sixth seventh");
	assert_string_equal(cell(&t[0], 2, 2), "Pending");
	detected_free(&d, &p);
	/* under it, the rest of a cell the page break cut, in one column */
	put_bold(&p, "Review", 225, 68);
	for (int c = 0; c < 4; c++)
		put_bold(&p, names[c], x[c], 80);
	put_text(&p, "the last lines", x[1], 100);
	put_text(&p, "of a long cell", x[1], 112);
	d = detect_after(&p, &(pdf_carry){gaps, 3, head, 2});
	assert_int_equal(d.nt, 1);
	assert_true(d.t[0].goes_on);
	assert_int_equal(d.t[0].head_again, 2);
	assert_string_equal(cell(&d.t[0], 2, 1), "the last lines of a long cell");
	detected_free(&d, &p);
}

/* The page p, after a paragraph under what it holds, read as going on
 * from a table of gaps columns - 1 gaps: its last row "16" ... "Not
 * started" carried to this page (is_row), else no table. */
static void check_carried_row(pdf_page *p, size_t gaps, int is_row)
{
	put_text(p, "A paragraph after the table, in the body of the page, runs on.", 40, 150);
	const pdf_gap gap[] = {{70, 95}, {260, 295}};
	detected d = detect_after(p, &(pdf_carry){gap, gaps, NULL, 0});
	if (is_row) {
		assert_int_equal(d.nt, 1);
		assert_true(d.t[0].goes_on);
		assert_int_equal(d.t[0].rows, 1);
		assert_string_equal(cell(&d.t[0], 0, 0), "16");
		assert_string_equal(cell(&d.t[0], 0, 2), "Not started");
	} else {
		assert_int_equal(d.nt, 0);
	}
	detected_free(&d, p);
}

/* A page that starts with one line holding text in each of the three
 * columns of the table the page before ended with (its last row, carried
 * to a page of its own), then a paragraph: that line goes on with the
 * table. With two columns only, such a line may be a label and a number
 * by chance, and is left as text. */
static void one_full_row_goes_on_from_the_page_before(void **state)
{
	for (int cols = 3; cols >= 2; cols--) {
		pdf_page p = {0};
		put_text(&p, "16", 40, 100);
		put_text(&p, "The review assess data", 100, 100);
		if (cols == 3)
			put_text(&p, "Not started", 300, 100);
		check_carried_row(&p, (size_t)cols - 1, cols == 3);
	}
}

/* The last row of a table of four columns carried to a page of its own,
 * its third column empty (a Board action spanning down to it from the
 * page before): its first line has text in three columns, which no
 * label and page number make by chance, and its description's second
 * line goes with it. Text in two of the four columns is not a row. */
static void a_carried_row_with_an_empty_column_goes_on(void **state)
{
	for (int full = 1; full >= 0; full--) {
		pdf_page p = {0};
		put_text(&p, "LE.32", 40, 100);
		if (full)
			put_text(&p, "metrics improve data", 100, 100);
		put_text(&p, "Priority 2", 420, 100);
		put_text(&p, "assess public.", 100, 112);
		put_text(&p, "A paragraph after the table, in the body of the page, runs on.", 40, 150);
		const pdf_gap gap[] = {{70, 95}, {260, 295}, {380, 415}};
		detected d = detect_after(&p, &(pdf_carry){gap, 3, NULL, 0});
		if (full) {
			assert_int_equal(d.nt, 1);
			assert_true(d.t[0].goes_on);
			assert_int_equal(d.t[0].rows, 1);
			assert_string_equal(cell(&d.t[0], 0, 0), "LE.32");
			assert_string_equal(cell(&d.t[0], 0, 1), "metrics improve data assess public.");
			assert_string_equal(cell(&d.t[0], 0, 3), "Priority 2");
		} else {
			assert_int_equal(d.nt, 0);
		}
		detected_free(&d, &p);
	}
}

/* Text set in a fixed-width font (Courier, 8pt: 4.8pt a character, a
 * line every 9pt in boxes 6.5pt tall), as plain text reports print:
 * line `row`, from character column `col`. */
static void put_mono(pdf_page *p, const char *s, int col, int row)
{
	for (double x = 41 + 4.8 * col; *s; s++, x += 4.8) {
		if (*s == ' ')
			continue;
		pdf_glyph g = {.b = {42 + 9.0 * row, x, 48.5 + 9.0 * row, x + 4.8}, .size = 8};
		g.u[0] = *s;
		pdf_page_add_glyph(p, &g);
	}
}

/* A table whose cells stand in the middle of their rows, set close (a
 * printer's 2px padding), one cell of two lines among cells of one: the
 * id and the status of its row stand between its two lines, level with
 * each other. No block of lines holds one id alone (the rows are too
 * close), but an id with a cell level with it, both half a line from the
 * lines of a taller cell, says cells are centred: the two lines are the
 * row's, not the first a row of its own. */
static void an_id_and_a_cell_centred_beside_a_taller_one_are_its_row(void **state)
{
	pdf_page p = {0};
	static const char *const rows[][3] = {
		{"Rec. No.", "Board Action", "State"},     {"Rec. 7.3", "Passed through", "Done"},
		{"Rec. 7.4", "Reject", "In progress"},     {"Rec. 8.1", "", "Not started"},
		{"Rec. 8.2", "Approve", "Not Started"},    {"Rec. 8.3", "Placed in pending", "Not yet started"},
		{"Rec. 8.4", "Rejected", "Not started"},
	};
	double y = 80;
	for (int r = 0; r < 7; r++) {
		if (r == 3) { /* the two lines, the others half a line down */
			put_text(&p, "Approved, subject to", 100, y);
			put_text(&p, "implementation", 100, y + 12);
			y += 6;
		}
		put_text(&p, rows[r][0], 10, y);
		put_text(&p, rows[r][1], 100, y);
		put_text(&p, rows[r][2], 250, y);
		y += r == 3 ? 18 : 12;
	}
	detected d = detect(&p);
	assert_int_equal(d.nt, 1);
	assert_int_equal(d.t[0].rows, 7);
	assert_string_equal(cell(&d.t[0], 3, 0), "Rec. 8.1");
	assert_string_equal(cell(&d.t[0], 3, 1), "Approved, subject to implementation");
	detected_free(&d, &p);
}

/* centred_beside on three columns at a 12pt pitch: an id and a status
 * level with each other, half a pitch from the two lines of a cell
 * between them, tells cells are centred. The same two lines in a
 * fallback font's taller boxes (14pt for 10), their middles moved, tell
 * nothing; nor do lines a whole pitch from the id (the cells of the rows
 * above and below an empty one). */
static void centred_beside_needs_one_cells_lines_half_a_pitch_off(void **state)
{
	for (int kind = 0; kind < 3; kind++) {
		double grow = kind == 1 ? 2 : 0, off = kind == 2 ? 12 : 6;
		pdf_cellpiece pc[9] = {0};
		pc[1] = (pdf_cellpiece){.has = 1, .top = 106 - off - grow, .bottom = 116 - off + grow};
		pc[3] = (pdf_cellpiece){.has = 1, .top = 106, .bottom = 116};
		pc[5] = pc[3];
		pc[7] = (pdf_cellpiece){.has = 1, .top = 106 + off - grow, .bottom = 116 + off + grow};
		assert_int_equal(centred_beside(pc, 3, 3, 1, 12), kind == 0);
	}
}

/* A title and a paragraph over a table set solid, each a blank line
 * above the next, set in a fixed-width font whose grid starts their
 * second words where the table's second column starts: they leave the
 * third column empty and stand further over the table than its lines
 * stand apart, so they are no rows of it, and the header is its first
 * row. */
static void a_title_a_blank_line_over_a_solid_table_is_no_row(void **state)
{
	pdf_page p = {0};
	put_mono(&p, "Implementation of the SSR2 recommendations", 0, 0);
	put_mono(&p, "Publish assess abuse publish the security.", 0, 2);
	put_mono(&p, "Recommendation Description", 0, 4);
	put_mono(&p, "Status", 90, 4);
	static const char *const status[] = {"Complete", "In progress", "Not started"};
	for (int r = 0, line = 5; r < 9; r++) {
		char id[16];
		snprintf(id, sizeof id, "%d", r + 3);
		put_mono(&p, id, 0, line);
		put_mono(&p, "Public make compliance of the make", 15, line);
		put_mono(&p, status[r % 3], 90, line++);
		if (r % 2)
			put_mono(&p, "registrars.", 15, line++);
	}
	detected d = detect(&p);
	assert_int_equal(d.nt, 1);
	assert_true(strncmp(cell(&d.t[0], 0, 0), "Recommendation", 14) == 0);
	for (int r = 0; r < d.t[0].rows; r++)
		for (int c = 0; c < d.t[0].cols; c++)
			assert_null(strstr(cell(&d.t[0], r, c), "Publish"));
	detected_free(&d, &p);
}

/* The carried row's status wraps on two lines centred on its id's one
 * ("Not" over "started" around "16 ... data"): its three lines fill the
 * three columns together, and go on with the table. Lines that fill
 * them only one a column, each column's under the other's (none with
 * text in two, none between two lines of another: not one line in
 * CARRY_SHARE) are not a row. */
static void a_carried_row_of_three_lines_goes_on(void **state)
{
	for (int row = 1; row >= 0; row--) {
		pdf_page p = {0};
		put_text(&p, "Not", 300, 94);
		put_text(&p, "16", 40, row ? 100 : 118);
		put_text(&p, "The review assess data", 100, row ? 100 : 130);
		put_text(&p, "started", 300, 106);
		check_carried_row(&p, 2, row);
	}
}

/* The part of a row a page break cut that the next page shows, its
 * status left on the page before: a description of three lines, the id's
 * two lines set in the middle of the row, each between two of the
 * description's. No line has text in two columns, but each id line
 * stands between two lines of another column as a centred cell does:
 * the row goes on with the table. */
static void a_cut_rows_centred_cells_go_on(void **state)
{
	pdf_page p = {0};
	put_text(&p, "The review", 300, 94);
	put_text(&p, "LE.", 40, 100);
	put_text(&p, "assess data", 300, 106);
	put_text(&p, "19", 40, 112);
	put_text(&p, "annual.", 300, 118);
	put_text(&p, "A note under the table, in the body of the page.", 40, 134);
	put_text(&p, "A paragraph after the table, in the body of the page, runs on.", 40, 150);
	const pdf_gap gap[] = {{70, 95}, {260, 295}};
	detected d = detect_after(&p, &(pdf_carry){gap, 2, NULL, 0});
	assert_int_equal(d.nt, 1);
	assert_true(d.t[0].goes_on);
	assert_int_equal(d.t[0].rows, 1);
	assert_string_equal(cell(&d.t[0], 0, 0), "LE. 19");
	assert_string_equal(cell(&d.t[0], 0, 2), "The review assess data annual.");
	detected_free(&d, &p);
}

/* The carried row's description runs over seven lines, its id and
 * status on the middle one: more lines than one in CARRY_SHARE with text
 * in two columns, yet together they fill the three columns, up to the
 * next line with text in the first column (a note under the table, one
 * line a note): the row goes on with the table, the notes and the
 * paragraph after them stay text. */
static void a_carried_row_with_a_long_cell_goes_on(void **state)
{
	pdf_page p = {0};
	static const char *const desc[] = {"The review", "assess data", "of the",
					   "community", "and of its", "annual", "report"};
	for (int k = 0; k < 7; k++)
		put_text(&p, desc[k], 100, 64 + 12 * k);
	put_text(&p, "16", 40, 100);
	put_text(&p, "Not started", 300, 100);
	for (int k = 0; k < 3; k++)
		put_text(&p, k == 0 ? "Note one" : k == 1 ? "Note two" : "Note three", 40, 148 + 12 * k);
	put_text(&p, "A paragraph after the table, in the body of the page, runs on.", 40, 250);
	const pdf_gap gap[] = {{70, 95}, {260, 295}};
	detected d = detect_after(&p, &(pdf_carry){gap, 2, NULL, 0});
	assert_int_equal(d.nt, 1);
	assert_true(d.t[0].goes_on);
	assert_int_equal(d.t[0].rows, 1);
	assert_string_equal(cell(&d.t[0], 0, 0), "16");
	assert_string_equal(cell(&d.t[0], 0, 1),
			    "The review assess data of the community and of its annual report");
	assert_string_equal(cell(&d.t[0], 0, 2), "Not started");
	detected_free(&d, &p);
}

/* The chunks of line k after marking where cells start. */
static size_t chunks_of(pdf_line *l, size_t nl, size_t k)
{
	pdf_mark_cell_starts(l, nl, NULL, NULL, 0);
	size_t *st = rw_xmalloc((l[k].nw + 1) * sizeof *st);
	size_t n = pdf_line_chunks(&l[k], st);
	free(st);
	return n;
}

/* The lines of page p (lines of them, unless 0), from line `from` on
 * every step-th, come in want chunks each after marking where cells
 * start; p is cleared. */
static void expect_chunks(pdf_page *p, size_t lines, size_t from, size_t step, size_t want)
{
	size_t nl;
	pdf_line *l = pdf_lines_build(p->g, p->ng, &nl);
	if (lines)
		assert_int_equal(nl, lines);
	for (size_t k = from; k < nl; k += step)
		assert_int_equal(chunks_of(l, nl, k), want);
	pdf_lines_free(l, nl);
	pdf_page_clear(p);
}

/* A padded table of three columns (at x 40, 91 and 150) with a section
 * row from the margin, "Section 3: Privacy group launch verify", whose
 * third word starts by chance exactly where the second column's cells
 * start, a word space after "3:". The rest runs on over the third
 * column's start, which no word of it starts at and no cell of the
 * second column runs over: a cell ends before the next column's, so the
 * line is one section row, not cut there; the rows keep their cells. */
static void a_section_row_running_over_a_column_is_not_cut(void **state)
{
	(void)state;
	pdf_page p = {0};
	static const char *const rows[][3] = {{"Rec #", "Notes", "Action"},
					      {"R6.1", "6 June", "Trust"},
					      {"R6.2", "8 May", "Estimate"},
					      {NULL, NULL, NULL},
					      {"R6.3", "9 July", "Scope"}};
	static const double x[] = {40, 91, 150};
	for (int r = 0; r < 5; r++)
		for (int c = 0; c < 3 && rows[r][0]; c++)
			put_text(&p, rows[r][c], x[c], 14.0 * r);
	put_text(&p, "Section 3: Privacy group launch verify", 40, 42);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, 5);
	assert_int_equal(chunks_of(l, nl, 3), 1);
	assert_int_equal(chunks_of(l, nl, 1), 3);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* Lines of running text on a fixed-width font's grid reach every
 * column there by chance. A definition list's values indented four
 * characters make a column there, and a paragraph under one whose first
 * word has three letters has its second word at it: no cell starts
 * there, as no cell is padded to it. */
static void running_text_on_a_grid_is_not_cut_at_an_indent(void **state)
{
	(void)state;
	pdf_page p = {0};
	static const char *const card[][4] = {
		{"Status", "In progress", "And", "for group report the."},
		{"Priority level", "P3", "For", "the on abuse annual public with."},
		{"Implementation status", "Not started", "The", "group the working registrars."},
	};
	for (int k = 0; k < 3; k++) {
		put_mono(&p, card[k][0], 0, 3 * k);
		put_mono(&p, card[k][1], 4, 3 * k + 1);
		put_mono(&p, card[k][2], 0, 3 * k + 2); /* a word space, then */
		put_mono(&p, card[k][3], 4, 3 * k + 2); /* the rest at the indent */
	}
	expect_chunks(&p, 9, 0, 1, 1);
}

/* A text report's table: cells padded to columns at characters 10 and
 * 22, and rows whose cells fill their columns, a word space apart
 * ("Rec. R3.3 Not Started Annual ...") - the table's rows, under a row
 * of it: three cells. A paragraph over the table whose words reach
 * both columns by chance is none. */
static void running_rows_of_a_text_table_are_cut_at_its_padded_columns(void **state)
{
	(void)state;
	pdf_page p = {0};
	/* "Of a data registrar a data review.", set as the cells are */
	put_mono(&p, "Of a data", 0, 0);
	put_mono(&p, "registrar a", 10, 0);
	put_mono(&p, "data review.", 22, 0);
	static const char *const rows[][3] = {
		{"Ref", "Status", "Description"},      {"R3.1", "Ongoing", "Working the group."},
		{"R3.2", "Done", "Publish the data."}, {"Rec. R3.3", "Not Started", "Annual make public."},
		{"Rec. R3.4", "Not started", "The the of process."}, {"R3.5", "Done", "Assess the data."},
	};
	for (int r = 0; r < 6; r++) {
		put_mono(&p, rows[r][0], 0, r + 2);
		put_mono(&p, rows[r][1], 10, r + 2);
		put_mono(&p, rows[r][2], 22, r + 2);
	}
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, 7);
	assert_int_equal(chunks_of(l, nl, 0), 1);
	for (size_t k = 1; k < nl; k++)
		assert_int_equal(chunks_of(l, nl, k), 3);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* A full cell ends a word space before the next column's text
 * ("Complete N/A"): the columns, where other rows start their cells
 * after wide gaps, cut it there (aligned.c). */
static void close_set_cells_are_cut_where_columns_start(void **state)
{
	pdf_page p = {0};
	const char *status[] = {"Complete", "In", "Not", "In"};
	const char *prio[] = {"N/A", "P3", "P2", "P4"};
	for (int r = 0; r < 4; r++) {
		double y = 100 + 14 * r;
		put_text(&p, "1", 10, y);
		put_text(&p, "Approved", 60, y);
		put_text(&p, status[r], 150, y);
		put_text(&p, prio[r], 193, y); /* a word space after "Complete" */
	}
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, 4);
	assert_int_equal(chunks_of(l, nl, 0), 4);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* A spreadsheet's head: the name over numbers of one width set flush
 * right ends with them, a word space before the next column's name;
 * the numbers, set in the middle of tall rows, share no line with that
 * column's wrapped notes, so no line shows the two apart but the
 * head's, where the right edge of the numbers meets the left edge of
 * the notes: the head is cut there. */
static void a_right_edge_meeting_a_left_edge_cuts_the_head(void **state)
{
	pdf_page p = {0};
	put_text(&p, "Rec", 10, 100);
	put_text(&p, "Phases Notes", 95, 100); /* "Phases" ends at 125, as
						the numbers do */
	for (int r = 0; r < 4; r++) {
		double y = 120 + 28 * r;
		put_text(&p, "R1", 10, y);
		put_text(&p, "909.0", 100, y);      /* one width: ends at 125 */
		put_text(&p, "audit", 128, y + 14); /* a notes line alone */
	}
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, 9);
	assert_int_equal(chunks_of(l, nl, 0), 3);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* Rows of an unpadded table ("R10.1 Done"): a word space parts the id
 * from the status on every row but the one with the narrower id, so
 * few starts are clear; the statuses start at exactly one x, nothing
 * crosses it, and the ids end ragged: the column cuts every row. */
static const char *const unpadded_ids[] = {"R9.1", "R10.1", "R10.2", "R11.1", "R11.2"};

static void put_unpadded_rows(pdf_page *p, double jitter)
{
	for (int r = 0; r < 5; r++)
		put_text(p, unpadded_ids[r], 10, 100 + 14 * r);
	for (int r = 0; r < 5; r++) /* "R10.1" ends at 35: a word space */
		put_text(p, r % 2 ? "Done" : "Open", 38 + (r % 2) * jitter, 100 + 14 * r);
}

/* Lines from..4 of those rows, statuses moved right by jitter every
 * other row, come in want chunks each. */
static void check_unpadded_rows(double jitter, size_t from, size_t want)
{
	pdf_page p = {0};
	put_unpadded_rows(&p, jitter);
	expect_chunks(&p, 5, from, 1, want);
}

static void unpadded_cells_are_cut_at_an_exact_alignment(void **state)
{
	check_unpadded_rows(0, 0, 2);
}

/* The same words starting a hundredth of an em apart, every other row,
 * line up by chance, not as a producer sets a column: nothing is cut
 * but where the gap is wide (the first row's). */
static void starts_near_one_x_are_no_exact_alignment(void **state)
{
	check_unpadded_rows(0.1, 1, 1);
}

/* Text in size points at x: glyphs half an em wide, spaces 0.3 em. */
static void put_sized(pdf_page *p, const char *s, double x, double top, double size)
{
	for (; *s; s++, x += size / 2) {
		if (*s == ' ') {
			x -= size / 2 - 0.3 * size;
			continue;
		}
		pdf_glyph g = {.b = {top, x, top + size, x + size / 2}, .size = (float)size};
		g.u[0] = *s;
		pdf_page_add_glyph(p, &g);
	}
}

/* A browser sets a cell's lines on its grid of pixels (steps of 13 and
 * 14 px: 9.75 and 10.5 pt); a line of words in another script comes in
 * a fallback font whose glyph boxes are taller about the same middle,
 * so their tops step by less (9.43 pt). Steps count between boxes as
 * tall as each other: the line pitch stays the cells', and ids and
 * descriptions of two lines each stay one row each. */
static void a_fallback_font_line_keeps_the_line_pitch(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 60, 160};
	for (int r = 0; r < 6; r++) {
		double y = 100 + 40 * r;
		char id[16];
		snprintf(id, sizeof id, "%d.1", r + 1);
		put_text(&p, "SSR2", x[0], y);
		put_text(&p, id, x[0], y + 10.5);
		put_text(&p, "Measure audit", x[1], y);
		put_text(&p, "policy public", x[1], y + 10.5);
		put_text(&p, "alpha", x[2], y);
		if (r < 2)
			put_sized(&p, "beta", x[2], y + 9.75 - 0.32, 10.64);
		else
			put_text(&p, "gamma", x[2], y + 9.75);
	}
	detected d = detect(&p);
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(t[0].cols, 3);
	assert_int_equal(t[0].rows, 6);
	assert_string_equal(cell(&t[0], 0, 0), "SSR2 1.1");
	assert_string_equal(cell(&t[0], 0, 1), "Measure audit policy public");
	assert_string_equal(cell(&t[0], 1, 2), "alpha beta");
	detected_free(&d, &p);
}

/* The glyphs of page p make n lines, reading want[0..n-1] from the top.
 * Clears the page. */
static void assert_page_lines(pdf_page *p, const char *const *want, size_t n)
{
	size_t nl;
	pdf_line *l = pdf_lines_build(p->g, p->ng, &nl);
	assert_int_equal(nl, n);
	for (size_t i = 0; i < n; i++) {
		char *s = pdf_line_text(&l[i]);
		assert_string_equal(s, want[i]);
		free(s);
	}
	pdf_lines_free(l, nl);
	pdf_page_clear(p);
}

/* Two columns set level, each line's glyph boxes as tall as its font's
 * make them: the right column's font 8.7pt boxes, the left's 12.3pt
 * (taller than the band grows by) standing 2.4pt lower in the middle,
 * and two words in the left column in a third font, 8.7pt boxes whose
 * middles stand 3.1pt under the right column's (more than a third of
 * its boxes' height, where a cell centred between lines stands) but
 * within the boxes of the words beside them. One line, not the italic
 * words alone on a line of their own. */
static void words_level_with_their_neighbours_join_them(void **state)
{
	pdf_page p = {0};
	put_tall_text(&p, "for the original sample", 303, 249.64, 8.68);
	put_tall_text(&p, "focused on the", 36, 250.2, 12.29);
	put_tall_text(&p, "sampled schools", 180, 252.77, 8.68);
	put_tall_text(&p, "were treated as", 303, 259.18, 12.29);
	static const char *const want[] = {"focused on the sampled schools for the original sample",
					   "were treated as"};
	assert_page_lines(&p, want, 2);
}

/* A row whose cells mix fonts (a fallback font's boxes 15.6pt tall,
 * the others' 10.4pt): the second column's line opens the band, tall;
 * the id, standing lower, joins it by its size. A tall word of the last
 * column holds the id's box within its own, but does not lie within
 * it: it is no sign of the id's line, and stays with the words beside
 * it, which overlap the band too little to join it. */
static void a_taller_word_stays_with_its_neighbours(void **state)
{
	pdf_page p = {0};
	put_tall_text(&p, "HEB", 120, 94.4, 15.6);
	put_tall_text(&p, "Plan contract", 140, 98.2, 10.4);
	put_tall_text(&p, "8.1.1", 45, 103.9, 10.4);
	put_tall_text(&p, "WORD", 466, 101.4, 15.6);
	put_tall_text(&p, "Plan annual", 417, 105.2, 10.4);
	static const char *const want[] = {"8.1.1 HEB Plan contract", "Plan annual WORD"};
	assert_page_lines(&p, want, 2);
}

/* A footnote's mark set as a superscript (83% of the type, raised a
 * third of it) after a value and after an id: it stands higher, so it
 * comes first, and still joins its line, written as the superscript
 * digit it shows; digits that start a word, or follow a glyph of their
 * own size, are digits; a raised band of more glyphs than a mark is a
 * line of its own. */
static void a_superscript_mark_joins_its_line(void **state)
{
	pdf_page p = {0};
	put_sized(&p, "Approved", 10, 100, 12);
	put_sized(&p, "3", 10 + 8 * 6, 96, 10); /* after "Approved" */
	put_sized(&p, "1.1", 80, 100, 12);
	put_sized(&p, "12", 80 + 3 * 6, 96, 10); /* after "1.1" */
	put_sized(&p, "Rejected 22", 10, 200, 12);
	put_sized(&p, "note", 200, 196, 10); /* four glyphs: a line */
	static const char *const want[] = {"Approved\u00B3 1.1\u00B9\u00B2", "note", "Rejected 22"};
	assert_page_lines(&p, want, 3);
}

/* A subscript ("H2O") in a cell set lower than the row's other cells
 * (a browser lowers a line holding a superscript): the row's band is
 * the other cells', the subscript stands too far under it to join it
 * and starts a line of its own, which then goes to the line of the
 * glyph it follows, smaller and lowered against it. A small glyph
 * under a cell a word space after its text is no subscript and stays a
 * line of its own. */
static void a_subscript_joins_the_line_of_its_glyph(void **state)
{
	pdf_page p = {0};
	put_sized(&p, "2.2", 10, 100, 12);
	put_sized(&p, "Report on H", 60, 103.5, 12);
	double after_h = p.g[p.ng - 1].b.right;
	put_sized(&p, "2", after_h, 108.5, 10);
	put_sized(&p, "O use", after_h + 5, 103.5, 12);
	put_sized(&p, "Pending", 200, 100, 12);
	double after_pending = p.g[p.ng - 1].b.right;
	put_sized(&p, "a", after_pending + 3, 108.5, 10);
	static const char *const want[] = {"2.2 Report on H2O use Pending", "a"};
	assert_page_lines(&p, want, 2);
}

/* The producer put a word break before the mark ("LE.15" then a space
 * flag, then a raised "10"): the mark stays with its word. */
static void a_superscript_mark_after_a_word_break_stays(void **state)
{
	pdf_page p = {0};
	put_sized(&p, "LE.15", 10, 100, 12);
	p.g[p.ng - 1].space_after = 1;
	put_sized(&p, "10", 10 + 5 * 6, 96, 10);
	size_t nl;
	char *s = line_text(&p, 0, &nl);
	assert_int_equal(nl, 1);
	assert_string_equal(s, "LE.15\u00B9\u2070");
	free(s);
	pdf_page_clear(&p);
}

/* A cell's width wrapped its footnote's mark onto a line of its own:
 * a number of at most mark_glyphs digits in smaller type under the
 * cell's text. A number in the cell's own type, a longer one, or one
 * with a letter is text. */
static void a_wrapped_mark_is_a_mark(void **state)
{
	pdf_word above_w = {.b = {100, 10, 112, 60}, .text = "LE.11", .size = 10};
	pdf_line above = {.b = above_w.b, .w = &above_w, .nw = 1, .size = 10};
	struct { const char *text; float size; const char *want; } cases[] = {
		{"6", 5.8f, "\u2076"}, {"12", 6.5f, "\u00B9\u00B2"}, {"6", 10, NULL},
		{"1234", 5.8f, NULL}, {"6a", 5.8f, NULL}};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		pdf_word w = {.b = {112, 10, 119, 20}, .text = (char *)cases[k].text, .size = cases[k].size};
		pdf_line l = {.b = w.b, .w = &w, .nw = 1, .size = cases[k].size};
		char *s = pdf_wrapped_mark(&l, &above);
		if (cases[k].want)
			assert_string_equal(s, cases[k].want);
		else
			assert_null(s);
		free(s);
	}
}

/* The page's glyphs make n lines; line a comes in na chunks after
 * marking where cells start, line b in nb. Clears the page. */
static void check_two_lines(pdf_page *p, size_t n, size_t a, size_t na, size_t b, size_t nb)
{
	size_t nl;
	pdf_line *l = pdf_lines_build(p->g, p->ng, &nl);
	assert_int_equal(nl, n);
	assert_int_equal(chunks_of(l, nl, a), na);
	assert_int_equal(chunks_of(l, nl, b), nb);
	pdf_lines_free(l, nl);
	pdf_page_clear(p);
}

/* A title in large type starts a little left of the ids, within its
 * own start_tol but not theirs; a sentence under it starts where the
 * title does and its second word where the statuses start: the title
 * does not widen the ids' column to the sentence, which stays one. */
static void a_title_does_not_widen_a_column_start(void **state)
{
	pdf_page p = {0};
	put_sized(&p, "Implementation", 8.9, 50, 24);
	put_sized(&p, "Data the for compliance", 8.9, 90, 10);
	for (int r = 0; r < 4; r++) {
		put_sized(&p, "4.1", 10, 110 + 14 * r, 10);
		put_sized(&p, "Done", 31.9, 110 + 14 * r, 10); /* after a wide gap */
	}
	check_two_lines(&p, 6, 1, 1, 2, 2);
}

/* Rows going on from the page before, a status a word space after ids
 * of one width: alone they show no column there (the ids end at one
 * x), but the table's status column started there on the page before,
 * and cuts them. */
static void carried_column_starts_cut_rows(void **state)
{
	static const char *const ids[] = {"R10.1", "R10.2", "R11.1"};
	pdf_page p = {0};
	for (int r = 0; r < 3; r++) {
		put_text(&p, ids[r], 10, 100 + 14 * r);
		put_text(&p, "Done", 38, 100 + 14 * r); /* "R10.1" ends at 35 */
	}
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, 3);
	assert_int_equal(chunks_of(l, nl, 0), 1);
	const double carry[] = {38};
	pdf_mark_cell_starts(l, nl, NULL, carry, 1);
	size_t st[4];
	for (size_t k = 0; k < nl; k++)
		assert_int_equal(pdf_line_chunks(&l[k], st), 2);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* Under rows whose statuses start at one x after wide gaps, a heading
 * "Rec. 9" whose "9" starts a word space after "Rec.", near that x but
 * not at it (a larger type, a list's indent met by chance): the
 * column's start is where its cells stand, to the producer's rounding,
 * and the heading is not cut there. */
static void a_word_near_a_column_start_is_not_cut(void **state)
{
	pdf_page p = {0};
	for (int r = 0; r < 3; r++) {
		put_text(&p, "1", 10, 100 + 14 * r);
		put_text(&p, "Done", 33, 100 + 14 * r);
	}
	put_text(&p, "Rec.", 10, 142);
	put_text(&p, "9", 33.4, 142); /* "Rec." ends at 30 */
	check_two_lines(&p, 4, 0, 2, 3, 1);
}

/* A word group of a test page: on line `line` (a head on line 0 at
 * 86pt, a line every 14pt under it), starting at x. */
typedef struct placed {
	int line;
	double x;
	const char *text;
} placed;

/* The groups t[0..nt-1] make n lines, each line k (from `from` on)
 * coming in want[k] chunks after marking where cells start. */
static void check_placed(const placed *t, size_t nt, size_t n, size_t from, const size_t *want)
{
	pdf_page p = {0};
	for (size_t k = 0; k < nt; k++)
		put_text(&p, t[k].text, t[k].x, 86 + 14.0 * t[k].line);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, n);
	for (size_t k = from; k < nl; k++)
		assert_int_equal(chunks_of(l, nl, k), want[k]);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}
#define CHECK_PLACED(t, n, from, want) check_placed(t, sizeof t / sizeof *t, n, from, want)

/* Ids of one width a word space before the statuses ("R5.1" ends at
 * 30), rows set solid: the ids end at one x, so the body alone shows no
 * column there, but the head names the ids' column and the statuses'
 * apart, blank where the statuses start: every row is cut. Without the
 * head (the rows alone), none is. */
static void a_head_parts_ids_of_one_width(void **state)
{
	static const placed t[] = {{0, 10, "Ref"},  {0, 60, "Status"}, {1, 10, "R5.1"},
				   {1, 33, "Done"}, {2, 10, "R5.2"},   {2, 33, "Done"},
				   {3, 10, "R6.1"}, {3, 33, "Done"}};
	static const size_t cut[] = {2, 2, 2, 2}, whole[] = {1, 1, 1};
	CHECK_PLACED(t, 4, 1, cut);
	check_placed(t + 2, 6, 3, 0, whole);
}

/* Under such a head, a section row across the table between two rows
 * (one chunk from the ids' left, over the statuses' x) cuts no column:
 * the three rows around it still make a run, and are cut. */
static void a_section_row_between_rows_cuts_no_column(void **state)
{
	static const placed t[] = {{0, 10, "Ref"},  {0, 60, "Status"},
				   {1, 10, "R5.1"}, {1, 33, "Done"},
				   {2, 10, "Recommendations on review"},
				   {3, 10, "R5.2"}, {3, 33, "Open"},
				   {4, 10, "R5.3"}, {4, 33, "Done"}};
	static const size_t want[] = {2, 2, 1, 2, 2};
	CHECK_PLACED(t, 5, 0, want);
}

/* Under such a head, "Rec 1 Done", "Rec 2 Done"...: the numbers start
 * at one x too ("Rec" ends at 25), but after one word said on every
 * line, a cell's own; the statuses, after numbers that differ, are cut
 * off. The head's "No" is blank over the numbers too. */
static void a_word_on_every_line_is_not_cut_off(void **state)
{
	static const placed t[] = {{0, 10, "No"},  {0, 60, "Status"}, {1, 10, "Rec"},
				   {1, 28, "1"},   {1, 36, "Done"},   {2, 10, "Rec"},
				   {2, 28, "2"},   {2, 36, "Done"},   {3, 10, "Rec"},
				   {3, 28, "3"},   {3, 36, "Done"}};
	static const size_t want[] = {2, 2, 2, 2};
	CHECK_PLACED(t, 4, 1, want);
}

/* Dates whose days all have two digits put the months at one x, after
 * text that differs; the head names the date column over its whole
 * width, not apart from its days: no date is cut. */
static void dates_under_their_head_are_not_cut(void **state)
{
	static const placed t[] = {{0, 10, "Budget"}, {0, 80, "Date"},	 {1, 10, "100"},
				   {1, 60, "12 March"}, {2, 10, "100"},	 {2, 60, "15 April"},
				   {3, 10, "100"},	{3, 60, "23 June"}};
	static const size_t want[] = {2, 2, 2, 2};
	CHECK_PLACED(t, 4, 1, want);
}

/* A table printed without cell padding, its rows of two lines (a note
 * wrapped in the first column): numbers of one width, then a word
 * space, then dates. The head names the numbers' column and the dates'
 * apart, so the dates start a column, though the lines of their starts
 * are not next to one another: the lines between stand beside them (the
 * notes' second lines, left of the numbers). The months after days of
 * two digits start at one x too, but only as a date's second word, and
 * "3 July" runs over it: they are the dates' own, no column. */
static void a_head_parts_numbers_from_dates_in_rows_of_two_lines(void **state)
{
	static const char *const num[] = {"857.8", "207.7", "790.6", "285.1", "914.9", "388.9"};
	static const char *const date[] = {"13 October 2024",  "3 July 2019",  "24 January 2018",
					   "23 November 2021", "17 July 2024", "19 May 2025"};
	placed t[3 + 6 * 4] = {{0, 10, "Notes"}, {0, 95, "Target"}, {0, 150, "Date"}};
	size_t n = 3, want[1 + 2 * 6] = {3};
	for (int r = 0; r < 6; r++) {
		t[n++] = (placed){1 + 2 * r, 10, "Note text of a row"};
		t[n++] = (placed){1 + 2 * r, 100, num[r]};
		t[n++] = (placed){1 + 2 * r, 128, date[r]};
		t[n++] = (placed){2 + 2 * r, 10, "goes on"};
		want[1 + 2 * r] = 3, want[2 + 2 * r] = 1;
	}
	check_placed(t, n, 13, 0, want);
}

/* Numbered section rows on lines next to one another ("Section 12:
 * Priority ...") under a head: their words after the numbers start at
 * one x, but run on over the start of the notes column, where no cell
 * ends: they are lines across the table, not cut. */
static void section_rows_across_columns_are_not_cut(void **state)
{
	static const placed t[] = {{0, 10, "Ref"},
				   {0, 120, "Notes"},
				   {1, 10, "9.1"},
				   {1, 120, "Pending"},
				   {2, 10, "9.1"},
				   {2, 120, "Pending"},
				   {3, 10, "9.1"},
				   {3, 120, "Pending"},
				   {4, 10, "Section 12: Priority escalation board"},
				   {5, 10, "Section 13: Threat milestone stability"},
				   {6, 10, "Section 14: Choice plan group training"}};
	static const size_t want[] = {2, 2, 2, 2, 1, 1, 1};
	CHECK_PLACED(t, 7, 0, want);
}

/* Words of prose that happen to start at one x on several lines, after
 * word spaces, are no column: nothing is cut. */
static void prose_is_not_cut(void **state)
{
	pdf_page p = {0};
	for (int r = 0; r < 4; r++)
		put_text(&p, "the board took note of the report", 10, 100 + 12 * r);
	expect_chunks(&p, 0, 0, 1, 1);
}

/* Prose set in a fixed-width font, a Board resolution printed as text:
 * every word stands on the characters' grid, so the second words of
 * lines opening with eight characters ("Approved", "Whereas,",
 * "Resolved", "5.4, 6.1") start in one column, exactly, line after line.
 * No column starts there: every line is one chunk. */
static void prose_on_a_fixed_width_grid_is_not_cut(void **state)
{
	static const char *const text[] = {
		"Approved Board Resolutions | Regular Meeting of the ICANN Board 3 January 2020",
		"",
		"Third Accountability and Transparency Review (ATRT3)",
		"",
		"Whereas, the review team delivered its final report on October 8, 2021, and Section 4.6(c) of the Bylaws",
		"calls for Board action.",
		"",
		"Resolved (2020.01.03.11), the Board accepts Recommendations 2.1, 3.1, 3.2, 4.1 through 4.4, 5.1 through",
		"5.4, 6.1 and 7.1.",
		"",
		"Resolved (2020.01.03.12), the Board places Rec. 7.2-7.4 into pending status.",
		"",
		"Resolved (2020.01.03.13), the Board passes Recommendations 7.5, 8.1 and 8.2 through to the GNSO Council.",
		"",
		"Rationale for Resolutions 2020.01.03.11 - 2020.01.03.13",
		"",
		"The Board approved the budget for fiscal year 2021 in an earlier meeting.",
	};
	pdf_page p = {0};
	for (int i = 0; i < (int)(sizeof text / sizeof *text); i++)
		put_mono(&p, text[i], 0, i);
	expect_chunks(&p, 0, 0, 1, 1);
}

/* A table printed without cell padding (a word space between a cell
 * and the next column), its ids of one width ("Rec. R7.1"), so the
 * statuses after them start at one x after text ending at one x: the
 * head, blank there and naming the ids' column on the left of it, parts
 * the columns. A title in larger type two lines above, a word of it
 * starting near that x (not at it) and running over the next column's
 * start, lines up by chance and keeps no column from being found: each
 * row is three cells. */
static void a_title_near_a_headed_column_start_does_not_cross_it(void **state)
{
	pdf_page p = {0};
	put_sized(&p, "CCT", 10, 40, 16);
	put_sized(&p, "Implementation", 56.4, 40, 16);
	put_text(&p, "No.", 20, 80);
	put_text(&p, "Status", 75, 80);
	put_text(&p, "Priority level", 140, 80);
	static const char *const rows[][3] = {
		{"R7.1", "In Progress", "P3"},     {"R7.2", "Not started", "Eligible"},
		{"R8.1", "Not Started", "Not eligible"}, {"R8.2", "Not yet started", "Priority 1"},
		{"R8.3", "Not yet started", "P2"}, {"R8.5", "Not Started", "P2"},
	};
	for (int r = 0; r < 6; r++) {
		double y = 94 + 13 * r;
		put_text(&p, "Rec.", 10, y);
		put_text(&p, rows[r][0], 33, y);
		put_text(&p, rows[r][1], 56, y);
		put_text(&p, rows[r][2], 130, y);
	}
	expect_chunks(&p, 8, 2, 1, 3);
}

/* A text report's table in Courier, each id of two lines ("Rec." over
 * "R3.1") beside a description of one: the descriptions' third words
 * start in one character column, right where the head's "Description"
 * ends, on every row, and the lines between (the ids' second lines)
 * stand left of them. The words before those starts are running text,
 * no cell of one word: the starts are a river of the grid, no column,
 * and the Board actions after a wide gap are still cut off (three
 * chunks a row, not the description run on into the action). */
static void a_river_beside_wrapped_ids_on_a_fixed_width_grid_is_no_column(void **state)
{
	static const char *const desc[] = {"Report the compliance publish input.",
					   "Budget for make the public group.",
					   "Public are input on annual review.",
					   "Access one metrics of the budget."};
	static const char *const action[] = {"Approve", "Pending", "Rejected", "Accepted"};
	pdf_page p = {0};
	put_mono(&p, "Ref", 0, 0);
	put_mono(&p, "Description", 7, 0);
	put_mono(&p, "Board Action", 60, 0);
	for (int r = 0; r < 4; r++) {
		put_mono(&p, "Rec.", 0, 1 + 2 * r);
		put_mono(&p, desc[r], 7, 1 + 2 * r);
		put_mono(&p, action[r], 60, 1 + 2 * r);
		put_mono(&p, "R3.1", 0, 2 + 2 * r);
	}
	expect_chunks(&p, 9, 1, 2, 3);
}

/* A text report's list under a paragraph, in Courier: the items have
 * too few words of letters to tell their font by ("Approved: 4.3 and
 * 4.6"), but they stand on the grid of the fixed-width font the
 * paragraph is set in, so a word space is a character there, no gap
 * between cells: each item is one chunk, and the ids after the labels
 * ("4.3", "4.4", "4.1,"), one under the other, start no column. */
static void short_lines_on_a_fixed_width_grid_are_not_cut(void **state)
{
	pdf_page p = {0};
	put_mono(&p, "Third Accountability and Transparency Review (ATRT3)", 0, 0);
	put_mono(&p, "On April 9, 2022, the Board took action on the 9 recommendations:", 0, 2);
	put_mono(&p, "* Approved: 4.3 and 4.6", 1, 4);
	put_mono(&p, "* Not approved: 4.4", 1, 5);
	put_mono(&p, "* Pending: 4.1, 4.2, 4.5 and 5.1", 1, 6);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, 5);
	for (size_t k = 0; k < nl; k++) {
		assert_true(l[k].pitch > 0);
		assert_int_equal(chunks_of(l, nl, k), 1);
	}
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* Prose at the top of the next page does not go on with the table. */
static void prose_does_not_go_on_with_a_table(void **state)
{
	pdf_page p = {0};
	put_text(&p, "The Board will take up the pending recommendations once the", 10, 80);
	put_text(&p, "costing is done, and report on them in its next scorecard.", 10, 92);
	const pdf_gap gaps[] = {{30, 40}, {145, 155}, {235, 245}};
	detected d = detect_after(&p, &(pdf_carry){gaps, 3, NULL, 0});
	assert_int_equal(d.nt, 0);
	detected_free(&d, &p);
}

/* A table whose last column is mostly empty and whose cells span lines
 * (so only one line fills every column), under a header and a section
 * row across the table: the run is still a table, with its header. */
static void long_table_under_header_and_section_row(void **state)
{
	pdf_page p = {0};
	const double x[] = {10, 60, 200, 280};
	put_text(&p, "No", x[0], 80);
	put_text(&p, "Text", x[1], 80);
	put_text(&p, "Action", x[2], 80);
	put_text(&p, "Notes", x[3], 80);
	put_text(&p, "Recommendations the Board approves", x[0], 96);
	double y = 112;
	for (int r = 0; r < 5; r++) {
		char id[8];
		snprintf(id, sizeof id, "%d.1", r + 1);
		put_text(&p, id, x[0], y);
		put_text(&p, "first line", x[1], y);
		put_text(&p, "Approved", x[2], y);
		if (r == 2)
			put_text(&p, "a note", x[3], y);
		put_text(&p, "second line", x[1], y + 12);
		y += 30;
	}
	detected d = detect(&p);
	pdf_table *t = d.t;
	assert_int_equal(d.nt, 1);
	assert_int_equal(t[0].cols, 4);
	assert_string_equal(cell(&t[0], 0, 3), "Notes");
	assert_string_equal(cell(&t[0], 1, 0), "Recommendations the Board approves");
	assert_string_equal(cell(&t[0], 1, 1), "");
	assert_string_equal(cell(&t[0], 2, 0), "1.1");
	assert_string_equal(cell(&t[0], 2, 1), "first line second line");
	assert_string_equal(cell(&t[0], 4, 3), "a note");
	assert_int_equal(t[0].rows, 7);
	detected_free(&d, &p);
}

static void lattice_grid_with_spanning_cell(void **state)
{
	pdf_page p = {0};
	/* 2 rows x 3 columns; the top row's first two cells are one */
	double xs[] = {0, 100, 200, 300}, ys[] = {0, 30, 60};
	for (int i = 0; i < 3; i++)
		pdf_page_add_ruling(&p, 0, ys[i], 300, ys[i]);
	pdf_page_add_ruling(&p, 0, 0, 0, 60);
	pdf_page_add_ruling(&p, 100, 30, 100, 60); /* not across the top row */
	pdf_page_add_ruling(&p, 200, 0, 200, 60);
	pdf_page_add_ruling(&p, 300, 0, 300, 60);
	put_text(&p, "wide", 80, 10);  /* centre in the spanning cell's right slot */
	put_text(&p, "x", 210, 10);
	put_text(&p, "a", 10, 40);
	put_text(&p, "b", 110, 40);
	(void)xs;
	size_t nt;
	pdf_table *t = pdf_lattice_tables(&p, NULL, " ", &nt);
	assert_int_equal(nt, 1);
	assert_int_equal(t[0].rows, 2);
	assert_int_equal(t[0].cols, 3);
	assert_string_equal(cell(&t[0], 0, 0), "wide");
	assert_string_equal(cell(&t[0], 0, 1), "");
	assert_string_equal(cell(&t[0], 0, 2), "x");
	assert_string_equal(cell(&t[0], 1, 1), "b");
	/* the covered slot says where its cell starts (the emitter copies it) */
	int want_from[] = {0, 1, 0, 0, 0, 0};
	for (int k = 0; k < 6; k++)
		assert_int_equal(t[0].span_from[k], want_from[k]);
	pdf_table_clear(&t[0]);
	free(t);
	pdf_page_clear(&p);
}

/* The table's last line runs under the first and third columns, not the
 * second (a cell the page break cut): that one is open at the foot. A
 * last line under no column says nothing of one. */
static void lattice_grid_with_a_column_open_at_its_foot(void **state)
{
	for (int drawn = 0; drawn <= 1; drawn++) {
		pdf_page p = {0};
		pdf_page_add_ruling(&p, 0, 0, 300, 0);
		pdf_page_add_ruling(&p, 0, 30, 300, 30);
		if (drawn) {
			pdf_page_add_ruling(&p, 0, 60, 100, 60);
			pdf_page_add_ruling(&p, 200, 60, 300, 60);
		}
		for (int x = 0; x <= 300; x += 100)
			pdf_page_add_ruling(&p, x, 0, x, 60);
		put_text(&p, "a", 10, 10);
		size_t nt;
		pdf_table *t = pdf_lattice_tables(&p, NULL, " ", &nt);
		assert_int_equal(nt, 1);
		assert_int_equal(t[0].cols, 3);
		assert_int_equal(t[0].open_foot[0], 0);
		assert_int_equal(t[0].open_foot[1], drawn);
		assert_int_equal(t[0].open_foot[2], 0);
		pdf_table_clear(&t[0]);
		free(t);
		pdf_page_clear(&p);
	}
}

/* A cell open at the foot whose text a browser draws on under the
 * table's last line: the line right under it is the cell's, and the
 * table reaches over it; with a glyph of a closed column on that line,
 * the run is not all the text there, and nothing is taken. */
static void lattice_text_run_on_under_an_open_foot(void **state)
{
	for (int other = 0; other <= 1; other++) {
		pdf_page p = {0};
		pdf_page_add_ruling(&p, 0, 0, 300, 0);
		pdf_page_add_ruling(&p, 0, 30, 300, 30);
		pdf_page_add_ruling(&p, 0, 60, 100, 60);
		pdf_page_add_ruling(&p, 200, 60, 300, 60);
		for (int x = 0; x <= 300; x += 100)
			pdf_page_add_ruling(&p, x, 0, x, 60);
		put_text(&p, "b", 110, 45);
		put_text(&p, "c", 110, 58); /* under the last line, a leading on */
		if (other)
			put_text(&p, "d", 10, 58);
		size_t nt;
		pdf_table *t = pdf_lattice_tables(&p, NULL, " ", &nt);
		assert_int_equal(nt, 1);
		assert_string_equal(t[0].cell[1 * 3 + 1], other ? "b" : "b c");
		assert_true(t[0].b.bottom == (other ? 60 : 63));
		pdf_table_clear(&t[0]);
		free(t);
		pdf_page_clear(&p);
	}
}

static void lattice_area_edges_close_an_open_table(void **state)
{
	pdf_page p = {0};
	/* inner rulings only: no frame */
	pdf_page_add_ruling(&p, 0, 30, 200, 30);
	pdf_page_add_ruling(&p, 100, 0, 100, 60);
	put_text(&p, "a", 10, 10);
	put_text(&p, "b", 110, 10);
	put_text(&p, "c", 10, 40);
	put_text(&p, "d", 110, 40);
	size_t nt;
	pdf_table *none = pdf_lattice_tables(&p, NULL, " ", &nt);
	assert_int_equal(nt, 0);
	free(none);
	pdf_box area = {0, 0, 60, 200};
	pdf_table *t = pdf_lattice_tables(&p, &area, " ", &nt);
	assert_int_equal(nt, 1);
	assert_int_equal(t[0].rows, 2);
	assert_int_equal(t[0].cols, 2);
	assert_string_equal(cell(&t[0], 1, 1), "d");
	pdf_table_clear(&t[0]);
	free(t);
	pdf_page_clear(&p);
}

/* A grid framed by its own rules inside a wider area: the area's edges
 * beyond the frame add no empty column or row; a side the frame leaves
 * open is closed by the area's edge. */
static void lattice_area_wider_than_a_framed_grid(void **state)
{
	pdf_page p = {0};
	for (int y = 20; y <= 80; y += 30)
		pdf_page_add_ruling(&p, 20, y, 220, y);
	for (int x = 20; x <= 220; x += 100)
		pdf_page_add_ruling(&p, x, 20, x, 80);
	put_text(&p, "a", 30, 30);
	put_text(&p, "b", 130, 30);
	put_text(&p, "c", 30, 60);
	put_text(&p, "d", 130, 60);
	pdf_box area = {5, 5, 95, 300};
	pdf_page_crop(&p, &area);
	size_t nt;
	pdf_table *t = pdf_lattice_tables(&p, &area, " ", &nt);
	assert_int_equal(nt, 1);
	assert_int_equal(t[0].rows, 2);
	assert_int_equal(t[0].cols, 2);
	assert_string_equal(cell(&t[0], 0, 0), "a");
	assert_string_equal(cell(&t[0], 1, 1), "d");
	pdf_table_clear(&t[0]);
	free(t);
	/* the area cuts the grid under its first row: its top edge closes
	 * the rows, its sides beyond the frame still add nothing */
	pdf_box cut = {45, 5, 95, 300};
	pdf_page_crop(&p, &cut);
	t = pdf_lattice_tables(&p, &cut, " ", &nt);
	assert_int_equal(nt, 1);
	assert_int_equal(t[0].rows, 1);
	assert_int_equal(t[0].cols, 2);
	assert_string_equal(cell(&t[0], 0, 0), "c");
	pdf_table_clear(&t[0]);
	free(t);
	pdf_page_clear(&p);
}

static void crop_keeps_glyphs_wholly_inside(void **state)
{
	pdf_page p = {0};
	put_text(&p, "abc", 10, 10); /* boxes 10-15, 15-20, 20-25 */
	pdf_box area = {0, 0, 50, 22};
	pdf_page_crop(&p, &area);
	assert_int_equal(p.ng, 2);
	pdf_page_clear(&p);
}

/* Glyphs of size 10 in 10pt boxes, "ab" from top ab_top and "cd" from
 * cd_top, cropped to area: "ab" is kept, "cd" left out. */
static void check_crop_keeps_ab(double ab_top, double cd_top, pdf_box area)
{
	pdf_page p = {0};
	put_text(&p, "ab", 10, ab_top);
	put_text(&p, "cd", 40, cd_top);
	pdf_page_crop(&p, &area);
	assert_int_equal(p.ng, 2);
	assert_int_equal(p.g[0].u[0], 'a');
	pdf_page_clear(&p);
}

/* Glyphs of size 10 whose boxes reach 2pt below the area's bottom edge
 * (within a font's descent) are in it; 3pt below, not. */
static void crop_allows_a_descent_below_the_bottom(void **state)
{
	check_crop_keeps_ab(10, 11, (pdf_box){0, 0, 18, 100});
}

/* Likewise above the top edge (within a font's ascent over its cap
 * height): boxes 2pt above it are in, 3pt above, not. */
static void crop_allows_an_ascent_above_the_top(void **state)
{
	check_crop_keeps_ab(20, 19, (pdf_box){22, 0, 100, 100});
}

/* Many lines drawn glyph by glyph in a scrambled order (more glyphs
 * than the sort's runs of 16) still read line by line, left to right. */
static void many_glyphs_in_any_drawing_order(void **state)
{
	enum { LINES = 30, CHARS = 40 };
	pdf_page p = {0};
	for (int i = 0; i < LINES; i++) {
		char s[CHARS + 1];
		for (int j = 0; j < CHARS; j++)
			s[j] = (char)('a' + (i + j) % 26);
		s[CHARS] = 0;
		put_text(&p, s, 10, 100 + 15 * i);
	}
	/* scramble: a fixed permutation (7919 is prime to the count) */
	size_t n = p.ng;
	pdf_glyph *g = rw_xmalloc(n * sizeof *g);
	for (size_t k = 0; k < n; k++)
		g[k] = p.g[(k * 7919) % n];
	memcpy(p.g, g, n * sizeof *g);
	free(g);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	assert_int_equal(nl, LINES);
	for (int i = 0; i < LINES; i++) {
		char want[CHARS + 1];
		for (int j = 0; j < CHARS; j++)
			want[j] = (char)('a' + (i + j) % 26);
		want[CHARS] = 0;
		char *got = pdf_line_text(&l[i]);
		assert_string_equal(got, want);
		free(got);
	}
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
}

/* pdf_line_boxes makes the lines and words pdf_lines_build makes, the
 * same boxes, sizes and weights, without their text. */
static void line_boxes_are_the_lines_without_text(void **state)
{
	(void)state;
	pdf_page p = {0};
	put_text(&p, "one whole line", 10, 100);
	put_text(&p, "cell", 10, 120);
	put_text(&p, "apart", 200, 120);
	put_text(&p, "small", 10, 140);
	p.g[p.ng - 1].bold = 1;
	size_t nl, nb;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	pdf_line *b = pdf_line_boxes(p.g, p.ng, &nb);
	assert_int_equal(nl, 3);
	assert_int_equal(nb, nl);
	for (size_t i = 0; i < nl; i++) {
		assert_memory_equal(&b[i].b, &l[i].b, sizeof l[i].b);
		assert_int_equal(b[i].nw, l[i].nw);
		assert_int_equal(b[i].bold, l[i].bold);
		for (size_t k = 0; k < l[i].nw; k++) {
			assert_memory_equal(&b[i].w[k].b, &l[i].w[k].b, sizeof l[i].w[k].b);
			assert_true(b[i].w[k].size == l[i].w[k].size);
			assert_int_equal(b[i].w[k].bold, l[i].w[k].bold);
			assert_null(b[i].w[k].text);
			assert_non_null(l[i].w[k].text);
		}
	}
	assert_string_equal(l[1].w[1].text, "apart");
	pdf_lines_free(l, nl);
	pdf_lines_free(b, nb);
	pdf_page_clear(&p);
}

/* pdf_line_chunks finds the lines pdf_lines_build makes that break into
 * chunks. */
static void split_lines_counted_as_built(void **state)
{
	pdf_page p = {0};
	put_text(&p, "one whole line", 10, 100);
	put_text(&p, "cell", 10, 120);
	put_text(&p, "apart", 200, 120);
	put_text(&p, "another whole line", 10, 140);
	put_text(&p, "left", 10, 160);
	put_text(&p, "right", 300, 160);
	put_text(&p, "x", 10, 180);
	put_text(&p, "y", 100, 180);
	put_text(&p, "z", 200, 180);
	size_t nl, split = 0;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	size_t *st = rw_xmalloc(64 * sizeof *st);
	for (size_t i = 0; i < nl; i++)
		split += pdf_line_chunks(&l[i], st) >= 2;
	free(st);
	pdf_lines_free(l, nl);
	assert_int_equal(split, 3);
	pdf_page_clear(&p);
}

/* Pieces of text 10pt high, one a (line, column): the lines of a
 * table as cellrows.c sees them. */
typedef struct piece {
	double top;
	int col;
} piece;

/* The rows pdf_cell_rows gives n pieces over cols columns, no rules:
 * row[k] for piece k (pieces on one line share its index). */
static int rows_ruled(const piece *pc, size_t n, int cols, const double *rule, size_t nrule,
		      int *row, int *also_of);

static int rows_of(const piece *pc, size_t n, int cols, int *row)
{
	return rows_ruled(pc, n, cols, NULL, 0, row, NULL);
}

/* The same with rules across the table at heights rule[0..nrule-1];
 * also_of[k] (when given): the second row of piece k, or -1. */
static int rows_ruled(const piece *pc, size_t n, int cols, const double *rule, size_t nrule,
		      int *row, int *also_of)
{
	/* one line per distinct top, in order */
	double tops[64];
	size_t nl = 0;
	for (size_t k = 0; k < n; k++) {
		size_t i = 0;
		while (i < nl && tops[i] != pc[k].top)
			i++;
		if (i == nl)
			tops[nl++] = pc[k].top;
	}
	qsort(tops, nl, sizeof *tops, pdf_by_value);
	pdf_cellpiece *cp = rw_xcalloc(nl * (size_t)cols, sizeof *cp);
	for (size_t k = 0; k < n; k++) {
		size_t i = 0;
		while (tops[i] != pc[k].top)
			i++;
		cp[i * cols + pc[k].col] = (pdf_cellpiece){.has = 1, .top = pc[k].top, .bottom = pc[k].top + 10};
	}
	int *r = rw_xmalloc(nl * (size_t)cols * sizeof *r), *also = rw_xmalloc(nl * (size_t)cols * sizeof *also);
	int rows = pdf_cell_rows(cp, nl, cols, rule, NULL, nrule, r, also);
	for (size_t k = 0; k < n; k++) {
		size_t i = 0;
		while (tops[i] != pc[k].top)
			i++;
		row[k] = r[i * cols + pc[k].col];
		if (also_of)
			also_of[k] = also[i * cols + pc[k].col];
	}
	free(cp);
	free(r);
	free(also);
	return rows;
}

/* The rows pdf_cell_rows gives pieces pc[0..n-1] (rules at rule[0..
 * nrule-1]) are rows in all and want[k] for piece k; their second rows
 * in also[] for the caller to check. */
static void expect_rows(const piece *pc, size_t n, int cols, const double *rule, size_t nrule,
			int rows, const int *want, int *also)
{
	int row[64];
	assert_true(n <= 64);
	assert_int_equal(rows_ruled(pc, n, cols, rule, nrule, row, also), rows);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(row[k], want[k]);
}


/* A table set solid (a line every 12pt) whose one rule across it, the
 * first column too, stands under its first line (a header's rule): too
 * few rules to read rows from, so the white gives the rows, but no row
 * runs across that rule: the line under it, which the white would join
 * to the first cell's row, is a row of its own. */
static void a_lone_rule_across_the_table_parts_a_row(void **state)
{
	const piece pc[] = {{0, 0},  {0, 1},  {12, 1}, {24, 0},
			    {24, 1}, {36, 0}, {36, 1}};
	const double rule[] = {11};
	int row[7];
	assert_int_equal(rows_of(pc, 7, 2, row), 3);
	assert_int_equal(row[2], 0); /* without the rule, more of the first row */
	assert_int_equal(rows_ruled(pc, 7, 2, rule, 1, row, NULL), 4);
	assert_int_equal(row[1], 0);
	assert_int_equal(row[2], 1);
	assert_int_equal(row[3], 2);
	assert_int_equal(row[6], 3);
}

/* Pieces of text 10pt high with their horizontal extent and first
 * word's width (word space 2pt): a table set solid, a line every 12pt
 * (line k at 12k). */
typedef struct wide_piece {
	int line, col;
	double left, right, first;
} wide_piece;

/* The same with line k at top[k] (NULL: 12k), its text bold where
 * bold[k] (NULL: none), piece k a figure where figure[k] (NULL: none). */
static int rows_of_wide_at(const wide_piece *wp, size_t n, int cols, int lines,
			   const double *top, const int *bold, const int *figure, int *row)
{
	pdf_cellpiece *cp = rw_xcalloc((size_t)lines * (size_t)cols, sizeof *cp);
	for (size_t k = 0; k < n; k++) {
		double y = top ? top[wp[k].line] : wp[k].line * 12.0;
		cp[wp[k].line * cols + wp[k].col] = (pdf_cellpiece){
			.has = 1, .top = y, .bottom = y + 10, .left = wp[k].left,
			.right = wp[k].right, .first_word = wp[k].first, .space = 2,
			.bold = bold && bold[wp[k].line], .figure = figure && figure[k]};
	}
	int *r = rw_xmalloc((size_t)lines * (size_t)cols * sizeof *r);
	int *also = rw_xmalloc((size_t)lines * (size_t)cols * sizeof *also);
	int rows = pdf_cell_rows(cp, (size_t)lines, cols, NULL, NULL, 0, r, also);
	for (size_t k = 0; k < n; k++)
		row[k] = r[wp[k].line * cols + wp[k].col];
	free(cp);
	free(r);
	free(also);
	return rows;
}

/* rows_of_wide_at gives `rows` rows, piece k in row want[k]. */
static void assert_rows_at(const wide_piece *wp, size_t n, int cols, int lines, const double *top,
			   const int *bold, const int *figure, int rows, const int *want)
{
	int *row = rw_xmalloc((n + 1) * sizeof *row);
	assert_int_equal(rows_of_wide_at(wp, n, cols, lines, top, bold, figure, row), rows);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(row[k], want[k]);
	free(row);
}

static int rows_of_wide(const wide_piece *wp, size_t n, int cols, int lines, int *row)
{
	return rows_of_wide_at(wp, n, cols, lines, NULL, NULL, NULL, row);
}

/* Cells standing each their own way in padded rows: an id in the middle
 * of its row, a description of five lines at the top, a figure at the
 * bottom, half-way between the id and the section row under it ("Section
 * 1: ...", the first cell alone, running across the next column's
 * start). A section row spans the table's columns: the figure is its own
 * row's alone, not a cell spanning into the section row. */
static void a_cell_half_way_to_a_section_row_spans_nothing(void **state)
{
	enum { LINES = 7, COLS = 3 };
	const double top[LINES] = {0, 12, 24, 36, 48, 72, 96};
	pdf_cellpiece cp[LINES * COLS] = {{0}};
	static const double left[COLS] = {0, 60, 200}, right[COLS] = {40, 180, 240};
	for (int i = 0; i < LINES; i++)
		for (int c = 0; c < COLS; c++) {
			int has = (c == 1 && i < 5) || (c == 0 && (i == 2 || i >= 5)) ||
				  (c == 2 && (i == 4 || i == 6));
			cp[i * COLS + c] = (pdf_cellpiece){.has = has, .top = top[i], .bottom = top[i] + 10,
							   .left = left[c], .right = i == 5 ? 150 : right[c],
							   .first_word = 20, .space = 2};
		}
	cp[6 * COLS + 1].has = 1;
	int row[LINES * COLS], also[LINES * COLS];
	assert_int_equal(pdf_cell_rows(cp, LINES, COLS, NULL, NULL, 0, row, also), 3);
	assert_int_equal(row[4 * COLS + 2], 0);   /* the figure: its row's */
	assert_int_equal(also[4 * COLS + 2], -1); /* and no other */
	assert_int_equal(row[5 * COLS], 1);       /* the section row */
	assert_int_equal(row[6 * COLS + 2], 2);
}

/* Zebra stripes from the second row on (a spreadsheet's print): the
 * fills' edges rule the rows under the first, but the bold header and
 * the plain first row over the first fill are set solid, lines 12pt
 * apart. The regular line right under the header's bold one starts the
 * first row, however close it stands: a header's cells are bold
 * throughout. */
static void a_plain_first_row_set_solid_under_the_bold_header_is_a_row(void **state)
{
	enum { LINES = 7, COLS = 2 };
	const double top[LINES] = {0, 12, 24, 38, 50, 64, 76};
	const double rule[] = {35, 61};
	pdf_cellpiece cp[LINES * COLS] = {{0}};
	for (int i = 0; i < LINES; i++)
		for (int c = 0; c < COLS; c++)
			cp[i * COLS + c] = (pdf_cellpiece){.has = i != LINES - 1 || c == 0, .top = top[i],
							   .bottom = top[i] + 10, .left = c ? 60 : 0,
							   .right = c ? 120 : 40, .first_word = 20, .space = 2,
							   .bold = i == 0};
	int row[LINES * COLS], also[LINES * COLS];
	assert_int_equal(pdf_cell_rows(cp, LINES, COLS, rule, NULL, 2, row, also), 4);
	const int want[LINES] = {0, 1, 1, 2, 2, 3, 3};
	for (int i = 0; i < LINES; i++)
		assert_int_equal(row[i * COLS], want[i]);
}

/* Rows set apart by padding (8pt of white more than the 12pt leading of
 * a cell's lines): a first cell wrapped over three lines, beside a
 * description of as many, is one row, not three; each row starts after
 * the padding. */
static void padding_keeps_a_wrapped_first_cell_one_row(void **state)
{
	const piece pc[] = {{0, 0},  {0, 1},  {12, 0}, {12, 1}, {24, 0}, {24, 1},
			    {44, 0}, {44, 1}, {56, 0}, {56, 1}, {76, 0}, {76, 1}};
	int row[12];
	assert_int_equal(rows_of(pc, 12, 2, row), 3);
	for (int k = 0; k < 6; k++)
		assert_int_equal(row[k], 0);
	for (int k = 6; k < 10; k++)
		assert_int_equal(row[k], 1);
	assert_int_equal(row[10], 2);
	assert_int_equal(row[11], 2);
}

/* Lines set on a grid of pixels (a browser's): a cell's lines step by
 * 9 and 9.75pt in turn (12 and 13 CSS pixels), rows bounded by rules
 * (the edges of zebra fills), a first cell of two lines centred beside a
 * description of five: the longer step is no row's padding, each band
 * between two rules is one row. */
static void lines_on_a_pixel_grid_step_by_their_mean_pitch(void **state)
{
	piece pc[21];
	size_t n = 0;
	const double off[] = {0, 9, 18.75, 27.75, 37.5};
	for (int r = 0; r < 3; r++)
		for (int i = 0; i < 5; i++) {
			double top = r * 56 + off[i];
			pc[n++] = (piece){top, 1};
			if (i == 1 || i == 2)
				pc[n++] = (piece){top, 0};
		}
	const double rule[] = {50, 106};
	int row[21], also[21];
	assert_int_equal(rows_ruled(pc, n, 2, rule, 2, row, also), 3);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(row[k], (int)(pc[k].top / 56));
}

/* Lines on a pixel grid again, no rules: rows of one line 18.75pt (25
 * px) apart, then two descriptions of two lines, one stepping 12pt (16
 * px) and one 12.75pt (17 px), the id and status of their rows set at
 * the bottom, level with the last line. The two steps are one pitch,
 * each seen once: a description's first line is more of its row, not a
 * row with an empty first cell. */
static void two_wrapped_cells_a_pixel_apart_show_the_pitch(void **state)
{
	const piece pc[] = {{0, 0},	{0, 1},	    {0, 2},	{18.75, 0}, {18.75, 1},
			    {18.75, 2}, {37.5, 0},  {37.5, 1},	{37.5, 2},  {56.25, 1},
			    {68.25, 0}, {68.25, 1}, {68.25, 2}, {87, 1},    {99.75, 0},
			    {99.75, 1}, {99.75, 2}};
	const int want[] = {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4};
	int row[17];
	assert_int_equal(rows_of(pc, 17, 3, row), 5);
	for (int k = 0; k < 17; k++)
		assert_int_equal(row[k], want[k]);
}

/* Steps off any grid of pixels (a spreadsheet's): descriptions of 15
 * lines 11.7pt apart, three of their steps a little shorter (10.1,
 * 10.6 and 10.7pt, each once, a twentieth of the steps): under a pixel
 * apart, they are no pitch of their own, and each description stays
 * one cell of its row. */
static void steps_off_the_pixel_grid_are_not_one_pitch(void **state)
{
	piece pc[80];
	size_t n = 0;
	double top = 0;
	for (int r = 0; r < 4; r++) {
		pc[n++] = (piece){top, 0};
		pc[n++] = (piece){top, 2};
		for (int i = 0; i < 15; i++) {
			pc[n++] = (piece){top, 1};
			int odd = r == 1 && i >= 4 && i < 7;
			top += i == 14 ? 20 : odd ? 10.1 + 0.3 * (i - 4) : 11.7;
		}
	}
	int row[80];
	assert_int_equal(rows_of(pc, n, 3, row), 4);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(row[k], (int)(k / 17));
}

/* Rows of one line each 16pt apart, the fills' edges bounding the rows
 * from the third on (the header and the first row white on the white
 * page): the band above the first rule is no one fill's, so the white's
 * row break there, stepping as far as rows do across the rules, stands
 * (header and first row two rows, not one). */
static void a_band_open_above_keeps_the_rows_the_white_shows(void **state)
{
	piece pc[10];
	for (int i = 0; i < 5; i++) {
		pc[2 * i] = (piece){i * 16.0, 0};
		pc[2 * i + 1] = (piece){i * 16.0, 1};
	}
	const double rule[] = {30, 46, 62};
	int row[10], also[10];
	assert_int_equal(rows_ruled(pc, 10, 2, rule, 3, row, also), 5);
	for (int k = 0; k < 10; k++)
		assert_int_equal(row[k], k / 2);
}

/* Rows of one line each: stepping by more than a leading (16pt for text
 * 10pt high: no cell's lines stand that far apart) every line is a row;
 * stepping by a leading (12pt), with white under the header alone, the
 * table is set solid and every line is a row too. */
static void rows_a_row_step_apart_are_no_wrapped_lines(void **state)
{
	const double steps[] = {16, 12};
	for (int s = 0; s < 2; s++) {
		piece pc[10];
		for (int i = 0; i < 5; i++) {
			double top = i ? 20 + (i - 1) * steps[s] : 0;
			pc[2 * i] = (piece){top, 0};
			pc[2 * i + 1] = (piece){top, 1};
		}
		int row[10];
		assert_int_equal(rows_of(pc, 10, 2, row), 5);
		for (int k = 0; k < 10; k++)
			assert_int_equal(row[k], k / 2);
	}
}

/* A table set solid (every line 12pt under the one before), cells
 * aligned at the top: a row with an empty first cell starts where a
 * column the row before used and left (a blank line under its text)
 * has text again, while a description wrapped over three lines and a
 * status over two beside the id stay one cell each. */
static void a_column_used_again_starts_a_row_with_an_empty_first_cell(void **state)
{
	const piece pc[] = {{0, 0},  {0, 1},  {0, 2},  {12, 1}, {12, 2}, {24, 1},
			    {36, 1}, {36, 2}, {48, 0}, {48, 1}, {48, 2}};
	int row[11];
	assert_int_equal(rows_of(pc, 11, 3, row), 3);
	const int want[] = {0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2};
	for (int k = 0; k < 11; k++)
		assert_int_equal(row[k], want[k]);
}

/* Cells aligned at the top, the table set solid: a group name over the
 * second column, on the line above the columns' names, is a header row
 * of its own (no cell of a row starts above its first line), and the
 * second column's wrapped line stays in its row. */
static void a_line_over_the_first_row_is_a_row_of_its_own(void **state)
{
	const piece pc[] = {{0, 1},  {12, 0}, {12, 1}, {12, 2},
			    {24, 0}, {24, 1}, {24, 2}, {36, 1}};
	int row[8];
	assert_int_equal(rows_of(pc, 8, 3, row), 3);
	const int want[] = {0, 1, 1, 1, 2, 2, 2, 2};
	for (int k = 0; k < 8; k++)
		assert_int_equal(row[k], want[k]);
}

/* Cells aligned at the top, rows set apart by padding, ids over two
 * lines: a description of three lines starts level with its id's first
 * line (evidence of the alignment; one of two lines, as tall as the id,
 * tells nothing), so a one-line status level with an id's first line is
 * that row's even where it stands above the middle of the id. */
static void ids_over_two_lines_show_cells_aligned_at_the_top(void **state)
{
	const piece pc[] = {{0, 0},  {0, 1},   {0, 2},   {12, 0},  {12, 1},  {24, 1},
			    {44, 0}, {44, 1},  {44, 2},  {56, 0},  {56, 1},  {68, 1},
			    {88, 0}, {88, 1},  {88, 2},  {100, 0}, {100, 1}, {112, 1}};
	int row[18];
	assert_int_equal(rows_of(pc, 18, 3, row), 3);
	for (int k = 0; k < 18; k++)
		assert_int_equal(row[k], k / 6);
}

/* Rules between the rows, but for the one between two rows that an id
 * centred on both spans (the rule stops short of its column): the id
 * goes to the upper row and also to the lower, each row's text to its
 * own. */
static void an_id_centred_on_two_ruled_rows_spans_both(void **state)
{
	const piece pc[] = {{0, 0},  {0, 1},  {20, 1}, {36, 0},
			    {40, 1}, {52, 1}, {75, 0}, {75, 1}, {87, 1}};
	const double rule[] = {15, 70};
	const int want[] = {0, 0, 1, 1, 2, 2, 3, 3, 3};
	int also[9];
	expect_rows(pc, 9, 2, rule, 2, 4, want, also);
	assert_int_equal(also[3], 2);
	assert_int_equal(also[2], -1);
}

/* Only the first column wraps (long labels beside one-line values, rows
 * set apart by padding): the other columns step by whole rows, so the
 * line pitch comes from the first column's wrapped lines, and each
 * label is one row. */
static void a_pitch_from_the_first_column_when_only_it_wraps(void **state)
{
	const piece pc[] = {{0, 0},  {0, 1},   {12, 0},  {24, 0},  {44, 0},  {44, 1},  {56, 0},
			    {76, 0}, {76, 1},  {88, 0},  {100, 0}, {120, 0}, {120, 1}};
	int row[13];
	assert_int_equal(rows_of(pc, 13, 2, row), 4);
	const int want[] = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3};
	for (int k = 0; k < 13; k++)
		assert_int_equal(row[k], want[k]);
}

/* Rows padded apart, 19pt a row of one line, and one cell alone in the
 * table wraps (its lines 11pt apart, once): no step that comes back is
 * a leading, and that lone step is the line pitch, not the rows' step,
 * so the figures under the header stay the cells of their own rows. */
static void one_wrapped_cell_shows_the_pitch_of_a_padded_table(void **state)
{
	const double top[] = {0, 19, 38, 49, 68};
	const wide_piece wp[] = {
		{0, 1, 100, 130, 30}, {0, 2, 200, 230, 30}, {1, 0, 0, 70, 30}, {1, 1, 100, 130, 30},
		{1, 2, 200, 230, 30}, {2, 0, 0, 90, 30},    {2, 1, 100, 130, 30}, {2, 2, 200, 230, 30},
		{3, 0, 0, 30, 30},    {4, 0, 0, 50, 30},    {4, 1, 100, 130, 30}, {4, 2, 200, 230, 30}};
	const int figure[] = {0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 1};
	const int want[] = {0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3};
	assert_rows_at(wp, sizeof wp / sizeof *wp, 3, 5, top, NULL, figure, 4, want);
}

/* A table set solid (a line every 12pt), its bold header over an empty
 * first cell, then a row of figures under a label, and a section's name
 * alone in the first column under it whose first word would have fit
 * after the label: the label's row is the body's first, not the header,
 * so greedy filling says the name is a cell of its own, a row. */
static void a_line_that_would_have_fit_under_the_first_body_row_is_a_row(void **state)
{
	const int bold[] = {1, 0, 0, 0, 0};
	const wide_piece wp[] = {
		{0, 1, 200, 230, 30}, {0, 2, 400, 430, 30}, {1, 0, 0, 120, 50}, {1, 1, 200, 230, 30},
		{1, 2, 400, 430, 30}, {2, 0, 0, 170, 40},   {3, 0, 0, 150, 40}, {3, 1, 200, 230, 30},
		{3, 2, 400, 430, 30}, {4, 0, 0, 50, 50},    {4, 1, 200, 230, 30}, {4, 2, 400, 430, 30}};
	const int figure[] = {0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 1};
	const int want[] = {0, 0, 1, 1, 1, 2, 3, 3, 3, 4, 4, 4};
	assert_rows_at(wp, sizeof wp / sizeof *wp, 3, 5, NULL, bold, figure, 5, want);
}

/* A table set solid, a line every 12pt: a bold line of group names
 * over the bold column names (its first cell empty, each name centred
 * over two columns, off the names under it), then, 6pt further down
 * under the header's rule, rows of one line each. The header's names
 * stacked in a column say nothing of how the body's cells stand in
 * their rows, so the cells are read as set at the top, and the group
 * names are a row of their own over the header. */
static void group_names_over_the_header_are_a_row_of_their_own(void **state)
{
	enum { LINES = 6, COLS = 5, HEAD = 7, N = HEAD + (LINES - 2) * COLS };
	const double top[LINES] = {0, 12, 30, 42, 54, 66};
	const int bold[LINES] = {1, 1};
	wide_piece wp[N] = {{0, 1, 230, 280, 50}, {0, 3, 430, 470, 40}, {1, 0, 0, 60, 60},
			    {1, 1, 180, 220, 40}, {1, 2, 290, 340, 50}, {1, 3, 400, 420, 20},
			    {1, 4, 500, 515, 15}};
	int figure[N] = {0};
	/* the body: labels, and figures set flush right under the names */
	static const double right[COLS] = {100, 220, 340, 420, 515};
	for (int i = 2, k = HEAD; i < LINES; i++)
		for (int c = 0; c < COLS; c++, k++) {
			wp[k] = (wide_piece){i, c, c ? right[c] - 20 : 0, right[c], 20};
			figure[k] = c > 0;
		}
	int row[N];
	assert_int_equal(rows_of_wide_at(wp, N, COLS, LINES, top, bold, figure, row), LINES);
	assert_int_equal(row[0], 0); /* a group name */
	assert_int_equal(row[3], 1); /* a column's name */
	assert_int_equal(row[HEAD + 1], 2); /* the first row's figure */
}

/* Cells aligned at the top, rows set apart by padding (8pt more than
 * the 12pt leading): a first cell of four lines beside two rows, the
 * second starting level with its third line. The other columns' cells
 * end and start again after a row step, so a row starts there though
 * the first column goes on: the first cell spans both rows (its text in
 * the upper, also the lower), each row's other cells their own. */
static void a_first_cell_going_on_past_a_row_step_spans_two_rows(void **state)
{
	const piece pc[] = {{0, 0},  {0, 1},  {0, 2},  {12, 0}, {24, 0}, {24, 1}, {24, 2},
			    {36, 0}, {56, 0}, {56, 1}, {56, 2}, {76, 0}, {76, 1}, {76, 2}};
	const int want[] = {0, 0, 0, 0, 0, 1, 1, 0, 2, 2, 2, 3, 3, 3};
	int also[14];
	expect_rows(pc, 14, 3, NULL, 0, 4, want, also);
	assert_int_equal(also[0], 1);
	assert_int_equal(also[7], 1);
	assert_int_equal(also[1], -1);
	assert_int_equal(also[8], -1);
}

/* The same, but the first column's text ends on the line where the
 * other columns' cells resume after a blank line in their columns (a
 * text report's rows set without white between them, some parted by a
 * cell's paragraph): those cells and the first column's last line are
 * the next row's, as a first cell ending there starts no span. */
static void cells_resuming_beside_a_first_cells_last_line_start_a_row(void **state)
{
	const piece pc[] = {{0, 0},  {0, 1},  {0, 2},  {12, 0}, {24, 0}, {24, 1}, {24, 2},
			    {44, 0}, {44, 1}, {44, 2}, {64, 0}, {64, 1}, {64, 2}};
	const int want[] = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3};
	int also[13];
	expect_rows(pc, 13, 3, NULL, 0, 4, want, also);
	assert_int_equal(also[0], -1);
	assert_int_equal(also[4], -1);
}

/* Cells centred in their rows (a status centred beside a two-line
 * description shows it): a first cell of five lines centred on two rows,
 * whose other cells stand in two groups parted by white, the first
 * cell's middle half-way between the top of the upper and the bottom
 * of the lower. Each group is a row; the first cell spans both. */
static void a_first_cell_centred_on_two_rows_spans_both(void **state)
{
	const piece pc[] = {{0, 0},  {2, 1},  {2, 2},  {12, 0},  {24, 0},  {36, 0},
			    {46, 1}, {46, 2}, {48, 0}, {70, 1},  {76, 0},  {76, 2},
			    {82, 1}, {106, 0}, {106, 1}, {106, 2}};
	const int want[] = {0, 0, 0, 0, 0, 0, 1, 1, 0, 2, 2, 2, 2, 3, 3, 3};
	int also[16];
	expect_rows(pc, 16, 3, NULL, 0, 4, want, also);
	assert_int_equal(also[0], 1);
	assert_int_equal(also[8], 1);
	assert_int_equal(also[6], -1);
}

/* Rows of one line each, set tight (a line every 14pt), nothing to
 * tell how cells stand in their rows but a cell of the third column
 * half a line off every other line, half-way between the second and
 * the third rows' lines: only a cell centred on the two rows it spans
 * stands so (cells set at the top stand level with a row's line). It
 * is the second row's and the third's. */
static void a_cell_half_way_between_two_rows_of_one_line_spans_both(void **state)
{
	const piece pc[] = {{0, 0}, {0, 1}, {14, 0}, {14, 1}, {21, 2}, {28, 0}, {28, 1}, {42, 0}, {42, 1}};
	const int want[] = {0, 0, 1, 1, 1, 2, 2, 3, 3};
	int also[9];
	expect_rows(pc, 9, 3, NULL, 0, 4, want, also);
	assert_int_equal(also[4], 2);
	assert_int_equal(also[2], -1);
}

/* Cells centred in their rows, padded apart: a first cell centred on
 * two rows of different heights, the upper of two lines, the lower of
 * four, stands inside the lower (its middle half-way between the top of
 * the upper and the bottom of the lower, well above the lower's own
 * middle); the upper has no first cell of its own. The first cell is
 * the upper row's and spans the lower; each row keeps its own cells. */
static void a_first_cell_centred_on_a_short_and_a_tall_row_spans_both(void **state)
{
	const piece pc[] = {{0, 1},  {6, 0},  {6, 2},  {12, 1}, {34, 1}, {40, 2}, {46, 1},
			    {70, 0}, {70, 1}, {82, 1}, {88, 2}, {94, 1}, {106, 1}};
	const int want[] = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2};
	int also[13];
	expect_rows(pc, 13, 3, NULL, 0, 3, want, also);
	assert_int_equal(also[7], 2);
	assert_int_equal(also[8], -1);
}

/* Cells centred in their rows: text under the last row, clear of it
 * (white between), with nothing in the first column is a row of its
 * own (a last row whose first cell is empty), not more of the last. */
static void text_clear_under_the_last_centred_row_is_a_row(void **state)
{
	const piece pc[] = {{0, 0}, {0, 1}, {24, 1}, {36, 0}, {36, 1}, {48, 1}, {76, 1}};
	int row[7];
	assert_int_equal(rows_of(pc, 7, 2, row), 3);
	const int want[] = {0, 0, 1, 1, 1, 1, 2};
	for (int k = 0; k < 7; k++)
		assert_int_equal(row[k], want[k]);
}

/* Rows padded apart (a cell wraps at a pitch of 12pt, rows step 20pt),
 * two lines of the first column alone at the pitch under a row, the
 * second running on past where the next column starts: "Section" would
 * have fit after the first within the table's width (300pt), so they are
 * two section rows; a first line as wide as the table, the second
 * starting with a word that would not have fit after it, is one section
 * name wrapped. */
static void section_rows_at_the_pitch_are_two_rows(void **state)
{
	const double top[] = {0, 20, 32, 52, 72, 84, 104, 116, 136};
	wide_piece wp[] = {
		{0, 0, 150, 180, 30}, {0, 1, 200, 300, 40}, {1, 0, 150, 180, 30}, {1, 1, 200, 300, 40},
		{2, 1, 200, 260, 40}, {3, 0, 150, 180, 30}, {3, 1, 200, 300, 40}, {4, 0, 0, 120, 40},
		{5, 0, 0, 210, 40},   {6, 0, 150, 180, 30}, {6, 1, 200, 300, 40}, {7, 1, 200, 260, 40},
		{8, 0, 150, 180, 30}, {8, 1, 200, 300, 40},
	};
	const int two[] = {0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 5, 5, 6, 6};
	int row[14];
	assert_int_equal(rows_of_wide_at(wp, 14, 2, 9, top, NULL, NULL, row), 7);
	for (int k = 0; k < 14; k++)
		assert_int_equal(row[k], two[k]);
	wp[7].right = 290; /* the first line as wide as the table */
	assert_int_equal(rows_of_wide_at(wp, 14, 2, 9, top, NULL, NULL, row), 6);
	assert_int_equal(row[7], row[8]);
}

/* A table of one-line rows without rulings, a row every 12pt (its id
 * at 12r, 10pt high), and a Board action column whose cells a browser
 * centred on the rows they span: "Approved" half-way between rows 1 and
 * 2 (the rows gave it to both) with rows 0 and 3 empty, "Rejected" on
 * rows 4 and 5, "Pending" level with row 7 between rows 6 and 8 empty,
 * and row 9's own "Approved" (left empty when last_empty: a cell no
 * span explains). */
static pdf_table centred_spans(int last_empty)
{
	pdf_table t;
	pdf_table_init(&t, 10, 2);
	for (int r = 0; r < 10; r++) {
		char id[16]; /* room for any int */
		snprintf(id, sizeof id, "%d", r + 1);
		pdf_box b = {12.0 * r, 0, 12.0 * r + 10, 20};
		pdf_table_append(&t, r, 0, id, &b, " ", 0);
	}
	const struct {
		int row;
		const char *text;
		double mid;
	} v[] = {{1, "Approved", 23}, {2, "Approved", 23}, {4, "Rejected", 59},
		 {5, "Rejected", 59}, {7, "Pending", 89},   {9, "Approved", 113}};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		pdf_box b = {v[k].mid - 5, 50, v[k].mid + 5, 90};
		if (!(last_empty && v[k].row == 9))
			pdf_table_append(&t, v[k].row, 1, v[k].text, &b, " ", 0);
	}
	return t;
}

static void cells_centred_on_empty_rows_span_them(void **state)
{
	pdf_table t = centred_spans(0);
	pdf_fill_centred_spans(&t);
	static const char *const want[] = {"Approved", "Approved", "Approved", "Approved", "Rejected",
					   "Rejected", "Pending",  "Pending",  "Pending",  "Approved"};
	for (int r = 0; r < 10; r++)
		assert_string_equal(cell(&t, r, 1), want[r]);
	pdf_table_clear(&t);
	/* an empty cell no span explains: the column's empty cells may be
	 * only empty, and none is filled */
	t = centred_spans(1);
	pdf_fill_centred_spans(&t);
	assert_string_equal(cell(&t, 0, 1), "");
	assert_string_equal(cell(&t, 6, 1), "");
	pdf_table_clear(&t);
}

/* Cells set at the top of their rows: two groups of three rows, each a
 * row of two lines (0-22pt), one of two lines (24-46pt) whose Board
 * action stands on its first line (24-34pt), one of one line (48-58pt);
 * the action's middle (29pt) is by chance the middle of the three rows,
 * its neighbours empty. The ids at the top of rows taller than they
 * show cells set at the top: no cell is taken to span rows. */
static void cells_at_the_top_span_nothing(void **state)
{
	pdf_table t;
	pdf_table_init(&t, 6, 3);
	for (int g = 0; g < 2; g++) {
		double y = 60.0 * g;
		const double row_top[] = {y, y + 24, y + 48}, row_bottom[] = {y + 22, y + 46, y + 58};
		for (int k = 0; k < 3; k++) {
			int r = 3 * g + k;
			pdf_box id = {row_top[k], 0, row_top[k] + 10, 20};
			pdf_box text = {row_top[k], 100, row_bottom[k], 200};
			pdf_table_append(&t, r, 0, k == 0 ? "1" : k == 1 ? "2" : "3", &id, " ", 0);
			pdf_table_append(&t, r, 2, "Words of a description", &text, " ", 0);
		}
		pdf_box action = {y + 24, 50, y + 34, 90};
		pdf_table_append(&t, 3 * g + 1, 1, "Approved", &action, " ", 0);
	}
	pdf_fill_centred_spans(&t);
	assert_string_equal(cell(&t, 0, 1), "");
	assert_string_equal(cell(&t, 2, 1), "");
	pdf_table_clear(&t);
}

/* A table set solid, a line every 12pt, its header two bold lines with
 * an empty first cell (a group's name over the columns' names), then rows
 * of one line: "Board" and its three values, a label as wide as the
 * first column and its values, a label alone whose first word would not
 * have fit after it (read as that label's second line: a section row
 * and a wrapped label look alike), and a last full row. Each row's
 * values stay with its label: the columns' blocks, bold lines of the
 * header set solid over the body's, say nothing of how cells stand in
 * their rows (they had the table read as centred, and the second row's
 * values went to the first, whose middle was nearer). */
static void values_set_solid_under_a_header_stay_in_their_rows(void **state)
{
	const wide_piece wp[] = {
		{0, 1, 240, 270, 30}, {1, 1, 240, 270, 30}, {1, 2, 320, 350, 30}, {1, 3, 400, 430, 30},
		{2, 0, 0, 60, 60},    {2, 1, 240, 270, 30}, {2, 2, 320, 350, 30}, {2, 3, 400, 430, 30},
		{3, 0, 0, 190, 80},   {3, 1, 240, 270, 30}, {3, 2, 320, 350, 30}, {3, 3, 400, 430, 30},
		{4, 0, 0, 170, 40},   {5, 0, 0, 70, 70},    {5, 1, 240, 270, 30}, {5, 2, 320, 350, 30},
		{5, 3, 400, 430, 30},
	};
	const int bold[] = {1, 1, 0, 0, 0, 0};
	int row[17];
	rows_of_wide_at(wp, 17, 4, 6, NULL, bold, NULL, row);
	assert_int_not_equal(row[4], row[8]);
	for (int k = 9; k <= 11; k++)
		assert_int_equal(row[k], row[8]);
	for (int k = 5; k <= 7; k++)
		assert_int_equal(row[k], row[4]);
	for (int k = 14; k <= 16; k++)
		assert_int_equal(row[k], row[13]);
}

/* A table set solid, a line every 12pt under its header, cells centred
 * in their rows: a description of three lines beside "R1" on its middle
 * line, then a row with a date alone, then "R2" and "R3" of one line
 * each. The dates of the last three rows stand a line apart, one block
 * by the white alone; figures do not wrap, so they are three cells, and
 * the row without a first cell keeps its date. */
static void dates_set_solid_are_cells_of_their_own_rows(void **state)
{
	/* the header a line and a half over the body */
	const double top[] = {-6, 12, 24, 36, 48, 60, 72};
	const wide_piece wp[] = {
		{0, 0, 0, 60, 60},    {0, 1, 100, 160, 60}, {0, 2, 200, 260, 60}, {1, 1, 100, 160, 60},
		{2, 0, 0, 60, 60},    {2, 1, 100, 160, 60}, {2, 2, 200, 260, 60}, {3, 1, 100, 160, 60},
		{4, 2, 200, 260, 60}, {5, 0, 0, 60, 60},    {5, 1, 100, 160, 60}, {5, 2, 200, 260, 60},
		{6, 0, 0, 60, 60},    {6, 1, 100, 160, 60}, {6, 2, 200, 260, 60}};
	const int figure[] = {0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1};
	const int want[] = {0, 0, 0, 1, 1, 1, 1, 1, 2, 3, 3, 3, 4, 4, 4};
	assert_rows_at(wp, sizeof wp / sizeof *wp, 3, 7, top, NULL, figure, 5, want);
}

/* A table set solid, a line every 12pt: ids "9.1", "9.2" and "10.1"
 * (figures), the last row's other cell empty. "10.1" is as wide as no id
 * above it and would not fit after "9.2", yet figures do not wrap: it is
 * a row of its own, not the rest of "9.2". */
static void an_id_of_figures_under_another_starts_a_row(void **state)
{
	const wide_piece wp[] = {{0, 0, 0, 20, 20},	 {0, 1, 100, 260, 160}, {1, 0, 0, 20, 20},
				 {1, 1, 100, 260, 160}, {2, 0, 0, 25, 25}};
	const int figure[] = {1, 0, 1, 0, 1};
	int row[5];
	assert_int_equal(rows_of_wide_at(wp, 5, 2, 3, NULL, NULL, figure, row), 3);
	assert_int_equal(row[4], 2);
}

/* Rows padded apart, ids wrapped over three lines ("SSR2", "Rec",
 * "11.2") beside descriptions of three: "Rec" and "11.2" are as wide by
 * chance, yet a word and a figure are no two values of one form, so the
 * id stays one cell and each row one row. */
static void a_word_over_a_figure_as_wide_is_one_cell(void **state)
{
	/* line top, column, width, figure */
	const double at[][4] = {{-20, 0, 30, 0}, {-20, 1, 40, 0}, {0, 0, 24, 0},  {0, 1, 90, 0},
				{10, 0, 16, 0},	 {10, 1, 90, 0}, {20, 0, 16.5, 1}, {20, 1, 60, 0},
				{50, 0, 24, 0},	 {50, 1, 90, 0}, {60, 0, 16, 0},   {60, 1, 90, 0},
				{70, 0, 16.5, 1}, {70, 1, 60, 0}};
	enum { N = sizeof at / sizeof *at, LINES = N / 2, COLS = 2 };
	pdf_cellpiece cp[LINES * COLS] = {{0}};
	for (int k = 0; k < N; k++) {
		int col = (int)at[k][1];
		double x = col * 100.0, w = at[k][2];
		cp[k] = (pdf_cellpiece){.has = 1, .top = at[k][0], .bottom = at[k][0] + 8, .left = x,
					.right = x + w, .first_word = fmin(w, 30), .space = 2,
					.figure = at[k][3] > 0};
	}
	int r[LINES * COLS], also[LINES * COLS];
	assert_int_equal(pdf_cell_rows(cp, LINES, COLS, NULL, NULL, 0, r, also), 3);
	for (int k = 2; k < N; k++)
		assert_int_equal(r[k], k < 8 ? 1 : 2);
}

/* A table set solid, rows of one line each (cells at the top: nothing
 * says otherwise), the last two a status with a date and no note, then
 * a date and a note with no status: the date right under the date above
 * is the next row's cell (figures do not wrap), not more of it. */
static void a_date_under_a_date_starts_a_row(void **state)
{
	/* statuses and notes 60 wide, dates (figures) 40 */
	const wide_piece wp[] = {
		{0, 0, 0, 60, 60},    {0, 1, 100, 160, 60}, {0, 2, 200, 260, 60}, {1, 0, 0, 60, 60},
		{1, 1, 100, 140, 40}, {1, 2, 200, 260, 60}, {2, 0, 0, 60, 60},    {2, 1, 100, 140, 40},
		{2, 2, 200, 260, 60}, {3, 0, 0, 60, 60},    {3, 1, 100, 140, 40}, {4, 1, 100, 140, 40},
		{4, 2, 200, 260, 60}};
	const int figure[] = {0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0};
	enum { N = sizeof wp / sizeof *wp };
	int row[N];
	assert_int_equal(rows_of_wide_at(wp, N, 3, 5, NULL, NULL, figure, row), 5);
	assert_int_equal(row[11], 4);
	assert_int_equal(row[10], 3);
}

/* A table set solid, cells aligned at the top: an id wrapped over three
 * lines ("SSR2" "Rec" "9.1": each next word too wide for the column's
 * widest line after the one above) beside a description wrapped over
 * two and a status of one line is one row, not three: its lines start
 * at the cell's left edge and a cell of the row has ended. The next id
 * starts a row: the description starts again beside it. */
static void a_wrapped_first_cell_of_a_solid_table_is_one_row(void **state)
{
	const wide_piece wp[] = {
		{0, 0, 0, 30, 30}, {0, 1, 100, 190, 40}, {0, 2, 200, 230, 30},
		{1, 0, 0, 20, 20}, {1, 1, 100, 150, 30}, {2, 0, 0, 15, 15},
		{3, 0, 0, 30, 30}, {3, 1, 100, 190, 40}, {3, 2, 200, 230, 30},
		{4, 0, 0, 20, 20}, {4, 1, 100, 150, 30}, {5, 0, 0, 15, 15},
	};
	int row[12];
	assert_int_equal(rows_of_wide(wp, 12, 3, 6, row), 2);
	for (int k = 0; k < 12; k++)
		assert_int_equal(row[k], k < 6 ? 0 : 1);
}

/* Rows of one line each in a table set solid, a cell of the second row
 * empty: first cells of one width on both lines are two ids of one
 * form, and a status that would have fit after the one above (greedy
 * filling would have set it there) is a new cell; a line starting right
 * of the one above (a centred header over left-aligned values) is no
 * wrap of it either. Every line is a row. */
static void lines_of_one_row_each_are_no_wrapped_cells(void **state)
{
	const wide_piece same_width[] = {{0, 0, 0, 30, 12}, {0, 1, 100, 190, 40}, {0, 2, 200, 230, 30},
					 {1, 0, 0, 30, 12}, {1, 1, 100, 190, 40}};
	/* under a header line (whose cells may be broken by hand) */
	const wide_piece would_fit[] = {{0, 0, 0, 25, 25},   {0, 1, 100, 150, 40},
					{0, 2, 200, 230, 30}, {1, 0, 0, 30, 30},
					{1, 1, 100, 140, 40}, {1, 2, 200, 230, 30},
					{2, 0, 0, 20, 20},   {2, 1, 100, 130, 30},
					{3, 1, 100, 190, 70}};
	const wide_piece header[] = {{0, 0, 5, 25, 12}, {0, 1, 100, 190, 40}, {0, 2, 200, 230, 30},
				     {1, 0, 0, 30, 30}, {1, 1, 100, 190, 40}};
	int row[9];
	assert_int_equal(rows_of_wide(same_width, 5, 3, 2, row), 2);
	assert_int_equal(row[3], 1);
	assert_int_equal(rows_of_wide(would_fit, 9, 3, 4, row), 3);
	assert_int_equal(row[6], 2);
	assert_int_equal(rows_of_wide(header, 5, 3, 2, row), 2);
	assert_int_equal(row[3], 1);
}

/* A table whose rows are padded apart (a description wraps at a 12pt
 * pitch, rows 20pt apart), a title row across the table (its one piece
 * runs past where the second column starts) one pitch over the header:
 * the header line holds cells of three columns, so it is no second line
 * of the title's cell. Title, header and each body row are rows. */
static void a_title_row_across_the_table_is_no_cell_the_header_goes_on(void **state)
{
	const double top[] = {0, 12, 32, 44, 64, 76, 96};
	const wide_piece wp[] = {
		{0, 0, 0, 150, 40},
		{1, 0, 0, 30, 30}, {1, 1, 100, 150, 40}, {1, 2, 200, 230, 30},
		{2, 0, 0, 20, 20}, {2, 1, 100, 190, 40}, {2, 2, 200, 230, 30}, {3, 1, 100, 150, 30},
		{4, 0, 0, 20, 20}, {4, 1, 100, 190, 40}, {4, 2, 200, 230, 30}, {5, 1, 100, 150, 30},
		{6, 0, 0, 20, 20}, {6, 1, 100, 190, 40}, {6, 2, 200, 230, 30},
	};
	const int want[] = {0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4};
	int row[15];
	assert_int_equal(rows_of_wide_at(wp, 15, 3, 7, top, NULL, NULL, row), 5);
	for (int k = 0; k < 15; k++)
		assert_int_equal(row[k], want[k]);
}

/* The line pitch comes from the lines of one cell, which stand over each
 * other: a header cell of a column with no text under it, left to the
 * next column ("Implementation" over "Status" at x 300, centred beside
 * "Recommendation text" at x 100, 6pt apart), gives no step. Rows padded
 * apart: an id over two lines at a 12pt pitch ("Recommendation" over
 * "LE.4"), its description of one line centred beside it, is one row. */
static void pieces_side_by_side_give_no_line_pitch(void **state)
{
	const double top[] = {0, 6, 12, 30, 36, 42, 62, 68, 74, 94, 100, 106};
	const wide_piece wp[] = {
		{0, 1, 300, 340, 40}, {1, 0, 0, 40, 40}, {1, 1, 100, 180, 40}, {2, 1, 300, 330, 30},
		{3, 0, 0, 40, 40}, {4, 1, 100, 250, 30}, {5, 0, 0, 20, 20},
		{6, 0, 0, 40, 40}, {7, 1, 100, 230, 30}, {8, 0, 0, 20, 20},
		{9, 0, 0, 40, 40}, {10, 1, 100, 240, 30}, {11, 0, 0, 20, 20},
	};
	const int want[] = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3};
	int row[13];
	assert_int_equal(rows_of_wide_at(wp, 13, 2, 12, top, NULL, NULL, row), 4);
	for (int k = 0; k < 13; k++)
		assert_int_equal(row[k], want[k]);
}

/* A table set solid, cells aligned at the top: under a row's one-line
 * description, a line with an empty first cell whose first word would
 * have fit at the end of that line (greedy filling would have set it
 * there) starts a row of its own. The header is left whole: its cells
 * are broken by hand ("Priority" over "as of"), not by filling. */
static void a_word_that_would_have_fit_above_starts_a_row(void **state)
{
	const wide_piece wp[] = {{0, 0, 0, 25, 12}, {0, 1, 100, 140, 40}, {1, 1, 100, 120, 10},
				 {2, 0, 0, 30, 30}, {2, 1, 100, 150, 40}, {3, 1, 100, 200, 30}};
	int row[6];
	assert_int_equal(rows_of_wide(wp, 6, 2, 4, row), 3);
	const int want[] = {0, 0, 0, 1, 1, 2};
	for (int k = 0; k < 6; k++)
		assert_int_equal(row[k], want[k]);
}

/* Rows set apart by padding (20pt steps between rows, 12pt between a
 * cell's lines), but for the first lines, set one pitch apart: a bold
 * header over a regular row, two ids of one form (as wide, their first
 * words as wide), and a row whose status would have fit after the one
 * above each start new cells, while an id wrapped over two lines ("RDS"
 * over "4.1": the number too wide to follow it) stays one cell. */
static void a_row_one_pitch_under_another_in_a_padded_table(void **state)
{
	const double top[] = {0, 12, 24, 36, 56, 68, 88, 108};
	const int bold[] = {1, 0, 0, 0, 0, 0, 0, 0};
	const wide_piece wp[] = {
		{0, 0, 0, 20, 8},  {0, 1, 100, 160, 30}, {1, 0, 0, 22, 12},  {1, 1, 100, 150, 40},
		{2, 0, 0, 22, 12}, {2, 1, 100, 130, 30}, {3, 0, 0, 24, 12},  {3, 1, 100, 120, 15},
		{4, 0, 0, 30, 30}, {4, 1, 100, 190, 40}, {5, 0, 0, 25, 25},  {5, 1, 100, 190, 40},
		{6, 0, 0, 22, 12}, {6, 1, 100, 190, 40}, {7, 0, 0, 22, 12},  {7, 1, 100, 190, 40},
	};
	int row[16];
	assert_int_equal(rows_of_wide_at(wp, 16, 2, 8, top, bold, NULL, row), 7);
	const int want[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5, 6, 6};
	for (int k = 0; k < 16; k++)
		assert_int_equal(row[k], want[k]);
}

/* A piece of a table: rows of cols texts ("" empty), each cell one line
 * 10pt high, the rows 30pt apart; a text ending in "+" stands on two
 * lines (its box 20pt high), as a cell that runs on; one ending in "~"
 * stands on one line centred in a row of two (5pt down). */
static pdf_table piece_table(int rows, int cols, const char *const *text)
{
	pdf_table t;
	pdf_table_init(&t, rows, cols);
	for (int r = 0; r < rows; r++)
		for (int c = 0; c < cols; c++) {
			const char *s = text[r * cols + c];
			size_t n = strlen(s);
			if (!n)
				continue;
			int two = s[n - 1] == '+', mid = s[n - 1] == '~';
			char *u = rw_xstrdup(s);
			u[n - two - mid] = 0;
			double top = 30.0 * r + (mid ? 5 : 0);
			pdf_box b = {top, 50.0 * c, top + (two ? 20 : 10), 50.0 * c + 40};
			pdf_table_append(&t, r, c, u, &b, " ", 0);
			free(u);
		}
	return t;
}

/* A table going on over a page: the header printed again goes, and the
 * row the break cut (its id and its first lines on the page before, the
 * rest of its long cell under the header) is one row again. */
static void continued_table_drops_its_header_and_joins_the_cut_row(void **state)
{
	const char *a[] = {"Rec", "Text", "Status", "1.1", "one", "Done", "1.2", "two and+", "Open"};
	const char *b[] = {"Rec", "Text", "Status", "", "more", "", "1.3", "three", "Late"};
	pdf_table p = piece_table(3, 3, a), t = piece_table(3, 3, b);
	char *head[] = {"Rec", "Text", "Status"};
	int n = pdf_table_head_repeats(&t, head, 1);
	assert_int_equal(n, 1);
	pdf_table_drop_rows(&t, 0, n);
	assert_int_equal(pdf_table_join_cut_row(&p, &t), 1);
	assert_int_equal(p.rows, 3);
	assert_string_equal(cell(&p, 2, 1), "two and more");
	assert_string_equal(cell(&p, 2, 2), "Open");
	assert_int_equal(t.rows, 1);
	assert_string_equal(cell(&t, 0, 0), "1.3");
	pdf_table_clear(&p);
	pdf_table_clear(&t);
}

/* The id printed in the middle of its cell stands after the break: the
 * first lines of the cut row, at the foot of the page before, join the
 * row that has it. */
static void cut_row_joins_its_id_after_the_break(void **state)
{
	const char *a[] = {"1.1", "one", "Done", "", "two and", ""};
	const char *b[] = {"1.2", "more", "Open", "1.3", "three", "Late"};
	pdf_table p = piece_table(2, 3, a), t = piece_table(2, 3, b);
	assert_int_equal(pdf_table_join_cut_row(&p, &t), 1);
	assert_string_equal(cell(&p, 1, 0), "1.2");
	assert_string_equal(cell(&p, 1, 1), "two and more");
	assert_string_equal(cell(&p, 1, 2), "Open");
	assert_int_equal(t.rows, 1);
	pdf_table_clear(&p);
	pdf_table_clear(&t);
}

/* A Board action cell spanning rows that the page break cut shows its
 * text above the break only: its part at the top of the next piece is a
 * copy of it, when that part spans two rows, or one row under a column
 * the page before left open at its foot; one empty cell alone is no
 * sign, nor a column whose cell above the break is empty. */
static void a_spanning_cell_cut_by_the_break_goes_on(void **state)
{
	const char *a[] = {"1.1", "Approved", "", "1.2", "Rejected", "x"};
	const char *b[] = {"1.3", "", "", "1.4", "", "y", "1.5", "Pending", "z"};
	for (int open = 0; open <= 1; open++)
		for (int spans = 1; spans <= 2; spans++) {
			pdf_table p = piece_table(2, 3, a), t = piece_table(3, 3, b);
			p.open_foot[1] = (unsigned char)open;
			if (spans == 2)
				t.span_from[1 * 3 + 1] = 3; /* the cell at (0,1) covers (1,1) */
			pdf_table_carry_spans(&p, &t, 0);
			int carried = spans == 2 || open;
			assert_string_equal(cell(&t, 0, 1), carried ? "Rejected" : "");
			assert_int_equal(t.span_from[1], carried ? PDF_CARRIED : 0);
			assert_string_equal(cell(&t, 1, 1), spans == 2 ? "Rejected" : "");
			assert_string_equal(cell(&t, 2, 1), "Pending");
			assert_string_equal(cell(&t, 0, 2), ""); /* empty above the break */
			pdf_table_clear(&p);
			pdf_table_clear(&t);
		}
}

/* The cut row joined up: the slots below it that its cell still covers
 * (their span_from reaching above the piece) are copies of that cell,
 * its text from both sides of the break. */
static void a_spanning_cell_of_the_joined_cut_row_goes_on(void **state)
{
	const char *a[] = {"1.1", "one", "Done", "", "two and", "Open"};
	const char *b[] = {"1.2", "more", "", "1.3", "three", ""};
	pdf_table p = piece_table(2, 3, a), t = piece_table(2, 3, b);
	t.span_from[1 * 3 + 2] = 3; /* (1,2) under the cut row's status cell */
	assert_int_equal(pdf_table_join_cut_row(&p, &t), 1);
	pdf_table_carry_spans(&p, &t, 1);
	assert_int_equal(t.rows, 1);
	assert_string_equal(cell(&t, 0, 2), "Open");
	assert_int_equal(t.span_from[2], PDF_CARRIED);
	assert_string_equal(cell(&t, 0, 1), "three");
	pdf_table_clear(&p);
	pdf_table_clear(&t);
}

/* No join: a row under an id spanning two rows (the row above ends its
 * one-line cells above its last line), a section row, two rows that
 * both have their ids, a row with no id under one whose one-line cells
 * stand centred in its two lines (they end half a line up). */
static void whole_rows_over_a_break_stay_apart(void **state)
{
	const char *span_a[] = {"1.1", "one long+", "5", "Done"};
	const char *span_b[] = {"", "two", "6", "Open"};
	const char *sect_a[] = {"", "one", "5", "Done"};
	const char *sect_b[] = {"Section 2", "", "", ""};
	const char *ids_a[] = {"1.1", "one", "5", "Done"};
	const char *ids_b[] = {"1.2", "two", "6", "Open"};
	const char *mid_a[] = {"1.1~", "one long+", "5~", "Done~"};
	const char *mid_b[] = {"", "two", "6", "Open"};
	const char *const *cases[][2] = {
		{span_a, span_b}, {sect_a, sect_b}, {ids_a, ids_b}, {mid_a, mid_b}};
	for (int k = 0; k < 4; k++) {
		pdf_table p = piece_table(1, 4, cases[k][0]), t = piece_table(1, 4, cases[k][1]);
		assert_int_equal(pdf_table_join_cut_row(&p, &t), 0);
		assert_int_equal(t.rows, 1);
		pdf_table_clear(&p);
		pdf_table_clear(&t);
	}
}

/* The lines put at x, each at its top, as the foot of the table t: as
 * section rows, or with rows, as the rows a table without section rows
 * may end a page with (the next page goes on with it). */
static int take_foot(pdf_table *t, const double *x, const double *top, size_t n, int rows)
{
	pdf_page p = {0};
	for (size_t k = 0; k < n; k++)
		put_text(&p, "Section 9", x[k], top[k]);
	size_t nl;
	pdf_line *l = pdf_lines_build(p.g, p.ng, &nl);
	const pdf_line *lp[4];
	for (size_t k = 0; k < nl; k++)
		lp[k] = &l[k];
	int taken = rows ? pdf_table_take_foot_rows(t, lp, nl, 1)
			 : pdf_table_take_foot_sections(t, lp, nl);
	pdf_lines_free(l, nl);
	pdf_page_clear(&p);
	return taken;
}

/* Lines under a table with section rows, flush with its first column
 * and as far below the row above as its section rows, are section rows
 * at its foot; a line further in, further down, or under a table with
 * no section rows is not. */
static void section_rows_at_a_tables_foot_join_it(void **state)
{
	const char *a[] = {"1.1", "one", "Done", "Section 2", "", "", "1.2", "two", "Open"};
	const char *b[] = {"1.1", "one", "Done", "1.2", "two", "Open", "1.3", "three", "Late"};
	struct {
		const char *const *text;
		double x[2], top[2];
		size_t n;
		int taken;
	} cases[] = {
		{a, {0, 0}, {90, 110}, 2, 1}, /* two, each 20pt under the row above */
		{a, {3, 0}, {90, 0}, 1, 0},   /* off the first column's edge */
		{a, {0, 0}, {110, 0}, 1, 0},  /* further down than a section row */
		{b, {0, 0}, {90, 0}, 1, 0},   /* no section rows in the table */
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		pdf_table t = piece_table(3, 3, cases[k].text);
		t.b = (pdf_box){0, 0, 70, 140};
		for (int c = 0; c <= 3; c++)
			t.colx[c] = 50.0 * c;
		assert_int_equal(take_foot(&t, cases[k].x, cases[k].top, cases[k].n, 0),
				 cases[k].taken);
		assert_int_equal(t.rows, 3 + (cases[k].taken ? (int)cases[k].n : 0));
		if (cases[k].taken) {
			assert_string_equal(cell(&t, 4, 0), "Section 9");
			assert_string_equal(cell(&t, 4, 1), "");
			assert_true(t.b.bottom == 120);
		}
		pdf_table_clear(&t);
	}
}

/* Under a table whose ids all wrap over two lines (a narrow first
 * column), two lines set solid, the second's box over the first's by a
 * tenth of a point: they are rows at its foot, a line of the table's
 * type as tall as its one-line cells, not as its ids. */
static void foot_rows_under_wrapped_ids_set_solid(void **state)
{
	const char *a[] = {"1.1+", "one", "Done", "1.2+", "two", "Open", "1.3+", "three", "Late"};
	pdf_table t = piece_table(3, 3, a);
	t.b = (pdf_box){0, 0, 80, 140};
	for (int c = 0; c <= 3; c++)
		t.colx[c] = 50.0 * c;
	const double x[] = {0, 0}, top[] = {90, 99.9};
	assert_int_equal(take_foot(&t, x, top, 2, 1), 1);
	assert_int_equal(t.rows, 5);
	assert_string_equal(cell(&t, 4, 0), "Section 9");
	pdf_table_clear(&t);
}

/* A table set solid (a line every 12pt), its cells at the top of their
 * rows but an id centred over the two rows it spans ("1.3", half a line
 * off the other columns' lines): the id goes to the first row of its
 * span, where the rows' first lines start (the line the span's last line
 * mirrors about its middle), and the row under it stays a row of its
 * own (its cells would have fit after those of the span's first row,
 * the line above them in their columns). Under a section row ("Part 2", the first column alone), a line of
 * the other columns starts a row: a section row holds no other cells. */
static void an_id_centred_over_two_rows_goes_to_the_first(void **state)
{
	enum { A = 0, B, B2, C, ID, D, E, F };
	const double top[] = {0, 12, 24, 36, 42, 48, 60, 72};
	const wide_piece wp[] = {
		{A, 0, 0, 15, 15},  {A, 1, 30, 70, 15},  {A, 2, 80, 85, 5},
		{B, 0, 0, 15, 15},  {B, 1, 30, 45, 15},  {B, 2, 80, 85, 5},
		{B2, 1, 30, 60, 30}, {C, 1, 30, 45, 15},  {C, 2, 80, 85, 5},
		{ID, 0, 0, 15, 15}, {D, 1, 30, 45, 15},  {D, 2, 80, 85, 5},
		{E, 0, 0, 15, 15},  {E, 1, 30, 45, 15},  {E, 2, 80, 85, 5},
		{F, 0, 0, 15, 15},  {F, 1, 30, 45, 15},  {F, 2, 80, 85, 5},
	};
	int row[18];
	assert_int_equal(rows_of_wide_at(wp, 18, 3, 8, top, NULL, NULL, row), 6);
	assert_int_equal(row[9], 2);  /* the id, in the first row of its span */
	assert_int_equal(row[7], 2);
	assert_int_equal(row[10], 3); /* the span's second row */
	assert_int_equal(row[12], 4);
	/* the id's row under a section row */
	const wide_piece wq[] = {
		{A, 0, 0, 15, 15},  {A, 1, 30, 70, 15}, {A, 2, 80, 85, 5},
		{B, 0, 0, 60, 20},  {C, 1, 30, 45, 15}, {C, 2, 80, 85, 5},
		{ID, 0, 0, 15, 15}, {D, 1, 30, 45, 15}, {D, 2, 80, 85, 5},
		{E, 0, 0, 15, 15},  {E, 1, 30, 45, 15}, {E, 2, 80, 85, 5},
	};
	int rq[12];
	assert_int_equal(rows_of_wide_at(wq, 12, 3, 8, top, NULL, NULL, rq), 5);
	assert_int_equal(rq[3], 1); /* the section row */
	assert_int_equal(rq[4], 2); /* under it, the id's row */
	assert_int_equal(rq[6], 2);
	assert_int_equal(rq[7], 3);
}

/* ---- rows parted by white bands (cellrows.c) ---------------------- */

/* Rows padded apart (8pt of white between them, 2pt between a cell's
 * lines 12pt apart), most cells set at the top of their rows, but the
 * second row's id a line lower (set in the middle, or after a margin)
 * under the first lines of the cells beside it, and the third row's
 * last cell at the bottom, level with the id's second line: every line
 * between two bands of white wider than the leading is the row's,
 * whatever stands above its id. */
static void bands_part_rows_whatever_the_cells_alignment(void **state)
{
	const piece pc[] = {
		{0, 0},	  {0, 1},   {0, 2},		      /* the header */
		{18, 0},  {18, 1},  {18, 2},  {30, 2},	      /* set at the top */
		{48, 1},  {48, 2},  {60, 0},  {60, 2},	      /* the id lower */
		{78, 0},  {78, 1},  {90, 0},  {90, 2},	      /* the last cell at the bottom */
		{108, 0}, {108, 1}, {108, 2}, {120, 2},
	};
	const int want[] = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4};
	size_t n = sizeof pc / sizeof *pc;
	int row[sizeof pc / sizeof *pc];
	assert_int_equal(rows_of(pc, n, 3, row), 5);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(row[k], want[k]);
}

/* A first cell of one line centred on two rows of three lines, set in
 * the middle, closes the band between them, which the other columns
 * leave open: it spans both, and the rows stay two, the id in the upper
 * and in the lower too. */
static void a_first_cell_closing_a_band_spans_its_rows(void **state)
{
	const piece pc[] = {
		{0, 0},	 {0, 1},  {0, 2},		       /* the header */
		{18, 2}, {30, 1}, {30, 2}, {42, 2},	       /* the upper row */
		{49, 0},				       /* the id, over the band */
		{56, 2}, {68, 1}, {68, 2}, {80, 2},	       /* the lower row */
		{108, 0}, {108, 1}, {108, 2}, {120, 2},	       /* a row of its own */
	};
	const int want[] = {0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3};
	size_t n = sizeof pc / sizeof *pc;
	int row[sizeof pc / sizeof *pc], also[sizeof pc / sizeof *pc];
	assert_int_equal(rows_ruled(pc, n, 3, NULL, 0, row, also), 4);
	for (size_t k = 0; k < n; k++) {
		assert_int_equal(row[k], want[k]);
		assert_int_equal(also[k], k == 7 ? 2 : -1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words_from_gaps_not_drawing_order),
		cmocka_unit_test(text_centred_between_two_lines_is_a_line_of_its_own),
		cmocka_unit_test(band_grows_only_with_glyphs_level_with_it),
		cmocka_unit_test(words_level_with_their_neighbours_join_them),
		cmocka_unit_test(a_taller_word_stays_with_its_neighbours),
		cmocka_unit_test(markers_drawn_left_of_a_line_mark_it),
		cmocka_unit_test(many_glyphs_in_any_drawing_order),
		cmocka_unit_test(split_lines_counted_as_built),
		cmocka_unit_test(line_boxes_are_the_lines_without_text),
		cmocka_unit_test(lines_top_to_bottom_and_small_font_on_same_line),
		cmocka_unit_test(glyph_drawn_twice_counts_once),
		cmocka_unit_test(a_justified_line_is_one_chunk_a_table_row_is_not),
		cmocka_unit_test(figures_are_digits_with_their_signs),
		cmocka_unit_test(a_sentence_space_is_no_gap_between_cells),
		cmocka_unit_test(a_monospaced_word_space_is_no_gap_between_cells),
		cmocka_unit_test(a_section_row_running_over_a_column_is_not_cut),
		cmocka_unit_test(running_text_on_a_grid_is_not_cut_at_an_indent),
		cmocka_unit_test(running_rows_of_a_text_table_are_cut_at_its_padded_columns),
		cmocka_unit_test(right_to_left_words_read_from_the_right),
		cmocka_unit_test(stream_columns_from_chunk_ranges),
		cmocka_unit_test(detection_needs_shared_gaps_and_joins_continuations),
		cmocka_unit_test(centred_cells_join_their_rows),
		cmocka_unit_test(a_fallback_font_line_keeps_the_line_pitch),
		cmocka_unit_test(a_lone_rule_across_the_table_parts_a_row),
		cmocka_unit_test(an_id_centred_over_two_rows_goes_to_the_first),
		cmocka_unit_test(a_plain_line_under_a_bold_header_is_the_first_rows),
		cmocka_unit_test(a_cell_standing_high_under_a_bold_header_is_the_first_rows),
		cmocka_unit_test(rules_between_rows_join_their_lines),
		cmocka_unit_test(zebra_fills_bound_rows_and_padding_parts_the_rest),
		cmocka_unit_test(bold_header_lines_join_their_cells),
		cmocka_unit_test(group_names_over_the_header_go_to_their_first_columns),
		cmocka_unit_test(group_names_inside_columns_go_to_their_first_columns),
		cmocka_unit_test(a_column_sharing_no_line_with_the_others_is_its_own),
		cmocka_unit_test(repeated_header_lines_are_no_running_head),
		cmocka_unit_test(columns_from_left_centre_and_right_edges),
		cmocka_unit_test(wide_title_and_footnote_keep_the_columns),
		cmocka_unit_test(two_tables_on_a_page_stay_two),
		cmocka_unit_test(prose_and_lists_are_no_table),
		cmocka_unit_test(text_edges_and_areas_noted_for_debug),
		cmocka_unit_test(long_table_under_header_and_section_row),
		cmocka_unit_test(table_goes_on_from_the_page_before),
		cmocka_unit_test(a_table_goes_on_under_its_header_printed_again),
		cmocka_unit_test(one_full_row_goes_on_from_the_page_before),
		cmocka_unit_test(prose_does_not_go_on_with_a_table),
		cmocka_unit_test(close_set_cells_are_cut_where_columns_start),
		cmocka_unit_test(a_head_parts_ids_of_one_width),
		cmocka_unit_test(a_head_parts_numbers_from_dates_in_rows_of_two_lines),
		cmocka_unit_test(a_river_beside_wrapped_ids_on_a_fixed_width_grid_is_no_column),
		cmocka_unit_test(a_word_on_every_line_is_not_cut_off),
		cmocka_unit_test(a_section_row_between_rows_cuts_no_column),
		cmocka_unit_test(dates_under_their_head_are_not_cut),
		cmocka_unit_test(section_rows_across_columns_are_not_cut),
		cmocka_unit_test(prose_is_not_cut),
		cmocka_unit_test(a_title_near_a_headed_column_start_does_not_cross_it),
		cmocka_unit_test(prose_on_a_fixed_width_grid_is_not_cut),
		cmocka_unit_test(short_lines_on_a_fixed_width_grid_are_not_cut),
		cmocka_unit_test(unpadded_cells_are_cut_at_an_exact_alignment),
		cmocka_unit_test(a_right_edge_meeting_a_left_edge_cuts_the_head),
		cmocka_unit_test(starts_near_one_x_are_no_exact_alignment),
		cmocka_unit_test(a_title_does_not_widen_a_column_start),
		cmocka_unit_test(carried_column_starts_cut_rows),
		cmocka_unit_test(an_id_and_a_cell_centred_beside_a_taller_one_are_its_row),
		cmocka_unit_test(centred_beside_needs_one_cells_lines_half_a_pitch_off),
		cmocka_unit_test(a_title_a_blank_line_over_a_solid_table_is_no_row),
		cmocka_unit_test(a_carried_row_of_three_lines_goes_on),
		cmocka_unit_test(a_carried_row_with_an_empty_column_goes_on),
		cmocka_unit_test(a_cut_rows_centred_cells_go_on),
		cmocka_unit_test(a_carried_row_with_a_long_cell_goes_on),
		cmocka_unit_test(a_word_near_a_column_start_is_not_cut),
		cmocka_unit_test(a_superscript_mark_joins_its_line),
		cmocka_unit_test(a_subscript_joins_the_line_of_its_glyph),
		cmocka_unit_test(a_superscript_mark_after_a_word_break_stays),
		cmocka_unit_test(a_wrapped_mark_is_a_mark),
		cmocka_unit_test(lattice_grid_with_spanning_cell),
		cmocka_unit_test(lattice_grid_with_a_column_open_at_its_foot),
		cmocka_unit_test(lattice_text_run_on_under_an_open_foot),
		cmocka_unit_test(a_spanning_cell_cut_by_the_break_goes_on),
		cmocka_unit_test(a_spanning_cell_of_the_joined_cut_row_goes_on),
		cmocka_unit_test(lattice_area_edges_close_an_open_table),
		cmocka_unit_test(tables_side_by_side_read_apart),
		cmocka_unit_test(halves_of_one_head_read_apart),
		cmocka_unit_test(first_header_line_under_a_short_title_is_the_tables),
		cmocka_unit_test(regular_line_under_a_bold_header_starts_a_row),
		cmocka_unit_test(wrapped_lines_wider_than_the_full_ones_stay_in_their_row),
		cmocka_unit_test(side_sharing_no_line_leaves_no_line_half_read),
		cmocka_unit_test(title_and_justified_note_are_not_rows),
		cmocka_unit_test(fallback_font_in_a_row_makes_no_title),
		cmocka_unit_test(lattice_area_wider_than_a_framed_grid),
		cmocka_unit_test(crop_keeps_glyphs_wholly_inside),
		cmocka_unit_test(crop_allows_a_descent_below_the_bottom),
		cmocka_unit_test(crop_allows_an_ascent_above_the_top),
		cmocka_unit_test(padding_keeps_a_wrapped_first_cell_one_row),
		cmocka_unit_test(lines_on_a_pixel_grid_step_by_their_mean_pitch),
		cmocka_unit_test(two_wrapped_cells_a_pixel_apart_show_the_pitch),
		cmocka_unit_test(section_rows_at_the_pitch_are_two_rows),
		cmocka_unit_test(values_set_solid_under_a_header_stay_in_their_rows),
		cmocka_unit_test(cells_centred_on_empty_rows_span_them),
		cmocka_unit_test(cells_at_the_top_span_nothing),
		cmocka_unit_test(dates_set_solid_are_cells_of_their_own_rows),
		cmocka_unit_test(an_id_of_figures_under_another_starts_a_row),
		cmocka_unit_test(a_word_over_a_figure_as_wide_is_one_cell),
		cmocka_unit_test(a_date_under_a_date_starts_a_row),
		cmocka_unit_test(steps_off_the_pixel_grid_are_not_one_pitch),
		cmocka_unit_test(a_band_open_above_keeps_the_rows_the_white_shows),
		cmocka_unit_test(rows_a_row_step_apart_are_no_wrapped_lines),
		cmocka_unit_test(a_column_used_again_starts_a_row_with_an_empty_first_cell),
		cmocka_unit_test(a_first_cell_going_on_past_a_row_step_spans_two_rows),
		cmocka_unit_test(a_cell_half_way_to_a_section_row_spans_nothing),
		cmocka_unit_test(a_plain_first_row_set_solid_under_the_bold_header_is_a_row),
		cmocka_unit_test(cells_resuming_beside_a_first_cells_last_line_start_a_row),
		cmocka_unit_test(a_first_cell_centred_on_two_rows_spans_both),
		cmocka_unit_test(a_first_cell_centred_on_a_short_and_a_tall_row_spans_both),
		cmocka_unit_test(a_cell_half_way_between_two_rows_of_one_line_spans_both),
		cmocka_unit_test(text_clear_under_the_last_centred_row_is_a_row),
		cmocka_unit_test(a_wrapped_first_cell_of_a_solid_table_is_one_row),
		cmocka_unit_test(lines_of_one_row_each_are_no_wrapped_cells),
		cmocka_unit_test(a_word_that_would_have_fit_above_starts_a_row),
		cmocka_unit_test(a_title_row_across_the_table_is_no_cell_the_header_goes_on),
		cmocka_unit_test(pieces_side_by_side_give_no_line_pitch),
		cmocka_unit_test(a_row_one_pitch_under_another_in_a_padded_table),
		cmocka_unit_test(a_line_over_the_first_row_is_a_row_of_its_own),
		cmocka_unit_test(ids_over_two_lines_show_cells_aligned_at_the_top),
		cmocka_unit_test(an_id_centred_on_two_ruled_rows_spans_both),
		cmocka_unit_test(a_rule_across_the_second_of_two_columns_parts_rows),
		cmocka_unit_test(a_first_cell_goes_on_past_a_rule_short_of_its_column),
		cmocka_unit_test(a_rule_through_a_first_cell_under_an_empty_row_parts_it),
		cmocka_unit_test(a_pitch_from_the_first_column_when_only_it_wraps),
		cmocka_unit_test(one_wrapped_cell_shows_the_pitch_of_a_padded_table),
		cmocka_unit_test(a_line_that_would_have_fit_under_the_first_body_row_is_a_row),
		cmocka_unit_test(group_names_over_the_header_are_a_row_of_their_own),
		cmocka_unit_test(continued_table_drops_its_header_and_joins_the_cut_row),
		cmocka_unit_test(cut_row_joins_its_id_after_the_break),
		cmocka_unit_test(whole_rows_over_a_break_stay_apart),
		cmocka_unit_test(section_rows_at_a_tables_foot_join_it),
		cmocka_unit_test(foot_rows_under_wrapped_ids_set_solid),
		cmocka_unit_test(bands_part_rows_whatever_the_cells_alignment),
		cmocka_unit_test(a_first_cell_closing_a_band_spans_its_rows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
