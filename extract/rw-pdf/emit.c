/* emit.c - a document's pages to blocks (schema/blocks.md).
 *
 * Pages come in one by one; lattice tables (and, with --method stream,
 * the page's stream tables: streamareas.c) are built at once and their
 * glyphs taken out, the rest is kept as lines. At the end, with every
 * page seen:
 *  0. each page is first put in its reading frame (reading.h: sideways
 *     text turned, columns one under the other);
 *  1. running heads and feet are dropped, and a paragraph cut by a page
 *     break joined up again (furniture.c);
 *  2. the title is the largest-font text at the top of the first page
 *     with text (page 1 unless it is blank), the body size the font size
 *     most characters have;
 *  3. in auto mode the remaining lines are searched for stream tables,
 *     and what is left becomes headings (larger or bold lines) and
 *     paragraphs (lines joined until a wider vertical gap, a change of
 *     size or an indented or bulleted line; a hyphen at a line's end as
 *     hyphen.c says);
 *  4. a table that starts a page (only top-margin lines above it) and
 *     has the column layout of the table that ended the page before
 *     (section rows at its foot taken in, continued.c) continues it:
 *     same table number, rows counting on; its first row is a header
 *     when it repeats the table's first (header) row.
 */
#include "rwlib.h"
#include "pdf.h"
#include "reading.h"
#include "spill.h"
#include "tally.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct epage {
	int number;
	double width, height;
	pdf_line *l;
	size_t nl;
	pdf_table *t; /* lattice tables (or the stream table) */
	size_t nt;
	pdf_ruling *r; /* the level rulings: rules between a stream table's rows */
	size_t nr;
	struct item *it; /* what the page says, in reading order (plan_page) */
	size_t nit;
	pdf_table *st; /* its stream tables (auto mode) */
	size_t nst;
	pdf_margin_line *m; /* its lines that may be furniture (furniture.c) */
	size_t nm;
	pdf_parked parked;  /* its words, cells and rulings while in the spill file */
	size_t nparked;     /* its lines then */
	unsigned char *dropped; /* of those, the furniture */
} epage;

struct pdf_emitter {
	FILE *out;
	const char *source;
	enum pdf_method method;
	epage *p;
	size_t np, cap;
	int err;
	double body;      /* the body font size */
	/* table numbering and continuation */
	int tables;
	int open_table;   /* the number of the table that ended the last page */
	int open_rows;    /* rows it has so far */
	int open_cols;
	double open_left, open_right;
	pdf_gap *open_gaps; /* its column gaps (open_cols - 1) */
	double *open_starts; /* where its columns but the first start (aligned.c) */
	pdf_table *open_last; /* its piece on that page */
	epage *foot;      /* that page, when lines under the piece may be its
			     section rows (settle_foot), else NULL */
	char **head;      /* its header rows' texts (nhead x open_cols) */
	int nhead;
	pdf_words *words; /* the document's, for hyphens at a line's end */
	pdf_reading reading; /* its columns so far (reading.h) */
	long sizes[401];  /* characters of each font size, in half points up to 200 */
	pdf_spill *spill; /* pages parked until written (spill.c), or NULL */
	int no_spill;     /* none can be had: every page stays in memory */
};

/* The text of every line kept (not of ruled tables: their cells' lines
 * are joined already, hyphens kept). */
static void fill_words(pdf_words *ws, void *ctx)
{
	const pdf_emitter *e = ctx;
	int after_hyphen = 0;
	for (size_t i = 0; i < e->np; i++) {
		/* a parked page's lines as they were read (a paragraph's end
		 * moved since from the next page is read there, in the same
		 * order), its furniture marked */
		const epage *p = &e->p[i];
		pdf_line *parked = e->spill ? pdf_spill_lines(e->spill, &p->parked, p->nparked) : NULL;
		const pdf_line *l = parked ? parked : p->l;
		size_t nl = parked ? p->nparked : p->nl;
		for (size_t k = 0; k < nl; k++) {
			if (parked ? p->dropped[k] : l[k].drop)
				continue;
			char *s = pdf_line_text(&l[k]);
			after_hyphen = pdf_words_add_line(ws, s, after_hyphen);
			free(s);
		}
		if (parked)
			pdf_lines_free(parked, nl);
	}
}

pdf_emitter *pdf_emitter_new(FILE *out, const char *source)
{
	pdf_emitter *e = rw_xcalloc(1, sizeof *e);
	e->out = out;
	e->source = source;
	e->words = pdf_words_new(fill_words, e);
	return e;
}

/* Takes out the glyphs whose centre lies in a table. */
static void remove_table_glyphs(pdf_page *p, const pdf_table *t, size_t nt)
{
	size_t n = 0;
	for (size_t i = 0; i < p->ng; i++) {
		double cx = (p->g[i].b.left + p->g[i].b.right) / 2;
		double cy = (p->g[i].b.top + p->g[i].b.bottom) / 2;
		int in = 0;
		for (size_t k = 0; k < nt && !in; k++)
			in = cx >= t[k].b.left && cx <= t[k].b.right && cy >= t[k].b.top &&
			     cy <= t[k].b.bottom;
		if (!in)
			p->g[n++] = p->g[i];
	}
	p->ng = n;
}

/* A ruled table's column lines on two pages are the same lines when
 * they stand this close, in points (a page's lines are drawn at one x,
 * but for rounding of a point or two). */
#define SAME_RULING_PT 2.0

/* t has the columns of the last (lowest) table of page prev. */
static int same_columns(const epage *prev, const pdf_table *t)
{
	const pdf_table *last = NULL;
	for (size_t i = 0; i < prev->nt; i++)
		if (!last || prev->t[i].b.bottom > last->b.bottom)
			last = &prev->t[i];
	if (!last || last->cols != t->cols)
		return 0;
	for (int c = 0; c <= t->cols; c++)
		if (fabs(last->colx[c] - t->colx[c]) > SAME_RULING_PT)
			return 0;
	return 1;
}

/* Ruled tables of one row or column are frames around text, not tables,
 * but for the first row of a page in the columns of the table the page
 * before ended with: that table's last row. */
