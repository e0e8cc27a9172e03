/* fuzz-pdf-layout - rw-pdf's geometry without poppler: synthetic glyph
 * boxes and ruling lines, decoded from the input bytes, go through
 * words, lines, stream and lattice tables and the block emitter, in the
 * method and with the area the first bytes choose.  Fast, so it reaches
 * the table rebuilding far more often than fuzz-pdf can.
 *
 * Input: byte 0 = options (method in bits 0-1, area in bit 2), bytes 1-4
 * the area when asked, then records of 8 bytes: a glyph, a ruling (bit 7
 * of the first byte) or a page break (first byte 0xff). */
#include "fuzz.h"

#include "rwlib.h"
#include "../extract/rw-pdf/pdf.h"

/* Characters to draw glyphs from: ASCII that tables hold, a ligature's
 * parts, a non-breaking space, Hebrew (right-to-left), a combining mark,
 * and the characters text reports draw rulings with. */
static const char *const chars[] = {
	"A", "b", "c", "R", "e", "c", "#", "1", "2", "3", "4", "5", ".", ",",
	"-", "(", ")", ":", "P", "x", "S", "t", "a", "u", "s", "o", "n", "e",
	"\xc2\xa0", "\xd7\x90", "\xd7\x91", "\xcc\x81", "\xe2\x80\x94", "f", "i", " ",
	"|", "+", "=", "\xe2\x94\x80", "\xe2\x94\x82", "\xe2\x94\xbc",
};

static void add_glyph(pdf_page *p, const uint8_t *r)
{
	pdf_glyph g = {0};
	g.b.left = r[1] * 3 + (r[0] & 7) * 0.4;
	g.b.top = r[2] * 3 + ((r[0] >> 3) & 7) * 0.3;
	g.b.right = g.b.left + 1 + (r[3] & 15);
	g.b.bottom = g.b.top + 4 + (r[3] >> 4);
	const char *c = chars[r[4] % (sizeof chars / sizeof *chars)];
	snprintf(g.u, sizeof g.u, "%s", c);
	g.size = 6 + r[5] % 12;
	g.bold = r[6] & 1;
	g.space_after = (r[6] >> 1) & 1;
	g.rtl = (unsigned char)c[0] == 0xd7;
	pdf_page_add_glyph(p, &g);
}

static void add_ruling(pdf_page *p, const uint8_t *r)
{
	double x = r[1] * 3, y = r[2] * 3, n = r[3] * 3;
	if (r[0] & 1)
		pdf_page_add_ruling(p, x, y, x, y + n);
	else
		pdf_page_add_ruling(p, x, y, x + n, y);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet_stdout();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	if (len < 1)
		return 0;
	enum pdf_method method = (enum pdf_method)(data[0] % 3);
	pdf_box area, *areap = NULL;
	size_t at = 1;
	if ((data[0] & 4) && len >= 5) {
		area = (pdf_box){data[1] * 3, data[2] * 3, data[1] * 3 + data[3] * 3 + 1,
				 data[2] * 3 + data[4] * 3 + 1};
		areap = &area;
		at = 5;
	}
	pdf_emitter *e = pdf_emitter_new(stdout, "fuzz.pdf");
	int number = 1;
	while (at < len) {
		pdf_page p = {.number = number++, .width = 612, .height = 792,
			      .uw = 612, .uh = 792, .have_rulings = 1};
		for (; at + 8 <= len && data[at] != 0xff; at += 8) {
			if (data[at] & 0x80)
				add_ruling(&p, data + at);
			else
				add_glyph(&p, data + at);
		}
		at++; /* past the page break, or the end */
		pdf_page_text_rulings(&p);
		pdf_emitter_page(e, &p, method, areap);
		pdf_page_clear(&p);
	}
	pdf_emitter_finish(e);
	pdf_emitter_free(e);
	return 0;
}
