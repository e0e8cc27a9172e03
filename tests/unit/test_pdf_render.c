/* test_pdf_render.c - a page drawn into rw-pdf's recorder
 * (extract/rw-pdf/drawing.c, rulings.c): poppler's strokes and fills
 * reach it, nothing is drawn unless a picture is wanted, the text layer
 * is read in the same pass, and the rulings of a ruled page come out of
 * it (vectors.c); the C++ objects poppler deletes reach rw-pdf's operator
 * delete (cxxalloc.c).  Uses a committed sample: a ruled scorecard page made
 * by LibreOffice, fonts embedded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../extract/rw-pdf/arena.c"
#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/vectors.c"
#include "../../extract/rw-pdf/rulings.c"
#include "../../extract/rw-pdf/drawing.c"
#include "../../extract/rw-pdf/page.c"
#include "../../extract/rw-pdf/unread.c"
#include "../../extract/rw-pdf/arabic.c"
#include "../../extract/rw-pdf/clipped.c"
#include "../../extract/rw-pdf/cxxalloc.c"

/* As in rw-pdf.c: fontconfig keeps a pattern of each font poppler
 * substitutes for the life of the process, which LeakSanitizer (make
 * check-san) would report as this test's leak. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libfontconfig.so\n";
}

#define SAMPLE "samples/pdf/ssr2-scorecard-2021-07-22.pdf"

typedef struct sample {
	PopplerDocument *doc;
	PopplerPage *pp;
	double w, h;
} sample;

static int open_sample(void **state)
{
	GError *err = NULL;
	char *path = g_canonicalize_filename(SAMPLE, NULL);
	char *uri = g_filename_to_uri(path, NULL, &err);
	g_free(path);
	sample *s = rw_xcalloc(1, sizeof *s);
	*state = s;
	s->doc = uri ? poppler_document_new_from_file(uri, NULL, &err) : NULL;
	g_free(uri);
	s->pp = s->doc ? poppler_document_get_page(s->doc, 0) : NULL;
	if (s->pp)
		poppler_page_get_size(s->pp, &s->w, &s->h);
	return s->pp ? 0 : -1;
}

static int close_sample(void **state)
{
	sample *s = *state;
	if (s->pp)
		g_object_unref(s->pp);
	if (s->doc)
		g_object_unref(s->doc);
	free(s);
	return 0;
}

/* Pixels of an RGB24 image that are not white paper. */
static long inked(cairo_surface_t *img)
{
	cairo_surface_flush(img);
	const unsigned char *data = cairo_image_surface_get_data(img);
	int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
	int stride = cairo_image_surface_get_stride(img);
	long n = 0;
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			uint32_t v;
			memcpy(&v, data + (size_t)y * stride + (size_t)x * 4, 4);
			n += (v & 0xFFFFFF) != 0xFFFFFF;
		}
	return n;
}

/* Renders the sample's page onto white paper with the recorder on;
 * draw: a picture is wanted. Returns the inked pixels. */
static long render(sample *s, pdf_drawing *d, int draw)
{
	cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)s->w, (int)s->h);
	cairo_t *cr = cairo_create(img);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	d->scale = 1;
	assert_int_equal(pdf_drawing_begin(d, draw), 0);
	poppler_page_render(s->pp, cr);
	pdf_drawing_end();
	cairo_destroy(cr);
	long n = inked(img);
	cairo_surface_destroy(img);
	return n;
}

/* Recording draws nothing, yet keeps every stroke and fill; with a
 * picture wanted the page is drawn as well, text included. */
static void recording_draws_nothing(void **state)
{
	sample *s = *state;
	pdf_drawing d = {0};
	assert_int_equal(render(s, &d, 0), 0);
	assert_true(d.ns >= 10);
	assert_true(d.ink);
	size_t shapes = d.ns;
	long drawn = render(s, &d, 1);
	assert_true(drawn > 1000);
	assert_int_equal(d.ns, shapes);
	pdf_drawing_clear(&d);
}

/* Outside a recording the calls are cairo's own: they draw. */
static void other_calls_draw(void **state)
{
	(void)state;
	cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 20, 20);
	cairo_t *cr = cairo_create(img);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_set_source_rgb(cr, 0, 0, 0);
	cairo_rectangle(cr, 5, 5, 10, 10);
	cairo_fill(cr);
	cairo_destroy(cr);
	assert_int_equal(inked(img), 100);
	cairo_surface_destroy(img);
}

/* One pass: the page drawn first, its text is there to read, and its
 * grid lines are found in the drawing. */
