/* textedges.c - where tables without rulings stand: Nurminen's text-edge
 * method (A. Nurminen, "Algorithmic extraction of data in tables in PDF
 * documents", 2013), as Tabula's NurminenDetectionAlgorithm and Camelot's
 * TextEdges use it.
 *
 *  1. Edges.  The chunks (layout.c: runs of words at most a word space
 *     apart) of successive lines whose left ends, right ends or centres
 *     stand at one x make a left, right or centre text edge.  A chunk of a
 *     later line running across that x ends the edge, and so does a blank
 *     stretch between two lines; lines with nothing at the x (the other
 *     lines of a wrapped cell beside it) leave it open.  An edge of fewer
 *     than min_edge_chunks chunks is chance.
 *  2. Columns.  Edges through the same chunks are one column: a column of
 *     dates is left, centre and right aligned at once, text is left
 *     aligned, numbers right aligned, each counting once.
 *  3. Areas.  A line crossed by at least min_columns columns stands in a
 *     table.  Successive such lines make one area, also across up to
 *     max_break_lines lines that cut the columns (a section row across the
 *     table); a title above or a footnote below only ends the edges, so
 *     the columns under a page-wide line are not merged with it, and a
 *     blank stretch or a paragraph between two tables keeps them apart.
 *     An area is a table when min_full_lines of its lines have text in
 *     min_columns columns: the levels of a nested list are crossed by as
 *     many edges, but none of its lines has text in two of them.
 *  4. Full lines.  The lines of an area with text in all but full_slack
 *     of the most columns any of its lines fills show its columns best
 *     (Camelot takes the rows of the most common count): a line with a
 *     cell across columns (a section row) is not one of them.
 *  5. Tables side by side.  The whitespace-gutter cut of the XY-cut and
 *     of Breuel's whitespace analysis, inside an area: a band of white
 *     through every line of the area (no chunk reaches into it) that is
 *     gutter_ratio times wider than the median of the area's other
 *     column gaps, and min_gutter font sizes at least, parts it in two
 *     when each side is a table of its own: its first line (a header
 *     over each half) and min_full_lines lines have text in min_columns
 *     of its columns; and when the sides end apart, as the columns of
 *     one table do not: a row of one side (its first column and another
 *     with text) stands under the other side's last line.  Each side is
 *     cut again the same way.
 * Every length is relative: x tolerances to the font size, blank
 * stretches to the line's height.
 */
#include "rwlib.h"
#include "pdf.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

const pdf_edge_params pdf_edge_defaults = {
	/* glyph boxes of text set flush at one x differ by rounding;
	 * centred text by half a glyph's side bearing */
	.align_tol = 0.2,
	/* words set flush left by one producer start at one x but for
	 * rounding (aligned.c: word starts, not chunk ends) */
	.start_tol = 0.06,
	/* Tabula and Camelot ask for four; a header and two rows make a
	 * table too */
	.min_edge_chunks = 3,
	/* ids and their texts: the narrowest table */
	.min_columns = 2,
	.min_full_lines = 2,
	/* a row may leave a cell empty; a line with a cell across two
	 * columns has two fewer */
	.full_slack = 1,
	/* a section name, wrapped over two lines at most */
	.max_break_lines = 2,
	/* rows set apart by padding stand more than a line apart */
	.max_blank = 2.5,
	/* the gaps of one table vary with its columns' longest words; the
	 * white between two tables is their margins and the gap of neither */
	.gutter_ratio = 2.0,
	/* two word spaces and more never part tables: a column gap */
	.min_gutter = 2.0,
};

enum { LEFT, CENTRE, RIGHT, KINDS };

typedef struct tchunk {
	pdf_box b;
	size_t line;          /* index into the lines */
	double tol;           /* align_tol in points, for this chunk's size */
	long edge[KINDS];     /* the edge each of its x's is on, or -1 */
} tchunk;

typedef struct edge {
	double x;             /* mean x of its chunks */
	size_t n;             /* chunks on it */
	int kind;
	long parent;          /* union-find: edges through one chunk */
	double top, bottom;   /* its vertical extent */
	size_t line;          /* the line of its last chunk */
} edge;

static double chunk_x(const pdf_box *b, int kind)
{
	return kind == LEFT ? b->left : kind == RIGHT ? b->right : (b->left + b->right) / 2;
}

static long root(edge *e, long i)
{
	while (e[i].parent != i)
		i = e[i].parent = e[e[i].parent].parent;
	return i;
}

