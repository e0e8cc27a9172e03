/* cellrows.c - the row of each piece of text in a table without ruling
 * lines (stream.c finds the table and its columns).
 *
 * A row starts at each line with text in the first column (the anchor,
 * where the recommendation's number stands); in a table whose rows are
 * set apart by padding, a first-column line with nothing else on it,
 * right under another at the line pitch, is more of that cell ("Rec"
 * over "#", a wrapped label), not a row.  The text of the other
 * columns belongs to the anchors by where it stands, not by the order of
 * the lines: a browser centres a cell's text vertically by default, so
 * the first lines of a long description stand above the number of its
 * row.  So, column by column:
 *  1. lines with text in the column make blocks: a cell's lines follow
 *     each other at the line pitch, and the padding between rows makes
 *     a wider step (the pitch is the median step of the table);
 *  2. a block whose extent holds one anchor's centre belongs to that row;
 *     one that holds several is shared out line by line, each line to
 *     the anchor at or above it when the table's cells are aligned at
 *     the top (the usual print layout, and what single-anchor blocks
 *     show), else to the nearest anchor;
 *  3. a block that holds none continues the row above it when cells are
 *     aligned at the top, else goes to the nearest anchor; one standing
 *     half-way between two rows whose column is otherwise empty is a cell
 *     spanning both (rowspan), and goes to both, unless the lower is a
 *     section row (section_anchors); blocks above the first
 *     anchor make a row of their own (a header without a first column).
 * With no step wider than the pitch, every block holds every anchor it
 * passes and each line goes to the anchor at or above it, as a simple
 * "a line with an empty first column continues the row above" does.
 * An id half a line off the other columns' lines (off_grid) is centred
 * over the rows it spans, cells at the top: it goes to the first of them
 * (span_start), and says nothing of how the cells stand.
 *
 * Rules across the table (rulings, edges of row fills) say more than
 * the white: when they part most rows (pdf_row_params), the text
 * between two of them is one row, and only a row step where no rule is
 * (a plain row under a plain header among zebra stripes) parts it; above
 * the first rule, which no fill is shown to cover, so does a row the
 * white starts at a first-column line as far below as rows stand apart
 * across the rules. A first cell's lines at the line pitch stay one
 * cell across a rule that stops short of its column.
 *
 * In a table whose rows are padded apart, full-width bands of white wider
 * than a cell's leading part rows whatever each cell's vertical alignment
 * (keep_to_bands, below): the rows above are kept within them.
 */
#include "rwlib.h"
#include "pdf.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The thresholds, named in pdf_row_params (pdf_row_defaults, below). */
#define ROW_STEP (pdf_row_defaults.row_step)
#define SAME_STEP (pdf_row_defaults.same_step)
#define PITCH_SHARE ((size_t)pdf_row_defaults.pitch_share)
#define MAX_LEADING (pdf_row_defaults.max_leading)
#define MIN_PADDED_BREAKS ((size_t)pdf_row_defaults.min_padded_breaks)
#define MIDWAY (pdf_row_defaults.midway)
#define GRID (pdf_row_defaults.grid)
#define SAME_EDGE (pdf_row_defaults.same_edge)

const pdf_row_params pdf_row_defaults = {
	/* a rule under the header and none between rows is a header's
	 * rule; a second one parts rows */
	.min_rules = 2,
	/* rules between a third of the rows the white shows at least:
	 * the white cuts a wrapped cell into rows (an id over two lines
	 * makes three of a row), while rules around groups of rows (a
	 * header, sections) leave most breaks without one */
	.rule_share = 0.3,
	/* a cell's lines step by the pitch but for rounding; the least
	 * padding (1.5pt above and below a line of 8pt type) adds more */
	.row_step = 1.08,
	/* the least padding again (1.5pt above and below a line of 8pt
	 * type, over 0.3 of its 9.6pt pitch) less the rounding of glyph
	 * boxes and a pixel of a browser's grid: a full-width band of white
	 * wider than a cell's leading by this parts rows */
	.band_margin = 0.08,
	/* rounding of glyph boxes: a few hundredths of a step */
	.same_step = PDF_SAME_STEP,
	/* a twentieth of the steps, twice at least: a lone closer pair
	 * (a superscript) is not the pitch, while three wrapped cells
	 * among twenty rows of one line each show it */
	.pitch_share = 20,
	/* a leading of one and a half lines at most: double-spaced cell
	 * text is rare, padding above and below a line makes more */
	.max_leading = 1.5,
	/* the white under a header alone: a table set solid, its rows one
	 * line each, may set its header apart */
	.min_padded_breaks = 2,
	/* a quarter: cells centred between two rows stand in the middle but
	 * for the rounding of their lines' boxes */
	.midway = 0.25,
	/* half a line: the last lines of two cells of a row stand level */
	.last_line = 0.5,
	/* the white between a cell's lines is at most half a line (the
	 * largest leading); a line left blank leaves a whole one */
	.blank_line = 0.75,
	/* two columns: one resuming after a blank line may be a cell's
	 * second paragraph, two on one line are the next row's cells */
	.min_resumed = 2,
	.space_width = PDF_SPACE_WIDTH,
	/* a tenth of a line: glyph boxes of one edge or width differ by
	 * rounding, a word space (a quarter of a line) is more */
	.same_edge = 0.1,
	/* a CSS pixel: a browser sets each line on its grid of pixels, so
	 * the steps of a cell's lines alternate between two a pixel apart
	 * (12.5px lines step by 12 and 13) */
	.grid = 0.75,
};

static double centre(const pdf_cellpiece *p)
{
	return (p->top + p->bottom) / 2;
}

/* Of a line's height: two heights of a line this close are level (boxes
 * of one line differ by rounding; a line centred between two others
 * stands half a line off either). */
#define LEVEL_SHARE 0.25 /* rw-pdf(1): level_share */

/* How far apart two heights of piece p's line may stand and be level
 * (LEVEL_SHARE of its height). */
static double level_tol(const pdf_cellpiece *p)
{
	return LEVEL_SHARE * (p->bottom - p->top);
}

/* The mean of the sorted steps[k..ns-1] that stand within a pixel of
 * the grid (and the rounding of glyph boxes) above steps[k]: the pitch
 * of lines set on a grid of pixels, whose steps alternate. */
static double grid_mean(const double *steps, size_t k, size_t ns)
{
	double sum = 0;
	size_t j = k;
	for (; j < ns && steps[j] <= (steps[k] + GRID) * SAME_STEP; j++)
		sum += steps[j];
	return sum / (double)(j - k);
}

/* Every one of the sorted steps[0..ns-1] is a whole number of pixels
 * (GRID) but for the rounding of glyph boxes: lines set on a browser's
 * grid of pixels, whose steps alternate a pixel apart (12 and 13 px), so
 * two wrapped cells may step by two lengths once each. Other producers
 * step by any length, and steps that differ by less than a pixel there
 * are not one. */
static int on_pixel_grid(const double *steps, size_t ns)
{
	for (size_t k = 0; k < ns; k++) {
		double pixels = steps[k] / GRID;
		if (fabs(pixels - round(pixels)) > SAME_STEP - 1)
			return 0;
	}
	return ns > 0;
}

/* The least of the sorted steps[0..ns-1] that a cell's lines of this
 * height may step by: no shorter than a line less the rounding of its
 * box (LEVEL_SHARE: shorter, the two stand level, or one is raised, as
 * a superscript), no longer than MAX_LEADING lines. 0 when none is. */
static double lone_leading(const double *steps, size_t ns, double height)
{
	for (size_t k = 0; k < ns; k++)
		if (steps[k] >= (1 - LEVEL_SHARE) * height)
			return steps[k] <= MAX_LEADING * height ? steps[k] : 0;
	return 0;
}

/* Pieces a and b are as tall, but for the rounding of their boxes. */
static int as_tall(const pdf_cellpiece *a, const pdf_cellpiece *b)
{
	double ha = a->bottom - a->top, hb = b->bottom - b->top;
	return fabs(ha - hb) <= (SAME_STEP - 1) * fmax(ha, hb);
}

/* Pieces a and b stand side by side, neither over the other. */
static int pieces_apart(const pdf_cellpiece *a, const pdf_cellpiece *b)
{
	return a->right > a->left && b->right > b->left && (a->right <= b->left || b->right <= a->left);
}

/* The smallest step between successive lines of columns from..cols-1
 * (between boxes as tall as each other: a line in another script's
 * fallback font has taller boxes, their tops step by less)
 * that comes back often (a twentieth of the steps, at least twice), with
 * those a pixel longer (grid_mean; counted with it on a pixel grid,
 * on_pixel_grid): a cell's lines; a lone closer pair
 * (a superscript) does not count, and when no cell has two lines it is
 * the row step. 0 when no column has two lines; *height: the median
 * height of the lines; *recurs (when given): some step came back so
 * often; *lone (when given): the least step that is a leading at all
 * (lone_leading), 0 when none is. */
static double steps_pitch(const pdf_cellpiece *pc, size_t n, int cols, int from, double *height,
			  int *recurs, double *lone)
{
	double *steps = rw_xmalloc((n ? n : 1) * (size_t)cols * sizeof *steps);
	double *h = rw_xmalloc((n ? n : 1) * (size_t)cols * sizeof *h);
	size_t ns = 0, nh = 0;
	/* steps between boxes as tall as each other first (to rounding):
	 * a box of another height (a fallback font's, one that follows
	 * the ink of its letters) moves its top and middle apart, and the
	 * step to it is no line's; all steps when no two are as tall */
	for (int alike = 1; alike >= 0 && ns == 0; alike--)
		for (int c = from; c < cols; c++) {
			const pdf_cellpiece *last = NULL;
			for (size_t i = 0; i < n; i++) {
				const pdf_cellpiece *p = &pc[i * cols + c];
				if (!p->has)
					continue;
				if (alike)
					h[nh++] = p->bottom - p->top;
				/* the lines of one cell stand over each other:
				 * pieces side by side are two cells' (a header a
				 * column with no text below has left to its
				 * neighbour); pieces that carry no extent say
				 * nothing of it */
				if (last && p->top > last->top && !pieces_apart(p, last) &&
				    (!alike || as_tall(p, last)))
					steps[ns++] = p->top - last->top;
				last = p;
			}
		}
	double m = 0;
	int found = 0;
	if (ns) {
		qsort(steps, ns, sizeof *steps, pdf_by_value);
		size_t want = ns / PITCH_SHARE > 2 ? ns / PITCH_SHARE : 2, k = 0;
		double pixel = on_pixel_grid(steps, ns) ? GRID : 0;
		for (; k < ns; k++) {
			size_t same = 0;
			while (k + same < ns && steps[k + same] <= (steps[k] + pixel) * SAME_STEP)
				same++;
			if (same >= want)
				break;
		}
		m = k < ns ? grid_mean(steps, k, ns) : steps[ns / 2];
		found = k < ns;
	}
	if (recurs)
		*recurs = found;
	if (nh)
		qsort(h, nh, sizeof *h, pdf_by_value);
	*height = nh ? h[nh / 2] : 0;
	if (lone)
		*lone = lone_leading(steps, ns, *height);
	free(steps);
	free(h);
	return m;
}

/* The step between successive lines of a cell: from the columns but the
 * first (where ids of one line each would show the row step), or from
 * every column (the first cell wraps) when that is no leading (no cell
 * of theirs wraps: a step longer than max_leading text heights), or
 * when a shorter step comes back there: labels wrapped over two lines
 * beside figures of one line each, where the other columns show only
 * the steps of rows a line tall, padding and all. */
static double line_pitch(const pdf_cellpiece *pc, size_t n, int cols)
{
	int all_recurs;
	double height, m = steps_pitch(pc, n, cols, 1, &height, NULL, NULL);
	double all_height, lone, all = steps_pitch(pc, n, cols, 0, &all_height, &all_recurs, &lone);
	int no_leading = m > MAX_LEADING * height;
	if (all > 0 && (no_leading ? all <= MAX_LEADING * all_height : all_recurs && all < m))
		m = all;
	/* no step that comes back is a leading, as where one cell alone
	 * wraps in a padded table: the step of its lines is the pitch,
	 * not the rows' */
	if (m > MAX_LEADING * all_height && lone > 0)
		m = lone;
	return m;
}

/* The share of a word space by which text must fit into a column's
 * room before greedy filling is sure to have set it there: the room is
 * the widest line seen, and glyph boxes are not the advances a producer
 * filled its lines with (a bold header's, a last glyph's overhang; WeasyPrint
 * wrapped "SSR2 Rec", 0.3 pt narrower than the bold "Rec #" over it). */
#define FIT_SLACK_SPACES 0.25

/* Text b, on the line under a's in a column whose lines had room w at
 * least, would have fit at the end of a's line after a word space, with
 * FIT_SLACK_SPACES to spare: greedy line filling would have set it
 * there, so b starts a new cell (0 when the pieces carry no extent). */
static int would_fit(const pdf_cellpiece *a, const pdf_cellpiece *b, double w)
{
	return a->right > a->left && b->first_word > 0 &&
	       (a->right - a->left) + (1 + FIT_SLACK_SPACES) * b->space + b->first_word <= w;
}

