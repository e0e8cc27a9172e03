/* continued.c - a table going on over several pages read as one.
 *
 * The piece of a table at the top of a page, in the columns of the one
 * that ended the page before (emit.c finds them), goes on with it:
 *  - the header rows it starts with, when they repeat the table's
 *    header word for word, are the header printed again on each page,
 *    not data: they go;
 *  - a row the page break cut has its first lines on one page and the
 *    rest on the next, its id (the first column) on one side only: the
 *    first row of the piece, under the repeated header, and the last row
 *    of the piece before are one row when one of them has an empty
 *    first cell and the other not (nor a section row, its first cell
 *    alone), and the cells both halves fill end on the last line of the
 *    page before (they run on over the break; under an id spanning two
 *    rows, the row above ends its one-line cells, numbers, dates and
 *    statuses, higher up);
 *  - a ruled cell spanning rows that the break cut (a Board action set
 *    once for several rows) shows its text on one page only; its part
 *    at the top of the piece, empty, is a copy of the cell above the
 *    break (pdf_table_carry_spans): a part spanning rows itself, or one
 *    row where the page above leaves the cell open at its foot (a
 *    browser) or spans it over rows down to its foot (LibreOffice rules
 *    each part off); where the page above leaves the cell open at its
 *    foot and the part holds the rest of its text, the part reads the
 *    two joined;
 *  - section rows (the first cell alone) under the last table of a page
 *    that has some are its rows at the foot, so that it ends the page
 *    and may go on; and those over the piece going on at the top of the
 *    next page are its first rows;
 *  - lines under the last table of a page that has none, set as section
 *    rows would be, are its rows too when the next page shows it going
 *    on (its header printed again there: emit.c).
 */
#include "rwlib.h"
#include "pdf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void pdf_table_drop_rows(pdf_table *t, int r, int n)
{
	if (n <= 0)
		return;
	size_t a = (size_t)r * t->cols, m = (size_t)n * t->cols;
	for (size_t k = a; k < a + m; k++)
		free(t->cell[k]);
	size_t rest = (size_t)(t->rows - r - n);
	memmove(&t->cell[a], &t->cell[a + m], rest * t->cols * sizeof *t->cell);
	memmove(&t->cb[a], &t->cb[a + m], rest * t->cols * sizeof *t->cb);
	memmove(&t->span_from[a], &t->span_from[a + m], rest * t->cols * sizeof *t->span_from);
	memmove(&t->header[r], &t->header[r + n], rest);
	memmove(&t->plain[r], &t->plain[r + n], rest);
	t->rows -= n;
}

/* Row r of t says what row r of the header (nhead rows of t->cols
 * texts) says, and says something. */
static int repeats_head(const pdf_table *t, int r, char *const *head, int nhead)
{
	if (r >= nhead || r >= t->rows)
		return 0;
	int any = 0;
	for (int c = 0; c < t->cols; c++) {
		const char *h = head[(size_t)r * t->cols + c];
		if (strcmp(h, t->cell[(size_t)r * t->cols + c]))
			return 0;
		any |= *h != 0;
	}
	return any;
}

int pdf_table_head_repeats(const pdf_table *t, char *const *head, int nhead)
{
	int n = 0;
	while (repeats_head(t, n, head, nhead))
		n++;
	return n;
}

/* Row r of t has text in column c. */
static int fills(const pdf_table *t, int r, int c)
{
	return *t->cell[(size_t)r * t->cols + c] != 0;
}

/* How many columns past the first row r of t fills. */
static int filled(const pdf_table *t, int r)
{
	int n = 0;
	for (int c = 1; c < t->cols; c++)
		n += fills(t, r, c);
	return n;
}

/* A cell the page break cut ends on its row's last line: its bottom is
 * that line's to rounding, in text heights; a one-line cell centred in
 * a row of two lines ends half a line higher, and goes on nowhere. */
#define CUT_CELL_BOTTOM 0.25

/* Every cell of row r of t but those in the columns of `keep` ends on
 * the row's last line: the cells that run on over a page break. */
static int run_to_bottom(const pdf_table *t, int r, const pdf_table *keep, int kr)
{
	double bottom = -HUGE_VAL, line = HUGE_VAL;
	const pdf_box *b = &t->cb[(size_t)r * t->cols];
	for (int c = 0; c < t->cols; c++)
		if (fills(t, r, c)) {
			bottom = fmax(bottom, b[c].bottom);
			line = fmin(line, b[c].bottom - b[c].top);
		}
	for (int c = 1; c < t->cols; c++)
		if (fills(t, r, c) && fills(keep, kr, c) &&
		    bottom - b[c].bottom > CUT_CELL_BOTTOM * line)
			return 0;
	return 1;
}

