/* columns.c - columns of running text, read one after the other.
 *
 * A page set in two columns (a Board resolution, a sidebar beside the
 * text) has a gutter: a river of white running down through many lines,
 * with prose on both sides. The method is a whitespace-river search in
 * the spirit of Breuel's whitespace cover, kept to what prose columns
 * need: the page's lines (layout.c) are walked from the top; from the
 * widest white between two words of a line, a run of consecutive lines
 * whose words all keep out of one band of white (narrowing as it goes)
 * is a river; when it runs through enough lines with prose on both
 * sides it is a gutter. A table has rivers too, but its cells hold a few
 * words, another river runs down one side of its gutter (its other
 * columns; the word spaces of justified prose fall at other places on
 * every line), or a ruling crosses or runs down it: such rivers are no
 * gutter. A page whose text all lies in ruled cells (a page of a ruled
 * table) holds no running text beside a gutter and is not searched.
 *
 * Once found, the column right of a gutter is moved under the one left
 * of it (what lies below the columns moves down with it, and the page
 * grows), so that the rest of rw-pdf, reading top to bottom, reads one
 * column after the other: a paragraph going on from the foot of the
 * left column to the top of the right one is one paragraph.
 */
#include "rwlib.h"
#include "reading.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const pdf_column_params pdf_column_defaults = {
	/* typographers' least (a pica beside 12-point type); a word space is
	 * a quarter of one, and justification seldom stretches it past one
	 * (spaces alike on a line are a justified line's: running_text) */
	.gutter_min = 1.0,
	/* one line beside another is chance; fewer lines than a table has
	 * rows will do because every line must read as a column's text
	 * (flush with its side's left edge, prose, evenly spaced) and no
	 * second river may run down a side */
	.min_lines = 2,
	/* the last lines of a section balanced over two columns, with some
	 * prose on each side */
	.known_min_lines = 1,
	/* typographers set a gutter to 1-3 ems beside columns of 20-40 (a
	 * tenth); the white a table's empty column leaves between its
	 * wrapped cells is about as wide as they are */
	.max_share = 0.3,
	/* a paragraph's first-line indent (emit.c's); text starting
	 * elsewhere on a side is a table's cell (its column) */
	.indent = 1.5,
	/* a justified line stretches its word spaces alike (rounding, a
	 * space after a sentence) */
	.justified_spread = 1.5,
	/* emit.c's paragraph break: a table's head further down is no part
	 * of the column... */
	.tail_gap = 0.5,
	/* ... nor one closer under it than that but further than the
	 * columns' lines are from each other (rounding) */
	.leading_slack = 0.1,
	/* the last line of a paragraph may hold one word */
	.prose_share = 0.6,
	.prose_words = 4,
	/* more than a paragraph's space */
	.furniture_gap = 1.5,
	/* a table's rows padded apart, a line's height or so; the text
	 * above a page's columns stands further off, or starts at their
	 * left edge (a heading, a page-wide table) */
	.beside_gap = 1.5,
	/* less than emit.c's paragraph break (half a size) within a
	 * sentence, more after a sentence's end */
	.line_space = 0.2,
	.paragraph_space = 1.0,
};
static const pdf_column_params *const colp = &pdf_column_defaults;

/* One line seen from a river: its words left and right of the band. */
typedef struct side {
	int has;     /* the line has text on this side */
	size_t words;
	double left, right;
	double gmin, gmax; /* its narrowest and widest word space */
	int capital, hyphen; /* its first word starts with a capital, its
				last ends with a hyphen */
} side;

typedef struct river {
	double x0, x1;   /* the white band so far */
	size_t first, n; /* lines */
	size_t nl, nr;   /* lines with text left, right */
	size_t pl, pr;   /* of those, prose lines */
	double el, er;   /* each side's left edge (NAN: no text yet) */
	double reach;    /* the right side's right end */
	double lead;     /* the widest white between two of its lines (NAN:
			    one line so far) */
	size_t apart;    /* steps between its lines wider than a paragraph's
			    white (tail_gap) */
	size_t wl, wr;   /* lines on each side that go on from the one above
			    (goes_on) */
	side above_l, above_r; /* each side's last line of text so far */
} river;

