/* vectors.c - rulings from a page's vector drawing (drawing.c records it).
 *
 * What a reader sees as lines between cells, from what the page draws:
 *  1. pieces: every level or plumb segment of a stroke, every filled
 *     rectangle thinner than max_thickness, along its length; a dot (a
 *     stroke shorter than it is wide, a small filled square) is a piece
 *     both ways. A filled frame (a rectangle around a slightly smaller
 *     one) is its four sides. A piece is kept where its colour stands out
 *     from what it is drawn over (a light line on a dark header fill is
 *     seen, a white one on white paper is not);
 *  2. colour edges: the filled rectangles thicker than that are the
 *     ground; where the colour seen on one side of a ground rectangle's
 *     side differs from the other (a dark header row over white ones,
 *     zebra rows), the side is a cell boundary. A fill bounds cells the
 *     way it runs: one wider than tall (a row's stripe, a header cell)
 *     by its top and bottom only, since a shading along a row ends where
 *     the shading ends, not where a column does (a zebra row beside a
 *     cell spanning two rows); one taller than wide (a column's shading,
 *     a bar down the page) by its four sides. White paper covering the
 *     page has no edge; the page's own border is none either;
 *  3. pieces and edges on one line (within same_line) that touch or
 *     leave gaps of at most join_gap (a dashed or dotted line) join up;
 *     lines shorter than min_length go; two parallel lines closer than
 *     max_thickness along the same stretch (the two edges of a bar, a
 *     double rule) are one at their middle; a line inside one glyph's
 *     box is a stroke of that glyph (a font drawn as paths).
 * The colour seen at a point is the topmost ground rectangle there, else
 * the paper's white (the painter's model of PDF). Splitting a line where
 * ground rectangles start and end makes each stretch of one colour on
 * either side. Work is bounded by params.work rectangle tests a page.
 */
#include "rwlib.h"
#include "pdf.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const pdf_vector_params pdf_vector_defaults = {
	/* a glyph's straight strokes at body sizes are shorter; a ruling
	 * across the narrowest cell is longer */
	.min_length = 7.0,
	/* rules are hairlines to 2pt; bars and cell fills are thicker */
	.max_thickness = 3.0,
	/* producers round coordinates to a hundredth of a point or so */
	.max_slant = 0.02,
	/* dashes and dots are set 1 to 3pt apart; columns of two tables
	 * side by side are further */
	.join_gap = 3.0,
	/* the two ends of a segment, or pieces drawn cell by cell */
	.same_line = 0.5,
	/* zebra stripes as light as 0.95 grey beside white still show */
	.min_contrast = 0.02,
	/* paint more transparent than this does not show */
	.min_alpha = 0.05,
	/* a table page tests a few thousand; a page of many thousands of
	 * coloured boxes is a chart, no table */
	.work = 5e7,
};

/* A colour as seen over white paper: id >= 0 for a gradient or a pattern
 * (shape id), which differs from every other colour. */
typedef struct colour {
	float r, g, b;
	long id;
} colour;

static const colour paper = {1, 1, 1, -1};

typedef struct ground {
	pdf_box b;
	colour c;
	size_t order; /* shape index: drawing order */
} ground;

/* A candidate line along one axis: at pos (y for a horizontal line),
 * from a to b. */
typedef struct piece {
	double pos, a, b;
} piece;

typedef struct line_set {
	piece *p;
	size_t n, cap;
} line_set;

typedef struct reader {
	const pdf_vector_params *k;
	pdf_box page;
	ground *gr;
	size_t ngr, capgr;
	pdf_box clip; /* the page, and the clip of the shape being read */
	line_set h, v;  /* horizontal, vertical */
	double work;  /* rectangle tests made */
	int full;
	size_t *near; /* ground near the line being split */
	size_t capnear;
} reader;

static colour shape_colour(const pdf_shape *s, size_t id)
{
	if (!s->solid)
		return (colour){0, 0, 0, (long)id};
	float a = s->a;
	return (colour){1 - a * (1 - s->r), 1 - a * (1 - s->g), 1 - a * (1 - s->b), -1};
}

static int differs(const pdf_vector_params *k, colour x, colour y)
{
	if (x.id >= 0 || y.id >= 0)
		return x.id != y.id;
	return fabs(x.r - y.r) >= k->min_contrast || fabs(x.g - y.g) >= k->min_contrast ||
	       fabs(x.b - y.b) >= k->min_contrast;
}

