/* lattice.c - tables from ruling lines.
 *
 *  1. Rulings are sorted into horizontal and vertical ones and collinear
 *     pieces that touch are merged (producers often draw a grid line cell
 *     by cell).
 *  2. Rulings that cross or touch (within TOL) form connected groups; a
 *     group with at least two lines each way is a table.
 *  3. The table's distinct line positions make a grid of slots. Two
 *     neighbouring slots belong to one cell when no ruling separates them
 *     (a spanning cell); the cell's text goes in its top-left slot, and
 *     each slot it covers notes how far back that is (span_from): the
 *     emitter writes a copy there marked `span`, as rw-html expands a
 *     rowspan, so a Board action set once for three rows is each row's.
 *  4. Each glyph goes to the slot holding its centre; a cell's glyphs are
 *     laid out into lines (layout.c) and the lines joined by spaces.
 * Each table's area and cells are noted on the page's debug picture.
 */
#include "rwlib.h"
#include "pdf.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define TOL 2.0     /* points: lines this close meet */
#define OPEN_END 6.0 /* points: column lines running this far past the
			last line across are a table cut by a page break */
/* A column line parts the text of more than this share of the grid's
 * rows. The edge of one spanning cell's shading (an id over two zebra
 * rows) parts one or two; with no inner line more than that, the grid is
 * ruled by rows only and its columns are the text's to show. */
#define COLUMN_ROW_SHARE 0.5
/* Positions closer than this are one grid line. Like the snapping of
 * other lattice readers, it follows the narrowest character of the page:
 * a gap narrower than any character cannot hold a column. */
static double same = 1.0;

typedef struct rul {
	double pos, a, b; /* y (or x) of the line; extent along it */
} rul;

static int rul_cmp(const void *x, const void *y)
{
	const rul *p = x, *q = y;
	if (fabs(p->pos - q->pos) > 0.01)
		return p->pos < q->pos ? -1 : 1;
	return (p->a > q->a) - (p->a < q->a);
}

/* Sorts and merges collinear touching pieces; returns the new count. */
static size_t merge_rulings(rul *r, size_t n)
{
	qsort(r, n, sizeof *r, rul_cmp);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		int merged = 0;
		for (size_t k = m; k > 0 && r[i].pos - r[k - 1].pos <= same; k--) {
			rul *o = &r[k - 1];
			if (r[i].a <= o->b + TOL && r[i].b >= o->a - TOL) {
				o->a = fmin(o->a, r[i].a);
				o->b = fmax(o->b, r[i].b);
				merged = 1;
				break;
			}
		}
		if (!merged)
			r[m++] = r[i];
	}
	return m;
}

static int crosses(const rul *h, const rul *v)
{
	return v->pos >= h->a - TOL && v->pos <= h->b + TOL && h->pos >= v->a - TOL &&
	       h->pos <= v->b + TOL;
}

static size_t uf_find(size_t *up, size_t i)
{
	while (up[i] != i)
		i = up[i] = up[up[i]];
	return i;
}

static void uf_join(size_t *up, size_t a, size_t b)
{
	a = uf_find(up, a), b = uf_find(up, b);
	if (a != b)
		up[b] = a;
}

/* Distinct positions (merged within `same`) of the given lines. */
static size_t grid_lines(const rul *r, const size_t *pick, size_t n, double *out)
{
	for (size_t i = 0; i < n; i++)
		out[i] = r[pick[i]].pos;
	qsort(out, n, sizeof *out, pdf_by_value);
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (m == 0 || out[i] - out[m - 1] > same)
			out[m++] = out[i];
	return m;
}

/* A table cut by a page break (a browser splits a long row over two
 * pages) has column lines running past its last horizontal line, or
 * before its first, with no line across their ends: the ends close the
 * table there. ys[] (*ny sorted positions) gets room for two more. The
 * same holds across (build_table): a table drawn without lines down its
 * sides, or wider than the page (a browser lays it out past the right
 * edge, which cuts its row lines), has row lines running past its first
 * or last column line, and their ends close its outer columns. */
