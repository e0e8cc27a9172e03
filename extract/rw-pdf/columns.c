/* columns.c - columns of running text, read one after the other.
 *
 * A page set in two columns (a Board resolution, a sidebar beside the
 * text) has a gutter: a river of white running down through many lines,
 * with prose on both sides. The method is a whitespace-river search in
 * the spirit of Breuel's whitespace cover, kept to what prose columns
 * need: the page's lines (layout.c) are walked from the top; a run of
 * consecutive lines whose chunks all keep out of one band of white
 * (each line's text on one side of it, one chunk a side) is a river;
 * when it runs through enough lines with prose on both sides it is a
 * gutter. A table has rivers too, but its rows break into more than one
 * chunk a side or hold a few words a cell, and a ruling crosses or runs
 * down its gutters: such rivers are no gutter.
 *
 * Once found, the column right of a gutter is moved under the one left
 * of it (what lies below the columns moves down with it, and the page
 * grows), so that the rest of rw-pdf, reading top to bottom, reads one
 * column after the other: a paragraph going on from the foot of the
 * left column to the top of the right one is one paragraph.
 */
#include "recwatch.h"
#include "reading.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A gutter is at least this many font sizes wide: wider than a word
 * space stretched by justification. */
#define GUTTER_MIN_EM 1.2
/* A gutter runs beside at least this many lines of text on each side:
 * a river through fewer lines is chance (or a short table). */
#define GUTTER_MIN_LINES 6
/* Prose: at least this share of a side's lines hold at least
 * PROSE_WORDS words (the last line of a paragraph may hold one). */
#define PROSE_SHARE 0.6
#define PROSE_WORDS 4
/* Running heads and feet stand apart from the body by more white than
 * this many font sizes (more than a paragraph's space). */
#define FURNITURE_GAP_EM 1.5
/* Where an earlier page of the document had a gutter, a river through
 * fewer lines will do: the last lines of a section balanced over two
 * columns, with some prose on each side. */
#define KNOWN_MIN_LINES 1
/* The white set between the two columns once stacked, in font sizes:
 * less than emit.c's paragraph break (half a size) within a sentence,
 * more after a sentence's end. */
#define LINE_SPACE_EM 0.2
#define PARAGRAPH_SPACE_EM 1.0

/* One line seen from a river: its text left and right of the band. */
typedef struct side {
	int has;     /* the line has text on this side */
	int chunks;  /* how many chunks */
	size_t words;
	double left;
} side;

typedef struct river {
	double x0, x1;   /* the white band so far */
	size_t first, n; /* lines */
	size_t nl, nr;   /* lines with text left, right */
	size_t pl, pr;   /* of those, prose lines */
	double col_left, col_right; /* left edges of the two columns */
} river;

static double line_size(const pdf_line *l) { return l->size > 1 ? l->size : 1; }

/* The chunks of l as boxes; returns how many. */
static size_t chunk_boxes(const pdf_line *l, pdf_box *cb, size_t *words)
{
	size_t *st = rw_xmalloc((l->nw ? l->nw : 1) * sizeof *st);
	size_t n = pdf_line_chunks(l, st);
	for (size_t c = 0; c < n; c++) {
		size_t end = c + 1 < n ? st[c + 1] : l->nw;
		cb[c] = l->w[st[c]].b;
		for (size_t k = st[c] + 1; k < end; k++)
			pdf_box_union(&cb[c], &l->w[k].b);
		words[c] = end - st[c];
	}
	free(st);
	return n;
}

/* Splits a line's chunks between the two sides of band [*x0, *x1] (by
 * their centres) and narrows the band to the white the line leaves. */
static void split_sides(const pdf_box *cb, const size_t *words, size_t n, double *x0,
			double *x1, side *left, side *right)
{
	memset(left, 0, sizeof *left);
	memset(right, 0, sizeof *right);
	double mid = (*x0 + *x1) / 2, a = *x0, b = *x1;
	for (size_t c = 0; c < n; c++) {
		side *s = (cb[c].left + cb[c].right) / 2 < mid ? left : right;
		if (s == left)
			a = fmax(a, cb[c].right);
		else
			b = fmin(b, cb[c].left);
		s->left = s->has ? fmin(s->left, cb[c].left) : cb[c].left;
		s->has = 1;
		s->chunks++;
		s->words += words[c];
	}
	*x0 = a, *x1 = b;
}