static double line_size(const pdf_line *l) { return l->size > 1 ? l->size : 1; }

/* Splits a line's words between the two sides of band [*x0, *x1] (by
 * their centres) and narrows the band to the white the line leaves. */
static void split_sides(const pdf_line *l, double *x0, double *x1, side *left, side *right)
{
	memset(left, 0, sizeof *left);
	memset(right, 0, sizeof *right);
	double mid = (*x0 + *x1) / 2, a = *x0, b = *x1;
	for (size_t k = 0; k < l->nw; k++) {
		const pdf_box *w = &l->w[k].b;
		side *s = (w->left + w->right) / 2 < mid ? left : right;
		if (s == left)
			a = fmax(a, w->right);
		else
			b = fmin(b, w->left);
		if (s->has) {
			double gap = w->left - s->right;
			s->gmin = s->words > 1 ? fmin(s->gmin, gap) : gap;
			s->gmax = s->words > 1 ? fmax(s->gmax, gap) : gap;
		}
		s->left = s->has ? fmin(s->left, w->left) : w->left;
		s->right = s->has ? fmax(s->right, w->right) : w->right;
		if (!s->has)
			s->capital = l->w[k].capital;
		s->hyphen = l->w[k].hyphen;
		s->has = 1;
		s->words++;
	}
	*x0 = a, *x1 = b;
}

/* Text s goes on from the line above on its side: a word broken at a
 * hyphen, or a line that starts with no capital (a sentence going on;
 * a script without capitals goes on by this test too). Running text
 * wraps from line to line; a table's cells of one line each start with
 * a capital or an id, as they end their sentence or value. */
static int goes_on(const side *above, const side *s)
{
	return above->has && s->has && (above->hyphen || !s->capital);
}

static void count_side(river *r, const side *l, const side *rt)
{
	if (l->has) {
		r->nl++;
		r->pl += l->words >= colp->prose_words;
	}
	if (rt->has) {
		r->reach = r->nr ? fmax(r->reach, rt->right) : rt->right;
		r->nr++;
		r->pr += rt->words >= colp->prose_words;
	}
	r->wl += (size_t)goes_on(&r->above_l, l);
	r->wr += (size_t)goes_on(&r->above_r, rt);
	if (l->has)
		r->above_l = *l;
	if (rt->has)
		r->above_r = *rt;
}

typedef struct span {
	double lo, hi;
} span;

static int span_cmp(const void *a, const void *b)
{
	const span *x = a, *y = b;
	return (x->lo > y->lo) - (x->lo < y->lo);
}

/* True when white at least min wide runs down one side of the river
 * (left: the words left of it) through all its lines: a second column
 * there, as a table has, not a column of prose, whose word spaces fall
 * at other places on each line. */
static int side_splits(const pdf_line *l, const river *r, int left, double min)
{
	span *sp = NULL;
	size_t n = 0, cap = 0;
	double mid = (r->x0 + r->x1) / 2;
	for (size_t i = r->first; i < r->first + r->n; i++)
		for (size_t k = 0; k < l[i].nw; k++) {
			const pdf_box *w = &l[i].w[k].b;
			if (((w->left + w->right) / 2 < mid) != left)
				continue;
			sp = rw_xgrow(sp, &cap, n + 1, sizeof *sp);
			sp[n++] = (span){w->left, w->right};
		}
	int split = 0;
	if (n) {
		qsort(sp, n, sizeof *sp, span_cmp);
		double reach = sp[0].hi;
		for (size_t k = 1; k < n && !split; k++) {
			split = sp[k].lo - reach >= min;
			reach = fmax(reach, sp[k].hi);
		}
	}
	free(sp);
	return split;
}