static void add_line(reader *rd, int vertical, double pos, double a, double b)
{
	line_set *l = vertical ? &rd->v : &rd->h;
	l->p = rw_xgrow(l->p, &l->cap, l->n + 1, sizeof *l->p);
	l->p[l->n++] = (piece){pos, fmin(a, b), fmax(a, b)};
}

static int inside(const pdf_box *b, double x, double y)
{
	return x >= b->left && x <= b->right && y >= b->top && y <= b->bottom;
}

/* The colour seen at (x, y) among the ground rectangles near[0..n-1]
 * drawn before `before`; outside the page: none (-2). */
static colour seen(reader *rd, size_t n, double x, double y, size_t before)
{
	if (!inside(&rd->page, x, y))
		return (colour){0, 0, 0, -2};
	for (size_t i = n; i-- > 0;) {
		const ground *g = &rd->gr[rd->near[i]];
		rd->work++;
		if (g->order < before && inside(&g->b, x, y))
			return g->c;
	}
	return paper;
}

/* What a stretch of a line is tested for: a piece of colour c drawn at
 * shape `before` standing out from what is under it, or (c NULL) the
 * colours either side of the line differing. */
typedef struct stretch_test {
	const colour *c;
	size_t before;
	double probe; /* how far either side the colours are looked at */
} stretch_test;

static int stands_out(reader *rd, size_t n, int vertical, double pos, double at,
		      const stretch_test *t)
{
	double x = vertical ? pos : at, y = vertical ? at : pos;
	if (t->c)
		return differs(rd->k, *t->c, seen(rd, n, x, y, t->before));
	double dx = vertical ? t->probe : 0, dy = vertical ? 0 : t->probe;
	colour one = seen(rd, n, x - dx, y - dy, SIZE_MAX);
	colour two = seen(rd, n, x + dx, y + dy, SIZE_MAX);
	return one.id != -2 && two.id != -2 && differs(rd->k, one, two);
}

/* Adds the stretches of the line at pos from a to b that pass the test,
 * the line split where ground rectangles near it start and end. */
static void add_stretches(reader *rd, int vertical, double pos, double a, double b,
			  const stretch_test *t)
{
	double reach = t->probe + rd->k->same_line;
	const pdf_box *c = &rd->clip;
	if (vertical ? pos < c->left || pos > c->right : pos < c->top || pos > c->bottom)
		return;
	a = fmax(a, vertical ? c->top : c->left);
	b = fmin(b, vertical ? c->bottom : c->right);
	if (!(a < b))
		return;
	rd->near = rw_xgrow(rd->near, &rd->capnear, rd->ngr + 1, sizeof *rd->near);
	size_t n = 0;
	for (size_t i = 0; i < rd->ngr; i++) {
		const pdf_box *g = &rd->gr[i].b;
		double lo = vertical ? g->left : g->top, hi = vertical ? g->right : g->bottom;
		double from = vertical ? g->top : g->left, to = vertical ? g->bottom : g->right;
		if (hi >= pos - reach && lo <= pos + reach && to >= a && from <= b)
			rd->near[n++] = i;
	}
	rd->work += (double)rd->ngr;
	double *cut = rw_xmalloc((2 * n + 2) * sizeof *cut);
	size_t nc = 0;
	cut[nc++] = a, cut[nc++] = b;
	for (size_t i = 0; i < n; i++) {
		const pdf_box *g = &rd->gr[rd->near[i]].b;
		double from = vertical ? g->top : g->left, to = vertical ? g->bottom : g->right;
		if (from > a && from < b)
			cut[nc++] = from;
		if (to > a && to < b)
			cut[nc++] = to;
	}
	qsort(cut, nc, sizeof *cut, pdf_by_value);
	for (size_t i = 0; i + 1 < nc; i++)
		if (cut[i + 1] > cut[i] && stands_out(rd, n, vertical, pos, (cut[i] + cut[i + 1]) / 2, t))
			add_line(rd, vertical, pos, cut[i], cut[i + 1]);
	free(cut);
}

/* A piece of shape `order` (colour c) at pos from a to b: kept where it
 * shows. */