static void count_side(river *r, const side *l, const side *rt)
{
	if (l->has) {
		r->col_left = r->nl ? fmin(r->col_left, l->left) : l->left;
		r->nl++;
		r->pl += l->words >= PROSE_WORDS;
	}
	if (rt->has) {
		r->col_right = r->nr ? fmin(r->col_right, rt->left) : rt->left;
		r->nr++;
		r->pr += rt->words >= PROSE_WORDS;
	}
}

/* The river lies where an earlier page had a gutter. */
static int is_known(const pdf_reading *rd, const river *r)
{
	for (size_t i = 0; rd && i < rd->nknown; i++)
		if (rd->known[i].x0 < r->x1 && rd->known[i].x1 > r->x0)
			return 1;
	return 0;
}

static int is_gutter(const pdf_reading *rd, const river *r)
{
	if (is_known(rd, r))
		return r->nl >= KNOWN_MIN_LINES && r->nr >= KNOWN_MIN_LINES && r->pl && r->pr;
	return r->nl >= GUTTER_MIN_LINES && r->nr >= GUTTER_MIN_LINES &&
	       r->pl >= PROSE_SHARE * r->nl && r->pr >= PROSE_SHARE * r->nr;
}

static void remember(pdf_reading *rd, const pdf_gutter *g)
{
	if (!rd)
		return;
	for (size_t i = 0; i < rd->nknown; i++)
		if (rd->known[i].x0 < g->x1 && rd->known[i].x1 > g->x0)
			return;
	if (rd->nknown < PDF_MAX_GUTTERS)
		rd->known[rd->nknown++] = *g;
}

/* A ruling crosses the band, or runs down it, beside the river's lines. */
static int ruled(const pdf_page *p, double x0, double x1, double top, double bottom)
{
	for (size_t i = 0; i < p->nr; i++) {
		const pdf_ruling *r = &p->r[i];
		if (r->y1 < top || r->y0 > bottom)
			continue;
		if (r->x0 < x1 && r->x1 > x0)
			return 1;
	}
	return 0;
}

/* A running head or foot ("Page 3" beside a title) is none of a column:
 * a line in the top or bottom band of the page set apart from the body
 * by white. The columns' own lines may reach into those bands. */
static int detached(const pdf_page *p, const pdf_line *l, size_t nl, size_t k)
{
	double size = line_size(&l[k]);
	if (l[k].b.bottom <= p->height * PDF_MARGIN_SHARE)
		return k + 1 >= nl || l[k + 1].b.top - l[k].b.bottom > FURNITURE_GAP_EM * size;
	if (l[k].b.top >= p->height * (1 - PDF_MARGIN_SHARE))
		return k == 0 || l[k].b.top - l[k - 1].b.bottom > FURNITURE_GAP_EM * size;
	return 0;
}

/* Follows the river that starts at line i with the gap [x0, x1] down the
 * page; returns it. */
static river follow(const pdf_page *p, const pdf_line *l, size_t nl, size_t i, double x0,
		    double x1)
{
	river r = {x0, x1, i, 0, 0, 0, 0, 0, 0, 0};
	pdf_box *cb = rw_xmalloc((l[i].nw + 1) * sizeof *cb);
	size_t *words = rw_xmalloc((l[i].nw + 1) * sizeof *words), cap = l[i].nw + 1;
	for (size_t k = i; k < nl; k++) {
		if (l[k].nw + 1 > cap) {
			cap = l[k].nw + 1;
			cb = rw_xrealloc(cb, cap * sizeof *cb);
			words = rw_xrealloc(words, cap * sizeof *words);
		}
		size_t n = chunk_boxes(&l[k], cb, words);
		side a, b;
		double lo = r.x0, hi = r.x1;
		split_sides(cb, words, n, &lo, &hi, &a, &b);
		if (a.chunks > 1 || b.chunks > 1 || hi - lo < GUTTER_MIN_EM * line_size(&l[k]))
			break;
		if (detached(p, l, nl, k))
			break;
		r.x0 = lo, r.x1 = hi;
		count_side(&r, &a, &b);
		r.n++;
	}
	free(cb);
	free(words);
	return r;
}