static size_t keep_real_tables(const pdf_emitter *e, pdf_table *t, size_t nt)
{
	const epage *prev = e->np >= 2 ? &e->p[e->np - 2] : NULL;
	size_t m = 0;
	for (size_t i = 0; i < nt; i++) {
		int first = 1;
		for (size_t k = 0; k < nt; k++)
			first &= t[k].b.top >= t[i].b.top;
		if (t[i].cols >= 2 && (t[i].rows >= 2 || (first && prev && same_columns(prev, &t[i]))))
			t[m++] = t[i];
		else
			pdf_table_clear(&t[i]);
	}
	return m;
}

/* Auto mode given an area reads it as Tabula's default method does
 * (SpreadsheetExtractionAlgorithm.isTabular): the area is where a table
 * stands; it is a ruled grid when the rulings alone (the area's edges
 * with them; pdf_lattice_grids) make rows and columns much as many as
 * the text shows as stream mode reads it: the mean of the two ratios
 * within GRID_RATIO (Tabula's MAGIC_HEURISTIC_NUMBER) either way; else
 * it is one stream table. The
 * text's rows are its rows, not its lines (pdf_stream_rows): cells of
 * several lines are no sign against a grid. */
#define GRID_RATIO 0.65
static enum pdf_method area_method(pdf_page *p, const pdf_box *area)
{
	size_t nt, nl;
	pdf_table *t = pdf_lattice_grids(p, area, &nt);
	pdf_line *l = pdf_lines_build(p->g, p->ng, &nl);
	double *xs = NULL;
	size_t nx = p->have_rulings ? pdf_vertical_bounds(p, area, &xs) : 0;
	pdf_table s;
	pdf_stream_rows(l, nl, xs, nx >= 2 ? nx : 0, &s);
	double ratio = nt && s.rows && s.cols
			       ? ((double)t[0].cols / s.cols + (double)t[0].rows / s.rows) / 2
			       : 0;
	for (size_t i = 0; i < nt; i++)
		pdf_table_clear(&t[i]);
	free(t);
	free(xs);
	pdf_table_clear(&s);
	pdf_lines_free(l, nl);
	return ratio > GRID_RATIO && ratio < 1 / GRID_RATIO ? PDF_LATTICE : PDF_STREAM;
}

/* The text edges and table areas of a page's lines, for its debug
 * picture (drawn before the document's end, where the tables are made:
 * running heads and a table going on from the page before are not
 * known yet). */
static void note_text_edges(const epage *ep, pdf_debug *d)
{
	int *used = rw_xcalloc(ep->nl + 1, sizeof *used);
	int *filled = rw_xcalloc(ep->nl + 1, sizeof *filled);
	pdf_area *a;
	pdf_text_areas(ep->l, ep->nl, used, ep->r, ep->nr, &pdf_edge_defaults, filled, &a, d);
	free(a);
	free(filled);
	free(used);
}

/* The font sizes of the page's words, weighted by characters (the body
 * size is the document's most common). */
static void count_sizes(pdf_emitter *e, const epage *ep)
{
	for (size_t k = 0; k < ep->nl; k++)
		for (size_t w = 0; w < ep->l[k].nw; w++) {
			int s = (int)lround(ep->l[k].w[w].size * 2);
			if (s >= 0 && s <= 400)
				e->sizes[s] += (long)strlen(ep->l[k].w[w].text);
		}
}

static pdf_page_lines page_lines(const epage *p)
{
	return (pdf_page_lines){p->number, p->height, p->l, p->nl, p->t, p->nt, p->m, p->nm};
}

/* A page parked is back in memory. */
static void unpark(pdf_emitter *e, epage *p)
{
	pdf_spill_fetch(e->spill, &p->parked, p->l, p->nl, p->t, p->nt, &p->r, p->nr);
	p->parked.at = -1;
}

/* The page's words, cells and rulings to the spill file until the page
 * is written; if the file fails, every page back in memory. */
static void park(pdf_emitter *e, epage *ep)
{
	ep->parked.at = -1;
	ep->nparked = ep->nl;
	if (!e->spill && !e->no_spill)
		e->no_spill = !(e->spill = pdf_spill_new());
	if (!e->spill ||
	    pdf_spill_park(e->spill, ep->l, ep->nl, ep->t, ep->nt, &ep->r, ep->nr, &ep->parked) == 0)
		return;
	for (size_t i = 0; i < e->np; i++)
		unpark(e, &e->p[i]);
	pdf_spill_free(e->spill);
	e->spill = NULL;
	e->no_spill = 1;
}

void pdf_emitter_page(pdf_emitter *e, pdf_page *p, enum pdf_method m, const pdf_box *area)
{
	e->method = m;
	if (area)
		pdf_page_crop(p, area);
	pdf_page_reading_frame(p, m == PDF_AUTO ? &e->reading : NULL);
	e->p = rw_xgrow(e->p, &e->cap, e->np + 1, sizeof *e->p);
	epage *ep = &e->p[e->np++];
	memset(ep, 0, sizeof *ep);
	ep->number = p->number;
	ep->width = p->width;
	ep->height = p->height;
	if (m == PDF_AUTO && area)
		m = area_method(p, area);
	if (m != PDF_STREAM) {
		ep->t = m == PDF_LATTICE ? pdf_lattice_tables(p, area, " ", &ep->nt)
					 : pdf_lattice_tables(p, NULL, NULL, &ep->nt);
		if (m == PDF_AUTO)
			ep->nt = keep_real_tables(e, ep->t, ep->nt);
		remove_table_glyphs(p, ep->t, ep->nt);
	}
	if (m == PDF_STREAM && !area)
		ep->t = pdf_stream_areas(p, &ep->nt);
	if (m == PDF_STREAM && ep->nt == 0 && p->ng) {
		/* an area, or a page with no table area: one table */
		ep->t = rw_xrealloc(ep->t, sizeof *ep->t);
		pdf_stream_page_table(p, area, ep->t);
		ep->nt = 1;
		p->ng = 0;
	}
	ep->l = pdf_lines_build(p->g, p->ng, &ep->nl);
	pdf_lines_mark(ep->l, ep->nl, p->marks, p->nmarks);
	ep->nr = pdf_level_rulings(p, &ep->r);
	if (m == PDF_AUTO && p->debug)
		note_text_edges(ep, p->debug);
	if (e->method != PDF_STREAM) {
		pdf_page_lines v = page_lines(ep);
		pdf_note_margins(&v);
		ep->m = v.m, ep->nm = v.nm;
	}
	count_sizes(e, ep);
	park(e, ep);
}