static void rulings_and_text_in_one_pass(void **state)
{
	sample *s = *state;
	pdf_drawing d = {0};
	assert_int_equal(pdf_page_draw(s->pp, &d, NULL), 0);
	char *text = poppler_page_get_text(s->pp);
	assert_non_null(text);
	assert_true(strlen(text) > 100);
	g_free(text);
	pdf_page p = {0};
	p.width = p.uw = s->w;
	p.height = p.uh = s->h;
	assert_int_equal(pdf_page_vector_rulings(&p, &d, &pdf_vector_defaults), 0);
	size_t across = 0, down = 0;
	for (size_t i = 0; i < p.nr; i++) {
		int tall = p.r[i].y1 - p.r[i].y0 > p.r[i].x1 - p.r[i].x0;
		across += !tall;
		down += tall;
	}
	assert_true(across >= 4);
	assert_true(down >= 3);
	pdf_page_clear(&p);
	pdf_drawing_clear(&d);
}

/* The rulings of page `page` of a test PDF, drawn as rw-pdf draws it. */
static pdf_page *fixture_rulings(const char *name, int page)
{
	char *path = g_canonicalize_filename(name, NULL);
	char *uri = g_filename_to_uri(path, NULL, NULL);
	g_free(path);
	PopplerDocument *doc = uri ? poppler_document_new_from_file(uri, NULL, NULL) : NULL;
	g_free(uri);
	assert_non_null(doc);
	PopplerPage *pp = poppler_document_get_page(doc, page - 1);
	assert_non_null(pp);
	pdf_drawing d = {0};
	assert_int_equal(pdf_page_draw(pp, &d, NULL), 0);
	pdf_page *p = rw_xcalloc(1, sizeof *p);
	poppler_page_get_size(pp, &p->width, &p->height);
	p->uw = p->width, p->uh = p->height;
	assert_int_equal(pdf_page_vector_rulings(p, &d, &pdf_vector_defaults), 0);
	pdf_drawing_clear(&d);
	g_object_unref(pp);
	g_object_unref(doc);
	return p;
}

static void free_page(pdf_page *p)
{
	pdf_page_clear(p);
	free(p);
}

/* Zebra rows without a line: each stripe's top and bottom bound rows
 * (tests/pdf/make-vectors.py: stripes 24pt high from 120pt down, every
 * other row, the first one the header), stripes of 0.94 grey. */
static void zebra_stripes_make_row_lines(void **state)
{
	(void)state;
	pdf_page *p = fixture_rulings("tests/pdf/vectors-zebra.pdf", 1);
	for (int row = 0; row <= 4; row += 2)
		for (int side = 0; side < 2; side++) {
			double y = 120 + 24 * (row + side);
			int found = 0;
			for (size_t i = 0; i < p->nr; i++)
				found |= p->r[i].y0 == p->r[i].y1 && fabs(p->r[i].y0 - y) < 0.5 &&
					 p->r[i].x1 - p->r[i].x0 > 400;
			assert_true(found);
		}
	free_page(p);
}

/* White paper drawn over the whole page is no ruling. */
static void white_paper_makes_no_ruling(void **state)
{
	(void)state;
	for (int page = 1; page <= 2; page++) {
		pdf_page *p = fixture_rulings("tests/pdf/vectors-white-page.pdf", page);
		assert_int_equal(p->nr, 0);
		free_page(p);
	}
}

/* A ligature's code point is read as the letters it joins ("ff",
 * "ffi"); other characters, the Hebrew presentation forms after the
 * Latin and Armenian ligatures among them, are not. */
/* Bold faces by name: the weights' words, TeX's Computer Modern bold
 * (bx) and URW's Times bold ("Medi"), which are not Medium. */
static void bold_faces_by_their_names(void **state)
{
	assert_true(is_bold_font("XYYANW+NimbusRomNo9L-Medi"));
	assert_true(is_bold_font("NimbusRomNo9L-MediItal"));
	assert_true(is_bold_font("ABCDEF+CMBX10"));
	assert_true(is_bold_font("SFBX1000"));
	assert_true(is_bold_font("LMRoman10-Bold"));
	assert_true(is_bold_font("DejaVuSans-Bold"));
	assert_false(is_bold_font("AVDVCZ+NimbusRomNo9L-Regu"));
	assert_false(is_bold_font("Roboto-Medium"));
	assert_false(is_bold_font("CMR10"));
	assert_false(is_bold_font(NULL));
}

