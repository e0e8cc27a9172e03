/* scan.c - ruling lines in the pixels of a rendered page (rulings.c
 * renders it).
 *
 *  1. pixels where the shade changes from the pixel above (left) are
 *     edges; runs of them along x (y) at least MIN_LEN_PT long are
 *     collected, and runs continuing each other on neighbouring pixel
 *     rows (columns) make one segment;
 *  2. the two edges of a drawn line become one ruling at its middle; a
 *     filled box keeps a ruling at each side, as its sides bound cells;
 *  3. a short segment inside one glyph's box is a stroke of that glyph.
 * One pass down the rows does it all, eight pixels at a time: runs along
 * x are grown as each row is read, runs along y are followed down the
 * columns (a walk down a column would read a cache line a pixel) and
 * grown column by column at the end.  Most of a page is even and text is
 * all short edges: a row like the one above is skipped whole, eight
 * pixels like their neighbours have no edge, and a row without a run
 * long enough is not looked into.  The rulings are the same as a plain
 * look at every pixel gives, in the same order (tests/unit/
 * test_pdf_scan.c checks one against the other).
 */
#include "recwatch.h"
#include "pdf.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MIN_LEN_PT 7.0      /* shorter runs are not rulings */
#define MAX_THICK_PT 3.0    /* thicker segments are filled boxes */
#define CONTRAST 40         /* an edge: the shade changes this much */
#define BAND_PT 8.0         /* glyph index: bands this high */

/* The glyphs whose box (grown by 1pt) reaches into each horizontal band
 * of the page: in[start[k]..start[k+1]-1] for band k. */
typedef struct glyph_bands {
	size_t nb;
	size_t *start, *in;
} glyph_bands;

/* A segment being grown across lines (pixel rows for horizontal
 * rulings, pixel columns for vertical ones): lines y0..y1, from a to b
 * (pixels) along them. */
typedef struct seg {
	int y0, y1, a, b;
	int open;
} seg;

/* The segments of one direction: those of the last line, open to
 * continuation, and those of the line being read. */
typedef struct grower {
	pdf_page *p;
	const glyph_bands *gb;
	int vertical;
	double scale;
	seg *open, *next;
	size_t nopen, capo, nnext, capn;
} grower;

/* A run of edge pixels: on pixel line `line`, from a to b. */
typedef struct run {
	int line, a, b;
} run;


static size_t band_of(const glyph_bands *gb, double y)
{
	double k = floor(y / BAND_PT);
	if (!(k > 0))
		return 0;
	return k >= (double)gb->nb ? gb->nb - 1 : (size_t)k;
}

static void bands_build(glyph_bands *gb, const pdf_page *p)
{
	gb->nb = (size_t)(fmax(p->height, 0) / BAND_PT) + 2;
	if (gb->nb > 100000)
		gb->nb = 100000;
	gb->start = rw_xcalloc(gb->nb + 1, sizeof *gb->start);
	for (size_t i = 0; i < p->ng; i++)
		for (size_t k = band_of(gb, p->g[i].b.top - 1); k <= band_of(gb, p->g[i].b.bottom + 1); k++)
			gb->start[k + 1]++;
	for (size_t k = 0; k < gb->nb; k++)
		gb->start[k + 1] += gb->start[k];
	gb->in = rw_xmalloc((gb->start[gb->nb] + 1) * sizeof *gb->in);
	size_t *fill = rw_xmalloc(gb->nb * sizeof *fill);
	memcpy(fill, gb->start, gb->nb * sizeof *fill);
	for (size_t i = 0; i < p->ng; i++)
		for (size_t k = band_of(gb, p->g[i].b.top - 1); k <= band_of(gb, p->g[i].b.bottom + 1); k++)
			gb->in[fill[k]++] = i;
	free(fill);
}

static void bands_free(glyph_bands *gb)
{
	free(gb->start);
	free(gb->in);
}

/* True when d lies inside one glyph's box (grown by 1pt): a glyph's
 * stroke. Such a glyph reaches into the band of d's top. */
