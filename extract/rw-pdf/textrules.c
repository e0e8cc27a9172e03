/* textrules.c - ruling lines drawn with characters.
 *
 * A text report printed as it is (psql's and MySQL's result tables,
 * org-mode's and reStructuredText's grid tables, a browser's text dump)
 * draws a table's lines with characters: "+----+----+" across, "|" down
 * (or the box-drawing characters, U+2500 to U+257F, as terminals do).
 * Such characters are the page's drawing, not its text: they are taken
 * out of the text and become rulings, and the tables are read as ruled
 * (lattice.c).
 *  - Across: a run of min_run glyphs or more that touch on one line,
 *    dashes, equals signs, underscores or box lines across, with the
 *    corners and crossings ("+", box corners) and bars at its ends, is
 *    a ruling through the middle of the line. A shorter run ("--", a
 *    dash in a sentence) stays text.
 *  - Down: a bar ("|", box lines down) or a crossing with another one
 *    right above or under it, in the same character column, is a piece
 *    of a ruling down. A terminal's box character fills its character
 *    cell, so each piece reaches half a line past its glyph's box, to
 *    the middle of the line above and below, where the rulings across
 *    run. A bar alone ("Resolutions | Meeting") stays text.
 * Lengths are in ems of the glyph's font (its size).
 */
#include "rwlib.h"
#include "pdf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const pdf_textrule_params pdf_textrule_defaults = {
	/* "--" is a dash in running text; three make a line */
	.min_run = 3,
	/* glyphs of one run touch, but for the rounding of their advances */
	.touch = 0.1,
	/* a character column: glyphs of one monospaced column share their
	 * middle but for rounding */
	.same_column = 0.1,
	/* the next line's glyph: lines stand a leading apart, their boxes
	 * closer than half a line */
	.next_line = 0.5,
};
static const pdf_textrule_params *const trp = &pdf_textrule_defaults;

enum { NOT_RULE, ACROSS, DOWN, CROSSING };

/* What glyph g draws, as a piece of a ruling. */
static int rule_kind(const pdf_glyph *g)
{
	const unsigned char *u = (const unsigned char *)g->u;
	if (u[0] && !u[1])
		switch (u[0]) {
		case '-': case '=': case '_':
			return ACROSS;
		case '|':
			return DOWN;
		case '+':
			return CROSSING;
		default:
			return NOT_RULE;
		}
	/* U+2500 to U+257F, box drawing: E2 94 80 to E2 95 BF */
	if (u[0] != 0xE2 || (u[1] != 0x94 && u[1] != 0x95) || !u[2] || u[3])
		return NOT_RULE;
	unsigned c = 0x2500 + ((unsigned)(u[1] - 0x94) << 6) + (u[2] & 0x3F);
	switch (c) {
	case 0x2500: case 0x2501: case 0x2504: case 0x2505: case 0x2508: case 0x2509:
	case 0x254C: case 0x254D: case 0x2550:
		return ACROSS;
	case 0x2502: case 0x2503: case 0x2506: case 0x2507: case 0x250A: case 0x250B:
	case 0x254E: case 0x254F: case 0x2551:
		return DOWN;
	default:
		return CROSSING;
	}
}

static double glyph_em(const pdf_glyph *g) { return fmax(g->size, 1); }
static double cell_mid_x(const pdf_glyph *g) { return (g->b.left + g->b.right) / 2; }
static double cell_mid_y(const pdf_glyph *g) { return (g->b.top + g->b.bottom) / 2; }

/* Glyph b follows glyph a on its line, touching it. */
static int touches(const pdf_glyph *a, const pdf_glyph *b)
{
	double tol = trp->touch * glyph_em(a);
	return fabs(b->b.left - a->b.right) <= tol && fabs(cell_mid_y(a) - cell_mid_y(b)) <= tol;
}

/* Marks the runs across in rule[] (the glyphs that go) and adds their
 * rulings; glyphs are in the text's order, a line's left to right. */
