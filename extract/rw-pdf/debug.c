/* debug.c - the boxes the reader saw on a page, noted for its picture
 * (--debug DIR; picture.c draws them over the page).
 *
 * Any file of the geometry notes what it found with pdf_debug_add_box();
 * a page without a picture has a NULL pdf_debug, on which that does
 * nothing.  Nothing here needs poppler or cairo, so the geometry keeps
 * building without them (unit tests, fuzz harnesses).
 */
#include "rwlib.h"
#include "pdf.h"

void pdf_debug_add_box(pdf_debug *d, enum pdf_debug_kind kind, const pdf_box *b)
{
	if (!d || kind >= PDF_DEBUG_NKINDS)
		return;
	d->box = rw_xgrow(d->box, &d->cap, d->n + 1, sizeof *d->box);
	d->box[d->n++] = (pdf_debug_box){kind, *b};
}

void pdf_debug_add_table(pdf_debug *d, const pdf_table *t)
{
	if (!d)
		return;
	for (size_t i = 0; i < (size_t)t->rows * t->cols; i++)
		pdf_debug_add_box(d, PDF_DEBUG_CELL, &t->cb[i]);
	pdf_debug_add_box(d, PDF_DEBUG_AREA, &t->b);
}