static void add_piece(reader *rd, int vertical, double pos, double a, double b, colour c,
		      size_t order)
{
	stretch_test t = {&c, order, 0};
	add_stretches(rd, vertical, pos, fmin(a, b), fmax(a, b), &t);
}

static pdf_box box_meet(pdf_box a, const pdf_box *b)
{
	a.left = fmax(a.left, b->left), a.right = fmin(a.right, b->right);
	a.top = fmax(a.top, b->top), a.bottom = fmin(a.bottom, b->bottom);
	return a;
}

/* A box drawn in colour c, as far as the clip shows it: a line along
 * its longer side when thin, a dot (a piece both ways) when small and
 * about as wide as high (within DOT_ASPECT), else ground. */
#define DOT_ASPECT 2.0
static void add_box(reader *rd, pdf_box b, colour c, size_t order)
{
	b = box_meet(b, &rd->clip);
	double th = rd->k->max_thickness, w = b.right - b.left, h = b.bottom - b.top;
	if (!(w >= 0 && h >= 0))
		return;
	int dot = w <= th && h <= th && fmax(w, h) <= DOT_ASPECT * fmin(w, h);
	if (h <= th && (w > h || dot))
		add_piece(rd, 0, (b.top + b.bottom) / 2, b.left, b.right, c, order);
	if (w <= th && (h >= w || dot))
		add_piece(rd, 1, (b.left + b.right) / 2, b.top, b.bottom, c, order);
	if (h > th && w > th) {
		rd->gr = rw_xgrow(rd->gr, &rd->capgr, rd->ngr + 1, sizeof *rd->gr);
		rd->gr[rd->ngr++] = (ground){b, c, order};
	}
}

static int level(const pdf_vector_params *k, double along, double across)
{
	return fabs(across) <= k->max_slant * fabs(along);
}

/* A stroke's level and plumb segments, as the boxes they paint (a dot
 * for one shorter than the line is wide); slanted ones are no ruling. */
static void stroke_pieces(reader *rd, const pdf_shape *s, const pdf_vertex *v, colour c,
			  size_t order)
{
	const pdf_vector_params *k = rd->k;
	double w = s->width / 2;
	for (size_t i = 1; i < s->n; i++) {
		if (v[i].move)
			continue;
		const pdf_vertex *p = &v[i - 1], *q = &v[i];
		double dx = q->x - p->x, dy = q->y - p->y;
		double mx = (p->x + q->x) / 2, my = (p->y + q->y) / 2;
		double x0 = fmin(p->x, q->x), x1 = fmax(p->x, q->x);
		double y0 = fmin(p->y, q->y), y1 = fmax(p->y, q->y);
		if (hypot(dx, dy) < s->width)
			add_box(rd, (pdf_box){my - w, mx - w, my + w, mx + w}, c, order);
		else if (level(k, dx, dy))
			add_box(rd, (pdf_box){my - w, x0, my + w, x1}, c, order);
		else if (level(k, dy, dx))
			add_box(rd, (pdf_box){y0, mx - w, y1, mx + w}, c, order);
	}
}

/* The box of a subpath v[0..n-1] when it is an upright rectangle (four
 * corners, the first again or not at the end). */
static int rectangle(const pdf_vector_params *k, const pdf_vertex *v, size_t n, pdf_box *b)
{
	if (n == 5 && fabs(v[4].x - v[0].x) + fabs(v[4].y - v[0].y) <= k->same_line)
		n = 4;
	if (n != 4)
		return 0;
	*b = (pdf_box){INFINITY, INFINITY, -INFINITY, -INFINITY};
	for (size_t i = 0; i < 4; i++) {
		const pdf_vertex *p = &v[i], *q = &v[(i + 1) % 4];
		double dx = q->x - p->x, dy = q->y - p->y;
		if (!(fabs(dx) <= k->same_line || fabs(dy) <= k->same_line))
			return 0;
		b->left = fmin(b->left, p->x), b->right = fmax(b->right, p->x);
		b->top = fmin(b->top, p->y), b->bottom = fmax(b->bottom, p->y);
	}
	return 1;
}

/* A fill of two rectangles, one inside the other less than
 * max_thickness from it all round: a frame, whose sides are lines. */
