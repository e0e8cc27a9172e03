/* scan.c - ruling lines in the pixels of a rendered page (rulings.c
 * renders it).
 *
 *  1. pixels where the shade changes from the pixel above (left) are
 *     edges; runs of them along x (y) at least MIN_LEN_PT long are
 *     collected, and runs continuing each other on neighbouring pixel
 *     rows (columns) make one segment;
 *  2. the two edges of a drawn line become one ruling at its middle; a
 *     filled box keeps a ruling at each side, as its sides bound cells;
 *  3. a short segment inside one glyph's box is a stroke of that glyph.
 * Most of a page is even, and text is all short edges: a row like the
 * one above is skipped whole, and only every step-th pixel of a row (or
 * every step-th row of a column) is looked at until two of them a step
 * apart are edges, which a run long enough to keep always shows.  The
 * rulings are the same as a scan of every pixel would give, in the same
 * order (tests/unit/test_pdf_scan.c checks one against the other).
 */
#include "recwatch.h"
#include "pdf.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MIN_LEN_PT 7.0      /* shorter runs are not rulings */
#define MAX_THICK_PT 3.0    /* thicker segments are filled boxes */
#define CONTRAST 40         /* an edge: the shade changes this much */
#define WHITE 0xFFFFFFu     /* outside the image */
#define BAND_PT 8.0         /* glyph index: bands this high */

/* The glyphs whose box (grown by 1pt) reaches into each horizontal band
 * of the page: in[start[k]..start[k+1]-1] for band k. */
typedef struct glyph_bands {
	size_t nb;
	size_t *start, *in;
} glyph_bands;

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
	const glyph_bands *gb;
	int vertical;
	double scale;
	seg *open, *next;
	size_t nopen, capo, nnext, capn;
} grower;

/* A run of edge pixels: on pixel line `line`, from a to b. */
typedef struct run {
	int line, a, b;
} run;


static size_t band_of(const glyph_bands *gb, double y)
{
	double k = floor(y / BAND_PT);
	if (!(k > 0))
		return 0;
	return k >= (double)gb->nb ? gb->nb - 1 : (size_t)k;
}

static void bands_build(glyph_bands *gb, const pdf_page *p)
{
	gb->nb = (size_t)(fmax(p->height, 0) / BAND_PT) + 2;
	if (gb->nb > 100000)
		gb->nb = 100000;
	gb->start = rw_xcalloc(gb->nb + 1, sizeof *gb->start);
	for (size_t i = 0; i < p->ng; i++)
		for (size_t k = band_of(gb, p->g[i].b.top - 1); k <= band_of(gb, p->g[i].b.bottom + 1); k++)
			gb->start[k + 1]++;
	for (size_t k = 0; k < gb->nb; k++)
		gb->start[k + 1] += gb->start[k];
	gb->in = rw_xmalloc((gb->start[gb->nb] + 1) * sizeof *gb->in);
	size_t *fill = rw_xmalloc(gb->nb * sizeof *fill);
	memcpy(fill, gb->start, gb->nb * sizeof *fill);
	for (size_t i = 0; i < p->ng; i++)
		for (size_t k = band_of(gb, p->g[i].b.top - 1); k <= band_of(gb, p->g[i].b.bottom + 1); k++)
			gb->in[fill[k]++] = i;
	free(fill);
}

static void bands_free(glyph_bands *gb)
{
	free(gb->start);
	free(gb->in);
}

/* True when d lies inside one glyph's box (grown by 1pt): a glyph's
 * stroke. Such a glyph reaches into the band of d's top. */
static int inside_glyph(const pdf_page *p, const glyph_bands *gb, const pdf_box *d)
{
	size_t k = band_of(gb, d->top);
	for (size_t j = gb->start[k]; j < gb->start[k + 1]; j++) {
		const pdf_box *b = &p->g[gb->in[j]].b;
		if (d->left >= b->left - 1 && d->right <= b->right + 1 && d->top >= b->top - 1 &&
		    d->bottom <= b->bottom + 1)
			return 1;
	}
	return 0;
}

