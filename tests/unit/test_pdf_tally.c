/* test_pdf_tally.c - rw-pdf's count of the letters and digits a page
 * was given against those written out: a page that lost text is named,
 * text carried on to the next page's blocks or a hyphen dropped at a
 * line's end is no loss. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>

#include "../../extract/rw-pdf/tally.c"

/* A page numbered n of the glyphs of s (ASCII, one a byte), 5pt apart. */
static pdf_page page_of(int n, const char *s, pdf_glyph *g)
{
	size_t k = 0;
	for (double x = 0; *s; s++, x += 5) {
		g[k] = (pdf_glyph){.b = {0, x, 10, x + 5}, .size = 10};
		g[k++].u[0] = *s;
	}
	return (pdf_page){.number = n, .g = g, .ng = k};
}

static void write_text(int page, const char *text)
{
	rw_block b = {.kind = RW_BLK_PARAGRAPH, .page = page, .text = (char *)text};
	pdf_tally_block(&b);
}

static void counts_letters_and_digits_of_any_script(void **state)
{
	(void)state;
	assert_int_equal(pdf_tally_count("Rec 3.1-a"), 6);
	assert_int_equal(pdf_tally_count("\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d 12"), 6); /* Hebrew */
	assert_int_equal(pdf_tally_count(" -.,;()"), 0);
	assert_int_equal(pdf_tally_count(""), 0);
	char long_text[201]; /* past the text decoded on the stack */
	memset(long_text, 'a', 200);
	long_text[200] = 0;
	long_text[100] = ' ';
	assert_int_equal(pdf_tally_count(long_text), 199);
}

static void a_page_that_lost_text_is_named(void **state)
{
	(void)state;
	pdf_glyph g[64];
	pdf_tally t;
	pdf_tally_begin(&t);
	pdf_page p = page_of(1, "Rec1.1Approved", g);
	pdf_tally_page(&p);
	write_text(1, "Rec 1.1");
	assert_int_equal(pdf_tally_end("doc.pdf"), 1);

	pdf_tally_begin(&t);
	pdf_tally_page(&p);
	write_text(1, "Rec 1.1 Approved");
	assert_int_equal(pdf_tally_end("doc.pdf"), 0);
}

static void text_carried_to_the_page_before_is_not_lost(void **state)
{
	(void)state;
	pdf_glyph g1[32], g2[32], g3[32];
	pdf_tally t;
	pdf_tally_begin(&t);
	pdf_page p1 = page_of(1, "Resolved", g1), p2 = page_of(2, "thatall", g2);
	pdf_page p3 = page_of(3, "Rec9.1", g3);
	pdf_tally_page(&p1);
	pdf_tally_page(&p2);
	pdf_tally_page(&p3);
	write_text(1, "Resolved that all"); /* a paragraph cut by the page break */
	write_text(3, "Rec 9."); /* a digit lost on page 3 */
	assert_int_equal(pdf_tally_end("doc.pdf"), 1);
}

static void hyphens_and_glyphs_drawn_twice_are_no_loss(void **state)
{
	(void)state;
	pdf_glyph g[32];
	pdf_tally t;
	pdf_tally_begin(&t);
	pdf_page p = page_of(1, "imple-ment", g);
	pdf_tally_page(&p);
	write_text(1, "implement");
	assert_int_equal(pdf_tally_end("doc.pdf"), 0);

	/* "Bold" drawn twice, each glyph a little to the right of itself */
	pdf_tally_begin(&t);
	pdf_glyph b[8];
	size_t k = 0;
	for (const char *s = "Bold"; *s; s++)
		for (double dx = 0; dx <= 0.5; dx += 0.5) {
			double x = 5 * (double)(s - "Bold") + dx;
			b[k] = (pdf_glyph){.b = {0, x, 10, x + 5}, .size = 10};
			b[k++].u[0] = *s;
		}
	pdf_page bold = {.number = 1, .g = b, .ng = k};
	pdf_tally_page(&bold);
	write_text(1, "Bold");
	assert_int_equal(pdf_tally_end("doc.pdf"), 0);
}

/* A spanning cell's copies (span) repeat what it wrote: they count for
 * nothing, and do not hide text the page lost. */
static void span_copies_do_not_hide_a_loss(void **state)
{
	(void)state;
	pdf_glyph g[32];
	pdf_tally t;
	pdf_tally_begin(&t);
	pdf_page p = page_of(1, "Rec1.1Approved", g);
	pdf_tally_page(&p);
	write_text(1, "Rec 1.1");
	rw_block copy = {.kind = RW_BLK_CELL, .page = 1, .text = "Approved", .span = 1};
	pdf_tally_block(&copy);
	assert_int_equal(pdf_tally_end("doc.pdf"), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(counts_letters_and_digits_of_any_script),
		cmocka_unit_test(a_page_that_lost_text_is_named),
		cmocka_unit_test(text_carried_to_the_page_before_is_not_lost),
		cmocka_unit_test(hyphens_and_glyphs_drawn_twice_are_no_loss),
		cmocka_unit_test(span_copies_do_not_hide_a_loss),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
