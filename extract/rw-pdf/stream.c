/* stream.c - tables from how text lines up, without ruling lines.
 *
 * pdf_stream_table: the whole set of lines is one table, each line a row.
 * Columns come from the chunks (runs of words, layout.c): the first
 * line's chunks open one x-range each; a chunk of a later line that
 * overlaps a range widens it, one that overlaps none opens a new range.
 * The right edges of the ranges, sorted, bound the columns, and a chunk
 * goes to the first column whose bound is right of its left edge. When
 * vertical rulings are given they are the bounds instead.
 *
 * pdf_stream_detect (auto mode): a table is a run of consecutive lines
 * that keep at least MIN_GAPS vertical stripes of white space between
 * their chunks. Rows start at lines with text in the first column, and
 * the text of other columns joins the row it stands by (cellrows.c).
 * A table that ended the page before and goes on at the top of this one
 * needs less: its columns are known, so lines that keep out of its
 * column bounds are its rows even if none fills every column (a notes
 * column mostly empty, ids never on a line with notes).
 */
#include "recwatch.h"
#include "pdf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MIN_GAPS 3        /* column gaps a run of lines must share */
#define MIN_GAP_W 4.0     /* points: narrower white stripes are not gaps */
#define MIN_KEEP_W 2.5    /* a table of ESTABLISHED lines keeps a gap later
			     lines narrow this far (a line filling its cell
			     leaves only the padding) */
#define ESTABLISHED 3     /* lines with every column filled */
#define MIN_TABLE_LINES 2 /* lines (with MIN_GAPS + 1 chunks) in a table */
#define LONG_RUN 8        /* ... or one such line in a run this long */
#define BOUND_TOL 1.0     /* points a chunk may reach past a known column bound */
#define WINDOW 3          /* lines whose white stripes together may start a table */

typedef struct chunk {
	pdf_box b;
	size_t w0, nw;
} chunk;

static size_t line_chunks(const pdf_line *l, chunk *out)
{
	size_t *st = rw_xmalloc((l->nw ? l->nw : 1) * sizeof *st);
	size_t n = pdf_line_chunks(l, st);
	for (size_t i = 0; i < n; i++) {
		size_t end = i + 1 < n ? st[i + 1] : l->nw;
		out[i].w0 = st[i];
		out[i].nw = end - st[i];
		out[i].b = l->w[st[i]].b;
		for (size_t k = st[i]; k < end; k++)
			pdf_box_union(&out[i].b, &l->w[k].b);
	}
	free(st);
	return n;
}

static int dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Column bounds from the chunks' x-ranges (see the top of the file). */
static size_t column_bounds(const pdf_line *l, size_t nl, double **out)
{
	double *lo = NULL, *hi = NULL;
	size_t n = 0, cap1 = 0, cap2 = 0;
	chunk *c = NULL;
	size_t capc = 0;
	for (size_t i = 0; i < nl; i++) {
		c = rw_xgrow(c, &capc, l[i].nw + 1, sizeof *c);
		size_t nc = line_chunks(&l[i], c);
		size_t n0 = n;
		unsigned char *taken = rw_xcalloc(nc + 1, 1);
		for (size_t r = 0; r < n0; r++)
			for (size_t k = 0; k < nc; k++)
				if (!taken[k] && c[k].b.left <= hi[r] && c[k].b.right >= lo[r]) {
					lo[r] = fmin(lo[r], c[k].b.left);
					hi[r] = fmax(hi[r], c[k].b.right);
					taken[k] = 1;
				}
		for (size_t k = 0; k < nc; k++) {
			if (taken[k])
				continue;
			lo = rw_xgrow(lo, &cap1, n + 1, sizeof *lo);
			hi = rw_xgrow(hi, &cap2, n + 1, sizeof *hi);
			lo[n] = c[k].b.left;
			hi[n++] = c[k].b.right;
		}
		free(taken);
	}
	free(c);
	free(lo);
	if (!hi)
		hi = rw_xmalloc(sizeof *hi);
	qsort(hi, n, sizeof *hi, dbl_cmp);
	*out = hi;
	return n;
}

static int column_of(const double *bound, size_t nb, double left)
{
	size_t j = 0;
	while (j < nb && left > bound[j])
		j++;
	return (int)j;
}

/* The column of each chunk of line l (chunks in c, count returned).
 * With by_word, a chunk whose words stand in several columns is cut
 * between them: header cells set close together read as one chunk. */
