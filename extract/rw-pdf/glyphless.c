/* glyphless.c - pages drawn for their ruling lines, without their text.
 *
 * rw-pdf renders a page only to find its ruling lines (rulings.c); the
 * text comes from poppler's text layer.  Drawing each glyph (rasterising
 * it, then compositing it into the page) was a third of the rendering,
 * and a fifth of reading a ten-page scorecard, for pixels the ruling scan
 * then has to tell apart from lines.  poppler-glib has no option to leave
 * text out, but it draws every glyph, of any font, through
 * cairo_show_glyphs(), a call from libpoppler-glib into libcairo that the
 * dynamic linker binds to the executable's own definition first.  This
 * one draws nothing.  Paths, fills and images are drawn as before, and
 * text used as a clip still clips (that goes through cairo_glyph_path).
 *
 * Should a build bind the call inside the library instead (a static
 * cairo, say), glyphs are drawn again: slower, with the same rulings but
 * for lines that touch text, which the glyph strokes could lengthen or
 * shift by a fraction of a point.  tests/unit/test_pdf_render.c fails
 * then.
 */
#include <cairo.h>

void cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs)
{
	(void)cr;
	(void)glyphs;
	(void)num_glyphs;
}