static void close_open_ends(const rul *v, const size_t *vp, size_t nv, double *ys, size_t *ny)
{
	double lo = INFINITY, hi = -INFINITY;
	for (size_t j = 0; j < nv; j++) {
		lo = fmin(lo, v[vp[j]].a);
		hi = fmax(hi, v[vp[j]].b);
	}
	size_t at_lo = 0, at_hi = 0;
	for (size_t j = 0; j < nv; j++) {
		at_lo += v[vp[j]].a <= lo + TOL;
		at_hi += v[vp[j]].b >= hi - TOL;
	}
	if (at_hi >= 2 && hi > ys[*ny - 1] + OPEN_END)
		ys[(*ny)++] = hi;
	if (at_lo >= 2 && lo < ys[0] - OPEN_END) {
		memmove(ys + 1, ys, *ny * sizeof *ys);
		ys[0] = lo;
		(*ny)++;
	}
}

/* True when one of the lines covers pos from a to b. */
static int covered(const rul *r, const size_t *pick, size_t n, double pos, double a, double b)
{
	/* a thick crossing line hides the ends of the line under it */
	double tol = fmax(TOL, fmin(6, 0.3 * (b - a)));
	for (size_t i = 0; i < n; i++) {
		const rul *q = &r[pick[i]];
		if (fabs(q->pos - pos) <= same + 0.5 && q->a <= a + tol && q->b >= b - tol)
			return 1;
	}
	return 0;
}

/* The i with lines[i] <= v < lines[i + 1] (lines ascending), or -1: a
 * binary search, not a walk down every row for every glyph. */
static int find_slot(const double *lines, size_t n, double v)
{
	if (n < 2 || !(v >= lines[0] && v < lines[n - 1]))
		return -1;
	size_t lo = 0, hi = n - 1; /* lines[lo] <= v < lines[hi] */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (v >= lines[mid])
			lo = mid;
		else
			hi = mid;
	}
	return (int)lo;
}

/* A grid ruled by rows only (zebra fills, rules across): no inner
 * vertical line runs through more than COLUMN_ROW_SHARE of its rows.
 * Its inner lines go, leaving the frame: one column, which auto mode
 * leaves to the text's columns, the rows ruled as the rules say. */
static void drop_short_columns(const rul *v, const size_t *vp, size_t nv, const double *ys,
			       size_t ny, double *xs, size_t *nx)
{
	size_t rows = ny - 1;
	for (size_t c = 1; c + 1 < *nx; c++) {
		size_t parted = 0;
		for (size_t r = 0; r < rows; r++)
			parted += (size_t)covered(v, vp, nv, xs[c], ys[r], ys[r + 1]);
		if ((double)parted > COLUMN_ROW_SHARE * (double)rows)
			return;
	}
	xs[1] = xs[*nx - 1];
	*nx = 2;
}

typedef struct grid {
	double *ys, *xs;
	size_t ny, nx;
	int *owner; /* slot -> slot index of its cell's top-left */
} grid;

typedef struct glyph_at {
	double top;
	size_t i;
} glyph_at;

static int glyph_by_top(const void *a, const void *b)
{
	const glyph_at *x = a, *y = b;
	if (x->top != y->top)
		return x->top < y->top ? -1 : 1;
	return (x->i > y->i) - (x->i < y->i);
}

/* The glyphs (by index, in top order) whose centre is under the table's
 * last line, between its frame's sides; their count. */
static size_t glyphs_below(const pdf_table *t, const pdf_page *p, size_t *below)
{
	glyph_at *g = rw_xmalloc((p->ng ? p->ng : 1) * sizeof *g);
	size_t n = 0;
	for (size_t i = 0; i < p->ng; i++) {
		const pdf_box *b = &p->g[i].b;
		double cx = (b->left + b->right) / 2, cy = (b->top + b->bottom) / 2;
		if (cy >= t->b.bottom && cx >= t->b.left && cx < t->b.right)
			g[n++] = (glyph_at){b->top, i};
	}
	if (n)
		qsort(g, n, sizeof *g, glyph_by_top);
	for (size_t k = 0; k < n; k++)
		below[k] = g[k].i;
	free(g);
	return n;
}