static size_t chunk_columns(const pdf_line *l, chunk *c, int *col, const double *bound,
			    size_t nb, int cols, int by_word)
{
	size_t nc = line_chunks(l, c);
	/* a line of one chunk across columns is a row across the table */
	if (by_word && nc > 1) {
		size_t n = 0;
		chunk *cut = rw_xmalloc((l->nw + 1) * sizeof *cut);
		for (size_t k = 0; k < nc; k++)
			for (size_t w = c[k].w0; w < c[k].w0 + c[k].nw; w++) {
				int wc = column_of(bound, nb, l->w[w].b.left);
				if (w == c[k].w0 || wc != column_of(bound, nb, l->w[w - 1].b.left))
					cut[n++] = (chunk){l->w[w].b, w, 0};
				cut[n - 1].nw++;
				pdf_box_union(&cut[n - 1].b, &l->w[w].b);
			}
		memcpy(c, cut, n * sizeof *c);
		free(cut);
		nc = n;
	}
	for (size_t k = 0; k < nc; k++) {
		col[k] = column_of(bound, nb, c[k].b.left);
		if (col[k] >= cols)
			col[k] = cols - 1;
	}
	return nc;
}

/* Puts each chunk of lines l[0..nl-1] into the table: the text of line i
 * in column c goes to row row[i * cols + c], and to also[...] too when
 * that is not -1 (also may be NULL). */
static void place_chunks(pdf_table *t, const pdf_line *l, size_t nl, const int *row,
			 const int *also, const double *bound, size_t nb, int by_word)
{
	/* auto mode's tables read as recwatch reads text */
	const char *sep = by_word ? NULL : " ";
	chunk *c = NULL;
	int *col = NULL;
	size_t capc = 0, capk = 0;
	for (size_t i = 0; i < nl; i++) {
		c = rw_xgrow(c, &capc, l[i].nw + 1, sizeof *c);
		col = rw_xgrow(col, &capk, l[i].nw + 1, sizeof *col);
		size_t nc = chunk_columns(&l[i], c, col, bound, nb, t->cols, by_word);
		for (size_t k = 0; k < nc; k++) {
			size_t at = i * (size_t)t->cols + (size_t)col[k];
			char *s = pdf_words_text(l[i].w + c[k].w0, c[k].nw);
			int bold = 1;
			for (size_t w = c[k].w0; w < c[k].w0 + c[k].nw; w++)
				bold &= l[i].w[w].bold;
			pdf_table_append(t, row[at], col[k], s, &c[k].b, sep, bold);
			if (also && also[at] >= 0)
				pdf_table_append(t, also[at], col[k], s, &c[k].b, sep, bold);
			free(s);
		}
	}
	free(c);
	free(col);
}

static void table_frame(pdf_table *t, const pdf_line *l, size_t nl, const double *bound, size_t nb)
{
	t->b = l[0].b;
	for (size_t i = 1; i < nl; i++)
		pdf_box_union(&t->b, &l[i].b);
	t->colx[0] = t->b.left;
	for (int c = 1; c <= t->cols; c++)
		t->colx[c] = (size_t)c - 1 < nb ? bound[c - 1] : t->b.right;
	/* an empty cell's box: its column's slot on its row */
	for (int r = 0; r < t->rows; r++)
		for (int c = 0; c < t->cols; c++) {
			pdf_box *b = &t->cb[(size_t)r * t->cols + c];
			if (b->right <= b->left)
				*b = (pdf_box){0, t->colx[c], 0, t->colx[c + 1]};
		}
}

/* Row boxes for empty cells: the vertical extent of the row's text. */
static void fix_empty_rows(pdf_table *t)
{
	for (int r = 0; r < t->rows; r++) {
		double top = INFINITY, bot = -INFINITY;
		for (int c = 0; c < t->cols; c++)
			if (*t->cell[(size_t)r * t->cols + c]) {
				top = fmin(top, t->cb[(size_t)r * t->cols + c].top);
				bot = fmax(bot, t->cb[(size_t)r * t->cols + c].bottom);
			}
		for (int c = 0; c < t->cols && top <= bot; c++)
			if (!*t->cell[(size_t)r * t->cols + c]) {
				t->cb[(size_t)r * t->cols + c].top = top;
				t->cb[(size_t)r * t->cols + c].bottom = bot;
			}
	}
}

