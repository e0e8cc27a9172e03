/* unread.c - text a page draws that its text layer did not give.
 *
 * poppler-glib hands out a page's text only as selections (page.c), and
 * a selection follows poppler's reading order between two points: on a
 * page read right to left a word can lie outside every selection
 * between the page's corners.  The glyphs poppler draws (drawing.c
 * records them) are the check: a glyph with ink lies in the box of a
 * character of the text fetched.  Where some do not, selections dragged
 * over those glyphs alone are fetched too (a selection inside one word
 * holds that word); what is still missing is said on stderr, so that no
 * text is lost without a word.
 *
 * The check runs on pages drawn before their text was read (rulings.c):
 * their text layer was laid out from this very drawing.  A page drawn
 * after (it has annotations, which are drawn but are not its text) is
 * not checked.
 */
#include "rwlib.h"
#include "pdf.h"

#include <cairo.h>
#include <math.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

/* Points a glyph's ink may stand out of its character's box: poppler's
 * box is the advance times the font's height, and an accent or a swash
 * reaches past it by a fraction of a point. */
#define INK_SLACK_PT 1.0
/* Side of the squares boxes are filed in, points: about a word. */
#define CELL_PT 16.0
/* Ems (of the glyphs' height) between missing glyphs of one word on one
 * line: less than a space. */
#define WORD_GAP_EM 0.3

typedef struct boxes {
	pdf_box *b;
	size_t n, cap;
	/* the boxes filed by square: cell k holds at[start[k] .. start[k+1]) */
	size_t *start, *at;
	int cols, rows;
} boxes;

/* Whether box b goes on run w: one line (each overlaps the other's
 * middle), and touching. */
static int runs_on(const pdf_box *w, const pdf_box *b)
{
	double wm = (w->top + w->bottom) / 2, bm = (b->top + b->bottom) / 2;
	return bm > w->top && bm < w->bottom && wm > b->top && wm < b->bottom &&
	       b->left <= w->right && b->right >= w->left;
}

/* The boxes of t's characters, grown by the slack. poppler gives a
 * line's characters one after another, a space's box filling the gap
 * between two words: boxes that touch along a line are kept as one run
 * (a twentieth of the boxes to file). */
static void add_boxes(boxes *bx, const pdf_page_text *t)
{
	bx->b = rw_xgrow(bx->b, &bx->cap, bx->n + t->n, sizeof *bx->b);
	for (unsigned i = 0; i < t->n; i++) {
		const PopplerRectangle *r = &t->r[i]; /* poppler's: x1 <= x2, y1 <= y2 */
		pdf_box b = {r->y1 - INK_SLACK_PT, r->x1 - INK_SLACK_PT, r->y2 + INK_SLACK_PT,
			     r->x2 + INK_SLACK_PT};
		pdf_box *w = bx->n ? &bx->b[bx->n - 1] : NULL;
		if (w && runs_on(w, &b)) {
			w->top = b.top < w->top ? b.top : w->top;
			w->left = b.left < w->left ? b.left : w->left;
			w->bottom = b.bottom > w->bottom ? b.bottom : w->bottom;
			w->right = b.right > w->right ? b.right : w->right;
		} else {
			bx->b[bx->n++] = b;
		}
	}
	for (size_t k = 0; k < t->nmore; k++)
		add_boxes(bx, &t->more[k]);
}

static int cell_of(double v, int n)
{
	double c = v * (1 / CELL_PT);
	return !(c > 0) ? 0 : c >= n ? n - 1 : (int)c;
}

