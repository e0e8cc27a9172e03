/* drawing.c - a page's vector drawing, recorded as poppler draws it.
 *
 * poppler-glib draws a page only through cairo and hands out no paths.
 * But it calls cairo_stroke(), cairo_fill() and the rest from
 * libpoppler-glib into libcairo, and the dynamic linker binds such calls
 * to the executable's own definition first: those below.  While a
 * thread records (pdf_drawing_begin), each stroke and fill is kept as
 * its flattened path in device space (cairo_copy_path_flat through
 * cairo_user_to_device), with its source colour, line width and clip,
 * and nothing is drawn: no pixel is touched, no glyph rasterised, no
 * image composited.  Otherwise (another thread, or a debug picture being
 * drawn) each call goes on to cairo's own function (dlsym RTLD_NEXT).
 *
 * The state is per thread: poppler draws in the reading thread only
 * (pages.c), the geometry thread draws debug pictures with cairo at the
 * same time, and the two never see each other's recording.
 *
 * Should a build bind poppler's calls inside the library instead (a
 * static cairo, a poppler linked -Bsymbolic), nothing reaches these
 * functions: pdf_drawing_begin() sees that once, on a one-line page of
 * its own, and returns -1, and rw-pdf says it reads no rulings (tables
 * are then read from text alignment alone).  tests/unit/
 * test_pdf_render.c fails in such a build.
 */
#include "rwlib.h"
#include "pdf.h"

#include <cairo.h>
#include <dlfcn.h>
#include <math.h>
#include <poppler.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Shapes and path points a page at most: a ruled table page of 60 rows
 * of 12 columns, drawn side by side of each cell, is 1,500 strokes;
 * a map or a chart may be far more, and is no table. */
#define MAX_SHAPES 20000
#define MAX_VERTICES 200000
/* Glyphs a page at most: a page of 6pt text set solid holds some 15,000 */
#define MAX_GLYPHS 100000

static _Thread_local pdf_drawing *recording;
static _Thread_local int drawing_too;

/* cairo's own functions. */
static struct {
	void (*stroke)(cairo_t *), (*stroke_preserve)(cairo_t *);
	void (*fill)(cairo_t *), (*fill_preserve)(cairo_t *);
	void (*paint)(cairo_t *), (*paint_with_alpha)(cairo_t *, double);
	void (*mask)(cairo_t *, cairo_pattern_t *);
	void (*mask_surface)(cairo_t *, cairo_surface_t *, double, double);
	void (*show_glyphs)(cairo_t *, const cairo_glyph_t *, int);
	void (*show_text_glyphs)(cairo_t *, const char *, int, const cairo_glyph_t *, int,
				 const cairo_text_cluster_t *, int, cairo_text_cluster_flags_t);
	cairo_bool_t (*has_show_text_glyphs)(cairo_surface_t *);
} real;
static pthread_once_t real_once = PTHREAD_ONCE_INIT;

/* A function pointer from dlsym (POSIX makes the conversion work). */
#define REAL(f, name) (*(void **)&real.f = dlsym(RTLD_NEXT, name))

static void find_real(void)
{
	REAL(stroke, "cairo_stroke");
	REAL(stroke_preserve, "cairo_stroke_preserve");
	REAL(fill, "cairo_fill");
	REAL(fill_preserve, "cairo_fill_preserve");
	REAL(paint, "cairo_paint");
	REAL(paint_with_alpha, "cairo_paint_with_alpha");
	REAL(mask, "cairo_mask");
	REAL(mask_surface, "cairo_mask_surface");
	REAL(show_glyphs, "cairo_show_glyphs");
	REAL(show_text_glyphs, "cairo_show_text_glyphs");
	REAL(has_show_text_glyphs, "cairo_surface_has_show_text_glyphs");
}

/* Whether a call is drawn: always but while recording without a picture. */
static int draws(void)
{
	pthread_once(&real_once, find_real);
	return !recording || drawing_too;
}

static pdf_box device_clip(cairo_t *cr, double k)
{
	double x[2], y[2];
	cairo_clip_extents(cr, &x[0], &y[0], &x[1], &y[1]);
	pdf_box b = {INFINITY, INFINITY, -INFINITY, -INFINITY};
	for (int i = 0; i < 4; i++) {
		double px = x[i & 1], py = y[i >> 1];
		cairo_user_to_device(cr, &px, &py);
		b.left = fmin(b.left, px * k), b.right = fmax(b.right, px * k);
		b.top = fmin(b.top, py * k), b.bottom = fmax(b.bottom, py * k);
	}
	return b;
}

