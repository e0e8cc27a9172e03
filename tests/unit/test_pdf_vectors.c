/* test_pdf_vectors.c - rulings from a page's drawing (extract/rw-pdf/
 * vectors.c), on synthetic strokes and fills: what a reader sees as
 * lines between cells is found, what does not show is not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../extract/rw-pdf/arena.c"
#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/vectors.c"
#include "../../extract/rw-pdf/stream.c"
#include "../../extract/rw-pdf/centred.c"
#include "../../extract/rw-pdf/textedges.c"
#include "../../extract/rw-pdf/cellrows.c"
#include "../../extract/rw-pdf/lattice.c"
#include "../../extract/rw-pdf/aligned.c"
#include "../../extract/rw-pdf/debug.c"

#define PAGE_W 600.0
#define PAGE_H 800.0

typedef struct rgba {
	float r, g, b, a;
} rgba;

static const rgba black = {0, 0, 0, 1}, white = {1, 1, 1, 1}, navy = {0.1f, 0.1f, 0.4f, 1},
		  stripe = {0.95f, 0.95f, 0.95f, 1};

static void shape(pdf_drawing *d, enum pdf_paint paint, rgba c, double width, size_t n,
		  const double *xy)
{
	d->s = rw_xgrow(d->s, &d->caps, d->ns + 1, sizeof *d->s);
	d->s[d->ns++] = (pdf_shape){.paint = (unsigned char)paint, .solid = 1, .r = c.r, .g = c.g,
				    .b = c.b, .a = c.a, .width = width,
				    .clip = {0, 0, PAGE_H, PAGE_W}, .first = d->nv, .n = n};
	for (size_t i = 0; i < n; i++) {
		d->v = rw_xgrow(d->v, &d->capv, d->nv + 1, sizeof *d->v);
		d->v[d->nv++] = (pdf_vertex){xy[2 * i], xy[2 * i + 1], i == 0};
	}
}

static void line(pdf_drawing *d, rgba c, double x0, double y0, double x1, double y1)
{
	shape(d, PDF_PAINT_STROKE, c, 0.5, 2, (const double[]){x0, y0, x1, y1});
}

static void box(pdf_drawing *d, rgba c, double left, double top, double right, double bottom)
{
	shape(d, PDF_PAINT_FILL, c, 0, 5,
	      (const double[]){left, top, right, top, right, bottom, left, bottom, left, top});
}

static pdf_page *read_rulings(const pdf_drawing *d, const pdf_vector_params *k, int *rc)
{
	pdf_page *p = rw_xcalloc(1, sizeof *p);
	p->width = p->uw = PAGE_W;
	p->height = p->uh = PAGE_H;
	int r = pdf_page_vector_rulings(p, d, k ? k : &pdf_vector_defaults);
	if (rc)
		*rc = r;
	return p;
}

static void done(pdf_page *p, pdf_drawing *d)
{
	pdf_page_clear(p);
	free(p);
	free(d->s);
	free(d->v);
}

/* A ruling whose middle is at pos (y of a horizontal one, x of a
 * vertical one), within half a point, covering a to b. */
static int has_ruling(const pdf_page *p, int vertical, double pos, double a, double b)
{
	for (size_t i = 0; i < p->nr; i++) {
		const pdf_ruling *r = &p->r[i];
		if (vertical != (r->y1 - r->y0 > r->x1 - r->x0))
			continue;
		double at = vertical ? (r->x0 + r->x1) / 2 : (r->y0 + r->y1) / 2;
		double lo = vertical ? r->y0 : r->x0, hi = vertical ? r->y1 : r->x1;
		if (fabs(at - pos) <= 0.5 && lo <= a + 0.5 && hi >= b - 0.5)
			return 1;
	}
	return 0;
}

static void a_stroked_grid(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	for (int i = 0; i < 3; i++) {
		line(&d, black, 100, 100 + 20 * i, 400, 100 + 20 * i);
		line(&d, black, 100 + 150 * i, 100, 100 + 150 * i, 140);
	}
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_int_equal(p->nr, 6);
	assert_true(has_ruling(p, 0, 120, 100, 400));
	assert_true(has_ruling(p, 1, 250, 100, 140));
	done(p, &d);
}

/* A light line over a dark fill is seen; over white paper it is not. */
static void light_lines_show_on_dark_only(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	box(&d, navy, 100, 100, 400, 130);
	line(&d, white, 250, 100, 250, 130);
	line(&d, white, 250, 140, 250, 200);
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_true(has_ruling(p, 1, 250, 100, 130));
	assert_false(has_ruling(p, 1, 250, 140, 200));
	done(p, &d);
}

/* A line crossing from a dark fill onto white paper shows only over
 * the fill. */
static void a_light_line_is_cut_where_it_stops_showing(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	box(&d, navy, 100, 100, 400, 130);
	line(&d, white, 250, 100, 250, 300);
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_true(has_ruling(p, 1, 250, 100, 130));
	assert_false(has_ruling(p, 1, 250, 100, 200));
	done(p, &d);
}