/* The river lies where an earlier page had a gutter: the right column
 * starts where it started there (the left one's ragged ends may stop
 * short of the white). */
static int is_known(const pdf_reading *rd, const river *r, double size)
{
	for (size_t i = 0; rd && i < rd->nknown; i++)
		if (rd->known[i].x0 < r->x1 && rd->known[i].x1 > r->x0 &&
		    fabs(rd->known[i].x1 - r->x1) <= colp->indent * size)
			return 1;
	return 0;
}

/* The white is a gutter's width against the columns either side of it:
 * at most max_share of the narrower one. */
static int narrow_against_columns(const river *r)
{
	double w = r->x1 - r->x0;
	return w <= colp->max_share * fmin(r->x0 - r->el, r->reach - r->x1);
}

/* Line k follows line j closely: no more white between them than
 * within a paragraph. */
static int follows(const pdf_line *l, size_t j, size_t k)
{
	return l[k].b.top - l[j].b.bottom <= colp->tail_gap * line_size(&l[k]);
}

/* A level rule between lines up and down runs from the river's left
 * side's edge across the river (to a line's size): a table's bottom
 * rule over columns set under it. Taken from middle to middle: a rule
 * drawn tight under a row may stand inside the next line's box. (The
 * rule under one of two tables side by side stops short of the white
 * between them.) */
static int rule_across(const pdf_page *p, const river *r, const pdf_line *up,
		       const pdf_line *down)
{
	double top = (up->b.top + up->b.bottom) / 2, bottom = (down->b.top + down->b.bottom) / 2;
	double tol = line_size(down);
	for (size_t i = 0; i < p->nr; i++) {
		const pdf_ruling *x = &p->r[i];
		if (x->y0 == x->y1 && x->y0 >= top && x->y0 <= bottom &&
		    fmin(x->x0, x->x1) <= r->el + tol && fmax(x->x0, x->x1) >= r->x1 - tol)
			return 1;
	}
	return 0;
}

/* The text of the river's left side goes on in the line right above it:
 * a word there starts at the side's edge. Columns start together under
 * white or under a line of their own (a title, a table's last row, a
 * rule between them: a table's bottom rule); a river starting inside a
 * block of text is the white a table's empty cells leave beside its
 * wrapped ones. */
static int starts_inside(const pdf_page *p, const pdf_line *l, const river *r)
{
	if (r->first == 0 || !follows(l, r->first - 1, r->first))
		return 0;
	const pdf_line *up = &l[r->first - 1];
	if (rule_across(p, r, up, &l[r->first]))
		return 0;
	for (size_t k = 0; k < up->nw; k++)
		if (fabs(up->w[k].b.left - r->el) <= colp->indent * line_size(up))
			return 1;
	return 0;
}

/* Line j holds a word ending left of the river's left side: a column
 * further left than the side's own edge. */
static int text_left_of(const pdf_line *l, size_t j, const river *r)
{
	for (size_t k = 0; k < l[j].nw; k++)
		if (l[j].w[k].b.right < r->el - colp->indent * line_size(&l[j]))
			return 1;
	return 0;
}

/* A line within beside_gap above or below the river holds text left of
 * its left side: the side is a column of a table whose rows are padded
 * apart (its ids stand on other lines than the prose cells beside
 * them), not a column of the page, which nothing stands left of. */
static int cells_beside(const pdf_line *l, size_t nl, const river *r)
{
	size_t last = r->first + r->n - 1;
	double gap = colp->beside_gap * line_size(&l[r->first]);
	for (size_t j = r->first; j-- > 0 && l[r->first].b.top - l[j].b.bottom <= gap;)
		if (text_left_of(l, j, r))
			return 1;
	for (size_t j = last + 1; j < nl && l[j].b.top - l[last].b.bottom <= gap; j++)
		if (text_left_of(l, j, r))
			return 1;
	return 0;
}