static int inside_glyph(const pdf_page *p, const glyph_bands *gb, const pdf_box *d)
{
	size_t k = band_of(gb, d->top);
	for (size_t j = gb->start[k]; j < gb->start[k + 1]; j++) {
		const pdf_box *b = &p->g[gb->in[j]].b;
		if (d->left >= b->left - 1 && d->right <= b->right + 1 && d->top >= b->top - 1 &&
		    d->bottom <= b->bottom + 1)
			return 1;
	}
	return 0;
}

/* Emits a finished segment as one or two rulings (in unrotated points). */
static void emit_seg(const grower *g, const seg *s)
{
	double k = 1 / g->scale;
	double a = s->a * k, b = (s->b + 1) * k;
	double t0 = s->y0 * k, t1 = (s->y1 + 1) * k;
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
		if (!inside_glyph(g->p, g->gb, &d))
			pdf_page_add_ruling(g->p, d.left, d.top, d.right, d.bottom);
	}
}

/* A run on the current line (runs come in order along the line): it
 * continues a segment of the previous line with the same extent (the
 * same ruling, a few pixels thick) or starts one. */
static void grow_run(grower *g, int line, int a, int b)
{
	seg s = {line, line, a, b, 1};
	for (size_t k = 0; k < g->nopen; k++) {
		seg *o = &g->open[k];
		if (o->open && abs(o->a - a) <= 2 && abs(o->b - b) <= 2) {
			s.y0 = o->y0;
			s.a = o->a < a ? o->a : a;
			s.b = o->b > b ? o->b : b;
			o->open = 0;
			break;
		}
	}
	g->next = rw_xgrow(g->next, &g->capn, g->nnext + 1, sizeof *g->next);
	g->next[g->nnext++] = s;
}

/* The current line is read: segments of the previous one that it did not
 * continue are finished. */
static void grow_line_done(grower *g)
{
	for (size_t k = 0; k < g->nopen; k++)
		if (g->open[k].open)
			emit_seg(g, &g->open[k]);
	seg *t = g->open;
	size_t tc = g->capo;
	g->open = g->next, g->capo = g->capn, g->nopen = g->nnext;
	g->next = t, g->capn = tc, g->nnext = 0;
}

static void grower_free(grower *g)
{
	free(g->open);
	free(g->next);
}

/* The shade of a pixel, as the eye weighs red, green and blue. */
static inline int lum(uint32_t v)
{
	return (int)((((v >> 16) & 255) * 3 + ((v >> 8) & 255) * 6 + (v & 255)) / 10);
}

/* An edge between two neighbouring pixels: their shades differ by
 * CONTRAST at least. A drawn line gives two edges a pixel or two apart,
 * which make one segment; a filled box (a shaded row) gives an edge on
 * each side, and both bound cells, as the box's sides do. */
static inline unsigned char edge(int a, int b)
{
	return (unsigned char)(abs(a - b) >= CONTRAST);
}

/* The edges of one row: bit x of ex against the pixel above (an edge
 * along x), ey[x] against the one on the left (along y), from the row's
 * shades (into sh) and those of the row above (uprow its pixels, up its
 * shades; both NULL: white). Eight
 * pixels at a time where SSE2 is there: (3r + 6g + b) / 10 is the high
 * half of the sum times 6554 for every sum up to 2550, exactly. */
