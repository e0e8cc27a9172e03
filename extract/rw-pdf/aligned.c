/* aligned.c - where the cells of a table without rulings start.
 *
 * A browser or a word processor sets the cells of a column flush left at
 * the same x, and a full cell can end a bare word space before the next
 * column's text ("Complete N/A": status, then priority; a header cell
 * "Recommendation" wider than the ids under it).  The gap alone cannot
 * tell that from two words of one cell; the columns can.  An x where
 * words start on several lines, on most of them (two at least) after a
 * wide gap or at the start of the line (a cell's first word, or the line
 * of a cell that goes on alone), is where a column's cells start.  A
 * word starting exactly there (exact_tol of where most of them stand),
 * close after text that itself started at another such x, starts a
 * chunk (layout.c): the cell before it ends there.  A word only near it
 * (a heading in larger type, a list's indent) lines up by chance.
 * Prose is not touched: its words start at the margin, and elsewhere at
 * no x that lines share.
 *
 * A table printed without cell padding leaves only a word space between
 * a cell and the next column, on every row: no start there is clear.
 * Such a column is a strong alignment (Nurminen's text edge that no
 * word crosses): words start at exactly its x (exact_tol) on
 * min_edge_chunks lines in a run
 * of lines that follow one another where every other line is blank at
 * the x (no word within a chunk's gap of it), each after text on its
 * line (a cell beside the one before; a line starting there is a
 * wrapped cell's or an indented item's), and the text before those
 * starts ends ragged (not one x), as the cells of the column before do.
 * Prose lines up so only by chance, within a glyph's rounding at best:
 * a river of its word spaces is no wider than a word space, and lines
 * repeating one text end alike.
 */
#include "rwlib.h"
#include "pdf.h"

#include <math.h>
#include <stdlib.h>

/* The numbers of the text edges (pdf_edge_params): words whose left ends
 * stand within start_tol of the font size start together; a column's
 * start needs min_edge_chunks lines, and a word after a gap
 * wider than a chunk's (layout.c) on two thirds of them, two at least
 * (a clear start: the first of a cell, not a word of running text). */
#define CHUNK_GAP 0.45 /* font sizes: layout.c's gap between chunks */
#define MIN_CLEAR 2

typedef struct start {
	double x, tol; /* where it starts; start_tol in points for its size */
	size_t line, word;
	int clear; /* first on its line, or after a wide gap */
} start;

typedef struct xrange {
	double lo, hi, tol;
	double at, exact; /* where most of its starts stand, to exact (points) */
} xrange;

static int by_x(const void *a, const void *b)
{
	const start *p = a, *q = b;
	return (p->x > q->x) - (p->x < q->x);
}

static int clear_start(const pdf_line *l, size_t w)
{
	return w == 0 || l->w[w].b.left - l->w[w - 1].b.right > CHUNK_GAP * fmax(l->w[w].size, 1);
}

/* Lines (distinct) among the starts s[0..n-1], and those with a clear
 * start; seen[] (a line's last cluster, tag) and cleared[] are scratch. */
static void count_lines(const start *s, size_t n, size_t tag, size_t *seen,
			unsigned char *cleared, size_t *lines, size_t *clear)
{
	*lines = *clear = 0;
	for (size_t i = 0; i < n; i++) {
		size_t k = s[i].line;
		if (seen[k] != tag) {
			seen[k] = tag, cleared[k] = 0;
			++*lines;
		}
		if (s[i].clear && !cleared[k]) {
			cleared[k] = 1;
			++*clear;
		}
	}
}

static int by_line(const void *a, const void *b)
{
	const start *p = a, *q = b;
	return (p->line > q->line) - (p->line < q->line);
}

/* Line k is blank at x: no word within a chunk's gap of it. */
static int blank_at(const pdf_line *l, double x)
{
	for (size_t w = 0; w < l->nw; w++) {
		double gap = CHUNK_GAP * fmax(l->w[w].size, 1);
		if (l->w[w].b.left < x + gap && l->w[w].b.right > x - gap)
			return 0;
	}
	return 1;
}