static int is_gutter(const pdf_page *p, const pdf_reading *rd, const river *r, const pdf_line *l,
		     size_t nl)
{
	/* the lines of running text follow each other at a leading, a
	 * paragraph's white now and then; a table's rows padded apart
	 * leave a line's white or so between every two */
	if (r->n > 1 && 2 * r->apart > r->n - 1)
		return 0;
	if (!narrow_against_columns(r) || starts_inside(p, l, r) || cells_beside(l, nl, r))
		return 0;
	if (is_known(rd, r, line_size(&l[r->first])))
		return r->nl >= colp->known_min_lines && r->nr >= colp->known_min_lines && r->pl && r->pr;
	/* columns of running text wrap their lines, each side somewhere;
	 * a table's cells of one line each do not */
	if (r->nl < colp->min_lines || r->nr < colp->min_lines ||
	    r->pl < colp->prose_share * r->nl || r->pr < colp->prose_share * r->nr || !r->wl ||
	    !r->wr)
		return 0;
	double min = colp->gutter_min * line_size(&l[r->first]);
	return !side_splits(l, r, 1, min) && !side_splits(l, r, 0, min);
}

static void remember(pdf_reading *rd, const pdf_gutter *g)
{
	if (!rd)
		return;
	for (size_t i = 0; i < rd->nknown; i++)
		if (rd->known[i].x0 < g->x1 && rd->known[i].x1 > g->x0)
			return;
	if (rd->nknown < PDF_MAX_GUTTERS)
		rd->known[rd->nknown++] = *g;
}

/* A ruling crosses the band from side to side, or runs down it, beside
 * the river's lines: a table's rule. A level one that stops inside the
 * white is one column's own (a footnote's rule drawn the column's
 * measure, past the ends of its ragged lines). */
static int ruled(const pdf_page *p, double x0, double x1, double top, double bottom)
{
	for (size_t i = 0; i < p->nr; i++) {
		const pdf_ruling *r = &p->r[i];
		if (r->y1 < top || r->y0 > bottom)
			continue;
		if (r->y0 == r->y1 ? r->x0 <= x0 && r->x1 >= x1 : r->x0 < x1 && r->x1 > x0)
			return 1;
	}
	return 0;
}

/* A running head or foot ("Page 3" beside a title) is none of a column:
 * a line in the top or bottom band of the page set apart from the body
 * by white. The columns' own lines may reach into those bands. */
static int detached(const pdf_page *p, const pdf_line *l, size_t nl, size_t k)
{
	double size = line_size(&l[k]);
	if (l[k].b.bottom <= p->height * PDF_MARGIN_SHARE)
		return k + 1 >= nl || l[k + 1].b.top - l[k].b.bottom > colp->furniture_gap * size;
	if (l[k].b.top >= p->height * (1 - PDF_MARGIN_SHARE))
		return k == 0 || l[k].b.top - l[k - 1].b.bottom > colp->furniture_gap * size;
	return 0;
}

/* The words on one side of a line are spaced as running text is: no
 * space wider than a gutter, or all spaces alike (a justified line with
 * few words stretches them all); a table's cells leave one wide white
 * among narrow word spaces. */
static int running_text(const side *s, double size)
{
	return s->words < 2 || s->gmax < colp->gutter_min * size ||
	       (s->words > 2 && s->gmax <= colp->justified_spread * s->gmin);
}

/* Text on one side of the river, spaced as running text, starting at
 * that side's edge *edge (NAN: this is its first line, which sets it). */
static int flush(const side *s, double *edge, double size)
{
	if (!s->has)
		return 1;
	if (!running_text(s, size))
		return 0;
	if (isnan(*edge))
		*edge = s->left;
	if (fabs(s->left - *edge) > colp->indent * size)
		return 0;
	*edge = fmin(*edge, s->left);
	return 1;
}

