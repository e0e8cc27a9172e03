/* rulings.c - the ruling lines of a page, for lattice tables.
 *
 * poppler-glib draws a page only through cairo and exposes no paths.
 * Capturing paths was tried and dropped: a recording surface keeps them
 * but gives none back through the public API, a script surface writes
 * every glyph too, and an observer surface (to count fills and strokes)
 * over a recording surface costs seconds a page.  So the lines are found
 * in pixels, which works for any producer (stroked paths, thin filled
 * rectangles, shaded rows):
 *  1. the page is rendered into an RGB image at `scale` pixels a point
 *     (rw-pdf uses 2: column snapping needs half-point precision, and at
 *     1 a thin line straddling two pixel rows shows as two);
 *  2. pixels where the shade changes across y (x) are marked, and long
 *     runs of them along x (y) collected; runs continuing each other on
 *     neighbouring pixel rows make one segment;
 *  3. the two edges of a drawn line become one ruling at its middle; a
 *     filled box keeps a ruling at each side, as its sides bound cells;
 *  4. a short segment inside one glyph's box is a stroke of that glyph.
 * Rendering costs about twice the text extraction, so auto mode renders
 * only pages whose text could sit in a grid (emit.c decides).
 */
#include "recwatch.h"
#include "pdf.h"

#include <cairo.h>
#include <math.h>
#include <poppler.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MIN_LEN_PT 7.0      /* shorter runs are not rulings */
#define MAX_THICK_PT 3.0    /* thicker segments are filled boxes */
#define CONTRAST 40         /* an edge: the shade changes this much */

/* A segment being grown across lines (pixel rows for horizontal
 * rulings, pixel columns for vertical ones): lines y0..y1, from a to b
 * (pixels) along them. */
typedef struct seg {
	int y0, y1, a, b;
	int open;
} seg;

/* The segments of one direction: those of the last line, open to
 * continuation, and those of the line being read. */
typedef struct grower {
	pdf_page *p;
	int vertical;
	double scale;
	seg *open, *next;
	size_t nopen, capo, nnext, capn;
} grower;

/* A run of edge pixels: on pixel line `line`, from a to b. */
typedef struct run {
	int line, a, b;
} run;

/* Emits a finished segment as one or two rulings (in unrotated points). */
static void emit_seg(pdf_page *p, const seg *s, int vertical, double minlen, double scale)
{
	double k = 1 / scale;
	double a = s->a * k, b = (s->b + 1) * k;
	double t0 = s->y0 * k, t1 = (s->y1 + 1) * k;
	if (b - a < minlen)
		return;
	double mids[2];
	int nm = 0;
	if (t1 - t0 <= MAX_THICK_PT)
		mids[nm++] = (t0 + t1) / 2;
	else
		mids[nm++] = t0, mids[nm++] = t1;
	for (int i = 0; i < nm; i++) {
		pdf_box d = vertical ? pdf_page_to_display(p, mids[i], a, mids[i], b)
				     : pdf_page_to_display(p, a, mids[i], b, mids[i]);
		/* a glyph stroke, not a line */
		int inside = 0;
		for (size_t g = 0; g < p->ng && !inside; g++) {
			const pdf_box *gb = &p->g[g].b;
			inside = d.left >= gb->left - 1 && d.right <= gb->right + 1 &&
				 d.top >= gb->top - 1 && d.bottom <= gb->bottom + 1;
		}
		if (!inside)
			pdf_page_add_ruling(p, d.left, d.top, d.right, d.bottom);
	}
}

/* A run on the current line (runs come in order along the line): it
 * continues a segment of the previous line with the same extent (the
 * same ruling, a few pixels thick) or starts one. */
static void grow_run(grower *g, int line, int a, int b)
{
	seg s = {line, line, a, b, 1};
	for (size_t k = 0; k < g->nopen; k++) {
		seg *o = &g->open[k];
		if (o->open && abs(o->a - a) <= 2 && abs(o->b - b) <= 2) {
			s.y0 = o->y0;
			s.a = o->a < a ? o->a : a;
			s.b = o->b > b ? o->b : b;
			o->open = 0;
			break;
		}
	}
	g->next = rw_xgrow(g->next, &g->capn, g->nnext + 1, sizeof *g->next);
	g->next[g->nnext++] = s;
}