/* The lines of a column's block: first..last (line indexes, in order). */
typedef struct block {
	size_t *line;
	size_t n;
	double top, bottom;
} block;

/* Lines a and b of a column, set solid, are lines of one cell: a cell's
 * lines share its alignment, so they start, end or are centred alike
 * (within same_edge text heights). A group name centred over a run of
 * columns, over a figure's name set flush right, is another cell. */
static int one_alignment(const pdf_cellpiece *a, const pdf_cellpiece *b)
{
	double tol = SAME_EDGE * fmax(a->bottom - a->top, b->bottom - b->top);
	return fabs(a->left - b->left) <= tol || fabs(a->right - b->right) <= tol ||
	       fabs(a->left + a->right - b->left - b->right) <= 2 * tol;
}

/* Lines i - 1 and i of a header are other rows' though set solid: in a
 * column with bold text on both the two are aligned differently
 * (one_alignment), as a group name centred over a run of columns
 * stands over a name set flush right; a cell's lines share its
 * alignment. (A body cell's lines in two directions do not: a line of
 * Hebrew in a cell of English sets flush with the other edge.) */
static int aligned_apart(const pdf_cellpiece *pc, size_t i, int cols)
{
	for (int c = 0; c < cols; c++) {
		const pdf_cellpiece *p = &pc[i * cols + c], *above = &pc[(i - 1) * cols + c];
		if (p->has && above->has && p->bold && above->bold && !one_alignment(above, p))
			return 1;
	}
	return 0;
}

/* Pieces a and b, one over the other, are both figures: figures do not
 * wrap, so they are two cells, not the lines of one. */
static int both_figures(const pdf_cellpiece *a, const pdf_cellpiece *b)
{
	return a->figure && b->figure;
}

/* Lines p and q of a column, at the pitch, both in the body past its
 * first line (p on line `line`, past line `body`, the first row's), are
 * cells of two rows set solid when both are figures (both_figures).
 * From the header down through the first row's line a column's lines
 * stay one block: a year set solid over the figures under it is the
 * header's as a block over several rows shows (over_first_row). */
static int stacked_figures(const pdf_cellpiece *p, const pdf_cellpiece *q, size_t line, size_t body)
{
	return line > body && both_figures(p, q);
}

/* The blocks of column c: runs of lines at the pitch, but for figures
 * one over another in the body (past line `body`: stacked_figures);
 * returns their count. */
static size_t column_blocks(const pdf_cellpiece *pc, size_t n, int cols, int c, double pitch,
			    size_t body, block **out)
{
	block *b = NULL;
	size_t nb = 0, cap = 0;
	size_t *lines = rw_xmalloc((n ? n : 1) * sizeof *lines);
	size_t nl = 0;
	for (size_t i = 0; i < n; i++)
		if (pc[i * cols + c].has)
			lines[nl++] = i;
	for (size_t k = 0; k < nl; k++) {
		const pdf_cellpiece *p = &pc[lines[k] * cols + c];
		const pdf_cellpiece *above = k ? &pc[lines[k - 1] * cols + c] : NULL;
		int starts = k == 0 || !(pitch > 0) || p->top - above->top > pitch * ROW_STEP ||
			     stacked_figures(above, p, lines[k - 1], body);
		if (starts) {
			b = rw_xgrow(b, &cap, nb + 1, sizeof *b);
			b[nb++] = (block){lines + k, 0, p->top, p->bottom};
		}
		block *cur = &b[nb - 1];
		cur->n++;
		cur->top = fmin(cur->top, p->top);
		cur->bottom = fmax(cur->bottom, p->bottom);
	}
	/* the blocks point into lines: keep it with the first block */
	if (!nb)
		free(lines);
	*out = b;
	return nb;
}

static void blocks_free(block *b, size_t nb)
{
	if (nb)
		free(b[0].line);
	free(b);
}

/* The anchors (rows) whose centre lies within the block: first, count. */
static size_t anchors_in(const double *ac, size_t na, const block *b, size_t *first)
{
	size_t k = 0;
	while (k < na && ac[k] < b->top)
		k++;
	*first = k;
	size_t m = 0;
	while (k + m < na && ac[k + m] <= b->bottom)
		m++;
	return m;
}

/* The q-th line of block b of column c stands wholly over the first
 * row's first line, whose top is `over` (to level_tol), aligned apart from the block's next line
 * (one_alignment): a name over the column's name, not a line of a
 * header cell set at the bottom of its row. */
static int over_first_row(const pdf_cellpiece *pc, int cols, int c, const block *b, size_t q,
			  double over)
{
	const pdf_cellpiece *p = &pc[b->line[q] * cols + c];
	return p->bottom <= over + level_tol(p) && q + 1 < b->n &&
	       !one_alignment(p, &pc[b->line[q + 1] * cols + c]);
}

/* Evidence from a cell of one line, p, beside first cells of more
 * lines (first line's centre first_line[k], whole cell's ac[k]): level
 * with a first line (+1: cells set at the top of their rows), with a
 * cell's middle (-1), or neither (0). Beside a first cell of one line
 * it tells nothing. */
static int one_line_beside(const pdf_cellpiece *p, const double *first_line,
			   const double *ac, size_t na)
{
	double near = level_tol(p);
	for (size_t k = 0; k < na; k++) {
		if (fabs(first_line[k] - ac[k]) < near)
			continue;
		if (fabs(first_line[k] - centre(p)) < near)
			return 1;
		if (fabs(ac[k] - centre(p)) < near)
			return -1;
	}
	return 0;
}

/* Cell p, of one line, stands half-way (MIDWAY of a pitch) between the
 * first lines of two rows a pitch apart at least (to a level's
 * tolerance), level with no text of
 * another column: a cell spanning both rows, set in their middle. Where
 * cells are set at the top, a line of a cell stands level with its
 * row's first line or under it at the pitch, never half a line off. */
static int between_rows(const pdf_cellpiece *pc, size_t n, int cols, const pdf_cellpiece *p,
			const double *first_line, size_t na, double pitch)
{
	double y = centre(p), near = level_tol(p);
	for (size_t i = 0; i < n; i++)
		for (int c = 0; c < cols; c++) {
			const pdf_cellpiece *q = &pc[i * cols + c];
			if (q != p && q->has && fabs(centre(q) - y) < near)
				return 0;
		}
	for (size_t k = 0; k + 1 < na; k++)
		if (first_line[k + 1] - first_line[k] >= pitch - near &&
		    fabs(y - (first_line[k] + first_line[k + 1]) / 2) < MIDWAY * pitch)
			return 1;
	return 0;
}

/* Every line of block b of column c is bold: a header's names (a group
 * name over a column's name set solid), which stand as the header does,
 * not as the body's cells are aligned in their rows. */
static int all_bold(const pdf_cellpiece *pc, int cols, int c, const block *b)
{
	for (size_t q = 0; q < b->n; q++)
		if (!pc[b->line[q] * cols + c].bold)
			return 0;
	return 1;
}

/* Block b of column c starts bold and goes on regular: a bold header's
 * names and the body's cells under them, set solid, one block by the
 * white alone. It is no cell, and tells nothing of how cells stand in
 * their rows (set solid, its lines are as many rows as it has). */
static int bold_over_regular(const pdf_cellpiece *pc, int cols, int c, const block *b)
{
	return pc[b->line[0] * cols + c].bold && !pc[b->line[b->n - 1] * cols + c].bold;
}

/* The top of line i's text in columns from..cols-1, or NAN when it has
 * none there. */
static double top_from(const pdf_cellpiece *pc, size_t i, int cols, int from)
{
	double top = NAN;
	for (int c = from; c < cols; c++)
		if (pc[i * cols + c].has && !(pc[i * cols + c].top >= top))
			top = pc[i * cols + c].top;
	return top;
}

/* The top of line i's text (any column), or NAN when it has none. */
static double line_top(const pdf_cellpiece *pc, size_t i, int cols)
{
	return top_from(pc, i, cols, 0);
}

/* The lines [*from, *to) about line i whose tops stand within two
 * pitches of height y (lines stand in order of their tops). */
static void lines_near(const pdf_cellpiece *pc, size_t n, int cols, size_t i, double y,
		       double pitch, size_t *from, size_t *to)
{
	*from = i, *to = i + 1;
	while (*from > 0 && !(line_top(pc, *from - 1, cols) < y - 2 * pitch))
		(*from)--;
	while (*to < n && !(line_top(pc, *to, cols) > y + 2 * pitch))
		(*to)++;
}

/* Line i's first cell stands off the line grid of the other columns:
 * lines of theirs stand within a pitch above and below it, none level
 * with it (within MIDWAY of a pitch), as an id centred over rows whose
 * lines are set at the top stands half a line off them. */
static int line_off_grid(const pdf_cellpiece *pc, size_t n, int cols, size_t i, double pitch)
{
	if (pitch <= 0 || !pc[i * cols].has)
		return 0;
	double y = centre(&pc[i * cols]);
	int above = 0, below = 0;
	size_t from, to;
	lines_near(pc, n, cols, i, y, pitch, &from, &to);
	for (size_t j = from; j < to; j++)
		for (int c = 1; c < cols; c++) {
			const pdf_cellpiece *p = &pc[j * cols + c];
			double d = p->has ? centre(p) - y : HUGE_VAL;
			if (fabs(d) < MIDWAY * pitch)
				return 0;
			above |= d < 0 && d > -pitch;
			below |= d > 0 && d < pitch;
		}
	return above && below;
}

/* Line i's first cell stands in the middle of another column's cell,
 * with a cell of a third column level with it: the nearest lines of
 * that column above and below it stand a pitch apart (to MIDWAY of a
 * pitch: two lines of one cell), each less than 1 - MIDWAY of a pitch
 * from it (lines a pitch away are on its grid, an empty cell's
 * neighbours), none level (within MIDWAY), their boxes as tall as its
 * (a fallback font's taller boxes move their middles). Cells centred in
 * their rows stand so beside a taller cell; an id centred over two rows
 * whose cells stand at the top has no cell level with it. */
static int centred_beside(const pdf_cellpiece *pc, size_t n, int cols, size_t i, double pitch)
{
	if (pitch <= 0 || !pc[i * cols].has)
		return 0;
	double y = centre(&pc[i * cols]);
	size_t from, to;
	lines_near(pc, n, cols, i, y, pitch, &from, &to);
	int level_cell = 0, straddled = 0;
	for (int c = 1; c < cols; c++) {
		double above = -HUGE_VAL, below = HUGE_VAL; /* the nearest lines */
		int level = 0, alike = 1;
		for (size_t j = from; j < to; j++) {
			const pdf_cellpiece *p = &pc[j * cols + c];
			double d = p->has ? centre(p) - y : HUGE_VAL;
			level |= fabs(d) < MIDWAY * pitch;
			if (d < 0 && d > above)
				above = d, alike &= as_tall(p, &pc[i * cols]);
			else if (d >= 0 && d < below)
				below = d, alike &= as_tall(p, &pc[i * cols]);
		}
		level_cell |= level;
		/* two lines of one cell, a pitch apart, half a pitch each side */
		straddled |= !level && alike && above > -(1 - MIDWAY) * pitch &&
			     below < (1 - MIDWAY) * pitch && fabs(below - above - pitch) < MIDWAY * pitch;
	}
	return level_cell && straddled;
}

/* The first line of anchor k stands off the line grid (line_off_grid). */
static int off_grid(const pdf_cellpiece *pc, size_t n, int cols, const int *anchor, int k,
		    double pitch)
{
	size_t i = 0;
	while (i < n && anchor[i] != k)
		i++;
	return i < n && line_off_grid(pc, n, cols, i, pitch);
}

/* Evidence of how cells are aligned: blocks of several lines that hold
 * one anchor, with the anchor level with their first line or not (an
 * anchor centred on a block of two lines stands where the first line's
 * box ends, so "on it" means near its middle); cells of one line beside
 * first cells of more (one_line_beside). */
/* The lines beside block b (from its first line to its last) hold
 * several cells of some column: a line's first word would have fit at
 * the end of the column's line above, in the column's room w[] (greedy
 * filling would have set it there), or both are figures (which do not
 * wrap). */
static int several_cells(const pdf_cellpiece *pc, int cols, const block *b, const double *w)
{
	for (int c = 1; c < cols; c++) {
		const pdf_cellpiece *last = NULL;
		for (size_t i = b->line[0]; i <= b->line[b->n - 1]; i++) {
			const pdf_cellpiece *p = &pc[i * cols + c];
			if (!p->has)
				continue;
			if (last && (would_fit(last, p, w[c]) || both_figures(last, p)))
				return 1;
			last = p;
		}
	}
	return 0;
}