/* Follows the river that starts at line i with the gap [x0, x1] down the
 * page; returns it, ending where a line crosses it, where text on a side
 * is not that column's, or where a line on one side only stands further
 * from the line above than the columns' lines from each other. */
static river follow(const pdf_page *p, const pdf_line *l, size_t nl, size_t i, double x0,
		    double x1)
{
	river r = {x0, x1, i, 0, 0, 0, 0, 0, NAN, NAN, 0, NAN, 0, 0, 0, {0}, {0}};
	for (size_t k = i; k < nl; k++) {
		side a, b;
		double lo = r.x0, hi = r.x1, size = line_size(&l[k]);
		split_sides(&l[k], &lo, &hi, &a, &b);
		if (hi - lo < colp->gutter_min * size || detached(p, l, nl, k))
			break;
		/* a rule across the white above the line closes the columns
		 * (the top rule of a table under them) */
		if (k > i && ruled(p, lo, hi, l[k - 1].b.bottom, l[k].b.top))
			break;
		double el = r.el, er = r.er;
		if (!flush(&a, &el, size) || !flush(&b, &er, size))
			break;
		double white = k > i ? l[k].b.top - l[k - 1].b.bottom : NAN;
		if (!(a.has && b.has) && k > i &&
		    (!follows(l, k - 1, k) ||
		     (!isnan(r.lead) && white > r.lead + colp->leading_slack * size)))
			break;
		if (k > i) {
			r.lead = isnan(r.lead) ? white : fmax(r.lead, white);
			r.apart += white > colp->tail_gap * size;
		}
		r.x0 = lo, r.x1 = hi, r.el = el, r.er = er;
		count_side(&r, &a, &b);
		r.n++;
	}
	return r;
}

/* The gutter that starts at line i, if any (n 0: none): the one
 * through most lines of the rivers starting at the whites of line i
 * wide enough for one (in justified prose a word space may be wider than
 * the gutter). */
static river gutter_from(const pdf_page *p, const pdf_reading *rd, const pdf_line *l,
			 size_t nl, size_t i)
{
	river best = {0};
	for (size_t k = 1; k < l[i].nw; k++) {
		double x0 = l[i].w[k - 1].b.right, x1 = l[i].w[k].b.left;
		if (x1 - x0 < colp->gutter_min * line_size(&l[i]))
			continue;
		river r = follow(p, l, nl, i, x0, x1);
		if (r.n > best.n && is_gutter(p, rd, &r, l, nl) &&
		    !ruled(p, r.x0, r.x1, l[i].b.top, l[i + r.n - 1].b.bottom))
			best = r;
	}
	return best;
}

/* The first line of the columns gutter r runs between: lines above its
 * first, down to line lo, that leave its white as it is, each side
 * flush with its column: a heading set beside the top of the other
 * column, whose short lines left the river's first band too wide to
 * be a gutter. */
static size_t reach_up(const pdf_page *p, const pdf_line *l, size_t nl, size_t lo, const river *r)
{
	size_t i = r->first;
	while (i > lo && !detached(p, l, nl, i - 1)) {
		const pdf_line *up = &l[i - 1];
		double x0 = r->x0, x1 = r->x1, el = r->el, er = r->er, size = line_size(up);
		side a, b;
		split_sides(up, &x0, &x1, &a, &b);
		if (x0 > r->x0 || x1 < r->x1 || !flush(&a, &el, size) || !flush(&b, &er, size) ||
		    (!(a.has && b.has) && !follows(l, i - 1, i)) ||
		    ruled(p, r->x0, r->x1, up->b.bottom, l[i].b.top))
			break;
		i--;
	}
	return i;
}

/* ---- pages that are ruled cells ----------------------------------------- */

/* Where four rulings close a point in: between a left and a right one
 * running past it, and under and over ones running across it; the box
 * holds the points they all close in (empty: none). */