/* ---- running heads and feet (furniture.c) --------------------------- */

static void drop_running_lines(pdf_emitter *e)
{
	pdf_page_lines *v = rw_xcalloc(e->np + 1, sizeof *v);
	for (size_t i = 0; i < e->np; i++)
		v[i] = page_lines(&e->p[i]);
	pdf_mark_running_lines(v, e->np);
	free(v);
}

/* A paragraph cut between page i-1 and page i joined up (furniture.c). */
static void join_cut_paragraph(pdf_emitter *e, size_t i)
{
	pdf_page_lines a = page_lines(&e->p[i - 1]), b = page_lines(&e->p[i]);
	pdf_join_cut_paragraph(&a, &b);
	e->p[i - 1].l = a.l, e->p[i - 1].nl = a.nl;
	e->p[i].l = b.l, e->p[i].nl = b.nl;
}

/* ---- fonts: body size, title ------------------------------------------ */

static double round_size(double s) { return round(s * 2) / 2; }

static void find_body_size(pdf_emitter *e)
{
	const long *count = e->sizes;
	int best = 0;
	for (int s = 1; s <= 400; s++)
		if (count[s] > count[best])
			best = s;
	e->body = best / 2.0;
}

/* ---- writing blocks --------------------------------------------------- */

static void put(pdf_emitter *e, rw_block *b)
{
	b->source = (char *)e->source;
	pdf_tally_block(b);
	if (rw_block_write(e->out, b) != 0)
		e->err = 1;
}

static void set_bbox(rw_block *b, const pdf_box *x)
{
	b->has_bbox = 1;
	b->bbox[0] = x->top, b->bbox[1] = x->left, b->bbox[2] = x->bottom, b->bbox[3] = x->right;
}

/* The title: the biggest lines of page 1 that follow each other at the
 * top, if they stand out: in a bigger size than some other line of the
 * page, or few (a title over a table). Returns how many lines, from
 * *first. */
static size_t title_lines(const epage *p, size_t *first)
{
	double big = 0;
	for (size_t k = 0; k < p->nl; k++)
		if (!p->l[k].drop && p->l[k].size > big)
			big = p->l[k].size;
	size_t n = 0, last = 0;
	int smaller = 0;
	for (size_t k = 0; k < p->nl; k++) {
		const pdf_line *l = &p->l[k];
		if (l->drop)
			continue;
		if (fabs(l->size - big) > 0.5) {
			smaller = 1;
			continue;
		}
		if (!n)
			*first = k;
		else if (k != last + 1)
			continue;
		n++, last = k;
	}
	return smaller || n <= 3 ? n : 0;
}

/* The first page with text or tables (a blank first page is skipped);
 * np if none. */
static size_t first_page(const pdf_emitter *e)
{
	for (size_t i = 0; i < e->np; i++) {
		if (e->p[i].nt)
			return i;
		for (size_t k = 0; k < e->p[i].nl; k++)
			if (!e->p[i].l[k].drop)
				return i;
	}
	return e->np;
}

static void write_document(pdf_emitter *e, size_t first_with_text)
{
	rw_block b = {.kind = RW_BLK_DOCUMENT, .format = "pdf"};
	const epage *p = first_with_text < e->np ? &e->p[first_with_text] : NULL;
	size_t first = 0, n = p ? title_lines(p, &first) : 0;
	rw_buf t = {0};
	pdf_box box = {0};
	for (size_t k = first; k < first + n; k++) {
		const pdf_line *l = &p->l[k];
		char *s = pdf_line_text(l);
		pdf_join_line(&t, s, e->words);
		free(s);
		if (k == first)
			box = l->b;
		pdf_box_union(&box, &l->b);
	}
	if (n) {
		b.text = rw_fold_ws(t.s);
		b.page = p->number;
		set_bbox(&b, &box);
	}
	put(e, &b);
	free(b.text);
	rw_buf_free(&t);
}

static void forget_head(pdf_emitter *e)
{
	for (size_t k = 0; k < (size_t)e->nhead * e->open_cols; k++)
		free(e->head[k]);
	free(e->head);
	e->head = NULL;
	e->nhead = 0;
}

/* The table the pages read so far ended with ends: nothing goes on. */
static void close_open_table(pdf_emitter *e)
{
	e->open_table = 0;
	e->open_last = NULL;
	forget_head(e);
}

/* Header rows: the first rows when they are bold and a row below is not.
 * A header of two rows (a cell over two columns, the columns' own names
 * under it) counts whole; a bold row with text in its first cell only
 * is a section row, not more header. */
static int bold_head(const pdf_table *t)
{
	if (t->rows < 2 || t->plain[0])
		return 0;
	int n = 1;
	for (; n < t->rows && !t->plain[n]; n++) {
		int beyond = 0;
		for (int c = 1; c < t->cols; c++)
			beyond |= *t->cell[(size_t)n * t->cols + c] != 0;
		if (!beyond)
			break;
	}
	for (int r = n; r < t->rows; r++)
		if (t->plain[r])
			return n;
	return 0;
}

/* The white between each two columns of t: from the right of the text of
 * one to the left of the next's (the bound itself when they touch). */
static pdf_gap *column_gaps(const pdf_table *t)
{
	pdf_gap *g = rw_xmalloc((size_t)t->cols * sizeof *g);
	for (int k = 0; k + 1 < t->cols; k++) {
		double lo = t->colx[k], hi = t->colx[k + 2];
		for (int r = 0; r < t->rows; r++) {
			size_t a = (size_t)r * t->cols + k;
			if (*t->cell[a])
				lo = fmax(lo, t->cb[a].right);
			if (*t->cell[a + 1])
				hi = fmin(hi, t->cb[a + 1].left);
		}
		double x = t->colx[k + 1];
		g[k] = lo < hi ? (pdf_gap){lo, hi} : (pdf_gap){x, x};
	}
	return g;
}

/* Where the cells of each column of t but the first start: the left
 * most of its cells share, to the producer's rounding (exact_tol); a
 * centred or wider cell does not move it. */
