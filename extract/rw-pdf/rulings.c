/* rulings.c - a page drawn once for its rulings and its text.
 *
 * poppler_page_render() draws the page into drawing.c's recorder, which
 * keeps the strokes and fills and draws nothing; vectors.c then finds
 * the rulings in them.  A debug picture is drawn in a second pass.
 *
 * poppler-glib lays out a page's text as a side effect of the first
 * rendering of a PopplerPage, and poppler_page_get_text() and friends
 * then use that layout instead of reading the page again, which is most
 * of their cost.  The layout is the same either way, except that a
 * rendering also draws annotations, whose text would then join the
 * page's: rw-pdf renders first only pages whose annotations are all
 * links (pdf_render_keeps_text).
 */
#include "rwlib.h"
#include "pdf.h"

#include <cairo.h>
#include <poppler.h>

/* Device units a point while recording: poppler fits thin lines to whole
 * device units (stroke adjustment, for crisp pixels), which at 64 a point
 * moves a line by 1/128pt at most, where at one a point it moved it by
 * half a point. */
#define RECORD_SCALE 64.0

int pdf_render_keeps_text(PopplerPage *pp)
{
	GList *m = poppler_page_get_annot_mapping(pp);
	int links_only = 1;
	for (GList *a = m; a && links_only; a = a->next) {
		PopplerAnnotMapping *am = a->data;
		links_only = poppler_annot_get_annot_type(am->annot) == POPPLER_ANNOT_LINK;
	}
	poppler_page_free_annot_mapping(m);
	return links_only;
}

int pdf_page_draw(PopplerPage *pp, pdf_drawing *d, cairo_t *canvas)
{
	/* a recording surface: unbounded, so that clips are the page's own,
	 * and never drawn on */
	cairo_surface_t *s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cairo_t *cr = cairo_create(s);
	cairo_scale(cr, RECORD_SCALE, RECORD_SCALE);
	d->scale = RECORD_SCALE;
	int rc = pdf_drawing_begin(d, 0);
	poppler_page_render(pp, cr);
	pdf_drawing_end();
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	/* a picture is drawn apart: poppler fits lines to the pixels of an
	 * image, which would move the rulings by a fraction of a point */
	if (canvas)
		poppler_page_render(pp, canvas);
	return rc;
}