static int frame(reader *rd, const pdf_box *o, const pdf_box *in, colour c, size_t order)
{
	double th = rd->k->max_thickness;
	double l = in->left - o->left, r = o->right - in->right;
	double t = in->top - o->top, b = o->bottom - in->bottom;
	if (!(l >= 0 && r >= 0 && t >= 0 && b >= 0 && l <= th && r <= th && t <= th && b <= th))
		return 0;
	add_box(rd, (pdf_box){o->top, o->left, in->top, o->right}, c, order);
	add_box(rd, (pdf_box){in->bottom, o->left, o->bottom, o->right}, c, order);
	add_box(rd, (pdf_box){o->top, o->left, o->bottom, in->left}, c, order);
	add_box(rd, (pdf_box){o->top, in->right, o->bottom, o->right}, c, order);
	return 1;
}

/* The box around a subpath. */
static pdf_box bounds(const pdf_vertex *v, size_t n)
{
	pdf_box b = {INFINITY, INFINITY, -INFINITY, -INFINITY};
	for (size_t i = 0; i < n; i++) {
		b.left = fmin(b.left, v[i].x), b.right = fmax(b.right, v[i].x);
		b.top = fmin(b.top, v[i].y), b.bottom = fmax(b.bottom, v[i].y);
	}
	return b;
}

/* A fill's subpaths (a lone move at the end draws nothing): each
 * thin one, whatever its shape (a border drawn with mitred corners is a
 * trapezoid), a line; each thick upright rectangle, ground. Two
 * rectangles, one just inside the other, are a frame. */
static void fill_pieces(reader *rd, const pdf_shape *s, const pdf_vertex *v, colour c,
			size_t order)
{
	double th = rd->k->max_thickness;
	pdf_box rect[2];
	size_t nrect = 0, nsub = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < s->n;) {
			size_t j = i + 1;
			while (j < s->n && !v[j].move)
				j++;
			pdf_box b = bounds(v + i, j - i), r;
			int thin = j - i >= 2 && fmin(b.right - b.left, b.bottom - b.top) <= th;
			int rect_ = rectangle(rd->k, v + i, j - i, &r);
			if (pass == 0) {
				nsub += j - i >= 2;
				if (rect_ && nrect < 2)
					rect[nrect] = r;
				nrect += rect_;
			} else if (thin || rect_) {
				add_box(rd, b, c, order);
			}
			i = j;
		}
		if (pass == 0 && nsub == 2 && nrect == 2 &&
		    (frame(rd, &rect[0], &rect[1], c, order) || frame(rd, &rect[1], &rect[0], c, order)))
			return;
	}
}

/* Step 2: the sides of the ground where colours meet; the sides of a
 * fill wider than tall only across it (step 2 above). */
static void colour_edges(reader *rd)
{
	stretch_test t = {NULL, SIZE_MAX, rd->k->max_thickness / 4};
	rd->clip = rd->page;
	for (size_t i = 0; i < rd->ngr && !rd->full; i++) {
		pdf_box b = rd->gr[i].b;
		add_stretches(rd, 0, b.top, b.left, b.right, &t);
		add_stretches(rd, 0, b.bottom, b.left, b.right, &t);
		if (b.bottom - b.top > b.right - b.left) {
			add_stretches(rd, 1, b.left, b.top, b.bottom, &t);
			add_stretches(rd, 1, b.right, b.top, b.bottom, &t);
		}
		rd->full = rd->work > rd->k->work;
	}
}

static int piece_cmp(const void *x, const void *y)
{
	const piece *p = x, *q = y;
	return (p->pos > q->pos) - (p->pos < q->pos);
}

static int piece_along(const void *x, const void *y)
{
	const piece *p = x, *q = y;
	return (p->a > q->a) - (p->a < q->a);
}

/* Step 3: pieces on one line (positions within same_line of the line's
 * first) that touch or nearly do join up, at the mean of their
 * positions weighed by length; short lines go. */
static void join(const pdf_vector_params *k, line_set *l)
{
	if (!l->n)
		return;
	qsort(l->p, l->n, sizeof *l->p, piece_cmp);
	size_t m = 0;
	for (size_t i = 0, j; i < l->n; i = j) {
		for (j = i; j < l->n && l->p[j].pos - l->p[i].pos <= k->same_line; j++)
			;
		qsort(l->p + i, j - i, sizeof *l->p, piece_along);
		for (size_t t = i; t < j;) {
			piece run = l->p[t];
			double weight = 0, sum = 0;
			for (; t < j && l->p[t].a <= run.b + k->join_gap; t++) {
				double len = l->p[t].b - l->p[t].a + 1e-9;
				weight += len, sum += len * l->p[t].pos;
				run.b = fmax(run.b, l->p[t].b);
			}
			run.pos = sum / weight;
			if (run.b - run.a >= k->min_length)
				l->p[m++] = run; /* m <= t: the pieces read are behind */
		}
	}
	l->n = m;
}