/* The lines under the table that run on from a cell whose foot is open
 * (mark_open_foot: the page break cut it, and a browser draws its text
 * on past the line closing the page's piece): from the top, each glyph
 * in an open column whose top is at most RUN_ON_LEADING of its height
 * under the text above it in that column, the cell's or one taken
 * before. They are the cell's, and the table reaches down over them:
 * a glyph in a closed column, or one that does not follow, ends the
 * run, which must be all the text right under the table (no glyph left
 * on a line of it). cell[]: each glyph's cell (SIZE_MAX: none), set for
 * those taken. */
#define RUN_ON_LEADING 0.5
static void take_run_on(pdf_table *t, const grid *gr, const pdf_page *p, size_t *cell)
{
	int R = t->rows, C = t->cols, open = 0;
	for (int c = 0; c < C; c++)
		open |= t->open_foot[c];
	if (!open)
		return; /* most tables: nothing runs on */
	double *reach = rw_xmalloc((size_t)C * sizeof *reach);
	for (int c = 0; c < C; c++) {
		reach[c] = NAN; /* the bottom of the open cell's text */
		size_t own = (size_t)gr->owner[(size_t)(R - 1) * C + c];
		for (size_t i = 0; i < p->ng && t->open_foot[c]; i++)
			if (cell[i] == own)
				reach[c] = isnan(reach[c]) ? p->g[i].b.bottom : fmax(reach[c], p->g[i].b.bottom);
	}
	size_t *below = rw_xmalloc((p->ng ? p->ng : 1) * sizeof *below);
	size_t n = glyphs_below(t, p, below), taken = 0;
	double bottom = t->b.bottom;
	for (; taken < n; taken++) {
		const pdf_glyph *g = &p->g[below[taken]];
		int c = find_slot(gr->xs, gr->nx, (g->b.left + g->b.right) / 2);
		if (c < 0 || isnan(reach[c]) || g->b.top > reach[c] + RUN_ON_LEADING * (g->b.bottom - g->b.top))
			break;
		reach[c] = fmax(reach[c], g->b.bottom);
		bottom = fmax(bottom, (g->b.top + g->b.bottom) / 2);
	}
	/* a glyph left on a line of the run: the run is not all the text
	 * right under the table, and the table cannot reach over it */
	for (size_t k = taken; k < n && taken; k++)
		if ((p->g[below[k]].b.top + p->g[below[k]].b.bottom) / 2 <= bottom)
			taken = 0;
	for (size_t k = 0; k < taken; k++) {
		const pdf_glyph *g = &p->g[below[k]];
		int c = find_slot(gr->xs, gr->nx, (g->b.left + g->b.right) / 2);
		cell[below[k]] = (size_t)gr->owner[(size_t)(R - 1) * C + c];
	}
	if (taken)
		t->b.bottom = bottom;
	free(below);
	free(reach);
}

