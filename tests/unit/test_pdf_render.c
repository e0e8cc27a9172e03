/* test_pdf_render.c - the page rw-pdf renders for its ruling lines
 * (extract/rw-pdf/rulings.c) holds the lines and no text: glyphs are left
 * out (glyphless.c), everything else is drawn.  Uses a committed sample:
 * a ruled scorecard page made by LibreOffice, fonts embedded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/scan.c"
#include "../../extract/rw-pdf/rulings.c"
#include "../../extract/rw-pdf/glyphless.c"

#define SAMPLE "samples/pdf/ssr2-scorecard-2021-07-22.pdf"

/* The sample's first page, rendered as rw-pdf renders it. */
typedef struct rendered {
	PopplerDocument *doc;
	PopplerPage *pp;
	pdf_raster r;
} rendered;

static int render_sample(void **state)
{
	GError *err = NULL;
	char *path = g_canonicalize_filename(SAMPLE, NULL);
	char *uri = g_filename_to_uri(path, NULL, &err);
	g_free(path);
	rendered *s = rw_xcalloc(1, sizeof *s);
	*state = s;
	s->doc = uri ? poppler_document_new_from_file(uri, NULL, &err) : NULL;
	g_free(uri);
	s->pp = s->doc ? poppler_document_get_page(s->doc, 0) : NULL;
	return s->pp && pdf_raster_render(&s->r, s->pp, 2.0) == 0 ? 0 : -1;
}

static int free_sample(void **state)
{
	rendered *s = *state;
	pdf_raster_free(&s->r);
	if (s->pp)
		g_object_unref(s->pp);
	if (s->doc)
		g_object_unref(s->doc);
	free(s);
	return 0;
}

/* Text is dark; a shaded row behind it is not. */
static int is_dark(const pdf_raster *r, int x, int y)
{
	uint32_t v;
	memcpy(&v, r->data + (size_t)y * r->stride + (size_t)x * 4, 4);
	return lum(v) < 128;
}

/* Dark pixels inside the glyph boxes of the page (each box shrunk by a
 * point, so that a ruling touching a cell's text does not count), and
 * all the pixels of those boxes. */
static void ink_in_glyphs(PopplerPage *pp, const pdf_raster *r, long *ink, long *all)
{
	PopplerRectangle *box;
	guint n;
	*ink = *all = 0;
	assert_true(poppler_page_get_text_layout(pp, &box, &n));
	assert_true(n > 100);
	for (guint i = 0; i < n; i++) {
		int x0 = (int)ceil((box[i].x1 + 1) * r->scale), x1 = (int)((box[i].x2 - 1) * r->scale);
		int y0 = (int)ceil((box[i].y1 + 1) * r->scale), y1 = (int)((box[i].y2 - 1) * r->scale);
		for (int y = y0; y < y1 && y < r->h; y++)
			for (int x = x0; x < x1 && x < r->w; x++) {
				*ink += is_dark(r, x, y);
				(*all)++;
			}
	}
	g_free(box);
}

/* The text of a table page is not drawn: drawn, a fifth of the pixels of
 * the glyphs' boxes are dark; a ruling may still cross a box here and
 * there. */
static void text_is_not_drawn(void **state)
{
	rendered *s = *state;
	long ink, all;
	ink_in_glyphs(s->pp, &s->r, &ink, &all);
	assert_true(all > 10000);
	assert_true(ink * 100 < all);
}

/* ... and its ruling lines are drawn and found. */
static void lines_are_drawn(void **state)
{
	rendered *s = *state;
	pdf_page p = {0};
	p.width = p.uw = s->r.w / s->r.scale;
	p.height = p.uh = s->r.h / s->r.scale;
	pdf_page_find_rulings(&p, &s->r);
	size_t across = 0, down = 0;
	for (size_t i = 0; i < p.nr; i++) {
		across += p.r[i].y0 == p.r[i].y1;
		down += p.r[i].x0 == p.r[i].x1;
	}
	assert_true(across >= 4);
	assert_true(down >= 3);
	pdf_page_clear(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_is_not_drawn),
		cmocka_unit_test(lines_are_drawn),
	};
	return cmocka_run_group_tests(tests, render_sample, free_sample);
}