/* Line j comes right under line i, not after a blank stretch. */
int pdf_lines_follow(const pdf_line *l, size_t i, size_t j, const pdf_edge_params *p)
{
	double lh = fmax(l[i].b.bottom - l[i].b.top, 1);
	return l[j].b.top - l[i].b.bottom <= p->max_blank * lh;
}

/* The chunks of every line not used, in line order. */
static size_t page_chunks(const pdf_line *l, size_t nl, const int *used,
			  const pdf_edge_params *p, tchunk **out)
{
	size_t n = 0, cap = 0;
	tchunk *c = NULL;
	size_t *st = NULL, capst = 0;
	for (size_t i = 0; i < nl; i++) {
		if (used[i])
			continue;
		st = rw_xgrow(st, &capst, l[i].nw + 1, sizeof *st);
		size_t nc = pdf_line_chunks(&l[i], st);
		c = rw_xgrow(c, &cap, n + nc + 1, sizeof *c);
		for (size_t k = 0; k < nc; k++) {
			size_t end = k + 1 < nc ? st[k + 1] : l[i].nw;
			tchunk *t = &c[n++];
			t->b = l[i].w[st[k]].b;
			for (size_t w = st[k]; w < end; w++)
				pdf_box_union(&t->b, &l[i].w[w].b);
			t->line = i;
			t->tol = p->align_tol * fmax(l[i].size, 1);
			t->edge[LEFT] = t->edge[CENTRE] = t->edge[RIGHT] = -1;
		}
	}
	free(st);
	*out = c;
	return n;
}

/* Edges of one kind through the chunks c[0..nc-1] (step 1); appended to
 * *e (count *ne). */
static void find_edges(tchunk *c, size_t nc, const pdf_line *l, int kind,
		       const pdf_edge_params *p, edge **e, size_t *ne, size_t *cap)
{
	size_t *open = rw_xmalloc((nc + 1) * sizeof *open), nopen = 0;
	for (size_t a = 0; a < nc;) {
		size_t b = a;
		while (b < nc && c[b].line == c[a].line)
			b++;
		/* a blank stretch above this line ends every edge */
		if (a > 0 && !pdf_lines_follow(l, c[a - 1].line, c[a].line, p))
			nopen = 0;
		/* a chunk across an edge's x ends it */
		size_t m = 0;
		for (size_t k = 0; k < nopen; k++) {
			const edge *x = &(*e)[open[k]];
			int cut = 0;
			for (size_t i = a; i < b && !cut; i++)
				cut = c[i].b.left < x->x - c[i].tol && c[i].b.right > x->x + c[i].tol &&
				      fabs(chunk_x(&c[i].b, kind) - x->x) > c[i].tol;
			if (!cut)
				open[m++] = open[k];
		}
		nopen = m;
		size_t before = nopen; /* edges a chunk of this line may join */
		for (size_t i = a; i < b; i++) {
			double x = chunk_x(&c[i].b, kind);
			long best = -1;
			for (size_t k = 0; k < before; k++) {
				edge *y = &(*e)[open[k]];
				if (y->line != c[i].line && fabs(y->x - x) <= c[i].tol &&
				    (best < 0 || fabs(y->x - x) < fabs((*e)[best].x - x)))
					best = (long)open[k];
			}
			if (best < 0) {
				*e = rw_xgrow(*e, cap, *ne + 1, sizeof **e);
				best = (long)*ne;
				(*e)[(*ne)++] = (edge){x, 0, kind, best, c[i].b.top, c[i].b.bottom,
						       (size_t)-1};
				open[nopen++] = (size_t)best;
			}
			edge *y = &(*e)[best];
			y->x = (y->x * (double)y->n + x) / (double)(y->n + 1);
			y->n++;
			y->bottom = fmax(y->bottom, c[i].b.bottom);
			y->line = c[i].line;
			c[i].edge[kind] = best;
		}
		a = b;
	}
	free(open);
}

/* A column (step 2): the union of edges through one chunk, and its
 * vertical extent. */
typedef struct column {
	double top, bottom;
} column;

/* The columns of the page; col[i] of each chunk (the column of any of its
 * edges of enough chunks, else -1). Returns the count, extents in *out. */
