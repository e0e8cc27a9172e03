/* tally.c - no text lost without a word.
 *
 * A page's letters and digits, as poppler gave them, are counted before
 * the geometry works on them, and again in every block written (text
 * blocks, cells, furniture). Whatever the cause (a direction taken
 * wrongly, a line no step of the reading took), a page that wrote fewer
 * than it was given is named on stderr with how many were not written.
 * Only letters and digits count: spaces, punctuation and the hyphen at a
 * line's end (hyphen.c joins the halves of a word) may rightly go; a
 * glyph drawn twice over itself to look bold is read once (layout.c).
 */
#include "rwlib.h"
#include "pdf.h"
#include "tally.h"

#include <fribidi.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A glyph drawn over the glyph before it with the same character is the
 * same glyph drawn twice (fake bold) when their boxes overlap by more
 * than this share of the smaller one's width. */
#define SAME_GLYPH_OVERLAP 0.5
/* Text of at most this many bytes (a glyph's character, pdf_glyph.u,
 * and most blocks' words) is decoded without an allocation. */
#define SHORT_TEXT_BYTES 64
/* NULs after the text, for a UTF-8 sequence cut at its end. */
#define UTF8_CUT_BYTES 4

static pdf_tally *current; /* the document being read (tally.h) */

static int counts(FriBidiCharType t)
{
	return FRIBIDI_IS_LETTER(t) || FRIBIDI_IS_NUMBER(t);
}

/* An ASCII letter or digit: FriBidi's letters and numbers among ASCII. */
static int ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The letters and digits of s when it is all ASCII (most glyphs and
 * blocks), without decoding it. Returns -1 when s holds other bytes. */
static long ascii_count(const char *s, size_t *len)
{
	long k = 0;
	const unsigned char *c = (const unsigned char *)s;
	for (; *c; c++) {
		if (*c >= 0x80)
			return -1;
		k += ascii_alnum(*c);
	}
	*len = (size_t)(c - (const unsigned char *)s);
	return k;
}

size_t pdf_tally_count(const char *s)
{
	size_t len = 0;
	long ascii = s ? ascii_count(s, &len) : 0;
	if (ascii >= 0)
		return (size_t)ascii;
	len = strlen(s);
	if (len > INT32_MAX / 2)
		return 0;
	/* a glyph's character (most calls) is decoded on the stack */
	char pad_here[SHORT_TEXT_BYTES + UTF8_CUT_BYTES];
	FriBidiChar u_here[SHORT_TEXT_BYTES];
	int here = len <= SHORT_TEXT_BYTES;
	/* FriBidi's decoder reads a cut sequence's bytes past the end */
	char *padded = here ? pad_here : rw_xmalloc(len + UTF8_CUT_BYTES);
	memcpy(padded, s, len);
	memset(padded + len, 0, UTF8_CUT_BYTES);
	FriBidiChar *u = here ? u_here : rw_xmalloc(len * sizeof *u);
	FriBidiStrIndex n = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, padded,
						       (FriBidiStrIndex)len, u);
	size_t k = 0;
	for (FriBidiStrIndex i = 0; i < n; i++)
		k += counts(fribidi_get_bidi_type(u[i]));
	if (!here) {
		free(u);
		free(padded);
	}
	return k;
}

static int drawn_twice(const pdf_glyph *a, const pdf_glyph *b)
{
	/* boxes apart first: the cheaper test, and most glyphs' answer */
	if (b->b.left >= a->b.right || a->b.left >= b->b.right || strcmp(a->u, b->u))
		return 0;
	double w = fmin(a->b.right - a->b.left, b->b.right - b->b.left);
	double across = fmin(a->b.right, b->b.right) - fmax(a->b.left, b->b.left);
	double down = fmin(a->b.bottom, b->b.bottom) - fmax(a->b.top, b->b.top);
	return w > 0 && down > 0 && across > SAME_GLYPH_OVERLAP * w;
}

/* The count of page n (1-based) in v, the tally grown to hold it; NULL
 * with no document begun or no page. */
static size_t *slot(size_t **v, int n)
{
	if (!current || n < 1)
		return NULL;
	if ((size_t)n >= current->pages) {
		size_t want = (size_t)n + 1;
		current->given = rw_xrealloc(current->given, want * sizeof(size_t));
		current->written = rw_xrealloc(current->written, want * sizeof(size_t));
		for (size_t i = current->pages; i < want; i++)
			current->given[i] = current->written[i] = 0;
		current->pages = want;
	}
	return &(*v)[n];
}

void pdf_tally_begin(pdf_tally *t)
{
	memset(t, 0, sizeof *t);
	current = t;
}

void pdf_tally_page(const pdf_page *p)
{
	size_t k = 0;
	for (size_t i = 0; i < p->ng; i++) {
		if (i && drawn_twice(&p->g[i - 1], &p->g[i]))
			continue;
		const unsigned char *u = (const unsigned char *)p->g[i].u;
		/* one ASCII character (most glyphs) without a call */
		k += u[0] < 0x80 && !u[1] ? (size_t)ascii_alnum(u[0]) : pdf_tally_count(p->g[i].u);
	}
	size_t *given = current ? slot(&current->given, p->number) : NULL;
	if (given)
		*given += k;
}

void pdf_tally_block(const rw_block *b)
{
	if (!current || b->kind == RW_BLK_DOCUMENT || b->span)
		return; /* a spanning cell's copies repeat what it wrote */
	size_t *written = slot(&current->written, b->page);
	if (written)
		*written += pdf_tally_count(b->text);
}

void pdf_tally_unread(void)
{
	if (current)
		current->unread_pages++;
}

void pdf_tally_unseen(int why, int number, size_t n)
{
	if (!current || !n)
		return;
	if (!current->unseen[why].pages++ || number < current->unseen[why].first)
		current->unseen[why].first = number;
	current->unseen[why].n += n;
}

/* Where glyphs are drawn that no reader sees, as the warning says it. */
static const char *const unseen_where[] = {
	[pdf_tally_clipped] = "where the page's clip hides them",
	[pdf_tally_off_page] = "off the page",
};

size_t pdf_tally_end(const char *name)
{
	pdf_tally *t = current;
	current = NULL;
	if (!t)
		return 0;
	for (int why = 0; why < pdf_tally_unseen_kinds; why++)
		if (t->unseen[why].n)
			rw_warn(name,
				"%zu characters on %zu page%s (the first on page %d) are drawn %s: "
				"left out, as the page does not show them",
				t->unseen[why].n, t->unseen[why].pages,
				t->unseen[why].pages == 1 ? "" : "s", t->unseen[why].first,
				unseen_where[why]);
	/* a paragraph or a table that runs on to the next page is written
	 * as part of the page it starts on: that page may write more than it
	 * was given, the next less. So pages are counted up to each one: a
	 * page is short by how much further behind the writing is after it
	 * than it ever was before. */
	size_t short_pages = 0, given = 0, written = 0, behind = 0;
	for (size_t n = 1; n < t->pages; n++) {
		given += t->given[n];
		written += t->written[n];
		if (given > written && given - written > behind) {
			rw_warn(name, "page %zu: %zu of its %zu letters and digits not written (text "
				      "lost in reading the page)",
				n, given - written - behind, t->given[n]);
			behind = given - written;
			short_pages++;
		}
	}
	short_pages += t->unread_pages;
	free(t->given);
	free(t->written);
	memset(t, 0, sizeof *t);
	return short_pages;
}
