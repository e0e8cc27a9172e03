/* furniture.c - running heads and feet, page numbers, and paragraphs cut
 * by a page break.
 *
 * Page furniture is what a producer repeats on every page rather than
 * what the document says: with every page seen, a line in the top or
 * bottom margin whose text (digits aside) comes back at the same place
 * on at least half of the pages, its numbers the same on each or going
 * up with the page, is furniture, and so is a page number
 * ("Page N of M", "- N -", a line ending "| Page N of M") in a margin.
 * A bare number there is one only where the pages bear it out: it is
 * its page's place in the document, or it differs from that place by
 * as much as a bare number at the same place on another page does
 * (numbering that starts elsewhere); else it is text (an id at the top
 * of a page, going on with a table printed a cell a line). Places are
 * measured from the page's top for the top margin and from its bottom
 * for the bottom one, so that a page grown
 * by columns.c keeps its feet where the others have theirs. A table's
 * header row repeated on each page is no furniture: it has three cells
 * or more, or two that head the columns of the lines under it (a
 * running head's parts stand at the page's margins instead).
 *
 * With the furniture out of the way, a paragraph that the page break cut
 * (its last line on one page does not end a sentence, the next page's
 * first body line goes on in the same size) is mended: the lines that
 * go on with it move to the end of the page before, under its last
 * line, and the paragraph is read whole.
 */
#include "rwlib.h"
#include "reading.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

const pdf_furniture_params pdf_furniture_defaults = {
	/* a running head may pair a title with a page number or a date (two
	 * chunks); three are a table's columns */
	.header_chunks = 3,
	/* a taller stack under a header row is text of the page, not
	 * header cells written over several lines */
	.header_lines = 4,
	/* a line repeated at the same place is drawn there to the point
	 * but for rounding: distances differ by at most one step */
	.place_step = 3.0,
	/* emit.c breaks paragraphs at half a size ... */
	.paragraph_gap = 0.5,
	/* ... and where the size changes */
	.same_size = 0.75,
	/* the first page's title, repeated on every page, stands out from
	 * the rest of that page */
	.title_size = 1.15,
	/* a normal leading, so that the two halves of a paragraph read as
	 * one, where the paragraph shows none of its own */
	.join_leading = 0.2,
	/* a table's columns start (or, set flush right, end) at one x but
	 * for a cell's padding and rounding */
	.column_align = 0.5,
	/* the halves of a paragraph share its left edge: a line under a
	 * table cell's last line (further in) goes on no paragraph of it */
	.join_indent = 1.5,
	/* a header heads a table of two rows at least */
	.column_rows = 2,
};
static const pdf_furniture_params *const furp = &pdf_furniture_defaults;

/* Stands for a run of digits in a line's key: a character no text has
 * (a "#" of the text, as in "Rec #", is not a page number). */
#define DIGITS "\x01"

/* The line's text with every digit run made DIGITS, and lowercased. */
static char *line_key(const pdf_line *l)
{
	char *s = pdf_line_text(l);
	size_t j = 0;
	for (size_t i = 0; s[i]; i++) {
		if (isdigit((unsigned char)s[i])) {
			if (j == 0 || s[j - 1] != DIGITS[0])
				s[j++] = DIGITS[0];
		} else {
			s[j++] = (char)tolower((unsigned char)s[i]);
		}
	}
	s[j] = 0;
	return s;
}

static int ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);
	return n >= m && !strcmp(s + n - m, end);
}

static int is_page_number(const char *key)
{
	static const char *const forms[] = {
		DIGITS,		     "page " DIGITS, "page " DIGITS " of " DIGITS,
		DIGITS " of " DIGITS, "- " DIGITS " -", DIGITS "/" DIGITS,
		"p. " DIGITS,	     "[" DIGITS "]"};
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
		if (!strcmp(key, forms[i]))
			return 1;
	/* "Board resolutions | Page 1 of 2" */
	return ends_with(key, "| page " DIGITS " of " DIGITS) || ends_with(key, "| page " DIGITS);
}

typedef struct mark {
	const char *key;
	int band;   /* 0 top, 1 bottom */
	long place; /* distance from that edge, in place_step */
	int page;
	pdf_line *l;
	const pdf_margin_line *ml;
} mark;