static double *cell_starts(const pdf_table *t)
{
	double *x = rw_xmalloc((size_t)t->cols * sizeof *x);
	for (int k = 1; k < t->cols; k++) {
		size_t best = 0;
		x[k - 1] = t->colx[k];
		for (int r = 0; r < t->rows; r++) {
			size_t a = (size_t)r * t->cols + k, n = 0;
			if (!*t->cell[a])
				continue;
			double tol = pdf_edge_defaults.exact_tol * fmax(t->cb[a].bottom - t->cb[a].top, 1);
			for (int q = 0; q < t->rows; q++) {
				size_t b = (size_t)q * t->cols + k;
				n += *t->cell[b] && fabs(t->cb[b].left - t->cb[a].left) <= tol;
			}
			if (n > best)
				best = n, x[k - 1] = t->cb[a].left;
		}
	}
	return x;
}

/* A table's two pieces on two pages stand at the same place when their
 * left and right ends are this close: a share of the table's width, or
 * these points at least (a stream table's ends are its text's, which
 * differs from page to page by a cell's ragged right edge). */
#define SAME_PLACE_SHARE 0.03
#define SAME_PLACE_PT 15.0

static int same_layout(const pdf_emitter *e, const pdf_table *t)
{
	double tol = fmax(SAME_PLACE_PT, SAME_PLACE_SHARE * (t->b.right - t->b.left));
	if (!e->open_table || e->open_cols != t->cols)
		return 0;
	int left = fabs(e->open_left - t->b.left) <= tol;
	if (t->cols < 2 || (left && fabs(e->open_right - t->b.right) <= tol))
		return left;
	/* an end may stand further out on one page than on the other by
	 * more than that: a ragged last column's right, the left of a first
	 * column set flush right where a section row starts further left.
	 * Where cells start says the same: the last column's, or every
	 * column's but the first where the left ends differ. */
	double *starts = cell_starts(t);
	int same = 1;
	for (int k = left ? t->cols - 2 : 0; k < t->cols - 1; k++)
		same &= fabs(starts[k] - e->open_starts[k]) <= tol;
	free(starts);
	return same;
}

typedef struct item {
	double top;
	pdf_table *t; /* or NULL: a run of lines */
	size_t from, to;
	int level;
	int num, row0, nhead; /* a table's number, first row, header rows */
	int sections_over;    /* a table going on: section rows over it taken in */
} item;

/* The header printed again on a page is left out on purpose: the text
 * of its first `rows` rows counts as written (tally.h), not as lost. */
static void tally_left_out(const pdf_table *t, int rows, int page)
{
	for (size_t k = 0; k < (size_t)rows * t->cols; k++)
		pdf_tally_block(&(rw_block){.kind = RW_BLK_CELL, .page = page, .text = t->cell[k]});
}

/* The table number of t, the first on its page or not: a table that
 * starts a page in the columns of the one that ended the page before
 * goes on with it (continued.c: its repeated header goes, a row the
 * break cut joins up); else it is a new table, its bold first rows
 * its header. */
static void link_table(pdf_emitter *e, item *it, int first_on_page, int page)
{
	pdf_table *t = it->t;
	int cont = first_on_page && (t->goes_on ? e->open_table != 0 : same_layout(e, t));
	/* the columns the next page may go on in: the white between the
	 * cells of the whole piece, its header too */
	free(e->open_gaps);
	e->open_gaps = column_gaps(t);
	free(e->open_starts);
	e->open_starts = cell_starts(t);
	it->nhead = 0;
	if (cont) {
		int repeated = pdf_table_head_repeats(t, e->head, e->nhead);
		if (t->head_again > repeated)
			repeated = t->head_again; /* set apart otherwise, word for word */
		tally_left_out(t, repeated, page);
		pdf_table_drop_rows(t, 0, repeated);
		/* a section row across the table ends the cells above it */
		if (e->open_last && !it->sections_over)
			pdf_table_carry_spans(e->open_last, t, pdf_table_join_cut_row(e->open_last, t));
	} else {
		forget_head(e);
		e->open_table = ++e->tables;
		e->open_rows = 0;
		e->open_cols = t->cols;
		e->nhead = it->nhead = bold_head(t);
		e->head = rw_xcalloc((size_t)e->nhead * t->cols + 1, sizeof *e->head);
		for (size_t k = 0; k < (size_t)e->nhead * t->cols; k++)
			e->head[k] = rw_xstrdup(t->cell[k]);
	}
	e->open_left = t->b.left;
	e->open_right = t->b.right;
	e->open_last = t;
	it->num = e->open_table;
	it->row0 = e->open_rows;
	e->open_rows += t->rows;
}

static void write_table(pdf_emitter *e, const item *it)
{
	const pdf_table *t = it->t;
	int num = it->num;
	if (t->rows == 0)
		return; /* the header repeated, and nothing under it */
	rw_block b = {.kind = RW_BLK_TABLE, .table = num, .rows = t->rows, .cols = t->cols,
		      .page = t->page};
	b.locator = rw_xasprintf("page %d, table %d", t->page, num);
	set_bbox(&b, &t->b);
	put(e, &b);
	free(b.locator);
	for (int r = 0; r < t->rows; r++) {
		for (int c = 0; c < t->cols; c++) {
			size_t k = (size_t)r * t->cols + c;
			rw_block cb = {.kind = RW_BLK_CELL, .table = num, .row = it->row0 + r,
				       .col = c, .header = r < it->nhead, .page = t->page};
			/* a slot a ruled cell spans: a copy of the cell's text
			 * (unless the row a page break cut brought text of its
			 * own here) */
			cb.text = rw_fold_ws(pdf_table_slot_text(t, k, &cb.span));
			cb.locator = rw_xasprintf("page %d, table %d, row %d, col %d", t->page, num,
						  it->row0 + r + 1, c + 1);
			set_bbox(&cb, &t->cb[k]);
			put(e, &cb);
			free(cb.text);
			free(cb.locator);
		}
	}
}

/* ---- headings and paragraphs ------------------------------------------ */

