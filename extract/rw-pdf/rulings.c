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

/* A segment being grown along rows (for horizontal runs): on row y0..y1,
 * from a to b (pixels). */
typedef struct seg {
	int y0, y1, a, b;
	int open;
} seg;

typedef struct scan {
	const unsigned char *ink; /* w * h, 1 = dark */
	int w, h;
} scan;

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

/* Finds runs along one axis. For horizontal: lines are pixel rows, the
 * run goes along x. For vertical the roles swap. */
static void find_runs(pdf_page *p, const scan *sc, int vertical, double scale)
{
	int nlines = vertical ? sc->w : sc->h, len = vertical ? sc->h : sc->w;
	int minpx = (int)(MIN_LEN_PT * scale);
	seg *open = NULL, *next = NULL;
	size_t nopen = 0, capo = 0, nnext = 0, capn = 0;
	for (int l = 0; l <= nlines; l++) {
		nnext = 0;
		for (int i = 0; l < nlines && i < len;) {
			const unsigned char *px = vertical ? sc->ink + (size_t)i * sc->w + l
							   : sc->ink + (size_t)l * sc->w + i;
			if (!*px) {
				i++;
				continue;
			}
			int j = i;
			while (j < len && (vertical ? sc->ink[(size_t)j * sc->w + l]
						    : sc->ink[(size_t)l * sc->w + j]))
				j++;
			if (j - i >= minpx) {
				seg s = {l, l, i, j - 1, 1};
				/* continue a segment of the previous line with the
				 * same extent (the same ruling, a few pixels thick) */
				for (size_t k = 0; k < nopen; k++)
					if (open[k].open && abs(open[k].a - i) <= 2 &&
					    abs(open[k].b - (j - 1)) <= 2) {
						s.y0 = open[k].y0;
						s.a = open[k].a < i ? open[k].a : i;
						s.b = open[k].b > j - 1 ? open[k].b : j - 1;
						open[k].open = 0;
						break;
					}
				next = rw_xgrow(next, &capn, nnext + 1, sizeof *next);
				next[nnext++] = s;
			}
			i = j;
		}
		for (size_t k = 0; k < nopen; k++)
			if (open[k].open)
				emit_seg(p, &open[k], vertical, MIN_LEN_PT, scale);
		seg *t = open;
		size_t tc = capo;
		open = next, capo = capn, nopen = nnext;
		next = t, capn = tc;
	}
	free(open);
	free(next);
}

/* Marks the pixels where the shade changes across x (across = 0: an
 * edge running along x, between a pixel and the one above it) or across
 * y (across = 1).  A drawn line gives two such edges a pixel or two apart,
 * which make one segment; a filled box (a shaded row) gives an edge on
 * each side, and both bound cells, as the box's sides do. */
static void edge_mask(const unsigned char *lum, int w, int h, int across, unsigned char *out)
{
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			size_t i = (size_t)y * w + x;
			int prev;
			if (across)
				prev = x > 0 ? lum[i - 1] : 255;
			else
				prev = y > 0 ? lum[i - w] : 255;
			out[i] = abs(prev - (int)lum[i]) >= CONTRAST;
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

void pdf_page_find_rulings(PopplerPage *pp, pdf_page *p, double scale)
{
	p->have_rulings = 1;
	int w = (int)ceil(p->uw * scale), h = (int)ceil(p->uh * scale);
	if (w <= 0 || h <= 0 || w > 20000 || h > 20000)
		return;
	cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	cairo_t *cr = cairo_create(img);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, scale, scale);
	poppler_page_render(pp, cr);
	cairo_destroy(cr);
	cairo_surface_flush(img);

	unsigned char *lum = rw_xmalloc((size_t)w * h);
	const unsigned char *data = cairo_image_surface_get_data(img);
	int stride = cairo_image_surface_get_stride(img);
	for (int y = 0; y < h; y++) {
		const uint32_t *row = (const uint32_t *)(data + (size_t)y * stride);
		for (int x = 0; x < w; x++) {
			uint32_t v = row[x];
			lum[(size_t)y * w + x] =
				(unsigned char)((((v >> 16) & 255) * 3 + ((v >> 8) & 255) * 6 + (v & 255)) / 10);
		}
	}
	cairo_surface_destroy(img);
	unsigned char *ink = rw_xmalloc((size_t)w * h);
	scan sc = {ink, w, h};
	size_t first = p->nr;
	edge_mask(lum, w, h, 0, ink);
	find_runs(p, &sc, 0, scale);
	edge_mask(lum, w, h, 1, ink);
	find_runs(p, &sc, 1, scale);
	merge_thick(p, first);
	free(ink);
	free(lum);
}