static int mark_cmp(const void *a, const void *b)
{
	const mark *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	if (x->band != y->band)
		return x->band - y->band;
	if (x->place != y->place)
		return x->place < y->place ? -1 : 1;
	return (x->page > y->page) - (x->page < y->page);
}

/* The margin band l lies in: 0 top, 1 bottom, -1 none. */
static int margin_band(const pdf_page_lines *p, const pdf_line *l)
{
	if (l->b.bottom <= p->height * PDF_MARGIN_SHARE)
		return 0;
	if (l->b.top >= p->height * (1 - PDF_MARGIN_SHARE))
		return 1;
	return -1;
}

/* A line of header_chunks chunks or more is a table's header row
 * repeated at the top of each page, which the table reader needs: no
 * running head is set in columns. */
static int is_header_row(const pdf_line *l)
{
	size_t *st = rw_xmalloc((l->nw ? l->nw : 1) * sizeof *st);
	size_t n = pdf_line_chunks(l, st);
	free(st);
	return n >= furp->header_chunks;
}

/* Chunk k of l (starts[] from pdf_line_chunks, n chunks): its ends. */
static void chunk_ends(const pdf_line *l, const size_t *st, size_t n, size_t k, double *lo, double *hi)
{
	size_t end = k + 1 < n ? st[k + 1] : l->nw;
	*lo = l->w[st[k]].b.left;
	*hi = l->w[end - 1].b.right;
}

/* Every chunk of l (two or more) starts or ends where a chunk of h does:
 * l stands in h's columns. */
static int in_columns_of(const pdf_line *l, const pdf_line *h)
{
	size_t *a = rw_xmalloc((l->nw ? l->nw : 1) * sizeof *a);
	size_t *b = rw_xmalloc((h->nw ? h->nw : 1) * sizeof *b);
	size_t na = pdf_line_chunks(l, a), nb = pdf_line_chunks(h, b);
	double tol = furp->column_align * fmax(l->size, 1);
	int all = na >= 2 && nb >= na;
	for (size_t i = 0; i < na && all; i++) {
		double lo, hi, hlo, hhi;
		chunk_ends(l, a, na, i, &lo, &hi);
		int met = 0;
		for (size_t k = 0; k < nb && !met; k++) {
			chunk_ends(h, b, nb, k, &hlo, &hhi);
			met = fabs(lo - hlo) <= tol || fabs(hi - hhi) <= tol;
		}
		all = met;
	}
	free(a);
	free(b);
	return all;
}

/* l heads the columns of lines under it on its page: a table's header
 * row of two cells, repeated on each page, which a running head (a
 * title and a page number, say) set over a table does not do: its
 * parts stand where the page's margins are, not where the columns are. */
static int heads_columns(const pdf_page_lines *p, const pdf_line *l)
{
	size_t under = 0;
	for (size_t k = 0; k < p->nl; k++) {
		const pdf_line *h = &p->l[k];
		if (h->b.top >= l->b.bottom && in_columns_of(l, h))
			under++;
	}
	return under >= furp->column_rows;
}

/* Lines a and b stand side by side in one type (a header cell set on
 * one line level with another set on two, "Rec #" between "Notes" and
 * "scope": a header's cells are styled alike), and together head the
 * columns of the lines under them. */
static int head_columns_together(const pdf_page_lines *p, const pdf_line *a, const pdf_line *b)
{
	if (a->b.top >= b->b.bottom || a->b.bottom <= b->b.top || a->bold != b->bold ||
	    fabs(a->size - b->size) > furp->same_size)
		return 0;
	pdf_line both = *a;
	both.nw = a->nw + b->nw;
	both.w = rw_xmalloc((both.nw + 1) * sizeof *both.w);
	/* the words of both, left to right (each line's are) */
	for (size_t i = 0, j = 0, k = 0; k < both.nw; k++)
		both.w[k] = j >= b->nw || (i < a->nw && a->w[i].b.left <= b->w[j].b.left) ? a->w[i++] : b->w[j++];
	both.b = (pdf_box){fmin(a->b.top, b->b.top), fmin(a->b.left, b->b.left),
			   fmax(a->b.bottom, b->b.bottom), fmax(a->b.right, b->b.right)};
	int heads = heads_columns(p, &both);
	free(both.w);
	return heads;
}

/* Line b stands right under line a: no more white between them than
 * between a paragraph's lines, or none (a spreadsheet's tight leading
 * makes the boxes of a cell's lines overlap), and across from it. */
