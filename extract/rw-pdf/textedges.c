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
 *     than min_edge_chunks chunks is chance, counting those of the edges
 *     at its x that it goes on with past up to max_break_lines lines of
 *     one chunk (section rows: sections close together cut a column in
 *     pieces, each short), and past the rest of a cell wrapped beside
 *     its last chunk over them.
 *  2. Columns.  Edges through the same chunks are one column: a column of
 *     dates is left, centre and right aligned at once, text is left
 *     aligned, numbers right aligned, each counting once.  The chunks of
 *     the rows across the columns that cut them (step 1) line up with
 *     the edges by chance: they count for no edge, join no two columns
 *     and stretch none.
 *  3. Areas.  A line crossed by at least min_columns columns stands in a
 *     table.  Successive such lines make one area, also across up to
 *     max_break_lines lines that cut the columns (a section row across the
 *     table); a title above or a footnote below only ends the edges, so
 *     the columns under a page-wide line are not merged with it, and a
 *     blank stretch or a paragraph between two tables keeps them apart.
 *     An area is a table when min_full_lines of its lines have text in
 *     min_columns columns: the levels of a nested list are crossed by as
 *     many edges, but none of its lines has text in two of them. The
 *     lines between the same two level rules are one row, and so are
 *     lines whose boxes share more than min_shared_height of their
 *     height (beside one another, not one under the other); such a row
 *     counts as one such line when its lines have text in min_columns
 *     columns together though none has alone (ids centred on lines of
 *     their own beside texts of two lines).
 *  4. Full lines.  The lines of an area with text in all but full_slack
 *     of the most columns any of its lines fills show its columns best
 *     (Camelot takes the rows of the most common count): a line with a
 *     cell across columns (a section row) is not one of them.
 *  5. Tables side by side.  The whitespace-gutter cut of the XY-cut and
 *     of Breuel's whitespace analysis, inside an area, where the columns
 *     on either side do not share their rows: a band of white through
 *     every line of the area (no chunk reaches into it), min_gutter font
 *     sizes wide at least, with a column gap on each side, parts it in
 *     two when each side is a table of its own (min_columns of its
 *     columns hold text on min_edge_chunks lines) and the sides' rows are
 *     their own: a break between rows of one side (white across it,
 *     taller than a cell's leading by min_row_white font sizes and lower
 *     than a line) has text of the other side all through it - unless
 *     the white across both sides parts the area into rows each
 *     starting one first cell of each side at most (one table whose
 *     cells stand anywhere in padded rows), or the first cells of each
 *     side but full_slack stand level with text of the other (one table
 *     set without padding, its cells at the top, the middle or the
 *     bottom of their rows), or min_side_rules level rulings run across
 *     the band under half of each side (one table's rules run under all
 *     its columns) - or
 *     min_side_rules level rulings on each side stop in the band and none
 *     runs across it, or the head of each side starts with the same name
 *     (a table set in two halves side by side).  With rules or a head
 *     marking the sides out, a side's columns but one may hold text on
 *     fewer lines.  A band rules or a head mark out is the cut before
 *     any band nothing marks (a table's empty cells may leave more white
 *     inside it than the gutter); of bands alike, the widest.  Each side
 *     is cut again the same way.  Header lines right above the area (cells set
 *     off the columns' edges) with words on both sides of the cut and
 *     none across it are both sides', max_head_lines at most.  Two
 *     tables whose rows line up, unruled, under heads of different
 *     names show nothing of the kind and stay one.
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
	/* ... and a column's cells at one x to the producer's rounding of
	 * coordinates (a twentieth of a point and less), where words of
	 * lines that only happen to line up differ by more */
	.exact_tol = 0.005,
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
	/* two word spaces and more never part tables: a column gap */
	.min_gutter = 2.0,
	/* a header cell wrapped over two lines */
	.max_head_lines = 2,
	/* sizes rounded by the producer differ by a few hundredths; a
	 * note set a point smaller (9 on 10, 10 on 11) is another type */
	.type_tol = 0.05,
	/* the glyph boxes of a cell's lines touch or overlap (a line's
	 * box is its font's height); rows are padded apart */
	.min_row_white = 0.1,
	/* a paragraph's lines stand closer (emit.c's paragraph break is
	 * half a size); rows padded apart, further */
	.max_cell_leading = 0.5,
	/* successive lines of one cell share a tenth of their boxes' height
	 * or so (boxes a font's height, lines a leading apart); a cell
	 * centred between two lines of the next shares about half with
	 * each */
	.min_shared_height = 1.0 / 3.0,
	/* a rule under a header alone may stop short of some columns (a
	 * group name's); rows ruled on both sides are two tables' */
	.min_side_rules = 2,
};

enum { LEFT, CENTRE, RIGHT, KINDS };

typedef struct tchunk {
	pdf_box b;
	size_t line;          /* index into the lines */
	size_t w0, nw;        /* its words in the line */
	double tol;           /* align_tol in points, for this chunk's size */
	long edge[KINDS];     /* the edge each of its x's is on, or -1 */
} tchunk;

typedef struct edge {
	double x;             /* mean x of its chunks */
	size_t n;             /* chunks on it */
	int kind;
	long parent;          /* union-find: edges through one chunk */
	double top, bottom;   /* its vertical extent */
	size_t first, line;   /* the lines of its first and last chunks */
	size_t chunks;        /* chunks on it and on the edges it goes on
				 with past lines that cut it (cut_edges) */
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
	/* steady_to is a copy of that line's top: equal, not near */
	return l[j].b.top - l[i].b.bottom <= p->max_blank * lh ||
	       (l[i].steady_to > 0 && l[j].b.top == l[i].steady_to);
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
			t->w0 = st[k];
			t->nw = end - st[k];
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
						       c[i].line, (size_t)-1, 0};
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

typedef struct edge_at {
	int kind;
	double x;
	size_t i;
} edge_at;

static int by_kind_x(const void *a, const void *b)
{
	const edge_at *p = a, *q = b;
	if (p->kind != q->kind)
		return p->kind - q->kind;
	return (p->x > q->x) - (p->x < q->x);
}

static size_t chain_root(size_t *up, size_t k)
{
	while (up[k] != k)
		k = up[k] = up[up[k]];
	return k;
}

/* Line l is one chunk: a row across the columns, as a section's name. */
static int across(const pdf_line *l)
{
	size_t *st = rw_xmalloc((l->nw + 1) * sizeof *st);
	size_t n = pdf_line_chunks(l, st);
	free(st);
	return n == 1;
}

/* A chunk of line k (its chunks from first_chunk[k]) runs across x. */
static int line_across(const tchunk *c, const size_t *first_chunk, size_t k, double x)
{
	for (size_t i = first_chunk[k]; i < first_chunk[k + 1]; i++)
		if (c[i].b.left < x - c[i].tol && c[i].b.right > x + c[i].tol)
			return 1;
	return 0;
}

/* A chunk of line k stands over some of lo..hi. */
static int line_over(const tchunk *c, const size_t *first_chunk, size_t k, double lo, double hi)
{
	for (size_t i = first_chunk[k]; i < first_chunk[k + 1]; i++)
		if (c[i].b.left < hi && c[i].b.right > lo)
			return 1;
	return 0;
}

/* The chunk of line k on edge x (its x nearest x's). */
static const tchunk *chunk_on(const tchunk *c, const size_t *first_chunk, size_t k,
			      const edge *x)
{
	const tchunk *best = &c[first_chunk[k]];
	for (size_t i = first_chunk[k]; i < first_chunk[k + 1]; i++)
		if (fabs(chunk_x(&c[i].b, x->kind) - x->x) < fabs(chunk_x(&best->b, x->kind) - x->x))
			best = &c[i];
	return best;
}

/* Edge y goes on edge x past lines that cut it: one kind, one x, and
 * between them no blank stretch and, from the first line running across
 * the x, no more lines than max_break_lines, each a row across the
 * columns (section rows), y's first chunk right under them. Lines right
 * under x's last chunk with no text under it (the rest of a wrapped
 * cell of its row, beside it) leave it open, as they do along an edge
 * (step 1): they are not counted, when every line after them up to y
 * runs across the x (a line under a section row that does not may be
 * a row with no cell there, and x's chunk then a header's name over
 * the column, which would take the header in as a row). The lines that
 * cut it are marked in cuts[] when y goes on x. */