static pdf_box fence_around(const pdf_page *p, double x, double y)
{
	const pdf_ruling *left = NULL, *right = NULL, *top = NULL, *bottom = NULL;
	for (size_t i = 0; i < p->nr; i++) {
		const pdf_ruling *r = &p->r[i];
		if (r->x0 == r->x1 && r->y0 <= y && r->y1 >= y) {
			if (r->x0 <= x && (!left || r->x0 > left->x0))
				left = r;
			if (r->x0 >= x && (!right || r->x0 < right->x0))
				right = r;
		} else if (r->y0 == r->y1 && r->x0 <= x && r->x1 >= x) {
			if (r->y0 <= y && (!top || r->y0 > top->y0))
				top = r;
			if (r->y0 >= y && (!bottom || r->y0 < bottom->y0))
				bottom = r;
		}
	}
	if (!left || !right || !top || !bottom)
		return (pdf_box){1, 1, 0, 0};
	return (pdf_box){fmax(top->y0, fmax(left->y0, right->y0)),
			 fmax(left->x0, fmax(top->x0, bottom->x0)),
			 fmin(bottom->y0, fmin(left->y1, right->y1)),
			 fmin(right->x0, fmin(top->x1, bottom->x1))};
}

static int fences(const pdf_box *f, double x, double y)
{
	return f->left <= x && f->right >= x && f->top <= y && f->bottom >= y;
}

/* Cells a page's text runs through in turn (the pieces of one table
 * row interleave) */
#define FENCES_KEPT 8

/* Every glyph's centre lies within rulings on all four sides: the page's
 * text is all in ruled cells (a page of a ruled table), where no column
 * of running text is set, so its gutters need not be looked for. */
static int all_in_ruled_cells(const pdf_page *p)
{
	pdf_box kept[FENCES_KEPT];
	for (size_t k = 0; k < FENCES_KEPT; k++)
		kept[k] = (pdf_box){1, 1, 0, 0};
	size_t next = 0, last = 0; /* the slot to fill, the one the last glyph was in */
	for (size_t i = 0; i < p->ng; i++) {
		double x = (p->g[i].b.left + p->g[i].b.right) / 2;
		double y = (p->g[i].b.top + p->g[i].b.bottom) / 2;
		if (fences(&kept[last], x, y))
			continue; /* most glyphs: the cell of the glyph before */
		size_t k = 0;
		while (k < FENCES_KEPT && !fences(&kept[k], x, y))
			k++;
		if (k == FENCES_KEPT) {
			kept[k = next] = fence_around(p, x, y);
			if (!fences(&kept[k], x, y))
				return 0;
			next = (next + 1) % FENCES_KEPT;
		}
		last = k;
	}
	return 1;
}

size_t pdf_find_gutters(const pdf_page *p, pdf_reading *rd, pdf_gutter *out, size_t max)
{
	size_t nl, n = 0;
	if (all_in_ruled_cells(p))
		return 0;
	pdf_line *l = pdf_line_boxes(p->g, p->ng, &nl); /* the text is not read here */
	for (size_t i = 0, lo = 0; i < nl && n < max;) {
		river r = gutter_from(p, rd, l, nl, i);
		if (!r.n) {
			i++;
			continue;
		}
		out[n] = (pdf_gutter){r.x0, r.x1, l[reach_up(p, l, nl, lo, &r)].b.top,
				      l[i + r.n - 1].b.bottom};
		pdf_debug_add_box(p->debug, PDF_DEBUG_GAP,
				  &(pdf_box){out[n].top, out[n].x0, out[n].bottom, out[n].x1});
		remember(rd, &out[n++]);
		lo = i += r.n;
	}
	pdf_lines_free(l, nl);
	return n;
}

/* ---- stacking --------------------------------------------------------- */

static void move_box(pdf_box *b, double dx, double dy)
{
	b->left += dx, b->right += dx, b->top += dy, b->bottom += dy;
}