static int right_under(const pdf_line *a, const pdf_line *b)
{
	return a->b.top < b->b.top && a->b.bottom < b->b.bottom &&
	       b->b.top - a->b.bottom <= furp->paragraph_gap * b->size && a->b.left < b->b.right &&
	       a->b.right > b->b.left;
}

/* l is a header row, or a piece of one: it stands level with a line of
 * the page that is one ("Rec" over "#" in the first cell, beside the
 * other columns' names) or that makes one with it, or right under or
 * over one (right_under): the other lines of header cells written over
 * several ("Rec #" over "verify" over "validate"; the first lines of a
 * cell whose neighbours are set at the bottom), up to header_lines
 * lines away. */
static int in_header_row(const pdf_page_lines *p, const pdf_line *l, int lines)
{
	if (is_header_row(l) || heads_columns(p, l))
		return 1;
	for (size_t k = 0; k < p->nl; k++) {
		const pdf_line *h = &p->l[k];
		if (h == l || margin_band(p, h) < 0)
			continue;
		if (h->b.top < l->b.bottom && h->b.bottom > l->b.top &&
		    (is_header_row(h) || head_columns_together(p, l, h)))
			return 1;
		if ((size_t)lines < furp->header_lines && (right_under(h, l) || right_under(l, h)) &&
		    in_header_row(p, h, lines + 1))
			return 1;
	}
	return 0;
}

/* The values of the runs of digits of text s (nine digits of each at
 * most count), at most PDF_MARGIN_RUNS into v; how many. */
static size_t digit_runs(const char *s, long *v)
{
	size_t n = 0;
	for (const char *c = s; *c && n < PDF_MARGIN_RUNS;) {
		if (!isdigit((unsigned char)*c)) {
			c++;
			continue;
		}
		long x = 0;
		for (int d = 0; isdigit((unsigned char)*c); c++, d++)
			if (d < 9)
				x = x * 10 + (*c - '0');
		v[n++] = x;
	}
	return n;
}

void pdf_note_margins(pdf_page_lines *p)
{
	size_t cap = 0;
	p->m = NULL;
	p->nm = 0;
	for (size_t k = 0; k < p->nl; k++) {
		const pdf_line *l = &p->l[k];
		int band = margin_band(p, l);
		if (band < 0 || in_header_row(p, l, 1))
			continue;
		char *key = line_key(l);
		int number = is_page_number(key);
		double d = band == 0 ? l->b.top : p->height - l->b.bottom;
		p->m = rw_xgrow(p->m, &cap, p->nm + 1, sizeof *p->m);
		pdf_margin_line *ml = &p->m[p->nm++];
		*ml = (pdf_margin_line){number ? NULL : key, -1, k, band,
					lround(d / furp->place_step), {0}, 0};
		char *text = pdf_line_text(l);
		ml->nruns = digit_runs(text, ml->runs);
		free(text);
		if (!strcmp(key, DIGITS))
			ml->said = ml->runs[0]; /* a bare number: its one run */
		if (number)
			free(key);
	}
}

void pdf_margins_clear(pdf_page_lines *p)
{
	for (size_t k = 0; k < p->nm; k++)
		free(p->m[k].key);
	free(p->m);
	p->m = NULL;
	p->nm = 0;
}

/* Bare number ml on page p is borne out as a page number: it is p's
 * place in the document, or another page's bare number, in the same
 * margin at the same distance from its edge (page numbers are set in
 * one place), is as far from its page's place. */
static int number_borne_out(const pdf_page_lines *pages, size_t np, size_t p,
			    const pdf_margin_line *ml)
{
	long as = ml->said - pages[p].number;
	if (as == 0)
		return 1;
	for (size_t i = 0; i < np; i++)
		for (size_t k = 0; k < pages[i].nm && i != p; k++) {
			const pdf_margin_line *o = &pages[i].m[k];
			if (o->said >= 0 && o->said - pages[i].number == as && o->band == ml->band &&
			    labs(o->place - ml->place) <= 1)
				return 1;
		}
	return 0;
}