static void runs_across(pdf_page *p, const int *kind, unsigned char *rule)
{
	for (size_t i = 0; i < p->ng;) {
		size_t j = i, across = 0;
		while (j < p->ng && kind[j] != NOT_RULE && (j == i || touches(&p->g[j - 1], &p->g[j]))) {
			across += kind[j] == ACROSS;
			j++;
		}
		if (across >= trp->min_run) {
			double y = cell_mid_y(&p->g[i]);
			pdf_page_add_ruling(p, p->g[i].b.left, y, p->g[j - 1].b.right, y);
			memset(rule + i, 1, j - i);
		}
		i = j > i ? j : i + 1;
	}
}

/* A piece down through glyph g's character cell: a bar fills the cell
 * and reaches the middle of the lines above and under it; a crossing or
 * a corner stops at its own middle where no piece goes on (above: a
 * glyph of the column right above it goes on). */
static void add_down(pdf_page *p, const pdf_glyph *g, int crossing, int above, int below)
{
	double half = trp->next_line * (g->b.bottom - g->b.top), x = cell_mid_x(g);
	double top = crossing && !above ? cell_mid_y(g) : g->b.top - half;
	double bottom = crossing && !below ? cell_mid_y(g) : g->b.bottom + half;
	pdf_page_add_ruling(p, x, top, x, bottom);
}

static const pdf_glyph *column_glyphs;

/* Character columns, then top to bottom. */
static int by_column(const void *a, const void *b)
{
	const pdf_glyph *x = &column_glyphs[*(const size_t *)a], *y = &column_glyphs[*(const size_t *)b];
	if (fabs(cell_mid_x(x) - cell_mid_x(y)) > trp->same_column * glyph_em(x))
		return cell_mid_x(x) < cell_mid_x(y) ? -1 : 1;
	return (x->b.top > y->b.top) - (x->b.top < y->b.top);
}

/* Glyph b stands right under glyph a, in its character column. */
static int under(const pdf_glyph *a, const pdf_glyph *b)
{
	return fabs(cell_mid_x(a) - cell_mid_x(b)) <= trp->same_column * glyph_em(a) && b->b.top > a->b.top &&
	       b->b.top - a->b.bottom <= trp->next_line * (a->b.bottom - a->b.top);
}

/* Bars and crossings with another right above or under them: pieces
 * down, marked in rule[]. */
static void pieces_down(pdf_page *p, const int *kind, unsigned char *rule)
{
	size_t n = 0, *at = rw_xmalloc((p->ng + 1) * sizeof *at);
	for (size_t i = 0; i < p->ng; i++)
		if (kind[i] == DOWN || kind[i] == CROSSING)
			at[n++] = i;
	column_glyphs = p->g;
	qsort(at, n, sizeof *at, by_column);
	for (size_t k = 0; k < n; k++) {
		const pdf_glyph *g = &p->g[at[k]];
		int above = k > 0 && under(&p->g[at[k - 1]], g);
		int below = k + 1 < n && under(g, &p->g[at[k + 1]]);
		if (above || below) {
			add_down(p, g, kind[at[k]] == CROSSING, above, below);
			rule[at[k]] = 1;
		}
	}
	free(at);
}

size_t pdf_page_text_rulings(pdf_page *p)
{
	if (!p->ng)
		return 0;
	int *kind = rw_xmalloc(p->ng * sizeof *kind);
	unsigned char *rule = rw_xcalloc(p->ng, 1);
	int any = 0;
	for (size_t i = 0; i < p->ng; i++)
		any |= (kind[i] = rule_kind(&p->g[i])) != NOT_RULE;
	size_t before = p->nr, n = 0;
	if (any) {
		runs_across(p, kind, rule);
		pieces_down(p, kind, rule);
	}
	for (size_t i = 0; i < p->ng; i++)
		if (!rule[i])
			p->g[n++] = p->g[i];
	size_t taken = p->ng - n;
	p->ng = n;
	if (p->nr > before)
		p->have_rulings = 1;
	free(kind);
	free(rule);
	return taken;
}