/* Emits a finished segment as one or two rulings (in unrotated points). */
static void emit_seg(const grower *g, const seg *s)
{
	double k = 1 / g->scale;
	double a = s->a * k, b = (s->b + 1) * k;
	double t0 = s->y0 * k, t1 = (s->y1 + 1) * k;
	if (b - a < MIN_LEN_PT)
		return;
	double mids[2];
	int nm = 0;
	if (t1 - t0 <= MAX_THICK_PT)
		mids[nm++] = (t0 + t1) / 2;
	else
		mids[nm++] = t0, mids[nm++] = t1;
	for (int i = 0; i < nm; i++) {
		pdf_box d = g->vertical ? pdf_page_to_display(g->p, mids[i], a, mids[i], b)
					: pdf_page_to_display(g->p, a, mids[i], b, mids[i]);
		if (!inside_glyph(g->p, g->gb, &d))
			pdf_page_add_ruling(g->p, d.left, d.top, d.right, d.bottom);
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
			emit_seg(g, &g->open[k]);
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

/* An edge between two neighbouring pixels: the shade changes by
 * CONTRAST at least. A drawn line gives two edges a pixel or two apart,
 * which make one segment; a filled box (a shaded row) gives an edge on
 * each side, and both bound cells, as the box's sides do. */
static inline int differ(uint32_t a, uint32_t b)
{
	return a != b && abs(lum(a) - lum(b)) >= CONTRAST;
}

/* An RGB24 image and the runs along y found in it. */
typedef struct scan {
	const unsigned char *data;
	size_t stride;
	int w, h;
	int minpx; /* shorter runs are not kept */
	int step;  /* every run of minpx pixels holds two pixels `step` apart */
	run *vr;
	size_t nvr, capvr;
} scan;

static inline const uint32_t *row_at(const scan *sc, int y)
{
	return (const uint32_t *)(sc->data + (size_t)y * sc->stride);
}

/* Edge along x at (x, y): against the pixel above. */
static inline int edge_x(const uint32_t *row, const uint32_t *up, int x)
{
	return differ(row[x], up ? up[x] : WHITE);
}

/* Edge along y at (x, y): against the pixel on the left. */
static inline int edge_y(const uint32_t *row, int x)
{
	return differ(row[x], x > 0 ? row[x - 1] : WHITE);
}

/* The runs of edges along x on row y, in order, to the grower. Only
 * every step-th pixel is looked at first: a run long enough to keep
 * holds two of them side by side, and is followed to its ends from the
 * first of the two (the two may also lie in two shorter runs). */
static void row_runs(const scan *sc, grower *g, int y)
{
	const uint32_t *row = row_at(sc, y), *up = y > 0 ? row_at(sc, y - 1) : NULL;
	int prev = 0, done = -1; /* done: the end of the last run followed */
	for (int x = sc->step - 1; x < sc->w; x += sc->step) {
		int e = edge_x(row, up, x);
		if (e && prev && x - sc->step > done) {
			int a = x - sc->step, b = a;
			while (a > 0 && edge_x(row, up, a - 1))
				a--;
			while (b + 1 < sc->w && edge_x(row, up, b + 1))
				b++;
			if (b - a + 1 >= sc->minpx)
				grow_run(g, y, a, b);
			done = b;
		}
		prev = e;
	}
}

/* Follows the run of edges along y through (x, y) up and down. */
static void column_run(scan *sc, int x, int y, int *done)
{
	int a = y, b = y;
	while (a > 0 && edge_y(row_at(sc, a - 1), x))
		a--;
	while (b + 1 < sc->h && edge_y(row_at(sc, b + 1), x))
		b++;
	if (b - a + 1 >= sc->minpx) {
		sc->vr = rw_xgrow(sc->vr, &sc->capvr, sc->nvr + 1, sizeof *sc->vr);
		sc->vr[sc->nvr++] = (run){x, a, b};
	}
	*done = b;
}

/* The runs of edges along y, found the same way on every step-th row,
 * into sc->vr. */
static void column_runs(scan *sc)
{
	unsigned char *prev = rw_xcalloc((size_t)sc->w, 1);
	int *done = rw_xmalloc((size_t)sc->w * sizeof *done);
	for (int x = 0; x < sc->w; x++)
		done[x] = -1;
	for (int y = sc->step - 1; y < sc->h; y += sc->step) {
		const uint32_t *row = row_at(sc, y);
		for (int x = 0; x < sc->w; x++) {
			if (x > 0 && row[x] == row[x - 1] && !prev[x])
				continue; /* no edge here nor a step above */
			int e = edge_y(row, x);
			if (e && prev[x] && y - sc->step > done[x])
				column_run(sc, x, y - sc->step, &done[x]);
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
static void grow_columns(scan *sc, grower *g)
{
	if (sc->nvr)
		qsort(sc->vr, sc->nvr, sizeof *sc->vr, run_by_line);
	size_t i = 0;
	for (int x = 0; x <= sc->w; x++) {
		for (; i < sc->nvr && sc->vr[i].line == x; i++)
			grow_run(g, x, sc->vr[i].a, sc->vr[i].b);
		grow_line_done(g);
	}
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

void pdf_scan_rulings(pdf_page *p, const unsigned char *data, size_t stride, int w, int h,
		      double scale)
{
	scan sc = {.data = data, .stride = stride, .w = w, .h = h,
		   .minpx = (int)(MIN_LEN_PT * scale)};
	sc.step = sc.minpx / 2 > 1 ? sc.minpx / 2 : 1;
	glyph_bands gb;
	bands_build(&gb, p);
	size_t first = p->nr;
	/* horizontal rulings first, row by row */
	grower g = {.p = p, .gb = &gb, .vertical = 0, .scale = scale};
	for (int y = 0; y < h; y++) {
		/* a row like the one above has no edge along x */
		if (y == 0 || memcmp(row_at(&sc, y), row_at(&sc, y - 1), (size_t)w * 4))
			row_runs(&sc, &g, y);
		grow_line_done(&g);
	}
	grow_line_done(&g);
	grower_free(&g);
	/* then vertical ones, column by column */
	column_runs(&sc);
	g = (grower){.p = p, .gb = &gb, .vertical = 1, .scale = scale};
	grow_columns(&sc, &g);
	grower_free(&g);
	free(sc.vr);
	bands_free(&gb);
	merge_thick(p, first);
}