/* Zebra rows: every edge of a stripe bounds a row, even a stripe as
 * light as 0.95 grey. */
static void zebra_stripes_bound_rows(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	for (int i = 0; i < 4; i += 2)
		box(&d, stripe, 100, 100 + 20 * i, 400, 120 + 20 * i);
	pdf_page *p = read_rulings(&d, NULL, NULL);
	for (int y = 100; y <= 160; y += 20)
		assert_true(has_ruling(p, 0, y, 100, 400));
	done(p, &d);
}

/* Zebra rows filled cell by cell, an id over the first two rows. */
static void zebra_cells(pdf_drawing *d)
{
	box(d, stripe, 100, 100, 130, 140); /* the id over rows 1 and 2 */
	box(d, stripe, 130, 100, 300, 120);
	box(d, stripe, 300, 100, 340, 120);
	box(d, stripe, 100, 140, 130, 200); /* row 3, tall */
	box(d, stripe, 130, 140, 300, 200);
	box(d, stripe, 300, 140, 340, 200);
}

/* The id's shading meets the white row beside it in a vertical edge,
 * and tall cells at the table's sides show its frame. The edge parts one
 * row of three: the grid is ruled by rows only, one column, its columns
 * left to the text. A line down the grid through every row is a column
 * line, and the grid keeps it. */
static void zebra_fills_rule_rows_not_columns(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	zebra_cells(&d);
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_true(has_ruling(p, 1, 130, 120, 140));
	size_t nt;
	pdf_table *t = pdf_lattice_tables(p, NULL, NULL, &nt);
	assert_int_equal(nt, 1);
	assert_int_equal(t[0].rows, 3);
	assert_int_equal(t[0].cols, 1);
	pdf_table_clear(&t[0]);
	free(t);
	done(p, &d);
	pdf_drawing e = {0};
	zebra_cells(&e);
	line(&e, black, 130, 100, 130, 200);
	p = read_rulings(&e, NULL, NULL);
	t = pdf_lattice_tables(p, NULL, NULL, &nt);
	assert_int_equal(nt, 1);
	assert_int_equal(t[0].cols, 2);
	pdf_table_clear(&t[0]);
	free(t);
	done(p, &e);
}

/* A dark header row over white ones: the boundary under it. A fill
 * bounds cells the way it runs: a row's fill not by its ends (where the
 * shading stops, not a column), a column's fill by its sides. */
static void fills_bound_cells_the_way_they_run(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	box(&d, white, 100, 100, 400, 200);
	box(&d, navy, 100, 100, 250, 130);
	box(&d, stripe, 450, 100, 480, 300);
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_true(has_ruling(p, 0, 130, 100, 250));
	assert_false(has_ruling(p, 1, 250, 100, 130));
	assert_true(has_ruling(p, 1, 450, 100, 300));
	assert_true(has_ruling(p, 1, 480, 100, 300));
	/* white on white paper: no edge at the white fill's own sides */
	assert_false(has_ruling(p, 1, 400, 130, 200));
	assert_false(has_ruling(p, 0, 200, 100, 400));
	done(p, &d);
}

/* White paper over the whole page draws no line, nor does a fill of
 * one colour over the whole page at the page's border. */
static void a_page_covering_fill_is_no_ruling(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	box(&d, white, 0, 0, PAGE_W, PAGE_H);
	box(&d, stripe, -5, -5, PAGE_W + 5, PAGE_H + 5);
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_int_equal(p->nr, 0);
	done(p, &d);
}

/* Dashes drawn one by one, and dots, join up into one line. */
static void dashes_and_dots_join_up(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	for (double x = 100; x < 400; x += 5)
		line(&d, black, x, 100, x + 3, 100);
	for (double y = 100; y < 200; y += 2)
		shape(&d, PDF_PAINT_STROKE, black, 0.8, 2, (const double[]){300, y, 300, y});
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_true(has_ruling(p, 0, 100, 100, 398));
	assert_true(has_ruling(p, 1, 300, 100, 198));
	/* the dots do not make short lines across */
	assert_int_equal(p->nr, 2);
	done(p, &d);
}

/* Pieces further apart than join_gap stay apart. */
static void distant_pieces_stay_apart(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	line(&d, black, 100, 100, 200, 100);
	line(&d, black, 220, 100, 300, 100);
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_int_equal(p->nr, 2);
	assert_false(has_ruling(p, 0, 100, 100, 300));
	done(p, &d);
}

/* A thin filled rectangle is a line at its middle; a border drawn as a
 * mitred trapezoid is too; a thick one is a bar, bounded on both sides. */
static void thin_fills_are_lines(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	box(&d, black, 100, 99.6, 400, 100.4);
	shape(&d, PDF_PAINT_FILL, black, 0, 4,
	      (const double[]){150, 100, 150, 300, 150.75, 299.25, 150.75, 100.75});
	box(&d, black, 100, 300, 400, 310);
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_true(has_ruling(p, 0, 100, 100, 400));
	assert_true(has_ruling(p, 1, 150.4, 101, 299));
	assert_true(has_ruling(p, 0, 300, 100, 400));
	assert_true(has_ruling(p, 0, 310, 100, 400));
	done(p, &d);
}