static int aligned_top(const pdf_cellpiece *pc, size_t n, int cols, const int *anchor,
		       const double *ac, size_t na, block *const *blk, const size_t *nblk,
		       double pitch, const double *w)
{
	/* each anchor's first line (its centre) and bottom: an id over two
	 * lines beside a description of three is level with it at the
	 * first line; beside one of two lines it tells nothing */
	double *first_line = rw_xmalloc((na + 1) * sizeof *first_line);
	double *bottom = rw_xmalloc((na + 1) * sizeof *bottom);
	for (size_t k = 0; k < na; k++)
		first_line[k] = bottom[k] = ac[k];
	for (size_t i = n; i-- > 0;)
		if (anchor[i] >= 0) {
			first_line[anchor[i]] = centre(&pc[i * cols]);
			bottom[anchor[i]] = fmax(bottom[anchor[i]], pc[i * cols].bottom);
		}
	long top = 0, other = 0;
	for (int c = 1; c < cols; c++)
		for (size_t j = 0; j < nblk[c]; j++) {
			const block *b = &blk[c][j];
			size_t first;
			if (b->n == 1) {
				const pdf_cellpiece *p = &pc[b->line[0] * cols + c];
				int says = one_line_beside(p, first_line, ac, na);
				if (!says && between_rows(pc, n, cols, p, first_line, na, pitch))
					says = -1;
				top += says > 0, other += says < 0;
				continue;
			}
			/* an id off the grid beside lines of several cells
			 * spans rows: it tells how ids stand over their
			 * rows, not how cells do */
			if (anchors_in(ac, na, b, &first) != 1 || all_bold(pc, cols, c, b) ||
			    bold_over_regular(pc, cols, c, b) ||
			    (off_grid(pc, n, cols, anchor, (int)first, pitch) &&
			     several_cells(pc, cols, b, w)))
				continue;
			const pdf_cellpiece *p = &pc[b->line[0] * cols + c];
			double near = level_tol(p);
			int level = fabs(first_line[first] - centre(p)) < near;
			if (level && fabs(bottom[first] - b->bottom) < near)
				continue; /* as tall as the anchor */
			if (level)
				top++;
			else
				other++;
		}
	/* an id with a cell beside it, both in the middle of a taller one */
	for (size_t i = 0; i < n; i++)
		if (anchor[i] >= 0 && (i == 0 || anchor[i - 1] != anchor[i]))
			other += centred_beside(pc, n, cols, i, pitch);
	free(first_line);
	free(bottom);
	return top >= other;
}

/* The anchor nearest to y. */
static size_t nearest(const double *ac, size_t na, double y)
{
	size_t best = 0;
	for (size_t k = 1; k < na; k++)
		if (fabs(ac[k] - y) < fabs(ac[best] - y))
			best = k;
	return best;
}

/* The bottom of line i's text in columns from..cols-1. */
static double bottom_from(const pdf_cellpiece *pc, size_t i, int cols, int from)
{
	double bottom = -HUGE_VAL;
	for (int c = from; c < cols; c++)
		if (pc[i * cols + c].has)
			bottom = fmax(bottom, pc[i * cols + c].bottom);
	return bottom;
}

/* Rows are set apart by padding: between most rows (first-column lines
 * after the first) the table steps more than a line pitch from one line
 * to the next. Without padding, cells of several lines step by the pitch
 * throughout, from one row into the next. */
static int padded_rows(const pdf_cellpiece *pc, size_t n, int cols, double pitch)
{
	size_t rows = 0, wide = 0;
	double last = NAN, last_first = NAN;
	for (size_t i = 0; i < n; i++) {
		double top = line_top(pc, i, cols);
		if (isnan(top))
			continue;
		if (!isnan(last) && top - last > pitch * ROW_STEP)
			wide++;
		/* a first-column line one pitch under the one before may be
		 * more of its cell (a wrapped label) when the pitch is a
		 * leading: only the others are sure to start a row (the
		 * pitch a mean of steps half a pixel either side of it) */
		if (pc[i * cols].has) {
			const pdf_cellpiece *p = &pc[i * cols];
			int wrap = fabs(top - last_first - pitch) <= pitch * (SAME_STEP - 1) + GRID / 2 &&
				   pitch <= MAX_LEADING * (p->bottom - p->top);
			rows += !isnan(last) && !wrap;
			last_first = top;
		}
		last = top;
	}
	return pitch > 0 && wide >= MIN_PADDED_BREAKS && 2 * wide > rows;
}

/* The room of each column's cells: in w[c], the widest piece of column
 * c keeping left of the next column's text and clear of the pieces
 * beside it (the room its cells' lines had at least; a section row
 * running on across the columns tells nothing of it), with multi only
 * those on lines with text in two columns at least (a line of one piece
 * may be a row across the table), 0 where the pieces carry no extent; in next[c], where
 * that text starts (HUGE_VAL for the last column). */
static void column_room(const pdf_cellpiece *pc, size_t n, int cols, int multi, double *w,
			double *next)
{
	for (int c = 0; c < cols; c++) {
		next[c] = HUGE_VAL, w[c] = 0;
		for (size_t i = 0; i < n && c + 1 < cols; i++)
			if (pc[i * cols + c + 1].has)
				next[c] = fmin(next[c], pc[i * cols + c + 1].left);
		for (size_t i = 0; i < n; i++) {
			const pdf_cellpiece *p = &pc[i * cols + c], *before = p - 1, *after = p + 1;
			/* a line of one piece may be a row across the table */
			int pieces = 0;
			for (int k = 0; k < cols; k++)
				pieces += pc[i * cols + k].has != 0;
			if (multi && pieces < 2)
				continue;
			/* a piece a word space from the one before or after
			 * runs on with its words (a section row cut at a
			 * column's start): no cell's line */
			if ((c > 0 && before->has && p->left - before->right <= p->space) ||
			    (c + 1 < cols && after->has && after->left - p->right <= p->space))
				continue;
			if (p->has && p->right <= next[c])
				w[c] = fmax(w[c], p->right - p->left);
		}
	}
}

/* Line i's first piece runs on past where the next column's text starts
 * (next[0]), by itself or through a piece a word space after it: a
 * title or section row set across the table, which no cell of the
 * first column is (a cell's lines keep within its column). */
static int first_runs_across(const pdf_cellpiece *pc, size_t i, int cols, const double *next)
{
	const pdf_cellpiece *p = &pc[i * cols];
	return cols > 1 && p->has && p->right > p->left &&
	       (p->right > next[0] || (p[1].has && p[1].left - p->right <= p[1].space));
}

/* Line i holds cells of two columns or more, none running across. */
static int cells_on(const pdf_cellpiece *pc, size_t i, int cols, const double *next)
{
	int cells = 0;
	for (int c = 0; c < cols; c++)
		cells += pc[i * cols + c].has != 0;
	return cells >= 2 && !first_runs_across(pc, i, cols, next);
}

/* Line i, its first cell one pitch under one on line i - 1, starts new
 * cells there: the two first cells and their first words are as wide
 * (two values of one form, ids set one a line: both figures or neither,
 * "Rec" over "11.2" as wide by chance is no such pair), are both
 * figures (which do not wrap: ids "9.2" over "10.1"), differ in weight
 * (a bold header over regular rows), the one above runs across the
 * columns and line i holds cells
 * of several (a table's title row over its header: a wrapped title's
 * last line is one piece), or text of a column would have fit at the
 * end of the line above (greedy filling would have set it there; not
 * tested under the first anchor, a header whose cells may be broken by
 * hand). w, next: column_room. */
static int starts_cells(const pdf_cellpiece *pc, size_t i, int cols, const double *w, const double *next,
			int header)
{
	const pdf_cellpiece *id = &pc[i * cols], *over = &pc[(i - 1) * cols];
	double same = SAME_EDGE * (id->bottom - id->top);
	if (id->bold != over->bold || (first_runs_across(pc, i - 1, cols, next) && cells_on(pc, i, cols, next)))
		return 1;
	if (both_figures(id, over))
		return 1;
	if (id->right > id->left && over->right > over->left && id->figure == over->figure &&
	    fabs((id->right - id->left) - (over->right - over->left)) <= same &&
	    fabs(id->first_word - over->first_word) <= same)
		return 1;
	for (int c = 0; c < cols && !header; c++) {
		const pdf_cellpiece *p = &pc[i * cols + c], *above = &pc[(i - 1) * cols + c];
		if (p->has && above->has && would_fit(above, p, w[c]))
			return 1;
	}
	return 0;
}

/* Line i goes on with the cells of line i - 1 in a table set solid (no
 * white between rows to tell them), the row having started at line
 * start: it starts no new cells (starts_cells), has text only in columns
 * with text on the line above, starting where that starts (a wrapped
 * cell's lines start at its left edge; a centred header over
 * left-aligned values does not), keeping left of the next column's text
 * (a section row runs on across them); and not in every column the
 * row's first line filled (a cell has ended: rows of one line each fill
 * the same columns again). w, next: column_room. */
static int wraps_on(const pdf_cellpiece *pc, size_t i, size_t start, int cols, const double *w,
		    const double *next, int header)
{
	if (starts_cells(pc, i, cols, w, next, header))
		return 0;
	int ended = 0;
	for (int c = 0; c < cols; c++) {
		const pdf_cellpiece *p = &pc[i * cols + c], *above = &pc[(i - 1) * cols + c];
		if (p->has && (!above->has || p->right > next[c] ||
			       fabs(p->left - above->left) > SAME_EDGE * (p->bottom - p->top)))
			return 0;
		ended |= pc[start * cols + c].has && !p->has;
	}
	return ended;
}

/* Line i, under line i - 1, both full (text in every column), half of
 * their columns or more a figure on both, starts a row of its own:
 * figures do not wrap, so such lines are rows of one line each (set
 * solid between two rules, booktabs' rows under a \midrule, or a table
 * padded elsewhere), where a row's wrapped cells of words go on line
 * after line. */
static int full_again(const pdf_cellpiece *pc, size_t i, int cols)
{
	int figures = 0;
	for (int c = 0; c < cols; c++) {
		const pdf_cellpiece *p = &pc[i * cols + c], *above = &pc[(i - 1) * cols + c];
		if (!p->has || !above->has)
			return 0;
		figures += p->figure && above->figure;
	}
	return 2 * figures >= cols;
}

/* Line i has text in the first column only. */
static int first_alone(const pdf_cellpiece *pc, size_t i, int cols)
{
	for (int c = 1; c < cols; c++)
		if (pc[i * cols + c].has)
			return 0;
	return pc[i * cols].has;
}

/* Lines i - 1 and i, of the first column alone (first_alone), are two
 * cells: line i's first word would have fit after line i - 1 in its
 * room, the widest line of the column (w, lines of one piece too), or,
 * where either runs across the columns (next: column_room), the table's
 * width from its left to `right`: two section rows, not one wrapped. */
static int alone_apart(const pdf_cellpiece *pc, size_t i, int cols, double w, const double *next,
		       double right)
{
	const pdf_cellpiece *above = &pc[(i - 1) * cols];
	if (!first_alone(pc, i - 1, cols) || !first_alone(pc, i, cols))
		return 0;
	if (first_runs_across(pc, i - 1, cols, next) || first_runs_across(pc, i, cols, next))
		w = fmax(w, right - above->left);
	return would_fit(above, &pc[i * cols], w);
}

/* Line i starts the cells of a new row in a padded table, under a row
 * that started at line `start`: every column but the first that has text
 * on line i had text on the row's first line and none on the line above
 * (a cell's lines follow each other, so the row's cell there has ended
 * and this is the next row's), in min_resumed columns at least, and the
 * first column's text ends on line i. One column alone may be a cell's
 * second paragraph after a blank line; the cells of several columns
 * resuming on one line with the first column's last are a row (a text
 * report sets rows of centred cells without white between them, but
 * where a cell's paragraph leaves a blank line). A first cell going on
 * past them at the pitch spans both rows. */
static int resumes_cells(const pdf_cellpiece *pc, size_t n, size_t i, size_t start, int cols,
			 double pitch)
{
	if (i + 1 < n && pc[(i + 1) * cols].has &&
	    pc[(i + 1) * cols].top - pc[i * cols].top <= pitch * ROW_STEP)
		return 0;
	int resumed = 0;
	for (int c = 1; c < cols; c++) {
		if (!pc[i * cols + c].has)
			continue;
		if (!pc[start * cols + c].has || pc[(i - 1) * cols + c].has)
			return 0;
		resumed++;
	}
	return resumed >= pdf_row_defaults.min_resumed;
}

/* The anchors: the first column's lines, but for the lines that go on
 * with a cell: in a padded table (above: there a step of the line pitch
 * starts a row only with cells of its own or a full line of figures
 * again, full_again, or as a second section row, alone_apart); in a
 * table set solid the lines one pitch, and at most a leading
 * (max_leading), under another that wrap on (wraps_on),
 * and a line of the first column alone (first_alone) nearer than the
 * pitch under the column's line before, other columns' lines between.
 * Sets anchor[i] for each line i with text there (else -1); returns the
 * count, centres in ac[]. */