static void row_edges(const uint32_t *row, const uint32_t *uprow, const uint16_t *up, int w,
		      uint16_t *sh, uint64_t *ex, unsigned char *ey)
{
	int x = 0, left = 255;
	memset(ex, 0, ((size_t)w + 63) / 64 * sizeof *ex);
#ifdef __SSE2__
	const __m128i m = _mm_set1_epi32(255), k = _mm_set1_epi16(6554);
	const __m128i limit = _mm_set1_epi16(CONTRAST - 1), white = _mm_set1_epi16(255);
	const __m128i zero = _mm_setzero_si128(), one = _mm_set1_epi16(1);
	for (; x + 8 <= w; x += 8) {
		/* most of a page is even: eight pixels like those above them
		 * and on their left have no edge and the shades above */
		if (uprow && x > 0) {
			__m128i a0 = _mm_loadu_si128((const __m128i *)(row + x));
			__m128i a1 = _mm_loadu_si128((const __m128i *)(row + x + 4));
			__m128i same = _mm_and_si128(
				_mm_and_si128(_mm_cmpeq_epi32(a0, _mm_loadu_si128((const __m128i *)(uprow + x))),
					      _mm_cmpeq_epi32(a1, _mm_loadu_si128((const __m128i *)(uprow + x + 4)))),
				_mm_and_si128(_mm_cmpeq_epi32(a0, _mm_loadu_si128((const __m128i *)(row + x - 1))),
					      _mm_cmpeq_epi32(a1, _mm_loadu_si128((const __m128i *)(row + x + 3)))));
			if (_mm_movemask_epi8(same) == 0xFFFF) {
				_mm_storeu_si128((__m128i *)(sh + x), _mm_loadu_si128((const __m128i *)(up + x)));
				_mm_storel_epi64((__m128i *)(ey + x), zero);
				left = up[x + 7];
				continue;
			}
		}
		__m128i s2[2];
		for (int i = 0; i < 2; i++) {
			__m128i v = _mm_loadu_si128((const __m128i *)(row + x + 4 * i));
			__m128i r = _mm_and_si128(_mm_srli_epi32(v, 16), m);
			__m128i g = _mm_and_si128(_mm_srli_epi32(v, 8), m);
			__m128i b = _mm_and_si128(v, m);
			__m128i r3 = _mm_add_epi32(r, _mm_slli_epi32(r, 1));
			__m128i g6 = _mm_add_epi32(_mm_slli_epi32(g, 2), _mm_slli_epi32(g, 1));
			s2[i] = _mm_add_epi32(_mm_add_epi32(r3, g6), b);
		}
		__m128i c = _mm_mulhi_epu16(_mm_packs_epi32(s2[0], s2[1]), k);
		_mm_storeu_si128((__m128i *)(sh + x), c);
		__m128i u = up ? _mm_loadu_si128((const __m128i *)(up + x)) : white;
		__m128i l = _mm_insert_epi16(_mm_slli_si128(c, 2), left, 0);
		left = _mm_extract_epi16(c, 7);
		__m128i du = _mm_sub_epi16(c, u), dl = _mm_sub_epi16(c, l);
		du = _mm_max_epi16(du, _mm_sub_epi16(zero, du));
		dl = _mm_max_epi16(dl, _mm_sub_epi16(zero, dl));
		__m128i eu = _mm_cmpgt_epi16(du, limit);
		__m128i el = _mm_and_si128(_mm_cmpgt_epi16(dl, limit), one);
		uint64_t bits = (uint64_t)(_mm_movemask_epi8(_mm_packs_epi16(eu, eu)) & 0xFF);
		ex[x / 64] |= bits << (x % 64);
		_mm_storel_epi64((__m128i *)(ey + x), _mm_packus_epi16(el, el));
	}
#endif
	for (; x < w; x++) {
		int c = lum(row[x]);
		sh[x] = (uint16_t)c;
		if (edge(c, up ? up[x] : 255))
			ex[x / 64] |= (uint64_t)1 << (x % 64);
		ey[x] = edge(c, left);
		left = c;
	}
}

/* The first x >= from whose bit is set (want 1) or clear (want 0), or w. */
static int next_bit(const uint64_t *m, int from, int w, int want)
{
	int x = from;
	while (x < w) {
		uint64_t v = want ? m[x / 64] : ~m[x / 64];
		v >>= x % 64;
		if (v)
			return x + __builtin_ctzll(v) < w ? x + __builtin_ctzll(v) : w;
		x = (x / 64 + 1) * 64;
	}
	return w;
}

/* True when bits ex[0..] (w of them) hold a run of n set bits (the
 * runs of text are short: most rows have none). A bit stays set in
 * (lo, hi) through k rounds of "and with itself shifted" only if the
 * bits after it are set too. */
