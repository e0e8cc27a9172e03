/* arabic.c - which way a word of Arabic presentation forms was given.
 *
 * Arabic letters take a form by their place in the word (initial,
 * medial, final, isolated). A PDF's text maps its glyphs to letters,
 * and a producer that maps each shaped glyph to the code point of its
 * form (Unicode's presentation forms, U+FB50 to U+FEFE: Qt's PDF writer
 * does) writes the word in the order its glyphs are drawn, left to
 * right, which is the reverse of the order it is read in; poppler hands
 * such a word on as drawn, where it hands a word of plain letters on in
 * reading order. The forms tell the two apart: Arabic shaping (FriBidi's
 * joining and shaping, as a text engine shapes a word in reading order)
 * gives the letters read one way the forms the word holds; read the
 * other way, a word's first letter would take a final form, its last an
 * initial one.
 */
#include "rwlib.h"
#include "pdf.h"

#include <fribidi.h>
#include <glib.h>
#include <stdlib.h>

/* A form decomposes to at most this many letters (lam with alef: 2). */
#define FORM_LETTERS 4

int pdf_arabic_form(uint32_t c)
{
	return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
}

/* How many presentation forms of w[0..n-1] (in reading order when
 * reversed is 0, else the reverse of it) are the forms shaping gives
 * their letters read in that order. */
static size_t forms_matching(const uint32_t *w, size_t n, int reversed)
{
	size_t cap = n * FORM_LETTERS + 1, m = 0;
	FriBidiChar *s = rw_xmalloc(cap * sizeof *s);
	for (size_t k = 0; k < n; k++) {
		uint32_t c = w[reversed ? n - 1 - k : k];
		gunichar d[FORM_LETTERS * 2];
		gsize nd = pdf_arabic_form(c) ? g_unichar_fully_decompose(c, TRUE, d, FORM_LETTERS * 2) : 0;
		if (nd == 0 || nd > FORM_LETTERS)
			d[0] = c, nd = 1;
		for (gsize j = 0; j < nd; j++)
			s[m++] = d[j];
	}
	FriBidiCharType *t = rw_xmalloc(cap * sizeof *t);
	FriBidiBracketType *br = rw_xmalloc(cap * sizeof *br);
	FriBidiLevel *lev = rw_xmalloc(cap * sizeof *lev);
	FriBidiArabicProp *ar = rw_xmalloc(cap * sizeof *ar);
	FriBidiParType base = FRIBIDI_PAR_RTL;
	FriBidiStrIndex len = (FriBidiStrIndex)m;
	fribidi_get_bidi_types(s, len, t);
	fribidi_get_bracket_types(s, len, t, br);
	size_t same = 0;
	if (fribidi_get_par_embedding_levels_ex(t, br, len, &base, lev)) {
		fribidi_get_joining_types(s, len, ar);
		fribidi_join_arabic(t, len, lev, ar);
		fribidi_shape(FRIBIDI_FLAGS_ARABIC, lev, len, ar, s);
		/* a ligature's second letter was filled in: drop the fills */
		size_t kept = 0;
		for (size_t k = 0; k < m; k++)
			if (s[k] != FRIBIDI_CHAR_FILL)
				s[kept++] = s[k];
		for (size_t k = 0; k < n && k < kept; k++) {
			uint32_t c = w[reversed ? n - 1 - k : k];
			same += pdf_arabic_form(c) && s[k] == c;
		}
	}
	free(s);
	free(t);
	free(br);
	free(lev);
	free(ar);
	return same;
}

int pdf_arabic_drawn_order(const uint32_t *w, size_t n)
{
	size_t forms = 0;
	for (size_t k = 0; k < n; k++)
		forms += pdf_arabic_form(w[k]);
	if (forms == 0)
		return 0;
	return forms_matching(w, n, 1) > forms_matching(w, n, 0);
}