void pdf_stream_table(const pdf_line *l, size_t nl, const double *bound, size_t nbound,
		      pdf_table *out)
{
	double *b = NULL;
	size_t nb;
	int cols;
	if (nbound > 0) {
		b = rw_xmalloc(nbound * sizeof *b);
		memcpy(b, bound, nbound * sizeof *b);
		nb = nbound;
		cols = (int)nb + 1;
	} else {
		nb = column_bounds(l, nl, &b);
		cols = nb ? (int)nb : 1;
	}
	pdf_table_init(out, (int)nl, cols);
	if (nl == 0) {
		free(b);
		return;
	}
	int *row = rw_xmalloc(nl * (size_t)cols * sizeof *row);
	for (size_t i = 0; i < nl * (size_t)cols; i++)
		row[i] = (int)(i / (size_t)cols);
	place_chunks(out, l, nl, row, NULL, b, nb, 0);
	table_frame(out, l, nl, b, nb);
	fix_empty_rows(out);
	free(row);
	free(b);
}

/* ---- detection (auto mode) ------------------------------------------ */

typedef struct span {
	double a, b;
} span;

/* The space between two words of chunk c that lies across the stripe s,
 * narrowed to both (a chunk of header cells set close together); 0 when
 * there is none. */
static int word_space_across(const pdf_line *l, const chunk *c, span *s)
{
	for (size_t w = c->w0; w + 1 < c->w0 + c->nw; w++) {
		double a = l->w[w].b.right, b = l->w[w + 1].b.left;
		if (a < s->b && b > s->a) {
			*s = (span){fmax(a, s->a), fmin(b, s->b)};
			return 1;
		}
	}
	return 0;
}

/* Narrows the gaps g[] to the white space of line l (chunks c); returns
 * the count of gaps still keep wide. Gaps that a chunk crosses
 * vanish, unless a space between its words runs through them and
 * by_word is set (only above a table or once it is established: the
 * wide spaces of two lines of justified prose would pass for a table).
 * A chunk inside a gap splits it in two when split is set and there is
 * room for cap gaps (a gap across a column whose text the first line
 * lacked: an id, then a description on other lines); without split, on a
 * line of several chunks, it keeps the wider side (a header line above
 * the table); else the gap goes. */
static size_t narrow_gaps(span *g, size_t ng, size_t cap, const pdf_line *l, const chunk *c,
			  size_t nc, double keep, int by_word, int split)
{
	span *in = rw_xmalloc((ng + 1) * sizeof *in);
	memcpy(in, g, ng * sizeof *g);
	size_t m = 0;
	for (size_t i = 0; i < ng; i++) {
		span s = in[i];
		int dead = 0;
		for (size_t k = 0; k < nc && !dead; k++) {
			const pdf_box *b = &c[k].b;
			if (b->right <= s.a || b->left >= s.b)
				continue;
			if (b->left < s.a && b->right > s.b) {
				dead = !by_word || !word_space_across(l, &c[k], &s);
			} else if (b->left <= s.a) {
				s.a = b->right;
			} else if (b->right >= s.b) {
				s.b = b->left;
			} else if (split && m + (ng - i) < cap && b->left - s.a >= keep) {
				/* chunks come left to right: the left part is done */
				g[m++] = (span){s.a, b->left};
				s.a = b->right;
			} else if (!split && nc > 1) {
				/* a header cell centred in a column wider than
				 * its text: the column ends on its wider side */
				if (b->left - s.a > s.b - b->right)
					s.b = b->left;
				else
					s.a = b->right;
			} else {
				dead = 1;
			}
		}
		if (!dead && s.b - s.a >= keep)
			g[m++] = s;
	}
	free(in);
	return m;
}

/* The white stripes between a line's chunks. */
static size_t line_gaps(const chunk *c, size_t nc, span *g)
{
	size_t n = 0;
	for (size_t k = 0; k + 1 < nc; k++)
		if (c[k + 1].b.left - c[k].b.right >= MIN_GAP_W)
			g[n++] = (span){c[k].b.right, c[k + 1].b.left};
	return n;
}

/* Line j comes right under line j - 1, not after a blank stretch. */
static int follows_on(const pdf_line *l, size_t j)
{
	double lh = fmax(l[j - 1].b.bottom - l[j - 1].b.top, 1);
	return l[j].b.top - l[j - 1].b.bottom <= 2.5 * lh;
}