static int has_run(const uint64_t *ex, int w, int n)
{
	if (n < 2 || n > 64)
		return 1;
	int nw = (w + 63) / 64;
	for (int i = 0; i < nw; i++) {
		uint64_t lo = ex[i], hi = i + 1 < nw ? ex[i + 1] : 0;
		if (!lo)
			continue;
		int len = 1;
		while (len < n) {
			int k = len * 2 <= n ? len : n - len;
			lo &= (lo >> k) | (hi << (64 - k));
			hi &= hi >> k;
			len += k;
		}
		if (lo)
			return 1;
	}
	return 0;
}

/* The runs of edges along x of a row, in order, to the grower. */
static void row_runs(grower *g, const uint64_t *ex, int w, int minpx, int y)
{
	if (!has_run(ex, w, minpx))
		return;
	for (int a = next_bit(ex, 0, w, 1); a < w; a = next_bit(ex, a, w, 1)) {
		int b = next_bit(ex, a, w, 0);
		if (b - a >= minpx)
			grow_run(g, y, a, b - 1);
		a = b;
	}
}

/* Runs of edges along y, followed down the columns as the rows come: the
 * row where the run going on in each column began (or -1), and the runs
 * done, at least minpx long. Rows fit 16 bits (MAX_SIDE, rulings.c). */
typedef struct columns {
	int16_t *start;
	run *done;
	size_t ndone, cap;
	int minpx;
} columns;

static void end_column_run(columns *c, int x, int y)
{
	if (y - c->start[x] >= c->minpx) {
		c->done = rw_xgrow(c->done, &c->cap, c->ndone + 1, sizeof *c->done);
		c->done[c->ndone++] = (run){x, c->start[x], y - 1};
	}
	c->start[x] = -1;
}

/* Row y's edges along y (ey NULL: y is the end, every run ends). */
static void column_runs(columns *c, const unsigned char *ey, int w, int y)
{
	int x = 0;
#ifdef __SSE2__
	const __m128i zero = _mm_setzero_si128(), none = _mm_set1_epi16(-1);
	const __m128i row = _mm_set1_epi16((short)y), longest = _mm_set1_epi16((short)(c->minpx - 1));
	for (; ey && x + 8 <= w; x += 8) {
		__m128i e8 = _mm_loadl_epi64((const __m128i *)(ey + x));
		__m128i st = _mm_loadu_si128((const __m128i *)(c->start + x));
		__m128i on = _mm_cmpgt_epi16(st, none);
		/* no edge and no run: nothing to do */
		if (!_mm_movemask_epi8(_mm_or_si128(_mm_cmpgt_epi8(e8, zero), on)))
			continue;
		__m128i e = _mm_cmpgt_epi16(_mm_unpacklo_epi8(e8, zero), zero);
		/* runs that end here and are long enough */
		__m128i end = _mm_andnot_si128(e, _mm_and_si128(on, _mm_cmpgt_epi16(_mm_sub_epi16(row, st), longest)));
		if (_mm_movemask_epi8(end)) {
			for (int i = x; i < x + 8; i++)
				if (!ey[i] && c->start[i] >= 0)
					end_column_run(c, i, y);
			st = _mm_loadu_si128((const __m128i *)(c->start + x));
			on = _mm_cmpgt_epi16(st, none);
		}
		/* an edge keeps its run or starts one; no edge, no run */
		__m128i keep = _mm_or_si128(_mm_and_si128(on, st), _mm_andnot_si128(on, row));
		st = _mm_or_si128(_mm_and_si128(e, keep), _mm_andnot_si128(e, none));
		_mm_storeu_si128((__m128i *)(c->start + x), st);
	}
#endif
	for (; x < w; x++) {
		if (ey && ey[x]) {
			if (c->start[x] < 0)
				c->start[x] = (int16_t)y;
		} else if (c->start[x] >= 0) {
			end_column_run(c, x, y);
		}
	}
}

static int run_by_line(const void *a, const void *b)
{
	const run *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return (x->a > y->a) - (x->a < y->a);
}

