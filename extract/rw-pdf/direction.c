/* direction.c - text printed sideways or upside down, into its reading
 * frame.
 *
 * poppler hands a page's characters in its own reading order, each with
 * its box in the displayed frame: so the step from one glyph to the next
 * says which way the text advances (east for upright text, south for a
 * table turned a quarter clockwise, north for one turned the other way,
 * west upside down). The page is turned so that most of its text reads
 * from left to right (glyph boxes, rulings and its size, as a /Rotate
 * would have turned them); blocks of text that still advance another way
 * (an upright page number on a page of sideways text, a column head set
 * on end) are then turned about their own centre. The rest of rw-pdf
 * builds lines, words and tables from the turned boxes, unchanged.
 */
#include "rwlib.h"
#include "reading.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const pdf_direction_params pdf_direction_defaults = {
	/* a letter and a word space, never the way back to the start of
	 * the next line of a paragraph */
	.near_step = 2.5,
	/* a step along a line stays on its baseline; a jump to the next
	 * line's start runs diagonally */
	.step_slope = 0.35,
	/* a font's height (ascent to descent) against one character's
	 * advance: digits of a column of figures, one under the other,
	 * follow each other going south, but their boxes are tall: upright
	 * text, not text set on end */
	.across_share = 0.8,
	/* two letters set close together say too little */
	.min_turn_run = 3,
	/* the lines of a paragraph */
	.block_pitch = 1.8,
};
static const pdf_direction_params *const dirp = &pdf_direction_defaults;

static double cx(const pdf_box *b) { return (b->left + b->right) / 2; }
static double cy(const pdf_box *b) { return (b->top + b->bottom) / 2; }

/* A step whose legs sum to less than this share of the near distance
 * is near without asking hypot: the share leaves room for the sum's
 * rounding (relative 2^-53), so the answer is hypot's own. */
#define SUM_SURELY_NEAR (1 - 1e-9)

/* A glyph box shaped for text advancing along x (else along y). */
static int shaped_for(const pdf_box *b, int along_x)
{
	double w = b->right - b->left, h = b->bottom - b->top;
	return along_x ? h >= dirp->across_share * w : w >= dirp->across_share * h;
}

/* The direction of the step from glyph a to glyph b, or PDF_DIR_NONE. */
static int step_dir(const pdf_glyph *a, const pdf_glyph *b)
{
	if (a->rtl || b->rtl)
		return PDF_DIR_NONE; /* right-to-left boxes run backwards (page.c) */
	double dx = cx(&b->b) - cx(&a->b), dy = cy(&b->b) - cy(&a->b);
	double size = pdf_max(pdf_max(a->size, b->size), 1);
	double ax = fabs(dx), ay = fabs(dy), near = dirp->near_step * size;
	/* the step's length lies between its longer leg and the legs' sum:
	 * only in between is hypot (a call into libm) asked */
	if (pdf_max(ax, ay) > near ||
	    (ax + ay > near * SUM_SURELY_NEAR && hypot(dx, dy) > near) || (ax == 0 && ay == 0))
		return PDF_DIR_NONE;
	int along_x;
	if (ay <= dirp->step_slope * ax)
		along_x = 1;
	else if (ax <= dirp->step_slope * ay)
		along_x = 0;
	else
		return PDF_DIR_NONE;
	if (!shaped_for(&a->b, along_x) || !shaped_for(&b->b, along_x))
		return PDF_DIR_NONE;
	if (along_x)
		return dx > 0 ? PDF_DIR_EAST : PDF_DIR_WEST;
	return dy > 0 ? PDF_DIR_SOUTH : PDF_DIR_NORTH;
}

/* step[i]: the direction of the step from glyph i to glyph i + 1 (the
 * last glyph: PDF_DIR_NONE). */
static void glyph_steps(const pdf_page *p, signed char *step)
{
	for (size_t i = 0; i < p->ng; i++)
		step[i] = (signed char)(i + 1 < p->ng ? step_dir(&p->g[i], &p->g[i + 1]) : PDF_DIR_NONE);
}

static void directions_from_steps(size_t ng, const signed char *step, signed char *dir)
{
	int before = PDF_DIR_NONE;
	for (size_t i = 0; i < ng; i++) {
		int after = step[i];
		if (before == after || after == PDF_DIR_NONE)
			dir[i] = (signed char)before;
		else if (before == PDF_DIR_NONE)
			dir[i] = (signed char)after;
		else
			dir[i] = PDF_DIR_NONE; /* a corner: the runs either side say */
		before = after;
	}
}

