/* test_pdf_scan.c - rw-pdf's ruling scan (extract/rw-pdf/scan.c) on
 * synthetic images: the fast scan (whole rows eight pixels at a time,
 * even blocks and rows skipped) must give the very rulings, in the same
 * order, that a plain look at every pixel gives (ref_scan below, the
 * scan as rw-pdf first had it), and the rulings a drawn line should
 * give. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/scan.c"

/* ---- the plain scan ---------------------------------------------------- */

/* Segments grown exactly as scan.c's grower does, glyph strokes tested
 * against every glyph. */
typedef struct ref_grow {
	pdf_page *p;
	int vertical;
	double scale;
	seg open[4096], next[4096];
	size_t nopen, nnext;
} ref_grow;

static void ref_emit(ref_grow *g, const seg *s)
{
	double k = 1 / g->scale;
	double a = s->a * k, b = (s->b + 1) * k, t0 = s->y0 * k, t1 = (s->y1 + 1) * k;
	if (b - a < MIN_LEN_PT)
		return;
	double mids[2];
	int nm = 0;
	if (t1 - t0 <= MAX_THICK_PT)
		mids[nm++] = (t0 + t1) / 2;
	else
		mids[nm++] = t0, mids[nm++] = t1;
	for (int i = 0; i < nm; i++) {
		pdf_box d = g->vertical ? pdf_page_to_display(g->p, mids[i], a, mids[i], b)
					: pdf_page_to_display(g->p, a, mids[i], b, mids[i]);
		int inside = 0;
		for (size_t j = 0; j < g->p->ng && !inside; j++) {
			const pdf_box *gb = &g->p->g[j].b;
			inside = d.left >= gb->left - 1 && d.right <= gb->right + 1 &&
				 d.top >= gb->top - 1 && d.bottom <= gb->bottom + 1;
		}
		if (!inside)
			pdf_page_add_ruling(g->p, d.left, d.top, d.right, d.bottom);
	}
}

/* ink[line * stride_line + i * stride_i]: runs along i, line by line */
static void ref_runs(ref_grow *g, const unsigned char *ink, int nlines, int len, size_t sl,
		     size_t si, int minpx)
{
	g->nopen = 0;
	for (int l = 0; l <= nlines; l++) {
		g->nnext = 0;
		for (int i = 0; l < nlines && i < len;) {
			if (!ink[l * sl + i * si]) {
				i++;
				continue;
			}
			int j = i;
			while (j < len && ink[l * sl + j * si])
				j++;
			if (j - i >= minpx) {
				seg s = {l, l, i, j - 1, 1};
				for (size_t k = 0; k < g->nopen; k++)
					if (g->open[k].open && abs(g->open[k].a - i) <= 2 &&
					    abs(g->open[k].b - (j - 1)) <= 2) {
						s.y0 = g->open[k].y0;
						s.a = g->open[k].a < i ? g->open[k].a : i;
						s.b = g->open[k].b > j - 1 ? g->open[k].b : j - 1;
						g->open[k].open = 0;
						break;
					}
				assert_true(g->nnext < 4096);
				g->next[g->nnext++] = s;
			}
			i = j;
		}
		for (size_t k = 0; k < g->nopen; k++)
			if (g->open[k].open)
				ref_emit(g, &g->open[k]);
		memcpy(g->open, g->next, g->nnext * sizeof *g->open);
		g->nopen = g->nnext;
	}
}

static void ref_scan(pdf_page *p, const uint32_t *img, int w, int h, double scale)
{
	unsigned char *lum_ = malloc((size_t)w * h), *ink = malloc((size_t)w * h);
	for (size_t i = 0; i < (size_t)w * h; i++)
		lum_[i] = (unsigned char)lum(img[i]);
	ref_grow *g = calloc(1, sizeof *g);
	*g = (ref_grow){.p = p, .scale = scale};
	size_t first = p->nr;
	int minpx = (int)(MIN_LEN_PT * scale);
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++)
			ink[(size_t)y * w + x] = edge(lum_[(size_t)y * w + x], y ? lum_[(size_t)(y - 1) * w + x] : 255);
	ref_runs(g, ink, h, w, (size_t)w, 1, minpx);
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++)
			ink[(size_t)y * w + x] = edge(lum_[(size_t)y * w + x], x ? lum_[(size_t)y * w + x - 1] : 255);
	g->vertical = 1;
	ref_runs(g, ink, w, h, 1, (size_t)w, minpx);
	merge_thick(p, first);
	free(g);
	free(ink);
	free(lum_);
}

/* ---- images ------------------------------------------------------------ */

static uint32_t rnd_state;
static uint32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return rnd_state >> 8;
}

static void fill(uint32_t *img, int w, int h, int x0, int y0, int x1, int y1, uint32_t c)
{
	for (int y = y0 < 0 ? 0 : y0; y < y1 && y < h; y++)
		for (int x = x0 < 0 ? 0 : x0; x < x1 && x < w; x++)
			img[(size_t)y * w + x] = c;
}