/* The margin lines of every page, page numbers marked at once. */
static mark *margin_marks(pdf_page_lines *pages, size_t np, size_t *n)
{
	mark *m = NULL;
	size_t cap = 0;
	*n = 0;
	for (size_t i = 0; i < np; i++)
		for (size_t k = 0; k < pages[i].nm; k++) {
			const pdf_margin_line *ml = &pages[i].m[k];
			pdf_line *l = &pages[i].l[ml->line];
			if (!ml->key && (ml->said < 0 || number_borne_out(pages, np, i, ml))) {
				l->drop = 1;
				continue;
			}
			if (!ml->key)
				continue; /* a bare number the pages do not bear out: text */
			m = rw_xgrow(m, &cap, *n + 1, sizeof *m);
			m[(*n)++] = (mark){ml->key, ml->band, ml->place, pages[i].number, l, ml};
		}
	return m;
}

/* The line of mark m stands out as its page's title: larger than every
 * other line of the page, or its only line, set in bold. */
static int is_title(const pdf_page_lines *pages, size_t np, const mark *m)
{
	const pdf_page_lines *p = NULL;
	for (size_t i = 0; i < np && !p; i++)
		if (pages[i].number == m->page)
			p = &pages[i];
	if (!p)
		return 0;
	int others = 0;
	for (size_t k = 0; k < p->nl; k++) {
		const pdf_line *l = &p->l[k];
		if (l == m->l || l->drop)
			continue;
		others = 1;
		if (m->l->size < furp->title_size * l->size)
			return 0;
	}
	return others || m->l->bold;
}

/* The lines of marks m[i..j-1] (one key, pages in order) number as
 * furniture does: each run of digits stays from page to page or goes
 * up with the page ("Page 3 of 9", a year). Ids at the tops of the
 * pages of a table printed a cell a line ("LE.11" on one, "LE.21" on the
 * next) share a key, not this. */
static int numbers_follow_pages(const mark *m, size_t i, size_t j)
{
	const pdf_margin_line *a = m[i].ml;
	for (size_t k = i + 1; k < j; k++) {
		const pdf_margin_line *b = m[k].ml;
		long pages = m[k].page - m[i].page;
		for (size_t r = 0; r < a->nruns && r < b->nruns; r++)
			if (b->runs[r] != a->runs[r] && b->runs[r] - a->runs[r] != pages)
				return 0;
	}
	return 1;
}

void pdf_mark_running_lines(pdf_page_lines *pages, size_t np)
{
	size_t n;
	mark *m = margin_marks(pages, np, &n);
	if (n)
		qsort(m, n, sizeof *m, mark_cmp);
	size_t need = np < 2 ? (size_t)-1 : (np + 1) / 2;
	if (need < 2)
		need = 2;
	for (size_t i = 0; i < n;) {
		size_t j = i, pages_seen = 0;
		while (j < n && !strcmp(m[j].key, m[i].key) && m[j].band == m[i].band &&
		       labs(m[j].place - m[i].place) <= 1) {
			if (j == i || m[j].page != m[j - 1].page)
				pages_seen++;
			j++;
		}
		/* a title repeated on every page is the document's title on
		 * the first: only its repeats are furniture */
		size_t from = is_title(pages, np, &m[i]) ? i + 1 : i;
		if (pages_seen >= need && numbers_follow_pages(m, i, j))
			for (size_t k = from; k < j; k++)
				m[k].l->drop = 1;
		i = j;
	}
	free(m);
}

/* ---- paragraphs cut by a page break ------------------------------------ */

/* The last (or first) line of a page that is not furniture; -1 if none. */
static long body_line(const pdf_page_lines *p, int last)
{
	for (size_t k = 0; k < p->nl; k++) {
		size_t i = last ? p->nl - 1 - k : k;
		if (!p->l[i].drop)
			return (long)i;
	}
	return -1;
}

/* A line of running text: one chunk. */
static int is_prose(const pdf_line *l)
{
	size_t *st = rw_xmalloc((l->nw ? l->nw : 1) * sizeof *st);
	size_t n = pdf_line_chunks(l, st);
	free(st);
	return n == 1;
}

static int ends_sentence(const pdf_line *l)
{
	if (!l->nw)
		return 1;
	/* a closing quote or bracket after the stop still ends it */
	const char *t = l->w[l->nw - 1].text;
	size_t n = pdf_word_stop(t);
	return n == 0 || strchr(".:!?", t[n - 1]) != NULL;
}

/* No ruled table lies below line l on its page (or above it on the
 * next: first). */
static int clear_of_tables(const pdf_page_lines *p, const pdf_line *l, int first)
{
	for (size_t i = 0; i < p->nt; i++)
		if (first ? p->t[i].b.top < l->b.top : p->t[i].b.bottom > l->b.bottom)
			return 0;
	return 1;
}