/* The path's points, device space in points; closing a subpath draws a
 * line back to its start. Returns how many were added, or -1 when the
 * bound was reached. */
static long add_path(pdf_drawing *d, cairo_t *cr)
{
	cairo_path_t *path = cairo_copy_path_flat(cr);
	long added = 0;
	double k = 1 / d->scale, sx = 0, sy = 0;
	for (int i = 0; path->status == CAIRO_STATUS_SUCCESS && i < path->num_data;
	     i += path->data[i].header.length) {
		const cairo_path_data_t *pd = &path->data[i];
		double x, y;
		int move = pd->header.type == CAIRO_PATH_MOVE_TO;
		if (pd->header.type == CAIRO_PATH_CLOSE_PATH)
			x = sx, y = sy;
		else if (pd->header.length >= 2)
			x = pd[1].point.x, y = pd[1].point.y, cairo_user_to_device(cr, &x, &y);
		else
			continue;
		if (move)
			sx = x, sy = y;
		if (d->nv >= MAX_VERTICES) {
			added = -1;
			break;
		}
		d->v = rw_xgrow(d->v, &d->capv, d->nv + 1, sizeof *d->v);
		d->v[d->nv++] = (pdf_vertex){x * k, y * k, (unsigned char)move};
		added++;
	}
	cairo_path_destroy(path);
	return added;
}

static void record(cairo_t *cr, enum pdf_paint paint)
{
	pdf_drawing *d = recording;
	if (d->ns >= MAX_SHAPES) {
		d->full = 1;
		return;
	}
	pdf_shape s = {.paint = (unsigned char)paint, .first = d->nv};
	long n = add_path(d, cr);
	if (n < 0)
		d->full = 1;
	if (n <= 0) {
		d->nv = s.first;
		return;
	}
	s.n = (size_t)n;
	double r, g, b, a;
	cairo_pattern_t *src = cairo_get_source(cr);
	s.solid = cairo_pattern_get_type(src) == CAIRO_PATTERN_TYPE_SOLID &&
		  cairo_pattern_get_rgba(src, &r, &g, &b, &a) == CAIRO_STATUS_SUCCESS;
	if (s.solid)
		s.r = (float)r, s.g = (float)g, s.b = (float)b, s.a = (float)a;
	if (paint == PDF_PAINT_STROKE) {
		/* the width across: the mean of its device lengths along x and y */
		double w = cairo_get_line_width(cr), wx = w, wy = 0, hx = 0, hy = w;
		cairo_user_to_device_distance(cr, &wx, &wy);
		cairo_user_to_device_distance(cr, &hx, &hy);
		s.width = (hypot(wx, wy) + hypot(hx, hy)) / 2 / d->scale;
	}
	s.clip = device_clip(cr, 1 / d->scale);
	d->s = rw_xgrow(d->s, &d->caps, d->ns + 1, sizeof *d->s);
	d->s[d->ns++] = s;
	/* ink: paint that shows on white paper */
	d->ink |= !s.solid || (s.a > 0 && (s.r < 1 || s.g < 1 || s.b < 1));
}

/* A path painted: recorded, then drawn by cairo's own *f or dropped
 * (cairo's painting ends the path but for the _preserve calls). *f is
 * read once draws() has looked it up. */
static void paint_path(cairo_t *cr, enum pdf_paint paint, void (*const *f)(cairo_t *),
		       int preserve)
{
	int draw = draws();
	if (recording)
		record(cr, paint);
	if (draw && *f)
		(*f)(cr);
	else if (!preserve)
		cairo_new_path(cr);
}

void cairo_stroke(cairo_t *cr)
{
	paint_path(cr, PDF_PAINT_STROKE, &real.stroke, 0);
}

void cairo_stroke_preserve(cairo_t *cr)
{
	paint_path(cr, PDF_PAINT_STROKE, &real.stroke_preserve, 1);
}

void cairo_fill(cairo_t *cr)
{
	paint_path(cr, PDF_PAINT_FILL, &real.fill, 0);
}

void cairo_fill_preserve(cairo_t *cr)
{
	paint_path(cr, PDF_PAINT_FILL, &real.fill_preserve, 1);
}

/* Images and shadings: no rulings, but ink (a scanned page is one). */
static int paints(void)
{
	int draw = draws();
	if (recording)
		recording->ink = 1;
	return draw;
}

void cairo_paint(cairo_t *cr)
{
	if (paints() && real.paint)
		real.paint(cr);
}