/* The slot of t whose text slot k's goes with: k itself, or, where k is
 * a slot of a ruled cell spanning rows down to it that holds no text up
 * to k, the cell's first slot. A browser or a text report sets a
 * spanning cell's text in the middle of all its rows; when the page
 * break cuts the cell, the text may fall on the next page, in the row
 * the break cut, and it is then the whole cell's text, each of its rows'
 * (as the rows under the break get it: pdf_table_carry_spans). */
static size_t empty_span_top(const pdf_table *t, size_t k)
{
	int from = t->span_from[k];
	if (from <= 0 || (size_t)from > k || from % t->cols) /* none, or across columns */
		return k;
	for (size_t j = k - (size_t)from; j <= k; j += (size_t)t->cols)
		if (*t->cell[j])
			return k;
	return k - (size_t)from;
}

int pdf_table_join_cut_row(pdf_table *prev, pdf_table *t)
{
	if (prev->rows == 0 || t->rows == 0 || prev->cols != t->cols)
		return 0;
	int last = prev->rows - 1;
	/* the id on one side of the break only, and that side no section
	 * row (its first cell alone) */
	if (fills(prev, last, 0) == fills(t, 0, 0))
		return 0;
	if (filled(fills(prev, last, 0) ? prev : t, fills(prev, last, 0) ? last : 0) == 0)
		return 0;
	/* the cells that go on over the break reach the foot of the page
	 * before */
	if (!run_to_bottom(prev, last, t, 0))
		return 0;
	size_t at = (size_t)last * prev->cols;
	for (int c = 0; c < t->cols; c++)
		if (fills(t, 0, c)) {
			/* the box stays on the row's first page */
			size_t k = empty_span_top(prev, at + (size_t)c);
			pdf_table_append(prev, (int)(k / (size_t)prev->cols), c, t->cell[c], &prev->cb[k],
					 NULL, !t->plain[0]);
		}
	pdf_table_drop_rows(t, 0, 1);
	return 1;
}

/* How many rows from the top of t, column c, make the part of a cell
 * that goes on from above the break, 0 when none: an empty ruled cell at
 * the top spanning two rows or more, or one row when the page before
 * left the column open at its foot (else one empty cell is no sign: a
 * cell may be empty); or, when the cut row was joined up (it left t),
 * the slots still covered by its cell, else an empty cell at the top
 * spanning two rows or more (a cell the break cut, under the joined
 * row: WeasyPrint's rowspan over a page break). */
static int carried_rows(const pdf_table *t, int c, int joined, int open_above)
{
	int C = t->cols, m = 0;
	if (joined) {
		/* slots whose cell started in the row that left */
		while (m < t->rows) {
			size_t k = (size_t)m * C + c;
			if (t->span_from[k] <= (int)k || *t->cell[k])
				break;
			m++;
		}
		if (m)
			return m;
		/* else an empty cell spanning rows under it, as below: the
		 * foot the joined row left open was that row's */
		open_above = 0;
	}
	if (t->span_from[c] != 0 || *t->cell[c])
		return 0;
	m = 1;
	while (m < t->rows && t->span_from[(size_t)m * C + c] == m * C)
		m++;
	return m >= 2 || open_above ? m : 0;
}

/* The text of the cell above the break, text, goes on in column c's
 * first cell of t, which holds the rest of it (a browser sets on the
 * next page what of a cut cell's text did not fit): that cell reads the
 * two joined. */
static void goes_on_below(pdf_table *t, int c, const char *text)
{
	char *rest = t->cell[c];
	pdf_box b = t->cb[c];
	t->cell[c] = rw_xstrdup(text);
	pdf_table_append(t, 0, c, rest, &b, NULL, 1);
	free(rest);
}

/* Column c of t ends in a cell spanning rows, the last of them the
 * table's last on its page: a cell the break cut, as LibreOffice cuts
 * one, drawing a rule under each part all the same (so the page before
 * is not left open at its foot). */
static int spans_to_foot(const pdf_table *t, int c)
{
	/* a slot a row back or more: not a cell spanning columns */
	return t->span_from[(size_t)(t->rows - 1) * t->cols + c] >= t->cols;
}