static size_t find_columns(tchunk *c, size_t nc, edge *e, size_t ne,
			   const pdf_edge_params *p, long *col, column **out)
{
	for (size_t i = 0; i < nc; i++) {
		long first = -1;
		for (int k = 0; k < KINDS; k++) {
			long x = c[i].edge[k];
			if (x < 0 || e[x].n < (size_t)p->min_edge_chunks)
				continue;
			if (first < 0)
				first = x;
			else
				e[root(e, x)].parent = root(e, first);
		}
	}
	long *id = rw_xmalloc((ne + 1) * sizeof *id);
	for (size_t k = 0; k < ne; k++)
		id[k] = -1;
	column *cols = rw_xmalloc((ne + 1) * sizeof *cols);
	size_t n = 0;
	for (size_t k = 0; k < ne; k++) {
		if (e[k].n < (size_t)p->min_edge_chunks)
			continue;
		long r = root(e, (long)k);
		if (id[r] < 0) {
			id[r] = (long)n;
			cols[n++] = (column){e[k].top, e[k].bottom};
		}
		column *x = &cols[id[r]];
		x->top = fmin(x->top, e[k].top);
		x->bottom = fmax(x->bottom, e[k].bottom);
	}
	for (size_t i = 0; i < nc; i++) {
		col[i] = -1;
		for (int k = 0; k < KINDS && col[i] < 0; k++) {
			long x = c[i].edge[k];
			if (x >= 0 && e[x].n >= (size_t)p->min_edge_chunks)
				col[i] = id[root(e, x)];
		}
	}
	free(id);
	*out = cols;
	return n;
}

/* Column c crosses line l. */
static int column_crosses(const column *c, const pdf_line *l)
{
	double mid = (l->b.top + l->b.bottom) / 2;
	return c->top <= mid && mid <= c->bottom;
}

/* Per line: how many columns cross it (crossed[]) and in how many it has
 * text (filled[]). */
static void count_columns(const pdf_line *l, const tchunk *c, size_t nc, const long *col,
			  const column *cols, size_t ncols, int *crossed, int *filled)
{
	unsigned char *seen = rw_xcalloc(ncols + 1, 1);
	for (size_t a = 0; a < nc;) {
		size_t b = a, i = c[a].line;
		while (b < nc && c[b].line == i)
			b++;
		for (size_t k = 0; k < ncols; k++)
			crossed[i] += column_crosses(&cols[k], &l[i]);
		memset(seen, 0, ncols + 1);
		for (size_t k = a; k < b; k++)
			if (col[k] >= 0 && !seen[col[k]]) {
				seen[col[k]] = 1;
				filled[i]++;
			}
		a = b;
	}
	free(seen);
}

int pdf_most_filled(const int *filled, size_t first, size_t last)
{
	int most = 0;
	for (size_t i = first; i <= last; i++)
		most = filled[i] > most ? filled[i] : most;
	return most;
}

int pdf_full_line(int filled, int most, const pdf_edge_params *p)
{
	return filled >= p->min_columns && filled + p->full_slack >= most;
}

static int by_lo(const void *x, const void *y)
{
	const pdf_gap *p = x, *q = y;
	return (p->lo > q->lo) - (p->lo < q->lo);
}

size_t pdf_white_stripes(pdf_gap *r, size_t n, pdf_gap *out)
{
	qsort(r, n, sizeof *r, by_lo);
	size_t m = 0;
	double right = n ? r[0].hi : 0;
	for (size_t k = 1; k < n; k++) {
		if (r[k].lo > right)
			out[m++] = (pdf_gap){right, r[k].lo};
		right = fmax(right, r[k].hi);
	}
	return m;
}

/* The middles of the white stripes between the chunks of the full lines
 * among first..last (pdf_full_line: the column bounds of a table there,
 * as stream.c finds them); their count, in *out. first_chunk[i] is line
 * i's first chunk in c. */
static size_t bounds_above(const tchunk *c, const size_t *first_chunk, size_t first, size_t last,
			   const int *filled, const pdf_edge_params *p, double **out)
{
	size_t n = first_chunk[last + 1] - first_chunk[first], m = 0;
	pdf_gap *x = rw_xmalloc((n + 1) * sizeof *x), *g = rw_xmalloc((n + 1) * sizeof *g);
	int most = pdf_most_filled(filled, first, last);
	for (size_t i = first; i <= last; i++)
		for (size_t k = first_chunk[i];
		     k < first_chunk[i + 1] && pdf_full_line(filled[i], most, p); k++)
			x[m++] = (pdf_gap){c[k].b.left, c[k].b.right};
	size_t nb = pdf_white_stripes(x, m, g);
	double *b = *out = rw_xmalloc((nb + 1) * sizeof *b);
	for (size_t k = 0; k < nb; k++)
		b[k] = (g[k].lo + g[k].hi) / 2;
	free(x);
	free(g);
	return nb;
}