static int heading_level(const pdf_emitter *e, const pdf_line *l, const double *sizes, size_t ns)
{
	double s = round_size(l->size);
	if (s >= e->body + 1.5 && s >= e->body * 1.12) {
		for (size_t i = 0; i < ns; i++)
			if (sizes[i] == s)
				return i + 1 < 5 ? (int)i + 1 : 5;
	}
	if (l->bold && fabs(s - e->body) < 1.5) {
		char *t = pdf_line_text(l);
		size_t n = strlen(t);
		int ok = n > 0 && n < 120 && t[n - 1] != '.' && t[n - 1] != ',';
		free(t);
		if (ok)
			return ns + 1 < 6 ? (int)ns + 1 : 6;
	}
	return 0;
}

/* A line indented past the paragraph's left edge by more than this, in
 * ems of its font, starts a new paragraph (a first-line indent is one
 * to one and a half ems; wrapped lines are flush). */
#define PARAGRAPH_INDENT_EM 1.5
/* Points: sizes the producer rounded differ by less; a heading or a note
 * is set a point or more apart from the text. */
#define SAME_TYPE_PT 0.75

/* Ems of white between two lines that part paragraphs whatever the
 * page's leading: a blank half line. */
#define PARAGRAPH_WHITE_EM 0.5
/* Points: lines a producer starts at one x differ by its rounding of
 * coordinates, less than this (a hundredth of an inch and more). */
#define SAME_EDGE_PT 0.75

/* Line j wrapped: the next line, in its type, starts where it starts,
 * right under it (a heading of two lines set larger than the text). A
 * wrapped line reaches near the measure, whatever its type. */
static int wrapped_line(const epage *p, const int *used, size_t j)
{
	const pdf_line *l = &p->l[j], *n = &p->l[j + 1];
	double size = fmax(l->size, 1);
	return j + 1 < p->nl && !used[j + 1] && fabs(n->size - l->size) <= SAME_TYPE_PT &&
	       fabs(n->b.left - l->b.left) <= SAME_EDGE_PT && n->b.top >= l->b.top &&
	       n->b.top - l->b.bottom <= PARAGRAPH_WHITE_EM * size;
}

/* The right edge of the text a paragraph starting at line k is set in:
 * the furthest the page's lines in its type reach that start no further
 * in than its first-line indent and run past its left (a label set left
 * of its value; the next column's lines, starting further in, are no
 * measure of it), and lines in a larger type that wrapped (a heading of
 * two lines: a heading of one line is no measure of it, nor are the
 * text's lines a measure of a heading's); no further than a gutter
 * between columns the document has (reading.h) that the line stands left
 * of: a line over both columns is no measure of one. Lines within
 * MEASURE_REACH of it. */
#define MEASURE_REACH 100 /* lines either side, in reading order: more than a
			    page's column holds, and the work stays linear */
static double text_measure(const pdf_emitter *e, const epage *p, const int *used, size_t k)
{
	const pdf_line *a = &p->l[k];
	double indent = PARAGRAPH_INDENT_EM * fmax(a->size, 1), right = a->b.right;
	size_t from = k > MEASURE_REACH ? k - MEASURE_REACH : 0;
	for (size_t j = from; j < p->nl && j <= k + MEASURE_REACH; j++) {
		const pdf_line *l = &p->l[j];
		if (!used[j] && !l->drop && l->b.left <= a->b.left + indent && l->b.right > a->b.left &&
		    (fabs(l->size - a->size) <= SAME_TYPE_PT ||
		     (l->size > a->size && wrapped_line(p, used, j))))
			right = fmax(right, l->b.right);
	}
	for (size_t i = 0; i < e->reading.nknown; i++)
		if (a->b.right <= e->reading.known[i].x0)
			right = fmin(right, e->reading.known[i].x0);
	return fmax(right, a->b.right);
}

/* Line b's first word is a mark of the form "8)" or "LE.13)" that closes
 * a parenthesis line a left open: the sentence goes on over the line
 * break ("... 2 recommendations (LE.12 and" over "LE.13) through to
 * ..."), and that word is no list item's mark. */
static int closes_paren(const pdf_line *a, const pdf_line *b)
{
	const char *mark = b->w[0].text;
	size_t n = strlen(mark);
	if (!n || mark[n - 1] != ')' || strchr(mark, '('))
		return 0;
	int open = 0;
	for (size_t i = 0; i < a->nw; i++)
		for (const char *c = a->w[i].text; *c; c++)
			open += (*c == '(') - (*c == ')');
	return open > 0;
}

/* Ems of white past the leading that part paragraphs: spacing
 * between paragraphs adds half an em and more (LaTeX's \parskip of
 * 6 pt on 10 pt type, less its shrink; HTML's paragraph margins an em),
 * where a paragraph's lines differ from its leading by rounding, or by
 * a quarter em where a footnote's raised mark moves a line's box. */
#define PARAGRAPH_SPACE_EM 0.4
/* Ems: whites this close are one leading. */
#define LEADING_ROUND_EM 0.05

/* The white between lines of one paragraph in the type of line t (its
 * size and weight) on page p, in ems (NAN when the page does not show
 * it): the least white under a line of that type down to the next line,
 * of that type, that starts under it, that two pairs of lines at least
 * show (one pair may be a chance: a line and a mark under it). */
static double type_leading(const epage *p, const int *used, const pdf_line *t)
{
	double least = NAN, second = NAN;
	for (size_t k = 0; k + 1 < p->nl; k++) {
		const pdf_line *a = &p->l[k], *b = &p->l[k + 1];
		if (used[k] || used[k + 1] || a->drop || b->drop || a->bold != t->bold || b->bold != t->bold ||
		    fabs(a->size - t->size) > SAME_TYPE_PT || fabs(b->size - t->size) > SAME_TYPE_PT ||
		    b->b.top <= a->b.top || b->b.left > a->b.right || b->b.right < a->b.left)
			continue;
		double white = (b->b.top - a->b.bottom) / fmax(a->size, 1);
		if (isnan(least) || white < least - LEADING_ROUND_EM)
			second = least, least = white;
		else if (fabs(white - least) <= LEADING_ROUND_EM)
			second = least = fmin(least, white);
		else if (isnan(second) || white < second)
			second = white;
	}
	return !isnan(second) && second - least <= LEADING_ROUND_EM ? least : NAN;
}

