/* clipped.c - text the page draws where its clip hides it.
 *
 * poppler's text layer holds every character a page's content shows
 * with a text operator, clipped or not. Some producers draw text past
 * the clip as a matter of course: a browser engine printing a page
 * (Qt WebKit's wkhtmltopdf) draws the line a page break cuts on both
 * pages, the clip of the first leaving a sliver of it; a spreadsheet
 * clips a cell's text that runs into the next cell. The reader sees
 * what a person sees: a glyph whose middle the clip hides is no text of
 * the page (drawing.c finds such middles as poppler draws, testing each
 * against cairo's clip). Its character is taken out here, where the
 * box poppler gave it holds that middle.
 */
#include "rwlib.h"
#include "pdf.h"

#include <stdlib.h>
#include <string.h>

static int by_y(const void *a, const void *b)
{
	double x = ((const pdf_point *)a)->y, y = ((const pdf_point *)b)->y;
	return (x > y) - (x < y);
}

/* The first of the n points sorted by y at or below y (n if none). */
static size_t first_from(const pdf_point *pt, size_t n, double y)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (pt[mid].y < y)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Whether box b holds one of the n points sorted by y. */
static int holds_one(const pdf_box *b, const pdf_point *pt, size_t n)
{
	for (size_t i = first_from(pt, n, b->top); i < n && pt[i].y <= b->bottom; i++)
		if (pt[i].x >= b->left && pt[i].x <= b->right)
			return 1;
	return 0;
}

size_t pdf_page_drop_hidden(pdf_page *p, const pdf_drawing *d)
{
	if (!d->nhidden || !p->ng)
		return 0;
	pdf_point *pt = rw_xmalloc(d->nhidden * sizeof *pt);
	memcpy(pt, d->hidden, d->nhidden * sizeof *pt);
	qsort(pt, d->nhidden, sizeof *pt, by_y);
	size_t kept = 0;
	for (size_t i = 0; i < p->ng; i++)
		if (!holds_one(&p->g[i].b, pt, d->nhidden))
			p->g[kept++] = p->g[i];
	free(pt);
	size_t dropped = p->ng - kept;
	p->ng = kept;
	return dropped;
}