/* Files each box in the squares it covers (a counting sort). */
static void file_boxes(boxes *bx, double width, double height)
{
	bx->cols = (int)fmin(ceil(width / CELL_PT), 4096) + 1;
	bx->rows = (int)fmin(ceil(height / CELL_PT), 4096) + 1;
	size_t ncell = (size_t)bx->cols * (size_t)bx->rows;
	bx->start = rw_xcalloc(ncell + 1, sizeof *bx->start);
	for (int pass = 0; pass < 2; pass++) {
		size_t *fill = pass ? rw_xmalloc((ncell + 1) * sizeof *fill) : NULL;
		if (fill)
			memcpy(fill, bx->start, (ncell + 1) * sizeof *fill);
		for (size_t i = 0; i < bx->n; i++) {
			const pdf_box *b = &bx->b[i];
			int r0 = cell_of(b->top, bx->rows), r1 = cell_of(b->bottom, bx->rows);
			int c0 = cell_of(b->left, bx->cols), c1 = cell_of(b->right, bx->cols);
			for (int r = r0; r <= r1; r++)
				for (int c = c0; c <= c1; c++) {
					size_t k = (size_t)r * (size_t)bx->cols + (size_t)c;
					if (pass)
						bx->at[fill[k]++] = i;
					else
						bx->start[k + 1]++;
				}
		}
		if (!pass) {
			for (size_t k = 0; k < ncell; k++)
				bx->start[k + 1] += bx->start[k];
			bx->at = rw_xmalloc((bx->start[ncell] + 1) * sizeof *bx->at);
		}
		free(fill);
	}
}

static int holds(const pdf_box *b, double x, double y)
{
	return x >= b->left && x <= b->right && y >= b->top && y <= b->bottom;
}

/* The box holding point (x, y), or NULL. */
static const pdf_box *covering(const boxes *bx, double x, double y)
{
	size_t k = (size_t)cell_of(y, bx->rows) * (size_t)bx->cols + (size_t)cell_of(x, bx->cols);
	for (size_t j = bx->start[k]; j < bx->start[k + 1]; j++)
		if (holds(&bx->b[bx->at[j]], x, y))
			return &bx->b[bx->at[j]];
	return NULL;
}

static void boxes_free(boxes *bx)
{
	free(bx->b);
	free(bx->start);
	free(bx->at);
}

/* Where run r draws glyph g: device point of user point (x, y). */
static void to_points(const pdf_glyph_run *r, double scale, double x, double y, double *px,
		      double *py)
{
	*px = (r->m[0] * x + r->m[2] * y + r->m[4]) / scale;
	*py = (r->m[1] * x + r->m[3] * y + r->m[5]) / scale;
}

/* The font run r draws in, made at its first use (cairo keeps the
 * scaled fonts it made, so the same size of a face is made once). */
static cairo_scaled_font_t *run_font(const pdf_glyph_run *r)
{
	const double *f = r->font, *m = r->m;
	cairo_matrix_t font = {f[0], f[1], f[2], f[3], f[4], f[5]};
	cairo_matrix_t ctm = {m[0], m[1], m[2], m[3], m[4], m[5]};
	cairo_font_options_t *o = cairo_font_options_create();
	cairo_scaled_font_t *sf = cairo_scaled_font_create(r->face, &font, &ctm, o);
	cairo_font_options_destroy(o);
	return sf;
}

/* The ink of a glyph in points of the page; 0 when it has none (a
 * space). */
static int ink_box(const pdf_glyph_run *r, cairo_scaled_font_t *sf, const pdf_drawn_glyph *g,
		   double scale, pdf_box *out)
{
	cairo_glyph_t cg = {g->index, g->x, g->y};
	cairo_text_extents_t e;
	cairo_scaled_font_glyph_extents(sf, &cg, 1, &e);
	if (cairo_scaled_font_status(sf) != CAIRO_STATUS_SUCCESS || !(e.width > 0) ||
	    !(e.height > 0))
		return 0;
	pdf_box b = {INFINITY, INFINITY, -INFINITY, -INFINITY};
	for (int k = 0; k < 4; k++) {
		double x, y;
		to_points(r, scale, g->x + e.x_bearing + (k & 1) * e.width,
			  g->y + e.y_bearing + (k >> 1) * e.height, &x, &y);
		b.left = fmin(b.left, x), b.right = fmax(b.right, x);
		b.top = fmin(b.top, y), b.bottom = fmax(b.bottom, y);
	}
	*out = b;
	return 1;
}