static int goes_on_past(const edge *x, const edge *y, const pdf_line *l, const tchunk *c,
			const size_t *first_chunk, const pdf_edge_params *p, unsigned char *cuts)
{
	if (y->first <= x->line + 1 || fabs(x->x - y->x) > p->align_tol * fmax(l[x->line].size, 1))
		return 0;
	const tchunk *cell = chunk_on(c, first_chunk, x->line, x);
	size_t cut = 0; /* the first line that cuts it, once found */
	for (size_t k = x->line; k < y->first; k++) {
		if (!pdf_lines_follow(l, k, k + 1, p))
			return 0;
		if (k == x->line)
			continue;
		int crossing = line_across(c, first_chunk, k, x->x);
		if (!cut && !crossing && line_over(c, first_chunk, k, cell->b.left, cell->b.right))
			return 0; /* text under x's cell: no wrapped cell beside it */
		cut = cut ? cut : crossing ? k : 0;
		if (cut && (k - cut >= (size_t)p->max_break_lines || !across(&l[k]) ||
			    (cut > x->line + 1 && !crossing)))
			return 0;
	}
	for (size_t k = cut ? cut : y->first; cuts && k < y->first; k++)
		cuts[k] = 1;
	return 1;
}

/* The chunks of each edge with those of the edges it goes on with past
 * lines that cut it (cut_edges): a column cut by section rows is one
 * column, though its pieces between them hold fewer than
 * min_edge_chunks chunks each. Those lines are marked in cuts[] (rows
 * across the columns). */
static void cut_edges(edge *e, size_t ne, const tchunk *c, size_t nc, const size_t *first_chunk,
		      const pdf_line *l, const pdf_edge_params *p, unsigned char *cuts)
{
	edge_at *at = rw_xmalloc((ne + 1) * sizeof *at);
	size_t *up = rw_xmalloc((ne + 1) * sizeof *up);
	for (size_t k = 0; k < ne; k++) {
		at[k] = (edge_at){e[k].kind, e[k].x, k};
		up[k] = k;
	}
	qsort(at, ne, sizeof *at, by_kind_x);
	for (size_t i = 0; i < ne; i++) {
		double tol = p->align_tol * fmax(l[e[at[i].i].line].size, 1);
		for (size_t j = i + 1; j < ne && at[j].kind == at[i].kind && at[j].x - at[i].x <= tol;
		     j++) {
			const edge *a = &e[at[i].i], *b = &e[at[j].i];
			if (!goes_on_past(b, a, l, c, first_chunk, p, cuts) &&
			    !goes_on_past(a, b, l, c, first_chunk, p, cuts))
				continue;
			up[chain_root(up, at[j].i)] = chain_root(up, at[i].i);
		}
	}
	/* a row across the columns lines up with their edges by chance:
	 * its chunks count for none */
	for (size_t k = 0; k < ne; k++)
		e[k].chunks = e[k].n;
	for (size_t i = 0; i < nc; i++)
		for (int k = 0; k < KINDS && cuts[c[i].line]; k++)
			if (c[i].edge[k] >= 0)
				e[c[i].edge[k]].chunks--;
	for (size_t k = 0; k < ne; k++)
		if (chain_root(up, k) != k)
			e[chain_root(up, k)].chunks += e[k].chunks;
	for (size_t k = 0; k < ne; k++)
		e[k].chunks = e[chain_root(up, k)].chunks;
	free(at);
	free(up);
}

/* A column (step 2): the union of edges through one chunk (not one of
 * a row across the columns), and its vertical extent. */
typedef struct column {
	double top, bottom;
} column;

/* Edges of one kind a line must run across to be no cell of their
 * columns: two (one may be a justified word's chance start). */
#define CROSSED_EDGES 2

/* Chunk x runs across the x of CROSSED_EDGES left edges of enough
 * chunks or more, or as many right edges, each within max_break_lines
 * + 1 lines over or under its lines: a line across the columns there (a title or a
 * paragraph right over a table of three columns or more, a note under
 * it) is no cell of the columns it crosses. One column's start is not
 * enough: a word of justified prose may start, by chance, where two
 * other lines' words do, after words that end where theirs do. (A line
 * between an edge's lines that crosses it ends it: cut_edges.) */
static int runs_across_edges(const tchunk *x, const pdf_line *l, const edge *e, size_t ne,
			     const pdf_edge_params *p)
{
	size_t near = (size_t)p->max_break_lines + 1;
	double tol = p->align_tol * fmax(l[x->line].size, 1);
	int crossed[KINDS] = {0};
	for (size_t k = 0; k < ne; k++) {
		const edge *a = &e[k];
		int over = x->line < a->first && x->line + near >= a->first;
		int under = x->line > a->line && x->line <= a->line + near;
		if (a->chunks >= (size_t)p->min_edge_chunks && (over || under))
			crossed[a->kind] += x->b.left < a->x - tol && x->b.right > a->x + tol;
	}
	return crossed[LEFT] >= CROSSED_EDGES || crossed[RIGHT] >= CROSSED_EDGES;
}

/* The columns of the page; col[i] of each chunk (the column of any of its
 * edges of enough chunks, else -1). Returns the count, extents in *out. */