/* The current line is read: segments of the previous one that it did not
 * continue are finished. */
static void grow_line_done(grower *g)
{
	for (size_t k = 0; k < g->nopen; k++)
		if (g->open[k].open)
			emit_seg(g->p, &g->open[k], g->vertical, MIN_LEN_PT, g->scale);
	seg *t = g->open;
	size_t tc = g->capo;
	g->open = g->next, g->capo = g->capn, g->nopen = g->nnext;
	g->next = t, g->capn = tc, g->nnext = 0;
}

static void grower_free(grower *g)
{
	free(g->open);
	free(g->next);
}

static int lum(uint32_t v)
{
	return (int)((((v >> 16) & 255) * 3 + ((v >> 8) & 255) * 6 + (v & 255)) / 10);
}

#define WHITE 0xFFFFFFu

/* An RGB24 image and the runs of edge pixels found in it. */
typedef struct scan {
	const unsigned char *data;
	int stride, w, h;
	int minpx; /* shorter runs are not kept */
	int step;  /* every run of minpx pixels holds two pixels `step` apart */
	run *vr;   /* runs along y */
	size_t nvr, capvr;
} scan;

static uint32_t pixel(const scan *sc, int x, int y)
{
	const uint32_t *row = (const uint32_t *)(sc->data + (size_t)y * sc->stride);
	return row[x];
}

/* The shade changes by CONTRAST at least from the pixel above (an edge
 * running along x) or from the one on the left (along y); outside the
 * image is white.  A drawn line gives two such edges a pixel or two
 * apart, which make one segment; a filled box (a shaded row) gives an
 * edge on each side, and both bound cells, as the box's sides do. */
static int edge_along_x(const scan *sc, int x, int y)
{
	uint32_t c = pixel(sc, x, y), u = y > 0 ? pixel(sc, x, y - 1) : WHITE;
	return c != u && abs(lum(u) - lum(c)) >= CONTRAST;
}

static int edge_along_y(const scan *sc, int x, int y)
{
	uint32_t c = pixel(sc, x, y), l = x > 0 ? pixel(sc, x - 1, y) : WHITE;
	return c != l && abs(lum(l) - lum(c)) >= CONTRAST;
}

/* The runs of edge pixels along x on row y, in order, to the grower.
 * Only every step-th pixel is looked at first: a run long enough to keep
 * holds two of them side by side, and is followed to its ends from the
 * first of the two (the two may also lie in two shorter runs). */
static void row_runs(const scan *sc, grower *g, int y)
{
	int prev = 0, done = -1; /* done: the end of the last run followed */
	for (int x = sc->step - 1; x < sc->w; x += sc->step) {
		int e = edge_along_x(sc, x, y);
		if (e && prev && x - sc->step > done) {
			int a = x - sc->step, b = a;
			while (a > 0 && edge_along_x(sc, a - 1, y))
				a--;
			while (b + 1 < sc->w && edge_along_x(sc, b + 1, y))
				b++;
			if (b - a + 1 >= sc->minpx)
				grow_run(g, y, a, b);
			done = b;
		}
		prev = e;
	}
}

/* The runs of edge pixels along y, found the same way on every step-th
 * row, kept in sc->vr. */
static void column_runs(scan *sc)
{
	unsigned char *prev = rw_xcalloc((size_t)sc->w, 1);
	int *done = rw_xmalloc((size_t)sc->w * sizeof *done);
	for (int x = 0; x < sc->w; x++)
		done[x] = -1;
	for (int y = sc->step - 1; y < sc->h; y += sc->step) {
		const uint32_t *row = (const uint32_t *)(sc->data + (size_t)y * sc->stride);
		for (int x = 0; x < sc->w; x++) {
			if (x > 0 && row[x] == row[x - 1] && !prev[x])
				continue; /* no edge here, none above */
			int e = edge_along_y(sc, x, y);
			if (e && prev[x] && y - sc->step > done[x]) {
				int a = y - sc->step, b = a;
				while (a > 0 && edge_along_y(sc, x, a - 1))
					a--;
				while (b + 1 < sc->h && edge_along_y(sc, x, b + 1))
					b++;
				if (b - a + 1 >= sc->minpx) {
					sc->vr = rw_xgrow(sc->vr, &sc->capvr, sc->nvr + 1, sizeof *sc->vr);
					sc->vr[sc->nvr++] = (run){x, a, b};
				}
				done[x] = b;
			}
			prev[x] = (unsigned char)e;
		}
	}
	free(done);
	free(prev);
}

