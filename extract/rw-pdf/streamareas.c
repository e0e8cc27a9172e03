/* streamareas.c - --method stream over a whole page: its tables where
 * auto mode finds them, each read as --method stream reads an area.
 *
 * Read as one table, a page's title or note as wide as the page runs
 * across every column gap, and two tables one over the other share one
 * set of columns: Tabula's stream reading of a whole page then gives a
 * table of numbers as a column or two of lines. Camelot's stream flavour
 * finds the table areas first, by their text edges (Nurminen), and reads
 * each alone; so does this: the areas are the ruled grids (lattice.c) and
 * the text-edge areas (pdf_stream_detect) of the page, and each one is
 * read with every line a row, its columns from its own lines only, the
 * glyphs wholly inside it its own (pdf_box_holds_glyph, as --area keeps
 * them). What lies outside every area stays the page's text.
 */
#include "rwlib.h"
#include "pdf.h"

#include <stdlib.h>
#include <string.h>

static int box_cmp(const void *a, const void *b)
{
	const pdf_box *x = a, *y = b;
	if (x->top != y->top)
		return (x->top > y->top) - (x->top < y->top);
	return (x->left > y->left) - (x->left < y->left);
}

static int inside(const pdf_box *a, const pdf_box *b)
{
	double cx = (b->left + b->right) / 2, cy = (b->top + b->bottom) / 2;
	return cx >= a->left && cx <= a->right && cy >= a->top && cy <= a->bottom;
}

/* The boxes of the page's ruled grids of two rows and two columns at
 * least (one row or column is a frame round text). */
static size_t grid_boxes(const pdf_page *p, pdf_box **out)
{
	size_t nt, n = 0;
	pdf_table *t = pdf_lattice_tables(p, NULL, NULL, &nt);
	*out = rw_xmalloc((nt + 1) * sizeof **out);
	for (size_t i = 0; i < nt; i++) {
		if (t[i].rows >= 2 && t[i].cols >= 2)
			(*out)[n++] = t[i].b;
		pdf_table_clear(&t[i]);
	}
	free(t);
	return n;
}

/* The boxes of the tables auto mode finds by their text edges in the
 * page's lines outside the grids (n of them in box). */
static size_t text_boxes(const pdf_page *p, pdf_box **box, size_t n)
{
	size_t nl, nt;
	pdf_line *l = pdf_lines_build(p->g, p->ng, &nl);
	int *used = rw_xcalloc(nl + 1, sizeof *used);
	for (size_t k = 0; k < nl; k++)
		for (size_t i = 0; i < n && !used[k]; i++)
			used[k] = inside(&(*box)[i], &l[k].b);
	pdf_ruling *level;
	size_t nr = pdf_level_rulings(p, &level);
	pdf_mark_cell_starts(l, nl, used, NULL, 0);
	pdf_table *t = pdf_stream_detect(l, nl, used, NULL, level, nr, 1, &nt);
	*box = rw_xrealloc(*box, (n + nt + 1) * sizeof **box);
	for (size_t i = 0; i < nt; i++) {
		(*box)[n++] = t[i].b;
		pdf_table_clear(&t[i]);
	}
	free(t);
	free(level);
	free(used);
	pdf_lines_free(l, nl);
	return n;
}

void pdf_stream_page_table(const pdf_page *p, const pdf_box *area, pdf_table *t)
{
	size_t nl;
	pdf_line *l = pdf_lines_build(p->g, p->ng, &nl);
	double *xs = NULL;
	size_t nx = p->have_rulings ? pdf_vertical_bounds(p, area, &xs) : 0;
	pdf_stream_table(l, nl, xs, nx >= 2 ? nx : 0, t);
	t->page = p->number;
	free(xs);
	pdf_lines_free(l, nl);
}

/* Area a of page p read as --area a reads it (pdf_page_crop); its
 * glyphs are moved out of p. */
static void read_area(pdf_page *p, const pdf_box *a, pdf_table *t)
{
	pdf_page c = *p;
	c.g = rw_xmalloc((p->ng + 1) * sizeof *c.g);
	c.ng = 0;
	size_t n = 0;
	for (size_t i = 0; i < p->ng; i++)
		if (pdf_box_holds_glyph(a, &p->g[i]))
			c.g[c.ng++] = p->g[i];
		else
			p->g[n++] = p->g[i];
	p->ng = n;
	c.r = rw_xmalloc((p->nr + 1) * sizeof *c.r);
	if (p->nr)
		memcpy(c.r, p->r, p->nr * sizeof *c.r);
	pdf_page_crop(&c, a); /* clips the rulings */
	pdf_stream_page_table(&c, a, t);
	free(c.g);
	free(c.r);
}

pdf_table *pdf_stream_areas(pdf_page *p, size_t *nt)
{
	pdf_box *box;
	size_t n = grid_boxes(p, &box);
	n = text_boxes(p, &box, n);
	qsort(box, n, sizeof *box, box_cmp);
	pdf_table *t = rw_xmalloc((n + 1) * sizeof *t);
	*nt = 0;
	for (size_t i = 0; i < n; i++) {
		read_area(p, &box[i], &t[*nt]);
		if (t[*nt].rows > 0)
			(*nt)++;
		else
			pdf_table_clear(&t[*nt]);
	}
	free(box);
	return t;
}