/* The lines between starts a and b (a < b, lines following one another)
 * are blank at x. */
static int blank_between(const pdf_line *l, const int *skip, const start *a, const start *b,
			 double x)
{
	for (size_t k = a->line + 1; k <= b->line; k++)
		if ((skip && skip[k]) || !pdf_lines_follow(l, k - 1, k, &pdf_edge_defaults) ||
		    (k < b->line && !blank_at(&l[k], x)))
			return 0;
	return 1;
}

/* Where start s ends the text before it on its line: its own x when
 * nothing is before it (a wrapped cell's line, a header cell alone). */
static double end_before(const pdf_line *l, const start *s)
{
	return s->word ? l[s->line].w[s->word - 1].b.right : s->x;
}

/* The starts s[0..n-1] (one x, sorted by line) hold a run of
 * min_edge_chunks after text, no word crossing it, that text ending
 * ragged. */
static int uncrossed_run(const pdf_line *l, const int *skip, const start *s, size_t n)
{
	size_t run = 0;
	double lo = 0, hi = 0;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && s[i].line == s[i - 1].line)
			continue;
		double end = end_before(l, &s[i]);
		if (i == 0 || !blank_between(l, skip, &s[i - 1], &s[i], s[i].x)) {
			run = 0;
			lo = hi = end;
		}
		run += s[i].word > 0;
		lo = fmin(lo, end), hi = fmax(hi, end);
		if (run >= (size_t)pdf_edge_defaults.min_edge_chunks && hi - lo > s[i].tol)
			return 1;
	}
	return 0;
}

/* The starts s[0..n-1] (sorted by x; scratch) hold a strong alignment:
 * an uncrossed run of starts at exactly one x. */
static int strong_alignment(const pdf_line *l, const int *skip, start *s, size_t n)
{
	for (size_t a = 0, b; a < n; a = b) {
		double tol = pdf_edge_defaults.exact_tol * fmax(l[s[a].line].w[s[a].word].size, 1);
		for (b = a + 1; b < n && s[b].x - s[a].x <= tol; b++)
			;
		qsort(s + a, b - a, sizeof *s, by_line);
		if (uncrossed_run(l, skip, s + a, b - a))
			return 1;
	}
	return 0;
}

/* Where most of the starts s[0..n-1] (sorted by x) stand, to exact_tol:
 * x->at and x->exact. */
static void most_at(const pdf_line *l, const start *s, size_t n, xrange *x)
{
	size_t best = 0;
	for (size_t a = 0, b = 0; a < n; a++) {
		double tol = pdf_edge_defaults.exact_tol * fmax(l[s[a].line].w[s[a].word].size, 1);
		while (b < n && s[b].x - s[a].x <= tol)
			b++;
		if (b - a > best)
			best = b - a, x->at = (s[a].x + s[b - 1].x) / 2, x->exact = tol;
	}
}