/* Grows the runs along y into segments, column by column. */
static void grow_columns(columns *c, grower *g, int w)
{
	if (c->ndone)
		qsort(c->done, c->ndone, sizeof *c->done, run_by_line);
	size_t i = 0;
	for (int x = 0; x <= w; x++) {
		for (; i < c->ndone && c->done[i].line == x; i++)
			grow_run(g, x, c->done[i].a, c->done[i].b);
		grow_line_done(g);
	}
}

/* Parallel rulings closer than MAX_THICK_PT that overlap along most of
 * the shorter one are the two edges of one thick line: one ruling at
 * their middle. */
static void merge_thick(pdf_page *p, size_t from)
{
	for (size_t i = from; i < p->nr; i++) {
		pdf_ruling *a = &p->r[i];
		int va = a->x0 == a->x1;
		for (size_t j = i + 1; j < p->nr; j++) {
			pdf_ruling *b = &p->r[j];
			int vb = b->x0 == b->x1;
			if (va != vb)
				continue;
			double da = va ? a->x0 : a->y0, db = va ? b->x0 : b->y0;
			double a0 = va ? a->y0 : a->x0, a1 = va ? a->y1 : a->x1;
			double b0 = va ? b->y0 : b->x0, b1 = va ? b->y1 : b->x1;
			double ov = fmin(a1, b1) - fmax(a0, b0);
			if (fabs(da - db) > MAX_THICK_PT || ov < 0.8 * fmin(a1 - a0, b1 - b0))
				continue;
			double mid = (da + db) / 2, lo = fmin(a0, b0), hi = fmax(a1, b1);
			*a = va ? (pdf_ruling){mid, lo, mid, hi} : (pdf_ruling){lo, mid, hi, mid};
			p->r[j] = p->r[--p->nr];
			j = i; /* look again with the merged extent */
		}
	}
}

void pdf_scan_rulings(pdf_page *p, const unsigned char *data, size_t stride, int w, int h,
		      double scale)
{
	int minpx = (int)(MIN_LEN_PT * scale);
	glyph_bands gb;
	bands_build(&gb, p);
	size_t first = p->nr;
	size_t wz = (size_t)w + 8;
	uint16_t *sh = rw_xmalloc(wz * sizeof *sh), *up = rw_xmalloc(wz * sizeof *up);
	uint64_t *ex = rw_xmalloc((wz + 63) / 64 * sizeof *ex);
	unsigned char *ey = rw_xmalloc(wz);
	columns c = {.start = rw_xmalloc(wz * sizeof *c.start), .minpx = minpx};
	for (int x = 0; x < w; x++)
		c.start[x] = -1;
	/* horizontal rulings first, row by row; runs along y are followed
	 * in the same pass */
	grower g = {.p = p, .gb = &gb, .vertical = 0, .scale = scale};
	for (int y = 0; y < h; y++) {
		const uint32_t *row = (const uint32_t *)(data + (size_t)y * stride);
		/* a row like the one above has no edge along x, and the same
		 * edges along y: every run along y goes on */
		if (y == 0 || memcmp(row, data + (size_t)(y - 1) * stride, (size_t)w * 4)) {
			row_edges(row, y ? (const uint32_t *)(data + (size_t)(y - 1) * stride) : NULL,
				  y ? up : NULL, w, sh, ex, ey);
			row_runs(&g, ex, w, minpx, y);
			column_runs(&c, ey, w, y);
			uint16_t *t = up;
			up = sh, sh = t;
		}
		grow_line_done(&g);
	}
	grow_line_done(&g);
	grower_free(&g);
	column_runs(&c, NULL, w, h);
	/* then vertical ones, column by column */
	g = (grower){.p = p, .gb = &gb, .vertical = 1, .scale = scale};
	grow_columns(&c, &g, w);
	grower_free(&g);
	free(c.done);
	free(c.start);
	free(ey);
	free(ex);
	free(up);
	free(sh);
	bands_free(&gb);
	merge_thick(p, first);
}