static size_t find_anchors(const pdf_cellpiece *pc, size_t n, int cols, double pitch,
			   double *ac, int *anchor)
{
	int padded = padded_rows(pc, n, cols, pitch);
	/* the room of the columns, from every line (set solid) and from
	 * lines of two pieces at least (padded: where a line of one piece
	 * would say a word fits, the white says more) */
	double *w = rw_xmalloc(((size_t)cols + 1) * sizeof *w);
	double *multi = rw_xmalloc(((size_t)cols + 1) * sizeof *multi);
	double *next = rw_xmalloc(((size_t)cols + 1) * sizeof *next);
	column_room(pc, n, cols, 0, w, next);
	column_room(pc, n, cols, 1, multi, next);
	double right = -HUGE_VAL; /* the table's right end */
	for (size_t k = 0; k < n * (size_t)cols; k++)
		if (pc[k].has && pc[k].right > pc[k].left)
			right = fmax(right, pc[k].right);
	size_t na = 0, start = 0; /* the anchor's first line */
	double top = 0, bottom = 0, last = 0; /* the anchor's extent, its last line's top */
	size_t head = 0; /* the table's first line */
	while (head < n && isnan(line_top(pc, head, cols)))
		head++;
	for (size_t i = 0; i < n; i++) {
		const pdf_cellpiece *p = &pc[i * cols];
		anchor[i] = -1;
		if (!p->has)
			continue;
		double step = p->top - last;
		/* the first anchor is the header's first cell, unless a line
		 * over it is the header (an empty first cell) and it is set
		 * as the body is, not bold */
		int header = na == 1 && (start == head || pc[start * cols].bold);
		int above = i > 0 && pc[(i - 1) * cols].has;
		int more = na && step <= pitch * ROW_STEP &&
			   (padded ? !above || !(starts_cells(pc, i, cols, multi, next, header) ||
						 full_again(pc, i, cols) ||
						 resumes_cells(pc, n, i, start, cols, pitch) ||
						 (!header && alone_apart(pc, i, cols, w[0], next, right)))
				   : step <= MAX_LEADING * (p->bottom - p->top) && above &&
					     wraps_on(pc, i, start, cols, w, next, header));
		/* a line of the first column alone, a leading under its
		 * last, with other cells' lines between (centred on the
		 * row): the cell wraps, as rows stand a pitch apart; a
		 * pitch apart too where it stands off the other columns'
		 * line grid (an id centred over rows set solid) */
		more |= na && !above &&
			(step * ROW_STEP < pitch ||
			 (step <= pitch * ROW_STEP && line_off_grid(pc, n, cols, i, pitch))) &&
			step <= MAX_LEADING * (p->bottom - p->top) && first_alone(pc, i, cols);
		if (more) {
			bottom = fmax(bottom, p->bottom);
		} else {
			na++;
			start = i;
			top = p->top, bottom = p->bottom;
		}
		last = p->top;
		anchor[i] = (int)na - 1;
		ac[na - 1] = (top + bottom) / 2;
	}
	free(w);
	free(multi);
	free(next);
	return na;
}

/* Line i starts a row in a table whose cells are aligned at the top
 * (its first column empty, or going on with a first cell that then
 * spans both rows): after a row step (white wider than the pitch) when
 * rows are set apart by padding; and, padding or not, when a column
 * that the row so far has used and left (a blank line's white under its
 * text) has text again: a cell's lines follow each other, so that is the
 * next row's cell (a row with an empty first cell under a row of a table
 * set solid); below the first row (w given: the columns' room), when
 * a column's text would have fit at the end of its line above (greedy
 * filling) or is a figure under a figure (figures do not wrap). step:
 * from the line before with text in the columns that start here (beside
 * a first cell going on, the other columns). last[c]: the bottom of
 * column c's last text in the row so far (NAN: none). */
static int starts_row(const pdf_cellpiece *pc, size_t i, int cols, double step, double pitch,
		      int padded, const double *last, const double *w)
{
	if (padded && step > pitch * ROW_STEP)
		return 1;
	for (int c = 1; c < cols; c++) {
		const pdf_cellpiece *p = &pc[i * cols + c];
		if (p->has && p->top - last[c] > pdf_row_defaults.blank_line * (p->bottom - p->top))
			return 1;
		/* the column's line above in the row, past lines without
		 * text in it (an id off the grid between two lines) */
		size_t k = i - 1;
		while (k > 0 && !pc[k * cols + c].has && !isnan(last[c]))
			k--;
		const pdf_cellpiece *above = &pc[k * cols + c];
		if (p->has && w && above->has && above->bottom == last[c] &&
		    (would_fit(above, p, w[c]) || both_figures(above, p)))
			return 1;
	}
	return 0;
}

/* The weight of line i's text: every piece bold, none, or some. A row
 * of bold pieces over a line of regular ones is a header over the body:
 * a header's cells are set bold throughout, so that line starts the
 * first row (its first cell empty, or an id spanning rows centred
 * lower), however close it stands. */
enum { WEIGHT_REGULAR, WEIGHT_BOLD, WEIGHT_MIXED };
static int line_weight(const pdf_cellpiece *pc, size_t i, int cols)
{
	int bold = 0, regular = 0;
	for (int c = 0; c < cols; c++)
		if (pc[i * cols + c].has)
			bold |= pc[i * cols + c].bold, regular |= !pc[i * cols + c].bold;
	return bold && regular ? WEIGHT_MIXED : bold ? WEIGHT_BOLD : WEIGHT_REGULAR;
}

/* Anchor k has a line at i or below. */
static int goes_on(const int *anchor, size_t n, size_t i, int k)
{
	for (; i < n && anchor[i] <= k; i++)
		if (anchor[i] == k)
			return 1;
	return 0;
}

/* Line i has text in column c, of columns 1.. (a leading line has none
 * in the first: a line that has is an anchor's). */
static int held_at(const pdf_cellpiece *pc, size_t i, int cols, int c)
{
	return pc[i * cols + c].has;
}

/* Column c has text on a line of from..to-1, bold when bold is 1,
 * regular when 0. */
static int held_below(const pdf_cellpiece *pc, size_t from, size_t to, int cols, int c, int bold)
{
	for (size_t k = from; k < to; k++)
		if (held_at(pc, k, cols, c) && pc[k * cols + c].bold == bold)
			return 1;
	return 0;
}

/* Line i, set bold under a row set bold so far (the header), with no
 * first cell, is a row of the columns' names under one of group names:
 * it fills a column the row left empty (held: col_last, NAN where the
 * row has no text), no cell of the row goes on below it, in bold,
 * before the next row's first cell (not a header cell set over more
 * lines than its neighbours), and that first cell is set regular: the
 * body's (row: the row's anchor). */
static int names_under(const pdf_cellpiece *pc, size_t n, int cols, size_t i, const double *held,
		       const int *anchor, int row)
{
	if (pc[i * cols].has || goes_on(anchor, n, i + 1, row))
		return 0; /* the row's first cell goes on below: "Rec" over "#" */
	int fills = 0;
	for (int c = 1; c < cols; c++)
		fills |= pc[i * cols + c].has && isnan(held[c]);
	size_t next = i + 1; /* the next first cell: the body's, regular */
	while (next < n && !pc[next * cols].has)
		next++;
	if (next == n || pc[next * cols].bold)
		return 0;
	size_t stop = i + 1; /* the lines before the next row's first cell */
	while (stop < n && anchor[stop] < 0)
		stop++;
	for (int c = 1; c < cols && fills; c++)
		if (!isnan(held[c]) && held_below(pc, i + 1, stop, cols, c, 1))
			return 0;
	return fills;
}

/* In a table whose cells are not found at the top, the rows of the
 * columns' names under a row of group names (names_under) start rows
 * too, among the bold rows at the top: an anchor at each such line's
 * centre is added to ac[] (in order; the anchors of anchor[] below it
 * move down one). Returns the new count. */
static size_t add_names_rows(const pdf_cellpiece *pc, size_t n, int cols, double *ac, size_t na,
			     int *anchor)
{
	double *held = rw_xmalloc((size_t)cols * sizeof *held);
	int row = -1;
	for (size_t i = 0; i < n; i++) {
		int starts = 0;
		if (anchor[i] >= 0) {
			if (!pc[i * cols].bold)
				break; /* the body's first cell: the header ends */
			starts = anchor[i] != row;
			row = anchor[i];
		} else if (row >= 0 && line_weight(pc, i, cols) == WEIGHT_BOLD &&
			   names_under(pc, n, cols, i, held, anchor, row)) {
			memmove(&ac[row + 2], &ac[row + 1], (na - (size_t)row - 1) * sizeof *ac);
			ac[++row] = (line_top(pc, i, cols) + bottom_from(pc, i, cols, 0)) / 2;
			na++;
			for (size_t k = i + 1; k < n; k++)
				anchor[k] += anchor[k] >= row;
			starts = 1;
		}
		for (int c = 0; c < cols; c++) {
			if (starts)
				held[c] = NAN;
			if (pc[i * cols + c].has)
				held[c] = pc[i * cols + c].bottom;
		}
	}
	free(held);
	return na;
}

/* Line i, its first cell empty, has text in a column a body row so far
 * left empty (col_last: NAN there), where the row is a section row (the
 * first cell alone so far, ending above line i: anchor row has no line
 * from i on) or its id spans rows (spanning: an id off the grid): a
 * section row holds no other cells, and under an id centred over rows
 * set at the top a cell starts on its row's first line, so the line
 * starts a row. A header's first cell may stand over its other names
 * and go on under them ("Rec" over "#"); bold lines under bold ones are
 * the header's (names_under tells its rows). Elsewhere a cell may stand
 * lower in its row (cells aligned each its own way), and under a first
 * cell alone a line less than a pitch below it (pitch_under: not) is a
 * cell centred beside its two lines. */
static int starts_late(const pdf_cellpiece *pc, size_t n, size_t i, int cols,
		       const double *col_last, const int *anchor, int row, int spanning,
		       int pitch_under)
{
	if (row <= 0 || pc[i * cols].has || (!spanning && goes_on(anchor, n, i, row)))
		return 0;
	int late = 0, section = pitch_under;
	for (int c = 1; c < cols; c++) {
		late |= pc[i * cols + c].has && isnan(col_last[c]);
		section &= isnan(col_last[c]);
	}
	return late && (section || spanning);
}

/* The row an id off the grid (its first line i) is centred over the
 * span of: it stands in the middle of the rows from its span's first
 * line down to the last line before the next id, so that first line
 * stands as far above the id's middle as that last line ends below it.
 * The row started since the last id's (out_top[since..m-1]: their first
 * lines' tops) whose top stands nearest there, within half a pitch;
 * m when none does. */
static size_t span_start(const pdf_cellpiece *pc, size_t n, int cols, const int *anchor,
			 size_t i, const double *out_top, size_t since, size_t m, double pitch)
{
	double id_top = pc[i * cols].top, id_bottom = pc[i * cols].bottom, end = -HUGE_VAL;
	size_t j = i;
	for (; j < n && (anchor[j] < 0 || anchor[j] == anchor[i]); j++) {
		if (anchor[j] == anchor[i])
			id_bottom = pc[j * cols].bottom;
		end = fmax(end, bottom_from(pc, j, cols, 0));
	}
	double first = id_top + id_bottom - end, best = pitch / 2;
	size_t at = m;
	for (size_t k = since; k < m; k++)
		if (fabs(out_top[k] - first) <= best)
			best = fabs(out_top[k] - first), at = k;
	return at;
}

/* The rows that start at a line with an empty first column in a table
 * whose cells are aligned at the top (starts_row), and those that start
 * beside a first cell going on from the row above (the other columns'
 * cells end and new ones start: the first cell spans both rows): an
 * anchor at each such line's centre is added to ac[] (in order; anchor[]
 * follows; the anchor of a spanning first cell moves up to its first
 * line, where its row starts). spans_to[k] (room for n + na entries) is set
 * to the second row of the first cell of row k, else -1. Returns the new
 * count. */
