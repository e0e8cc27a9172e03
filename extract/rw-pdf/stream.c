/* stream.c - tables from how text lines up, without ruling lines.
 *
 * pdf_stream_table: the whole set of lines is one table, each line a row.
 * Columns come from the chunks (runs of words, layout.c), as Camelot's
 * stream flavour makes them: the x-ranges of the chunks of the lines
 * with the modal number of chunks (of two or more, when most lines have
 * one), merged where they overlap, and those of the chunks standing in
 * the white between or beside them, merged likewise. A chunk across
 * two of those columns (a group name, a title) joins none, where merging
 * every line's ranges (Tabula's way) would join them all. The right
 * edges of the ranges, sorted, bound the columns, and a chunk goes to
 * the first column whose bound is right of its left edge. When vertical
 * rulings are given they are the bounds instead.
 *
 * pdf_stream_detect (auto mode): the table areas come from text edges
 * (textedges.c); an area's columns are the white stripes between the
 * chunks of its full lines, the header lines above it that keep them
 * join it, and rows start at lines with text in the first column, the
 * text of other columns joining the row it stands by (cellrows.c).
 * A table that ended the page before and goes on at the top of this one
 * needs less: its columns are known, so lines that keep out of its
 * column bounds are its rows even if none fills every column (a notes
 * column mostly empty, ids never on a line with notes).
 */