static void fill_text(pdf_table *t, const grid *gr, const pdf_page *p, const char *sep)
{
	int R = t->rows, C = t->cols;
	size_t nslots = (size_t)R * C;
	/* each glyph's cell, then the glyphs cell by cell in one array (a
	 * counting sort: each cell keeps its glyphs in the page's order) */
	size_t *cell = rw_xmalloc((p->ng ? p->ng : 1) * sizeof *cell);
	size_t *start = rw_xcalloc(nslots + 1, sizeof *start);
	for (size_t i = 0; i < p->ng; i++) {
		const pdf_glyph *g = &p->g[i];
		double cx = (g->b.left + g->b.right) / 2, cy = (g->b.top + g->b.bottom) / 2;
		int r = find_slot(gr->ys, gr->ny, cy), c = find_slot(gr->xs, gr->nx, cx);
		cell[i] = r < 0 || c < 0 ? SIZE_MAX : (size_t)gr->owner[(size_t)r * C + c];
	}
	take_run_on(t, gr, p, cell);
	for (size_t i = 0; i < p->ng; i++)
		if (cell[i] != SIZE_MAX)
			start[cell[i] + 1]++;
	for (size_t k = 0; k < nslots; k++)
		start[k + 1] += start[k];
	pdf_glyph *cg = rw_xmalloc((start[nslots] ? start[nslots] : 1) * sizeof *cg);
	size_t *at = rw_xmalloc(nslots * sizeof *at);
	memcpy(at, start, nslots * sizeof *at);
	for (size_t i = 0; i < p->ng; i++)
		if (cell[i] != SIZE_MAX)
			cg[at[cell[i]]++] = p->g[i];
	for (size_t k = 0; k < nslots; k++) {
		if (start[k + 1] == start[k])
			continue;
		size_t nl;
		pdf_line *l = pdf_lines_build(cg + start[k], start[k + 1] - start[k], &nl);
		for (size_t i = 0; i < nl; i++) {
			char *s = i ? pdf_wrapped_mark(&l[i], &l[i - 1]) : NULL;
			if (!s)
				s = pdf_line_text(&l[i]);
			pdf_table_append(t, (int)(k / C), (int)(k % C), s, &l[i].b, sep, l[i].bold);
			free(s);
		}
		pdf_lines_free(l, nl);
	}
	free(cg);
	free(at);
	free(start);
	free(cell);
}

/* The columns the table's last line leaves open, when it is drawn under
 * some: a browser leaves the foot of a cell spanning rows open where the
 * page break cuts it. (A foot drawn under none is a row the break cut,
 * or no line at all: continued.c reads such rows by their text.) */
static void mark_open_foot(pdf_table *t, const grid *gr, const rul *h, const size_t *hp, size_t nh)
{
	int drawn = 0;
	for (int c = 0; c < t->cols; c++) {
		t->open_foot[c] = !covered(h, hp, nh, gr->ys[gr->ny - 1], gr->xs[c], gr->xs[c + 1]);
		drawn |= !t->open_foot[c];
	}
	if (!drawn)
		memset(t->open_foot, 0, (size_t)t->cols);
}

/* Rows a band holds before its text may part it, and the share of the
 * grid's height it takes (unruled_row_cuts). */
#define MIN_UNRULED_ROWS 3
#define UNRULED_BODY_SHARE 0.5

/* The rows of band r of the grid (between its lines r and r + 1) as its
 * text shows them, read as a table without rulings between the grid's
 * columns (stream.c, cellrows.c), when its first column holds text on
 * MIN_UNRULED_ROWS lines at least (else 1); the heights between them,
 * the middle of the white between one row's last line and the next
 * one's first, go into *cut (grown). */
static int band_text_rows(const pdf_page *p, const grid *gr, int r, double **cut, size_t *ncut,
			  size_t *cap)
{
	double top = gr->ys[r], bottom = gr->ys[r + 1], left = gr->xs[0], right = gr->xs[gr->nx - 1];
	pdf_glyph *g = rw_xmalloc((p->ng ? p->ng : 1) * sizeof *g);
	size_t n = 0, nl;
	for (size_t i = 0; i < p->ng; i++) {
		double cx = (p->g[i].b.left + p->g[i].b.right) / 2, cy = (p->g[i].b.top + p->g[i].b.bottom) / 2;
		if (cy > top && cy < bottom && cx > left && cx < right)
			g[n++] = p->g[i];
	}
	pdf_line *l = pdf_lines_build(g, n, &nl);
	free(g);
	/* lines with text in the first column: a row's id each, or the
	 * lines of one wrapped id */
	size_t firsts = 0;
	for (size_t i = 0; i < nl; i++)
		for (size_t k = 0; k < l[i].nw; k++)
			if ((l[i].w[k].b.left + l[i].w[k].b.right) / 2 < gr->xs[1]) {
				firsts++;
				break;
			}
	int rows = 1;
	if (firsts >= MIN_UNRULED_ROWS) {
		pdf_table t;
		pdf_stream_rows(l, nl, gr->xs + 1, gr->nx - 2, &t);
		rows = t.rows > 1 ? t.rows : 1;
		for (int k = 0; k + 1 < t.rows; k++) {
			double end = -HUGE_VAL, next = HUGE_VAL;
			for (int c = 0; c < t.cols; c++) {
				size_t a = (size_t)k * t.cols + c, b = a + t.cols;
				if (*t.cell[a])
					end = fmax(end, t.cb[a].bottom);
				if (*t.cell[b])
					next = fmin(next, t.cb[b].top);
			}
			if (end < next && isfinite(end) && isfinite(next)) {
				*cut = rw_xgrow(*cut, cap, *ncut + 1, sizeof **cut);
				(*cut)[(*ncut)++] = (end + next) / 2;
			}
		}
		pdf_table_clear(&t);
	}
	pdf_lines_free(l, nl);
	return rows;
}