/* The table above (lines first..last) goes on at line j, past lines across
 * its columns (a section row cuts the edges, not the table): no chunk of
 * line j runs across a column bound of the table above. Another table
 * under a line of prose has columns of its own. */
static int goes_on_at(const tchunk *c, const size_t *first_chunk, size_t first, size_t last,
		      size_t j, const int *filled, const pdf_edge_params *p)
{
	double *b;
	size_t nb = bounds_above(c, first_chunk, first, last, filled, p, &b);
	int ok = 1;
	for (size_t k = first_chunk[j]; k < first_chunk[j + 1] && ok; k++)
		for (size_t i = 0; i < nb && ok; i++)
			ok = !(c[k].b.left < b[i] && c[k].b.right > b[i]);
	free(b);
	return ok;
}

int pdf_starts_item(const pdf_line *l)
{
	const char *t = l->w[0].text;
	static const char *const bullets[] = {"\xe2\x80\xa2", "\xe2\x97\xa6", "\xe2\x96\xaa",
					      "\xef\x82\xb7", "-", "\xe2\x80\x93", "*", "\xc2\xb7"};
	for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++)
		if (!strcmp(t, bullets[i]))
			return 1;
	size_t n = strlen(t);
	/* "(a)", "a)", "1.", "2.1." */
	if (n >= 2 && (t[n - 1] == ')' || (t[n - 1] == '.' && isdigit((unsigned char)t[0]))) &&
	    n <= 6)
		return 1;
	return 0;
}

/* Most full lines of lines first..last start with a list item's mark: a
 * list of two columns (marks and texts), not a table. */
static int is_list(const pdf_line *l, size_t first, size_t last, const int *filled,
		   const pdf_edge_params *p)
{
	int most = pdf_most_filled(filled, first, last);
	if (most > p->min_columns)
		return 0;
	size_t full = 0, items = 0;
	for (size_t i = first; i <= last; i++)
		if (pdf_full_line(filled[i], most, p)) {
			full++;
			items += pdf_starts_item(&l[i]);
		}
	return 2 * items > full;
}

/* Step 3: the areas from the lines' counts. */
static size_t find_areas(const pdf_line *l, size_t nl, const int *used, const int *crossed,
			 const int *filled, const tchunk *c, const size_t *first_chunk,
			 const pdf_edge_params *p, pdf_area **out)
{
	pdf_area *a = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < nl;) {
		if (used[i] || crossed[i] < p->min_columns) {
			i++;
			continue;
		}
		size_t last = i, j = i + 1, prev = i;
		int breaks = 0;
		for (; j < nl && !used[j] && pdf_lines_follow(l, prev, j, p); prev = j++) {
			if (crossed[j] < p->min_columns) {
				if (++breaks > p->max_break_lines)
					break;
				continue;
			}
			if (breaks && !goes_on_at(c, first_chunk, i, last, j, filled, p))
				break;
			last = j;
			breaks = 0;
		}
		int nfull = 0;
		for (size_t k = i; k <= last; k++)
			nfull += filled[k] >= p->min_columns;
		if (nfull >= p->min_full_lines && !is_list(l, i, last, filled, p)) {
			a = rw_xgrow(a, &cap, n + 1, sizeof *a);
			a[n++] = (pdf_area){i, last, -HUGE_VAL, HUGE_VAL};
		}
		i = last + 1;
	}
	*out = a;
	return n;
}

/* Chunk k lies in area a (its middle between the area's sides). */
static int in_area(const pdf_box *b, const pdf_area *a)
{
	double mid = (b->left + b->right) / 2;
	return a->left <= mid && mid < a->right;
}

int pdf_area_clipped(const pdf_area *a)
{
	return isfinite(a->left) || isfinite(a->right);
}

/* The white stripes through every line of area a: between the chunks of
 * its lines (those in it); their count, in *out (allocated). */