/* The x ranges where columns start, in order; returns their count. */
static size_t column_starts(const pdf_line *l, size_t nl, const int *skip, xrange **out)
{
	size_t n = 0, cap = 0;
	start *s = NULL;
	for (size_t i = 0; i < nl; i++)
		for (size_t w = 0; w < l[i].nw && !(skip && skip[i]); w++) {
			s = rw_xgrow(s, &cap, n + 1, sizeof *s);
			s[n++] = (start){l[i].w[w].b.left,
					 pdf_edge_defaults.start_tol * fmax(l[i].w[w].size, 1), i,
					 w, clear_start(&l[i], w)};
		}
	if (n)
		qsort(s, n, sizeof *s, by_x);
	size_t *seen = rw_xmalloc((nl + 1) * sizeof *seen);
	unsigned char *cleared = rw_xcalloc(nl + 1, 1);
	for (size_t i = 0; i < nl; i++)
		seen[i] = (size_t)-1;
	xrange *c = NULL;
	size_t nc = 0, capc = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		/* within the smaller type's start_tol: a title's large
		 * type widens no column of the text under it */
		while (j < n && s[j].x - s[i].x <= fmin(s[i].tol, s[j].tol))
			j++;
		size_t lines, clear;
		count_lines(s + i, j - i, i, seen, cleared, &lines, &clear);
		xrange x = {s[i].x, s[j - 1].x, s[i].tol, 0, 0};
		most_at(l, s + i, j - i, &x);
		/* most starts there clear: a column, not words that happen
		 * to line up */
		if (lines >= (size_t)pdf_edge_defaults.min_edge_chunks &&
		    ((clear >= MIN_CLEAR && 3 * clear >= 2 * lines) ||
		     strong_alignment(l, skip, s + i, j - i))) {
			c = rw_xgrow(c, &capc, nc + 1, sizeof *c);
			c[nc++] = x;
		}
		i = j;
	}
	free(seen);
	free(cleared);
	free(s);
	*out = c;
	return nc;
}

/* The column starting at x, or -1. */
static long column_at(const xrange *c, size_t nc, double x)
{
	for (size_t k = 0; k < nc; k++)
		if (x >= c[k].lo && x <= c[k].hi)
			return (long)k;
	return -1;
}

/* Some column starts right of from and left of to: text running over
 * it is no cell of a column starting at from (prose from the margin). */
static int runs_over_column(const xrange *c, size_t nc, double from, double to)
{
	for (size_t k = 0; k < nc; k++)
		if (c[k].lo > from + c[k].tol && c[k].lo < to)
			return 1;
	return 0;
}

/* The columns of a table going on from the page before start where
 * they started there (carry[0..ncarry-1]; c, *nc: one more each), to
 * the producer's rounding (exact_tol of the page's smallest type): a
 * word of a section row starts near one of several columns often
 * enough by chance. */
static xrange *add_carried(const pdf_line *l, size_t nl, const int *skip, const double *carry,
			   size_t ncarry, xrange *c, size_t *nc)
{
	double size = INFINITY;
	for (size_t i = 0; i < nl; i++)
		if (!(skip && skip[i]) && l[i].nw)
			size = fmin(size, fmax(l[i].size, 1));
	if (!ncarry || size == INFINITY)
		return c;
	double tol = pdf_edge_defaults.exact_tol * size;
	c = rw_xrealloc(c, (*nc + ncarry) * sizeof *c);
	for (size_t k = 0; k < ncarry; k++)
		c[(*nc)++] = (xrange){carry[k] - tol, carry[k] + tol, tol, carry[k], tol};
	return c;
}

void pdf_mark_cell_starts(pdf_line *l, size_t nl, const int *skip, const double *carry,
			  size_t ncarry)
{
	xrange *c;
	size_t nc = column_starts(l, nl, skip, &c);
	c = add_carried(l, nl, skip, carry, ncarry, c, &nc);
	for (size_t i = 0; i < nl && nc; i++) {
		if (skip && skip[i])
			continue;
		/* the column of the text going on, and where it started */
		long col = column_at(c, nc, l[i].w[0].b.left);
		double from = l[i].w[0].b.left;
		l[i].w[0].at_column = col >= 0;
		for (size_t w = 1; w < l[i].nw; w++) {
			const pdf_box *b = &l[i].w[w].b;
			long here = column_at(c, nc, b->left);
			l[i].w[w].at_column = here >= 0;
			/* a word space after the cell before, only a word
			 * exactly where the column's cells start starts one */
			int cut = here >= 0 && col >= 0 && here != col &&
				  fabs(b->left - c[here].at) <= c[here].exact &&
				  !runs_over_column(c, nc, from, l[i].w[w - 1].b.right);
			if (clear_start(&l[i], w) || cut) {
				l[i].w[w].cell_start = (unsigned char)cut;
				col = here, from = b->left;
			}
		}
	}
	free(c);
}