static void ligatures_are_their_letters(void **state)
{
	(void)state;
	gunichar out[LIGATURE_MAX];
	assert_int_equal(ligature_letters(0xFB00, out), 2);
	assert_true(out[0] == 'f' && out[1] == 'f');
	assert_int_equal(ligature_letters(0xFB03, out), 3);
	assert_true(out[0] == 'f' && out[1] == 'f' && out[2] == 'i');
	assert_int_equal(ligature_letters('f', out), 0);
	assert_int_equal(ligature_letters(0xFB1D, out), 0);
	assert_int_equal(ligature_letters(0x00E9, out), 0);
	/* Arabic forms: a letter's final form, lam with alef final, and a
	 * form holding a vowel sign (left as it is) */
	assert_int_equal(ligature_letters(0xFEB2, out), 1);
	assert_true(out[0] == 0x0633);
	assert_int_equal(ligature_letters(0xFEFC, out), 2);
	assert_true(out[0] == 0x0644 && out[1] == 0x0627);
	assert_int_equal(ligature_letters(0xFE70, out), 0);
	assert_int_equal(ligature_letters(0x0633, out), 0);
}

/* "المجلس" as Arabic shaping forms it: initial lam, medial meem, jeem
 * and lam, final seen; read left to right (as drawn) it is backwards,
 * which its forms tell; plain letters tell nothing. */
static void arabic_forms_tell_their_order(void **state)
{
	(void)state;
	const uint32_t reading[] = {0xFE8D, 0xFEDF, 0xFEE4, 0xFEA0, 0xFEE0, 0xFEB2};
	uint32_t drawn[6];
	for (int k = 0; k < 6; k++)
		drawn[k] = reading[5 - k];
	assert_false(pdf_arabic_drawn_order(reading, 6));
	assert_true(pdf_arabic_drawn_order(drawn, 6));
	const uint32_t letters[] = {0x0633, 0x0644, 0x0627, 0x0645};
	assert_false(pdf_arabic_drawn_order(letters, 4));
	/* "سلام": seen initial, lam-alef final, meem isolated, drawn left to right */
	const uint32_t salam[] = {0xFEE1, 0xFEFC, 0xFEB3};
	assert_true(pdf_arabic_drawn_order(salam, 3));
}

/* Qt's PDF writer embeds each shaped glyph on its own (RLE ... PDF), so
 * poppler takes each for a word and gives the boxes in reading order,
 * right to left, with a space of its own a glyph off the white between
 * the words ("توة مكل": the space after the second word's first glyph,
 * its box turned back): each character is in its box, the words are
 * the runs of touching boxes, and the space breaks none. */
static void glyphs_embedded_one_by_one_make_words(void **state)
{
	(void)state;
	const char *text = "\u202B\uFE97\u202C\u202B\uFEEE\u202C\u202B\uFE94\u202C"
			   "\u202B\uFEE3\u202C \u202B\uFEDC\u202C\u202B\uFEDE\u202C";
	const PopplerRectangle r[] = {{30, 0, 35, 10}, {25, 0, 30, 10}, {20, 0, 25, 10},
				      {15, 0, 18, 10}, {18, 0, 10, 10}, {10, 0, 15, 10},
				      {5, 0, 10, 10}};
	guint *box;
	unsigned char *brk;
	gunichar *cp = boxed_chars(text, r, 7, &box, &brk);
	for (guint k = 0; k < 7; k++)
		assert_int_equal(box[k], k);
	const unsigned char want[] = {BRK_RIGHT_END, BRK_IN_WORD, BRK_IN_WORD, BRK_RIGHT_END,
				      BRK_IN_WORD, BRK_IN_WORD, BRK_IN_WORD};
	for (guint k = 0; k < 7; k++)
		assert_int_equal(brk[k], want[k]);
	free(cp);
	free(box);
	free(brk);
}

/* A glyph whose box holds the middle of a glyph drawn where the clip
 * hides it is taken out; the others stay, in their order. */
static void hidden_glyphs_are_dropped(void **state)
{
	(void)state;
	pdf_page p = {0};
	const char *text[] = {"a", "b", "c"};
	for (int k = 0; k < 3; k++) {
		pdf_glyph g = {.b = {100, 50 + 10 * k, 110, 58 + 10 * k}, .size = 10};
		g.u[0] = text[k][0];
		pdf_page_add_glyph(&p, &g);
	}
	pdf_point hidden[] = {{300, 300}, {64, 105}}; /* the second in b's box */
	pdf_drawing d = {.hidden = hidden, .nhidden = 2};
	assert_int_equal(pdf_page_drop_hidden(&p, &d), 1);
	assert_int_equal(p.ng, 2);
	assert_string_equal(p.g[0].u, "a");
	assert_string_equal(p.g[1].u, "c");
	d.nhidden = 0;
	assert_int_equal(pdf_page_drop_hidden(&p, &d), 0);
	pdf_page_clear(&p);
}