static int same_paragraph(const pdf_line *a, const pdf_line *b)
{
	double size = fmax(a->size, 1);
	return fabs(a->size - b->size) <= furp->same_size && b->b.top - a->b.bottom <= furp->paragraph_gap * size &&
	       b->b.top >= a->b.top && a->bold == b->bold && is_prose(b);
}


/* The white a paragraph's lines leave between them, read off its line
 * k and the line above it when both are its own; else join_leading ems. */
static double own_leading(const pdf_page_lines *a, long k)
{
	const pdf_line *end = &a->l[k];
	for (long j = k - 1; j >= 0; j--)
		if (!a->l[j].drop)
			return same_paragraph(&a->l[j], end) ? end->b.top - a->l[j].b.bottom
							      : furp->join_leading * fmax(end->size, 1);
	return furp->join_leading * fmax(end->size, 1);
}

/* Moves lines first .. first+n-1 of page b to the end of page a, under
 * a's line last, at the paragraph's leading there. */
static void move_lines(pdf_page_lines *a, long last, pdf_page_lines *b, size_t first, size_t n)
{
	const pdf_line *end = &a->l[last];
	double gap = own_leading(a, last);
	double dy = end->b.bottom + gap - b->l[first].b.top;
	a->l = rw_xrealloc(a->l, (a->nl + n) * sizeof *a->l);
	for (size_t k = 0; k < n; k++) {
		pdf_line *l = &a->l[a->nl + k];
		*l = b->l[first + k];
		l->b.top += dy, l->b.bottom += dy;
		for (size_t w = 0; w < l->nw; w++)
			l->w[w].b.top += dy, l->w[w].b.bottom += dy;
	}
	a->nl += n;
	memmove(b->l + first, b->l + first + n, (b->nl - first - n) * sizeof *b->l);
	b->nl -= n;
}

/* The measure of the text line k of page p is set in: the furthest its
 * page's lines in its type starting where it does reach (text_measure
 * in emit.c, for the one line a page break may cut). */
static double page_measure(const pdf_page_lines *p, size_t k)
{
	const pdf_line *a = &p->l[k];
	double right = a->b.right, indent = furp->join_indent * fmax(a->size, 1);
	for (size_t j = 0; j < p->nl; j++) {
		const pdf_line *l = &p->l[j];
		if (!l->drop && fabs(l->size - a->size) <= furp->same_size &&
		    fabs(l->b.left - a->b.left) <= indent)
			right = fmax(right, l->b.right);
	}
	return right;
}

void pdf_join_cut_paragraph(pdf_page_lines *a, pdf_page_lines *b)
{
	long last = body_line(a, 1), first = body_line(b, 0);
	if (last < 0 || first < 0)
		return;
	const pdf_line *end = &a->l[last], *start = &b->l[first];
	if (ends_sentence(end) || !is_prose(end) || !is_prose(start) ||
	    fabs(end->size - start->size) > furp->same_size || end->bold != start->bold ||
	    fabs(end->b.left - start->b.left) > furp->join_indent * fmax(end->size, 1) ||
	    !clear_of_tables(a, end, 0) || !clear_of_tables(b, start, 1))
		return;
	/* a line the next page's first word would have fit after ended its
	 * paragraph (a bare id's number under its name, a cell's last line) */
	if (pdf_room_for_next(end, start, end->b.left, page_measure(a, (size_t)last)))
		return;
	/* the paragraph's lines on the next page: up to its first break */
	size_t n = 1, prev = (size_t)first;
	for (size_t k = (size_t)first + 1; k < b->nl; k++) {
		if (b->l[k].drop)
			break;
		if (!same_paragraph(&b->l[prev], &b->l[k]))
			break;
		prev = k;
		n++;
	}
	move_lines(a, last, b, (size_t)first, n);
}

void pdf_mark_furniture(pdf_page_lines *pages, size_t np)
{
	for (size_t i = 0; i < np; i++)
		pdf_note_margins(&pages[i]);
	pdf_mark_running_lines(pages, np);
	for (size_t i = 0; i + 1 < np; i++)
		pdf_join_cut_paragraph(&pages[i], &pages[i + 1]);
	for (size_t i = 0; i < np; i++)
		pdf_margins_clear(&pages[i]);
}
