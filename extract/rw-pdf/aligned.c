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
 * (a heading in larger type, a list's indent) lines up by chance,
 * unless the cell before it ends where the cells before the column end
 * flush right: two edges met at once, the right one of the column
 * before and the left one of this (Calc sets a wrapped cell's lines a
 * tenth of a point right of the column's other cells).  Text that did
 * not start at a column (a section's name from the margin) needs both
 * the exact start and the flush end: a word of it ends at one edge and
 * the next starts near the other a word space on by chance.
 * Prose is not touched: its words start at the margin, and elsewhere at
 * no x that lines share.
 *
 * A table printed without cell padding leaves only a word space between
 * a cell and the next column, on every row: no start there is clear.
 * Such a column is a strong alignment (Nurminen's text edge that no
 * word crosses): words start at exactly its x (exact_tol) on
 * min_edge_chunks lines in a run of lines that follow one another where
 * every other line is clear at the x (no word runs across it or starts
 * just right of it: the cells before may end a couple of points short
 * of it, filled to their edge) or is a row across the table (a
 * section's name: no column ends there), each after text on its line
 * (a cell beside the one before; a line starting there is a wrapped
 * cell's or an indented item's), and the text before those starts ends
 * ragged (not one x), as the cells of the column before do, or is cells
 * of one word each starting ragged and ending at one x (set flush
 * right: numbers of different widths, a spreadsheet's two points from
 * the next column), and says min_edge_chunks different things (lines that repeat a label,
 * "Priority level: P2" under a heading "Rec. R1.1", put the next word
 * at one x without a column: two labels are a chance).
 * Prose lines up so only by chance, within a glyph's rounding at best:
 * a river of its word spaces is no wider than a word space, and lines
 * repeating one text end alike.  In a fixed-width font (a text report
 * printed in Courier) every word starts on the characters' grid, so
 * prose lines up exactly all the time: on its lines of word spaces alone
 * only clear starts count (a table's rows leave wider white somewhere).
 *
 * Ids of one width ("R5.1", "R5.2") end at one x, as the days of dates
 * do ("12 March", "15 April"): the body cannot tell a column there from
 * the months of a date column.  The table's head can: where a line of
 * it above the run is blank at the x and names the column before over
 * the ids (right of every cell of the column before them, not only of
 * its short ones), the head parts the two columns there.  Such a run must be on
 * lines next to one another (or with only lines between whose text
 * stands beside it: the other lines of cells wrapped right of it, or
 * left of a cell of one word before it), say different things before
 * the x, and run over no other column's start (a numbered section row
 * does).  Where one such column
 * starts only at the second word of cells starting at another, whose
 * text runs over it elsewhere ("13 October" and "3 July" under one
 * head), it is that column's own (the months of dates).
 */
#include "rwlib.h"
#include "pdf.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The numbers of the text edges (pdf_edge_params): words whose left ends
 * stand within start_tol of the font size start together; a column's
 * start needs min_edge_chunks lines, and a word after a gap
 * wider than a chunk's (layout.c) on two thirds of them, two at least
 * (a clear start: the first of a cell, not a word of running text). */
#define MIN_CLEAR 2

typedef struct start {
	double x, tol; /* where it starts; start_tol in points for its size */
	size_t line, word;
	int clear; /* first on its line, or after a wide gap */
} start;

typedef struct xrange {
	double lo, hi, tol;
	double at, exact; /* where most of its starts stand, to exact (points) */
	int headed;       /* found only as a strong alignment under a head */
	double flush;     /* where the cells before it end, set flush right on
			     min_edge_chunks lines; NAN when they are not */
	double ends;      /* where the words starting it end, on min_edge_chunks
			     lines (numbers of one width set flush right); NAN */
	int padded;       /* a start of it follows white wider than a chunk's
			     gap inside its line: a padded cell's, no indent */
} xrange;

/* How a run of starts at one x makes a strong alignment (uncrossed_run) */
enum { ALIGNED_HEADED = 1, ALIGNED_RAGGED = 2 };

static int by_x(const void *a, const void *b)
{
	const start *p = a, *q = b;
	return (p->x > q->x) - (p->x < q->x);
}

static int clear_start(const pdf_line *l, size_t w)
{
	return w == 0 || pdf_chunk_break(l, w);
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

/* No word of line l runs across x or starts just right of it, within a
 * chunk's gap (a start near x, not at it, says the starts at x line up
 * by chance); a word may end just short of it (a cell of the column
 * before, filled to its edge in a table set without padding, ends a
 * couple of points short of the next column's text). */
static int clear_across(const pdf_line *l, double x)
{
	for (size_t w = 0; w < l->nw; w++) {
		double gap = pdf_layout_defaults.chunk_gap * fmax(l->w[w].size, 1);
		if (l->w[w].b.left < x + gap && l->w[w].b.right > x)
			return 0;
	}
	return 1;
}

/* Line k is a row across the table (a section's name): one chunk,
 * starting where the line of start s starts, a word of it across s's x
 * (not a row whose cell starts near it). */
static int section_line(const pdf_line *l, size_t k, const start *s)
{
	const pdf_line *r = &l[k];
	if (!r->nw || fabs(r->w[0].b.left - l[s->line].w[0].b.left) > s->tol)
		return 0;
	int across = 0;
	for (size_t w = 0; w < r->nw; w++) {
		if (w > 0 && clear_start(r, w))
			return 0;
		across |= r->w[w].b.left < s->x - s->tol && r->w[w].b.right > s->x + s->tol;
	}
	return across;
}

/* No word of the lines between starts a and b (a < b, lines following
 * one another) runs across x, but for rows across the table,
 * max_break_lines of them at most in a row (section rows cut no
 * column). */
static int clear_between(const pdf_line *l, const int *skip, const start *a, const start *b,
			 double x)
{
	int across = 0;
	for (size_t k = a->line + 1; k <= b->line; k++) {
		if ((skip && skip[k]) || !pdf_lines_follow(l, k - 1, k, &pdf_edge_defaults))
			return 0;
		if (k == b->line || clear_across(&l[k], x))
			across = 0;
		else if (!section_line(l, k, a) || ++across > pdf_edge_defaults.max_break_lines)
			return 0;
	}
	return 1;
}

/* Where start s ends the text before it on its line: its own x when
 * nothing is before it (a wrapped cell's line, a header cell alone). */
static double end_before(const pdf_line *l, const start *s)
{
	return s->word ? l[s->line].w[s->word - 1].b.right : s->x;
}

/* The first word of the chunk before start s (s has a word before it). */
static size_t chunk_before(const pdf_line *l, const start *s)
{
	size_t w = s->word - 1;
	while (w > 0 && !clear_start(&l[s->line], w))
		w--;
	return w;
}

/* Where the text before start s begins: the chunk it ends (s's own x
 * when nothing is before it). */
static double chunk_left_before(const pdf_line *l, const start *s)
{
	return s->word ? l[s->line].w[chunk_before(l, s)].b.left : s->x;
}

/* Where the cell of one word before start s begins (s's own x when
 * nothing is before it); NAN when the word before is not a cell by
 * itself (it follows another at a word space: a date's day, prose). */
static double word_cell_before(const pdf_line *l, const start *s)
{
	if (!s->word)
		return s->x;
	return clear_start(&l[s->line], s->word - 1) ? l[s->line].w[s->word - 1].b.left : NAN;
}

/* Line k's text all stands beside the text from `from` to x: right of
 * x, or left of from (the other lines of a cell further right or left,
 * wrapped beside the lines of the starts). */
static int beside(const pdf_line *k, double from, double x, double tol)
{
	return k->nw && (k->w[0].b.left > x + tol || k->w[k->nw - 1].b.right < from - tol);
}

/* Starts a and b (a before b) stand on lines next to one another, or
 * with rows across the table alone between them, or lines whose text all
 * stands beside a's: right of it, or left of a cell of one word before
 * it (a figure of a column of its own, as "857.8 13 October": words of
 * running text before a start, a river of a text report's fixed-width
 * grid, are no cell, and lines beside them say nothing). */
static int next_lines(const pdf_line *l, const start *a, const start *b)
{
	double from = a->word ? word_cell_before(l, a) : NAN;
	if (isnan(from))
		from = -HUGE_VAL;
	for (size_t k = a->line + 1; k < b->line; k++)
		if (!section_line(l, k, a) && !beside(&l[k], from, a->x, a->tol))
			return 0;
	return b->line > a->line;
}

/* Where the text before start s's chunk before ends (the cell before
 * the one before s); -HUGE_VAL when that chunk starts its line. */
static double cell_end_before(const pdf_line *l, const start *s)
{
	size_t w = s->word ? chunk_before(l, s) : 0;
	return w ? l[s->line].w[w - 1].b.right : -HUGE_VAL;
}

/* A name (word group) of head line h left of x stands over the text
 * from `from` to x, or right of the cells before it (ending at `after`)
 * and nearer that text than those cells. */
static int names_before(const pdf_line *h, double x, double from, double after)
{
	size_t *st = rw_xmalloc((h->nw + 1) * sizeof *st);
	size_t nc = pdf_line_chunks(h, st);
	int names = 0;
	for (size_t c = 0; c < nc && h->w[st[c]].b.left < x && !names; c++) {
		double left = h->w[st[c]].b.left;
		double right = h->w[(c + 1 < nc ? st[c + 1] : h->nw) - 1].b.right;
		names = right > from || (left > after && left + right > after + from);
	}
	free(st);
	return names;
}

/* A head over the column starting at the x of starts s[0..n-1] (sorted
 * by line): among the lines right above the first's, clear at x, one
 * with words on both sides of x, a name left of x over the text before
 * the starts, or between it and the cells before that (as far right as
 * any of them reaches) and nearer that text than those cells
 * (names_before): the names of the column before and of this one, apart
 * where the cells under them are not (a name centred over ids set flush
 * right; the name of a date column stands over the whole date, and the
 * name of the column before over its cells, some shorter than it, or
 * centred over a wide column of short ids, nearer them than the dates;
 * the name before may end a couple of points short of x, set flush
 * right over numbers, as clear_across allows).  The walk up stops at a
 * line that crosses x (a title, the paragraph above) or after a blank
 * stretch. */
static int headed_at(const pdf_line *l, const int *skip, const start *s, size_t n)
{
	double x = s->x, from = chunk_left_before(l, s), after = cell_end_before(l, s);
	for (size_t i = 1; i < n; i++) {
		from = fmin(from, chunk_left_before(l, &s[i]));
		after = fmax(after, cell_end_before(l, &s[i]));
	}
	for (size_t k = s->line; k > 0 && !(skip && skip[k - 1]) &&
				 pdf_lines_follow(l, k - 1, k, &pdf_edge_defaults) && clear_across(&l[k - 1], x);
	     k--) {
		const pdf_line *h = &l[k - 1];
		if (names_before(h, x, from, after) && h->w[h->nw - 1].b.right > x)
			return 1;
	}
	return 0;
}

/* The word before start s, or NULL. */
static const char *word_before(const pdf_line *l, const start *s)
{
	return s->word ? l[s->line].w[s->word - 1].text : NULL;
}

/* Whether the starts s[from..to] (sorted by line) follow need different
 * words (a word said again before a start counts once). */
static int says_different(const pdf_line *l, const start *s, size_t from, size_t to, size_t need)
{
	size_t found = 0;
	for (size_t i = from; i <= to && found < need; i++) {
		const char *w = word_before(l, &s[i]);
		int again = !w || (i > from && s[i].line == s[i - 1].line); /* a line once */
		for (size_t k = from; k < i && !again; k++) {
			const char *v = word_before(l, &s[k]);
			again = v && !strcmp(v, w);
		}
		found += !again;
	}
	return found >= need;
}

/* The starts s[0..n-1] (one x, sorted by line) hold a run of
 * min_edge_chunks after text, no word crossing it, that text ending
 * ragged (or, cells of one word, starting ragged: set flush right) and
 * its last words min_edge_chunks different ones.  Under a head that
 * parts the columns there, a run on lines next to one another (rows
 * across the table aside: numbered section rows with other rows between
 * them are none) may end at one x if it says different things there
 * (ids of one width: "R1.1", "R1.2"; a word said on every line,
 * "Recommendation 3", is a cell's own). */
static int uncrossed_run(const pdf_line *l, const int *skip, const start *s, size_t n)
{
	int headed = n && headed_at(l, skip, s, n), kind = 0;
	size_t run = 0, solid = 0, from = 0, need = (size_t)pdf_edge_defaults.min_edge_chunks;
	double lo = 0, hi = 0, slo = 0, shi = 0; /* where the text before ends, starts */
	const char *first = NULL;
	int varied = 0, cells = 0; /* cells: the text before is cells of one word */
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && s[i].line == s[i - 1].line)
			continue;
		double end = end_before(l, &s[i]), begin = word_cell_before(l, &s[i]);
		if (i == 0 || !clear_between(l, skip, &s[i - 1], &s[i], s[i].x)) {
			run = 0, from = i;
			lo = hi = end;
			slo = shi = begin;
			cells = 1;
		}
		if (i == 0 || !next_lines(l, &s[i - 1], &s[i]) || run == 0) {
			solid = 0;
			first = word_before(l, &s[i]), varied = 0;
		}
		run += s[i].word > 0;
		solid += s[i].word > 0;
		lo = fmin(lo, end), hi = fmax(hi, end);
		slo = fmin(slo, begin), shi = fmax(shi, begin);
		cells &= !isnan(begin);
		const char *before = word_before(l, &s[i]);
		varied |= before && first && strcmp(before, first) != 0;
		/* the cells before end ragged, or, each one word, start
		 * ragged and end flush: set flush right (numbers of
		 * different widths; a date's day or a word of prose is no
		 * cell by itself) */
		int ragged = hi - lo > s[i].tol || (cells && shi - slo > s[i].tol);
		if (run >= need && ragged && says_different(l, s, from, i, need))
			return ALIGNED_RAGGED;
		if (headed && solid >= need && varied)
			kind = ALIGNED_HEADED; /* a ragged run may come yet */
	}
	return kind;
}

/* The starts s[0..n-1] (sorted by x; scratch) hold a strong alignment:
 * an uncrossed run of starts at exactly one x.  Returns the strongest
 * kind found, or 0. */
static int strong_alignment(const pdf_line *l, const int *skip, start *s, size_t n)
{
	int found = 0;
	for (size_t a = 0, b; a < n && found != ALIGNED_RAGGED; a = b) {
		double tol = pdf_edge_defaults.exact_tol * fmax(l[s[a].line].w[s[a].word].size, 1);
		for (b = a + 1; b < n && s[b].x - s[a].x <= tol; b++)
			;
		qsort(s + a, b - a, sizeof *s, by_line);
		int kind = uncrossed_run(l, skip, s + a, b - a);
		found = kind > found ? kind : found;
	}
	return found;
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

/* Where the starts s[0..n-1] after a wide gap (cells beside the one
 * before) stand, when MIN_CLEAR of them stand further apart than
 * x->exact: the producer's own spread of the column's cells (LibreOffice
 * Calc sets the text of a filled cell a tenth of a point left of the
 * others), within which a word after a word space starts a cell too. */
static void clear_spread(const start *s, size_t n, xrange *x)
{
	double lo = INFINITY, hi = -INFINITY;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i].clear && s[i].word) {
			lo = fmin(lo, s[i].x), hi = fmax(hi, s[i].x);
			k++;
		}
	if (k >= MIN_CLEAR && (hi - lo) / 2 > x->exact)
		x->at = (lo + hi) / 2, x->exact += (hi - lo) / 2;
}

/* The right end of the word of start s (after: the word's own) or of
 * the word before it (NAN when there is none). */
static double word_end(const pdf_line *l, const start *s, int after)
{
	if (after)
		return l[s->line].w[s->word].b.right;
	return s->word ? l[s->line].w[s->word - 1].b.right : NAN;
}

/* Where the words before the starts s[0..n-1] end (after: the words
 * starting there), when on min_edge_chunks lines they end at one x (to
 * start_tol): cells set flush right, numbers of a column right-aligned,
 * as a spreadsheet sets them; the words starting there also when all
 * those that start a cell (clear) do, however few (MIN_CLEAR, as a
 * column's start needs: amounts of one width among longer ones, set
 * flush right). NAN when they do not. */
static double flush_end(const pdf_line *l, const start *s, size_t n, int after)
{
	size_t best = 0;
	double at = NAN;
	for (size_t a = 0; a < n; a++) {
		double end = word_end(l, &s[a], after);
		size_t here = 0;
		for (size_t b = 0; b < n && !isnan(end); b++)
			here += fabs(word_end(l, &s[b], after) - end) <= s[a].tol;
		if (here > best)
			best = here, at = end;
	}
	if (best >= (size_t)pdf_edge_defaults.min_edge_chunks)
		return at;
	size_t clear = 0, clear_at = 0; /* clear starts, those ending at `at` */
	for (size_t a = 0; after && !isnan(at) && a < n; a++)
		if (s[a].clear) {
			clear++;
			clear_at += fabs(word_end(l, &s[a], 1) - at) <= s[a].tol;
		}
	return clear >= MIN_CLEAR && clear_at == clear ? at : NAN;
}

/* Some column starts right of from and left of to: text running over
 * it is no cell of a column starting at from (prose from the margin).
 * Text of one cell set flush right (flush: a word, or a name ending
 * where a column's cells end flush) ending where the words starting a
 * column end is a longer number of that column, or its name. */
static int runs_over_column(const xrange *c, size_t nc, double from, double to, int flush)
{
	for (size_t k = 0; k < nc; k++)
		if (c[k].lo > from + c[k].tol && c[k].lo < to &&
		    !(flush && fabs(c[k].ends - to) <= c[k].tol))
			return 1;
	return 0;
}

/* The words of line l from w on, up to the next clear start, run over
 * the start of a column of c[0..nc-1] where none of them starts (one
 * that does would start a cell there). */
static int chunk_crosses(const pdf_line *l, size_t w, const xrange *c, size_t nc)
{
	size_t end = w;
	while (end + 1 < l->nw && !clear_start(l, end + 1))
		end++;
	double from = l->w[w].b.left, to = l->w[end].b.right;
	for (size_t k = 0; k < nc; k++) {
		if (!runs_over_column(&c[k], 1, from, to, 0))
			continue;
		int starts_there = 0;
		for (size_t e = w; e <= end; e++)
			starts_there |= l->w[e].b.left >= c[k].lo && l->w[e].b.left <= c[k].hi;
		if (!starts_there)
			return 1;
	}
	return 0;
}

/* Some line of l[0..nl-1] but line `but` (SIZE_MAX: none left out) has
 * text starting exactly at column a's x that runs over the start of a
 * column of c[0..nc-1] where none of its words starts (chunk_crosses). */
static int starts_crossing(const pdf_line *l, size_t nl, const int *skip, size_t but,
			   const xrange *a, const xrange *c, size_t nc)
{
	for (size_t i = 0; i < nl; i++) {
		if (i == but || (skip && skip[i]))
			continue;
		for (size_t w = 0; w < l[i].nw; w++)
			if (fabs(l[i].w[w].b.left - a->at) <= a->exact && chunk_crosses(&l[i], w, c, nc))
				return 1;
	}
	return 0;
}

/* Text starting at column k, exactly where its cells start, runs over
 * another column's start on some line: a line across the columns (a
 * numbered section row), not cells. (A word only near it, a title's in
 * larger type, lines up by chance.) */
static int crosses_columns(const pdf_line *l, size_t nl, const int *skip, const xrange *c,
			   size_t nc, size_t k)
{
	return starts_crossing(l, nl, skip, SIZE_MAX, &c[k], c, nc);
}

/* The words of line li from w on, starting at column `here`, run to the
 * line's end, with no clear start among them, over the start of a later
 * padded column (its cells follow white wider than a word space) where
 * none of them starts and no text starting at `here` on another line
 * does: a section's name from the margin, one of whose words starts at
 * a column by chance, runs on so; a cell ends before the next column's
 * cells start. */
static int last_chunk_crosses(const pdf_line *l, size_t nl, const int *skip, size_t li, size_t w,
			      const xrange *c, size_t nc, long here)
{
	for (size_t e = w + 1; e < l[li].nw; e++)
		if (clear_start(&l[li], e))
			return 0;
	for (size_t k = 0; k < nc; k++)
		if (c[k].padded && chunk_crosses(&l[li], w, &c[k], 1) &&
		    !starts_crossing(l, nl, skip, li, &c[here], &c[k], 1))
			return 1;
	return 0;
}

/* How many words of lines 0..nl-1 start exactly at column c's x. */
static size_t words_starting(const pdf_line *l, size_t nl, const int *skip, const xrange *c)
{
	size_t n = 0;
	for (size_t i = 0; i < nl; i++)
		for (size_t w = 0; w < l[i].nw && !(skip && skip[i]); w++)
			n += fabs(l[i].w[w].b.left - c->at) <= c->exact;
	return n;
}

/* Column b, found under a head alone, starts only at a cell's second
 * word, the first starting exactly at column a's x, and a's text runs
 * over b's start on other lines: b's words are a's cells' own (the
 * months of dates whose days of two digits end at one x, beside "3
 * July"), not the cells of a column of their own. */
static int inside_column(const pdf_line *l, size_t nl, const int *skip, const xrange *a,
			 const xrange *b)
{
	int starts = 0;
	for (size_t i = 0; i < nl; i++)
		for (size_t w = 1; w < l[i].nw && !(skip && skip[i]); w++) {
			if (fabs(l[i].w[w - 1].b.left - a->at) > a->exact)
				continue;
			if (fabs(l[i].w[w].b.left - b->at) <= b->exact) {
				if (clear_start(&l[i], w))
					return 0;
				starts++;
			}
		}
	return starts && starts_crossing(l, nl, skip, SIZE_MAX, a, b, 1) &&
	       starts == (int)words_starting(l, nl, skip, b);
}

/* Drops the columns found under a head alone whose text runs over
 * another column: a cell ends before the next column's cells start.
 * A column inside another's cells (inside_column) goes first: the
 * column whose text runs over it is then clear of it.  Returns the
 * count left. */
static size_t drop_crossing(const pdf_line *l, size_t nl, const int *skip, xrange *c, size_t nc)
{
	size_t kept = 0;
	for (size_t k = 0; k < nc; k++) {
		int inside = 0;
		for (size_t a = 0; a < k && c[k].headed && !inside; a++)
			inside = c[a].headed && inside_column(l, nl, skip, &c[a], &c[k]);
		if (!inside)
			c[kept++] = c[k];
	}
	nc = kept, kept = 0;
	for (size_t k = 0; k < nc; k++)
		if (!c[k].headed || !crosses_columns(l, nl, skip, c, nc, k))
			c[kept++] = c[k];
	return kept;
}

/* Line l is set on a fixed-width font's grid with a word space between
 * every two words: running text (or a row whose cells all fill their
 * columns); a row of a text report's table leaves a wider white
 * somewhere, a short cell padded to its column. */
static int running_on_grid(const pdf_line *l)
{
	if (!l->gridded)
		return 0;
	for (size_t w = 1; w < l->nw; w++)
		if (clear_start(l, w))
			return 0;
	return 1;
}

/* The x ranges where columns start, in order; returns their count. */
static size_t column_starts(const pdf_line *l, size_t nl, const int *skip, xrange **out)
{
	size_t n = 0, cap = 0;
	start *s = NULL;
	for (size_t i = 0; i < nl; i++) {
		int running = running_on_grid(&l[i]);
		for (size_t w = 0; w < l[i].nw && !(skip && skip[i]); w++) {
			int clear = clear_start(&l[i], w);
			/* on the grid of a fixed-width font every word of
			 * running text starts where a column may: there a
			 * start after a word space lines up by chance */
			if (!clear && running)
				continue;
			s = rw_xgrow(s, &cap, n + 1, sizeof *s);
			s[n++] = (start){l[i].w[w].b.left,
					 pdf_edge_defaults.start_tol * fmax(l[i].w[w].size, 1), i,
					 w, clear};
		}
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
		xrange x = {s[i].x, s[j - 1].x, s[i].tol, 0, 0, 0, flush_end(l, s + i, j - i, 0),
			    flush_end(l, s + i, j - i, 1), 0};
		for (size_t k = i; k < j && !x.padded; k++)
			x.padded = s[k].clear && s[k].word > 0;
		most_at(l, s + i, j - i, &x);
		clear_spread(s + i, j - i, &x);
		/* most starts there clear: a column, not words that happen
		 * to line up */
		int cleared_most = clear >= MIN_CLEAR && 3 * clear >= 2 * lines;
		int strong = lines >= (size_t)pdf_edge_defaults.min_edge_chunks && !cleared_most
				     ? strong_alignment(l, skip, s + i, j - i)
				     : 0;
		if (lines >= (size_t)pdf_edge_defaults.min_edge_chunks && (cleared_most || strong)) {
			x.headed = strong == ALIGNED_HEADED;
			c = rw_xgrow(c, &capc, nc + 1, sizeof *c);
			c[nc++] = x;
		}
		i = j;
	}
	free(seen);
	free(cleared);
	free(s);
	*out = c;
	return drop_crossing(l, nl, skip, c, nc);
}

/* The column starting at x, or -1. */
static long column_at(const xrange *c, size_t nc, double x)
{
	for (size_t k = 0; k < nc; k++)
		if (x >= c[k].lo && x <= c[k].hi)
			return (long)k;
	return -1;
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
	size_t found = *nc;
	c = rw_xrealloc(c, (*nc + ncarry) * sizeof *c);
	for (size_t k = 0; k < ncarry; k++)
		if (column_at(c, found, carry[k]) < 0) /* the page's own says more */
			c[(*nc)++] = (xrange){carry[k] - tol, carry[k] + tol, tol, carry[k], tol, 0, NAN, NAN, 1};
	return c;
}

/* Text ending at x ends where the cells before column k end flush
 * right: where the words before its starts end (a spreadsheet's two
 * points short of the next column), or where the words starting the
 * column before end (its name, set flush right over numbers of one
 * width, ends with them: Nurminen's right text edge beside the left one
 * of column k). */
static int ends_flush_before(const xrange *c, long k, double x)
{
	return fabs(x - c[k].flush) <= c[k].tol || (k > 0 && fabs(x - c[k - 1].ends) <= c[k - 1].tol);
}

/* Line l, its cells marked, is a table's: it holds two cells or more,
 * or it starts right of a column's start (the next lines of a cell of
 * a later column). */
static int table_line(const pdf_line *l, const xrange *c, size_t nc)
{
	for (size_t w = 1; w < l->nw; w++)
		if (l->w[w].cell_start || clear_start(l, w))
			return 1;
	for (size_t k = 0; k < nc; k++)
		if (c[k].hi + c[k].tol < l->w[0].b.left)
			return 1;
	return 0;
}

void pdf_mark_cell_starts(pdf_line *l, size_t nl, const int *skip, const double *carry,
			  size_t ncarry)
{
	xrange *c;
	size_t nc = column_starts(l, nl, skip, &c);
	c = add_carried(l, nl, skip, carry, ncarry, c, &nc);
	int after_table = 0; /* the line before is a table's */
	for (size_t i = 0; i < nl && nc; i++) {
		if (skip && skip[i])
			continue;
		/* the column of the text going on, and where it started */
		long col = column_at(c, nc, l[i].w[0].b.left);
		double from = l[i].w[0].b.left;
		/* running text on a fixed-width font's grid reaches every
		 * column there by chance (column_starts): a word space
		 * starts a cell only where a padded cell shows a table's
		 * column, and only in the table's rows, under a line of
		 * it (a text report's row whose cells fill their columns;
		 * not a paragraph over the table, nor lines indented
		 * alone) */
		int running = running_on_grid(&l[i]);
		l[i].w[0].at_column = col >= 0;
		for (size_t w = 1; w < l[i].nw; w++) {
			const pdf_box *b = &l[i].w[w].b;
			long here = column_at(c, nc, b->left);
			l[i].w[w].at_column = here >= 0;
			/* a word space after the cell before, only a word
			 * exactly where the column's cells start starts one,
			 * or near it after a cell of another column ending
			 * where the cells before the column end flush right;
			 * after text that started at no column, both; and
			 * never the line's last text running on over a later
			 * column's start (last_chunk_crosses) */
			double end = l[i].w[w - 1].b.right;
			int flush = here >= 0 && ends_flush_before(c, here, end);
			int exact = here >= 0 && fabs(b->left - c[here].at) <= c[here].exact;
			int cut = here >= 0 && (!running || (after_table && c[here].padded)) &&
				  (col >= 0 ? here != col && (exact || flush) : flush && exact) &&
				  !runs_over_column(c, nc, from, end, l[i].w[w - 1].b.left <= from || col < 0) &&
				  !last_chunk_crosses(l, nl, skip, i, w, c, nc, here);
			if (clear_start(&l[i], w) || cut) {
				l[i].w[w].cell_start = (unsigned char)cut;
				col = here, from = b->left;
			}
		}
		after_table = table_line(&l[i], c, nc);
	}
	free(c);
}