/* A glyph box as tall as a font's bounding box (1.46 em) is cut to
 * GLYPH_BOX_MAX_EM about its middle, across the writing direction only;
 * a box of a text face's own height is left as it is. */
static void glyph_boxes_are_cut_to_a_line_of_text(void **state)
{
	(void)state;
	pdf_box tall = {100, 50, 114.6, 56};
	fit_box_across(&tall, 10, 0);
	assert_true(fabs(tall.bottom - tall.top - 13) < 1e-9);
	assert_true(fabs((tall.top + tall.bottom) / 2 - 107.3) < 1e-9);
	assert_true(tall.left == 50 && tall.right == 56);
	pdf_box down = {50, 100, 56, 114.6}; /* a line set on end */
	fit_box_across(&down, 10, 1);
	assert_true(fabs(down.right - down.left - 13) < 1e-9);
	assert_true(down.top == 50 && down.bottom == 56);
	pdf_box face = {100, 50, 112.6, 56};
	fit_box_across(&face, 10, 0);
	assert_true(face.top == 100 && face.bottom == 112.6);
}

/* The sample's page drawn into d, its text fetched into t. */
static void draw_and_fetch(sample *s, pdf_drawing *d, pdf_page_text *t)
{
	assert_int_equal(pdf_page_draw(s->pp, d, NULL), 0);
	pdf_page_fetch(s->pp, 1, 1, t);
	assert_true(d->nglyphs > 100);
}

/* Every glyph the page draws is in the text poppler gives: nothing is
 * fetched again, nothing lost. */
static void every_glyph_drawn_is_in_the_text(void **state)
{
	pdf_drawing d = {0};
	pdf_page_text t;
	draw_and_fetch(*state, &d, &t);
	pdf_box at;
	size_t off;
	assert_int_equal(pdf_page_recover(((sample *)*state)->pp, &d, &t, &at, &off), 0);
	assert_int_equal(t.nmore, 0);
	assert_int_equal(off, 0);
	pdf_page_text_clear(&t);
	pdf_drawing_clear(&d);
}

/* Glyphs whose text a selection left out have it fetched by selections
 * over them alone: with none of the page's text at hand, all of it is
 * fetched back and nothing is lost. */
static void text_left_out_is_fetched_over_its_glyphs(void **state)
{
	sample *s = *state;
	pdf_drawing d = {0};
	pdf_page_text t;
	draw_and_fetch(s, &d, &t);
	pdf_page_text none = {.number = t.number, .width = t.width, .height = t.height};
	pdf_page_text_clear(&t);
	pdf_box at;
	size_t off;
	assert_int_equal(pdf_page_recover(s->pp, &d, &none, &at, &off), 0);
	assert_true(none.nmore > 0);
	pdf_page_text_clear(&none);
	pdf_drawing_clear(&d);
}