static size_t add_row_starts(const pdf_cellpiece *pc, size_t n, int cols, double pitch,
			     int padded, double *ac, size_t na, int *anchor, int *spans_to)
{
	double *w = rw_xmalloc(((size_t)cols + 1) * sizeof *w);
	double *next = rw_xmalloc(((size_t)cols + 1) * sizeof *next);
	column_room(pc, n, cols, 0, w, next);
	double *out = rw_xmalloc((n + na + 1) * sizeof *out);
	size_t *shift = rw_xmalloc((na + 1) * sizeof *shift);
	double *col_last = rw_xmalloc((size_t)cols * sizeof *col_last);
	for (int c = 0; c < cols; c++)
		col_last[c] = NAN;
	for (size_t k = 0; k < n + na; k++)
		spans_to[k] = -1;
	double *out_top = rw_xmalloc((n + na + 1) * sizeof *out_top);
	size_t m = 0, a = 0, since = 0; /* since: the rows started after the last anchor's */
	int row = -1; /* the anchor of the row so far, -1 above the first */
	int spanning = 0; /* that anchor's id spans rows (span_start) */
	int row_weight = WEIGHT_MIXED; /* of its lines so far */
	double last = NAN, last_rest = NAN; /* the tops of the last line, of its last beyond the first column */
	for (size_t i = 0; i < n; i++) {
		double top = line_top(pc, i, cols), rest = top_from(pc, i, cols, 1);
		if (isnan(top))
			continue;
		double step = pc[i * cols].has ? rest - last_rest : top - last;
		double bottom = top;
		for (int c = 0; c < cols; c++)
			if (pc[i * cols + c].has)
				bottom = fmax(bottom, pc[i * cols + c].bottom);
		int starts = 0, weight = line_weight(pc, i, cols);
		if (pc[i * cols].has && anchor[i] != row) {
			/* the anchors in line order, each at the middle of its
			 * first line: where its row starts; an id off the
			 * grid is centred over rows started above it */
			while (a < (size_t)anchor[i])
				shift[a] = m, out_top[m] = NAN, out[m++] = ac[a++];
			size_t at = off_grid(pc, n, cols, anchor, anchor[i], pitch)
					    ? span_start(pc, n, cols, anchor, i, out_top, since, m, pitch)
					    : m;
			shift[a++] = at;
			spanning = at != m;
			if (at == m) {
				out_top[m] = top, out[m++] = centre(&pc[i * cols]);
				starts = 1;
			}
			since = m;
			row = anchor[i];
		} else if (row >= 0 && ((starts_late(pc, n, i, cols, col_last, anchor, row, spanning,
						     step * ROW_STEP >= pitch) &&
					 !(row_weight == WEIGHT_BOLD && weight == WEIGHT_BOLD)) ||
					(row_weight == WEIGHT_BOLD && weight == WEIGHT_REGULAR) ||
					(row_weight == WEIGHT_BOLD && weight == WEIGHT_BOLD &&
					 names_under(pc, n, cols, i, col_last, anchor, row)) ||
					starts_row(pc, i, cols, step, pitch, padded, col_last,
						   row > 0 ? w : NULL))) {
			/* the row's first cell goes on down here: it spans both */
			if (goes_on(anchor, n, i, row) && spans_to[shift[row]] < 0)
				spans_to[shift[row]] = (int)m;
			out_top[m] = top, out[m++] = (top + bottom) / 2;
			starts = 1;
		}
		row_weight = starts ? weight : row_weight == weight ? weight : WEIGHT_MIXED;
		for (int c = 0; c < cols; c++) {
			if (starts)
				col_last[c] = NAN;
			if (pc[i * cols + c].has)
				col_last[c] = pc[i * cols + c].bottom;
		}
		last = top;
		if (!isnan(rest))
			last_rest = rest;
	}
	while (a < na)
		shift[a] = m, out[m++] = ac[a++];
	for (size_t i = 0; i < n; i++)
		if (anchor[i] >= 0)
			anchor[i] = (int)shift[anchor[i]];
	memcpy(ac, out, m * sizeof *ac);
	free(out);
	free(out_top);
	free(shift);
	free(col_last);
	free(w);
	free(next);
	return m;
}

/* How far each row reaches up and down: its anchor's lines and the
 * blocks that hold its anchor alone. A cell spanning two rows stands
 * in the middle of the two together, not half-way between their
 * anchors (the rows may differ in height). */
static void row_extents(const pdf_cellpiece *pc, size_t n, int cols, const int *anchor,
			const double *ac, size_t na, block *const *blk, const size_t *nblk,
			double **top, double **bot)
{
	/* room for an anchor a line: add_gap_rows adds some */
	double *t = *top = rw_xmalloc((n + 1) * sizeof *t);
	double *b = *bot = rw_xmalloc((n + 1) * sizeof *b);
	for (size_t k = 0; k < na; k++)
		t[k] = b[k] = ac[k];
	for (size_t i = 0; i < n; i++)
		if (anchor[i] >= 0) {
			t[anchor[i]] = fmin(t[anchor[i]], pc[i * cols].top);
			b[anchor[i]] = fmax(b[anchor[i]], pc[i * cols].bottom);
		}
	for (int c = 1; c < cols; c++)
		for (size_t j = 0; j < nblk[c]; j++) {
			size_t first;
			if (anchors_in(ac, na, &blk[c][j], &first) != 1)
				continue;
			t[first] = fmin(t[first], blk[c][j].top);
			b[first] = fmax(b[first], blk[c][j].bottom);
		}
}

typedef struct extent {
	double top, bottom;
} extent;

static int by_top(const void *a, const void *b)
{
	const extent *p = a, *q = b;
	return (p->top > q->top) - (p->top < q->top);
}

/* A block between two rows that reaches neither (padding on both sides),
 * or under the last row and clear of it, and holds no anchor is a row of
 * its own with an empty first column (a last row whose first cell is
 * empty or spanned from the row above):
 * the end of a row a page break cut, under the header repeated on the
 * next page. Adds an anchor for each (blocks side by side share one),
 * keeping ac[], rtop[], rbot[] in order and anchor[] pointing right;
 * returns the new count. Cells aligned at the top are left alone: there
 * text under a row is the rest of its cells. */
static size_t add_gap_rows(block *const *blk, const size_t *nblk, int cols, double *ac,
			   double *rtop, double *rbot, size_t na, int *anchor, size_t n)
{
	size_t cap = na;
	for (int c = 1; c < cols; c++)
		cap += nblk[c];
	/* the new anchors' extents, in order of their tops, side by side
	 * ones merged */
	extent *x = rw_xmalloc((cap + 1) * sizeof *x);
	size_t nx = 0;
	for (int c = 1; c < cols; c++)
		for (size_t j = 0; j < nblk[c]; j++) {
			const block *b = &blk[c][j];
			size_t lo;
			if (anchors_in(ac, na, b, &lo) != 0 || lo == 0)
				continue;
			lo--; /* the row above */
			if (b->top > rbot[lo] && (lo + 1 == na || b->bottom < rtop[lo + 1]))
				x[nx++] = (extent){b->top, b->bottom};
		}
	qsort(x, nx, sizeof *x, by_top);
	size_t m = 0;
	for (size_t k = 0; k < nx; k++) {
		if (m && x[k].top <= x[m - 1].bottom)
			x[m - 1].bottom = fmax(x[m - 1].bottom, x[k].bottom);
		else
			x[m++] = x[k];
	}
	/* merge them in among the anchors */
	size_t *shift = rw_xmalloc((na + 1) * sizeof *shift);
	double *t2 = rw_xmalloc((na + m + 1) * sizeof *t2), *b2 = rw_xmalloc((na + m + 1) * sizeof *b2);
	double *a2 = rw_xmalloc((na + m + 1) * sizeof *a2);
	size_t k = 0, out = 0;
	for (size_t a = 0; a <= na; a++) {
		while (k < m && (a == na || (x[k].top + x[k].bottom) / 2 < ac[a])) {
			t2[out] = x[k].top, b2[out] = x[k].bottom;
			a2[out++] = (x[k].top + x[k].bottom) / 2;
			k++;
		}
		if (a == na)
			break;
		shift[a] = out;
		t2[out] = rtop[a], b2[out] = rbot[a], a2[out++] = ac[a];
	}
	for (size_t i = 0; i < n; i++)
		if (anchor[i] >= 0)
			anchor[i] = (int)shift[anchor[i]];
	memcpy(ac, a2, out * sizeof *ac);
	memcpy(rtop, t2, out * sizeof *rtop);
	memcpy(rbot, b2, out * sizeof *rbot);
	free(shift);
	free(t2);
	free(b2);
	free(a2);
	free(x);
	return out;
}

/* In a table whose cells are centred in their rows, a first cell centred
 * on two rows: the cells of one row all hold its middle and so overlap,
 * while beside this first cell the other columns' text stands in two
 * groups parted by white (two rows), the cell's anchor mid-way between
 * the top of the upper group and the bottom of the lower (midway). The
 * upper row keeps the anchor, moved to its middle (the middle of its
 * shortest piece, which every cell of the row holds); the lower row gets
 * one of its own, and spans_to[] (room for n + 1 entries, -1 where no first
 * cell spans) gets it as the first cell's second row. ac[], rtop[],
 * rbot[] (room for n + 1) and anchor[] are kept in order; returns the new
 * count. */
static size_t split_centred_spans(block *const *blk, const size_t *nblk, int cols, double pitch,
				  double *ac, double *rtop, double *rbot, size_t na, int *anchor,
				  size_t n, int *spans_to)
{
	extent *g = NULL;
	size_t cap = 0;
	for (size_t k = 0; k < na; k++) {
		/* the blocks beside anchor k (reaching into its extent) that
		 * hold no other anchor, and the middle of the shortest of each
		 * group of overlapping ones */
		size_t ng = 0;
		double *mid = NULL;
		for (int c = 1; c < cols; c++)
			for (size_t j = 0; j < nblk[c]; j++) {
				const block *b = &blk[c][j];
				size_t first, m = anchors_in(ac, na, b, &first);
				if ((m == 1 && first != k) || m > 1 || b->bottom < rtop[k] ||
				    b->top > rbot[k])
					continue;
				g = rw_xgrow(g, &cap, ng + 1, sizeof *g);
				g[ng++] = (extent){b->top, b->bottom};
			}
		if (ng < 2)
			continue;
		qsort(g, ng, sizeof *g, by_top);
		mid = rw_xmalloc(ng * sizeof *mid);
		double *least = rw_xmalloc(ng * sizeof *least);
		size_t groups = 0;
		for (size_t j = 0; j < ng; j++) {
			double h = g[j].bottom - g[j].top, y = (g[j].top + g[j].bottom) / 2;
			if (groups && g[j].top <= g[groups - 1].bottom) {
				g[groups - 1].bottom = fmax(g[groups - 1].bottom, g[j].bottom);
				if (h < least[groups - 1])
					least[groups - 1] = h, mid[groups - 1] = y;
				continue;
			}
			g[groups] = g[j];
			least[groups] = h, mid[groups] = y;
			groups++;
		}
		/* a line's height or the pitch: the unit of midway */
		double shortest = HUGE_VAL;
		for (size_t q = 0; q < groups; q++)
			shortest = fmin(shortest, least[q]);
		double unit = fmax(pitch, shortest);
		size_t pair = groups;
		for (size_t q = 0; q + 1 < groups && pair == groups; q++)
			if (fabs(ac[k] - (g[q].top + g[q + 1].bottom) / 2) < MIDWAY * unit)
				pair = q;
		if (pair < groups && na < n) {
			memmove(ac + k + 2, ac + k + 1, (na - k - 1) * sizeof *ac);
			memmove(rtop + k + 2, rtop + k + 1, (na - k - 1) * sizeof *rtop);
			memmove(rbot + k + 2, rbot + k + 1, (na - k - 1) * sizeof *rbot);
			memmove(spans_to + k + 2, spans_to + k + 1, (na - k - 1) * sizeof *spans_to);
			for (size_t i = 0; i < n; i++)
				anchor[i] += anchor[i] > (int)k;
			for (size_t q = 0; q <= na; q++)
				spans_to[q] += spans_to[q] > (int)k;
			ac[k] = mid[pair], ac[k + 1] = mid[pair + 1];
			rtop[k + 1] = g[pair + 1].top, rbot[k + 1] = g[pair + 1].bottom;
			spans_to[k] = (int)k + 1, spans_to[k + 1] = -1;
			na++, k++;
		}
		free(mid);
		free(least);
	}
	free(g);
	return na;
}

/* In a table whose cells are centred in their rows, a first cell centred
 * on its own row and a row right above it with no first cell of its own
 * (a gap row of text a line tall at least, parted from the row's by
 * white) spans both, as one centred on two rows does
 * (split_centred_spans): its middle stands mid-way between the top of
 * the row above and the bottom of its own (midway, of a pitch or the
 * cell's height), where a cell of its own row alone stands half the
 * row above's height lower. The cell's lines go to the row above, and
 * spans_to[] gives it its own row as the second. (A row of names over
 * the header, add_names_rows, has no line of its own either, nor any
 * height.) */
static void span_gap_rows_above(const pdf_cellpiece *pc, size_t n, int cols, double pitch,
				const double *ac, const double *rtop, const double *rbot, size_t na,
				int *anchor, int *spans_to)
{
	/* the height of each anchor's first cell's lines; HUGE_VAL for a
	 * row with no line of its own (add_gap_rows, add_names_rows) */
	double *height = rw_xmalloc((na + 1) * sizeof *height);
	for (size_t k = 0; k < na; k++)
		height[k] = HUGE_VAL;
	for (size_t i = 0; i < n; i++)
		if (anchor[i] >= 0)
			height[anchor[i]] = fmin(height[anchor[i]], pc[i * cols].bottom - pc[i * cols].top);
	for (size_t k = 1; k < na; k++) {
		if (isinf(height[k]) || !isinf(height[k - 1]) || spans_to[k] >= 0 || spans_to[k - 1] >= 0)
			continue;
		double tol = MIDWAY * fmax(pitch, height[k]);
		if (rbot[k - 1] - rtop[k - 1] < height[k] ||
		    fabs(ac[k] - (rtop[k - 1] + rbot[k]) / 2) >= tol)
			continue;
		for (size_t i = 0; i < n; i++)
			if (anchor[i] == (int)k)
				anchor[i] = (int)k - 1;
		spans_to[k - 1] = (int)k;
		k++; /* row k has no line of its own now: no gap row above the next */
	}
	free(height);
}

