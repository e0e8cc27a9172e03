/* picture.c - a PNG of a page with what the reader saw drawn over it
 * (--debug DIR).
 *
 * The page is drawn as poppler draws it (pages.c renders it onto the
 * picture's canvas while the text is read), and the boxes noted on it
 * (debug.c) are drawn over it, each kind in a colour of its own, as
 * pdfplumber's debug_tablefinder and Camelot's plot show theirs.  The
 * PNG is written whole or not at all (a temporary file, then renamed).
 */
#include "rwlib.h"
#include "pdf.h"

#include <cairo.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Pixels a point: half-point detail, as a reader zooms in on a table. */
#define DEBUG_SCALE 2.0
/* Pixels a picture at most (a huge page is drawn smaller): 64 MB of
 * memory at four bytes a pixel. */
#define DEBUG_MAX_PIXELS 16e6

struct pdf_picture {
	char *path;
	double scale; /* pixels a point */
	cairo_surface_t *surface;
	cairo_t *canvas;
};

/* How each kind is drawn: a colour (rgba) and a line width in pixels
 * (0: filled). */
static const struct look {
	double r, g, b, a, width;
} looks[PDF_DEBUG_NKINDS] = {
	[PDF_DEBUG_GLYPH] = {0.0, 0.3, 1.0, 0.6, 0.5},
	[PDF_DEBUG_RULING] = {1.0, 0.0, 0.0, 0.9, 2.0},
	[PDF_DEBUG_EDGE] = {0.0, 0.7, 0.0, 0.9, 1.5},
	[PDF_DEBUG_GAP] = {1.0, 0.85, 0.0, 0.3, 0},
	[PDF_DEBUG_AREA] = {0.8, 0.0, 0.8, 0.9, 3.0},
	[PDF_DEBUG_CELL] = {1.0, 0.5, 0.0, 0.8, 1.0},
};

double pdf_debug_scale(double width, double height)
{
	double px = width * height * DEBUG_SCALE * DEBUG_SCALE;
	return px > DEBUG_MAX_PIXELS ? DEBUG_SCALE * sqrt(DEBUG_MAX_PIXELS / px) : DEBUG_SCALE;
}

pdf_debug *pdf_debug_new(const char *path, double width, double height)
{
	if (!(width > 0 && height > 0 && width * height < 1e12))
		return NULL;
	struct pdf_picture *pic = rw_xcalloc(1, sizeof *pic);
	pic->scale = pdf_debug_scale(width, height);
	int w = (int)ceil(width * pic->scale), h = (int)ceil(height * pic->scale);
	pic->surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	pic->canvas = cairo_create(pic->surface);
	cairo_set_source_rgb(pic->canvas, 1, 1, 1);
	cairo_paint(pic->canvas);
	cairo_scale(pic->canvas, pic->scale, pic->scale);
	pic->path = rw_xstrdup(path);
	pdf_debug *d = rw_xcalloc(1, sizeof *d);
	d->picture = pic;
	return d;
}

struct _cairo *pdf_debug_canvas(pdf_debug *d)
{
	return d ? d->picture->canvas : NULL;
}

/* The noted boxes over the page, kind by kind (cells over areas over
 * rulings over glyphs: the later kinds are the reader's conclusions). */
static void draw_boxes(const pdf_debug *d)
{
	cairo_t *cr = d->picture->canvas;
	double k = d->picture->scale;
	cairo_identity_matrix(cr);
	for (int kind = 0; kind < PDF_DEBUG_NKINDS; kind++) {
		const struct look *lk = &looks[kind];
		for (size_t i = 0; i < d->n; i++) {
			if ((int)d->box[i].kind != kind)
				continue;
			pdf_box shown = pdf_debug_shown(d, i);
			const pdf_box *b = &shown;
			double x0 = b->left * k, y0 = b->top * k, x1 = b->right * k, y1 = b->bottom * k;
			if (x1 - x0 <= 0 || y1 - y0 <= 0) {
				cairo_move_to(cr, x0, y0);
				cairo_line_to(cr, x1, y1);
			} else {
				cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
			}
		}
		cairo_set_source_rgba(cr, lk->r, lk->g, lk->b, lk->a);
		if (lk->width > 0) {
			cairo_set_line_width(cr, lk->width);
			cairo_stroke(cr);
		} else {
			cairo_fill(cr);
		}
	}
}

int pdf_debug_finish(pdf_debug *d)
{
	if (!d)
		return 0;
	struct pdf_picture *pic = d->picture;
	draw_boxes(d);
	cairo_surface_flush(pic->surface);
	size_t n = strlen(pic->path) + 5;
	char *tmp = rw_xmalloc(n);
	snprintf(tmp, n, "%s.tmp", pic->path);
	errno = 0;
	int rc = cairo_surface_write_to_png(pic->surface, tmp) == CAIRO_STATUS_SUCCESS &&
			 rename(tmp, pic->path) == 0
		 ? 0
		 : -1;
	if (rc != 0) {
		int e = errno ? errno : EIO;
		remove(tmp);
		errno = e;
	}
	free(tmp);
	pdf_debug_free(d);
	return rc;
}

void pdf_debug_free(pdf_debug *d)
{
	if (!d)
		return;
	if (d->picture) {
		cairo_destroy(d->picture->canvas);
		cairo_surface_destroy(d->picture->surface);
		free(d->picture->path);
		free(d->picture);
	}
	free(d->box);
	free(d);
}