/* Where rows the rulings leave unparted start: a grid ruled by columns
 * and not by rows (a rule under the header, another at the foot, none
 * between the rows of the body) holds rows of text between two lines
 * across: the body, one band taking half the grid's height or more
 * (UNRULED_BODY_SHARE). Such a band whose first column holds text on
 * MIN_UNRULED_ROWS lines and whose text shows as many rows or more is
 * cut where its text parts them; a band of a fully ruled grid holds one
 * row, whatever its cells hold (a wrapped first cell, a cell set in the
 * middle of a tall row), and is one of many. The first band of several, a header's over the rule
 * under it, stays one row ("Rec" over "#"). Returns the heights (*cut),
 * or 0. */
static size_t unruled_row_cuts(const pdf_page *p, const grid *gr, double **cut)
{
	size_t ncut = 0, cap = 0, bands = gr->ny - 1;
	*cut = NULL;
	if (gr->nx < 3) /* columns not ruled: the text's to show (fill_text) */
		return 0;
	double height = gr->ys[bands] - gr->ys[0];
	for (size_t r = bands > 1; r < bands; r++) {
		size_t had = ncut;
		if (gr->ys[r + 1] - gr->ys[r] < UNRULED_BODY_SHARE * height)
			continue;
		if (band_text_rows(p, gr, (int)r, cut, &ncut, &cap) < MIN_UNRULED_ROWS)
			ncut = had;
	}
	if (!ncut) {
		free(*cut);
		*cut = NULL;
	}
	return ncut;
}

/* Adds the row cuts to the grid's lines, and as lines across the grid to
 * the rulings (*h: a copy of the picked ones, *hp their indices), so
 * that each cut parts the slots above and under it. */
static void add_row_cuts(grid *gr, const double *cut, size_t ncut, const rul *h, const size_t *hp,
			 size_t nh, rul **hh, size_t **hhp, size_t *nhh)
{
	gr->ys = rw_xrealloc(gr->ys, (gr->ny + ncut) * sizeof *gr->ys);
	memcpy(gr->ys + gr->ny, cut, ncut * sizeof *cut);
	gr->ny += ncut;
	qsort(gr->ys, gr->ny, sizeof *gr->ys, pdf_by_value);
	*hh = rw_xmalloc((nh + ncut) * sizeof **hh);
	*hhp = rw_xmalloc((nh + ncut) * sizeof **hhp);
	for (size_t i = 0; i < nh; i++)
		(*hh)[i] = h[hp[i]];
	for (size_t i = 0; i < ncut; i++)
		(*hh)[nh + i] = (rul){cut[i], gr->xs[0], gr->xs[gr->nx - 1]};
	*nhh = nh + ncut;
	for (size_t i = 0; i < *nhh; i++)
		(*hhp)[i] = i;
}

/* Builds the table of one connected group of rulings; open_sides: the
 * ends of its row lines close the sides no column line does
 * (close_open_ends). */