/* The rows of the lines above the first anchor's (lines 0..to-1 of n) in
 * a table whose cells are aligned at the top: a line starts a row of its
 * own when it fills a column the row so far left empty and no column of
 * that row goes on below it, down to the first anchor's line, in the
 * row's style (group names over the columns' names: under a stub column
 * without a name nothing else tells them apart; a bold header's names
 * over plain figures); else it is more of the row so far (a header cell
 * wrapped onto a second line, a one-line name beside it, the lines of
 * header cells set at the bottom). In lead[0..to-1], -1 for a line with
 * no text; returns the count. */
static int leading_rows(const pdf_cellpiece *pc, size_t n, int cols, size_t to, int *lead)
{
	unsigned char *held = rw_xcalloc((size_t)cols, 1);
	int rows = 0, bold = 1;
	for (size_t i = 0; i < to; i++) {
		int any = 0, fills = 0, goes_on = 0;
		for (int c = 1; c < cols; c++) {
			any |= held_at(pc, i, cols, c);
			fills |= held_at(pc, i, cols, c) && !held[c];
			goes_on |= held[c] && held_below(pc, i + 1, to < n ? to + 1 : n, cols, c, bold);
		}
		lead[i] = -1;
		if (!any)
			continue;
		if (rows == 0 || (fills && !goes_on)) {
			memset(held, 0, (size_t)cols);
			rows++, bold = 1;
		}
		for (int c = 1; c < cols; c++) {
			held[c] |= held_at(pc, i, cols, c);
			bold &= !held_at(pc, i, cols, c) || pc[i * cols + c].bold;
		}
		lead[i] = rows - 1;
	}
	free(held);
	return rows;
}

/* How many lines before the first anchor's are a bold header over a
 * first row that is not bold: every line before it has text in bold
 * alone, and its own line some not bold; 0 when they are not. */
static size_t bold_head(const pdf_cellpiece *pc, size_t n, int cols, const int *anchor)
{
	size_t first = 0;
	while (first < n && anchor[first] != 0)
		first++;
	int plain = 0, any = 0;
	for (int c = 0; first < n && c < cols; c++)
		plain |= pc[first * cols + c].has && !pc[first * cols + c].bold;
	for (size_t i = 0; i < first * (size_t)cols && plain; i++) {
		if (pc[i].has && !pc[i].bold)
			return 0;
		any |= pc[i].has;
	}
	return plain && any ? first : 0;
}

/* How many of the first anchors start bold header rows over a body that
 * is not bold: the anchors of the lines over the first with text that
 * is not bold. A cell's lines are styled alike, so a plain line is
 * never one of those rows'. */
static int bold_head_rows(const pdf_cellpiece *pc, size_t n, int cols, const int *anchor)
{
	int heads = 0;
	for (size_t i = 0; i < n; i++) {
		for (int c = 0; c < cols; c++)
			if (pc[i * cols + c].has && !pc[i * cols + c].bold)
				return heads;
		if (anchor[i] >= heads)
			heads = anchor[i] + 1;
	}
	return 0;
}

/* Which of the na anchors' rows are section rows: the first cell alone
 * on its line, running across the next column's start (next: column_room),
 * as a section's name across the table does; a cell centred between the
 * rows above and below spans neither into it (such a row spans the
 * table's columns, leaving none for another row's cell). */
static unsigned char *section_anchors(const pdf_cellpiece *pc, size_t n, int cols, const int *anchor,
				      size_t na, const double *next)
{
	unsigned char *section = rw_xcalloc(na + 1, 1);
	for (size_t i = 0; i < n; i++)
		if (anchor[i] >= 0 && (size_t)anchor[i] < na && first_alone(pc, i, cols) &&
		    first_runs_across(pc, i, cols, next))
			section[anchor[i]] = 1;
	return section;
}

static int anchored_rows(const pdf_cellpiece *pc, size_t n, int cols, int *row, int *also)
{
	for (size_t i = 0; i < n * (size_t)cols; i++)
		row[i] = also[i] = -1;
	double pitch = line_pitch(pc, n, cols);
	double *ac = rw_xmalloc((n ? n : 1) * 2 * sizeof *ac);
	int *anchor = rw_xmalloc((n ? n : 1) * sizeof *anchor);
	size_t na = find_anchors(pc, n, cols, pitch, ac, anchor);
	if (na == 0) {
		/* no first column: one row, as before */
		for (size_t i = 0; i < n * (size_t)cols; i++)
			row[i] = 0;
		free(ac);
		free(anchor);
		return 1;
	}
	block **blk = rw_xcalloc((size_t)cols, sizeof *blk);
	size_t *nblk = rw_xcalloc((size_t)cols, sizeof *nblk);
	/* the body: from the second anchor's line */
	size_t body = 0;
	while (body < n && anchor[body] < 1)
		body++;
	for (int c = 1; c < cols; c++)
		nblk[c] = column_blocks(pc, n, cols, c, pitch, body, &blk[c]);
	double *w = rw_xmalloc(((size_t)cols + 1) * sizeof *w);
	double *next = rw_xmalloc(((size_t)cols + 1) * sizeof *next);
	column_room(pc, n, cols, 0, w, next);
	int top = aligned_top(pc, n, cols, anchor, ac, na, blk, nblk, pitch, w);
	free(w);
	int *spans_to = rw_xmalloc((2 * n + 1) * sizeof *spans_to);
	for (size_t k = 0; k <= 2 * n; k++)
		spans_to[k] = -1;
	if (top)
		na = add_row_starts(pc, n, cols, pitch, padded_rows(pc, n, cols, pitch), ac, na,
				    anchor, spans_to);
	else
		na = add_names_rows(pc, n, cols, ac, na, anchor);
	double *rtop, *rbot;
	row_extents(pc, n, cols, anchor, ac, na, blk, nblk, &rtop, &rbot);
	if (!top) {
		na = add_gap_rows(blk, nblk, cols, ac, rtop, rbot, na, anchor, n);
		na = split_centred_spans(blk, nblk, cols, pitch, ac, rtop, rbot, na, anchor, n,
					 spans_to);
		span_gap_rows_above(pc, n, cols, pitch, ac, rtop, rbot, na, anchor, spans_to);
	}
	/* rows: a leading one when text stands above the first anchor with
	 * no anchor of its own (a block above its centre), then one per
	 * anchor; where cells are aligned at the top, no cell of a row
	 * starts above its first line, so the leading row is every line
	 * over the first anchor's (group names over the columns' names, in
	 * a table set solid), and only those. Where cells are centred, a
	 * line wholly over the first anchor's in a block of several rows
	 * (lines a row apart, a cell each) is a cell of the leading row
	 * too: a cell centred on the first row would reach as far below. */
	double over = -HUGE_VAL;
	for (size_t i = 0; i < n; i++)
		if (anchor[i] == 0) {
			over = pc[i * cols].top;
			break;
		}
	int lead = 0, *lead_row = rw_xcalloc(n + 1, sizeof *lead_row);
	for (int c = 1; c < cols && !top; c++)
		for (size_t j = 0; j < nblk[c]; j++) {
			size_t first;
			lead |= blk[c][j].bottom < ac[0] ||
				(anchors_in(ac, na, &blk[c][j], &first) > 1 &&
				 over_first_row(pc, cols, c, &blk[c][j], 0, over));
		}
	/* the lines whose text stands above the first anchor's, where cells
	 * are aligned at the top; else bold lines over a first row that is
	 * not (a header: a cell's lines, centred about its row's first
	 * line, are styled alike) */
	size_t to = 0;
	for (size_t i = 0; i < n * (size_t)cols && top; i++)
		if (pc[i].has && i % cols && pc[i].bottom <= over)
			to = i / (size_t)cols + 1;
	if (!top)
		to = bold_head(pc, n, cols, anchor);
	if (top || to)
		lead = leading_rows(pc, n, cols, to, lead_row);
	for (size_t i = 0; i < n; i++)
		if (anchor[i] >= 0) {
			row[i * cols] = lead + anchor[i];
			if (spans_to[anchor[i]] >= 0)
				also[i * cols] = lead + spans_to[anchor[i]];
		}
	free(spans_to);
	int heads = bold_head_rows(pc, n, cols, anchor);
	unsigned char *section = section_anchors(pc, n, cols, anchor, na, next);
	free(next);
	unsigned char *filled = rw_xmalloc(na + 1);
	for (int c = 1; c < cols; c++) {
		memset(filled, 0, na + 1);
		size_t *span_of = rw_xmalloc((nblk[c] + 1) * sizeof *span_of);
		for (size_t j = 0; j < nblk[c]; j++) {
			const block *b = &blk[c][j];
			span_of[j] = (size_t)-1;
			size_t first, m = anchors_in(ac, na, b, &first);
			for (size_t q = 0; q < b->n; q++) {
				size_t i = b->line[q];
				const pdf_cellpiece *p = &pc[i * cols + c];
				int r;
				if (i < to) { /* a header line over the first row */
					row[i * cols + c] = lead_row[i];
					continue;
				}
				double level = level_tol(p);
				if (top && m > 1 && first > 0 && p->bottom <= rtop[first] + level) {
					/* cells aligned at the top start no higher
					 * than their row: a line wholly over the
					 * first of the rows a block set solid holds
					 * (the header's last, over figures a line a
					 * row) is the row's that starts at or above
					 * it */
					size_t a = 0;
					while (a + 1 < na && rtop[a + 1] <= p->top + level)
						a++;
					r = (int)a;
				} else if (m == 1) {
					r = (int)first;
				} else if (m > 1 && !top && lead && over_first_row(pc, cols, c, b, q, over)) {
					row[i * cols + c] = 0;
					continue;
				} else if (m > 1) {
					if (top) {
						size_t a = first;
						while (a + 1 < first + m && ac[a + 1] <= p->bottom)
							a++;
						r = (int)a;
					} else {
						r = (int)nearest(ac + first, m, centre(p)) + (int)first;
					}
				} else if (!top && b->bottom < ac[0] && lead) {
					row[i * cols + c] = 0;
					continue;
				} else if (top) {
					/* the rest of a cell aligned at the top, or a
					 * cell level with the first line of a row
					 * whose first cell has more lines: the row
					 * that starts at or above it (level: boxes
					 * of one line differ by rounding) */
					size_t a = 0;
					while (a + 1 < na && rtop[a + 1] <= b->top + level)
						a++;
					r = (int)a;
				} else {
					/* below the first anchor: the nearest row, or
					 * the two it stands half-way between */
					double y = (b->top + b->bottom) / 2;
					r = (int)nearest(ac, na, y);
					size_t lo = ac[r] <= y || r == 0 ? (size_t)r : (size_t)r - 1;
					double unit = fmax(pitch, p->bottom - p->top);
					if (lo + 1 < na && ac[lo] <= y &&
					    (fabs((y - ac[lo]) - (ac[lo + 1] - y)) < MIDWAY * unit ||
					     fabs(y - (rtop[lo] + rbot[lo + 1]) / 2) < MIDWAY * unit))
						span_of[j] = lo, r = (int)lo;
				}
				if (r < heads && !top && (size_t)heads < na && !p->bold)
					r = heads; /* the body's first row, under its bold header */
				filled[r] = 1;
				row[i * cols + c] = lead + r;
			}
		}
		/* a spanning cell also goes to the row below, when that row
		 * has nothing else in the column and is no section row */
		for (size_t j = 0; j < nblk[c]; j++) {
			if (span_of[j] == (size_t)-1 || filled[span_of[j] + 1] || section[span_of[j] + 1])
				continue;
			for (size_t q = 0; q < blk[c][j].n; q++)
				also[blk[c][j].line[q] * cols + c] = lead + (int)span_of[j] + 1;
		}
		free(span_of);
		blocks_free(blk[c], nblk[c]);
	}
	free(filled);
	free(section);
	free(lead_row);
	free(blk);
	free(nblk);
	free(ac);
	free(anchor);
	free(rtop);
	free(rbot);
	return lead + (int)na;
}



/* ---- rows parted by white bands ---------------------------------------
 *
 * In a table whose rows are padded apart, the tallest cell of a row fills
 * the row's content box line after line: inside a row no white band
 * across the whole table is taller than a cell's leading (the white
 * between two lines of a wrapped cell), while between rows the padding
 * adds to it. So a band wider than the leading parts rows, whatever the
 * vertical alignment of each cell (top, middle, bottom, baseline, or
 * each its own), and the text between two such bands is one row, but
 * where a first cell alone closes a band the other columns leave (an id
 * centred on two rows spans them). The anchors (above) still tell the
 * rows where a band holds several first cells (rows set solid); rows
 * set solid throughout show no such bands and are read as above. */

/* A cell's leading, measured on the page: the widest white between the
 * boxes of two lines of one column that step by the pitch (a wrapped
 * cell's lines; the pixel grid makes their steps alternate). NAN when
 * none does. */
