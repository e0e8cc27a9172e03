/* centred.c - cells spanning rows in a table without rulings.
 *
 * A browser sets a cell that spans rows in the middle of them (a table
 * cell's vertical-align is middle), and without rules nothing else shows
 * how far it reaches: a Board action set once for four rows stands
 * half-way between the second and the third, the first and the fourth
 * empty beside their ids. The rows (cellrows.c) give such a cell to the
 * row it stands level with, or to the two it stands half-way between.
 * Here, column by column, the cell goes on to the rows around it in
 * pairs, one above and one below, while both are empty in its column and
 * the middle of the rows it then covers stays on its own middle. Rows
 * of one height leave that ambiguous (one cell between two empty ones
 * looks the same), so a column is filled so only when every empty cell
 * of its body is so explained: a column that gives every row a value (a
 * Board action, a status) does; a column of sparse notes, whose empty
 * cells are only empty, does not, and is left as it is. And only in a
 * table that shows its cells centred (centres_cells): where cells stand
 * at the top of their rows, a spanning cell's text is in its first row,
 * and the rows under it are not told from empty ones.
 */
#include "rwlib.h"
#include "pdf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Lines: a browser centres a cell to the pixel; its middle further than
 * half a line from the middle of rows is not theirs. */
#define SPAN_MIDDLE_LINES 0.5

static size_t span_slot(const pdf_table *t, int r, int c)
{
	return (size_t)r * (size_t)t->cols + (size_t)c;
}

static int holds_text(const pdf_table *t, int r, int c)
{
	return t->cell[span_slot(t, r, c)][0] != 0;
}

static double box_middle(const pdf_box *b)
{
	return (b->top + b->bottom) / 2;
}

/* Cell (r, c) holds the text of the cell over it, in the same box: one
 * cell the rows gave to two (cellrows.c, a cell half-way between). */
static int same_as_above(const pdf_table *t, int r, int c)
{
	if (r == 0 || !holds_text(t, r, c))
		return 0;
	const pdf_box *a = &t->cb[span_slot(t, r - 1, c)], *b = &t->cb[span_slot(t, r, c)];
	return !strcmp(t->cell[span_slot(t, r - 1, c)], t->cell[span_slot(t, r, c)]) && a->top == b->top &&
	       a->bottom == b->bottom;
}

/* The extent of each row (top[r], bottom[r]; NAN where none) from the
 * cells that hold one row's text, and the height of the shortest (a
 * line's), HUGE_VAL when none. */
static double single_row_extents(const pdf_table *t, double *top, double *bottom)
{
	double line = HUGE_VAL;
	for (int r = 0; r < t->rows; r++) {
		top[r] = bottom[r] = NAN;
		for (int c = 0; c < t->cols; c++) {
			if (!holds_text(t, r, c) || same_as_above(t, r, c) ||
			    (r + 1 < t->rows && same_as_above(t, r + 1, c)))
				continue;
			const pdf_box *b = &t->cb[span_slot(t, r, c)];
			top[r] = isnan(top[r]) ? b->top : fmin(top[r], b->top);
			bottom[r] = isnan(bottom[r]) ? b->bottom : fmax(bottom[r], b->bottom);
			line = fmin(line, b->bottom - b->top);
		}
	}
	return line;
}

/* Words: a value set once for several rows (a Board action, "Approved,
 * subject to prioritization, costing and implementation considerations",
 * a status) is a phrase of a few; a longer text is a description or a
 * note, which no two rows share. */
#define SPAN_VALUE_WORDS 8
/* Cells: spans are a column's way when it shows more than one; a single
 * cell between two empty ones may well be a cell alone. */
#define SPAN_MIN_CELLS 2

static int words_in(const char *s)
{
	int n = 0;
	for (const char *p = s; *p; p++)
		n += (p == s || p[-1] == ' ') && *p != ' ';
	return n;
}