static int build_table(const char *sep, int text_rows, int open_sides, const rul *h,
		       const size_t *hp, size_t nh, const rul *v, const size_t *vp, size_t nv,
		       const pdf_page *p, pdf_table *t)
{
	grid gr = {0};
	gr.ys = rw_xmalloc((nh + 2) * sizeof *gr.ys);
	gr.xs = rw_xmalloc((nv + 2) * sizeof *gr.xs);
	gr.ny = grid_lines(h, hp, nh, gr.ys);
	gr.nx = grid_lines(v, vp, nv, gr.xs);
	if (gr.ny)
		close_open_ends(v, vp, nv, gr.ys, &gr.ny);
	if (gr.nx && open_sides)
		close_open_ends(h, hp, nh, gr.xs, &gr.nx);
	if (gr.ny >= 2 && gr.nx > 2)
		drop_short_columns(v, vp, nv, gr.ys, gr.ny, gr.xs, &gr.nx);
	if (gr.ny < 2 || gr.nx < 2) {
		free(gr.ys);
		free(gr.xs);
		return 0;
	}
	double *cut = NULL;
	size_t ncut = text_rows ? unruled_row_cuts(p, &gr, &cut) : 0;
	rul *hh = NULL;
	size_t *hhp = NULL;
	if (ncut) {
		add_row_cuts(&gr, cut, ncut, h, hp, nh, &hh, &hhp, &nh);
		h = hh, hp = hhp;
	}
	free(cut);
	int R = (int)gr.ny - 1, C = (int)gr.nx - 1;
	size_t ns = (size_t)R * C;
	size_t *up = rw_xmalloc(ns * sizeof *up);
	for (size_t i = 0; i < ns; i++)
		up[i] = i;
	for (int r = 0; r < R; r++)
		for (int c = 0; c < C; c++) {
			if (c + 1 < C && !covered(v, vp, nv, gr.xs[c + 1], gr.ys[r], gr.ys[r + 1]))
				uf_join(up, (size_t)r * C + c, (size_t)r * C + c + 1);
			if (r + 1 < R && !covered(h, hp, nh, gr.ys[r + 1], gr.xs[c], gr.xs[c + 1]))
				uf_join(up, (size_t)r * C + c, (size_t)(r + 1) * C + c);
		}
	/* each cell's owner: its top-left slot (the smallest index) */
	gr.owner = rw_xmalloc(ns * sizeof *gr.owner);
	int *first = rw_xmalloc(ns * sizeof *first);
	for (size_t i = 0; i < ns; i++)
		first[i] = -1;
	for (size_t i = 0; i < ns; i++) {
		size_t root = uf_find(up, i);
		if (first[root] < 0)
			first[root] = (int)i;
		gr.owner[i] = first[root];
	}
	pdf_table_init(t, R, C);
	t->page = p->number;
	t->b = (pdf_box){gr.ys[0], gr.xs[0], gr.ys[gr.ny - 1], gr.xs[gr.nx - 1]};
	for (int c = 0; c <= C; c++)
		t->colx[c] = gr.xs[c];
	for (int r = 0; r < R; r++)
		for (int c = 0; c < C; c++)
			t->cb[(size_t)r * C + c] = (pdf_box){gr.ys[r], gr.xs[c], gr.ys[r + 1], gr.xs[c + 1]};
	for (size_t i = 0; i < ns; i++)
		t->span_from[i] = (int)i - gr.owner[i];
	mark_open_foot(t, &gr, h, hp, nh);
	fill_text(t, &gr, p, sep);
	free(first);
	free(up);
	free(gr.owner);
	free(gr.ys);
	free(gr.xs);
	free(hh);
	free(hhp);
	return 1;
}

static int table_cmp(const void *a, const void *b)
{
	const pdf_table *x = a, *y = b;
	if (fabs(x->b.top - y->b.top) > same)
		return x->b.top < y->b.top ? -1 : 1;
	return (x->b.left > y->b.left) - (x->b.left < y->b.left);
}

/* The sides of the area's text that a ruling of the page frames: one
 * running along the text between it and the area's edge (a line at a
 * distance from the edge, not the edge). */
