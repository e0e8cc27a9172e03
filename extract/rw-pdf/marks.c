/* marks.c - list markers drawn as shapes.
 *
 * A browser draws the disc, circle or square before a list item as a
 * path, not as a glyph: the text layer holds the item's words and no
 * bullet, and the items of a list would read as one paragraph.  A small
 * round or square shape just left of a line's first word, level with it
 * and smaller than its type, is such a marker: the line starts a list
 * item (emit.c), as a line starting with "•" does.
 */
#include "rwlib.h"
#include "pdf.h"

#include <math.h>

/* Sides of a marker, points: a disc of 5pt type is about 1.7pt across,
 * a square of 20pt type about 7. */
#define MARK_MIN_PT 1.0
#define MARK_MAX_PT 8.0
/* Longer side over shorter: a disc or a square, not a rule or a bar. */
#define MARK_MAX_RATIO 1.5
/* A marker stands at most this many ems left of its item's first word
 * (browsers put it about one em before). */
#define MARK_GAP_EM 2.5
/* ... and is at most this share of the line's height (a glyph-sized
 * square is an icon or a check box, not a bullet). */
#define MARK_MAX_SHARE 0.8

void pdf_page_marks(pdf_page *p, const pdf_drawing *d)
{
	for (size_t i = 0; i < d->ns; i++) {
		const pdf_shape *s = &d->s[i];
		if (s->n < 3)
			continue;
		pdf_box b = {INFINITY, INFINITY, -INFINITY, -INFINITY};
		for (size_t k = s->first; k < s->first + s->n; k++) {
			b.left = pdf_min(b.left, d->v[k].x), b.right = pdf_max(b.right, d->v[k].x);
			b.top = pdf_min(b.top, d->v[k].y), b.bottom = pdf_max(b.bottom, d->v[k].y);
		}
		double w = b.right - b.left, h = b.bottom - b.top;
		if (w < MARK_MIN_PT || h < MARK_MIN_PT || w > MARK_MAX_PT || h > MARK_MAX_PT ||
		    fmax(w, h) > MARK_MAX_RATIO * fmin(w, h))
			continue;
		p->marks = rw_xgrow(p->marks, &p->capmarks, p->nmarks + 1, sizeof *p->marks);
		p->marks[p->nmarks++] = b;
	}
}

void pdf_lines_mark(pdf_line *l, size_t nl, const pdf_box *m, size_t nm)
{
	for (size_t i = 0; i < nl; i++) {
		double size = fmax(l[i].size, 1), h = l[i].b.bottom - l[i].b.top;
		for (size_t k = 0; k < nm && !l[i].marked; k++) {
			double mid = (m[k].top + m[k].bottom) / 2;
			l[i].marked = m[k].right <= l[i].b.left &&
				      l[i].b.left - m[k].right <= MARK_GAP_EM * size &&
				      mid > l[i].b.top && mid < l[i].b.bottom &&
				      m[k].bottom - m[k].top <= MARK_MAX_SHARE * h;
		}
	}
}