void pdf_glyph_directions(const pdf_page *p, signed char *dir)
{
	signed char *step = rw_xmalloc(p->ng ? p->ng : 1);
	glyph_steps(p, step);
	directions_from_steps(p->ng, step, dir);
	free(step);
}

enum pdf_dir pdf_main_direction(const pdf_page *p, const signed char *dir)
{
	size_t votes[4] = {0};
	for (size_t i = 0; i < p->ng; i++)
		if (dir[i] != PDF_DIR_NONE)
			votes[dir[i]]++;
	int best = PDF_DIR_EAST;
	for (int d = 1; d < 4; d++)
		if (votes[d] > votes[best])
			best = d;
	return (enum pdf_dir)best;
}

/* A point of a w x h frame turned so that direction d points east. */
static void turn_point(double x, double y, enum pdf_dir d, double w, double h, double *X,
		       double *Y)
{
	switch (d) {
	case PDF_DIR_SOUTH: /* glyphs' tops face east, lines follow westward */
		*X = y, *Y = w - x;
		break;
	case PDF_DIR_WEST:
		*X = w - x, *Y = h - y;
		break;
	case PDF_DIR_NORTH: /* tops face west, lines follow eastward */
		*X = h - y, *Y = x;
		break;
	default:
		*X = x, *Y = y;
	}
}

pdf_box pdf_box_turn(pdf_box b, enum pdf_dir d, double w, double h)
{
	double x0, y0, x1, y1;
	turn_point(b.left, b.top, d, w, h, &x0, &y0);
	turn_point(b.right, b.bottom, d, w, h, &x1, &y1);
	return (pdf_box){fmin(y0, y1), fmin(x0, x1), fmax(y0, y1), fmax(x0, x1)};
}

void pdf_page_turn(pdf_page *p, enum pdf_dir d)
{
	if (d == PDF_DIR_EAST || d == PDF_DIR_NONE)
		return;
	double w = p->width, h = p->height;
	for (size_t i = 0; i < p->ng; i++)
		p->g[i].b = pdf_box_turn(p->g[i].b, d, w, h);
	for (size_t i = 0; i < p->nr; i++) {
		pdf_ruling *r = &p->r[i];
		pdf_box b = pdf_box_turn((pdf_box){r->y0, r->x0, r->y1, r->x1}, d, w, h);
		*r = (pdf_ruling){b.left, b.top, b.right, b.bottom};
	}
	if (d == PDF_DIR_SOUTH || d == PDF_DIR_NORTH) {
		p->width = h;
		p->height = w;
	}
	if (p->debug) {
		p->debug->turn = d;
		p->debug->w = w, p->debug->h = h;
		p->debug->turned_from = p->debug->n;
	}
}

pdf_box pdf_debug_shown(const pdf_debug *d, size_t i)
{
	const pdf_box *b = &d->box[i].b;
	if (!d->turn || i < d->turned_from)
		return *b;
	/* a quarter turn one way is undone by one the other way, in the
	 * turned frame, whose sides are swapped */
	switch (d->turn) {
	case PDF_DIR_SOUTH:
		return pdf_box_turn(*b, PDF_DIR_NORTH, d->h, d->w);
	case PDF_DIR_NORTH:
		return pdf_box_turn(*b, PDF_DIR_SOUTH, d->h, d->w);
	default:
		return pdf_box_turn(*b, PDF_DIR_WEST, d->w, d->h);
	}
}

/* ---- blocks that advance another way than the page -------------------- */

typedef struct run {
	size_t first, n; /* glyphs first .. first + n - 1 */
	int dir;         /* relative to the turned page */
	pdf_box b;
	double size;
	size_t block;    /* union-find parent */
} run;

static size_t find_block(run *r, size_t i)
{
	while (r[i].block != i)
		i = r[i].block = r[r[i].block].block;
	return i;
}

/* Runs side by side: their extents along the direction overlap and
 * they lie close across it. */
static int side_by_side(const run *a, const run *b)
{
	int along_x = a->dir == PDF_DIR_EAST || a->dir == PDF_DIR_WEST;
	double a0 = along_x ? a->b.left : a->b.top, a1 = along_x ? a->b.right : a->b.bottom;
	double b0 = along_x ? b->b.left : b->b.top, b1 = along_x ? b->b.right : b->b.bottom;
	double gap = along_x ? fmax(a->b.top, b->b.top) - fmin(a->b.bottom, b->b.bottom)
			     : fmax(a->b.left, b->b.left) - fmin(a->b.right, b->b.right);
	return fmin(a1, b1) > fmax(a0, b0) &&
	       gap <= dirp->block_pitch * fmax(a->size, b->size);
}