/* The leadings of a page's types, each looked for once: a page sets its
 * text in a few types; one of more types than this (a fuzzed page of
 * many sizes) has the half-em break alone for the rest, so that the
 * work stays linear in its lines. */
#define LEADING_TYPES 8
typedef struct leadings {
	size_t n;
	struct {
		float size;
		int bold;
		double em;
	} t[LEADING_TYPES];
} leadings;

static double leading_of(leadings *c, const epage *p, const int *used, const pdf_line *t)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->t[i].size == t->size && c->t[i].bold == t->bold)
			return c->t[i].em;
	if (c->n == LEADING_TYPES)
		return NAN;
	double em = type_leading(p, used, t);
	c->t[c->n].size = t->size, c->t[c->n].bold = t->bold, c->t[c->n].em = em;
	c->n++;
	return em;
}

/* Line b opens with a bold word under line a, whose last word, set
 * regular, ends a sentence: a run-in label (a description list's term
 * set bold, "Implementation status" before its value; a bold "Status:")
 * starts a block of its own, where a sentence going on over the break
 * would not switch to bold at its start. */
static int opens_run_in_label(const pdf_line *a, const pdf_line *b)
{
	if (!a->nw || !b->nw || !b->w[0].bold || a->w[a->nw - 1].bold)
		return 0;
	const char *last = a->w[a->nw - 1].text;
	size_t n = strlen(last);
	return n && strchr(".!?", last[n - 1]);
}

/* Line b does not go on with the paragraph whose last line so far is a
 * (its first at left): another level or type, white between them (half
 * an em, or 0.4 em past its type's leading), an indent, a run-in label
 * or a list item's mark. Whether a ended it (pdf_room_for_next) is asked only of
 * lines that pass, as it needs the measure. */
static int breaks_paragraph(const pdf_line *a, const pdf_line *b, double left, int la, int lb,
			    double leading)
{
	double size = fmax(a->size, 1), white = (b->b.top - a->b.bottom) / size;
	if (la != lb || fabs(a->size - b->size) > SAME_TYPE_PT)
		return 1;
	if (white > PARAGRAPH_WHITE_EM || white > leading + PARAGRAPH_SPACE_EM)
		return 1;
	if (b->b.top < a->b.top)
		return 1;
	return b->b.left > left + PARAGRAPH_INDENT_EM * size ||
	       (pdf_starts_item(b) && !closes_paren(a, b)) || b->marked || opens_run_in_label(a, b);
}

/* Whether line l starts with a bullet, a word of its own ("•", "-"):
 * the line starts a list item, which the bullet only marks. */
static int bulleted(const pdf_line *l)
{
	return l->nw > 1 && pdf_is_bullet(l->w[0].text);
}

/* Whether line l starts a list item: after a bullet of text or a marker
 * drawn as a shape. */
static int starts_item(const pdf_line *l)
{
	return l->marked || bulleted(l);
}

/* A paragraph, a heading, or a list item (a paragraph whose first line
 * starts with a bullet: written without it, as an HTML list's item). */
static void write_text(pdf_emitter *e, const epage *p, const pdf_line *l, size_t from,
		       size_t to, int level)
{
	int is_item = !level && starts_item(&l[from]);
	rw_block b = {.kind = level ? RW_BLK_HEADING : is_item ? RW_BLK_ITEM : RW_BLK_PARAGRAPH,
		      .level = is_item ? 1 : level, .page = p->number};
	rw_buf t = {0};
	pdf_box box = l[from].b;
	for (size_t k = from; k < to; k++) {
		if (l[k].drop)
			continue;
		char *s = k == from && is_item && !l[k].marked ? pdf_words_text(l[k].w + 1, l[k].nw - 1)
					    : pdf_line_text(&l[k]);
		pdf_join_line(&t, s, e->words);
		free(s);
		pdf_box_union(&box, &l[k].b);
	}
	b.text = rw_fold_ws(t.s ? t.s : "");
	b.locator = rw_xasprintf("page %d, line %zu", p->number, from + 1);
	set_bbox(&b, &box);
	if (*b.text)
		put(e, &b);
	free(b.text);
	free(b.locator);
	rw_buf_free(&t);
}

/* The page's furniture (furniture.c), kept in the stream marked as such:
 * the lines above the page's first block (heads: above) or the rest. */
static void write_furniture(pdf_emitter *e, const epage *p, double first_top, int above)
{
	for (size_t k = 0; k < p->nl; k++) {
		const pdf_line *l = &p->l[k];
		if (!l->drop || (l->b.top < first_top) != above)
			continue;
		char *s = pdf_line_text(l);
		rw_block b = {.kind = RW_BLK_PARAGRAPH, .page = p->number, .furniture = 1};
		b.text = rw_fold_ws(s);
		b.locator = rw_xasprintf("page %d, line %zu", p->number, k + 1);
		set_bbox(&b, &l->b);
		if (*b.text)
			put(e, &b);
		free(b.text);
		free(b.locator);
		free(s);
	}
}

static int item_cmp(const void *a, const void *b)
{
	const item *x = a, *y = b;
	if (x->top != y->top)
		return x->top < y->top ? -1 : 1;
	return (x->from > y->from) - (x->from < y->from);
}

/* The runs of lines that make paragraphs and headings. */
static size_t text_items(const pdf_emitter *e, const epage *p, const int *used,
			 const double *sizes, size_t ns, item *it)
{
	size_t n = 0;
	leadings types = {0};
	for (size_t k = 0; k < p->nl;) {
		if (used[k] || p->l[k].drop) {
			k++;
			continue;
		}
		int level = heading_level(e, &p->l[k], sizes, ns);
		double measure = NAN; /* found when first needed */
		double leading = leading_of(&types, p, used, &p->l[k]);
		size_t j = k + 1, last = k;
		while (j < p->nl && !used[j]) {
			if (p->l[j].drop) {
				j++;
				continue;
			}
			int lj = heading_level(e, &p->l[j], sizes, ns);
			double left = p->l[k].b.left;
			if (breaks_paragraph(&p->l[last], &p->l[j], left, level, lj, leading))
				break;
			if (isnan(measure))
				measure = text_measure(e, p, used, k);
			if (pdf_room_for_next(&p->l[last], &p->l[j], left, measure))
				break;
			last = j++;
		}
		it[n++] = (item){p->l[k].b.top, NULL, k, last + 1, level, 0, 0, 0, 0};
		k = last + 1;
	}
	return n;
}