static size_t area_stripes(const tchunk *c, const size_t *first_chunk, const pdf_area *a,
			   pdf_gap **out)
{
	size_t n = first_chunk[a->last + 1] - first_chunk[a->first], m = 0;
	pdf_gap *x = rw_xmalloc((n + 1) * sizeof *x);
	*out = rw_xmalloc((n + 1) * sizeof **out);
	for (size_t k = first_chunk[a->first]; k < first_chunk[a->last + 1]; k++)
		if (in_area(&c[k].b, a))
			x[m++] = (pdf_gap){c[k].b.left, c[k].b.right};
	size_t ns = pdf_white_stripes(x, m, *out);
	free(x);
	return ns;
}

static int by_width(const void *x, const void *y)
{
	const pdf_gap *p = x, *q = y;
	double a = p->hi - p->lo, b = q->hi - q->lo;
	return (a > b) - (a < b);
}

/* The median width of the stripes s[0..n-1] but stripe `not`. */
static double median_other(const pdf_gap *s, size_t n, size_t not)
{
	pdf_gap *o = rw_xmalloc((n + 1) * sizeof *o);
	size_t m = 0;
	for (size_t k = 0; k < n; k++)
		if (k != not)
			o[m++] = s[k];
	qsort(o, m, sizeof *o, by_width);
	double w = m ? (o[(m - 1) / 2].hi - o[(m - 1) / 2].lo + o[m / 2].hi - o[m / 2].lo) / 2 : 0;
	free(o);
	return w;
}

/* What a side of an area holds: lines with text in min_columns of the
 * columns its stripes part it into (full), whether its first line with
 * text is one (a header over it), its last line with text and its last
 * row's first line (a full line with text in its first column). */
typedef struct side_shape {
	int full_lines, first_full;
	size_t last_text, last_row;
} side_shape;

static side_shape shape_of(const tchunk *c, const size_t *first_chunk, const pdf_area *side,
			   const pdf_gap *s, size_t ns, const pdf_edge_params *p)
{
	side_shape sh = {0, -1, 0, 0};
	for (size_t i = side->first; i <= side->last; i++) {
		int cols = 0, key = 0;
		size_t last_col = (size_t)-1;
		for (size_t k = first_chunk[i]; k < first_chunk[i + 1]; k++) {
			if (!in_area(&c[k].b, side))
				continue;
			size_t col = 0;
			while (col < ns && s[col].hi <= c[k].b.left)
				col++;
			cols += col != last_col;
			key |= col == 0;
			last_col = col;
		}
		if (cols && sh.first_full < 0)
			sh.first_full = cols >= p->min_columns;
		if (cols)
			sh.last_text = i;
		sh.full_lines += cols >= p->min_columns;
		if (cols >= p->min_columns && key)
			sh.last_row = i;
	}
	return sh;
}

/* Both sides are tables of their own, and of their own lengths: a row of
 * the longer (a full line with text in its first column: a row's first
 * line, not a wrapped cell's next) stands under the shorter's last text.
 * The columns of one table run down to its last row together; a gutter
 * between two of them that ends one table's rows and not the other's is
 * white beside a table, not inside one (Camelot and Nurminen group the
 * edges of one table by their common extent). */
static int tables_apart(const side_shape *x, const side_shape *y, const pdf_edge_params *p)
{
	int tables = x->first_full > 0 && y->first_full > 0 &&
		     x->full_lines >= p->min_full_lines && y->full_lines >= p->min_full_lines;
	return tables && (x->last_row > y->last_text || y->last_row > x->last_text);
}

/* Font size of the area's lines: the largest. */
static double area_size(const pdf_line *l, const pdf_area *a)
{
	double size = 1;
	for (size_t i = a->first; i <= a->last; i++)
		size = fmax(size, l[i].size);
	return size;
}

/* Step 5: area a as tables side by side, appended to *out. */
static void side_by_side(const pdf_line *l, const tchunk *c, const size_t *first_chunk,
			 pdf_area a, const pdf_edge_params *p, pdf_area **out, size_t *n,
			 size_t *cap)
{
	pdf_gap *s;
	size_t ns = area_stripes(c, first_chunk, &a, &s), wide = 1;
	/* the widest with a column gap on each side: a table's each */
	for (size_t k = 2; k + 1 < ns; k++)
		if (s[k].hi - s[k].lo > s[wide].hi - s[wide].lo)
			wide = k;
	int split = 0;
	pdf_area left = a, right = a;
	side_shape lx, rx;
	if (ns >= 3) {
		double w = s[wide].hi - s[wide].lo;
		left.right = right.left = (s[wide].lo + s[wide].hi) / 2;
		split = w >= p->gutter_ratio * median_other(s, ns, wide) &&
			w >= p->min_gutter * area_size(l, &a) &&
			(lx = shape_of(c, first_chunk, &left, s, wide, p),
			 rx = shape_of(c, first_chunk, &right, s + wide + 1, ns - wide - 1, p),
			 tables_apart(&lx, &rx, p));
	}
	free(s);
	if (split) {
		side_by_side(l, c, first_chunk, left, p, out, n, cap);
		side_by_side(l, c, first_chunk, right, p, out, n, cap);
		return;
	}
	*out = rw_xgrow(*out, cap, *n + 1, sizeof **out);
	(*out)[(*n)++] = a;
}