void pdf_table_carry_spans(const pdf_table *prev, pdf_table *t, int joined)
{
	/* a piece that was its repeated header alone has no row left */
	if (prev->rows == 0 || t->rows == 0 || prev->cols != t->cols)
		return;
	for (int c = 0; c < t->cols; c++) {
		const char *text = pdf_table_slot_text(prev, (size_t)(prev->rows - 1) * prev->cols + c, NULL);
		if (*text && prev->open_foot[c] && !joined && t->rows && t->span_from[c] == 0 && *t->cell[c]) {
			goes_on_below(t, c, text);
			continue;
		}
		int m = *text ? carried_rows(t, c, joined,
					     prev->open_foot[c] || spans_to_foot(prev, c))
			      : 0;
		for (int r = 0; r < m; r++) {
			size_t k = (size_t)r * t->cols + c;
			free(t->cell[k]);
			t->cell[k] = rw_xstrdup(text);
			t->span_from[k] = PDF_CARRIED;
		}
	}
}

/* A line of a section row stands this close to the first column's left
 * edge, and as far below the row above as the table's section rows to
 * this, in ems of its font (a cell's padding and rounding). */
#define SECTION_ALIGN_EM 0.2

/* Row r of t is a section row: text in its first cell alone. */
static int is_section_row(const pdf_table *t, int r)
{
	return fills(t, r, 0) && filled(t, r) == 0;
}