static int run_by_line(const void *a, const void *b)
{
	const run *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return (x->a > y->a) - (x->a < y->a);
}

/* Grows the runs along y into segments, column by column. */
static void grow_vertical(scan *sc, pdf_page *p, double scale)
{
	grower g = {.p = p, .vertical = 1, .scale = scale};
	if (sc->nvr)
		qsort(sc->vr, sc->nvr, sizeof *sc->vr, run_by_line);
	size_t i = 0;
	for (int x = 0; x <= sc->w; x++) {
		for (; i < sc->nvr && sc->vr[i].line == x; i++)
			grow_run(&g, x, sc->vr[i].a, sc->vr[i].b);
		grow_line_done(&g);
	}
	grower_free(&g);
}

/* Finds the rulings of an image of w x h pixels (RGB24 rows of stride
 * bytes): horizontal ones first, then vertical ones, each in the order
 * a line by line scan finishes them. */
static void scan_image(pdf_page *p, const unsigned char *data, int stride, int w, int h,
		       double scale)
{
	scan sc = {.data = data, .stride = stride, .w = w, .h = h,
		   .minpx = (int)(MIN_LEN_PT * scale)};
	sc.step = sc.minpx / 2 > 1 ? sc.minpx / 2 : 1;
	grower g = {.p = p, .vertical = 0, .scale = scale};
	const uint32_t *up = NULL;
	for (int y = 0; y < h; y++) {
		const uint32_t *row = (const uint32_t *)(data + (size_t)y * stride);
		/* a row like the one above has no edge along x */
		if (!up || memcmp(row, up, (size_t)w * sizeof *row))
			row_runs(&sc, &g, y);
		grow_line_done(&g);
		up = row;
	}
	grow_line_done(&g);
	grower_free(&g);
	column_runs(&sc);
	grow_vertical(&sc, p, scale);
	free(sc.vr);
}

/* Parallel rulings closer than MAX_THICK_PT that overlap along most of
 * the shorter one are the two edges of one thick line: one ruling at
 * their middle. */
static void merge_thick(pdf_page *p, size_t from)
{
	for (size_t i = from; i < p->nr; i++) {
		pdf_ruling *a = &p->r[i];
		int va = a->x0 == a->x1;
		for (size_t j = i + 1; j < p->nr; j++) {
			pdf_ruling *b = &p->r[j];
			int vb = b->x0 == b->x1;
			if (va != vb)
				continue;
			double da = va ? a->x0 : a->y0, db = va ? b->x0 : b->y0;
			double a0 = va ? a->y0 : a->x0, a1 = va ? a->y1 : a->x1;
			double b0 = va ? b->y0 : b->x0, b1 = va ? b->y1 : b->x1;
			double ov = fmin(a1, b1) - fmax(a0, b0);
			if (fabs(da - db) > MAX_THICK_PT || ov < 0.8 * fmin(a1 - a0, b1 - b0))
				continue;
			double mid = (da + db) / 2, lo = fmin(a0, b0), hi = fmax(a1, b1);
			*a = va ? (pdf_ruling){mid, lo, mid, hi} : (pdf_ruling){lo, mid, hi, mid};
			p->r[j] = p->r[--p->nr];
			j = i; /* look again with the merged extent */
		}
	}
}

void pdf_page_find_rulings(PopplerPage *pp, pdf_page *p, double scale)
{
	p->have_rulings = 1;
	int w = (int)ceil(p->uw * scale), h = (int)ceil(p->uh * scale);
	if (w <= 0 || h <= 0 || w > 20000 || h > 20000)
		return;
	cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(img);
		return;
	}
	cairo_t *cr = cairo_create(img);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, scale, scale);
	poppler_page_render(pp, cr);
	cairo_destroy(cr);
	cairo_surface_flush(img);

	size_t first = p->nr;
	scan_image(p, cairo_image_surface_get_data(img), cairo_image_surface_get_stride(img), w, h,
		   scale);
	cairo_surface_destroy(img);
	merge_thick(p, first);
}