static size_t count_chunks(const pdf_line *l)
{
	chunk *c = rw_xmalloc((l->nw + 1) * sizeof *c);
	size_t nc = line_chunks(l, c);
	free(c);
	return nc;
}

static int one_chunk(const pdf_line *l)
{
	return count_chunks(l) == 1;
}

/* The gaps g[] (ng, room for cap) narrowed by line j into out[], as
 * narrow_gaps does; their count. */
static size_t narrowed(const pdf_line *l, size_t j, const span *g, size_t ng, size_t cap,
		       span *out, double keep, int by_word, int split)
{
	chunk *c = rw_xmalloc((l[j].nw + 1) * sizeof *c);
	size_t nc = line_chunks(&l[j], c);
	memcpy(out, g, ng * sizeof *g);
	size_t m = narrow_gaps(out, ng, cap, &l[j], c, nc, keep, by_word, split);
	free(c);
	return m;
}

/* The same, growing a table down: an established table keeps a gap
 * narrowed to the cell padding and lets a word space cross it. */
static size_t narrowed_down(const pdf_line *l, size_t j, const span *g, size_t ng, size_t cap,
			    span *out, int est)
{
	return narrowed(l, j, g, ng, cap, out, est ? MIN_KEEP_W : MIN_GAP_W, est, 1);
}

typedef struct piece {
	pdf_box b;
	int at_column; /* its first word starts where a column's cells start */
} piece;

static int piece_by_left(const void *a, const void *b)
{
	const piece *p = a, *q = b;
	return (p->b.left > q->b.left) - (p->b.left < q->b.left);
}

/* The column gaps of lines i..i+WINDOW-1 together (a table whose ids and
 * texts never share a line): white stripes across all of them, each
 * ending where a column's cells start (aligned.c). Returns their count
 * (into g, room for cap). */
static size_t window_gaps(const pdf_line *l, size_t nl, size_t i, span *g, size_t cap)
{
	if (i + WINDOW > nl)
		return 0;
	size_t n = 0;
	for (size_t j = i; j < i + WINDOW; j++) {
		if (j > i && !follows_on(l, j))
			return 0;
		n += l[j].nw;
	}
	piece *p = rw_xmalloc((n + 1) * sizeof *p);
	chunk *c = rw_xmalloc((n + 1) * sizeof *c);
	size_t np = 0;
	for (size_t j = i; j < i + WINDOW; j++) {
		size_t nc = line_chunks(&l[j], c);
		for (size_t k = 0; k < nc; k++)
			p[np++] = (piece){c[k].b, l[j].w[c[k].w0].at_column};
	}
	free(c);
	qsort(p, np, sizeof *p, piece_by_left);
	size_t m = 0;
	double right = np ? p[0].b.right : 0;
	for (size_t k = 1; k < np; k++) {
		if (p[k].b.left - right >= MIN_GAP_W && p[k].at_column && m < cap)
			g[m++] = (span){right, p[k].b.left};
		right = fmax(right, p[k].b.right);
	}
	free(p);
	return m;
}

/* Line i starts right of where the lines under it start: it has nothing
 * in the first column (a header whose first cell is empty or on other
 * lines), so its gaps cannot bound that column. It starts no table; a
 * later line does, and takes it in above (grow_up). */
static int misses_first_column(const pdf_line *l, size_t nl, size_t i)
{
	for (size_t j = i + 1; j < i + WINDOW && j < nl && follows_on(l, j); j++)
		if (l[j].b.left < l[i].b.left - MIN_GAP_W)
			return 1;
	return 0;
}

/* Grows a table from line i; returns the number of lines it takes (0 when
 * none) and the gaps it keeps in *g (allocated) / *ng; *window is set when
 * the gaps came from the lines together (window_gaps), line i having too
 * few of its own. */