/* Whether text item j stands beside table t, between its top and its
 * bottom, not above or under it: a column of notes the table's grid
 * left out (a table wider than the page, cut by its edge), a sidebar.
 * It neither comes before the table on its page nor after it. */
static int beside(const epage *p, const item *j, const pdf_table *t)
{
	if (j->t || j->from >= j->to)
		return 0;
	return p->l[j->from].b.top >= t->b.top && p->l[j->to - 1].b.bottom <= t->b.bottom;
}

/* Nothing but lines in the top margin (or text beside table t) stands
 * before item i of page p: t there starts the page (a running head over
 * it, even one printed from page 2 on and so not seen repeated, parts no
 * table going on from the page before). Item i is t, or a line over it. */
static int heads_only_above(const epage *p, const item *it, size_t i, const pdf_table *t)
{
	for (size_t j = 0; j < i; j++) {
		if (it[j].t)
			return 0;
		if (beside(p, &it[j], t))
			continue;
		for (size_t k = it[j].from; k < it[j].to; k++)
			if (p->l[k].b.bottom > p->height * PDF_MARGIN_SHARE)
				return 0;
	}
	return 1;
}

/* 1 + the index of the last table among items it[0..n-1], 0 when none. */
static size_t after_last_table(const item *it, size_t n)
{
	while (n > 0 && !it[n - 1].t)
		n--;
	return n;
}

/* The page ends with table it[n - 1], or with it and text beside it. */
static int ends_with_table(const epage *p, const item *it, size_t n)
{
	size_t last = after_last_table(it, n);
	if (last == 0)
		return 0;
	for (size_t j = last; j < n; j++)
		if (!beside(p, &it[j], it[last - 1].t))
			return 0;
	return 1;
}

/* The lines of items it[from..n-1] (allocated; *nl of them). */
static const pdf_line **item_lines(const epage *p, const item *it, size_t from, size_t n,
				   size_t *nl)
{
	const pdf_line **l = rw_xmalloc((p->nl + 1) * sizeof *l);
	*nl = 0;
	for (size_t i = from; i < n; i++)
		for (size_t k = it[i].from; k < it[i].to; k++)
			if (!p->l[k].drop)
				l[(*nl)++] = &p->l[k];
	return l;
}

/* The lines under the page's last table, when they are section rows at
 * its foot (continued.c), become its rows: the table then ends the page
 * and may go on on the next. Returns the items left (it[0..n-1], in
 * reading order). */
static size_t take_foot_sections(const epage *p, item *it, size_t n)
{
	size_t last = after_last_table(it, n), nl;
	if (last == 0 || last == n)
		return n;
	const pdf_line **l = item_lines(p, it, last, n, &nl);
	int taken = pdf_table_take_foot_sections(it[last - 1].t, l, nl);
	free(l);
	return taken ? last : n;
}

/* The lines under page p's last table, which has no section rows, are
 * set as its section rows would be (pdf_table_take_foot_rows), with take:
 * become them. Returns whether they are (were taken). */
static int foot_rows(const epage *p, int take)
{
	size_t last = after_last_table(p->it, p->nit), nl;
	if (last == 0 || last == p->nit)
		return 0;
	const pdf_line **l = item_lines(p, p->it, last, p->nit, &nl);
	pdf_table *t = p->it[last - 1].t;
	int rows = t->rows, taken = pdf_table_take_foot_rows(t, l, nl, take);
	free(l);
	return taken && (!take || t->rows > rows);
}

/* The page before ended with lines that may be section rows of its last
 * table (e->foot): when this page's first table starts it (running heads
 * alone above) in that table's columns with its header printed again word
 * for word, the table goes on, and the lines are its rows at the foot of
 * that page; else the table ended there. */
static void settle_foot(pdf_emitter *e, const epage *p, const item *it, size_t n)
{
	epage *q = e->foot;
	if (!q)
		return;
	e->foot = NULL;
	size_t first = 0;
	while (first < n && !it[first].t)
		first++;
	pdf_table *t = first < n ? it[first].t : NULL, *prev = e->open_last;
	int before = prev ? prev->rows : 0;
	if (t && prev && heads_only_above(p, it, first, t) && same_layout(e, t) &&
	    pdf_table_head_repeats(t, e->head, e->nhead) > 0 && foot_rows(q, 1)) {
		e->open_rows += prev->rows - before;
		q->nit = after_last_table(q->it, q->nit);
		return;
	}
	close_open_table(e);
}

/* The lines over the page's first table, under its running heads, when
 * it goes on from the page before (not under a repeated header) and
 * they are section rows of that table (continued.c), become its first
 * rows: the table then starts the page and goes on. Returns the items
 * left. */
static size_t take_head_sections(const pdf_emitter *e, const epage *p, item *it, size_t n)
{
	size_t first = 0, from = 0;
	while (first < n && !it[first].t)
		first++;
	if (first == n || !e->open_table || !e->open_last)
		return n;
	pdf_table *t = it[first].t;
	if (!(t->goes_on || same_layout(e, t)) || pdf_table_head_repeats(t, e->head, e->nhead))
		return n;
	/* the most lines that are section rows, under lines in the top
	 * margin only (a section row may stand in the margin too) */
	const pdf_line **l = rw_xmalloc((p->nl + 1) * sizeof *l);
	int taken = 0;
	for (; from < first && !taken && heads_only_above(p, it, from, t); from += !taken) {
		size_t nl = 0;
		for (size_t i = from; i < first; i++)
			for (size_t k = it[i].from; k < it[i].to; k++)
				if (!p->l[k].drop)
					l[nl++] = &p->l[k];
		taken = pdf_table_take_head_sections(t, e->open_last, l, nl);
	}
	free(l);
	if (!taken)
		return n;
	it[first].sections_over = 1;
	it[first].top = t->b.top;
	memmove(&it[from], &it[first], (n - first) * sizeof *it);
	return n - (first - from);
}

/* What page p says, in reading order (p->it): its tables (ruled, and in
 * auto mode found by their text edges, the columns of a table going on
 * from the page before given) and runs of lines; a table linked to the
 * one before it when it goes on from the page before. */