/* Parallel lines closer than max_thickness that overlap along most of
 * the shorter one: the two edges of a bar or a double rule, one line at
 * their middle. "Most" is this share of the shorter one's length: the
 * two edges of one bar run the same length, while a rule that meets
 * another at a corner overlaps it only by the other's thickness. */
#define EDGES_OVERLAP_SHARE 0.8
static void merge_close(const pdf_vector_params *k, line_set *l)
{
	for (size_t i = 0; i < l->n; i++) {
		for (size_t j = i + 1; j < l->n && l->p[j].pos - l->p[i].pos <= k->max_thickness; j++) {
			piece *a = &l->p[i], *b = &l->p[j];
			double ov = fmin(a->b, b->b) - fmax(a->a, b->a);
			if (ov < EDGES_OVERLAP_SHARE * fmin(a->b - a->a, b->b - b->a))
				continue;
			*a = (piece){(a->pos + b->pos) / 2, fmin(a->a, b->a), fmax(a->b, b->b)};
			memmove(b, b + 1, (l->n - j - 1) * sizeof *b);
			l->n--;
			j = i; /* look again with the merged extent */
		}
	}
}

/* A line lying inside one glyph's box (grown by a point): a stroke of a
 * glyph drawn as paths. Only lines no longer than the biggest glyph can. */
static int in_a_glyph(const pdf_page *p, const pdf_box *d, double biggest)
{
	if (d->right - d->left > biggest || d->bottom - d->top > biggest)
		return 0;
	for (size_t i = 0; i < p->ng; i++) {
		const pdf_box *b = &p->g[i].b;
		if (d->left >= b->left - 1 && d->right <= b->right + 1 && d->top >= b->top - 1 &&
		    d->bottom <= b->bottom + 1)
			return 1;
	}
	return 0;
}

/* The longest side of the page's glyph boxes, and 2 points more. */
static double biggest_glyph(const pdf_page *p)
{
	double biggest = 0;
	for (size_t i = 0; i < p->ng; i++)
		biggest = pdf_max(biggest, pdf_max(p->g[i].b.right - p->g[i].b.left,
						   p->g[i].b.bottom - p->g[i].b.top) + 2);
	return biggest;
}

static void add_rulings(pdf_page *p, const line_set *l, int vertical, double biggest)
{
	for (size_t i = 0; i < l->n; i++) {
		const piece *q = &l->p[i];
		pdf_box d = vertical ? (pdf_box){q->a, q->pos, q->b, q->pos}
				     : (pdf_box){q->pos, q->a, q->pos, q->b};
		if (!in_a_glyph(p, &d, biggest))
			pdf_page_add_ruling(p, d.left, d.top, d.right, d.bottom);
	}
}

int pdf_page_vector_rulings(pdf_page *p, const pdf_drawing *d, const pdf_vector_params *k)
{
	reader rd = {.k = k, .page = {0, 0, p->height, p->width}};
	p->have_rulings = 1;
	for (size_t i = 0; i < d->ns && !rd.full; i++) {
		const pdf_shape *s = &d->s[i];
		colour c = shape_colour(s, i);
		if (s->solid && s->a < k->min_alpha)
			continue;
		rd.clip = box_meet(s->clip, &rd.page);
		if (s->paint == PDF_PAINT_FILL)
			fill_pieces(&rd, s, d->v + s->first, c, i);
		else
			stroke_pieces(&rd, s, d->v + s->first, c, i);
		rd.full = rd.work > k->work;
	}
	colour_edges(&rd);
	double biggest = biggest_glyph(p);
	for (int vertical = 0; vertical < 2; vertical++) {
		line_set *l = vertical ? &rd.v : &rd.h;
		join(k, l);
		merge_close(k, l);
		add_rulings(p, l, vertical, biggest);
	}
	free(rd.near);
	free(rd.gr);
	free(rd.h.p);
	free(rd.v.p);
	return rd.full || d->full ? -1 : 0;
}