size_t pdf_find_gutters(const pdf_page *p, pdf_reading *rd, pdf_gutter *out, size_t max)
{
	size_t nl, n = 0;
	pdf_line *l = pdf_lines_build(p->g, p->ng, &nl);
	pdf_box cb[2];
	for (size_t i = 0; i < nl && n < max;) {
		/* a river starts at a line of two chunks */
		size_t *st = rw_xmalloc((l[i].nw ? l[i].nw : 1) * sizeof *st);
		size_t nc = pdf_line_chunks(&l[i], st);
		free(st);
		river best = {0};
		if (nc == 2) {
			size_t words[2];
			chunk_boxes(&l[i], cb, words);
			double gap = cb[1].left - cb[0].right;
			if (gap >= GUTTER_MIN_EM * line_size(&l[i]))
				best = follow(p, l, nl, i, cb[0].right, cb[1].left);
		}
		if (best.n && is_gutter(rd, &best) &&
		    !ruled(p, best.x0, best.x1, l[i].b.top, l[i + best.n - 1].b.bottom)) {
			out[n] = (pdf_gutter){best.x0, best.x1, l[i].b.top,
					      l[i + best.n - 1].b.bottom};
			remember(rd, &out[n++]);
			i += best.n;
		} else {
			i++;
		}
	}
	pdf_lines_free(l, nl);
	return n;
}

/* ---- stacking --------------------------------------------------------- */

static void move_box(pdf_box *b, double dx, double dy)
{
	b->left += dx, b->right += dx, b->top += dy, b->bottom += dy;
}

/* The left edge of the text on either side of gutter g. */
static void column_lefts(const pdf_page *p, const pdf_gutter *g, double *left, double *right)
{
	*left = g->x0, *right = p->width;
	for (size_t i = 0; i < p->ng; i++) {
		const pdf_box *b = &p->g[i].b;
		double y = (b->top + b->bottom) / 2;
		if (y < g->top || y > g->bottom)
			continue;
		if (b->right <= g->x0)
			*left = fmin(*left, b->left);
		else if (b->left >= g->x1)
			*right = fmin(*right, b->left);
	}
}

/* Moves the column right of g under the one left of it. */
static void stack_one(pdf_page *p, const pdf_gutter *g)
{
	double left, right;
	column_lefts(p, g, &left, &right);
	double dx = left - right;
	/* the right column starts just under the left one: a paragraph going
	 * on across the gutter stays one, unless the left column's last line
	 * ends a sentence (then a paragraph's space) */
	const pdf_glyph *last = NULL;
	for (size_t i = 0; i < p->ng; i++) {
		const pdf_glyph *c = &p->g[i];
		double y = (c->b.top + c->b.bottom) / 2;
		if (y < g->top || y > g->bottom || c->b.right > g->x0)
			continue;
		if (!last || c->b.top > last->b.bottom ||
		    (c->b.bottom > last->b.top && c->b.right > last->b.right))
			last = c;
	}
	double size = last ? fmax(last->size, 1) : 1;
	int ends = last && strchr(".:!?", last->u[0]) && last->u[1] == 0;
	double dy = g->bottom - g->top + (ends ? PARAGRAPH_SPACE_EM : LINE_SPACE_EM) * size;
	for (size_t i = 0; i < p->ng; i++) {
		pdf_box *b = &p->g[i].b;
		double y = (b->top + b->bottom) / 2;
		if (y > g->bottom)
			move_box(b, 0, dy);
		else if (y >= g->top && b->left >= g->x1)
			move_box(b, dx, dy);
	}
	for (size_t i = 0; i < p->nr; i++) {
		pdf_ruling *r = &p->r[i];
		double x = 0, y = 0;
		if (r->y0 > g->bottom)
			y = dy;
		else if (r->y0 >= g->top && r->y1 <= g->bottom && r->x0 >= g->x1)
			x = dx, y = dy;
		r->x0 += x, r->x1 += x, r->y0 += y, r->y1 += y;
	}
	p->height += dy;
}

void pdf_page_stack_columns(pdf_page *p, const pdf_gutter *g, size_t n)
{
	/* from the bottom up: moving what lies below a gutter leaves the
	 * gutters above it where they were found */
	for (size_t k = n; k > 0; k--)
		stack_one(p, &g[k - 1]);
}