pdf_line *pdf_area_lines(const pdf_line *l, const pdf_area *a, size_t *n, size_t **from)
{
	size_t count = a->last + 1 - a->first, m = 0;
	pdf_line *out = rw_xcalloc(count + 1, sizeof *out);
	*from = rw_xmalloc((count + 1) * sizeof **from);
	for (size_t i = a->first; i <= a->last; i++) {
		pdf_line *d = &out[m];
		*d = l[i];
		d->w = rw_xmalloc((l[i].nw + 1) * sizeof *d->w);
		d->nw = 0;
		d->size = 0;
		for (size_t k = 0; k < l[i].nw; k++) {
			if (!in_area(&l[i].w[k].b, a))
				continue;
			pdf_word *w = &d->w[d->nw++];
			*w = l[i].w[k];
			w->text = rw_xstrdup(w->text);
			d->b = d->nw == 1 ? w->b : d->b;
			pdf_box_union(&d->b, &w->b);
			d->size = fmaxf(d->size, w->size);
		}
		if (d->nw)
			(*from)[m++] = i;
		else
			free(d->w);
	}
	*n = m;
	return out;
}

/* Notes the edges of enough chunks and the areas on a debug picture. */
static void note_debug(pdf_debug *d, const edge *e, size_t ne, const pdf_line *l,
		       const pdf_area *a, size_t na, const pdf_edge_params *p)
{
	for (size_t k = 0; d && k < ne; k++)
		if (e[k].n >= (size_t)p->min_edge_chunks)
			pdf_debug_add_box(d, PDF_DEBUG_EDGE,
					  &(pdf_box){e[k].top, e[k].x, e[k].bottom, e[k].x});
	for (size_t k = 0; d && k < na; k++) {
		pdf_box b = l[a[k].first].b;
		for (size_t i = a[k].first + 1; i <= a[k].last; i++)
			pdf_box_union(&b, &l[i].b);
		b.left = fmax(b.left, a[k].left);
		b.right = fmin(b.right, a[k].right);
		pdf_debug_add_box(d, PDF_DEBUG_AREA, &b);
	}
}

size_t pdf_text_areas(const pdf_line *l, size_t nl, const int *used, const pdf_edge_params *p,
		      int *filled, pdf_area **out, pdf_debug *debug)
{
	tchunk *c;
	size_t nc = page_chunks(l, nl, used, p, &c);
	edge *e = NULL;
	size_t ne = 0, cap = 0;
	for (int k = 0; k < KINDS; k++)
		find_edges(c, nc, l, k, p, &e, &ne, &cap);
	long *col = rw_xmalloc((nc + 1) * sizeof *col);
	column *cols;
	size_t ncols = find_columns(c, nc, e, ne, p, col, &cols);
	int *crossed = rw_xcalloc(nl + 1, sizeof *crossed);
	memset(filled, 0, nl * sizeof *filled);
	count_columns(l, c, nc, col, cols, ncols, crossed, filled);
	size_t *first_chunk = rw_xmalloc((nl + 2) * sizeof *first_chunk);
	for (size_t i = 0, k = 0; i <= nl; i++) {
		while (k < nc && c[k].line < i)
			k++;
		first_chunk[i] = k;
	}
	first_chunk[nl + 1] = nc;
	pdf_area *whole;
	size_t nwhole = find_areas(l, nl, used, crossed, filled, c, first_chunk, p, &whole);
	size_t n = 0, acap = 0;
	*out = NULL;
	for (size_t k = 0; k < nwhole; k++)
		side_by_side(l, c, first_chunk, whole[k], p, out, &n, &acap);
	free(whole);
	note_debug(debug, e, ne, l, *out, n, p);
	free(first_chunk);
	free(crossed);
	free(cols);
	free(col);
	free(e);
	free(c);
	return n;
}
