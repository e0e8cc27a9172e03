/* rulings.c - pages rendered for their ruling lines (scan.c finds them).
 *
 * poppler-glib draws a page only through cairo and exposes no paths.
 * Capturing paths was tried and dropped: a recording surface keeps them
 * but gives none back through the public API, a script surface writes
 * every glyph too, and an observer surface (to count fills and strokes)
 * over a recording surface costs seconds a page.  So the lines are found
 * in pixels, which works for any producer (stroked paths, thin filled
 * rectangles, shaded rows): the page is rendered into an RGB image at
 * `scale` pixels a point (rw-pdf uses 2: column snapping needs half-point
 * precision, and at 1 a thin line straddling two pixel rows shows as
 * two).  Glyphs are not drawn (glyphless.c).  The image's memory is
 * kept from page to page.
 *
 * poppler-glib lays out a page's text as a side effect of the first
 * rendering of a PopplerPage, and poppler_page_get_text() and friends
 * then use that layout instead of reading the page again, which is most
 * of their cost.  The layout is the same either way, except that a
 * rendering also draws annotations, whose text would then join the
 * page's: rw-pdf renders first only pages whose annotations are all
 * links (pdf_render_keeps_text).
 */
#include "recwatch.h"
#include "pdf.h"

#include <cairo.h>
#include <math.h>
#include <poppler.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define MAX_SIDE 20000 /* pixels */

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

/* Pixel memory in huge pages where the system gives them on request: a
 * page's 8 MB in 2 MB pages costs 4 page faults instead of 2,000, which
 * is a good share of reading a short document. */
static unsigned char *raster_alloc(size_t n)
{
	enum { HUGE = 2 << 20 };
	size_t rounded = (n + HUGE - 1) / HUGE * HUGE;
	void *p = aligned_alloc(HUGE, rounded);
	if (!p)
		return rw_xmalloc(n);
#ifdef MADV_HUGEPAGE
	madvise(p, rounded, MADV_HUGEPAGE);
#endif
	return p;
}

int pdf_raster_render(pdf_raster *r, PopplerPage *pp, double scale)
{
	double pw, ph;
	poppler_page_get_size(pp, &pw, &ph);
	r->ok = 0;
	int w = (int)ceil(pw * scale), h = (int)ceil(ph * scale);
	if (!(w > 0 && h > 0 && w <= MAX_SIDE && h <= MAX_SIDE))
		return -1;
	int stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, w);
	size_t need = (size_t)stride * h;
	if (need > r->cap) {
		free(r->data);
		r->data = raster_alloc(need);
		r->cap = need;
		r->white = 0;
	}
	/* white paper */
	if (!r->white)
		memset(r->data, 0xFF, need);
	r->white = 0;
	cairo_surface_t *img =
		cairo_image_surface_create_for_data(r->data, CAIRO_FORMAT_RGB24, w, h, stride);
	if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(img);
		return -1;
	}
	cairo_t *cr = cairo_create(img);
	cairo_scale(cr, scale, scale);
	poppler_page_render(pp, cr);
	cairo_destroy(cr);
	cairo_surface_flush(img);
	cairo_surface_destroy(img);
	r->w = w, r->h = h, r->stride = stride, r->scale = scale;
	r->ok = 1;
	return 0;
}

void pdf_raster_whiten(pdf_raster *r)
{
	if (r->data && !r->white) {
		memset(r->data, 0xFF, r->cap);
		r->white = 1;
	}
}

int pdf_raster_is_white(const pdf_raster *r)
{
	if (!r->ok)
		return 0;
	for (int y = 0; y < r->h; y++) {
		const unsigned char *row = r->data + (size_t)y * r->stride;
		for (int x = 0; x < r->w; x++) {
			uint32_t v;
			memcpy(&v, row + (size_t)x * 4, 4);
			if ((v & 0xFFFFFF) != 0xFFFFFF) /* the top byte is unused */
				return 0;
		}
	}
	return 1;
}

void pdf_raster_free(pdf_raster *r)
{
	free(r->data);
	memset(r, 0, sizeof *r);
}

void pdf_page_find_rulings(pdf_page *p, const pdf_raster *r)
{
	p->have_rulings = 1;
	if (r->ok)
		pdf_scan_rulings(p, r->data, (size_t)r->stride, r->w, r->h, r->scale);
}