enum { FRAME_TOP, FRAME_LEFT, FRAME_BOTTOM, FRAME_RIGHT };
static void framed_sides(const pdf_box *area, const pdf_box *t, const rul *h, size_t nh,
			 const rul *v, size_t nv, int *framed)
{
	for (size_t i = 0; i < nh; i++)
		if (h[i].a < t->right && h[i].b > t->left) {
			framed[FRAME_TOP] |= h[i].pos <= t->top && h[i].pos > area->top + TOL;
			framed[FRAME_BOTTOM] |= h[i].pos >= t->bottom && h[i].pos < area->bottom - TOL;
		}
	for (size_t i = 0; i < nv; i++)
		if (v[i].a < t->bottom && v[i].b > t->top) {
			framed[FRAME_LEFT] |= v[i].pos <= t->left && v[i].pos > area->left + TOL;
			framed[FRAME_RIGHT] |= v[i].pos >= t->right && v[i].pos < area->right - TOL;
		}
}

/* The area's edges close a table that has no frame of its own on that
 * side, as Tabula's spreadsheet reading of an area does; where the
 * table's own rules frame its text inside the area, the edge beyond
 * them would only add an empty column or row (an area drawn wider than
 * the table). h and v have room for two more each. */
static void add_area_edges(const pdf_page *p, const pdf_box *area, rul *h, size_t *nh, rul *v,
			   size_t *nv)
{
	int framed[4] = {0};
	if (p->ng) {
		pdf_box t = p->g[0].b;
		for (size_t i = 1; i < p->ng; i++)
			pdf_box_union(&t, &p->g[i].b);
		framed_sides(area, &t, h, *nh, v, *nv, framed);
	}
	if (!framed[FRAME_TOP])
		h[(*nh)++] = (rul){area->top, area->left, area->right};
	if (!framed[FRAME_BOTTOM])
		h[(*nh)++] = (rul){area->bottom, area->left, area->right};
	if (!framed[FRAME_LEFT])
		v[(*nv)++] = (rul){area->left, area->top, area->bottom};
	if (!framed[FRAME_RIGHT])
		v[(*nv)++] = (rul){area->right, area->top, area->bottom};
}

/* Splits the page's rulings into horizontal and vertical lists. */
static void split_rulings(const pdf_page *p, const pdf_box *area, rul **h, size_t *nh,
			  rul **v, size_t *nv)
{
	*h = rw_xmalloc((p->nr + 2) * sizeof **h);
	*v = rw_xmalloc((p->nr + 2) * sizeof **v);
	*nh = *nv = 0;
	for (size_t i = 0; i < p->nr; i++) {
		const pdf_ruling *r = &p->r[i];
		double w = r->x1 - r->x0, ht = r->y1 - r->y0;
		if (ht <= 1 && w > ht)
			(*h)[(*nh)++] = (rul){(r->y0 + r->y1) / 2, r->x0, r->x1};
		else if (w <= 1 && ht > w)
			(*v)[(*nv)++] = (rul){(r->x0 + r->x1) / 2, r->y0, r->y1};
	}
	if (area)
		add_area_edges(p, area, *h, nh, *v, nv);
	*nh = merge_rulings(*h, *nh);
	*nv = merge_rulings(*v, *nv);
}

/* The tables of the page's rulings; text_rows: bands no rule parts are
 * cut into the rows their text shows (unruled_row_cuts). */