static void plan_page(pdf_emitter *e, epage *p, int page_follows, const double *sizes, size_t ns)
{
	int *used = rw_xcalloc(p->nl + 1, sizeof *used);
	for (size_t k = 0; k < p->nl; k++)
		used[k] = p->l[k].drop;
	if (e->method == PDF_AUTO) {
		/* the columns of the table the last page ended with (one
		 * that may have, e->foot, goes on only under its header
		 * printed again) */
		int carry = e->open_table && !e->foot;
		pdf_carry open = {e->open_gaps, (size_t)e->open_cols - 1, e->head, e->nhead};
		pdf_mark_cell_starts(p->l, p->nl, used, carry ? e->open_starts : NULL,
				     carry ? open.ngap : 0);
		p->st = pdf_stream_detect(p->l, p->nl, used, carry ? &open : NULL, p->r, p->nr,
					  page_follows, &p->nst);
		for (size_t k = 0; k < p->nl; k++)
			used[k] = used[k] && !p->l[k].drop;
	}
	item *it = p->it = rw_xmalloc((p->nl + p->nt + p->nst + 1) * sizeof *it);
	size_t n = text_items(e, p, used, sizes, ns, it);
	for (size_t i = 0; i < p->nt; i++)
		it[n++] = (item){p->t[i].b.top, &p->t[i], 0, 0, 0, 0, 0, 0, 0};
	for (size_t i = 0; i < p->nst; i++) {
		p->st[i].page = p->number;
		it[n++] = (item){p->st[i].b.top, &p->st[i], 0, 0, 0, 0, 0, 0, 0};
	}
	qsort(it, n, sizeof *it, item_cmp);
	n = take_foot_sections(p, it, n);
	settle_foot(e, p, it, n);
	n = take_head_sections(e, p, it, n);
	p->nit = n;
	for (size_t i = 0; i < n; i++)
		if (it[i].t)
			link_table(e, &it[i], heads_only_above(p, it, i, it[i].t), p->number);
	/* a table continues onto the next page only if it ended this one,
	 * or may have, its section rows at the foot (settle_foot) */
	if (!ends_with_table(p, it, n)) {
		if (page_follows && e->open_last && foot_rows(p, 0))
			e->foot = p;
		else
			close_open_table(e);
	}
	free(used);
}

static void write_page(pdf_emitter *e, const epage *p)
{
	double first_top = p->nit ? p->it[0].top : HUGE_VAL;
	write_furniture(e, p, first_top, 1);
	for (size_t i = 0; i < p->nit; i++) {
		const item *it = &p->it[i];
		if (it->t)
			write_table(e, it);
		else
			write_text(e, p, p->l, it->from, it->to, it->level);
	}
	write_furniture(e, p, first_top, 0);
}

static int size_desc(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x < y) - (x > y);
}

/* The distinct heading sizes of the document, largest first. */
static size_t heading_sizes(const pdf_emitter *e, double **out)
{
	double *s = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < e->np; i++)
		for (size_t k = 0; k < e->p[i].nl; k++) {
			double z = round_size(e->p[i].l[k].size);
			if (e->p[i].l[k].drop || z < e->body + 1.5 || z < e->body * 1.12)
				continue;
			size_t j = 0;
			while (j < n && s[j] != z)
				j++;
			if (j == n) {
				s = rw_xgrow(s, &cap, n + 1, sizeof *s);
				s[n++] = z;
			}
		}
	if (n)
		qsort(s, n, sizeof *s, size_desc);
	*out = s;
	return n;
}

/* Page i back in memory, and a paragraph the break before it cut joined
 * up with the page before. */
static void bring(pdf_emitter *e, size_t i)
{
	if (e->spill)
		unpark(e, &e->p[i]);
	if (i > 0 && e->method != PDF_STREAM)
		join_cut_paragraph(e, i);
}

/* Everything page p holds, freed (parked, only what stayed in memory). */
static void forget_page(epage *p)
{
	int parked = p->parked.at >= 0;
	if (parked)
		free(p->l);
	else
		pdf_lines_free(p->l, p->nl);
	for (size_t k = 0; k < p->nt; k++)
		if (parked)
			free(p->t[k].colx);
		else
			pdf_table_clear(&p->t[k]);
	free(p->t);
	free(p->r);
	for (size_t k = 0; k < p->nst; k++)
		pdf_table_clear(&p->st[k]);
	free(p->st);
	free(p->it);
	pdf_page_lines v = page_lines(p);
	pdf_margins_clear(&v);
	free(p->dropped);
	*p = (epage){.number = p->number, .parked = {-1, 0}};
}

/* Pages come back from the spill file one at a time: a page is planned
 * once the next is back (a paragraph the page break cut joined up), and
 * written once the next is planned (a row the break cut joins the row
 * it goes on with on the page before). */
int pdf_emitter_finish(pdf_emitter *e)
{
	if (e->method != PDF_STREAM)
		drop_running_lines(e);
	for (size_t i = 0; e->spill && i < e->np; i++) {
		epage *p = &e->p[i];
		p->dropped = rw_xmalloc(p->nl + 1);
		for (size_t k = 0; k < p->nl; k++)
			p->dropped[k] = (unsigned char)p->l[k].drop;
	}
	find_body_size(e);
	double *sizes;
	size_t ns = heading_sizes(e, &sizes);
	size_t first = first_page(e), back = 0;
	while (back < e->np && back <= first + 1)
		bring(e, back++);
	write_document(e, first);
	for (size_t i = 0; i < e->np; i++) {
		while (back < e->np && back <= i + 1)
			bring(e, back++);
		plan_page(e, &e->p[i], i + 1 < e->np, sizes, ns);
		if (i > 0)
			write_page(e, &e->p[i - 1]);
		if (i > 0 && e->spill)
			forget_page(&e->p[i - 1]);
	}
	if (e->np)
		write_page(e, &e->p[e->np - 1]);
	free(sizes);
	return e->err ? -1 : 0;
}

void pdf_emitter_free(pdf_emitter *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->np; i++)
		forget_page(&e->p[i]);
	pdf_spill_free(e->spill);
	free(e->p);
	free(e->open_gaps);
	free(e->open_starts);
	forget_head(e);
	pdf_words_free(e->words);
	free(e);
}