/* The runs of glyphs (after the page is turned by main) advancing in a
 * direction other than east (dir: as found before the turn). step: the
 * steps between the glyphs as they are now, or NULL (worked out here). */
static run *odd_runs(const pdf_page *p, const signed char *dir, const signed char *step,
		     enum pdf_dir main, size_t *nr)
{
	run *r = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < p->ng;) {
		/* a run goes on while each step goes its way (the next line,
		 * the next cell, starts a run of its own) */
		int rel = dir[i] == PDF_DIR_NONE ? PDF_DIR_EAST : (dir[i] - (int)main + 4) % 4;
		size_t j = i + 1;
		while (j < p->ng && dir[j] == dir[i] &&
		       (step ? step[j - 1] : step_dir(&p->g[j - 1], &p->g[j])) == rel)
			j++;
		if (rel != PDF_DIR_EAST && j - i >= dirp->min_turn_run) {
			r = rw_xgrow(r, &cap, n + 1, sizeof *r);
			run *x = &r[n];
			*x = (run){i, j - i, rel, p->g[i].b, 0, n};
			for (size_t k = i; k < j; k++) {
				pdf_box_union(&x->b, &p->g[k].b);
				x->size = fmax(x->size, p->g[k].size);
			}
			n++;
		}
		i = j;
	}
	*nr = n;
	return r;
}

/* Turns the glyphs of one block (runs whose find_block is root) about
 * the centre of their box, and shrinks them (sizes too, so that word and
 * line gaps keep their proportions) to stay within that box: a column
 * head set on end, turned, stays in its cell. */
static void turn_block(pdf_page *p, run *r, size_t nr, size_t root)
{
	pdf_box b = r[root].b;
	for (size_t k = 0; k < nr; k++)
		if (find_block(r, k) == root)
			pdf_box_union(&b, &r[k].b);
	enum pdf_dir d = (enum pdf_dir)r[root].dir;
	double w = b.right - b.left, h = b.bottom - b.top;
	int quarter = d == PDF_DIR_SOUTH || d == PDF_DIR_NORTH;
	double tw = quarter ? h : w, th = quarter ? w : h;
	double scale = 1;
	if (tw > w && tw > 0)
		scale = w / tw;
	if (th * scale > h && th > 0)
		scale = h / th;
	double x0 = cx(&b) - tw * scale / 2, y0 = cy(&b) - th * scale / 2;
	for (size_t k = 0; k < nr; k++) {
		if (find_block(r, k) != root)
			continue;
		for (size_t i = r[k].first; i < r[k].first + r[k].n; i++) {
			pdf_box g = p->g[i].b;
			g = (pdf_box){g.top - b.top, g.left - b.left, g.bottom - b.top, g.right - b.left};
			g = pdf_box_turn(g, d, w, h);
			p->g[i].b = (pdf_box){g.top * scale + y0, g.left * scale + x0,
					      g.bottom * scale + y0, g.right * scale + x0};
			p->g[i].size = (float)(p->g[i].size * scale);
		}
	}
}

static void turn_odd_blocks(pdf_page *p, const signed char *dir, const signed char *step,
			    enum pdf_dir main)
{
	size_t nr;
	run *r = odd_runs(p, dir, step, main, &nr);
	for (size_t a = 0; a < nr; a++)
		for (size_t b = a + 1; b < nr; b++)
			if (r[a].dir == r[b].dir && side_by_side(&r[a], &r[b]))
				r[find_block(r, b)].block = find_block(r, a);
	for (size_t k = 0; k < nr; k++)
		if (find_block(r, k) == k)
			turn_block(p, r, nr, k);
	free(r);
}

void pdf_page_reading_frame(pdf_page *p, pdf_reading *r)
{
	if (p->ng) {
		signed char *dir = rw_xmalloc(p->ng), *step = rw_xmalloc(p->ng);
		glyph_steps(p, step);
		directions_from_steps(p->ng, step, dir);
		enum pdf_dir main = pdf_main_direction(p, dir);
		pdf_page_turn(p, main);
		/* the steps hold while the page is not turned (most pages);
		 * a turned page's are worked out again from the turned boxes */
		turn_odd_blocks(p, dir, main == PDF_DIR_EAST ? step : NULL, main);
		free(step);
		free(dir);
	}
	if (!r)
		return;
	pdf_gutter g[PDF_MAX_GUTTERS];
	size_t ng = pdf_find_gutters(p, r, g, PDF_MAX_GUTTERS);
	pdf_page_stack_columns(p, g, ng);
}
