/* tally.h - no text lost without a word: what each page was given
 * against what was written out of it (tally.c). */
#ifndef RW_PDF_TALLY_H
#define RW_PDF_TALLY_H

#include <stddef.h>

struct pdf_page;
struct rw_block;

/* Why glyphs drawn are not seen (pdf_tally_unseen). */
enum { pdf_tally_clipped, pdf_tally_off_page, pdf_tally_unseen_kinds };

/* The counts of one document, by page. */
typedef struct pdf_tally {
	size_t *given, *written; /* [page], letters and digits */
	size_t pages;            /* entries in both */
	size_t unread_pages;     /* pages with glyphs poppler gave no text of */
	/* glyphs drawn where no reader sees them: their count, their
	 * pages, the first such page's number; [pdf_tally_clipped]: where
	 * the clip hides them, [pdf_tally_off_page]: off the page */
	struct {
		size_t n, pages;
		int first;
	} unseen[pdf_tally_unseen_kinds];
} pdf_tally;

/* How many letters and digits (characters of a strong bidi type or a
 * number: never spaces, punctuation or hyphens, which joining lines may
 * drop) a UTF-8 string holds. */
size_t pdf_tally_count(const char *s);

/* rw-pdf reads one document at a time: begin makes t the document's
 * tally, until end. Pages are counted from the geometry thread (which
 * starts after begin and is joined before the blocks are written),
 * blocks from the writer. */
void pdf_tally_begin(pdf_tally *t);
/* A page's glyphs as the emitter gets them (once cropped to --area);
 * a glyph drawn twice over itself (fake bold) counts once. */
void pdf_tally_page(const struct pdf_page *p);
/* A page that drew glyphs poppler's text does not hold (unread.c): the
 * document is read in part. */
void pdf_tally_unread(void);
/* n glyphs of page number drawn where no reader sees them (why: where
 * the page's clip hides them, clipped.c; off the page, unread.c): not
 * written, as not shown; said once for the document. */
void pdf_tally_unseen(int why, int number, size_t n);
/* A block written (the document block repeats the title, a span copy
 * its cell's text: not counted). */
void pdf_tally_block(const struct rw_block *b);
/* Warns (PROGRAM: name: page N: ...) of each page that wrote fewer
 * letters and digits than it was given, frees the counts and ends the
 * document. Returns how many pages were short (or unread in part). */
size_t pdf_tally_end(const char *name);

#endif