static uint32_t gray(int v)
{
	return 0xFF000000u | (uint32_t)v << 16 | (uint32_t)v << 8 | (uint32_t)v;
}

/* A page-like image: white, with ruled lines of several widths and
 * shades, shaded boxes, and "text": small specks of ink. */
static uint32_t *page_image(int w, int h, uint32_t seed)
{
	rnd_state = seed;
	uint32_t *img = malloc((size_t)w * h * sizeof *img);
	fill(img, w, h, 0, 0, w, h, gray(255));
	for (int i = 0; i < 6; i++) { /* shaded boxes, some in colour */
		int x = (int)(rnd() % w), y = (int)(rnd() % h);
		uint32_t c = rnd() % 2 ? gray(150 + (int)(rnd() % 100)) : 0xFF000000u | (rnd() & 0xFFFFFF);
		fill(img, w, h, x, y, x + 10 + (int)(rnd() % 120), y + 5 + (int)(rnd() % 40), c);
	}
	for (int i = 0; i < 2000; i++) { /* text */
		int x = (int)(rnd() % w), y = (int)(rnd() % h);
		fill(img, w, h, x, y, x + 1 + (int)(rnd() % 6), y + 1 + (int)(rnd() % 16),
		     gray((int)(rnd() % 200)));
	}
	for (int i = 0; i < 12; i++) { /* rulings */
		int x = (int)(rnd() % w), y = (int)(rnd() % h), t = 1 + (int)(rnd() % 4);
		int len = 5 + (int)(rnd() % (w > h ? w : h));
		uint32_t c = gray((int)(rnd() % 180));
		if (rnd() % 2)
			fill(img, w, h, x, y, x + len, y + t, c);
		else
			fill(img, w, h, x, y, x + t, y + len, c);
	}
	for (int y = 1; y < h; y++) /* a few rows repeat the row above */
		if (rnd() % 5 == 0)
			memcpy(img + (size_t)y * w, img + (size_t)(y - 1) * w, (size_t)w * sizeof *img);
	return img;
}

static void assert_same_rulings(const pdf_page *a, const pdf_page *b)
{
	assert_int_equal(a->nr, b->nr);
	for (size_t i = 0; i < a->nr; i++) {
		assert_true(a->r[i].x0 == b->r[i].x0 && a->r[i].y0 == b->r[i].y0);
		assert_true(a->r[i].x1 == b->r[i].x1 && a->r[i].y1 == b->r[i].y1);
	}
}

/* ---- tests --------------------------------------------------------------- */

static void fast_scan_equals_plain_scan(void **state)
{
	static const int sizes[][2] = {{203, 157}, {400, 300}, {64, 64}, {1191, 80}, {9, 500}};
	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++)
		for (uint32_t seed = 1; seed <= 6; seed++) {
			int w = sizes[s][0], h = sizes[s][1];
			uint32_t *img = page_image(w, h, seed * 7919 + (uint32_t)s);
			pdf_page fast = {.width = w / 2.0, .height = h / 2.0, .uw = w / 2.0, .uh = h / 2.0};
			pdf_page plain = fast;
			/* a glyph whose strokes are not rulings */
			pdf_glyph g = {.b = {10, 10, 40, 60}, .size = 10, .u = "x"};
			pdf_page_add_glyph(&fast, &g);
			pdf_page_add_glyph(&plain, &g);
			pdf_scan_rulings(&fast, (const unsigned char *)img, (size_t)w * 4, w, h, 2.0);
			ref_scan(&plain, img, w, h, 2.0);
			assert_same_rulings(&fast, &plain);
			pdf_page_clear(&fast);
			pdf_page_clear(&plain);
			free(img);
		}
}

static void drawn_lines_become_rulings(void **state)
{
	int w = 300, h = 200;
	uint32_t *img = malloc((size_t)w * h * sizeof *img);
	fill(img, w, h, 0, 0, w, h, gray(255));
	/* a black line a point thick, y 25..26pt: its two edges make one
	 * ruling at its middle */
	fill(img, w, h, 20, 50, 280, 52, gray(0));
	/* a grey one half a point thick, x 50..50.5pt */
	fill(img, w, h, 100, 60, 101, 190, gray(90));
	/* too short */
	fill(img, w, h, 20, 120, 25, 123, gray(0));
	pdf_page p = {.width = 150, .height = 100, .uw = 150, .uh = 100};
	pdf_scan_rulings(&p, (const unsigned char *)img, (size_t)w * 4, w, h, 2.0);
	assert_int_equal(p.nr, 2);
	assert_true(p.r[0].y0 == 25.75 && p.r[0].y1 == 25.75 && p.r[0].x0 == 10 && p.r[0].x1 == 140);
	assert_true(p.r[1].x0 == 50.5 && p.r[1].x1 == 50.5 && p.r[1].y0 == 30 && p.r[1].y1 == 95);
	pdf_page_clear(&p);
	free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fast_scan_equals_plain_scan),
		cmocka_unit_test(drawn_lines_become_rulings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