void cairo_paint_with_alpha(cairo_t *cr, double alpha)
{
	if (paints() && real.paint_with_alpha)
		real.paint_with_alpha(cr, alpha);
}

void cairo_mask(cairo_t *cr, cairo_pattern_t *pattern)
{
	if (paints() && real.mask)
		real.mask(cr, pattern);
}

void cairo_mask_surface(cairo_t *cr, cairo_surface_t *surface, double x, double y)
{
	if (paints() && real.mask_surface)
		real.mask_surface(cr, surface, x, y);
}

/* A glyph's ink lies about this many ems above its baseline at its
 * middle: half a lower-case letter's height (x-height about 0.5 em). */
#define GLYPH_MIDDLE_UP_EM 0.25
/* A glyph with no next one on its run to measure its advance by is
 * first taken to be this many ems wide: a lower-case letter's advance. */
#define GLYPH_ADVANCE_EM 0.5

/* Whether the clip hides the middle of glyph g: half its advance along
 * the baseline (asked of cairo's font, which makes a scaled font: only
 * for glyphs the quick look of record_hidden cannot tell) and up by
 * (ux, uy), GLYPH_MIDDLE_UP_EM of the font's em, whatever the glyph's
 * own ink (a "y" reaches lower than an "a" beside it). */
static int middle_hidden(cairo_t *cr, const cairo_glyph_t *g, double ux, double uy, double *x,
			 double *y)
{
	cairo_text_extents_t e;
	cairo_glyph_extents(cr, g, 1, &e);
	*x = g->x + e.x_advance / 2 + ux, *y = g->y + e.y_advance / 2 + uy;
	return !cairo_in_clip(cr, *x, *y);
}

/* The middles of glyphs g[0..n-1] that the clip hides, in points of the
 * displayed frame, into d->hidden (page.c's text layer holds their
 * characters all the same; clipped.c takes them out). A quick look
 * first: half the way to the next glyph of the run (when that lies
 * within two ems; else half GLYPH_ADVANCE_EM) and GLYPH_MIDDLE_UP_EM
 * up; a glyph it finds out of the clip is looked at closely
 * (middle_hidden: a column's clip may end where its lines' last glyphs
 * do). */
static void record_hidden(pdf_drawing *d, cairo_t *cr, const cairo_glyph_t *g, int n,
			  const cairo_matrix_t *font)
{
	double em = hypot(font->xx, font->yx);
	for (int i = 0; i < n; i++) {
		double ax = GLYPH_ADVANCE_EM * font->xx, ay = GLYPH_ADVANCE_EM * font->yx;
		if (i + 1 < n && hypot(g[i + 1].x - g[i].x, g[i + 1].y - g[i].y) < 2 * em)
			ax = g[i + 1].x - g[i].x, ay = g[i + 1].y - g[i].y;
		/* font space's y grows downward: up is -y */
		double ux = -GLYPH_MIDDLE_UP_EM * font->xy, uy = -GLYPH_MIDDLE_UP_EM * font->yy;
		double x = g[i].x + ax / 2 + ux, y = g[i].y + ay / 2 + uy;
		if (cairo_in_clip(cr, x, y) || !middle_hidden(cr, &g[i], ux, uy, &x, &y))
			continue;
		cairo_user_to_device(cr, &x, &y);
		d->hidden = rw_xgrow(d->hidden, &d->caphidden, d->nhidden + 1, sizeof *d->hidden);
		d->hidden[d->nhidden++] = (pdf_point){x / d->scale, y / d->scale};
	}
}

/* Glyphs: the text comes from poppler's text layer; drawn only on a
 * picture. Text used as a clip still clips (cairo_glyph_path). poppler
 * draws with cairo_show_text_glyphs on surfaces that keep text, else
 * cairo_show_glyphs (and while recording, with none said to keep text,
 * below). */