/* Adds to d a glyph of "W" in 12pt DejaVu Sans at (x, y), points. */
static void add_drawn_glyph(pdf_drawing *d, double x, double y)
{
	cairo_font_face_t *face = cairo_toy_font_face_create("DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
							    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_matrix_t size, id;
	cairo_matrix_init_scale(&size, 12, 12);
	cairo_matrix_init_identity(&id);
	cairo_font_options_t *o = cairo_font_options_create();
	cairo_scaled_font_t *sf = cairo_scaled_font_create(face, &size, &id, o);
	cairo_glyph_t *g = NULL;
	int ng = 0;
	assert_int_equal(cairo_scaled_font_text_to_glyphs(sf, 0, 0, "W", 1, &g, &ng, NULL, NULL, NULL),
			 CAIRO_STATUS_SUCCESS);
	d->runs = rw_xgrow(d->runs, &d->capruns, d->nruns + 1, sizeof *d->runs);
	d->runs[d->nruns++] = (pdf_glyph_run){.face = face, /* d holds the reference */
					      .font = {12, 0, 0, 12, 0, 0},
					      .m = {d->scale, 0, 0, d->scale, 0, 0},
					      .first = d->nglyphs,
					      .n = 1};
	d->glyphs = rw_xgrow(d->glyphs, &d->capglyphs, d->nglyphs + 1, sizeof *d->glyphs);
	d->glyphs[d->nglyphs++] = (pdf_drawn_glyph){g[0].index, x, y};
	cairo_glyph_free(g);
	cairo_scaled_font_destroy(sf);
	cairo_font_options_destroy(o);
}

/* A glyph drawn where poppler has no text (added to the recording by
 * hand, in the page's left margin) is counted lost, at its place; one
 * drawn off the page shows nowhere and is not, but is counted apart (a
 * table wider than the page: said on stderr). */
static void glyph_with_no_text_is_counted_lost(void **state)
{
	sample *s = *state;
	pdf_drawing d = {0};
	pdf_page_text t;
	draw_and_fetch(s, &d, &t);
	add_drawn_glyph(&d, 4, s->h / 2);
	add_drawn_glyph(&d, -100, -100);
	pdf_box at = {0};
	size_t off;
	assert_int_equal(pdf_page_recover(s->pp, &d, &t, &at, &off), 1);
	assert_int_equal(off, 1);
	assert_true(at.left >= 4 && at.right <= 20);
	assert_true(at.bottom <= s->h / 2 + 1 && at.top >= s->h / 2 - 14);
	pdf_page_text_clear(&t);
	pdf_drawing_clear(&d);
}

/* The same text whether the top-right selection's boxes are counted or
 * not (checked: the glyphs drawn checked against the text after): on
 * pages poppler reads right to left, where that count picks the
 * selection, and on pages it reads left to right, where it is skipped. */
static void fetched_alike_checked_or_not(void **state)
{
	(void)state;
	static const char *const files[] = {
		"tests/pdf/reading-rtl-lo.pdf",		 "tests/pdf/reading-rtl-chromium.pdf",
		"tests/pdf/reading-rtl-unselected-lo.pdf", "tests/pdf/reading-rtl-wrapped-lo.pdf",
		"tests/pdf/bidi-base.pdf",		 "tests/pdf/reading-columns-lo.pdf",
	};
	for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
		GError *err = NULL;
		char *path = g_canonicalize_filename(files[f], NULL);
		char *uri = g_filename_to_uri(path, NULL, &err);
		PopplerDocument *doc = poppler_document_new_from_file(uri, NULL, &err);
		assert_non_null(doc);
		for (int i = 0; i < poppler_document_get_n_pages(doc); i++) {
			PopplerPage *pp = poppler_document_get_page(doc, i);
			pdf_drawing d = {0};
			assert_int_equal(pdf_page_draw(pp, &d, NULL), 0);
			pdf_page_text a, b;
			pdf_page_fetch(pp, i + 1, 0, &a);
			pdf_page_fetch(pp, i + 1, 1, &b);
			assert_true(a.n > 0);
			assert_int_equal(a.n, b.n);
			assert_int_equal(a.nmore, b.nmore);
			assert_string_equal(a.text, b.text);
			pdf_page_text_clear(&a);
			pdf_page_text_clear(&b);
			pdf_drawing_clear(&d);
			g_object_unref(pp);
		}
		g_object_unref(doc);
		g_free(uri);
		g_free(path);
	}
}

/* poppler binds its operator delete to the executable's, which keeps
 * the blocks: a selection walk deletes a piece for each word. Fails in a
 * build where poppler's calls do not reach the executable (cxxalloc.c
 * then costs nothing, and saves nothing). */
static void poppler_deletes_reach_the_cache(void **state)
{
	sample *s = *state;
	cache_free(&kept);
	char *text = poppler_page_get_text(s->pp);
	assert_non_null(text);
	g_free(text);
	assert_true(kept.bytes > 0);
	cache_free(&kept);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(recording_draws_nothing),
		cmocka_unit_test(other_calls_draw),
		cmocka_unit_test(rulings_and_text_in_one_pass),
		cmocka_unit_test(zebra_stripes_make_row_lines),
		cmocka_unit_test(white_paper_makes_no_ruling),
		cmocka_unit_test(bold_faces_by_their_names),
		cmocka_unit_test(ligatures_are_their_letters),
		cmocka_unit_test(arabic_forms_tell_their_order),
		cmocka_unit_test(glyphs_embedded_one_by_one_make_words),
		cmocka_unit_test(hidden_glyphs_are_dropped),
		cmocka_unit_test(glyph_boxes_are_cut_to_a_line_of_text),
		cmocka_unit_test(every_glyph_drawn_is_in_the_text),
		cmocka_unit_test(text_left_out_is_fetched_over_its_glyphs),
		cmocka_unit_test(glyph_with_no_text_is_counted_lost),
		cmocka_unit_test(fetched_alike_checked_or_not),
		cmocka_unit_test(poppler_deletes_reach_the_cache),
	};
	return cmocka_run_group_tests(tests, open_sample, close_sample);
}