static size_t grow_run(const pdf_line *l, size_t nl, size_t i, span **gp, size_t *ng,
		       int *window)
{
	size_t cap = l[i].nw + 1; /* room in g */
	for (size_t j = i + 1; j < i + WINDOW && j < nl; j++)
		cap += l[j].nw;
	span *g = *gp = rw_xmalloc(cap * sizeof *g);
	chunk *c = rw_xmalloc((l[i].nw + 1) * sizeof *c);
	size_t nc = line_chunks(&l[i], c);
	*ng = line_gaps(c, nc, g);
	free(c);
	size_t full = *ng >= MIN_GAPS;
	*window = 0;
	if (misses_first_column(l, nl, i))
		return 0;
	/* the lines together may show more columns than line i: an id
	 * line without the notes of its row */
	span *wg = rw_xmalloc(cap * sizeof *wg);
	size_t nw = window_gaps(l, nl, i, wg, cap);
	if (nw > *ng) {
		memcpy(g, wg, nw * sizeof *g);
		*ng = nw;
		*window = !full;
	}
	free(wg);
	if (*ng < MIN_GAPS)
		return 0;
	size_t j = i + 1;
	span *tmp = rw_xmalloc(cap * sizeof *tmp);
	for (; j < nl; j++) {
		if (!follows_on(l, j))
			break;
		/* established by full lines, or, when few lines fill every
		 * column, by going on for two windows */
		int est = full >= ESTABLISHED || j - i >= 2 * WINDOW;
		size_t m = narrowed_down(l, j, g, *ng, cap, tmp, est);
		/* an established table ends at a line across one of its
		 * columns, rather than losing the column */
		if (m < MIN_GAPS || (est && m < *ng)) {
			/* a line across the table from its first column is a
			 * section row when the next line goes on with the
			 * table, or when it is the page's last (the page break
			 * sent its rows on to the next page) */
			if (!one_chunk(&l[j]) || l[j].b.left >= g[0].a)
				break;
			if (j + 1 == nl) {
				j++;
				break;
			}
			if (!follows_on(l, j + 1) ||
			    narrowed_down(l, j + 1, g, *ng, cap, tmp, est) < MIN_GAPS)
				break;
			continue;
		}
		full += count_chunks(&l[j]) > MIN_GAPS;
		memcpy(g, tmp, m * sizeof *g);
		*ng = m;
	}
	free(tmp);
	return j - i;
}

/* Lines of l[0..n-1] with text in at least `least` chunks. */
static size_t lines_with_chunks(const pdf_line *l, size_t n, size_t least)
{
	size_t k = 0;
	chunk *c = NULL;
	size_t cap = 0;
	for (size_t i = 0; i < n; i++) {
		c = rw_xgrow(c, &cap, l[i].nw + 1, sizeof *c);
		k += line_chunks(&l[i], c) >= least;
	}
	free(c);
	return k;
}

/* Lines of l[0..n-1] with text right of the second gap of g (a list with
 * bullets has two columns only). */
static size_t lines_past_two(const pdf_line *l, size_t n, const span *g, size_t ng)
{
	size_t k = 0;
	for (size_t i = 0; ng >= 2 && i < n; i++)
		k += l[i].b.right > (g[1].a + g[1].b) / 2 &&
		     l[i].w[l[i].nw - 1].b.left > (g[1].a + g[1].b) / 2;
	return k;
}

/* Is a run of lines a table: two lines filling MIN_GAPS + 1 columns, or
 * one in a long run where half the lines fill two columns or more and a
 * quarter have text past the second column (a table whose last column is
 * mostly empty, with cells of several lines); in a run twice as long
 * that keeps its gaps, a third of the lines in two columns will do
 * (descriptions of three lines by ids of one). A long run whose gaps
 * came from lines together (window) has columns whose cells start
 * aligned, which a bulleted list has not: text past the second column
 * on a quarter of its lines, and two lines in two columns, will do. */
static int is_table(const pdf_line *l, size_t n, const span *g, size_t ng, int window)
{
	if (n < MIN_TABLE_LINES)
		return 0;
	size_t full = lines_with_chunks(l, n, MIN_GAPS + 1);
	if (full >= MIN_TABLE_LINES)
		return 1;
	if (n < LONG_RUN || 4 * lines_past_two(l, n, g, ng) < n)
		return 0;
	size_t two = lines_with_chunks(l, n, 2);
	if (window)
		return two >= MIN_TABLE_LINES;
	return full >= 1 && (n >= 2 * LONG_RUN ? 3 : 2) * two >= n;
}

/* Line a, just above line a + 1, keeps every gap of g[] (narrowed into
 * out[]): 1, else 0. */