static void record_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs)
{
	pdf_drawing *d = recording;
	if (num_glyphs <= 0)
		return;
	if (d->nglyphs + (size_t)num_glyphs > MAX_GLYPHS) {
		d->glyphs_full = 1;
		return;
	}
	/* the face, not the scaled font: cairo makes a scaled font only
	 * when asked, and most pages' glyphs will never need one */
	cairo_matrix_t m, f;
	cairo_get_matrix(cr, &m);
	cairo_get_font_matrix(cr, &f);
	pdf_glyph_run run = {.face = cairo_font_face_reference(cairo_get_font_face(cr)),
			     .font = {f.xx, f.yx, f.xy, f.yy, f.x0, f.y0},
			     .m = {m.xx, m.yx, m.xy, m.yy, m.x0, m.y0},
			     .first = d->nglyphs,
			     .n = (size_t)num_glyphs};
	d->runs = rw_xgrow(d->runs, &d->capruns, d->nruns + 1, sizeof *d->runs);
	d->runs[d->nruns++] = run;
	d->glyphs = rw_xgrow(d->glyphs, &d->capglyphs, d->nglyphs + (size_t)num_glyphs,
			     sizeof *d->glyphs);
	for (int i = 0; i < num_glyphs; i++)
		d->glyphs[d->nglyphs++] =
			(pdf_drawn_glyph){glyphs[i].index, glyphs[i].x, glyphs[i].y};
	record_hidden(d, cr, glyphs, num_glyphs, &f);
}

void cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs)
{
	if (recording)
		record_glyphs(cr, glyphs, num_glyphs);
	if (draws() && real.show_glyphs)
		real.show_glyphs(cr, glyphs, num_glyphs);
}

void cairo_show_text_glyphs(cairo_t *cr, const char *utf8, int utf8_len,
			    const cairo_glyph_t *glyphs, int num_glyphs,
			    const cairo_text_cluster_t *clusters, int num_clusters,
			    cairo_text_cluster_flags_t cluster_flags)
{
	if (recording)
		record_glyphs(cr, glyphs, num_glyphs);
	if (draws() && real.show_text_glyphs)
		real.show_text_glyphs(cr, utf8, utf8_len, glyphs, num_glyphs, clusters, num_clusters,
				      cluster_flags);
}

/* A surface that keeps text (the recording surface) makes poppler
 * encode every glyph's character in UTF-8 for cairo_show_text_glyphs,
 * beside the text layer it fills anyway: while nothing is drawn, the
 * surface is said to keep none, and poppler hands its glyphs to
 * cairo_show_glyphs, which drops them. */
cairo_bool_t cairo_surface_has_show_text_glyphs(cairo_surface_t *surface)
{
	if (draws() && real.has_show_text_glyphs)
		return real.has_show_text_glyphs(surface);
	return 0;
}

/* ---- whether poppler's calls come here ------------------------------- */

/* A page with one stroked line, as small as a PDF can be (poppler
 * rebuilds the cross-reference table it lacks). */
static const char probe_pdf[] = "%PDF-1.4\n"
				"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
				"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]/Contents 4 0 R>>endobj\n"
				"4 0 obj<</Length 22>>stream\n10 50 m 90 50 l S\nendstream endobj\n"
				"trailer<</Root 1 0 R>>\n%%EOF\n";

static int reached;

static void probe(void)
{
	GBytes *bytes = g_bytes_new_static(probe_pdf, sizeof probe_pdf - 1);
	PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, NULL);
	g_bytes_unref(bytes);
	PopplerPage *pp = doc ? poppler_document_get_page(doc, 0) : NULL;
	pdf_drawing d = {0};
	if (pp) {
		d.scale = 1;
		recording = &d;
		cairo_surface_t *s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR, NULL);
		cairo_t *cr = cairo_create(s);
		poppler_page_render(pp, cr);
		cairo_destroy(cr);
		cairo_surface_destroy(s);
		recording = NULL;
		g_object_unref(pp);
	}
	reached = d.ns > 0;
	pdf_drawing_clear(&d);
	if (doc)
		g_object_unref(doc);
}

static pthread_once_t probe_once = PTHREAD_ONCE_INIT;

/* Lets go of the fonts of the glyphs recorded (memory kept). */
static void forget_glyphs(pdf_drawing *d)
{
	for (size_t i = 0; i < d->nruns; i++)
		cairo_font_face_destroy(d->runs[i].face);
	d->nruns = d->nglyphs = d->nhidden = 0;
	d->glyphs_full = 0;
}

int pdf_drawing_begin(pdf_drawing *d, int draw)
{
	pthread_once(&probe_once, probe);
	if (!(d->scale > 0))
		d->scale = 1;
	d->ns = d->nv = 0; /* the memory is kept for the next page */
	d->ink = d->full = 0;
	forget_glyphs(d);
	recording = d;
	drawing_too = draw;
	return reached ? 0 : -1;
}

void pdf_drawing_end(void)
{
	recording = NULL;
	drawing_too = 0;
}

void pdf_drawing_clear(pdf_drawing *d)
{
	forget_glyphs(d);
	free(d->runs);
	free(d->glyphs);
	free(d->hidden);
	free(d->s);
	free(d->v);
	memset(d, 0, sizeof *d);
}