/* The box of row r of t: its filled cells' (top HUGE_VAL when none). */
static pdf_box row_box(const pdf_table *t, int r)
{
	pdf_box rb = {HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
	for (int c = 0; c < t->cols; c++)
		if (fills(t, r, c))
			pdf_box_union(&rb, &t->cb[(size_t)r * t->cols + c]);
	return rb;
}

/* The height of the shortest cell of row r of t (HUGE_VAL when empty). */
static double shortest_cell(const pdf_table *t, int r)
{
	double h = HUGE_VAL;
	for (int c = 0; c < t->cols; c++)
		if (fills(t, r, c))
			h = fmin(h, t->cb[(size_t)r * t->cols + c].bottom - t->cb[(size_t)r * t->cols + c].top);
	return h;
}

/* The most white above a row of t (from the row above) among its
 * section rows, or with any among all its rows with a first cell; the
 * left edge of its first column (HUGE_VAL when empty), and a line of
 * the table's type: the height most of those rows' shortest cells have
 * at most, their median (ids may all wrap in a narrow first column, a
 * cell of one line beside them does not; one cell set small, a mark,
 * is not the table's type). -HUGE_VAL when there are none. */
static double gap_above(const pdf_table *t, int any, double *left, double *height)
{
	double gap = -HUGE_VAL, above = -HUGE_VAL;
	double *h = rw_xmalloc(((size_t)t->rows + 1) * sizeof *h);
	size_t nh = 0;
	*left = HUGE_VAL;
	for (int r = 0; r < t->rows; r++) {
		pdf_box b = row_box(t, r);
		const pdf_box *first = &t->cb[(size_t)r * t->cols];
		if (b.top == HUGE_VAL)
			continue;
		if (fills(t, r, 0))
			*left = fmin(*left, first->left);
		if (above > -HUGE_VAL && (any ? fills(t, r, 0) : is_section_row(t, r))) {
			gap = fmax(gap, b.top - above);
			h[nh++] = shortest_cell(t, r);
		}
		above = b.bottom;
	}
	qsort(h, nh, sizeof *h, pdf_by_value);
	*height = nh ? h[(nh - 1) / 2] : HUGE_VAL;
	free(h);
	return gap;
}

/* Row `from` of t moves to row `to`, leaving `from` empty (its cells
 * "", not spanned). */
static void move_row(pdf_table *t, int from, int to)
{
	size_t a = (size_t)from * t->cols, b = (size_t)to * t->cols;
	for (int c = 0; c < t->cols; c++) {
		free(t->cell[b + c]);
		t->cell[b + c] = t->cell[a + c];
		t->cell[a + c] = rw_xstrdup("");
		t->cb[b + c] = t->cb[a + c];
		t->span_from[b + c] = t->span_from[a + c];
		t->span_from[a + c] = 0;
	}
	t->header[to] = t->header[from];
	t->plain[to] = t->plain[from];
	t->header[from] = t->plain[from] = 0;
}

/* Adds an empty row under the last of t. */
static void add_row(pdf_table *t)
{
	size_t at = (size_t)t->rows * t->cols, n = at + t->cols;
	t->cell = rw_xrealloc(t->cell, n * sizeof *t->cell);
	t->cb = rw_xrealloc(t->cb, n * sizeof *t->cb);
	t->span_from = rw_xrealloc(t->span_from, n * sizeof *t->span_from);
	t->header = rw_xrealloc(t->header, (size_t)t->rows + 1);
	t->plain = rw_xrealloc(t->plain, (size_t)t->rows + 1);
	for (size_t k = at; k < n; k++) {
		t->cell[k] = rw_xstrdup("");
		t->cb[k] = (pdf_box){0};
		t->span_from[k] = 0;
	}
	t->header[t->rows] = t->plain[t->rows] = 0;
	t->rows++;
}

/* l is a line of a section row between above and below (the bottom of
 * what stands over it, the top of what stands under it; boxes of lines
 * set solid overlap by rounding): one word group
 * flush with the first column (left), with no more white over it (at
 * the foot of a table) or under it (at its head on the next page) than
 * over the table's section rows (gap), to rounding, as tall as their
 * lines (height; type_tol: a note under a table is set smaller), and
 * ending within the table (right: a note may run on past it). */
static int section_row_line(const pdf_line *l, double left, double right, double gap,
			    double height, double above, double below)
{
	size_t *st = rw_xmalloc((l->nw ? l->nw : 1) * sizeof *st);
	size_t chunks = pdf_line_chunks(l, st);
	free(st);
	double tol = SECTION_ALIGN_EM * fmax(l->size, 1);
	return chunks == 1 && fabs(l->b.left - left) <= tol && l->b.right <= right + tol &&
	       l->b.top >= above - tol &&
	       l->b.bottom <= below + tol && fmin(l->b.top - above, below - l->b.bottom) <= gap + tol &&
	       (l->b.bottom - l->b.top) * (1 + pdf_edge_defaults.type_tol) >= height;
}

/* Line l as row r of t: its text in the first cell, the other cells'
 * boxes their slots. */
static void set_section_row(pdf_table *t, int r, const pdf_line *l)
{
	char *s = pdf_line_text(l);
	pdf_table_append(t, r, 0, s, &l->b, NULL, l->bold);
	free(s);
	for (int c = 1; c < t->cols; c++)
		t->cb[(size_t)r * t->cols + c] = (pdf_box){l->b.top, t->colx[c], l->b.bottom, t->colx[c + 1]};
	pdf_box_union(&t->b, &l->b);
}

/* The lines l[0..nl-1] under t are section rows at its foot, as far
 * below the line above as t's section rows (any: rows with a first cell)
 * stand below theirs (gap_above); with take they become rows of t. */
static int take_foot_lines(pdf_table *t, const pdf_line *const *l, size_t nl, int any, int take)
{
	double left, height, gap = gap_above(t, any, &left, &height), bottom = t->b.bottom;
	if (gap == -HUGE_VAL || nl == 0)
		return 0; /* no such rows */
	for (size_t k = 0; k < nl; k++) {
		if (!section_row_line(l[k], left, t->b.right, gap, height, bottom, HUGE_VAL))
			return 0;
		bottom = l[k]->b.bottom;
	}
	for (size_t k = 0; k < nl && take; k++) {
		add_row(t);
		set_section_row(t, t->rows - 1, l[k]);
	}
	return 1;
}

int pdf_table_take_foot_sections(pdf_table *t, const pdf_line *const *l, size_t nl)
{
	return take_foot_lines(t, l, nl, 0, 1);
}

int pdf_table_take_foot_rows(pdf_table *t, const pdf_line *const *l, size_t nl, int take)
{
	return take_foot_lines(t, l, nl, 1, take);
}

int pdf_table_take_head_sections(pdf_table *t, const pdf_table *prev, const pdf_line *const *l,
				 size_t nl)
{
	double left, height, gap = gap_above(prev, 0, &left, &height), below = t->b.top;
	if (gap == -HUGE_VAL || nl == 0)
		return 0; /* no section rows */
	for (size_t k = nl; k-- > 0;) {
		if (!section_row_line(l[k], left, t->b.right, gap, height, -HUGE_VAL, below))
			return 0;
		below = l[k]->b.top;
	}
	for (size_t k = 0; k < nl; k++)
		add_row(t);
	/* the rows move down under the new ones */
	for (int r = t->rows - 1; r >= (int)nl; r--)
		move_row(t, r - (int)nl, r);
	for (size_t k = 0; k < nl; k++)
		set_section_row(t, (int)k, l[k]);
	return 1;
}