static size_t keeps_gaps(const pdf_line *l, size_t a, const span *g, size_t ng, span *out,
			 int by_word)
{
	if (!follows_on(l, a + 1))
		return 0;
	/* a line of one chunk is no row of header cells set close
	 * together, but the end of a paragraph or a caption */
	by_word = by_word && !one_chunk(&l[a]);
	/* every column goes on up, or the line is not the table's */
	return narrowed(l, a, g, ng, ng, out, MIN_KEEP_W, by_word, 0) == ng;
}

/* Line a is the last of a paragraph: the line before it, at the same
 * left margin, right above it at the line pitch, runs across the table's
 * gaps g[] (a short last line fits in a table's first column, but is
 * prose); tmp is scratch for ng gaps. */
static int ends_paragraph(const pdf_line *l, size_t a, const int *used, const span *g,
			  size_t ng, span *tmp)
{
	if (a == 0 || used[a - 1])
		return 0;
	double lh = fmax(l[a].b.bottom - l[a].b.top, 1);
	return fabs(l[a].b.left - l[a - 1].b.left) <= 1 && l[a].b.top - l[a - 1].b.bottom < 0.5 * lh &&
	       !keeps_gaps(l, a - 1, g, ng, tmp, 0);
}

/* Takes in the lines above a table that keep its gaps (a header or the
 * first lines of a cell that stand above the first number, as in a
 * browser's vertically centred cells); returns how many, narrowing g. */
static size_t grow_up(const pdf_line *l, size_t i, const int *used, span *g, size_t *ng)
{
	size_t up = 0;
	span *tmp = rw_xmalloc((*ng + 1) * sizeof *tmp);
	int strict = 0; /* past a section row, only lines in cells of their own */
	while (up < i && !used[i - up - 1] && !ends_paragraph(l, i - up - 1, used, g, *ng, tmp)) {
		size_t k = keeps_gaps(l, i - up - 1, g, *ng, tmp, !strict);
		/* a row across the table (a section name) right under the
		 * header: a header line above it, in cells of its own, is
		 * still the table's */
		if (!k && up + 1 < i && !used[i - up - 2] && one_chunk(&l[i - up - 1]) &&
		    keeps_gaps(l, i - up - 2, g, *ng, tmp, 0))
			k = 2, strict = 1;
		if (!k)
			break;
		memcpy(g, tmp, *ng * sizeof *g);
		up += k;
	}
	free(tmp);
	return up;
}

/* The table of a run of lines with the column bounds b[0..ng-1]: rows by
 * where the text stands (cellrows.c). */
static pdf_table run_table(const pdf_line *l, size_t n, const double *b, size_t ng)
{
	int cols = (int)ng + 1;
	size_t cells = n * (size_t)cols;
	pdf_cellpiece *pc = rw_xcalloc(cells, sizeof *pc);
	chunk *c = NULL;
	int *col = NULL;
	size_t capc = 0, capk = 0;
	for (size_t i = 0; i < n; i++) {
		c = rw_xgrow(c, &capc, l[i].nw + 1, sizeof *c);
		col = rw_xgrow(col, &capk, l[i].nw + 1, sizeof *col);
		size_t nc = chunk_columns(&l[i], c, col, b, ng, cols, 1);
		for (size_t k = 0; k < nc; k++) {
			pdf_cellpiece *p = &pc[i * cols + col[k]];
			if (!p->has)
				*p = (pdf_cellpiece){1, c[k].b.top, c[k].b.bottom};
			p->top = fmin(p->top, c[k].b.top);
			p->bottom = fmax(p->bottom, c[k].b.bottom);
		}
	}
	free(c);
	free(col);
	int *row = rw_xmalloc(cells * sizeof *row), *also = rw_xmalloc(cells * sizeof *also);
	int rows = pdf_cell_rows(pc, n, cols, row, also);
	pdf_table t;
	pdf_table_init(&t, rows, cols);
	place_chunks(&t, l, n, row, also, b, ng, 1);
	table_frame(&t, l, n, b, ng);
	fix_empty_rows(&t);
	free(pc);
	free(row);
	free(also);
	return t;
}

/* The middles of the gaps g[0..ng-1]: column bounds. */
static double *gap_middles(const span *g, size_t ng)
{
	double *b = rw_xmalloc((ng + 1) * sizeof *b);
	for (size_t k = 0; k < ng; k++)
		b[k] = (g[k].a + g[k].b) / 2;
	return b;
}

/* No chunk of line l crosses a column gap (gap[i], bound x[i]), but by
 * a space between its words; returns 0, else the number of columns the
 * line has text in. */