#include "rwlib.h"
#include "pdf.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PARA_LEADING 0.5  /* line heights: the lines of a paragraph stand
			     closer than this (a table's rows further) */
/* A carried table's lines that together fill every one of this many
 * columns or more are its row by themselves (a cell of two lines centred
 * on the others' one): two chunks at a table's one gap come by chance (a
 * label and a page number), three at two gaps do not. */
#define CARRY_FULL_COLUMNS 3
/* line heights: the white over a table's first line that a line of it
 * above may leave beyond what its own lines leave between them (a rule
 * under a header with its space above and below, booktabs' at 10pt
 * some 0.7; a blank line is a line and its leading) */
#define GROW_SLACK 1.0
/* lines: a title and a paragraph of a line or two over a table, which
 * its text edges may take in; more is text of the table's own */
#define OVER_TABLE_LINES 3
#define CARRY_SHARE 6     /* a carried table: one line in this many has text
			     in two columns (descriptions of five lines by
			     ids of one) */

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

static int size_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

/* The number of chunks most lines have, the smallest of equally many
 * (of lines with more than one, when there are any: a page of a few
 * table rows among prose), as Camelot guesses a table's columns. */
static size_t modal_chunks(const size_t *count, size_t nl)
{
	size_t *s = rw_xmalloc((nl + 1) * sizeof *s);
	memcpy(s, count, nl * sizeof *s);
	qsort(s, nl, sizeof *s, size_cmp);
	size_t best[2] = {0, 0}, freq[2] = {0, 0};
	for (size_t i = 0, j; i < nl; i = j) {
		for (j = i; j < nl && s[j] == s[i]; j++)
			;
		for (int more = 0; more < 2; more++)
			if (s[i] > (size_t)more && j - i > freq[more])
				best[more] = s[i], freq[more] = j - i;
	}
	free(s);
	return best[0] == 1 && best[1] ? best[1] : best[0];
}

/* The chunk lies in the white between the runs of overlapping ranges
 * from lo to hi that stripes s[0..ns-1] part (pdf_white_stripes), or
 * beside them all. */
static int in_white(const pdf_gap *s, size_t ns, double lo, double hi, const pdf_box *b)
{
	if (b->right < lo || b->left > hi)
		return 1;
	for (size_t k = 0; k < ns; k++)
		if (b->left > s[k].lo && b->right < s[k].hi)
			return 1;
	return 0;
}

/* Column bounds from the chunks' x-ranges (see the top of the file):
 * the runs of overlapping ranges are what the white stripes between
 * them part (pdf_white_stripes). */
static size_t column_bounds(const pdf_line *l, size_t nl, double **out)
{
	size_t total = 0;
	for (size_t i = 0; i < nl; i++)
		total += l[i].nw;
	chunk *c = rw_xmalloc((total + 1) * sizeof *c);
	size_t *count = rw_xmalloc((nl + 1) * sizeof *count), *first = rw_xmalloc((nl + 1) * sizeof *first);
	size_t nc = 0;
	for (size_t i = 0; i < nl; i++) {
		first[i] = nc;
		count[i] = line_chunks(&l[i], c + nc);
		nc += count[i];
	}
	size_t mode = modal_chunks(count, nl);
	pdf_gap *r = rw_xmalloc((nc + 1) * sizeof *r), *white = rw_xmalloc((nc + 1) * sizeof *white);
	size_t n = 0;
	double lo = INFINITY, hi = -INFINITY;
	for (size_t i = 0; i < nl; i++)
		for (size_t k = first[i]; k < first[i] + count[i] && count[i] == mode; k++) {
			r[n++] = (pdf_gap){c[k].b.left, c[k].b.right};
			lo = fmin(lo, c[k].b.left), hi = fmax(hi, c[k].b.right);
		}
	size_t nw = pdf_white_stripes(r, n, white);
	/* text in the white between those columns, or beside them, makes
	 * columns of its own (none of the modal lines' chunks is there) */
	size_t columns = n;
	double right = hi;
	for (size_t k = 0; k < nc; k++)
		if (in_white(white, nw, lo, hi, &c[k].b)) {
			r[n++] = (pdf_gap){c[k].b.left, c[k].b.right};
			right = fmax(right, c[k].b.right);
		}
	if (n > columns)
		nw = pdf_white_stripes(r, n, white);
	/* each run's right end bounds a column; the last, the table's */
	double *bound = rw_xmalloc((nw + 2) * sizeof *bound);
	for (size_t k = 0; k < nw; k++)
		bound[k] = white[k].lo;
	bound[nw] = right;
	free(r);
	free(white);
	free(c);
	free(count);
	free(first);
	*out = bound;
	return n ? nw + 1 : 0;
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
				if (w == c[k].w0 || (l->w[w].at_column &&
						     wc != column_of(bound, nb, l->w[w - 1].b.left)))
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

/* Scratch for the chunks of one line at a time and their columns. */
typedef struct line_cols {
	chunk *c;
	int *col;
	size_t capc, capk;
} line_cols;

/* The chunks of line l and their columns (chunk_columns) into s->c and
 * s->col; their count. */
static size_t line_columns(line_cols *s, const pdf_line *l, const double *bound, size_t nb,
			   int cols, int by_word)
{
	s->c = rw_xgrow(s->c, &s->capc, l->nw + 1, sizeof *s->c);
	s->col = rw_xgrow(s->col, &s->capk, l->nw + 1, sizeof *s->col);
	return chunk_columns(l, s->c, s->col, bound, nb, cols, by_word);
}

static void line_cols_free(line_cols *s)
{
	free(s->c);
	free(s->col);
}

/* The end of the chunks from c[k] on that go to one cell of a line
 * with right-to-left words: they are read as one (*one), in the order
 * the bidi algorithm gives the whole (the chunks lie left to right, the
 * first read may be the rightmost). Else k + 1, and *one is c[k]. */
static size_t same_cell_rtl(const pdf_line *l, const chunk *c, const int *col, size_t nc,
			    size_t k, chunk *one)
{
	size_t kk = k + 1;
	while (kk < nc && col[kk] == col[k])
		kk++;
	int rtl = 0;
	for (size_t w = c[k].w0; w < c[kk - 1].w0 + c[kk - 1].nw; w++)
		rtl |= l->w[w].rtl;
	if (!rtl || kk == k + 1)
		return k + 1;
	one->nw = c[kk - 1].w0 + c[kk - 1].nw - c[k].w0;
	for (size_t j = k + 1; j < kk; j++)
		pdf_box_union(&one->b, &c[j].b);
	return kk;
}

/* Puts each chunk of lines l[0..nl-1] into the table: the text of line i
 * in column c goes to row row[i * cols + c], and to also[...] too when
 * that is not -1 (also may be NULL). */
static void place_chunks(pdf_table *t, const pdf_line *l, size_t nl, const int *row,
			 const int *also, const double *bound, size_t nb, int by_word,
			 const int *first_cols)
{
	/* auto mode's tables read as recwatch reads text */
	const char *sep = by_word ? NULL : " ";
	line_cols s = {0};
	for (size_t i = 0; i < nl; i++) {
		size_t nc = line_columns(&s, &l[i], bound, nb, t->cols, by_word);
		const chunk *c = s.c;
		int *col = s.col;
		if (i == 0 && first_cols)
			memcpy(col, first_cols, nc * sizeof *col);
		for (size_t k = 0, kk; k < nc; k = kk) {
			size_t at = i * (size_t)t->cols + (size_t)col[k];
			chunk one = c[k];
			kk = same_cell_rtl(&l[i], c, col, nc, k, &one);
			char *text = pdf_words_text(l[i].w + one.w0, one.nw);
			int bold = 1;
			for (size_t w = one.w0; w < one.w0 + one.nw; w++)
				bold &= l[i].w[w].bold;
			pdf_table_append(t, row[at], col[k], text, &one.b, sep, bold);
			if (also && also[at] >= 0)
				pdf_table_append(t, also[at], col[k], text, &one.b, sep, bold);
			free(text);
		}
	}
	line_cols_free(&s);
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
	place_chunks(out, l, nl, row, NULL, b, nb, 0, NULL);
	table_frame(out, l, nl, b, nb);
	fix_empty_rows(out);
	free(row);
	free(b);
}

/* ---- detection (auto mode) ------------------------------------------ */

/* What every table found on a page is read with: the page's level
 * rulings, and whether a page follows (grow_down). */
typedef struct page_ctx {
	const pdf_ruling *r;
	size_t nr;
	int page_follows;
} page_ctx;

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

/* One of a line's chunks c[0..nc-1] stands over the text between from
 * and to (a column's text, between the gaps round it): names it. */
static int names_column(const chunk *c, size_t nc, double from, double to)
{
	for (size_t k = 0; k < nc; k++)
		if (c[k].b.left < to && c[k].b.right > from)
			return 1;
	return 0;
}

/* Ems of white on either side of a name of a column no text reaches,
 * to the names beside it: the padding of the empty column's cell and of
 * its neighbours' (a word space is a quarter of an em to 0.6, Courier's:
 * words of a text report's header are chunks of their own). */
#define NAME_APART_EM 1.0

/* Chunk k of c[0..nc-1] (a line of type size) stands apart from the
 * chunks beside it by NAME_APART_EM. */
static int stands_apart(const chunk *c, size_t nc, size_t k, double size)
{
	double white = NAME_APART_EM * fmax(size, 1);
	return (k == 0 || c[k].b.left - c[k - 1].b.right >= white) &&
	       (k + 1 == nc || c[k + 1].b.left - c[k].b.right >= white);
}

/* Which outer columns of a table (gaps g[0..ng-1], its text from lo to
 * hi) line l names: NAMES_FIRST, NAMES_LAST or both. */
enum { NAMES_FIRST = 1, NAMES_LAST = 2 };
static int names_outer(const pdf_line *l, const span *g, size_t ng, double lo, double hi)
{
	chunk *c = rw_xmalloc((l->nw + 1) * sizeof *c);
	size_t nc = line_chunks(l, c);
	double first_end = ng ? g[0].a : hi, last_start = ng ? g[ng - 1].b : lo;
	int named = (names_column(c, nc, lo, first_end) ? NAMES_FIRST : 0) |
		    (names_column(c, nc, last_start, hi) ? NAMES_LAST : 0);
	free(c);
	return named;
}

/* Line l's names of columns no text under them reaches (a column of
 * status icons, or one left empty): a chunk standing apart (stands_apart)
 * inside a gap of g[0..ng-1] where the line names the columns on both
 * sides of it too (or, where that line leaves it clear above the
 * chunk, the header's line over it does: a header's cells centred in
 * their row stand on lines of their own, a name of two lines beside one
 * of three; a chunk under text is more of that text's cell, a word
 * broken over two lines), or beyond the text of the table's columns (lo..hi)
 * on a side whose outer column the header names (outer: names_outer of
 * the header's lines, a header cell's lines one under another). Each is
 * a column of its own, as Camelot's stream flavour adds a column for
 * text between and beside the columns (and Tabula, for any text apart):
 * the gaps g[] cut and added to, into *out (allocated), their count
 * returned. */
static size_t named_apart(const pdf_line *l, const pdf_line *over, const span *g, size_t ng,
			  double lo, double hi, int outer, span **out)
{
	chunk *c = rw_xmalloc((l->nw + 1) * sizeof *c);
	size_t nc = line_chunks(l, c), m = 0;
	chunk *oc = rw_xmalloc(((over ? over->nw : 0) + 1) * sizeof *oc);
	size_t noc = over ? line_chunks(over, oc) : 0;
	span *o = *out = rw_xmalloc((ng + nc + 1) * sizeof *o);
	if (outer & NAMES_FIRST)
		for (size_t k = 0; k < nc && c[k].b.right < lo; k++)
			if (stands_apart(c, nc, k, l->size))
				o[m++] = (span){c[k].b.right, k + 1 < nc && c[k + 1].b.right < lo
								  ? c[k + 1].b.left
								  : lo};
	for (size_t i = 0; i < ng; i++) {
		span s = g[i];
		double before = i ? g[i - 1].b : -HUGE_VAL, after = i + 1 < ng ? g[i + 1].a : HUGE_VAL;
		int left = names_column(c, nc, before, g[i].a), right = names_column(c, nc, g[i].b, after);
		int own = left && right;
		int named = (left || names_column(oc, noc, before, g[i].a)) &&
			    (right || names_column(oc, noc, g[i].b, after));
		for (size_t k = 0; k < nc && named; k++)
			if (c[k].b.left > s.a && c[k].b.right < s.b && stands_apart(c, nc, k, l->size) &&
			    (own || !names_column(oc, noc, c[k].b.left, c[k].b.right))) {
				o[m++] = (span){s.a, c[k].b.left};
				s.a = c[k].b.right;
			}
		o[m++] = s;
	}
	double from = hi;
	if (outer & NAMES_LAST)
		for (size_t k = 0; k < nc; k++)
			if (c[k].b.left > hi && stands_apart(c, nc, k, l->size)) {
				o[m++] = (span){from, c[k].b.left};
				from = c[k].b.right;
			}
	free(c);
	free(oc);
	return m;
}

/* Narrows the gaps g[] to the white space of line l (chunks c); returns
 * the count of gaps still open. Gaps that a chunk crosses vanish, unless
 * a space between its words runs through them and by_word is set (header
 * cells set close together). A chunk inside a gap, on a line of several
 * chunks, leaves the gap its wider side (a header cell centred in a
 * column wider than its text); else the gap goes. */
static size_t narrow_gaps(span *g, size_t ng, const pdf_line *l, const chunk *c, size_t nc,
			  int by_word)
{
	size_t m = 0;
	for (size_t i = 0; i < ng; i++) {
		span s = g[i];
		int dead = 0;
		for (size_t k = 0; k < nc && !dead; k++) {
			const pdf_box *b = &c[k].b;
			if (b->right <= s.a || b->left >= s.b)
				continue;
			if (b->left < s.a && b->right > s.b)
				dead = !by_word || !word_space_across(l, &c[k], &s);
			else if (b->left <= s.a)
				s.a = b->right;
			else if (b->right >= s.b)
				s.b = b->left;
			else if (nc > 1 && b->left - s.a > s.b - b->right)
				s.b = b->left;
			else if (nc > 1)
				s.a = b->right;
			else
				dead = 1;
		}
		if (!dead && s.b > s.a)
			g[m++] = s;
	}
	return m;
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

/* The gaps g[] narrowed by line j into out[], as narrow_gaps does; their
 * count. */
static size_t narrowed(const pdf_line *l, size_t j, const span *g, size_t ng, span *out,
		       int by_word)
{
	chunk *c = rw_xmalloc((l[j].nw + 1) * sizeof *c);
	size_t nc = line_chunks(&l[j], c);
	memcpy(out, g, ng * sizeof *g);
	size_t m = narrow_gaps(out, ng, &l[j], c, nc, by_word);
	free(c);
	return m;
}

/* Line a, just above line a + 1, keeps every gap of g[] (narrowed into
 * out[]): 1, else 0. */
static size_t keeps_gaps(const pdf_line *l, size_t a, const span *g, size_t ng, span *out,
			 int by_word)
{
	if (!pdf_lines_follow(l, a, a + 1, &pdf_edge_defaults))
		return 0;
	/* a line of one chunk is no row of header cells set close
	 * together, but the end of a paragraph or a caption */
	by_word = by_word && !one_chunk(&l[a]);
	/* every column goes on up, or the line is not the table's */
	return narrowed(l, a, g, ng, out, by_word) == ng;
}

/* Line a is the last of a paragraph: the line before it, at the same
 * left margin, right above it at the line pitch, runs across the table's
 * gaps g[] (a short last line fits in a table's first column, but is
 * prose), and is full: a's first word would not have fitted at its end
 * within the table's width (right), as lines are filled greedily (a
 * title over a table, with room left, is no paragraph a goes on); tmp
 * is scratch for ng gaps. */
static int ends_paragraph(const pdf_line *l, size_t a, const int *used, const span *g,
			  size_t ng, double right, span *tmp)
{
	if (a == 0 || used[a - 1] || !l[a].nw)
		return 0;
	double lh = fmax(l[a].b.bottom - l[a].b.top, 1);
	double tol = pdf_edge_defaults.align_tol * fmax(l[a].size, 1);
	return fabs(l[a].b.left - l[a - 1].b.left) <= tol &&
	       l[a].b.top - l[a - 1].b.bottom < PARA_LEADING * lh &&
	       !pdf_fits_after(&l[a - 1], &l[a], right) &&
	       !keeps_gaps(l, a - 1, g, ng, tmp, 0);
}

/* Line i is in no table yet. A running head counts as free: a table's
 * header repeated at the top of every page reads as one, and right above
 * the table, keeping its columns, it is the table's. */
static int free_line(const pdf_line *l, const int *used, size_t i)
{
	return !used[i] || l[i].drop;
}

/* Where the text of each of the cols columns (bounds b[0..ng-1]) of
 * lines l[from..to-1] stands: ext[2c] .. ext[2c + 1] (HUGE_VAL and
 * -HUGE_VAL when none). */
static void column_extents(const pdf_line *l, size_t from, size_t to, const double *b, size_t ng,
			   double *ext)
{
	int cols = (int)ng + 1;
	for (int c = 0; c < cols; c++)
		ext[2 * c] = HUGE_VAL, ext[2 * c + 1] = -HUGE_VAL;
	line_cols s = {0};
	for (size_t i = from; i < to; i++) {
		size_t m = line_columns(&s, &l[i], b, ng, cols, 1);
		for (size_t k = 0; k < m; k++) {
			ext[2 * s.col[k]] = fmin(ext[2 * s.col[k]], s.c[k].b.left);
			ext[2 * s.col[k] + 1] = fmax(ext[2 * s.col[k] + 1], s.c[k].b.right);
		}
	}
	line_cols_free(&s);
}

/* Where the text of the lowest line of lines l[0..n-1] with text in
 * each column stands (column_extents of that line): a column's own name,
 * under the names of groups of columns. */
static void lowest_extents(const pdf_line *l, size_t n, const double *b, size_t ng, double *ext)
{
	int cols = (int)ng + 1;
	double *one = rw_xmalloc(2 * (size_t)cols * sizeof *one);
	column_extents(l, n, n, b, ng, ext); /* none yet */
	for (size_t i = n; i-- > 0;) {
		column_extents(l, i, i + 1, b, ng, one);
		for (int c = 0; c < cols; c++)
			if (!isfinite(ext[2 * c]) && isfinite(one[2 * c]))
				ext[2 * c] = one[2 * c], ext[2 * c + 1] = one[2 * c + 1];
	}
	free(one);
}

/* Column `name` holds header text alone (head[]: the extent of its
 * lowest line, lowest_extents) and column `cells` beside it body text
 * alone (body[]): the name is the cells' column's, set in the middle of its cell as a browser sets a <th>
 * over cells set flush with one side, which a short text leaves far
 * from the other. Its middle stands between the middle of the cells'
 * text and the middle of the room they have (from their flush side to
 * the text of the column beyond the name, `beyond`), on the cells' far
 * side from their flush side. A name of a column left empty stands in
 * the middle of its own room, past that (tol: align_tol). */
static int names_cells(const double *head, const double *body, int name, int cells,
		       double beyond, double tol)
{
	double mid = (head[2 * name] + head[2 * name + 1]) / 2;
	double left = body[2 * cells], right = body[2 * cells + 1], text = (left + right) / 2;
	if (name > cells) /* cells flush left, the name right of their text */
		return head[2 * name] >= right - tol && mid >= text - tol &&
		       mid <= (left + beyond) / 2 + tol;
	return head[2 * name + 1] <= left + tol && mid <= text + tol &&
	       mid >= (beyond + right) / 2 - tol;
}

/* The columns (bounds b[0..ng-1]) of a table's lines l[0..n-1] under a
 * header of bold lines (over plain ones): a column holding a header's
 * name alone beside one holding cells without a name (names_cells) is
 * one column with it: the white between a centred name and short cells
 * is no gutter. The bound between them goes; returns the count left. */
static size_t join_named_cells(const pdf_line *l, size_t n, double *b, size_t ng)
{
	size_t head = 0;
	while (head < n && l[head].bold)
		head++;
	if (head == 0 || head == n || !ng)
		return ng;
	double tol = pdf_edge_defaults.align_tol * fmax(l[head].size, 1);
	double *hx = rw_xmalloc(4 * (ng + 1) * sizeof *hx), *bx = hx + 2 * (ng + 1);
	int read = 0; /* the extents of the columns as they are */
	for (size_t k = 0; k < ng;) {
		if (!read) {
			lowest_extents(l, head, b, ng, hx);
			column_extents(l, head, n, b, ng, bx);
			read = 1;
		}
		int join = 0;
		/* the name right of the cells (side 0) or left of them */
		for (int side = 0; side < 2 && !join; side++) {
			int cells = (int)k + side, name = (int)k + !side;
			int other = side ? name - 1 : name + 1; /* the column beyond the name */
			/* none, or none with text: the name may stand
			 * anywhere in the room up to the table's unseen side */
			double beyond = other < 0 ? -HUGE_VAL : other > (int)ng ? HUGE_VAL
					: side ? bx[2 * other + 1] : bx[2 * other];
			join = isfinite(hx[2 * name]) && !isfinite(bx[2 * name]) &&
			       !isfinite(hx[2 * cells]) && isfinite(bx[2 * cells]) &&
			       names_cells(hx, bx, name, cells, beyond, tol);
		}
		if (join) {
			memmove(&b[k], &b[k + 1], (--ng - k) * sizeof *b);
			read = 0;
		} else {
			k++;
		}
	}
	free(hx);
	return ng;
}

/* Line a, right above the table's first line (its header), is a row of
 * group names over the columns' names: set as they are (both lines bold,
 * in one type: a header's cells are styled alike), right above them, its
 * names within the table's sides lo..hi. A name spans some columns, so
 * it may run across their gaps (g[0..ng-1]), which the names under it
 * keep; one name over the first column and the last is the table's
 * title (a caption set bold over a bold header), no group's. */
static int group_names(const pdf_line *l, size_t a, double lo, double hi, const span *g,
		       size_t ng)
{
	const pdf_line *x = &l[a], *h = &l[a + 1];
	double tol = pdf_edge_defaults.align_tol * fmax(x->size, 1);
	if (ng && one_chunk(x) && x->b.left < g[0].a && x->b.right > g[ng - 1].b)
		return 0;
	return x->bold && h->bold && pdf_lines_follow(l, a, a + 1, &pdf_edge_defaults) &&
	       !pdf_larger_type(h, x, &pdf_edge_defaults) && x->b.left >= lo - tol &&
	       x->b.right <= hi + tol;
}

/* Chunk c is centred over the text of a run of columns holding the ones
 * it reaches into (gaps g[0..ng-1] part them; the table's text runs from
 * lo to hi): 0 if none, else 1, or 2 when the run spans a gap (a name
 * over three columns may start right of the first one's short figures). */
static int centred_over(const chunk *c, const span *g, size_t ng, double lo, double hi,
			double tol)
{
	size_t first = 0, last;
	while (first < ng && g[first].a <= c->b.left)
		first++; /* the column it starts in */
	for (last = first; last < ng && g[last].b < c->b.right; last++)
		;
	for (size_t f = first + 1; f-- > 0;)
		for (size_t t = last; t <= ng; t++) {
			double from = f ? g[f - 1].b : lo, to = t < ng ? g[t].a : hi;
			if (fabs((c->b.left + c->b.right) - (from + to)) / 2 <= tol)
				return t > f ? 2 : 1;
		}
	return 0;
}

/* Line a, right above the table's first line (its header), is a row of
 * group names set as the names under it are: two chunks or more, each
 * centred over the text of a run of columns (centred_over), one across a
 * gap at least (a group spans columns). */
static int centred_names(const pdf_line *l, size_t a, const span *g, size_t ng, double lo,
			 double hi)
{
	const pdf_line *x = &l[a];
	double tol = pdf_edge_defaults.align_tol * fmax(x->size, 1);
	if (!pdf_lines_follow(l, a, a + 1, &pdf_edge_defaults) || x->b.left < lo - tol ||
	    x->b.right > hi + tol)
		return 0;
	chunk *c = rw_xmalloc((x->nw + 1) * sizeof *c);
	size_t nc = line_chunks(x, c);
	int centred = nc >= 2, spans = 0;
	for (size_t k = 0; k < nc && centred; k++) {
		int over = centred_over(&c[k], g, ng, lo, hi, tol);
		centred = over > 0;
		spans |= over == 2;
	}
	free(c);
	return centred && spans;
}

/* Line a is a plain line of one chunk over a bold one: a title (a
 * sheet's name), not a header's line, as a header's cells are styled
 * alike. */
static int title_over(const pdf_line *l, size_t a)
{
	return l[a + 1].bold && !l[a].bold && one_chunk(&l[a]);
}

/* How a row of group names over a header shows itself (grow_up): bold
 * over a bold header, where a header cell's first line may be read so
 * too, or names centred over runs of columns, a row of its own. */
enum { GROUP_NONE, GROUP_BOLD, GROUP_CENTRED };

/* Line a, just above line a + 1, keeps every gap of g[0..ng-1] (a
 * table's text from lo to hi), with those its names of columns no text
 * reaches add (named_apart): their count, the gaps narrowed into *out
 * (allocated), else 0. */
static size_t keeps_named(const pdf_line *l, size_t a, const span *g, size_t ng, double lo,
			  double hi, int by_word, span **out)
{
	span *cut, *tmp;
	size_t n = named_apart(&l[a], NULL, g, ng, lo, hi, names_outer(&l[a], g, ng, lo, hi), &cut);
	tmp = rw_xmalloc((n + 1) * sizeof *tmp);
	if (!keeps_gaps(l, a, cut, n, tmp, by_word))
		n = 0;
	free(cut);
	if (!n) {
		free(tmp);
		tmp = NULL;
	}
	*out = tmp;
	return n;
}

/* Chunks a (above) and b (under it) line up: their left ends, right
 * ends or middles stand at one x (to tol): the two lines of one cell. */
static int lined_up(const pdf_box *a, const pdf_box *b, double tol)
{
	return fabs(a->left - b->left) <= tol || fabs(a->right - b->right) <= tol ||
	       fabs(a->left + a->right - b->left - b->right) / 2 <= tol;
}

/* Chunk a lines up with one of the chunks u[0..nu-1] of the line under
 * it (lined_up); *over: it stands over one of them. */
static int lines_up_over(const chunk *a, const chunk *u, size_t nu, double tol, int *over)
{
	int lined = 0;
	*over = 0;
	for (size_t m = 0; m < nu; m++) {
		*over |= u[m].b.left < a->b.right && u[m].b.right > a->b.left;
		lined |= lined_up(&a->b, &u[m].b, tol);
	}
	return lined;
}

/* Line j, right above line a of a row of group names, is more of that
 * row: bold, in its type, no more white between them than a cell's
 * lines leave (max_cell_leading), each of its word groups lining up
 * with one of line a's (the first line of a name wrapped) or standing
 * over none (a name of one line beside it, set at the cell's top). */
static int group_line_above(const pdf_line *l, size_t j, size_t a)
{
	const pdf_line *x = &l[j], *y = &l[a];
	double size = fmax(y->size, 1);
	if (!x->bold || pdf_larger_type(x, y, &pdf_edge_defaults) ||
	    pdf_larger_type(y, x, &pdf_edge_defaults) ||
	    y->b.top - x->b.bottom > pdf_edge_defaults.max_cell_leading * size)
		return 0;
	chunk *c = rw_xmalloc((x->nw + 1) * sizeof *c), *u = rw_xmalloc((y->nw + 1) * sizeof *u);
	size_t nc = line_chunks(x, c), nu = line_chunks(y, u);
	double tol = pdf_edge_defaults.align_tol * size;
	int ok = 1, over;
	for (size_t k = 0; k < nc && ok; k++)
		ok = lines_up_over(&c[k], u, nu, tol, &over) || !over;
	free(c);
	free(u);
	return ok;
}

/* The lines right above line a, a row of group names, that are more of
 * it (group_line_above), max_head_lines - 1 of them at most (a name
 * wrapped over max_head_lines lines): how many. */
static size_t group_lines_above(const pdf_line *l, size_t a, const int *used)
{
	size_t n = 0;
	while (n + 1 < (size_t)pdf_edge_defaults.max_head_lines && n < a &&
	       free_line(l, used, a - n - 1) && group_line_above(l, a - n - 1, a - n))
		n++;
	return n;
}

/* Takes in the lines above a table of sides lo..hi that keep its gaps
 * (a header or the first lines of a cell that stand above the first
 * number, as in a browser's vertically centred cells), and a row of
 * group names over its header (*group set to how it shows: the first
 * line taken); returns how many, narrowing *g (allocated, *ng gaps; a
 * name of a column no text reaches adds one, named_apart). */
static size_t grow_up(const pdf_line *l, size_t i, const int *used, double lo, double hi,
		      double reach, span **g, size_t *ng, int *group)
{
	size_t up = 0;
	span *tmp = rw_xmalloc((*ng + 1) * sizeof *tmp);
	int strict = 0; /* past a section row, only lines in cells of their own */
	/* a header is set in the table's type; a larger line is a title */
	while (up < i && free_line(l, used, i - up - 1) &&
	       l[i - up].b.top - l[i - up - 1].b.bottom <= reach &&
	       !pdf_larger_type(&l[i - up - 1], &l[i], &pdf_edge_defaults) && !title_over(l, i - up - 1) &&
	       !ends_paragraph(l, i - up - 1, used, *g, *ng, hi, tmp)) {
		span *kept;
		size_t n = keeps_named(l, i - up - 1, *g, *ng, lo, hi, !strict, &kept), k = n > 0;
		/* a row across the table (a section name) right under the
		 * header: a header line above it, in cells of its own, is
		 * still the table's (not a title over it, title_over) */
		if (!k && up + 1 < i && free_line(l, used, i - up - 2) && one_chunk(&l[i - up - 1]) &&
		    !title_over(l, i - up - 2) &&
		    (n = keeps_named(l, i - up - 2, *g, *ng, lo, hi, 0, &kept)))
			k = 2, strict = 1;
		if (!k) {
			/* a row of group names, and the lines of it above */
			*group = group_names(l, i - up - 1, lo, hi, *g, *ng)    ? GROUP_BOLD
				 : centred_names(l, i - up - 1, *g, *ng, lo, hi) ? GROUP_CENTRED
										 : GROUP_NONE;
			if (*group != GROUP_NONE)
				up += 1 + group_lines_above(l, i - up - 1, used);
			break;
		}
		free(*g);
		*g = kept, *ng = n;
		free(tmp); /* ends_paragraph's scratch, for as many gaps */
		tmp = rw_xmalloc((n + 1) * sizeof *tmp);
		up += k;
	}
	free(tmp);
	return up;
}

/* Row r + 1 of t is more of row r's cells: text only under text of r. */
static int continues_row(const pdf_table *t, int r)
{
	int any = 0;
	for (int c = 0; c < t->cols; c++) {
		const char *below = t->cell[(size_t)(r + 1) * t->cols + c];
		if (*below && !*t->cell[(size_t)r * t->cols + c])
			return 0;
		any |= *below != 0;
	}
	return any;
}

/* Joins row r + 1 of t into row r, each cell's lines by a space. */
static void join_rows(pdf_table *t, int r)
{
	size_t a = (size_t)r * t->cols, b = a + (size_t)t->cols;
	for (int c = 0; c < t->cols; c++)
		if (*t->cell[b + c])
			pdf_table_append(t, r, c, t->cell[b + c], &t->cb[b + c], " ", 1);
	t->plain[r] |= t->plain[r + 1];
	for (int c = 0; c < t->cols; c++)
		free(t->cell[b + c]);
	size_t rest = (size_t)(t->rows - r - 2) * t->cols;
	memmove(&t->cell[b], &t->cell[b + t->cols], rest * sizeof *t->cell);
	memmove(&t->cb[b], &t->cb[b + t->cols], rest * sizeof *t->cb);
	memmove(&t->span_from[b], &t->span_from[b + t->cols], rest * sizeof *t->span_from);
	memmove(&t->header[r + 1], &t->header[r + 2], (size_t)(t->rows - r - 2));
	memmove(&t->plain[r + 1], &t->plain[r + 2], (size_t)(t->rows - r - 2));
	t->rows--;
}

/* A header set in bold over several lines, each its own row by the white
 * between lines (no padding, a header cell wrapped or broken by hand):
 * a bold row at the top whose text stands only under text of the row
 * above is more of that row's cells ("Update as of" over "December 31,
 * 2023"), not a header row of its own; a row that fills a column the
 * row above left empty (the columns' names under a group name spanning
 * them) is. A table with no row but bold ones has no header to tell. */
static void join_header_lines(pdf_table *t)
{
	int body = 0;
	for (int r = 0; r < t->rows; r++)
		body |= t->plain[r];
	if (!body)
		return;
	for (int r = 0; r + 1 < t->rows && !t->plain[r] && !t->plain[r + 1];)
		if (continues_row(t, r))
			join_rows(t, r);
		else
			r++;
}

/* The heights of the horizontal rules r[0..nr-1] across the table of
 * lines l[0..n-1] with column bounds b[0..ng-1], between the top and the
 * bottom of its lines (ascending, count returned, *out allocated): rules
 * that cross every bound but the first (an id spanning two rows breaks
 * the rule between them in the first column), not one under a group
 * name spanning some columns; in a table of two columns, the middle of
 * the second. (*first)[k] says rule k crosses the first column too: it
 * starts left of the middle between the table's left and the first
 * bound. */
/* Ruling r is level and runs across the columns bounded by b[0..ng-1]
 * (their text ending at right) but maybe the first: from left of the
 * second column's start to past the last column's. In a table of two
 * columns, from left of the second's middle to its text's right end
 * (less a word space of type `size`: glyph boxes overhang the advances
 * a cell's width holds): a rule ends at the table's side, past every
 * cell's text, where a box drawn inside a cell (a broken image's frame
 * as wide as its alternative text) stops short of the column's longer
 * lines. */
static int rule_across(const pdf_ruling *r, const double *b, size_t ng, double right, double size)
{
	double second = ng > 1 ? b[1] : ng ? (b[0] + right) / 2 : 0;
	double end = ng > 1 ? b[ng - 1] : right - PDF_SPACE_WIDTH * fmax(size, 1);
	return ng && r->y0 == r->y1 && fmin(r->x0, r->x1) < second &&
	       fmax(r->x0, r->x1) > fmax(end, second);
}

static size_t row_rules(const pdf_line *l, size_t n, const double *b, size_t ng,
			const pdf_ruling *r, size_t nr, double **out, unsigned char **first)
{
	/* each rule's height, then its left end: sorted by the height */
	double (*y)[2] = rw_xmalloc((nr + 1) * sizeof *y);
	size_t ny = 0;
	*out = rw_xmalloc((nr + 1) * sizeof **out);
	*first = rw_xmalloc(nr + 1);
	double left = n ? l[0].b.left : 0, right = n ? l[0].b.right : 0;
	for (size_t i = 1; i < n; i++)
		left = fmin(left, l[i].b.left), right = fmax(right, l[i].b.right);
	for (size_t k = 0; k < nr && n; k++)
		if (rule_across(&r[k], b, ng, right, l[0].size) && r[k].y0 > l[0].b.top &&
		    r[k].y0 < l[n - 1].b.bottom)
			y[ny][0] = r[k].y0, y[ny++][1] = fmin(r[k].x0, r[k].x1);
	qsort(y, ny, sizeof *y, pdf_by_value);
	for (size_t k = 0; k < ny; k++) {
		(*out)[k] = y[k][0];
		(*first)[k] = y[k][1] < (left + b[0]) / 2;
	}
	free(y);
	return ny;
}

/* A word group of the table's lines, in its column. */
typedef struct col_chunk {
	int col;
	double left, right;
} col_chunk;

/* Which of the cols columns of the word groups g[0..ng-1] are set flush
 * right: two thirds of their word groups end where the column's text
 * ends (end[], to tol), and fewer start where it starts (start[]:
 * figures of different widths; a column of one width is both). */
static unsigned char *flush_right(const col_chunk *g, size_t ng, int cols, const double *start,
				  const double *end, double tol)
{
	size_t *chunks = rw_xcalloc((size_t)cols, sizeof *chunks);
	size_t *at_end = rw_xcalloc((size_t)cols, sizeof *at_end);
	size_t *at_start = rw_xcalloc((size_t)cols, sizeof *at_start);
	for (size_t k = 0; k < ng; k++) {
		int j = g[k].col;
		chunks[j]++;
		at_end[j] += g[k].right >= end[j] - tol;
		at_start[j] += g[k].left <= start[j] + tol;
	}
	unsigned char *right = rw_xcalloc((size_t)cols, 1);
	for (int j = 0; j < cols; j++)
		right[j] = 3 * at_end[j] >= 2 * chunks[j] && 3 * at_start[j] < 2 * chunks[j];
	free(chunks);
	free(at_end);
	free(at_start);
	return right;
}

/* The white between the text of columns j and j + 1 of the word groups
 * g[0..ng-1] (bounds b[] of cols columns; the text runs from lo to
 * hi): where the cells part, from white[2j + 2] to white[2j + 3]; the
 * table's sides are white[0..1] (lo) and white[2 cols..2 cols + 1]
 * (hi). A word group running past its column's bound (a section row) is
 * no column's text; the white round an empty column is its bound. */
static double *run_whites(const col_chunk *g, size_t ng, const double *b, int cols, double lo,
			  double hi)
{
	double *start = rw_xmalloc(2 * (size_t)cols * sizeof *start), *end = start + cols;
	for (int j = 0; j < cols; j++)
		start[j] = INFINITY, end[j] = -INFINITY;
	for (size_t k = 0; k < ng; k++) {
		int j = g[k].col;
		if (j + 1 < cols && g[k].right > b[j])
			continue;
		start[j] = fmin(start[j], g[k].left);
		end[j] = fmax(end[j], g[k].right);
	}
	double *white = rw_xmalloc((2 * (size_t)cols + 2) * sizeof *white);
	white[0] = white[1] = lo;
	white[2 * cols] = white[2 * cols + 1] = hi;
	for (int j = 0; j + 1 < cols; j++) {
		double a = isfinite(end[j]) ? end[j] : b[j];
		double z = isfinite(start[j + 1]) ? start[j + 1] : b[j];
		white[2 * j + 2] = fmin(a, z), white[2 * j + 3] = fmax(a, z);
	}
	free(start);
	return white;
}

/* The first column of the narrowest run of columns, from column `first`
 * on (of cols; the white round them in white[], run_whites), that name
 * box b is centred over: its middle lies between the least and the
 * most middle the run's span may have, its sides anywhere in the white
 * on either side of it (to tol), and the name lies within the span's
 * widest reach; -1 if none. */
static int centred_run(const pdf_box *b, const double *white, int first, int cols, double tol)
{
	double mid = (b->left + b->right) / 2;
	for (int width = 1; width <= cols - first; width++)
		for (int j = first; j + width <= cols; j++) {
			const double *l = &white[2 * j], *r = &white[2 * (j + width)];
			if (b->left >= l[0] - tol && b->right <= r[1] + tol &&
			    mid >= (l[0] + r[0]) / 2 - tol && mid <= (l[1] + r[1]) / 2 + tol)
				return j;
		}
	return -1;
}

/* The columns of the group names (chunks c[0..nc-1], in *col) over the
 * table of lines l[1..n-1], column bounds b[0..nb-1]: a name set flush
 * with where a column's text starts is that column's; so is one that
 * starts in the white before the column's text, a column's gap (a
 * chunk's) clear of the text before, and runs on over it, or stands
 * past a column set flush right, whose cells end where their text does
 * (set flush left in a cell spanning columns whose figures are set
 * flush right, far from their cells' left edges);
 * a name centred over a run of columns (it may lie inside one of them)
 * is the first's, the run being the narrowest it is centred over with
 * the cells starting and ending anywhere in the white round their text
 * (centred_run), else the one whose slots (between the bounds
 * and the table's sides) hold the name with their middle nearest its
 * own, of runs as near (to tol) the narrowest. The names stand in order: each in columns right of the one
 * before's (the second of two is no name over the whole table). */
static void name_columns(const pdf_line *l, size_t n, const chunk *c, size_t nc, int *col,
			 const double *b, size_t nb)
{
	int cols = (int)nb + 1;
	double *start = rw_xmalloc((size_t)cols * sizeof *start), lo = INFINITY, hi = -INFINITY;
	double *end = rw_xmalloc((size_t)cols * sizeof *end);
	for (int j = 0; j < cols; j++)
		start[j] = INFINITY, end[j] = -INFINITY;
	line_cols s = {0};
	col_chunk *g = NULL;
	size_t ng = 0, capg = 0;
	for (size_t i = 1; i < n; i++) {
		size_t m = line_columns(&s, &l[i], b, nb, cols, 1);
		for (size_t k = 0; k < m; k++) {
			start[s.col[k]] = fmin(start[s.col[k]], s.c[k].b.left);
			end[s.col[k]] = fmax(end[s.col[k]], s.c[k].b.right);
			g = rw_xgrow(g, &capg, ng + 1, sizeof *g);
			g[ng++] = (col_chunk){s.col[k], s.c[k].b.left, s.c[k].b.right};
		}
		lo = fmin(lo, l[i].b.left);
		hi = fmax(hi, l[i].b.right);
	}
	double *white = run_whites(g, ng, b, cols, lo, hi);
	double tol = pdf_edge_defaults.align_tol * fmax(l[0].size, 1);
	/* a cell's text stands a column's gap from the text before it */
	double gap = pdf_layout_defaults.chunk_gap * fmax(l[0].size, 1);
	unsigned char *right = flush_right(g, ng, cols, start, end, tol);
	free(g);
	for (size_t k = 0, first = 0; k < nc; first = (size_t)col[k++] + 1) {
		/* names stand in order, each right of the one before's column */
		double mid = (c[k].b.left + c[k].b.right) / 2, best = INFINITY;
		for (int j = (int)first; j < cols && best > 0; j++)
			if (fabs(c[k].b.left - start[j]) <= tol ||
			    (j && c[k].b.left > end[j - 1] + gap && c[k].b.left < start[j] - tol &&
			     (right[j - 1] || c[k].b.right > start[j] + tol)))
				col[k] = j, best = 0;
		int run = best > 0 ? centred_run(&c[k].b, white, (int)first, cols, tol) : -1;
		if (run >= 0)
			col[k] = run, best = 0;
		/* of runs as centred (to tol), the narrowest: a wider
		 * run round a name may have its middle there too */
		double width = INFINITY;
		for (int j = (int)first; j < cols && best > 0; j++)
			for (int m = j; m < cols; m++) {
				double s0 = j ? b[j - 1] : lo, s1 = m < cols - 1 ? b[m] : hi;
				double off = fabs(mid - (s0 + s1) / 2);
				if (c[k].b.left >= s0 - tol && c[k].b.right <= s1 + tol &&
				    (off < best - tol || (off <= best + tol && s1 - s0 < width)))
					col[k] = j, best = fmin(best, off), width = s1 - s0;
			}
	}
	line_cols_free(&s);
	free(start);
	free(end);
	free(right);
	free(white);
}

/* Word w is a figure: digits, with the signs and separators of
 * numbers, shares, amounts and dates around them ("1,204", "(4.5)",
 * "12%", "2021-07-15"); such cells do not wrap. */
static int figure(const char *w)
{
	int digits = 0;
	for (const unsigned char *c = (const unsigned char *)w; *c; c++) {
		if (isdigit(*c))
			digits++;
		else if (!strncmp((const char *)c, "\u2212", 3))
			c += 2; /* a minus sign */
		else if (*c >= 0x80 || !strchr(".,:/%()+-$", *c))
			return 0;
	}
	return digits > 0;
}

/* The first line's text is a row of its own (row[], also[] of n lines of
 * cols slots; rows of them): a row of group names, which the names under
 * it, set solid and as empty in the first column, would join. The row
 * count. */
static int own_row(int *row, int *also, size_t n, int cols, int rows)
{
	int top = -1, shared = 0;
	for (int c = 0; c < cols; c++)
		top = row[c] >= 0 && (top < 0 || row[c] < top) ? row[c] : top;
	for (size_t k = (size_t)cols; k < n * (size_t)cols && top >= 0; k++)
		shared |= row[k] == top || also[k] == top;
	if (!shared)
		return rows;
	for (size_t k = (size_t)cols; k < n * (size_t)cols; k++) {
		row[k] += row[k] >= top;
		also[k] += also[k] >= top;
	}
	return rows + 1;
}

/* Lines l[0] and l[1] (n lines) are the header's, both bold over a body
 * not all bold, and l[0] is a row of group names over the header's
 * column names, though each of its names stands inside a column: one of
 * them lines up with no name of the header's lines under it (a name
 * spanning columns stands over their middle; a header cell's first line
 * lines up with its next, on whichever line that stands). A name of one
 * line beside cells of two, over white, is taken so too, and
 * name_columns gives it the column it stands in. */
static int names_a_group(const pdf_line *l, size_t n)
{
	if (n < 3 || !l[0].bold || !l[1].bold ||
	    !pdf_lines_follow(l, 0, 1, &pdf_edge_defaults))
		return 0;
	int plain = 0;
	for (size_t i = 2; i < n && !plain; i++)
		plain = !l[i].bold;
	if (!plain)
		return 0;
	chunk *a = rw_xmalloc((l[0].nw + 1) * sizeof *a);
	size_t na = line_chunks(&l[0], a);
	unsigned char *lined = rw_xcalloc(na + 1, 1);
	double tol = pdf_edge_defaults.align_tol * fmax(l[0].size, 1);
	/* the header's bold lines under it, cells of several lines set at
	 * their middle staggering them */
	for (size_t i = 1; i < n && l[i].bold; i++) {
		chunk *u = rw_xmalloc((l[i].nw + 1) * sizeof *u);
		size_t nu = line_chunks(&l[i], u);
		int over;
		for (size_t k = 0; k < na; k++)
			lined[k] |= lines_up_over(&a[k], u, nu, tol, &over);
		free(u);
	}
	int group = 0;
	for (size_t k = 0; k < na; k++)
		group |= !lined[k];
	free(lined);
	free(a);
	return group;
}

/* The table of a run of lines with the column bounds b[0..ng-1]: rows by
 * where the text stands, or by the rules r[0..nr-1] across it
 * (cellrows.c). With group (GROUP_BOLD, GROUP_CENTRED), the first line
 * is a row of group names over the header (grow_up). */
static pdf_table run_table(const pdf_line *l, size_t n, const double *b, size_t ng,
			   const pdf_ruling *r, size_t nr, int group)
{
	int cols = (int)ng + 1;
	size_t cells = n * (size_t)cols;
	pdf_cellpiece *pc = rw_xcalloc(cells, sizeof *pc);
	int *names = NULL;
	if (group == GROUP_NONE && names_a_group(l, n))
		group = GROUP_BOLD;
	line_cols s = {0};
	for (size_t i = 0; i < n; i++) {
		size_t nc = line_columns(&s, &l[i], b, ng, cols, 1);
		const chunk *c = s.c;
		int *col = s.col;
		if (i == 0 && group) {
			name_columns(l, n, c, nc, col, b, ng);
			names = rw_xmalloc((nc + 1) * sizeof *names);
			memcpy(names, col, nc * sizeof *col);
		}
		for (size_t k = 0; k < nc; k++) {
			pdf_cellpiece *p = &pc[i * cols + col[k]];
			if (!p->has) {
				const pdf_word *w = &l[i].w[c[k].w0];
				double space = pdf_row_defaults.space_width * fmax(w->size, 1);
				*p = (pdf_cellpiece){1, c[k].b.top, c[k].b.bottom, c[k].b.left,
						     c[k].b.right, w->b.right - w->b.left, space, 1,
						     c[k].nw == 1 && figure(w->text)};
			} else {
				p->figure = 0; /* more than one word */
			}
			for (size_t j = c[k].w0; j < c[k].w0 + c[k].nw; j++)
				p->bold &= l[i].w[j].bold != 0;
			p->top = fmin(p->top, c[k].b.top);
			p->bottom = fmax(p->bottom, c[k].b.bottom);
			p->left = fmin(p->left, c[k].b.left);
			p->right = fmax(p->right, c[k].b.right);
		}
	}
	line_cols_free(&s);
	int *row = rw_xmalloc(cells * sizeof *row), *also = rw_xmalloc(cells * sizeof *also);
	double *rule;
	unsigned char *first;
	size_t nrule = row_rules(l, n, b, ng, r, nr, &rule, &first);
	int rows = pdf_cell_rows(pc, n, cols, rule, first, nrule, row, also);
	if (group == GROUP_CENTRED)
		rows = own_row(row, also, n, cols, rows);
	free(rule);
	free(first);
	pdf_table t;
	pdf_table_init(&t, rows, cols);
	place_chunks(&t, l, n, row, also, b, ng, 1, names);
	free(names);
	join_header_lines(&t);
	table_frame(&t, l, n, b, ng);
	fix_empty_rows(&t);
	pdf_fill_centred_spans(&t);
	free(pc);
	free(row);
	free(also);
	return t;
}

void pdf_stream_rows(const pdf_line *l, size_t nl, const double *bound, size_t nbound,
		     pdf_table *out)
{
	if (nbound) {
		*out = run_table(l, nl, bound, nbound, NULL, 0, 0);
		return;
	}
	double *b;
	size_t nb = column_bounds(l, nl, &b);
	/* the last bound is the table's right end */
	*out = run_table(l, nl, b, nb ? nb - 1 : 0, NULL, 0, 0);
	free(b);
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
 * a space between its words, at one bound at most (a cell set close to
 * the next; a chunk across two bounds is text across the columns: a
 * section's name, running text); returns 0, else the number of columns
 * the line has text in, and marks them in *seen (when not NULL; columns
 * past the 64th are not marked). */
static int columns_kept(const pdf_line *l, const pdf_gap *gap, const double *x, size_t nx,
			uint64_t *seen)
{
	chunk *c = rw_xmalloc((l->nw + 1) * sizeof *c);
	size_t nc = line_chunks(l, c);
	int ok = 1, cols = 0, last = -1;
	for (size_t k = 0; k < nc && ok; k++) {
		int across = 0;
		for (size_t i = 0; i < nx && ok; i++) {
			/* across the white of the gap, then only by a word
			 * space at the bound itself */
			double tol = pdf_edge_defaults.align_tol * fmax(l->size, 1);
			span near = {x[i] - tol, x[i] + tol};
			if (c[k].b.left < fmin(gap[i].lo, near.a) && c[k].b.right > fmax(gap[i].hi, near.b))
				ok = word_space_across(l, &c[k], &near) && ++across < 2;
		}
		int col = column_of(x, nx, c[k].b.left);
		cols += col != last;
		last = col;
		if (seen && col >= 0 && col < 64)
			*seen |= (uint64_t)1 << col;
	}
	free(c);
	return ok ? cols : 0;
}

/* Line j is the last on the page (but for running heads and feet). */
static int last_on_page(size_t nl, size_t j, const int *used)
{
	while (++j < nl)
		if (!used[j])
			return 0;
	return 1;
}

/* Lines j.. that run across the columns of gaps gap[] (bounds x[]) from
 * the first column are section rows, at most max_break_lines of them
 * (a section name wrapped) or more where none is the rest of the line
 * before (pdf_fits_after, in a table ending at x right), when a line
 * keeping to the columns follows: returns that line, or 0. */
static size_t section_rows(const pdf_line *l, size_t nl, size_t j, const int *used,
			   const pdf_gap *gap, const double *x, size_t nx, double right)
{
	size_t k = j;
	int whole = 1;
	while (k < nl && !used[k] &&
	       (k - j < (size_t)pdf_edge_defaults.max_break_lines || whole) &&
	       (k == j || pdf_lines_follow(l, k - 1, k, &pdf_edge_defaults)) &&
	       l[k].b.left < x[0] && !columns_kept(&l[k], gap, x, nx, NULL)) {
		k++;
		whole = whole && k < nl && pdf_fits_after(&l[k - 1], &l[k], right);
	}
	int ok = k > j && k < nl && !used[k] && pdf_lines_follow(l, k - 1, k, &pdf_edge_defaults) &&
		 columns_kept(&l[k], gap, x, nx, NULL);
	return ok ? k : 0;
}

/* A run of carried lines (carried_run) so far. */
typedef struct carried_lines {
	size_t multi;  /* lines with text in two columns or more */
	uint64_t seen; /* the columns its lines have text in (past the 64th: not) */
	int widest;    /* the most columns one line has text in (the row's) */
} carried_lines;

/* A line of run r has text in CARRY_FULL_COLUMNS columns or more: a row
 * by itself, whatever columns it leaves empty (a cell spanning down to
 * it from the page before). */
static int full_line(const carried_lines *r)
{
	return r->widest >= CARRY_FULL_COLUMNS;
}

/* The run r fills every column of a table of CARRY_FULL_COLUMNS or more
 * (nx + 1 columns). */
static int fills_every_column(const carried_lines *r, size_t nx)
{
	return nx + 1 >= CARRY_FULL_COLUMNS && nx + 1 <= 64 &&
	       r->seen == (nx + 1 == 64 ? UINT64_MAX : ((uint64_t)1 << (nx + 1)) - 1);
}

static int one_column(uint64_t m) { return m && !(m & (m - 1)); }

/* A line with text in one column (its columns `mid`) between two lines
 * with text in one other (up, down): a cell set in the middle of its row
 * beside another's lines, as a row cut by a page break shows it, a line
 * with text in two columns as much as one holding both. */
static int centred_between(uint64_t up, uint64_t mid, uint64_t down)
{
	return one_column(mid) && one_column(up) && up == down && up != mid;
}

/* The lines from i on that go on with a table of column gaps gap[]
 * (bounds x[]) from the page before: lines that keep out of the gaps,
 * rows across the table (a section's name; not first, where it is the
 * table's title) with such a line under them, and the lines between
 * the rules of a table that rules its rows (r[0..nr-1]:
 * pdf_ruled_row_end), under the header printed again (the first head
 * lines). Under that header they are the table's, be they a cut cell's
 * lines alone; else it is the table's
 * when a sixth of them, two at least, have text in two columns or more
 * (descriptions of five lines by ids of one; a line between two lines of
 * another column counts, centred_between), or when its lines fill
 * every column of a table of CARRY_FULL_COLUMNS or more together (its
 * last row carried to a page of its own; one line in CARRY_SHARE still
 * has text in two columns). Else its first row is, when its lines fill
 * every column, or one of them CARRY_FULL_COLUMNS (full_line): those up
 * to the first with text in the first column after one with text in two
 * (a new row's first cell, or a note under the table), the last row
 * carried to a page of its own, its description however many lines
 * long. Returns how many lines, or 0. */
static size_t carried_run(const pdf_line *l, size_t nl, size_t i, const int *used,
			  size_t head, const pdf_gap *gap, const double *x, size_t nx,
			  const pdf_ruling *r, size_t nr)
{
	size_t j = i, row_end = 0;
	carried_lines all = {0, 0, 0}, row = {0, 0, 0};
	uint64_t above = 0, above2 = 0; /* the columns of the two lines kept before */
	double left = INFINITY, right = -INFINITY;
	for (; j < i + head; j++) /* the header printed again */
		left = fmin(left, l[j].b.left), right = fmax(right, l[j].b.right);
	while (j < nl && !used[j] && (j == i || pdf_lines_follow(l, j - 1, j, &pdf_edge_defaults))) {
		uint64_t line = 0;
		int cols = columns_kept(&l[j], gap, x, nx, &line);
		/* section rows; not first: there it is the table's title */
		size_t k = !cols && j > i ? section_rows(l, nl, j, used, gap, x, nx, right) : 0;
		if (k) {
			j = k;
			above = above2 = 0;
			continue;
		}
		/* lines between the rules of a table that rules its rows */
		k = !cols && j > i ? pdf_ruled_row_end(r, nr, used, l, nl, i, j, left, right) + 1 : 0;
		if (k > j) {
			j = k;
			above = above2 = 0;
			continue;
		}
		/* a section row last on the page, in the table's type */
		if (!cols && j > i && l[j].b.left < x[0] && last_on_page(nl, j, used) &&
		    !pdf_larger_type(&l[j - 1], &l[j], &pdf_edge_defaults)) {
			j++;
			break;
		}
		if (!cols)
			break;
		all.seen |= line;
		all.multi += cols >= 2 || centred_between(above2, above, line);
		above2 = above, above = line;
		if (!row_end && row.multi && (line & 1))
			row_end = j; /* past the row's line of cells, a new first cell */
		if (!row_end) {
			row.seen |= line, row.multi += cols >= 2;
			row.widest = row.widest > cols ? row.widest : cols;
		}
		left = fmin(left, l[j].b.left);
		right = fmax(right, l[j++].b.right);
	}
	size_t n = j - i;
	if (head)
		return n > head ? n : 0; /* under the header printed again */
	if ((all.multi >= (size_t)pdf_edge_defaults.min_full_lines || fills_every_column(&all, nx)) &&
	    CARRY_SHARE * all.multi >= n)
		return n;
	return (fills_every_column(&row, nx) || full_line(&row)) && row.multi
		       ? (row_end ? row_end : j) - i
		       : 0;
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The words of the header rows of c, sorted (count in *n), in one
 * string: *text, for the caller to free. */
static char **head_words(const pdf_carry *c, char **text, size_t *n)
{
	rw_buf all = {0};
	for (size_t k = 0; k < (size_t)c->nhead * (c->ngap + 1); k++) {
		rw_buf_adds(&all, c->head[k]);
		rw_buf_addc(&all, ' ');
	}
	*text = rw_buf_take(&all);
	char **w = NULL, *save = NULL;
	size_t cap = 0;
	*n = 0;
	for (char *s = strtok_r(*text, " ", &save); s; s = strtok_r(NULL, " ", &save)) {
		w = rw_xgrow(w, &cap, *n + 1, sizeof *w);
		w[(*n)++] = s;
	}
	if (*n > 1)
		qsort(w, *n, sizeof *w, by_text);
	return w;
}

/* How many lines from i print the header of c again: the fewest that
 * hold its words, each as often, whatever the lines it stands on (a
 * header cell of two lines is one cell); 0 when none do. */
static size_t head_again(const pdf_line *l, size_t nl, size_t i, const int *used,
			 const pdf_carry *c)
{
	if (c->nhead == 0)
		return 0; /* none set apart in bold */
	size_t nh, nw = 0, k = 0;
	char *text, **head = head_words(c, &text, &nh);
	const char **seen = rw_xmalloc((nh + 1) * sizeof *seen);
	for (size_t j = i; j < nl && !used[j] && nw + l[j].nw <= nh; j++) {
		for (size_t m = 0; m < l[j].nw; m++)
			seen[nw++] = l[j].w[m].text;
		if (nw == nh) {
			qsort(seen, nw, sizeof *seen, by_text);
			size_t same = 0;
			while (same < nh && strcmp(seen[same], head[same]) == 0)
				same++;
			k = same == nh ? j + 1 - i : 0;
			break;
		}
	}
	free(text);
	free(head);
	free(seen);
	return k;
}

/* How many of t's first rows stand wholly over height y. */
static int rows_over(const pdf_table *t, double y)
{
	int r = 0;
	for (; r < t->rows; r++)
		for (int c = 0; c < t->cols; c++)
			if (*t->cell[(size_t)r * t->cols + c] && t->cb[(size_t)r * t->cols + c].bottom > y)
				return r;
	return r;
}

/* The table going on from the page before, at the top of this one,
 * under its header printed again or not. */
static size_t carried_table(const pdf_line *l, size_t nl, int *used, const pdf_carry *c,
			    const pdf_ruling *r, size_t nr, pdf_table *t)
{
	const pdf_gap *gap = c->gap;
	size_t nx = c->ngap;
	double *x = rw_xmalloc((nx + 1) * sizeof *x);
	for (size_t k = 0; k < nx; k++)
		x[k] = (gap[k].lo + gap[k].hi) / 2;
	size_t i = 0;
	while (i < nl && used[i])
		i++;
	size_t head = head_again(l, nl, i, used, c);
	size_t n = carried_run(l, nl, i, used, head, gap, x, nx, r, nr);
	if (n) {
		*t = run_table(l + i, n, x, nx, r, nr, 0);
		t->goes_on = 1;
		t->head_again = head ? rows_over(t, l[i + head].b.top) : 0;
		for (size_t k = 0; k < n; k++)
			used[i + k] = 1;
	}
	free(x);
	return n ? 1 : 0;
}

/* Chunk c reaches into none of the x-ranges x[0..nx-1]. */
static int clear_of(const chunk *c, const pdf_gap *x, size_t nx)
{
	for (size_t k = 0; k < nx; k++)
		if (c->b.left < x[k].hi && c->b.right > x[k].lo)
			return 0;
	return 1;
}

/* The chunks of the lines of area a that are not full, clear of the
 * full lines' x-ranges x[0..nx-1], where as many lines as make a text
 * edge have such chunks that overlap (a column that never shares a line
 * with the others); written after x[nx - 1], their count returned. c is
 * scratch for a line's chunks. */
static size_t off_columns(const pdf_line *l, const pdf_area *a, const int *filled, int most,
			  chunk *c, pdf_gap *x, size_t nx)
{
	pdf_gap *y = x + nx;
	size_t *at = NULL, cap = 0, ny = 0, m = 0;
	for (size_t i = a->first; i <= a->last; i++) {
		if (pdf_full_line(filled[i], most, &pdf_edge_defaults))
			continue;
		size_t nc = line_chunks(&l[i], c);
		for (size_t k = 0; k < nc; k++)
			if (clear_of(&c[k], x, nx)) {
				at = rw_xgrow(at, &cap, ny + 1, sizeof *at);
				at[ny] = i;
				y[ny++] = (pdf_gap){c[k].b.left, c[k].b.right};
			}
	}
	for (size_t k = 0; k < ny; k++) {
		size_t lines = 0, last = SIZE_MAX; /* chunks are in line order */
		for (size_t j = 0; j < ny; j++)
			if (y[j].lo < y[k].hi && y[j].hi > y[k].lo && at[j] != last)
				lines++, last = at[j];
		if (lines >= (size_t)pdf_edge_defaults.min_edge_chunks)
			y[m++] = y[k];
	}
	free(at);
	return m;
}

/* Chunk c runs across the whole of one of the stripes w[0..nw-1]. */
static int across_stripe(const chunk *c, const pdf_gap *w, size_t nw)
{
	for (size_t k = 0; k < nw; k++)
		if (c->b.left <= w[k].lo && c->b.right >= w[k].hi)
			return 1;
	return 0;
}

/* The white stripes between the chunks of the lines of area a that fill
 * all its most columns, when as many do as make a text edge (else none:
 * *nw 0), into w[]; c, x: scratch for chunks and their x-ranges. */
static void fullest_stripes(const pdf_line *l, const pdf_area *a, const int *filled, int most,
			    chunk *c, pdf_gap *x, pdf_gap *w, size_t *nw)
{
	size_t nx = 0, lines = 0;
	for (size_t i = a->first; i <= a->last; i++) {
		if (filled[i] != most)
			continue;
		lines++;
		size_t nc = line_chunks(&l[i], c);
		for (size_t k = 0; k < nc; k++)
			x[nx++] = (pdf_gap){c[k].b.left, c[k].b.right};
	}
	*nw = lines >= (size_t)pdf_edge_defaults.min_edge_chunks ? pdf_white_stripes(x, nx, w) : 0;
}

/* The column gaps of an area: the white stripes between the chunks of
 * its full lines, all of them (Tabula's stream columns, from the lines
 * that fill the columns: headers and section rows are fitted in after),
 * but a chunk of a bold line with a column less running across a
 * whole stripe of the lines that fill them all (two header names a word
 * space apart in cells without padding, or one over two columns: no
 * cell says the column is one; a body line's such chunk may be a cell
 * two columns share), and the chunks of its other lines clear of
 * those (a column that never shares a line with the others: ids wrapped
 * over two lines beside numbers centred between them). Returns their
 * count, in *out (allocated). */
static size_t area_gaps(const pdf_line *l, const pdf_area *a, const int *filled, span **out)
{
	int most = pdf_most_filled(filled, a->first, a->last);
	size_t n = 0;
	for (size_t i = a->first; i <= a->last; i++)
		n += l[i].nw;
	pdf_gap *x = rw_xmalloc((n + 1) * sizeof *x), *w = rw_xmalloc((n + 1) * sizeof *w);
	chunk *c = rw_xmalloc((n + 1) * sizeof *c);
	size_t nw;
	fullest_stripes(l, a, filled, most, c, x, w, &nw);
	size_t nx = 0;
	for (size_t i = a->first; i <= a->last; i++) {
		if (!pdf_full_line(filled[i], most, &pdf_edge_defaults))
			continue;
		size_t nc = line_chunks(&l[i], c);
		for (size_t k = 0; k < nc; k++)
			if (filled[i] == most || !l[i].bold || !across_stripe(&c[k], w, nw))
				x[nx++] = (pdf_gap){c[k].b.left, c[k].b.right};
	}
	nx += off_columns(l, a, filled, most, c, x, nx);
	free(c);
	size_t ng = pdf_white_stripes(x, nx, w);
	span *g = *out = rw_xmalloc((ng + 1) * sizeof *g);
	for (size_t k = 0; k < ng; k++)
		g[k] = (span){w[k].lo, w[k].hi};
	free(x);
	free(w);
	return ng;
}

/* Narrows the gaps g[0..ng-1] of area a to the white of every line of
 * it: the full lines part the columns, but a column's text may reach
 * further into a gap on its other lines (the lines of a wrapped cell),
 * and the gap's middle is where a line below the area crosses into the
 * next column (keeps_bounds). A chunk across a whole gap or inside one
 * leaves it as it is, as does one that would close it, and one from
 * the first column: a section's name, set from the table's left across
 * some columns, is no cell's text. */
static void trim_gaps(const pdf_line *l, const pdf_area *a, span *g, size_t ng)
{
	chunk *c = NULL;
	size_t cap = 0;
	for (size_t i = a->first; i <= a->last; i++) {
		c = rw_xgrow(c, &cap, l[i].nw + 1, sizeof *c);
		size_t nc = line_chunks(&l[i], c);
		for (size_t k = 0; k < nc; k++)
			for (size_t j = 0; j < ng; j++) {
				const pdf_box *b = &c[k].b;
				if (j > 0 && b->left >= g[j - 1].b && b->left <= g[j].a &&
				    b->right > g[j].a && b->right < g[j].b)
					g[j].a = b->right;
				else if (b->right >= g[j].b && b->left < g[j].b && b->left > g[j].a)
					g[j].b = b->left;
			}
	}
	free(c);
}

/* No chunk of line l runs across the middle of a gap of g[] (a column
 * bound) but by a space between its words. */
static int keeps_bounds(const pdf_line *l, const span *g, size_t ng)
{
	chunk *c = rw_xmalloc((l->nw + 1) * sizeof *c);
	size_t nc = line_chunks(l, c);
	int ok = 1;
	for (size_t k = 0; k < nc && ok; k++)
		for (size_t i = 0; i < ng && ok; i++) {
			span m = {(g[i].a + g[i].b) / 2, (g[i].a + g[i].b) / 2};
			if (c[k].b.left < m.a && c[k].b.right > m.b)
				ok = word_space_across(l, &c[k], &m);
		}
	free(c);
	return ok;
}

/* Line l, under a table whose text starts at lo, starts no further left
 * than that text: a cell's line or a section's name starts in a column,
 * where a note under a table set in padded cells starts at the margin,
 * left of them, even where it would fit in the first column. */
static int starts_in(const pdf_line *l, double lo)
{
	return l->b.left >= lo - pdf_edge_defaults.align_tol * fmax(l->size, 1);
}

/* The lines under line `last` that keep to the columns of gaps g[] (the
 * rest of the last row's cells), and a row across the table from its
 * first column (a section's name) with such a line under it, or last on
 * a page another follows (the break sent the section's rows on to it:
 * page_follows; after the document's last table, such a line is prose;
 * one starting with a raised mark is a footnote) and within
 * the table's sides (a note under it may run on past its right end),
 * each set in the table's type (a note under a table is set smaller,
 * even where it fits in the first column; a row across it set larger is
 * a heading over the next table) and starting in the table
 * (starts_in: its text runs from lo to hi): how many. */
static size_t grow_down(const pdf_line *l, size_t nl, size_t last, double lo, double hi,
			const int *used, const span *g, size_t ng, int page_follows)
{
	size_t j = last + 1;
	for (; j < nl && !used[j] && pdf_lines_follow(l, j - 1, j, &pdf_edge_defaults); j++) {
		if (!starts_in(&l[j], lo) || pdf_larger_type(&l[last], &l[j], &pdf_edge_defaults))
			break;
		if (keeps_bounds(&l[j], g, ng))
			continue;
		if (l[j].b.left >= g[0].a || pdf_larger_type(&l[j], &l[last], &pdf_edge_defaults))
			break;
		if (page_follows && last_on_page(nl, j, used) && !pdf_starts_with_mark(&l[j]) &&
		    l[j].b.right <= hi + pdf_edge_defaults.align_tol * fmax(l[j].size, 1)) {
			j++;
			break;
		}
		if (j + 1 == nl || used[j + 1] || !pdf_lines_follow(l, j, j + 1, &pdf_edge_defaults) ||
		    !keeps_bounds(&l[j + 1], g, ng))
			break;
	}
	return j - last - 1;
}

/* The lines of area a over its first full line (its header) name
 * columns no text under them reaches (named_apart, beyond the text of
 * the full lines): the gaps *g (allocated, *ng of them) cut and added
 * to. */
static void head_names(const pdf_line *l, const pdf_area *a, const int *filled, span **g,
		       size_t *ng)
{
	int most = pdf_most_filled(filled, a->first, a->last);
	size_t first = a->first;
	while (first <= a->last && !pdf_full_line(filled[first], most, &pdf_edge_defaults))
		first++;
	double lo = INFINITY, hi = -INFINITY;
	for (size_t i = first; i <= a->last; i++)
		if (pdf_full_line(filled[i], most, &pdf_edge_defaults))
			lo = fmin(lo, l[i].b.left), hi = fmax(hi, l[i].b.right);
	/* a header cell's lines stand one under another: the last column
	 * named on a line of the header down to its first full line is
	 * named beside a name on another (a column left empty at the
	 * table's end, its name over two lines) */
	int last = 0;
	for (size_t i = a->first; i <= first && first <= a->last; i++)
		last |= names_outer(&l[i], *g, *ng, lo, hi) & NAMES_LAST;
	for (size_t i = a->first; i < first && first <= a->last; i++) {
		span *cut;
		int outer = (names_outer(&l[i], *g, *ng, lo, hi) & NAMES_FIRST) | last;
		size_t n = named_apart(&l[i], i > a->first ? &l[i - 1] : NULL, *g, *ng, lo, hi, outer, &cut);
		free(*g);
		*g = cut, *ng = n;
	}
}

/* The left and right ends of area a's lines. */
static void area_sides(const pdf_line *l, const pdf_area *a, double *lo, double *hi)
{
	*lo = INFINITY, *hi = -INFINITY;
	for (size_t i = a->first; i <= a->last; i++)
		*lo = fmin(*lo, l[i].b.left), *hi = fmax(*hi, l[i].b.right);
}

/* The column gaps of area a (area_gaps), narrowed to the white of every
 * line of it (trim_gaps), into *out (allocated), and the ends of its
 * lines (*lo, *hi): their count, or 0 with min_columns too many (the
 * full lines leave too few gaps). */
static size_t area_columns(const pdf_line *l, const pdf_area *a, const int *filled, span **out,
			   double *lo, double *hi)
{
	span *g;
	size_t ng = area_gaps(l, a, filled, &g);
	if (ng + 1 < (size_t)pdf_edge_defaults.min_columns && a->framed) {
		/* too few full lines by the text edges (a column mostly
		 * empty, too short for an edge; cells never on one line):
		 * the white through every line of the body parts the
		 * columns. The first line, the tables' head (side_by_side),
		 * is fitted in as a header is: its names need not stand on
		 * the columns' edges (narrow_gaps). */
		int *every = rw_xcalloc(a->last + 1, sizeof *every);
		for (size_t i = a->first + 1; i <= a->last; i++)
			every[i] = pdf_edge_defaults.min_columns;
		free(g);
		ng = area_gaps(l, a, every, &g);
		free(every);
	}
	*out = g;
	if (ng + 1 < (size_t)pdf_edge_defaults.min_columns)
		return 0;
	area_sides(l, a, lo, hi);
	trim_gaps(l, a, g, ng);
	head_names(l, a, filled, out, &ng);
	return ng;
}

/* Line heights: the text of a row stands at most this far under the
 * rule over it (its padding, and the strut LaTeX sets under \toprule,
 * more than one line's height). */
#define ROW_RULE_REACH 2.0

/* A rule across every column bounded by b[0..ng-1] (rule_across, and
 * over the first) stands right over line l, under the page's line
 * before it (above: its bottom) and within ROW_RULE_REACH: l is in a
 * ruled row. */
static int ruled_over(const pdf_line *l, double above, const double *b, size_t ng,
		      const pdf_ruling *r, size_t nr)
{
	double reach = fmax(above, l->b.top - ROW_RULE_REACH * (l->b.bottom - l->b.top));
	for (size_t k = 0; k < nr; k++)
		if (rule_across(&r[k], b, ng, l->b.right, l->size) && fmin(r[k].x0, r[k].x1) < b[0] &&
		    r[k].y0 <= l->b.top && r[k].y0 >= reach)
			return 1;
	return 0;
}

/* A ruled table opens with its first rule across it: the lines
 * l[0..n-1] above the first rule crossing every column (row_rules),
 * when each is one word group (a caption, a title) and no rule runs
 * right over the first (ruled_over: a row of group names under the
 * table's top rule; above is the bottom of the page's line before),
 * are not the table's; a line of cells among them is a header
 * over the header's rule, and they all stay. Returns how many to leave
 * out. */
static size_t over_top_rule(const pdf_line *l, size_t n, double above, const double *b,
			    size_t ng, const pdf_ruling *r, size_t nr)
{
	if (n == 0 || ruled_over(&l[0], above, b, ng, r, nr))
		return 0;
	double *rule;
	unsigned char *first;
	size_t nrule = row_rules(l, n, b, ng, r, nr, &rule, &first), k = 0;
	double top = HUGE_VAL;
	for (size_t j = 0; j < nrule && top == HUGE_VAL; j++)
		top = first[j] ? rule[j] : top;
	while (k < n && l[k].b.bottom <= top && one_chunk(&l[k]))
		k++;
	if (k < n && l[k].b.bottom <= top)
		k = 0;
	free(rule);
	free(first);
	return k < n ? k : 0;
}

static double white_under(const pdf_line *l, size_t k)
{
	return l[k + 1].b.top - l[k].b.bottom;
}

static double reach_of(const pdf_line *l, size_t k, double widest)
{
	return widest + GROW_SLACK * fmax(l[k].b.bottom - l[k].b.top, 1);
}

/* How far above area a a line of its table may stand over the line
 * under it: as far as the area's lines stand apart at most, and
 * GROW_SLACK of a line's height more (padding rounded; a rule under a
 * header). A title or a paragraph a blank line over a table set solid
 * is none of it, whatever columns its words fall into (text set in one
 * fixed-width font starts words on the columns' grid by chance). */
static double reach_above(const pdf_line *l, const pdf_area *a)
{
	double widest = 0;
	for (size_t k = a->first; k < a->last; k++)
		widest = fmax(widest, white_under(l, k));
	return reach_of(l, a->first, widest);
}

/* The first line of area a that is its table's: of its first
 * OVER_TABLE_LINES, those that leave a cell empty (filled: fewer than
 * the most of a line) and stand further over the lines under them than
 * reach_above those lines are a title or a paragraph that text edges
 * took in (in a fixed-width font every word starts on the grid of the
 * table's columns). */
static size_t table_top(const pdf_line *l, const pdf_area *a, const int *filled)
{
	int most = pdf_most_filled(filled, a->first, a->last);
	size_t n = a->last - a->first, top = a->first;
	double *widest = rw_xmalloc((n + 1) * sizeof *widest); /* under line first + k */
	widest[n] = 0;
	for (size_t k = n; k-- > 0;)
		widest[k] = fmax(widest[k + 1], white_under(l, a->first + k));
	for (size_t k = 0; k < n && k < OVER_TABLE_LINES && filled[a->first + k] < most; k++)
		if (white_under(l, a->first + k) > reach_of(l, a->first + k + 1, widest[k + 1]))
			top = a->first + k + 1;
	free(widest);
	return top;
}

/* The table of an area (lines first..last, none used): its columns from
 * the gaps of its full lines, with the header lines above and the end of
 * its last row below that keep them, less a caption over its first rule
 * (over_top_rule). Returns 0 when the full lines leave too few gaps. */
static int area_table(const pdf_line *l, size_t nl, const pdf_area *a, const int *filled,
		      int *used, const page_ctx *pg, pdf_table *t)
{
	span *g;
	double lo, hi;
	pdf_area body = *a;
	body.first = table_top(l, a, filled);
	a = &body;
	size_t ng = area_columns(l, a, filled, &g, &lo, &hi);
	int ok = ng > 0;
	if (ok) {
		int group = GROUP_NONE;
		size_t from = a->first - grow_up(l, a->first, used, lo, hi, reach_above(l, a), &g,
						 &ng, &group);
		size_t to = a->last + grow_down(l, nl, a->last, lo, hi, used, g, ng, pg->page_follows);
		double *b = gap_middles(g, ng);
		double above = from ? l[from - 1].b.bottom : -HUGE_VAL;
		size_t caption = over_top_rule(l + from, to + 1 - from, above, b, ng, pg->r, pg->nr);
		if (caption)
			from += caption, group = GROUP_NONE;
		ng = join_named_cells(l + from, to + 1 - from, b, ng);
		*t = run_table(l + from, to + 1 - from, b, ng, pg->r, pg->nr, group);
		free(b);
		for (size_t k = from; k <= to; k++)
			used[k] = 1;
	}
	free(g);
	return ok;
}

/* Area `up`, right above area `down`, is its header: its lines are set
 * as a header is (bold, or max_head_lines of them at most: a header
 * cell wrapped over two lines), and the lines above down's that keep
 * its columns (grow_up) take in every one of them. A header centred
 * over its columns, or one of several lines whose last holds one name,
 * lines up on text edges of its own (centres) and makes an area of its
 * own, which is no table. */
static int header_of(const pdf_line *l, const pdf_area *up, const pdf_area *down,
		     const int *filled, const int *used)
{
	if (pdf_area_clipped(up) || pdf_area_clipped(down) || up->last >= down->first ||
	    down->first > down->last)
		return 0;
	int bold = 1;
	for (size_t i = up->first; i <= up->last; i++)
		bold &= l[i].bold;
	if (!bold && up->last - up->first >= (size_t)pdf_edge_defaults.max_head_lines)
		return 0;
	span *g;
	double lo, hi;
	size_t ng = area_columns(l, down, filled, &g, &lo, &hi);
	int group = GROUP_NONE;
	int is = ng > 0 &&
		 down->first - grow_up(l, down->first, used, lo, hi, reach_above(l, down), &g, &ng,
					&group) <= up->first;
	free(g);
	return is;
}

/* The table of an area beside another (pdf_area_clipped): read from its
 * side's words alone, as a page of its own whose columns are its own
 * (pdf_side_lines). Above and below the area it takes only lines whose
 * words are all on its side: a title over both tables is neither's.
 * taken[i] counts the words of line i that tables took; a line is used
 * when all its words are. */
static int side_table(const pdf_line *l, size_t nl, const pdf_area *a, int *used,
		      size_t *taken, const page_ctx *pg, pdf_table *t)
{
	size_t n, *from;
	pdf_line *s = pdf_side_lines(l, nl, a, &n, &from);
	int *sused = rw_xmalloc((n + 1) * sizeof *sused);
	int *outside = rw_xmalloc((n + 1) * sizeof *outside);
	int *filled = rw_xcalloc(n + 1, sizeof *filled);
	pdf_area own = {n, 0, a->left, a->right, a->framed};
	for (size_t i = 0; i < n; i++) {
		size_t k = from[i];
		int beyond = k < a->first || k > a->last;
		sused[i] = used[k] || (beyond && s[i].nw < l[k].nw);
		outside[i] = sused[i] || beyond;
		own.first = beyond || own.first < n ? own.first : i;
		own.last = beyond ? own.last : i;
	}
	/* the side's own full lines (pdf_text_areas' counts) */
	pdf_area *found;
	pdf_text_areas(s, n, outside, pg->r, pg->nr, &pdf_edge_defaults, filled, &found, NULL);
	free(found);
	memcpy(outside, sused, n * sizeof *sused);
	int ok = own.first <= own.last && area_table(s, n, &own, filled, sused, pg, t);
	for (size_t i = 0; ok && i < n; i++)
		if (sused[i] && !outside[i] && (taken[from[i]] += s[i].nw) >= l[from[i]].nw)
			used[from[i]] = 1;
	free(filled);
	free(outside);
	free(sused);
	free(from);
	pdf_lines_free(s, n);
	return ok;
}

/* A table took line i's words in area a: the line is used, and holds
 * words of a (a table beside it takes none of a's). */
static int taken_from(const pdf_line *l, size_t i, const int *used, const pdf_area *a)
{
	int holds = !pdf_area_clipped(a);
	for (size_t k = 0; k < l[i].nw && !holds; k++)
		holds = pdf_area_holds(a, &l[i].w[k].b);
	return used[i] && holds;
}

/* The tables side by side of one area (a[0..n-1], parted by the text
 * edges), each from its side (side_table), into t (room for n). When a
 * side makes no table, none does: the area is read as one table, so that
 * no line is left with part of its words in a table. Returns how many. */
static size_t side_tables(const pdf_line *l, size_t nl, const pdf_area *a, size_t n,
			  const int *filled, int *used, size_t *taken, const page_ctx *pg,
			  pdf_table *t)
{
	int *used0 = rw_xmalloc((nl + 1) * sizeof *used0);
	size_t *taken0 = rw_xmalloc((nl + 1) * sizeof *taken0);
	memcpy(used0, used, nl * sizeof *used);
	memcpy(taken0, taken, nl * sizeof *taken);
	size_t made = 0;
	int ok = 1;
	for (size_t k = 0; k < n && ok; k++)
		if (a[k].first <= a[k].last && (ok = side_table(l, nl, &a[k], used, taken, pg, &t[made])))
			made++;
	if (!ok) {
		for (size_t k = 0; k < made; k++)
			pdf_table_clear(&t[k]);
		memcpy(used, used0, nl * sizeof *used);
		memcpy(taken, taken0, nl * sizeof *taken);
		pdf_area whole = {a[0].first, a[0].last, -HUGE_VAL, HUGE_VAL, 0};
		for (size_t k = 1; k < n; k++) {
			whole.first = a[k].first < whole.first ? a[k].first : whole.first;
			whole.last = a[k].last > whole.last ? a[k].last : whole.last;
		}
		made = (size_t)area_table(l, nl, &whole, filled, used, pg, &t[0]);
	}
	free(used0);
	free(taken0);
	return made;
}

/* a[k]: the carried table may have taken its first lines. */
static void trim_area(const pdf_line *l, const int *used, pdf_area *a)
{
	while (a->first <= a->last && taken_from(l, a->first, used, a))
		a->first++;
	for (size_t i = a->first; i <= a->last; i++)
		if (taken_from(l, i, used, a))
			a->last = i - 1;
}

/* Area a[k] is the header of the next one, a[m] (header_of), with the
 * lines a carried table took left out of it. */
static int heads_next(const pdf_line *l, const pdf_area *a, size_t k, size_t m, size_t na,
		      const int *filled, const int *used)
{
	if (m >= na)
		return 0;
	pdf_area next = a[m];
	trim_area(l, used, &next);
	return header_of(l, &a[k], &next, filled, used);
}

pdf_table *pdf_stream_detect(const pdf_line *l, size_t nl, int *used, const pdf_carry *carry,
			     const pdf_ruling *r, size_t nr, int page_follows, size_t *nt)
{
	page_ctx pg = {r, nr, page_follows};
	pdf_table *t = NULL;
	size_t cap = 0;
	*nt = 0;
	if (carry && carry->ngap) {
		t = rw_xgrow(t, &cap, 1, sizeof *t);
		*nt = carried_table(l, nl, used, carry, r, nr, t);
	}
	int *filled = rw_xcalloc(nl + 1, sizeof *filled);
	pdf_area *a;
	size_t na = pdf_text_areas(l, nl, used, r, nr, &pdf_edge_defaults, filled, &a, NULL);
	size_t *taken = rw_xcalloc(nl + 1, sizeof *taken);
	for (size_t k = 0, m; k < na; k = m) {
		/* a[k..m-1]: one area's tables side by side, or one table */
		int sides = pdf_area_clipped(&a[k]);
		for (m = k + 1; sides && m < na && pdf_area_clipped(&a[m]) &&
				a[m].first <= a[k].last && a[m].last >= a[k].first;
		     m++)
			;
		for (size_t i = k; i < m; i++)
			trim_area(l, used, &a[i]);
		t = rw_xgrow(t, &cap, *nt + (m - k), sizeof *t);
		if (sides)
			*nt += side_tables(l, nl, a + k, m - k, filled, used, taken, &pg, t + *nt);
		else if (a[k].first <= a[k].last &&
			 !heads_next(l, a, k, m, na, filled, used))
			*nt += (size_t)area_table(l, nl, &a[k], filled, used, &pg, &t[*nt]);
	}
	free(taken);
	free(a);
	free(filled);
	return t;
}