/* Plans the fills of column c from row `body` on: owner[r] the row
 * whose cell row r takes (-1: none). Returns whether every empty cell
 * of the column is planned, by SPAN_MIN_CELLS cells at least, each a
 * phrase of SPAN_VALUE_WORDS words at most. */
static int plan_column(const pdf_table *t, int c, int body, const double *top,
		       const double *bottom, double tol, int *owner)
{
	int empty = 0, planned = 0, spans = 0;
	for (int r = body; r < t->rows; r++) {
		owner[r] = -1;
		empty += !holds_text(t, r, c);
	}
	for (int r = body; r < t->rows && empty; r++) {
		if (!holds_text(t, r, c) || same_as_above(t, r, c))
			continue;
		int a = r, b = r, grew = 0;
		while (b + 1 < t->rows && same_as_above(t, b + 1, c))
			b++;
		if (words_in(t->cell[span_slot(t, r, c)]) > SPAN_VALUE_WORDS)
			continue;
		double y = box_middle(&t->cb[span_slot(t, r, c)]);
		while (a - 1 >= body && b + 1 < t->rows && !holds_text(t, a - 1, c) &&
		       !holds_text(t, b + 1, c) && owner[a - 1] < 0 && owner[b + 1] < 0 &&
		       !isnan(top[a - 1]) && !isnan(bottom[b + 1]) &&
		       fabs(y - (top[a - 1] + bottom[b + 1]) / 2) <= tol) {
			owner[--a] = r, owner[++b] = r;
			planned += 2, grew = 1;
		}
		spans += grew;
	}
	return empty && planned == empty && spans >= SPAN_MIN_CELLS;
}

/* The table sets its cells in the middle of their rows, more than at
 * their top: a cell given to two rows stands between them (cellrows.c),
 * which a cell at its row's top never does; a cell a line or more
 * shorter than its row stands in its middle, or at its top. */
static int centres_cells(const pdf_table *t, int body, const double *top, const double *bottom,
			 double line, double tol)
{
	int centred = 0, at_top = 0;
	for (int r = body; r < t->rows; r++)
		for (int c = 0; c < t->cols; c++) {
			if (!holds_text(t, r, c) || same_as_above(t, r, c))
				continue;
			if (r + 1 < t->rows && same_as_above(t, r + 1, c)) {
				centred++;
				continue;
			}
			const pdf_box *b = &t->cb[span_slot(t, r, c)];
			if (isnan(top[r]) || (bottom[r] - top[r]) - (b->bottom - b->top) < line)
				continue; /* as tall as its row but for less than a line: it tells nothing */
			if (fabs(b->top - top[r]) <= tol)
				at_top++;
			else if (fabs(box_middle(b) - (top[r] + bottom[r]) / 2) <= tol)
				centred++;
		}
	return centred > at_top;
}

void pdf_fill_centred_spans(pdf_table *t)
{
	/* a span around a cell takes a row over it and one under it, and a
	 * column beside the ids */
	if (t->rows < 3 || t->cols < 2)
		return;
	int body = 0;
	while (body < t->rows && t->header[body])
		body++;
	double *top = rw_xmalloc((size_t)t->rows * sizeof *top);
	double *bottom = rw_xmalloc((size_t)t->rows * sizeof *bottom);
	int *owner = rw_xmalloc((size_t)t->rows * sizeof *owner);
	double line = single_row_extents(t, top, bottom), tol = SPAN_MIDDLE_LINES * line;
	int centred = isfinite(line) && centres_cells(t, body, top, bottom, line, tol);
	for (int c = 1; c < t->cols && centred; c++) {
		if (!plan_column(t, c, body, top, bottom, tol, owner))
			continue;
		for (int r = body; r < t->rows; r++)
			if (owner[r] >= 0) {
				size_t k = span_slot(t, r, c), from = span_slot(t, owner[r], c);
				free(t->cell[k]);
				t->cell[k] = rw_xstrdup(t->cell[from]);
				t->cb[k] = t->cb[from];
			}
	}
	free(top);
	free(bottom);
	free(owner);
}