static double wrapped_leading(const pdf_cellpiece *pc, size_t n, int cols, double pitch)
{
	double most = NAN;
	for (int c = 0; c < cols && pitch > 0; c++) {
		const pdf_cellpiece *last = NULL;
		for (size_t i = 0; i < n; i++) {
			const pdf_cellpiece *p = &pc[i * cols + c];
			if (!p->has)
				continue;
			if (last && fabs(p->top - last->top - pitch) <= pitch * (SAME_STEP - 1) + GRID / 2)
				most = fmax(most, p->top - last->bottom);
			last = p;
		}
	}
	return most;
}

/* The band group of each line by its text in columns from..cols-1 (g[i],
 * -1 for a line without text there): a line whose top stands more than
 * `limit` below the bottom of every line above starts a group, and so
 * do a header line set solid under another aligned apart from it
 * (aligned_apart: group names over the columns' names) and a line of
 * regular text under one all bold (the body under its header: a
 * header's cells are bold throughout, however close the first row's
 * text stands). Returns the count. */
static size_t band_groups(const pdf_cellpiece *pc, size_t n, int cols, int from, double limit,
			  int *g)
{
	double reach = -HUGE_VAL;
	size_t ng = 0;
	int weight = WEIGHT_MIXED; /* of the last line with text */
	for (size_t i = 0; i < n; i++) {
		double top = top_from(pc, i, cols, from);
		g[i] = -1;
		if (isnan(top))
			continue;
		int w = line_weight(pc, i, cols);
		if (ng == 0 || top - reach > limit || (i > 0 && aligned_apart(pc, i, cols)) ||
		    (weight == WEIGHT_BOLD && w == WEIGHT_REGULAR))
			ng++;
		g[i] = (int)ng - 1;
		weight = w;
		reach = fmax(reach, bottom_from(pc, i, cols, from));
	}
	return ng;
}

/* What the bands say of the rows of the anchors' reading (rows of them). */
typedef struct banding {
	int *home;     /* each row's group: its first cell's, else its first text's */
	int *only;     /* each group's one row with a first cell, -1: none or several */
	unsigned char *keep; /* each group's rows stay as read (a first cell spans) */
	int *split;    /* each group's inner group where a spanned lower row
			  starts, -1: none */
	double *top, *bottom; /* each row's extent within its home group */
} banding;

static void banding_free(banding *b)
{
	free(b->home);
	free(b->only);
	free(b->keep);
	free(b->split);
	free(b->top);
	free(b->bottom);
}

/* A first cell alone closing a band the other columns leave open (their
 * text in two inner groups beside it: an id centred on two rows) spans
 * the rows beside it: split[k] is where the lower starts. Over more than
 * two, the rows stay as read. (An id of three lines beside cells of one
 * at the top and the bottom of its row looks the same: a span is the
 * likelier.) */
static void spanned_rows(size_t n, const int *g, size_t ng, const int *inner, banding *b)
{
	int *lo = rw_xmalloc((ng + 1) * sizeof *lo), *hi = rw_xmalloc((ng + 1) * sizeof *hi);
	for (size_t k = 0; k < ng; k++)
		lo[k] = INT_MAX, hi[k] = -1;
	for (size_t i = 0; i < n; i++)
		if (g[i] >= 0 && inner[i] >= 0) {
			lo[g[i]] = inner[i] < lo[g[i]] ? inner[i] : lo[g[i]];
			hi[g[i]] = inner[i];
		}
	for (size_t k = 0; k < ng; k++) {
		b->split[k] = -1;
		if (b->only[k] < 0 || b->keep[k] || hi[k] <= lo[k])
			continue;
		if (hi[k] == lo[k] + 1)
			b->split[k] = hi[k];
		else
			b->keep[k] = 1;
	}
	free(lo);
	free(hi);
}

static banding band_rows_of(const pdf_cellpiece *pc, size_t n, int cols, const int *g, size_t ng,
			    const int *inner, const int *row, const int *also, int rows)
{
	banding b = {rw_xmalloc(((size_t)rows + 1) * sizeof *b.home),
		     rw_xmalloc((ng + 1) * sizeof *b.only), rw_xcalloc(ng + 1, 1),
		     rw_xmalloc((ng + 1) * sizeof *b.split),
		     rw_xmalloc(((size_t)rows + 1) * sizeof *b.top),
		     rw_xmalloc(((size_t)rows + 1) * sizeof *b.bottom)};
	int *firsts = rw_xcalloc(ng + 1, sizeof *firsts);
	for (int r = 0; r < rows; r++)
		b.home[r] = -1, b.top[r] = HUGE_VAL, b.bottom[r] = -HUGE_VAL;
	/* a row's home is its first cell's group; a first cell spanning
	 * two rows, centred on both, stands in the taller's group, so its
	 * row's other text says (below) */
	for (size_t i = 0; i < n; i++)
		if (g[i] >= 0 && pc[i * cols].has && row[i * cols] >= 0 && also[i * cols] < 0 &&
		    b.home[row[i * cols]] < 0) {
			b.home[row[i * cols]] = g[i];
			firsts[g[i]]++;
			b.only[g[i]] = row[i * cols];
		}
	for (size_t i = 0; i < n; i++)
		for (int c = 0; c < cols && g[i] >= 0; c++) {
			size_t at = i * (size_t)cols + (size_t)c;
			for (int k = 0; k < 2; k++) {
				int r = k ? also[at] : row[at];
				if (!pc[at].has || r < 0)
					continue;
				if (b.home[r] < 0)
					b.home[r] = g[i];
				if (b.home[r] == g[i])
					b.top[r] = fmin(b.top[r], pc[at].top),
					b.bottom[r] = fmax(b.bottom[r], pc[at].bottom);
			}
			/* a first cell read as spanning two rows */
			b.keep[g[i]] |= c == 0 && pc[at].has && also[at] >= 0;
		}
	for (size_t k = 0; k < ng; k++)
		if (firsts[k] != 1)
			b.only[k] = -1;
	free(firsts);
	spanned_rows(n, g, ng, inner, &b);
	return b;
}

/* The row of group k nearest to height y (-1: the group has none). */
static int nearest_row(const banding *b, int rows, int k, double y)
{
	int best = -1;
	double least = HUGE_VAL;
	for (int r = 0; r < rows; r++) {
		if (b->home[r] != k)
			continue;
		double off = y < b->top[r] ? b->top[r] - y : y > b->bottom[r] ? y - b->bottom[r] : 0;
		if (off < least)
			least = off, best = r;
	}
	return best;
}

/* Where row r goes: the one row with a first cell of its group, when
 * the group has one and no spanning first cell; else it stays. */
static int merged_row(const banding *b, int r)
{
	int k = r < 0 ? -1 : b->home[r];
	return k >= 0 && b->only[k] >= 0 && !b->keep[k] && b->split[k] < 0 ? b->only[k] : r;
}

typedef struct keyed {
	int group, id;
} keyed;

static int by_key(const void *a, const void *b)
{
	const keyed *p = a, *q = b;
	return p->group != q->group ? (p->group > q->group) - (p->group < q->group)
				    : (p->id > q->id) - (p->id < q->id);
}

/* Rows numbered anew in the order of their groups (then of their old
 * numbers), those no text holds dropped; home: each row's group (rows
 * of them). Returns the count. */
static int renumber(int *row, int *also, size_t cells, const int *home, int rows)
{
	keyed *key = rw_xmalloc(((size_t)rows + 1) * sizeof *key);
	int *to = rw_xmalloc(((size_t)rows + 1) * sizeof *to);
	unsigned char *used = rw_xcalloc((size_t)rows + 1, 1);
	for (size_t at = 0; at < cells; at++) {
		if (row[at] >= 0)
			used[row[at]] = 1;
		if (also[at] >= 0)
			used[also[at]] = 1;
	}
	int m = 0;
	for (int r = 0; r < rows; r++)
		if (used[r])
			key[m++] = (keyed){home[r], r};
	qsort(key, (size_t)m, sizeof *key, by_key);
	for (int k = 0; k < m; k++)
		to[key[k].id] = k;
	for (size_t at = 0; at < cells; at++) {
		if (row[at] >= 0)
			row[at] = to[row[at]];
		if (also[at] >= 0)
			also[at] = to[also[at]] == row[at] ? -1 : to[also[at]];
	}
	free(key);
	free(to);
	free(used);
	return m;
}

/* The anchors' rows made to keep within the band groups g[] (ng of
 * them): a group with one first cell, none spanning, is that cell's row
 * alone; one whose first cell spans two rows (spanned_rows) is two, the
 * first cell in both; text in a row whose home is another group goes to
 * its own group's nearest row, or to a new one when it has none.
 * Returns the row count. */
static int keep_to_bands(const pdf_cellpiece *pc, size_t n, int cols, const int *g, size_t ng,
			 const int *inner, int *row, int *also, int rows)
{
	banding b = band_rows_of(pc, n, cols, g, ng, inner, row, also, rows);
	size_t cells = n * (size_t)cols;
	int total = rows + (int)ng; /* a new row for each group at most */
	int *home = rw_xmalloc(((size_t)total + 1) * sizeof *home);
	memcpy(home, b.home, (size_t)rows * sizeof *home);
	for (size_t k = 0; k < ng; k++)
		home[rows + (int)k] = (int)k;
	int moved = 0;
	for (size_t at = 0; at < cells; at++) {
		int r = row[at], k = g[at / cols];
		if (!pc[at].has || r < 0 || k < 0)
			continue;
		int to = b.only[k] >= 0 && !b.keep[k] ? b.only[k] : r;
		if (b.split[k] >= 0) {
			/* the first cell spans the group's two rows */
			if (at % cols == 0)
				also[at] = rows + k;
			else if (inner[at / cols] >= b.split[k])
				to = rows + k;
		} else if (b.home[to] != k && !(at % cols == 0 && also[at] >= 0 && also[at] < rows &&
						  b.home[also[at]] == k)) {
			/* (a first cell spanning two rows stands in either's
			 * group: band_rows_of) */
			to = nearest_row(&b, rows, k, centre(&pc[at]));
		}
		if (to < 0)
			to = rows + k;
		moved |= to != r || b.split[k] >= 0;
		row[at] = to;
		if (also[at] >= 0 && also[at] < rows)
			also[at] = merged_row(&b, also[at]);
	}
	if (moved)
		rows = renumber(row, also, cells, home, total);
	banding_free(&b);
	free(home);
	return rows;
}

/* The rows of a table: the anchors' (anchored_rows), kept within the
 * white bands that part rows padded apart. */
static int cell_rows(const pdf_cellpiece *pc, size_t n, int cols, int *row, int *also)
{
	int rows = anchored_rows(pc, n, cols, row, also);
	double pitch = line_pitch(pc, n, cols);
	double leading = wrapped_leading(pc, n, cols, pitch);
	if (isnan(leading))
		return rows;
	int *g = rw_xmalloc((n + 1) * sizeof *g), *inner = rw_xmalloc((n + 1) * sizeof *inner);
	double limit = leading + pdf_row_defaults.band_margin * pitch;
	size_t ng = band_groups(pc, n, cols, 0, limit, g);
	band_groups(pc, n, cols, 1, limit, inner);
	/* padded: bands part most of the rows the first column starts */
	int firsts = 0, last = -1;
	for (size_t i = 0; i < n; i++)
		if (pc[i * cols].has && row[i * cols] != last)
			firsts++, last = row[i * cols];
	if (ng - 1 >= MIN_PADDED_BREAKS && 2 * (ng - 1) > (size_t)firsts - (firsts > 0))
		rows = keep_to_bands(pc, n, cols, g, ng, inner, row, also, rows);
	free(g);
	free(inner);
	return rows;
}

/* The band of height y among the rules: how many lie above it. */
static size_t band_of(const double *rule, size_t nrule, double y)
{
	size_t k = 0;
	while (k < nrule && rule[k] < y)
		k++;
	return k;
}

/* The least step from the last line of a band to the first of the next
 * (band[] of each piece among nband + 1): how far apart rows stand across
 * a rule. HUGE_VAL when no rule has text on both sides. */
static double rule_step(const pdf_cellpiece *pc, size_t n, int cols, const size_t *band,
			size_t nband)
{
	double *lo = rw_xmalloc((nband + 1) * sizeof *lo), *hi = rw_xmalloc((nband + 1) * sizeof *hi);
	for (size_t k = 0; k <= nband; k++)
		lo[k] = HUGE_VAL, hi[k] = -HUGE_VAL;
	for (size_t at = 0; at < n * (size_t)cols; at++)
		if (pc[at].has) {
			lo[band[at]] = fmin(lo[band[at]], pc[at].top);
			hi[band[at]] = fmax(hi[band[at]], pc[at].top);
		}
	double least = HUGE_VAL;
	for (size_t k = 0; k + 1 <= nband; k++)
		if (isfinite(hi[k]) && isfinite(lo[k + 1]))
			least = fmin(least, lo[k + 1] - hi[k]);
	free(lo);
	free(hi);
	return least;
}

/* The first column with text on line i (cols when none). */
static int first_has(const pdf_cellpiece *pc, size_t i, int cols)
{
	int c = 0;
	while (c < cols && !pc[i * cols + c].has)
		c++;
	return c;
}

/* Line i has text in band b. */
static int line_in_band(const pdf_cellpiece *pc, const size_t *band, size_t i, int cols, size_t b)
{
	for (int c = 0; c < cols; c++)
		if (pc[i * cols + c].has && band[i * cols + c] == b)
			return 1;
	return 0;
}