static size_t find_columns(tchunk *c, size_t nc, const pdf_line *l, edge *e, size_t ne,
			   const pdf_edge_params *p, const unsigned char *cuts, long *col, column **out)
{
	for (size_t i = 0; i < nc; i++) {
		long first = -1;
		/* a row across the columns (cut_edges), or a line across
		 * them over or under their run, may line up with any of
		 * them by chance: it joins none */
		if (cuts[c[i].line] || runs_across_edges(&c[i], l, e, ne, p))
			continue;
		for (int k = 0; k < KINDS; k++) {
			long x = c[i].edge[k];
			if (x < 0 || e[x].chunks < (size_t)p->min_edge_chunks)
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
		if (e[k].chunks < (size_t)p->min_edge_chunks)
			continue;
		long r = root(e, (long)k);
		if (id[r] < 0) {
			id[r] = (long)n;
			cols[n++] = (column){HUGE_VAL, -HUGE_VAL};
		}
	}
	/* a column reaches as far as its chunks, a row across the columns
	 * not one of them */
	for (size_t i = 0; i < nc; i++) {
		col[i] = -1;
		for (int k = 0; k < KINDS && col[i] < 0; k++) {
			long x = c[i].edge[k];
			if (x >= 0 && e[x].chunks >= (size_t)p->min_edge_chunks)
				col[i] = id[root(e, x)];
		}
		if (col[i] >= 0 && !cuts[c[i].line]) {
			column *x = &cols[col[i]];
			x->top = fmin(x->top, c[i].b.top);
			x->bottom = fmax(x->bottom, c[i].b.bottom);
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

/* The smallest font size of the line's words: a line's size (its
 * largest) is a fallback font's where a script needs one. */
static double least_size(const pdf_line *l)
{
	double least = l->size;
	for (size_t k = 0; k < l->nw; k++)
		least = l->w[k].size > 0 ? fmin(least, l->w[k].size) : least;
	return least;
}

int pdf_larger_type(const pdf_line *a, const pdf_line *b, const pdf_edge_params *p)
{
	return least_size(a) > b->size * (1 + p->type_tol);
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

/* The white stripes between the chunks of the full lines among
 * first..last (pdf_full_line: the column gaps of a table there, as
 * stream.c finds them); their count, in *out (allocated). first_chunk[i]
 * is line i's first chunk in c. */
static size_t gaps_of(const tchunk *c, const size_t *first_chunk, size_t first, size_t last,
		      const int *filled, const pdf_edge_params *p, pdf_gap **out)
{
	size_t n = first_chunk[last + 1] - first_chunk[first], m = 0;
	pdf_gap *x = rw_xmalloc((n + 1) * sizeof *x);
	*out = rw_xmalloc((n + 1) * sizeof **out);
	int most = pdf_most_filled(filled, first, last);
	for (size_t i = first; i <= last; i++)
		for (size_t k = first_chunk[i];
		     k < first_chunk[i + 1] && pdf_full_line(filled[i], most, p); k++)
			x[m++] = (pdf_gap){c[k].b.left, c[k].b.right};
	size_t ng = pdf_white_stripes(x, m, *out);
	free(x);
	return ng;
}

/* The middles of the column gaps of lines first..last (gaps_of): the
 * column bounds of a table there; their count, in *out. */
static size_t bounds_above(const tchunk *c, const size_t *first_chunk, size_t first, size_t last,
			   const int *filled, const pdf_edge_params *p, double **out)
{
	pdf_gap *g;
	size_t nb = gaps_of(c, first_chunk, first, last, filled, p, &g);
	double *b = *out = rw_xmalloc((nb + 1) * sizeof *b);
	for (size_t k = 0; k < nb; k++)
		b[k] = (g[k].lo + g[k].hi) / 2;
	free(g);
	return nb;
}

/* A chunk of line j runs across a whole column gap of lines first..last:
 * a line across the columns (a note under the table, justified so that
 * its words stand apart, or one long line), not a row of them. */
static int runs_across(const tchunk *c, const size_t *first_chunk, size_t first, size_t last,
		       size_t j, const int *filled, const pdf_edge_params *p)
{
	pdf_gap *g;
	size_t ng = gaps_of(c, first_chunk, first, last, filled, p, &g);
	int across = 0;
	for (size_t k = first_chunk[j]; k < first_chunk[j + 1] && !across; k++)
		for (size_t i = 0; i < ng && !across; i++)
			across = c[k].b.left < g[i].lo && c[k].b.right > g[i].hi;
	free(g);
	return across;
}

/* The column of the bounds b[0..nb-1] (ascending) that holds x. */
static size_t bounds_column(const double *b, size_t nb, double x)
{
	size_t i = 0;
	while (i < nb && b[i] <= x)
		i++;
	return i;
}

/* Chunk x stands in the room of a chunk of lines first..last that it is
 * aligned with (left or right ends within its tolerance): wholly between
 * that chunk's neighbours on its line, as bound b does. A cell wider
 * than the one above it in its column runs into the white a header set
 * off the cells (centred over them) leaves beside that one: that white
 * is no column gap. */
static int in_aligned_room(const tchunk *c, const size_t *first_chunk, size_t first, size_t last,
			   const tchunk *x, double b)
{
	for (size_t k = first_chunk[first]; k < first_chunk[last + 1]; k++) {
		const tchunk *a = &c[k];
		if (fabs(a->b.left - x->b.left) > a->tol && fabs(a->b.right - x->b.right) > a->tol)
			continue;
		double lo = k > first_chunk[a->line] ? c[k - 1].b.right : -HUGE_VAL;
		double hi = k + 1 < first_chunk[a->line + 1] ? c[k + 1].b.left : HUGE_VAL;
		if (x->b.left > lo && x->b.right < hi && b > lo && b < hi)
			return 1;
	}
	return 0;
}

/* The right end of the text of the full lines among first..last. */
static double full_right(const tchunk *c, const size_t *first_chunk, size_t first, size_t last,
			 const int *filled, const pdf_edge_params *p)
{
	int most = pdf_most_filled(filled, first, last);
	double right = -HUGE_VAL;
	for (size_t i = first; i <= last; i++)
		if (pdf_full_line(filled[i], most, p))
			for (size_t k = first_chunk[i]; k < first_chunk[i + 1]; k++)
				right = fmax(right, c[k].b.right);
	return right;
}

/* The table above (lines first..last) goes on at line j, past lines across
 * its columns (a section row cuts the edges, not the table): no chunk of
 * line j runs across a column bound of the table above (but in the room
 * of a chunk it is aligned with: in_aligned_room), nor do two of them
 * stand in one of its columns (a cell is one word group) - right of
 * the full lines' text, a column they all leave empty (a column of
 * few values, no edge of its own) starts where a chunk does. Another
 * table under a line of prose has columns of its own, even where they
 * nest in the white of the columns above. */
static int goes_on_at(const tchunk *c, const size_t *first_chunk, size_t first, size_t last,
		      size_t j, const int *filled, const pdf_edge_params *p)
{
	double *b;
	size_t nb = bounds_above(c, first_chunk, first, last, filled, p, &b);
	double end = full_right(c, first_chunk, first, last, filled, p);
	int ok = 1;
	for (size_t k = first_chunk[j]; k < first_chunk[j + 1] && ok; k++) {
		for (size_t i = 0; i < nb && ok; i++)
			ok = !(c[k].b.left < b[i] && c[k].b.right > b[i]) ||
			     in_aligned_room(c, first_chunk, first, last, &c[k], b[i]);
		ok &= nb == 0 || k == first_chunk[j] || c[k].b.left > end ||
		      bounds_column(b, nb, c[k].b.left) != bounds_column(b, nb, c[k - 1].b.left);
	}
	free(b);
	return ok;
}

int pdf_is_bullet(const char *word)
{
	static const char *const bullets[] = {"\xe2\x80\xa2", "\xe2\x97\xa6", "\xe2\x96\xaa",
					      "\xef\x82\xb7", "-", "\xe2\x80\x93", "*", "\xc2\xb7"};
	for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++)
		if (!strcmp(word, bullets[i]))
			return 1;
	return 0;
}

int pdf_starts_item(const pdf_line *l)
{
	const char *t = l->w[0].text;
	if (pdf_is_bullet(t))
		return 1;
	size_t n = strlen(t);
	/* "(a)", "a)", "1.", "2.1.", with the item's text after it: a
	 * number alone on a line ends the sentence of the line above
	 * ("... 7.1 through" over "7.3.") */
	if (n >= 2 && (t[n - 1] == ')' || (t[n - 1] == '.' && isdigit((unsigned char)t[0]))) &&
	    n <= 6 && l->nw > 1)
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

/* The level rules nearest above and under the middle of each line
 * crossed by min_columns columns, among those reaching over it
 * (-HUGE_VAL, HUGE_VAL: none). */
static void rules_around(const pdf_line *l, size_t nl, const int *crossed, const pdf_ruling *r,
			 size_t nr, const pdf_edge_params *p, double *above, double *below)
{
	for (size_t i = 0; i < nl; i++) {
		double mid = (l[i].b.top + l[i].b.bottom) / 2;
		above[i] = -HUGE_VAL, below[i] = HUGE_VAL;
		for (size_t k = 0; crossed[i] >= p->min_columns && k < nr; k++) {
			if (r[k].y0 != r[k].y1 || fmin(r[k].x0, r[k].x1) > l[i].b.right ||
			    fmax(r[k].x0, r[k].x1) < l[i].b.left)
				continue;
			above[i] = r[k].y0 <= mid ? fmax(above[i], r[k].y0) : above[i];
			below[i] = r[k].y0 >= mid ? fmin(below[i], r[k].y0) : below[i];
		}
	}
}

/* Lines i..j-1, one row, hold text in min_columns columns together
 * though none does alone; seen[] is scratch (ncols). */
static int fills_together(const int *filled, const size_t *first_chunk, const long *col,
			  unsigned char *seen, size_t ncols, size_t i, size_t j,
			  const pdf_edge_params *p)
{
	int n = 0, full = 0;
	memset(seen, 0, ncols + 1);
	for (size_t k = i; k < j; k++) {
		full |= filled[k] >= p->min_columns;
		for (size_t c = first_chunk[k]; c < first_chunk[k + 1]; c++)
			n += col[c] >= 0 && !seen[col[c]]++;
	}
	return !full && n >= p->min_columns;
}

/* Line j stands beside line j - 1 rather than under it: their boxes
 * share more than min_shared_height of the lower one's height. */
static int beside_above(const pdf_line *l, size_t j, const pdf_edge_params *p)
{
	double shared = l[j - 1].b.bottom - l[j].b.top;
	return shared > p->min_shared_height * (l[j].b.bottom - l[j].b.top);
}

/* The rows whose cells stand on lines of their own.  The lines between
 * the same two level rules (rulings, edges of row fills) are one row,
 * and so are lines standing beside one another (beside_above: a cell
 * centred on a line between two lines of the next): an id centred
 * beside a cell of two lines fills no line with it. split[i] is 1 where
 * line i is the first of such a row none of whose lines fills
 * min_columns columns and all of them together do: a full row as a
 * full line is one. */
static void split_rows(const pdf_line *l, size_t nl, const int *crossed, const int *filled,
		       const size_t *first_chunk, const long *col, size_t ncols,
		       const pdf_ruling *r, size_t nr, const pdf_edge_params *p, int *split)
{
	double *above = rw_xmalloc((nl + 1) * sizeof *above);
	double *below = rw_xmalloc((nl + 1) * sizeof *below);
	rules_around(l, nl, crossed, r, nr, p, above, below);
	unsigned char *seen = rw_xmalloc(ncols + 1);
	for (size_t i = 0, j; i < nl; i = j) {
		for (j = i; j < nl && isfinite(above[i]) && isfinite(below[i]) &&
			    above[j] == above[i] && below[j] == below[i];
		     j++)
			;
		j = j > i ? j : i + 1;
		split[i] = fills_together(filled, first_chunk, col, seen, ncols, i, j, p);
	}
	for (size_t i = 0, j; i < nl; i = j) {
		for (j = i + 1; j < nl && beside_above(l, j, p); j++)
			;
		split[i] |= j > i + 1 && fills_together(filled, first_chunk, col, seen, ncols, i, j, p);
	}
	free(seen);
	free(above);
	free(below);
}

/* Line j, next to line k of a table (under or over it) whose text starts
 * at `left`, has text in one column only, starting no further right than
 * the table's (a cell's other lines start in their column), and is set
 * in another type: a note under the table, or a table's title, which the
 * table's columns cross only where it leaves them white (a table's lines
 * are set in one type; a cell's words in another script may come in a
 * fallback font of another size). */
static int note_line(const pdf_line *l, size_t k, size_t j, double left, const int *filled,
		     const pdf_edge_params *p)
{
	return filled[j] < p->min_columns && l[j].b.left <= left + p->align_tol * fmax(l[j].size, 1) &&
	       (pdf_larger_type(&l[k], &l[j], p) || pdf_larger_type(&l[j], &l[k], p));
}

/* Some line of i..last is set in line j's type (neither in a larger type
 * than the other): j is no note under those lines, though the line next
 * to it is in another type (a line of a cell's words in another script,
 * set in a fallback font of another size). */
static int type_in(const pdf_line *l, size_t i, size_t last, size_t j, const pdf_edge_params *p)
{
	for (size_t k = i; k <= last; k++)
		if (!pdf_larger_type(&l[k], &l[j], p) && !pdf_larger_type(&l[j], &l[k], p))
			return 1;
	return 0;
}

/* What steps 3 and 5 need of the page besides its chunks: the level
 * rulings, and the lines used before. */
typedef struct rulings {
	const pdf_ruling *r;
	size_t n;
	const int *used;
} rulings;

/* Level rule r spans the table's text from left to right, within
 * tol at either end. */
static int rule_spans(const pdf_ruling *r, double left, double right, double tol)
{
	return r->y0 == r->y1 && fmin(r->x0, r->x1) <= left + tol && fmax(r->x0, r->x1) >= right - tol;
}

/* A level rule runs under line k and over line j across the table's
 * text from left to right (within a line's height at either end): the
 * table's bottom rule, which closes it. Under and over are taken middle
 * to middle: a rule drawn tight stands inside a line's box. */
static int closed_between(const rulings *ru, const pdf_line *l, size_t k, size_t j, double left,
			  double right)
{
	double tol = l[k].b.bottom - l[k].b.top;
	double under = (l[k].b.top + l[k].b.bottom) / 2, over = (l[j].b.top + l[j].b.bottom) / 2;
	for (size_t m = 0; m < ru->n; m++) {
		const pdf_ruling *r = &ru->r[m];
		if (rule_spans(r, left, right, tol) && r->y0 > under && r->y0 < over)
			return 1;
	}
	return 0;
}

/* Line heights: a rule stands over or under a line up to this far into
 * its box (a row's rule in the padding, the boxes' rounding); rw-pdf(1):
 * rule_near. */
#define RULE_NEAR_LINES 0.5

size_t pdf_ruled_row_end(const pdf_ruling *r, size_t nr, const int *used, const pdf_line *l,
			 size_t nl, size_t i, size_t j, double left, double right)
{
	double line = l[j].b.bottom - l[j].b.top, near = RULE_NEAR_LINES * line;
	double lo = HUGE_VAL, hi = -HUGE_VAL, under = HUGE_VAL;
	int over = 0;
	for (size_t m = 0; m < nr; m++) {
		if (!rule_spans(&r[m], left, right, line))
			continue;
		double y = r[m].y0;
		if (y > l[i].b.bottom - near && y < l[j - 1].b.top + near)
			lo = fmin(lo, y), hi = fmax(hi, y);
		over |= y > l[i].b.top && y <= l[j].b.top + near;
		if (y >= l[j].b.bottom - near)
			under = fmin(under, y);
	}
	size_t end = j - 1;
	if (!(hi - lo > line) || !over || !isfinite(under))
		return end;
	for (size_t k = j; k < nl && !used[k] && l[k].b.bottom <= under + near &&
			   (k == j || pdf_lines_follow(l, k - 1, k, &pdf_edge_defaults));
	     k++)
		end = k;
	return end;
}

/* Step 3: the areas from the lines' counts. */
static size_t find_areas(const pdf_line *l, size_t nl, const rulings *ru, const int *crossed,
			 const int *filled, const int *split, const tchunk *c,
			 const size_t *first_chunk, const pdf_edge_params *p, pdf_area **out)
{
	pdf_area *a = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < nl;) {
		if (ru->used[i] || crossed[i] < p->min_columns) {
			i++;
			continue;
		}
		size_t last = i, j = i + 1, prev = i;
		/* the table's last line over lines across its columns, until
		 * a full line under them (pdf_full_line) keeps its columns: a
		 * section row in a table, where a note and the next table's
		 * title stand between two tables whose columns differ */
		size_t over = SIZE_MAX, ruled = i; /* ruled: the last line pdf_ruled_row_end took */
		int most = 0, breaks = 0, whole = 1;
		double left = l[i].b.left, right = l[i].b.right;
		for (; j < nl && !ru->used[j] && pdf_lines_follow(l, prev, j, p); prev = j++) {
			int note = note_line(l, last, j, left, filled, p) &&
				   !type_in(l, i, last, j, p);
			/* a note in another type under the table's bottom
			 * rule: the table is closed */
			if (note && closed_between(ru, l, last, j, left, right))
				break;
			if (crossed[j] < p->min_columns || note) {
				/* lines between the rules of a table that
				 * rules its rows are a row of it */
				size_t end = breaks ? j - 1
						    : pdf_ruled_row_end(ru->r, ru->n, ru->used, l, nl, i,
									j, left, right);
				if (end >= j) {
					last = ruled = j = end;
					continue;
				}
				/* the rest of the row's wrapped cell, right under
				 * it, runs across none of its columns: it leaves
				 * them open (step 1) though their edges end at
				 * the row, where section rows under it cut them */
				if (!breaks && !note && goes_on_at(c, first_chunk, i, last, j, filled, p))
					continue;
				/* more lines across the columns than one section
				 * name wraps over are section rows of their own
				 * when none is the rest of the line before */
				whole = breaks ? whole && pdf_fits_after(&l[j - 1], &l[j], right) : 1;
				if (++breaks > p->max_break_lines && !whole)
					break;
				continue;
			}
			if (breaks && !goes_on_at(c, first_chunk, i, last, j, filled, p))
				break;
			if (breaks && over == SIZE_MAX)
				over = last, most = pdf_most_filled(filled, i, over);
			if (over != SIZE_MAX && filled[j] >= p->min_columns) {
				if (!goes_on_at(c, first_chunk, i, over, j, filled, p)) {
					last = over;
					break;
				}
				over = pdf_full_line(filled[j], most, p) ? SIZE_MAX : over;
			}
			last = j;
			left = fmin(left, l[j].b.left);
			right = fmax(right, l[j].b.right);
			breaks = 0;
		}
		/* the edges a line across the columns lines up with by chance
		 * (its margin, a word of a justified line) do not make it a
		 * row; a full line is one, though a cell of it runs past the
		 * white a header centred in its column leaves */
		for (int k = 0; k < p->max_break_lines && last > i + 1 && last > ruled &&
				!pdf_full_line(filled[last], pdf_most_filled(filled, i, last - 1), p) &&
				runs_across(c, first_chunk, i, last - 1, last, filled, p); k++)
			last--;
		/* a table's lines are set in one type: a first line set
		 * larger than the next is its title, a last line set smaller
		 * than the one before a note under it */
		while (i < last && pdf_larger_type(&l[i], &l[i + 1], p))
			i++;
		while (last > i && pdf_larger_type(&l[last - 1], &l[last], p))
			last--;
		/* nor does it start with a note or a title over it */
		while (i < last && note_line(l, i + 1, i, l[i + 1].b.left, filled, p))
			i++;
		int nfull = 0;
		for (size_t k = i; k <= last; k++)
			nfull += filled[k] >= p->min_columns || split[k];
		if (nfull >= p->min_full_lines && !is_list(l, i, last, filled, p)) {
			a = rw_xgrow(a, &cap, n + 1, sizeof *a);
			a[n++] = (pdf_area){i, last, -HUGE_VAL, HUGE_VAL, 0};
		}
		i = last + 1;
	}
	*out = a;
	return n;
}

int pdf_area_holds(const pdf_area *a, const pdf_box *b)
{
	double mid = (b->left + b->right) / 2;
	return a->left <= mid && mid < a->right;
}

int pdf_area_clipped(const pdf_area *a)
{
	return isfinite(a->left) || isfinite(a->right);
}

/* The white stripes through the lines of area a that hold min_chunks
 * chunks of it or more: between the chunks of those lines (those in
 * it); their count, in *out (allocated). */
static size_t area_stripes(const tchunk *c, const size_t *first_chunk, const pdf_area *a,
			   size_t min_chunks, pdf_gap **out)
{
	size_t n = first_chunk[a->last + 1] - first_chunk[a->first], m = 0;
	pdf_gap *x = rw_xmalloc((n + 1) * sizeof *x);
	*out = rw_xmalloc((n + 1) * sizeof **out);
	for (size_t i = a->first; i <= a->last; i++) {
		size_t in = 0;
		for (size_t k = first_chunk[i]; k < first_chunk[i + 1]; k++)
			in += pdf_area_holds(a, &c[k].b);
		for (size_t k = first_chunk[i]; k < first_chunk[i + 1] && in >= min_chunks; k++)
			if (pdf_area_holds(a, &c[k].b))
				x[m++] = (pdf_gap){c[k].b.left, c[k].b.right};
	}
	size_t ns = pdf_white_stripes(x, m, *out);
	free(x);
	return ns;
}

/* A side of an area is a table of its own: min_columns of the columns
 * its stripes s[0..ns-1] part it into hold text on min_edge_chunks
 * lines each (a text edge's worth). Counting lines with text in several
 * columns would miss tables whose cells are centred in their rows: a
 * cell of one line stands on a line of its own beside a wrapped one.
 * With framed set (rules or a header of its own show where the side's
 * table ends), one such column will do beside others holding any text:
 * a column left mostly empty (notes) is still the table's. */
static int side_is_table(const tchunk *c, const size_t *first_chunk, const pdf_area *side,
			 const pdf_gap *s, size_t ns, int framed, const pdf_edge_params *p)
{
	int *lines = rw_xcalloc(ns + 2, sizeof *lines), cols = 0, edged = 0;
	for (size_t i = side->first; i <= side->last; i++) {
		size_t last_col = (size_t)-1;
		for (size_t k = first_chunk[i]; k < first_chunk[i + 1]; k++) {
			if (!pdf_area_holds(side, &c[k].b))
				continue;
			size_t col = 0;
			while (col < ns && s[col].hi <= c[k].b.left)
				col++;
			lines[col] += col != last_col;
			last_col = col;
		}
	}
	for (size_t k = 0; k <= ns; k++) {
		edged += lines[k] >= p->min_edge_chunks;
		cols += framed ? lines[k] > 0 : lines[k] >= p->min_edge_chunks;
	}
	free(lines);
	return edged > 0 && cols >= p->min_columns;
}

/* Font size of the area's lines: the largest. */
static double area_size(const pdf_line *l, const pdf_area *a)
{
	double size = 1;
	for (size_t i = a->first; i <= a->last; i++)
		size = fmax(size, l[i].size);
	return size;
}

/* The white between rows of a table in an area: more than the leading
 * of a cell's lines by min_row_white font sizes (the rows' padding), less
 * than a line's pitch (taller white on one side of a table is a line of
 * a cell beside it: in a table whose rows are not padded apart, a break
 * between rows shows no more white than a cell's lines do). */
typedef struct row_white {
	double least, most;
} row_white;

/* The white bands across a side (rows of white no chunk of it starting
 * at x from on reaches, min_white tall at least: taller than the white
 * between the lines of one cell), top to bottom, between its first
 * text's top and its last text's bottom (*top, *bottom); their count,
 * in *out (allocated). */
static size_t white_bands(const tchunk *c, const size_t *first_chunk, const pdf_area *side,
			  double from, double min_white, double max_white, pdf_gap **out,
			  double *top, double *bottom)
{
	size_t n = first_chunk[side->last + 1] - first_chunk[side->first], m = 0;
	pdf_gap *y = rw_xmalloc((n + 1) * sizeof *y);
	*out = rw_xmalloc((n + 1) * sizeof **out);
	*top = HUGE_VAL, *bottom = -HUGE_VAL;
	for (size_t k = first_chunk[side->first]; k < first_chunk[side->last + 1]; k++)
		if (pdf_area_holds(side, &c[k].b) && c[k].b.left >= from) {
			y[m++] = (pdf_gap){c[k].b.top, c[k].b.bottom};
			*top = fmin(*top, c[k].b.top);
			*bottom = fmax(*bottom, c[k].b.bottom);
		}
	size_t nb = pdf_white_stripes(y, m, *out), kept = 0;
	for (size_t k = 0; k < nb; k++)
		if ((*out)[k].hi - (*out)[k].lo >= min_white && (*out)[k].hi - (*out)[k].lo < max_white)
			(*out)[kept++] = (*out)[k];
	free(y);
	return kept;
}

/* Some white band of side x (a break between its rows) has text of side
 * y all through it: no white of y (its bands, above its top, under its
 * bottom) shares min_white of its height with it. Only the first column
 * of a table holds cells spanning rows (an id over two), whose text
 * crosses the break between them: the text of each side is taken from
 * x_from and y_from on (its first column gap). */
static int breaks_crossed(const tchunk *c, const size_t *first_chunk, const pdf_area *x,
			  double x_from, const pdf_area *y, double y_from, const row_white *w)
{
	pdf_gap *a, *b;
	double ta, ua, tb, ub;
	size_t na = white_bands(c, first_chunk, x, x_from, w->least, w->most, &a, &ta, &ua);
	size_t nb = white_bands(c, first_chunk, y, y_from, w->least, HUGE_VAL, &b, &tb, &ub);
	int crossed = 0;
	double shared = fmax(w->least, 0); /* white, however little, where a
					      break's threshold is below none */
	for (size_t i = 0; i < na && !crossed; i++) {
		int white = tb - a[i].lo > shared || a[i].hi - ub > shared;
		for (size_t k = 0; k < nb && !white; k++)
			white = fmin(a[i].hi, b[k].hi) - fmax(a[i].lo, b[k].lo) > shared;
		crossed = !white;
	}
	free(a);
	free(b);
	return crossed;
}

/* The white between the lines of a wrapped cell in area a: the least
 * between a chunk and the next one under it in its column (overlapping
 * it across), and the height of those chunks (a line's). White taller
 * than max_cell_leading font sizes is between rows, not a cell's lines:
 * a table whose cells all hold one line shows no leading (0). */
static void cell_leading(const tchunk *c, const size_t *first_chunk, const pdf_area *a,
			 double size, const pdf_edge_params *p, double *leading, double *line)
{
	double least = HUGE_VAL;
	*leading = HUGE_VAL, *line = 0;
	for (size_t k = first_chunk[a->first]; k < first_chunk[a->last + 1]; k++) {
		if (!pdf_area_holds(a, &c[k].b))
			continue;
		int found = 0;
		for (size_t j = k + 1; j < first_chunk[a->last + 1] && !found; j++)
			if (c[j].line != c[k].line && pdf_area_holds(a, &c[j].b) &&
			    c[j].b.left < c[k].b.right && c[j].b.right > c[k].b.left) {
				found = 1;
				double white = c[j].b.top - c[k].b.bottom;
				if (white < least) {
					least = white;
					*line = c[k].b.bottom - c[k].b.top;
				}
				if (white <= p->max_cell_leading * size)
					*leading = fmin(*leading, white);
			}
	}
	*leading = isfinite(*leading) ? *leading : 0;
}

/* A gutter tried in step 5, and where the first column of each side
 * ends: the first white stripe of the side's rows, the lines holding
 * two chunks of the area or more (a line of one chunk may be a
 * section's name, set from the first column across the next ones: it
 * ends no column). Only the first column of a table holds cells
 * spanning rows (an id over two), whose text may cross a row break. */
typedef struct gutter_cut {
	pdf_gap g;
	double first[2]; /* left side's first column gap (its lo), right side's */
} gutter_cut;

/* The gutter s[k] (one of the area's stripes s[0..k+1]) with its sides'
 * first column gaps among the rows' stripes r[0..nr-1]; the area's own
 * where the rows show none. */
static gutter_cut cut_at(const pdf_gap *s, size_t k, const pdf_gap *r, size_t nr)
{
	gutter_cut cut = {s[k], {s[0].lo, s[k + 1].lo}};
	for (size_t j = nr; j-- > 0;) {
		if (r[j].hi <= s[k].lo)
			cut.first[0] = r[j].lo;
		else if (r[j].lo >= s[k].hi)
			cut.first[1] = r[j].lo;
	}
	return cut;
}

/* The rows of the two sides are their own: a row break of one side has
 * text of the other running across it. Between two rows of one table,
 * white runs across all its columns, whatever their cells hold (cells
 * set at the top or the middle of their rows, one line or several); the
 * rows of two tables side by side break where each table's cells end. */
static int rows_apart(const tchunk *c, const size_t *first_chunk, const pdf_area *left,
		      const pdf_area *right, const gutter_cut *cut, const row_white *w)
{
	return breaks_crossed(c, first_chunk, left, cut->first[0], right, cut->first[1], w) ||
	       breaks_crossed(c, first_chunk, right, cut->first[1], left, cut->first[0], w);
}

/* First cells of a side: its chunks left of its first column gap (from
 * lo on, before gap), one cell while the white between two of them is
 * less than a row break's (w->least). Counts the cells starting in each
 * band row (between bands b[0..nb-1]) into per[0..nb]; returns 0 when
 * some band row holds two. */
static int one_first_cell_a_row(const tchunk *c, const size_t *first_chunk, const pdf_area *a,
				double lo, double gap, const pdf_gap *b, size_t nb,
				const row_white *w, int *per)
{
	double bottom = -HUGE_VAL;
	for (size_t k = first_chunk[a->first]; k < first_chunk[a->last + 1]; k++) {
		const pdf_box *x = &c[k].b;
		if (!pdf_area_holds(a, x) || x->left < lo || x->left >= gap)
			continue;
		if (x->top - bottom >= w->least) { /* a cell starts */
			size_t r = 0;
			while (r < nb && b[r].lo <= x->top) /* a first cell may stand in
								  the band the others leave */
				r++;
			if (++per[r] > 1)
				return 0;
		}
		bottom = fmax(bottom, x->bottom);
	}
	return 1;
}

/* The sides share their rows: the white bands across both (their text
 * from each side's first column gap on: an id may span two rows) part
 * the area into rows each starting at most one first cell of each side,
 * and min_full_lines of them start one of each. One table whose cells
 * stand at the top, the middle or the bottom of padded rows shows white
 * within a row on one side, crossed by the other's text; two tables
 * side by side break their rows where each one's cells end, so that a
 * band across both holds several rows of one. */
static int rows_shared(const tchunk *c, const size_t *first_chunk, const pdf_area *a,
		       const gutter_cut *cut, const row_white *w, const pdf_edge_params *p)
{
	double mid = (cut->g.lo + cut->g.hi) / 2;
	size_t n = first_chunk[a->last + 1] - first_chunk[a->first], m = 0;
	pdf_gap *y = rw_xmalloc((n + 1) * sizeof *y), *b = rw_xmalloc((n + 1) * sizeof *b);
	for (size_t i = first_chunk[a->first]; i < first_chunk[a->last + 1]; i++) {
		const pdf_box *x = &c[i].b;
		if (pdf_area_holds(a, x) && x->left >= cut->first[x->left >= mid])
			y[m++] = (pdf_gap){x->top, x->bottom};
	}
	size_t nb = pdf_white_stripes(y, m, b), kept = 0;
	for (size_t i = 0; i < nb; i++)
		if (b[i].hi - b[i].lo >= w->least)
			b[kept++] = b[i];
	int *left = rw_xcalloc(kept + 1, sizeof *left), *right = rw_xcalloc(kept + 1, sizeof *right);
	int shared =
		one_first_cell_a_row(c, first_chunk, a, -HUGE_VAL, cut->first[0], b, kept, w, left) &&
		one_first_cell_a_row(c, first_chunk, a, cut->g.hi, cut->first[1], b, kept, w, right);
	int both = 0;
	for (size_t r = 0; r <= kept; r++)
		both += left[r] && right[r];
	free(y);
	free(b);
	free(left);
	free(right);
	return shared && both >= p->min_full_lines;
}

/* Chunks a and b stand level: their tops, middles or bottoms within tol
 * (cells set at the top, the middle or the bottom of one row). */
static int stand_level(const pdf_box *a, const pdf_box *b, double tol)
{
	return fabs(a->top - b->top) <= tol || fabs(a->bottom - b->bottom) <= tol ||
	       fabs(a->top + a->bottom - b->top - b->bottom) <= 2 * tol;
}

/* A chunk of area a whose left stands from lo up to hi level with box
 * b, to tol. */
static int level_in(const tchunk *c, const size_t *first_chunk, const pdf_area *a, double lo,
		    double hi, const pdf_box *b, double tol)
{
	for (size_t j = first_chunk[a->first]; j < first_chunk[a->last + 1]; j++)
		if (pdf_area_holds(a, &c[j].b) && c[j].b.left >= lo && c[j].b.left < hi &&
		    stand_level(&c[j].b, b, tol))
			return 1;
	return 0;
}

/* A chunk of area a whose left stands from lo up to hi shares height
 * with box b: text beside it. */
static int beside_in(const tchunk *c, const size_t *first_chunk, const pdf_area *a, double lo,
		     double hi, const pdf_box *b)
{
	for (size_t j = first_chunk[a->first]; j < first_chunk[a->last + 1]; j++)
		if (pdf_area_holds(a, &c[j].b) && c[j].b.left >= lo && c[j].b.left < hi &&
		    c[j].b.top < b->bottom && c[j].b.bottom > b->top)
			return 1;
	return 0;
}

/* How the first cells of a side (area a's chunks left from lo up to gap,
 * and ending there: one running on past it is a section's name, a row
 * of its own) stand level with text of the other side (left from y_lo
 * up to y_hi):
 * counted a chunk each (level[0] of n[0]), and a stack each (level[1] of
 * n[1]: chunks one under the other at a cell's leading, least, are one
 * cell, level when it or one of its lines is: an id of three lines set
 * in the middle of its row beside numbers of one line). A stack with no
 * text of the other side beside it (a section's row, the rows of the
 * longer of two tables) says nothing either way: it is not counted. */
typedef struct level_count {
	size_t n[2], level[2];
} level_count;

/* A stack's lines looked at together for a cell of them, at most: a
 * first cell of so many lines is long for a first column. */
#define STACK_CELL_LINES 6

/* The cells of a stack's lines (the chunks c[line[0..n-1]], in order)
 * that stand level with text of the other side, taken from the top:
 * each the shortest run of STACK_CELL_LINES lines at most, from the
 * first line no cell took, that does (a line none does is passed).
 * Cells of rows set without padding, each of two lines filling its
 * row, stack one on the next; each stands in the middle of its row as
 * the other side's cells do, the stack as a whole nowhere. */
static size_t level_cells(const tchunk *c, const size_t *first_chunk, const pdf_area *a,
			  double y_lo, double y_hi, const size_t *line, size_t n, double tol)
{
	size_t cells = 0;
	for (size_t i = 0; i < n;) {
		pdf_box run = c[line[i]].b;
		size_t j = i;
		while (!level_in(c, first_chunk, a, y_lo, y_hi, &run, tol) && j + 1 < n &&
		       j + 1 - i < STACK_CELL_LINES)
			pdf_box_union(&run, &c[line[++j]].b);
		if (level_in(c, first_chunk, a, y_lo, y_hi, &run, tol)) {
			cells++;
			i = j + 1;
		} else {
			i++;
		}
	}
	return cells;
}

/* A stack of first cells ends (first_cells_level): counted level, or
 * as the cells of it that are (level_cells) when it holds two such or
 * more, or not counted with nothing beside it. */
static void stack_end(const tchunk *c, const size_t *first_chunk, const pdf_area *a, double y_lo,
		      double y_hi, const pdf_box *stack, const size_t *line, size_t n, int met,
		      double tol, level_count *lc)
{
	size_t cells = n > 1 ? level_cells(c, first_chunk, a, y_lo, y_hi, line, n, tol) : 0;
	if (cells > 1) {
		lc->n[1] += cells - 1;
		lc->level[1] += cells;
	} else if (met || level_in(c, first_chunk, a, y_lo, y_hi, stack, tol)) {
		lc->level[1]++;
	} else if (!beside_in(c, first_chunk, a, y_lo, y_hi, stack)) {
		lc->n[1]--;
	}
}

static level_count first_cells_level(const tchunk *c, const size_t *first_chunk, const pdf_area *a,
				     double lo, double gap, double y_lo, double y_hi, double tol,
				     double least)
{
	level_count lc = {{0, 0}, {0, 0}};
	pdf_box stack = {0, 0, 0, 0};
	int stack_met = 0;
	size_t *line = rw_xmalloc((first_chunk[a->last + 1] - first_chunk[a->first] + 1) * sizeof *line);
	size_t nline = 0; /* the stack's lines */
	for (size_t k = first_chunk[a->first]; k < first_chunk[a->last + 1]; k++) {
		if (!pdf_area_holds(a, &c[k].b) || c[k].b.left < lo || c[k].b.right > gap)
			continue;
		int met = level_in(c, first_chunk, a, y_lo, y_hi, &c[k].b, tol);
		lc.n[0]++;
		lc.level[0] += (size_t)met;
		if (lc.n[1] && c[k].b.top - stack.bottom <= least) { /* the stack goes on */
			pdf_box_union(&stack, &c[k].b);
			stack_met |= met;
			line[nline++] = k;
			continue;
		}
		if (lc.n[1]) /* the stack before ends */
			stack_end(c, first_chunk, a, y_lo, y_hi, &stack, line, nline, stack_met, tol, &lc);
		lc.n[1]++;
		stack = c[k].b, stack_met = met;
		line[0] = k, nline = 1;
	}
	if (lc.n[1])
		stack_end(c, first_chunk, a, y_lo, y_hi, &stack, line, nline, stack_met, tol, &lc);
	free(line);
	return lc;
}

/* Of counts n, level: min_edge_chunks level at least, and all but
 * full_slack. */
static int mostly_level(size_t n, size_t level, const pdf_edge_params *p)
{
	return level >= (size_t)p->min_edge_chunks && level + (size_t)p->full_slack >= n;
}

/* The sides' rows line up: every first cell of each side but full_slack
 * (each line of it, or each cell as a whole) stands level with text of
 * the other, min_edge_chunks of them at least. One table set without
 * padding, its cells at the top, the middle or the bottom of their rows,
 * sets each row at one height on both sides of a wide empty stretch,
 * though one side's short cells leave white beside the other's long
 * ones; two tables side by side whose rows differ set them apart (and
 * two whose rows line up show nothing to part them by). */
static int rows_line_up(const tchunk *c, const size_t *first_chunk, const pdf_area *a,
			const gutter_cut *cut, double size, const row_white *w,
			const pdf_edge_params *p)
{
	double tol = p->align_tol * size;
	const pdf_gap *g = &cut->g;
	level_count side[2] = {
		first_cells_level(c, first_chunk, a, -HUGE_VAL, cut->first[0], g->hi, HUGE_VAL, tol,
				  w->least),
		first_cells_level(c, first_chunk, a, g->hi, cut->first[1], -HUGE_VAL, g->lo, tol,
				  w->least)};
	for (int i = 0; i < 2; i++)
		if (!mostly_level(side[i].n[0], side[i].level[0], p) &&
		    !mostly_level(side[i].n[1], side[i].level[1], p))
			return 0;
	return 1;
}

/* Of a side's width between its text's outer edge and the gutter: a
 * level ruling under this much of it at least is the side's row rule
 * (a rule under one cell, or a header's short rule, is not). */
#define SIDE_RULE_SHARE 0.5

/* The level rulings of an area's height that part the sides:
 * min_side_rules on each side, each across SIDE_RULE_SHARE of its width
 * at least and ending in the gutter g, and none across the gutter. The rules of one table run under
 * all its columns; those of two tables stop where each table does. */
static int rules_apart(const pdf_ruling *r, size_t nr, double top, double bottom,
		       const pdf_gap *g, double left, double right, const pdf_edge_params *p)
{
	int on[2] = {0, 0};
	for (size_t k = 0; k < nr; k++) {
		double x0 = fmin(r[k].x0, r[k].x1), x1 = fmax(r[k].x0, r[k].x1);
		if (r[k].y0 != r[k].y1 || r[k].y0 < top || r[k].y0 > bottom)
			continue;
		if (x0 < g->lo && x1 > g->hi)
			return 0;
		on[0] += x1 <= g->hi && x1 >= g->lo && x1 - x0 >= SIDE_RULE_SHARE * (g->lo - left);
		on[1] += x0 >= g->lo && x0 <= g->hi && x1 - x0 >= SIDE_RULE_SHARE * (right - g->hi);
	}
	return on[0] >= p->min_side_rules && on[1] >= p->min_side_rules;
}

/* min_side_rules level rulings of an area's height (top to bottom) run
 * across the gutter g under SIDE_RULE_SHARE of each side's text at
 * least (from left to right): the rules of one table run under all its columns, so
 * its sides' rows are one table's, however its cells stand in them. */
static int rules_across(const pdf_ruling *r, size_t nr, double top, double bottom,
			const pdf_gap *g, double left, double right, const pdf_edge_params *p)
{
	int across = 0;
	for (size_t k = 0; k < nr; k++) {
		double x0 = fmin(r[k].x0, r[k].x1), x1 = fmax(r[k].x0, r[k].x1);
		across += r[k].y0 == r[k].y1 && r[k].y0 >= top && r[k].y0 <= bottom &&
			  x0 <= g->lo - SIDE_RULE_SHARE * (g->lo - left) &&
			  x1 >= g->hi + SIDE_RULE_SHARE * (right - g->hi);
	}
	return across >= p->min_side_rules;
}

/* The box of area a's text. */
static pdf_box area_box(const tchunk *c, const size_t *first_chunk, const pdf_area *a)
{
	pdf_box b = {HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
	for (size_t k = first_chunk[a->first]; k < first_chunk[a->last + 1]; k++)
		if (pdf_area_holds(a, &c[k].b))
			pdf_box_union(&b, &c[k].b);
	return b;
}

/* The first line of tables side by side in area a, parted at gutter g:
 * the header lines over them that the text edges left out of the area
 * (a header's cells need not stand on the columns' edges) are both
 * sides', when right above it, with words on both sides of the
 * gutter's middle and none across it; max_head_lines at most. */
static size_t head_lines(const pdf_line *l, const tchunk *c, const size_t *first_chunk,
			 const int *used, const pdf_area *a, const pdf_gap *g,
			 const pdf_edge_params *p)
{
	size_t first = a->first;
	for (int n = 0; n < p->max_head_lines && first > 0; n++) {
		size_t j = first - 1;
		if (used[j] || !pdf_lines_follow(l, j, first, p))
			break;
		double cut = (g->lo + g->hi) / 2;
		int left = 0, right = 0, across = 0;
		for (size_t k = first_chunk[j]; k < first_chunk[j + 1]; k++) {
			across |= !pdf_area_holds(a, &c[k].b) || (c[k].b.left < cut && c[k].b.right > cut);
			left |= c[k].b.right <= cut;
			right |= c[k].b.left >= cut;
		}
		if (across || !left || !right)
			break;
		first = j;
	}
	return first;
}

/* The leftmost chunk of line j in area a, or NULL. */
static const tchunk *first_in(const tchunk *c, const size_t *first_chunk, size_t j,
			      const pdf_area *a)
{
	for (size_t k = first_chunk[j]; k < first_chunk[j + 1]; k++)
		if (pdf_area_holds(a, &c[k].b))
			return &c[k];
	return NULL;
}

/* Chunks x and y read the same. */
static int same_words(const pdf_line *l, const tchunk *x, const tchunk *y)
{
	if (x->nw != y->nw)
		return 0;
	for (size_t k = 0; k < x->nw; k++) {
		const char *a = l[x->line].w[x->w0 + k].text, *b = l[y->line].w[y->w0 + k].text;
		if (!a || !b || strcmp(a, b) != 0)
			return 0;
	}
	return 1;
}

/* Line j, the head of tables side by side, starts each side with the
 * same name: a table set in two halves side by side (a long list folded
 * to fill the page's width, "snaking" in typesetters' words) repeats its
 * key column's name at the head of each half. A name, not a value: no
 * line under it, down to the area's last, reads the same (a value may
 * recur in the rows, as the first row's values may repeat by chance). */
static int heads_repeat(const pdf_line *l, const tchunk *c, const size_t *first_chunk,
			size_t j, const pdf_area *left, const pdf_area *right)
{
	const tchunk *x = first_in(c, first_chunk, j, left), *y = first_in(c, first_chunk, j, right);
	if (!x || !y || !same_words(l, x, y))
		return 0;
	for (size_t k = first_chunk[j + 1]; k < first_chunk[left->last + 1]; k++)
		if (same_words(l, x, &c[k]))
			return 0;
	return 1;
}

/* Step 5: area a as tables side by side, appended to *out. */
static void side_by_side(const pdf_line *l, const tchunk *c, const size_t *first_chunk,
			 pdf_area a, const rulings *ru, const pdf_edge_params *p, pdf_area **out,
			 size_t *n, size_t *cap)
{
	pdf_gap *s, *rows;
	size_t ns = area_stripes(c, first_chunk, &a, 1, &s), best = 0;
	size_t nrows = area_stripes(c, first_chunk, &a, 2, &rows);
	int best_framed = 0;
	double size = area_size(l, &a);
	pdf_box box = area_box(c, first_chunk, &a);
	double leading, line;
	cell_leading(c, first_chunk, &a, size, p, &leading, &line);
	/* boxes of a cell's lines may overlap (a font whose box is taller
	 * than its lines' pitch: Ghostscript's subsets, Liberation): a row
	 * break then shows white from the rows' padding less that overlap */
	row_white rw = {leading + p->min_row_white * size, line + leading};
	/* a column gap on each side of the gutter: a table's each. A band
	 * the sides' rules or repeated heads mark out is the cut before a
	 * wider one nothing marks (a table's empty cells may leave more
	 * white inside it than the gutter between two tables). */
	for (size_t k = 1; k + 1 < ns; k++) {
		int wider = !best || s[k].hi - s[k].lo > s[best].hi - s[best].lo;
		/* only a wider marked band beats a marked one */
		if (s[k].hi - s[k].lo < p->min_gutter * size || (best_framed && !wider))
			continue;
		pdf_area left = a, right = a;
		left.right = right.left = (s[k].lo + s[k].hi) / 2;
		size_t head = head_lines(l, c, first_chunk, ru->used, &a, &s[k], p);
		/* what marks the sides out: rules over and under the text
		 * (a row's padding away), or a head repeated */
		int framed = rules_apart(ru->r, ru->n, box.top - size, box.bottom + size, &s[k],
					 box.left, box.right, p) ||
			     heads_repeat(l, c, first_chunk, head, &left, &right);
		if (best && (framed < best_framed || (framed == best_framed && !wider)))
			continue;
		int tables = side_is_table(c, first_chunk, &left, s, k, framed, p) &&
			     side_is_table(c, first_chunk, &right, s + k + 1, ns - k - 1, framed, p);
		gutter_cut cut = cut_at(s, k, rows, nrows);
		if (tables && (framed || (rows_apart(c, first_chunk, &left, &right, &cut, &rw) &&
					  !rows_shared(c, first_chunk, &a, &cut, &rw, p) &&
					  !rows_line_up(c, first_chunk, &a, &cut, size, &rw, p) &&
					  !rules_across(ru->r, ru->n, box.top - size, box.bottom + size,
							&s[k], box.left, box.right, p))))
			best = k, best_framed = framed;
	}
	pdf_area left = a, right = a;
	if (best) {
		left.framed = right.framed = best_framed;
		left.right = right.left = (s[best].lo + s[best].hi) / 2;
		left.first = right.first = head_lines(l, c, first_chunk, ru->used, &a, &s[best], p);
	}
	free(s);
	free(rows);
	if (best) {
		side_by_side(l, c, first_chunk, left, ru, p, out, n, cap);
		side_by_side(l, c, first_chunk, right, ru, p, out, n, cap);
		return;
	}
	*out = rw_xgrow(*out, cap, *n + 1, sizeof **out);
	(*out)[(*n)++] = a;
}

pdf_line *pdf_side_lines(const pdf_line *l, size_t nl, const pdf_area *a, size_t *n,
			 size_t **from)
{
	pdf_line *out = rw_xcalloc(nl + 1, sizeof *out);
	size_t m = 0;
	*from = rw_xmalloc((nl + 1) * sizeof **from);
	for (size_t i = 0; i < nl; i++) {
		pdf_line *d = &out[m];
		*d = l[i];
		d->w = rw_xmalloc((l[i].nw + 1) * sizeof *d->w);
		d->nw = 0;
		d->size = 0;
		for (size_t k = 0; k < l[i].nw; k++) {
			if (!pdf_area_holds(a, &l[i].w[k].b))
				continue;
			pdf_word *w = &d->w[d->nw++];
			*w = l[i].w[k];
			d->b = d->nw == 1 ? w->b : d->b;
			pdf_box_union(&d->b, &w->b);
			d->size = fmaxf(d->size, w->size);
		}
		pdf_word *kept = d->w; /* texts still the page's */
		d->w = d->nw ? pdf_words_copy(kept, d->nw) : NULL;
		free(kept);
		if (d->nw)
			(*from)[m++] = i;
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

size_t pdf_text_areas(const pdf_line *l, size_t nl, const int *used, const pdf_ruling *r,
		      size_t nr, const pdf_edge_params *p, int *filled, pdf_area **out,
		      pdf_debug *debug)
{
	tchunk *c;
	size_t nc = page_chunks(l, nl, used, p, &c);
	edge *e = NULL;
	size_t ne = 0, cap = 0;
	for (int k = 0; k < KINDS; k++)
		find_edges(c, nc, l, k, p, &e, &ne, &cap);
	size_t *first_chunk = rw_xmalloc((nl + 2) * sizeof *first_chunk);
	for (size_t i = 0, k = 0; i <= nl; i++) {
		while (k < nc && c[k].line < i)
			k++;
		first_chunk[i] = k;
	}
	first_chunk[nl + 1] = nc;
	unsigned char *cuts = rw_xcalloc(nl + 1, 1);
	cut_edges(e, ne, c, nc, first_chunk, l, p, cuts);
	long *col = rw_xmalloc((nc + 1) * sizeof *col);
	column *cols;
	size_t ncols = find_columns(c, nc, l, e, ne, p, cuts, col, &cols);
	free(cuts);
	int *crossed = rw_xcalloc(nl + 1, sizeof *crossed);
	memset(filled, 0, nl * sizeof *filled);
	count_columns(l, c, nc, col, cols, ncols, crossed, filled);
	int *split = rw_xcalloc(nl + 1, sizeof *split);
	split_rows(l, nl, crossed, filled, first_chunk, col, ncols, r, nr, p, split);
	pdf_area *whole;
	rulings ru = {r, nr, used};
	size_t nwhole = find_areas(l, nl, &ru, crossed, filled, split, c, first_chunk, p, &whole);
	free(split);
	size_t n = 0, acap = 0;
	*out = NULL;
	for (size_t k = 0; k < nwhole; k++)
		side_by_side(l, c, first_chunk, whole[k], &ru, p, out, &n, &acap);
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