/* The left edge of the text on either side of gutter g. */
static void column_lefts(const pdf_page *p, const pdf_gutter *g, double *left, double *right)
{
	*left = g->x0, *right = p->width;
	for (size_t i = 0; i < p->ng; i++) {
		const pdf_box *b = &p->g[i].b;
		double y = (b->top + b->bottom) / 2;
		if (y < g->top || y > g->bottom)
			continue;
		if (b->right <= g->x0)
			*left = fmin(*left, b->left);
		else if (b->left >= g->x1)
			*right = fmin(*right, b->left);
	}
}

/* The white between the last two lines of the column left of gutter g
 * (glyph last ends its last line), where they stand as a paragraph's
 * lines do; else line_space ems: the right column goes on at that
 * leading, so that a sentence going on across the gutter stays one
 * paragraph. */
static double column_leading(const pdf_page *p, const pdf_gutter *g, const pdf_glyph *last,
			     double size)
{
	double above = -HUGE_VAL; /* the bottom of the line above the last */
	for (size_t i = 0; last && i < p->ng; i++) {
		const pdf_glyph *c = &p->g[i];
		double y = (c->b.top + c->b.bottom) / 2;
		if (y >= g->top && y < last->b.top && c->b.right <= g->x0)
			above = fmax(above, c->b.bottom);
	}
	double white = last ? last->b.top - above : HUGE_VAL;
	return white <= colp->tail_gap * size ? white : colp->line_space * size;
}

/* Moves the column right of g under the one left of it. */
static void stack_one(pdf_page *p, const pdf_gutter *g)
{
	double left, right;
	column_lefts(p, g, &left, &right);
	double dx = left - right;
	/* the right column starts just under the left one: a paragraph going
	 * on across the gutter stays one, unless the left column's last line
	 * ends a sentence (then a paragraph's space) */
	const pdf_glyph *last = NULL;
	for (size_t i = 0; i < p->ng; i++) {
		const pdf_glyph *c = &p->g[i];
		double y = (c->b.top + c->b.bottom) / 2;
		if (y < g->top || y > g->bottom || c->b.right > g->x0)
			continue;
		if (!last || c->b.top > last->b.bottom ||
		    (c->b.bottom > last->b.top && c->b.right > last->b.right))
			last = c;
	}
	double size = last ? fmax(last->size, 1) : 1;
	int ends = last && strchr(".:!?", last->u[0]) && last->u[1] == 0;
	double space = ends ? colp->paragraph_space * size : column_leading(p, g, last, size);
	double dy = g->bottom - g->top + space;
	for (size_t i = 0; i < p->ng; i++) {
		pdf_box *b = &p->g[i].b;
		double y = (b->top + b->bottom) / 2;
		if (y > g->bottom)
			move_box(b, 0, dy);
		else if (y >= g->top && b->left >= g->x1)
			move_box(b, dx, dy);
	}
	/* A ruling that starts under the river's middle and runs on below
	 * it is what lies below, even where it starts within the last
	 * line's box: a table's column rules drawn from close under the
	 * columns move down with its rows. (One across the gutter there
	 * would have left no gutter.) */
	double middle = (g->top + g->bottom) / 2;
	for (size_t i = 0; i < p->nr; i++) {
		pdf_ruling *r = &p->r[i];
		double x = 0, y = 0;
		if (r->y0 > g->bottom || (r->y0 > middle && r->y1 > g->bottom))
			y = dy;
		else if (r->y0 >= g->top && r->y1 <= g->bottom && r->x0 >= g->x1)
			x = dx, y = dy;
		r->x0 += x, r->x1 += x, r->y0 += y, r->y1 += y;
	}
	p->height += dy;
}

void pdf_page_stack_columns(pdf_page *p, const pdf_gutter *g, size_t n)
{
	/* from the bottom up: moving what lies below a gutter leaves the
	 * gutters above it where they were found */
	for (size_t k = n; k > 0; k--)
		stack_one(p, &g[k - 1]);
}