/* Two nested rectangles filled together (even-odd): a frame. */
static void a_filled_frame_is_four_lines(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	shape(&d, PDF_PAINT_FILL, black, 0, 10,
	      (const double[]){100, 100, 400, 100, 400, 200, 100, 200, 100, 100,
			       101, 101, 399, 101, 399, 199, 101, 199, 101, 101});
	d.v[5].move = 1; /* the inner rectangle is a subpath of its own */
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_int_equal(p->nr, 4);
	assert_true(has_ruling(p, 0, 100.5, 100, 400));
	assert_true(has_ruling(p, 1, 399.5, 100, 200));
	done(p, &d);
}

/* Slanted and short strokes are no rulings; nor is paint that does not
 * show (transparent). */
static void slants_short_strokes_and_clear_paint_are_not(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	line(&d, black, 100, 100, 300, 150);
	line(&d, black, 100, 200, 105, 200);
	line(&d, (rgba){0, 0, 0, 0.01f}, 100, 300, 400, 300);
	pdf_page *p = read_rulings(&d, NULL, NULL);
	assert_int_equal(p->nr, 0);
	done(p, &d);
}

/* A line inside a glyph's box is a stroke of the glyph (a font drawn as
 * paths). */
static void glyph_strokes_are_not_rulings(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	box(&d, black, 100, 100, 100.8, 110);
	pdf_page *p = rw_xcalloc(1, sizeof *p);
	p->width = PAGE_W, p->height = PAGE_H;
	pdf_page_add_glyph(p, &(pdf_glyph){.b = {99, 99, 111, 106}, .u = "l", .size = 12});
	pdf_page_vector_rulings(p, &d, &pdf_vector_defaults);
	assert_int_equal(p->nr, 0);
	done(p, &d);
}

/* The work on colour edges is bounded: past the bound the page says so. */
static void work_is_bounded(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	for (int i = 0; i < 200; i++)
		box(&d, i % 2 ? navy : stripe, 10 + i, 10, 15 + i, 700);
	pdf_vector_params k = pdf_vector_defaults;
	k.work = 1000;
	int rc;
	pdf_page *p = read_rulings(&d, &k, &rc);
	assert_int_equal(rc, -1);
	done(p, &d);
	pdf_drawing e = {0};
	line(&e, black, 100, 100, 400, 100);
	p = read_rulings(&e, &k, &rc);
	assert_int_equal(rc, 0);
	done(p, &e);
}

/* A grid drawn as strokes makes a lattice table, whose area and cells
 * are noted for the page's debug picture. */
static void a_grid_table_is_noted_for_the_picture(void **state)
{
	(void)state;
	pdf_drawing d = {0};
	for (int i = 0; i < 3; i++) {
		line(&d, black, 100, 100 + 20 * i, 400, 100 + 20 * i);
		line(&d, black, 100 + 150 * i, 100, 100 + 150 * i, 140);
	}
	pdf_page *p = read_rulings(&d, NULL, NULL);
	pdf_debug debug = {0};
	p->debug = &debug;
	size_t nt;
	pdf_table *t = pdf_lattice_tables(p, NULL, NULL, &nt);
	assert_int_equal(nt, 1);
	size_t cells = 0, areas = 0;
	for (size_t i = 0; i < debug.n; i++) {
		cells += debug.box[i].kind == PDF_DEBUG_CELL;
		areas += debug.box[i].kind == PDF_DEBUG_AREA;
	}
	assert_int_equal(cells, 4);
	assert_int_equal(areas, 1);
	assert_true(fabs(debug.box[debug.n - 1].b.right - 400) < 0.5);
	pdf_table_clear(&t[0]);
	free(t);
	free(debug.box);
	done(p, &d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_stroked_grid),
		cmocka_unit_test(light_lines_show_on_dark_only),
		cmocka_unit_test(a_light_line_is_cut_where_it_stops_showing),
		cmocka_unit_test(zebra_stripes_bound_rows),
		cmocka_unit_test(zebra_fills_rule_rows_not_columns),
		cmocka_unit_test(fills_bound_cells_the_way_they_run),
		cmocka_unit_test(a_page_covering_fill_is_no_ruling),
		cmocka_unit_test(dashes_and_dots_join_up),
		cmocka_unit_test(distant_pieces_stay_apart),
		cmocka_unit_test(thin_fills_are_lines),
		cmocka_unit_test(a_filled_frame_is_four_lines),
		cmocka_unit_test(slants_short_strokes_and_clear_paint_are_not),
		cmocka_unit_test(glyph_strokes_are_not_rulings),
		cmocka_unit_test(work_is_bounded),
		cmocka_unit_test(a_grid_table_is_noted_for_the_picture),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