static pdf_table *lattice_tables(const pdf_page *p, const pdf_box *area, const char *sep,
				 int text_rows, size_t *nt)
{
	same = INFINITY;
	for (size_t i = 0; i < p->ng; i++)
		same = fmin(same, p->g[i].b.right - p->g[i].b.left);
	same = fmin(fmax(1.25 * same, 1.0), 3.0);
	rul *h, *v;
	size_t nh, nv;
	split_rulings(p, area, &h, &nh, &v, &nv);
	size_t n = nh + nv;
	size_t *up = rw_xmalloc((n ? n : 1) * sizeof *up);
	for (size_t i = 0; i < n; i++)
		up[i] = i;
	for (size_t i = 0; i < nh; i++)
		for (size_t j = 0; j < nv; j++)
			if (crosses(&h[i], &v[j]))
				uf_join(up, i, nh + j);
	pdf_table *t = NULL;
	size_t cap = 0;
	*nt = 0;
	size_t *hp = rw_xmalloc((nh ? nh : 1) * sizeof *hp), *vp = rw_xmalloc((nv ? nv : 1) * sizeof *vp);
	for (size_t root = 0; root < n; root++) {
		if (uf_find(up, root) != root)
			continue;
		size_t ch = 0, cv = 0;
		for (size_t i = 0; i < nh; i++)
			if (uf_find(up, i) == root)
				hp[ch++] = i;
		for (size_t j = 0; j < nv; j++)
			if (uf_find(up, nh + j) == root)
				vp[cv++] = j;
		/* a frame around one cell (or the area's edges alone) is no table */
		if (ch < 2 || cv < 2 || (ch == 2 && cv == 2))
			continue;
		t = rw_xgrow(t, &cap, *nt + 1, sizeof *t);
		/* an area's edges close the sides a table leaves open, as
		 * Tabula's reading of an area does (add_area_edges); on a
		 * whole page, the ends of its row lines do */
		if (build_table(sep, text_rows, !area, h, hp, ch, v, vp, cv, p, &t[*nt]))
			(*nt)++;
	}
	if (*nt > 1)
		qsort(t, *nt, sizeof *t, table_cmp);
	for (size_t i = 0; i < *nt; i++)
		pdf_debug_add_table(p->debug, &t[i]);
	free(hp);
	free(vp);
	free(up);
	free(h);
	free(v);
	return t;
}

pdf_table *pdf_lattice_tables(const pdf_page *p, const pdf_box *area, const char *sep,
			       size_t *nt)
{
	return lattice_tables(p, area, sep, 1, nt);
}

pdf_table *pdf_lattice_grids(const pdf_page *p, const pdf_box *area, size_t *nt)
{
	return lattice_tables(p, area, " ", 0, nt);
}

size_t pdf_vertical_bounds(const pdf_page *p, const pdf_box *area, double **xs)
{
	rul *h, *v;
	size_t nh, nv;
	split_rulings(p, NULL, &h, &nh, &v, &nv);
	*xs = rw_xmalloc((nv ? nv : 1) * sizeof **xs);
	/* the vertical extent of the text */
	double top = INFINITY, bottom = -INFINITY;
	for (size_t i = 0; i < p->ng; i++) {
		top = fmin(top, p->g[i].b.top);
		bottom = fmax(bottom, p->g[i].b.bottom);
	}
	pdf_box a = area ? *area : (pdf_box){0, 0, p->height, p->width};
	size_t rows_ruled = 0;
	for (size_t i = 0; i < nh; i++)
		if (h[i].pos > top + TOL && h[i].pos < bottom - TOL &&
		    h[i].b - h[i].a >= 0.5 * (a.right - a.left))
			rows_ruled++;
	size_t m = 0;
	for (size_t i = 0; i < nv && top < bottom && rows_ruled == 0; i++) {
		if (v[i].pos < a.left - TOL || v[i].pos > a.right + TOL)
			continue;
		if (v[i].a > top + TOL || v[i].b < bottom - TOL)
			continue;
		(*xs)[m++] = v[i].pos;
	}
	qsort(*xs, m, sizeof **xs, pdf_by_value);
	size_t k = 0;
	for (size_t i = 0; i < m; i++)
		if (k == 0 || (*xs)[i] - (*xs)[k - 1] > 2)
			(*xs)[k++] = (*xs)[i];
	/* a frame, or one rule setting labels apart, does not make the
	 * columns: at least two rulings must have text on both sides */
	int inner = 0;
	for (size_t i = 0; i < k; i++) {
		int left = 0, right = 0;
		for (size_t g = 0; g < p->ng && !(left && right); g++) {
			double cx = (p->g[g].b.left + p->g[g].b.right) / 2;
			left |= cx < (*xs)[i];
			right |= cx > (*xs)[i];
		}
		inner += left && right;
	}
	free(h);
	free(v);
	return inner >= 2 ? k : 0;
}