static int columns_kept(const pdf_line *l, const pdf_gap *gap, const double *x, size_t nx)
{
	chunk *c = rw_xmalloc((l->nw + 1) * sizeof *c);
	size_t nc = line_chunks(l, c);
	int ok = 1, cols = 0, last = -1;
	for (size_t k = 0; k < nc && ok; k++) {
		for (size_t i = 0; i < nx && ok; i++) {
			/* across the white of the gap, then only by a word
			 * space at the bound itself */
			span near = {x[i] - BOUND_TOL, x[i] + BOUND_TOL};
			if (c[k].b.left < fmin(gap[i].lo, near.a) && c[k].b.right > fmax(gap[i].hi, near.b))
				ok = word_space_across(l, &c[k], &near);
		}
		int col = column_of(x, nx, c[k].b.left);
		cols += col != last;
		last = col;
	}
	free(c);
	return ok ? cols : 0;
}

/* The lines from i on that go on with a table of column gaps gap[]
 * (bounds x[]) from the page before: lines that keep out of the gaps,
 * and rows across the table (a section's name; not first, where it is
 * the table's title) with such a line under them. It is the table's
 * when a sixth of them, two at least, have text in two columns or more
 * (descriptions of five lines by ids of one). Returns how many lines,
 * or 0. */
static size_t carried_run(const pdf_line *l, size_t nl, size_t i, const int *used,
			  const pdf_gap *gap, const double *x, size_t nx)
{
	size_t j = i, multi = 0;
	while (j < nl && !used[j] && (j == i || follows_on(l, j))) {
		int cols = columns_kept(&l[j], gap, x, nx);
		/* a section row; not first: there it is the table's title */
		if (!cols && j > i && one_chunk(&l[j]) && j + 1 < nl && !used[j + 1] &&
		    follows_on(l, j + 1))
			cols = columns_kept(&l[j + 1], gap, x, nx) ? 1 : 0;
		if (!cols)
			break;
		multi += cols >= 2;
		j++;
	}
	size_t n = j - i;
	return multi >= MIN_TABLE_LINES && 6 * multi >= n ? n : 0;
}

/* The table going on from the page before, at the top of this one. */
static size_t carried_table(const pdf_line *l, size_t nl, int *used, const pdf_gap *gap,
			    size_t nx, pdf_table *t)
{
	double *x = rw_xmalloc((nx + 1) * sizeof *x);
	for (size_t k = 0; k < nx; k++)
		x[k] = (gap[k].lo + gap[k].hi) / 2;
	size_t i = 0;
	while (i < nl && used[i])
		i++;
	size_t n = carried_run(l, nl, i, used, gap, x, nx);
	if (n) {
		*t = run_table(l + i, n, x, nx);
		t->goes_on = 1;
		for (size_t k = 0; k < n; k++)
			used[i + k] = 1;
	}
	free(x);
	return n ? 1 : 0;
}

pdf_table *pdf_stream_detect(const pdf_line *l, size_t nl, int *used, const pdf_gap *carry,
			     size_t ncarry, size_t *nt)
{
	pdf_table *t = NULL;
	size_t cap = 0;
	*nt = 0;
	if (carry && ncarry) {
		t = rw_xgrow(t, &cap, 1, sizeof *t);
		*nt = carried_table(l, nl, used, carry, ncarry, t);
	}
	for (size_t i = 0; i < nl;) {
		if (used[i] || l[i].nw < MIN_GAPS + 1) {
			i++;
			continue;
		}
		span *g;
		size_t ng;
		int window;
		size_t n = grow_run(l, nl, i, &g, &ng, &window);
		size_t k = 0;
		while (k < n && !used[i + k])
			k++;
		n = k;
		size_t from = i;
		if (n) {
			size_t up = grow_up(l, i, used, g, &ng);
			from -= up;
			n += up;
		}
		if (is_table(l + from, n, g, ng, window)) {
			t = rw_xgrow(t, &cap, *nt + 1, sizeof *t);
			double *b = gap_middles(g, ng);
			t[(*nt)++] = run_table(l + from, n, b, ng);
			free(b);
			for (size_t k2 = 0; k2 < n; k2++)
				used[from + k2] = 1;
			i = from + n;
		} else {
			i++;
		}
		free(g);
	}
	return t;
}