/* Whether one box holds the origins of the first and the last glyph of
 * run r, and so (a box is convex) those of all its glyphs in between. */
static int run_covered(const pdf_drawing *d, const pdf_glyph_run *r, const boxes *bx)
{
	const pdf_drawn_glyph *g0 = &d->glyphs[r->first], *g1 = &d->glyphs[r->first + r->n - 1];
	double x0, y0, x1, y1;
	to_points(r, d->scale, g0->x, g0->y, &x0, &y0);
	to_points(r, d->scale, g1->x, g1->y, &x1, &y1);
	const pdf_box *b = covering(bx, x0, y0);
	return b && holds(b, x1, y1);
}

/* The ink boxes of the glyphs on page t that none of bx's boxes holds.
 * The origin of most glyphs lies in their character's box, which spares
 * the look at their ink. Glyphs whose ink stands off the page show
 * nowhere, and poppler keeps no text of them: counted in *off_page
 * (unless NULL), not returned. */
static size_t missing_ink(const pdf_drawing *d, const boxes *bx, const pdf_page_text *t,
			  pdf_box **out, size_t *off_page)
{
	size_t n = 0, cap = 0;
	*out = NULL;
	for (size_t k = 0; k < d->nruns; k++) {
		const pdf_glyph_run *r = &d->runs[k];
		if (run_covered(d, r, bx))
			continue;
		cairo_scaled_font_t *sf = NULL;
		for (size_t i = r->first; i < r->first + r->n; i++) {
			const pdf_drawn_glyph *g = &d->glyphs[i];
			double x, y;
			to_points(r, d->scale, g->x, g->y, &x, &y);
			if (covering(bx, x, y))
				continue;
			if (!sf)
				sf = run_font(r);
			pdf_box ink;
			if (!ink_box(r, sf, g, d->scale, &ink))
				continue;
			double cx = (ink.left + ink.right) / 2, cy = (ink.top + ink.bottom) / 2;
			if (cx < 0 || cx > t->width || cy < 0 || cy > t->height) {
				if (off_page)
					++*off_page;
				continue;
			}
			if (covering(bx, cx, cy))
				continue;
			*out = rw_xgrow(*out, &cap, n + 1, sizeof **out);
			(*out)[n++] = ink;
		}
		if (sf)
			cairo_scaled_font_destroy(sf);
	}
	return n;
}

static boxes text_boxes(const pdf_page_text *t)
{
	boxes bx = {0};
	add_boxes(&bx, t);
	file_boxes(&bx, t->width, t->height);
	return bx;
}

/* Joins the missing glyphs, in drawing order, into words: glyphs on one
 * line less than a space apart. Returns the number of words. */
static size_t words_of(pdf_box *g, size_t n)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		pdf_box *w = m ? &g[m - 1] : NULL;
		double h = g[i].bottom - g[i].top, gap = WORD_GAP_EM * fmax(h, 1);
		int same_line = w && g[i].top < w->bottom && g[i].bottom > w->top;
		if (same_line && g[i].left <= w->right + gap && g[i].right >= w->left - gap)
			pdf_box_union(w, &g[i]);
		else
			g[m++] = g[i];
	}
	return m;
}

size_t pdf_page_recover(PopplerPage *pp, const pdf_drawing *d, pdf_page_text *t, pdf_box *where,
			size_t *off_page)
{
	*off_page = 0;
	if (!d->nglyphs)
		return 0;
	boxes bx = text_boxes(t);
	pdf_box *miss;
	size_t n = missing_ink(d, &bx, t, &miss, off_page);
	boxes_free(&bx);
	if (n) {
		size_t nw = words_of(miss, n);
		for (size_t i = 0; i < nw; i++)
			pdf_page_fetch_area(pp, &miss[i], t);
		free(miss);
		bx = text_boxes(t);
		n = missing_ink(d, &bx, t, &miss, NULL);
		boxes_free(&bx);
		if (n)
			*where = miss[0];
	}
	free(miss);
	return n;
}