/* Rows from the rules: the text between two rules is a row, its lines
 * joined, but where a row step (white wider than the line pitch, the
 * padding of two rows) parts it: a break the rules leave open (zebra
 * stripes on every other row, the first row as plain as the header);
 * under the first rule, so does a full line under another
 * (full_again). Fills row[] (-1 where no text) and returns the row
 * count, from band[] (each piece's band among nband + 1). */
static int band_rows(const pdf_cellpiece *pc, size_t n, int cols, const size_t *band,
		     size_t nband, double pitch, const int *white, int *row)
{
	double *last = rw_xmalloc((nband + 1) * sizeof *last);
	int *sub = rw_xcalloc(nband + 1, sizeof *sub), *first = rw_xmalloc((nband + 1) * sizeof *first);
	for (size_t k = 0; k <= nband; k++)
		last[k] = NAN;
	/* each piece's row within its band */
	double across = rule_step(pc, n, cols, band, nband);
	int *seen = rw_xmalloc((nband + 1) * sizeof *seen);
	for (size_t k = 0; k <= nband; k++)
		seen[k] = -1;
	for (size_t i = 0; i < n; i++)
		for (int c = 0; c < cols; c++) {
			size_t at = i * (size_t)cols + (size_t)c, b = band[at];
			if (!pc[at].has)
				continue;
			double step = pc[at].top - last[b];
			if (!isnan(last[b]) && pitch > 0 && step > pitch * ROW_STEP)
				sub[b]++;
			/* the band above the first rule holds the header and
			 * any rows above the first fill (white on the white
			 * page): no fill is shown to cover it, so a row break
			 * the white shows there, at a line of the first column
			 * (a row's anchor), stands if it steps as far as rows
			 * do across the rules. The band under the last rule is
			 * the last row's (a rule under it is often left out). */
			else if (b == 0 && !isnan(last[b]) && white[at] != seen[b] &&
				 c == 0 && step * SAME_STEP >= across)
				sub[b]++;
			/* there, a line set regular right under one set bold
			 * throughout is the body under its header, however
			 * close it stands (a header's cells are bold
			 * throughout: band_groups) */
			else if (b == 0 && !isnan(last[b]) && i > 0 && c == first_has(pc, i, cols) &&
				 line_in_band(pc, band, i - 1, cols, b) &&
				 line_weight(pc, i - 1, cols) == WEIGHT_BOLD &&
				 line_weight(pc, i, cols) == WEIGHT_REGULAR)
				sub[b]++;
			else if (b > 0 && c == 0 && !isnan(last[b]) && i > 0 &&
				 band[at - (size_t)cols] == b && full_again(pc, i, cols))
				sub[b]++;
			/* lines set solid between two rules are one row
			 * unless aligned apart (a header's group names) */
			else if (!isnan(last[b]) && i > 0 && c == first_has(pc, i, cols) &&
				 line_in_band(pc, band, i - 1, cols, b) && aligned_apart(pc, i, cols))
				sub[b]++;
			seen[b] = white[at];
			if (isnan(last[b]) || pc[at].top > last[b])
				last[b] = pc[at].top;
			row[at] = sub[b];
		}
	int rows = 0;
	for (size_t k = 0; k <= nband; k++) {
		first[k] = rows;
		rows += isnan(last[k]) ? 0 : sub[k] + 1;
	}
	for (size_t at = 0; at < n * (size_t)cols; at++)
		row[at] = pc[at].has ? first[band[at]] + row[at] : -1;
	free(last);
	free(sub);
	free(first);
	free(seen);
	return rows;
}

/* A first cell centred on two rows (an id spanning both, the rule
 * between them stopping short of its column), the other with nothing
 * in the first column, goes to the upper row and also to the lower: its
 * middle stands within midway of the middle of the two rows' text
 * beside it (the top of the upper's, the bottom of the lower's), nearer
 * than to level with its own row's first line or centred on it. */
static void span_first_cells(const pdf_cellpiece *pc, size_t n, int cols, double pitch,
			     int rows, int *row, int *also)
{
	double *top = rw_xmalloc(((size_t)rows + 1) * sizeof *top);
	double *bot = rw_xmalloc(((size_t)rows + 1) * sizeof *bot);
	int *firsts = rw_xcalloc((size_t)rows + 1, sizeof *firsts);
	for (int r = 0; r < rows; r++)
		top[r] = HUGE_VAL, bot[r] = -HUGE_VAL;
	for (size_t i = 0; i < n * (size_t)cols; i++) {
		if (!pc[i].has || row[i] < 0)
			continue;
		if (i % cols == 0) {
			firsts[row[i]]++;
			continue;
		}
		top[row[i]] = fmin(top[row[i]], pc[i].top);
		bot[row[i]] = fmax(bot[row[i]], pc[i].bottom);
	}
	for (size_t i = 0; i < n; i++) {
		const pdf_cellpiece *p = &pc[i * cols];
		int r = row[i * cols];
		if (!p->has || r < 0 || firsts[r] != 1)
			continue;
		double unit = fmax(pitch, p->bottom - p->top);
		/* how far it stands from level with its own row's first line,
		 * or from centred on its text: a span must fit better */
		double own = fmin(fabs(p->top - top[r]), fabs(centre(p) - (top[r] + bot[r]) / 2));
		for (int hi = r; hi <= r + 1; hi++) {
			int lo = hi - 1, other = hi == r ? lo : hi;
			if (lo < 0 || hi >= rows || firsts[other] || !(top[lo] < bot[hi]))
				continue;
			double off = fabs(centre(p) - (top[lo] + bot[hi]) / 2);
			if (off < MIDWAY * unit && off < own) {
				row[i * cols] = lo;
				also[i * cols] = hi;
				break;
			}
		}
	}
	free(top);
	free(bot);
	free(firsts);
}

/* A first cell's lines past a rule that stops short of its column (an
 * id spanning two rows, centred on both or set at the top) are the
 * cell's: the line after one of the first column, at the line pitch,
 * with only such rules between them, goes in its band. A rule a fill's
 * edge draws stops short wherever the colours beside it do not differ,
 * so the pitch, not the rule, says the cell goes on. */
static void join_first_cells(const pdf_cellpiece *pc, size_t n, int cols,
			     const unsigned char *first, double pitch, size_t *band)
{
	for (size_t i = 0, prev = SIZE_MAX; i < n; i++) {
		size_t at = i * (size_t)cols;
		if (!pc[at].has)
			continue;
		size_t up = prev == SIZE_MAX ? at : prev * (size_t)cols;
		int short_only = 1;
		for (size_t k = band[up]; k < band[at]; k++)
			short_only &= !first[k];
		if (prev != SIZE_MAX && band[at] > band[up] && short_only && pitch > 0 &&
		    pc[at].top - pc[up].top <= pitch * ROW_STEP)
			band[at] = band[up];
		prev = i;
	}
}

/* Which of the nrule + 1 bands hold text (band[] of each piece). */
static unsigned char *bands_held(const pdf_cellpiece *pc, size_t cells, const size_t *band,
				 size_t nrule)
{
	unsigned char *held = rw_xcalloc(nrule + 1, 1);
	for (size_t i = 0; i < cells; i++)
		held[band[i]] |= (unsigned char)(pc[i].has != 0);
	return held;
}

/* A first cell a rule stopping short of its column runs through, under
 * a band the rules leave empty (an id spanning two rows, the upper's
 * other cells empty): the cell spans both bands and goes to the upper
 * (span_first_cells adds the lower where it is centred on both). */
static void straddling_first_cells(const pdf_cellpiece *pc, size_t n, int cols,
				   const double *rule, const unsigned char *first, size_t nrule,
				   size_t *band)
{
	size_t cells = n * (size_t)cols;
	unsigned char *held = bands_held(pc, cells, band, nrule);
	for (size_t at = 0; at < cells; at += (size_t)cols) {
		size_t k = band[at];
		if (pc[at].has && k > 0 && !first[k - 1] && !held[k - 1] &&
		    rule[k - 1] > pc[at].top)
			band[at] = k - 1;
	}
	free(held);
}

/* Rows from the rules when they part most of the `white` rows the white
 * between lines shows: their count (row[], also[] set), else 0. */
static int ruled_rows(const pdf_cellpiece *pc, size_t n, int cols, const double *rule,
		      const unsigned char *first, size_t nrule, int white, int *row, int *also)
{
	if (nrule == 0)
		return 0;
	size_t cells = n * (size_t)cols;
	size_t *band = rw_xmalloc((cells + 1) * sizeof *band);
	for (size_t i = 0; i < cells; i++)
		band[i] = band_of(rule, nrule, centre(&pc[i]));
	if (first) {
		join_first_cells(pc, n, cols, first, line_pitch(pc, n, cols), band);
		straddling_first_cells(pc, n, cols, rule, first, nrule, band);
	}
	unsigned char *held = bands_held(pc, cells, band, nrule);
	int parting = -1; /* rules with text on both sides (a run of them one) */
	for (size_t k = 0; k <= nrule; k++)
		parting += held[k];
	const pdf_row_params *p = &pdf_row_defaults;
	int rows = 0;
	if (parting >= p->min_rules && parting >= p->rule_share * (white - 1)) {
		double pitch = line_pitch(pc, n, cols);
		int *white_row = rw_xmalloc((cells + 1) * sizeof *white_row);
		memcpy(white_row, row, cells * sizeof *row);
		rows = band_rows(pc, n, cols, band, nrule, pitch, white_row, row);
		free(white_row);
		for (size_t i = 0; i < cells; i++)
			also[i] = -1;
		span_first_cells(pc, n, cols, pitch, rows, row, also);
	}
	free(band);
	free(held);
	return rows;
}

/* The rows the white between lines shows. Columns with no text at all
 * left of the first with some (an area or rulings wider than the table)
 * are no anchors' column: the rows come from the columns that start at
 * the first with text. */
static int white_rows(const pdf_cellpiece *pc, size_t n, int cols, int *row, int *also)
{
	int lead = 0;
	for (int c = 0; c < cols && lead == c; c++) {
		int any = 0;
		for (size_t i = 0; i < n && !any; i++)
			any = pc[i * cols + c].has;
		lead += !any;
	}
	if (lead == 0 || lead == cols)
		return cell_rows(pc, n, cols, row, also);
	int rest = cols - lead;
	pdf_cellpiece *sub = rw_xmalloc((n * (size_t)rest + 1) * sizeof *sub);
	int *r = rw_xmalloc((n * (size_t)rest + 1) * sizeof *r);
	int *a = rw_xmalloc((n * (size_t)rest + 1) * sizeof *a);
	for (size_t i = 0; i < n; i++)
		memcpy(&sub[i * rest], &pc[i * cols + lead], (size_t)rest * sizeof *sub);
	int rows = cell_rows(sub, n, rest, r, a);
	for (size_t i = 0; i < n; i++)
		for (int c = 0; c < cols; c++) {
			size_t k = i * cols + c, m = i * rest + (c - lead);
			row[k] = c < lead ? -1 : r[m];
			also[k] = c < lead ? -1 : a[m];
		}
	free(sub);
	free(r);
	free(a);
	return rows;
}

/* Rows read from the white that hold text on both sides of a rule
 * across the whole table, the first column too (first[k]), are two:
 * where too few rules part rows to read rows from them (a rule under
 * the header alone), no cell runs across one still. Returns the count. */
static int part_at_rules(const pdf_cellpiece *pc, size_t n, int cols, const double *rule,
			 const unsigned char *first, size_t nrule, int *row, int *also, int rows)
{
	size_t cells = n * (size_t)cols;
	for (size_t k = 0; k < nrule; k++) {
		if (first && !first[k])
			continue;
		/* each row's sides of the rule, then its new number */
		unsigned char *side = rw_xcalloc((size_t)rows + 1, 1);
		int *to = rw_xmalloc(((size_t)rows + 1) * sizeof *to);
		for (size_t at = 0; at < cells; at++)
			if (pc[at].has && row[at] >= 0)
				side[row[at]] |= centre(&pc[at]) < rule[k] ? 1 : 2;
		int more = 0;
		for (int r = 0; r < rows; r++) {
			to[r] = r + more;
			more += side[r] == 3;
		}
		for (size_t at = 0; at < cells; at++) {
			if (row[at] >= 0)
				row[at] = to[row[at]] + (side[row[at]] == 3 && pc[at].has &&
							 centre(&pc[at]) > rule[k]);
			if (also[at] >= 0)
				also[at] = to[also[at]];
		}
		rows += more;
		free(side);
		free(to);
	}
	return rows;
}

int pdf_cell_rows(const pdf_cellpiece *pc, size_t n, int cols, const double *rule,
		  const unsigned char *first, size_t nrule, int *row, int *also)
{
	int white = white_rows(pc, n, cols, row, also);
	int ruled = ruled_rows(pc, n, cols, rule, first, nrule, white, row, also);
	return ruled ? ruled : part_at_rules(pc, n, cols, rule, first, nrule, row, also, white);
}
