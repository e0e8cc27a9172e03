/* pdf_glyphs.h - synthetic glyph boxes for rw-pdf's unit tests. */
#ifndef TEST_PDF_GLYPHS_H
#define TEST_PDF_GLYPHS_H

/* Glyphs of text s (ASCII, one glyph a byte, 10pt type in 10pt boxes)
 * from x at top, each 5pt wide; a space leaves a 3pt gap. */
static void put_text(pdf_page *p, const char *s, double x, double top)
{
	for (; *s; s++) {
		if (*s == ' ') {
			x += 3;
			continue;
		}
		pdf_glyph g = {.b = {top, x, top + 10, x + 5}, .size = 10};
		g.u[0] = *s;
		pdf_page_add_glyph(p, &g);
		x += 5;
	}
}

#endif
