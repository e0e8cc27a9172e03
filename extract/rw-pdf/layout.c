/* layout.c - glyph boxes to words and lines, from geometry alone.
 *
 * The order in which a producer drew its glyphs says nothing about the
 * order a reader reads them (tables are often drawn column by column,
 * kerned text piece by piece), so only the boxes count:
 *  1. lines: glyphs sorted by their vertical centre join a line when they
 *     overlap its band by half their height; a glyph may join any of the
 *     last few open lines, so that a smaller font on the same baseline
 *     (or a superscript) does not start a line of its own;
 *  2. words: a line's glyphs sorted left to right break into words where
 *     the producer put a word break or the gap is wide against the font
 *     size; a glyph drawn twice at the same spot (fake bold) counts once;
 *  3. text holding right-to-left characters (Hebrew, Arabic) is turned
 *     from the order it is seen in (left to right) into the order it is
 *     read in by the Unicode Bidirectional Algorithm, with GNU FriBidi:
 *     the levels of the text seen, and its runs reversed by rule L2, which
 *     undoes itself, so reading the glyphs as drawn gives logical order;
 *     brackets drawn mirrored are mirrored back (rule L4).
 */
#include "rwlib.h"
#include "arena.h"
#include "pdf.h"

#include <ctype.h>
#include <fribidi.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

const pdf_layout_params pdf_layout_defaults = {
	/* a space glyph is about a quarter of an em: a gap as wide holds
	 * one */
	.word_gap = 0.25,
	/* a space the text layer gives between two glyphs is a word break
	 * even when kerning pulls the next glyph back over the gap a little;
	 * more overlap than this is a glyph drawn twice, not two words */
	.space_overlap = 0.05,
	/* wider than a word space stretched by a tight line, narrower than
	 * the white between a table's cells */
	.chunk_gap = 0.45,
	/* TeX sets the space after a sentence's end wider by its font's
	 * extra space: a ninth of an em in Computer Modern and Latin
	 * Modern ("Rec. 14" stands 0.46 em apart), a little less in the
	 * PostScript fonts */
	.sentence_space = 0.15,
	/* monospaced text sets a word space as a character's advance (0.6
	 * em in Courier, where chunk_gap would part every word) and lines
	 * its columns up with two spaces and more, as pdftotext -layout
	 * writes them */
	.mono_chunk_spaces = 1.5,
	/* a glyph's advance rounded in the PDF; proportional words differ
	 * by tenths */
	.mono_tol = 0.02,
	/* three words of letters, each as wide a character: by chance in
	 * a proportional font, never (figures are set at one width in
	 * most fonts, so words of digits say nothing) */
	.mono_words = 3,
	/* a line's glyphs come close together when sorted by centre: a
	 * line further back is done */
	.open_lines = 4,
	/* letters side by side touch at most at their edges; a glyph drawn
	 * twice (fake bold, a shadow) overlaps itself */
	.same_glyph_overlap = 0.5,
	/* the glyphs of one line share most of their height; a line's
	 * neighbour above or below shares little of it */
	.join_overlap = 0.5,
	/* superscripts are smaller than this share of a line's height ... */
	.line_size_share = 0.8,
	/* ... and a neighbour's text centred between two lines stands half
	 * a line off */
	.line_offset_share = 0.35,
	/* glyphs of one line share their middle (one type: the same box;
	 * another size on the baseline stands a tenth or so off) */
	.band_level = 0.15,
	/* a tall bracket, a larger word or a superscript standing high
	 * reaches well past a line's own type */
	.band_size_share = 1.3,
	/* a superscript (a footnote's mark) is set smaller, 58% (Writer)
	 * to 83% (a browser's <sup>), and raised: by a third of an em
	 * (Writer, Chromium) or an eighth (Qt WebKit), its middle above
	 * the glyph's before it by 0.05 of its height or more; a smaller
	 * glyph on the same baseline stands with its middle below that
	 * glyph's (by 0.05 of its height at 83%) */
	.mark_size_share = 0.9,
	.mark_raise = 0.03,
	/* ... and a mark is a number or two ("12", "1,2"): a band of more
	 * glyphs is a line */
	.mark_glyphs = 3,
	/* ... set right after the glyph it marks, without a space (a word
	 * space is a quarter of a height and more); the boxes touch but
	 * for rounding */
	.mark_touch = 0.1,
	/* a table row of single words may leave two whites alike by
	 * chance, hardly three */
	.justified_gaps = 3,
	/* rounding of the boxes of a justified line's words ... */
	.justified_slack = 0.05,
	/* ... (TeX widens the space after a sentence's end by its font's
	 * extra space and stretches it three times as much as the line's
	 * other spaces: within twice a stretched word space; the white
	 * between table cells is wider) ... */
	.sentence_stretch = 2.0,
	/* ... words differing by a letter or two ... */
	.justified_words = 0.5,
	/* ... in a paragraph: the lines of a justified one end together,
	 * and start together but for the first line's indent (a row of
	 * table cells each as wide as its column's widest text leaves
	 * spaces alike too, but starts and ends where the rows around it
	 * do not) */
	.paragraph_edge = 0.1,
	/* typographers indent a paragraph's first line by one to three ems */
	.paragraph_indent = 3.0,
};
static const pdf_layout_params *const layp = &pdf_layout_defaults;

static double box_h(const pdf_box *b) { return b->bottom - b->top; }
static double mid_y(const pdf_box *b) { return (b->top + b->bottom) / 2; }

void pdf_box_union(pdf_box *a, const pdf_box *b)
{
	if (b->top < a->top) a->top = b->top;
	if (b->left < a->left) a->left = b->left;
	if (b->bottom > a->bottom) a->bottom = b->bottom;
	if (b->right > a->right) a->right = b->right;
}

/* Sort keys, read once from the glyphs rather than at each comparison.
 * The sort keeps the order of equal keys, as the reading of glyphs drawn
 * at one spot needs. */
typedef struct glyph_key {
	double mid, left;
	size_t i;
} glyph_key;

static inline int by_mid_y(const glyph_key *x, const glyph_key *y)
{
	double d = x->mid - y->mid;
	if (d != 0)
		return d < 0 ? -1 : 1;
	d = x->left - y->left;
	return d < 0 ? -1 : d > 0;
}

static inline int by_left(const glyph_key *x, const glyph_key *y)
{
	double d = x->left - y->left;
	if (d != 0)
		return d < 0 ? -1 : 1;
	/* equal lefts: keep the drawing order */
	return (x->i > y->i) - (x->i < y->i);
}

enum { BY_MID_Y, BY_LEFT };

static inline int key_cmp(const glyph_key *x, const glyph_key *y, int order)
{
	return order == BY_MID_Y ? by_mid_y(x, y) : by_left(x, y);
}

/* The key of glyph i. */
static inline glyph_key key_of(const pdf_glyph *g, size_t i)
{
	return (glyph_key){mid_y(&g[i].b), g[i].b.left, i};
}

/* A stable natural merge sort: the runs already in order are found
 * (each made at least MIN_RUN long by insertion), then merged pairwise,
 * a merge skipped where two runs are in order already. Glyphs come from
 * the text layer line by line, left to right, so the runs are long:
 * sorting is a good share of rw-pdf's own time, and qsort() would make a
 * call per comparison. run has room for n / MIN_RUN + 2 run starts. */
enum { MIN_RUN = 16 };

static inline void merge_sort(glyph_key *k, glyph_key *tmp, size_t *run, size_t n, int order)
{
	size_t nr = 0;
	for (size_t lo = 0; lo < n;) {
		size_t hi = lo + 1;
		while (hi < n && key_cmp(&k[hi - 1], &k[hi], order) <= 0)
			hi++;
		size_t end = lo + MIN_RUN < n ? lo + MIN_RUN : n;
		for (; hi < end; hi++) {
			glyph_key v = k[hi];
			size_t j = hi;
			for (; j > lo && key_cmp(&k[j - 1], &v, order) > 0; j--)
				k[j] = k[j - 1];
			k[j] = v;
		}
		run[nr++] = lo;
		lo = hi;
	}
	run[nr] = n;
	glyph_key *src = k, *dst = tmp;
	while (nr > 1) {
		size_t m = 0;
		for (size_t r = 0; r < nr; r += 2, m++) {
			size_t lo = run[r], mid = run[r + 1], hi = r + 1 < nr ? run[r + 2] : mid;
			size_t a = lo, b = mid, o = lo;
			if (mid < hi && key_cmp(&src[mid - 1], &src[mid], order) > 0) {
				while (a < mid && b < hi)
					dst[o++] = key_cmp(&src[b], &src[a], order) < 0 ? src[b++] : src[a++];
			}
			memcpy(dst + o, src + a, (mid - a) * sizeof *dst);
			o += mid - a;
			memcpy(dst + o, src + b, (hi - b) * sizeof *dst);
			run[m] = lo;
		}
		run[m] = n;
		nr = m;
		glyph_key *t = src;
		src = dst, dst = t;
	}
	if (src != k)
		memcpy(k, src, n * sizeof *k);
}

/* Whether gi[0..n-1] is in the order asked for already (most lines and
 * most cells are): then no keys are made. */
static inline int in_order(const pdf_glyph *g, const size_t *gi, size_t n, int order)
{
	glyph_key x = n ? key_of(g, gi[0]) : (glyph_key){0};
	for (size_t j = 1; j < n; j++) {
		glyph_key y = key_of(g, gi[j]);
		if (key_cmp(&x, &y, order) > 0)
			return 0;
		x = y;
	}
	return 1;
}

/* Where a page's lines are made: sort keys, the merge's second half,
 * run starts, the starts of pieces, and three arrays of glyph indexes;
 * made once for all the lines of a page, not for each line. */
typedef struct sort_space {
	glyph_key *k;  /* 2 n */
	size_t *run;   /* n / MIN_RUN + 2 */
	size_t *piece; /* n / 2 + 2 */
	size_t *order, *line, *out; /* n each */
} sort_space;

static sort_space sort_space_new(pdf_arena *a, size_t n)
{
	sort_space sp;
	sp.k = pdf_arena_array(a, 2 * n, sizeof *sp.k);
	sp.run = pdf_arena_array(a, n / MIN_RUN + 2, sizeof *sp.run);
	sp.piece = pdf_arena_array(a, n / 2 + 2, sizeof *sp.piece);
	sp.order = pdf_arena_array(a, 3 * n, sizeof *sp.order);
	sp.line = sp.order + n;
	sp.out = sp.line + n;
	return sp;
}

/* Whether the pieces before and after follow each other in the sorted
 * order: the key last before is the lesser, or the same and earlier. */
static int pieces_follow(const glyph_key *k, const size_t *start, size_t before, size_t after)
{
	int c = by_mid_y(&k[start[before + 1] - 1], &k[start[after]]);
	return c < 0 || (c == 0 && start[before] < start[after]);
}

/* Keys k[0..n-1] by their centres, piece by piece, into gi. The text
 * layer gives a page's text piece by piece (one line of one cell: the
 * same centre, left to right), and the pieces interleave (cells side by
 * side), so runs in order are short; but the pieces sorted by their
 * first glyph and put end to end are the glyphs sorted, when each piece
 * follows the one before (checked at each joint: the order of equal keys
 * kept too). Returns 0 where they do not (the keys are left as they
 * were); tmp has room for n keys, run for n / MIN_RUN + 2 run starts,
 * start for n / 2 + 2 piece starts. */
static int sort_by_pieces(const glyph_key *k, glyph_key *tmp, size_t *run, size_t *start,
			  size_t *gi, size_t n)
{
	size_t np = 0;
	glyph_key *head = tmp;
	for (size_t j = 0; j < n; j++) {
		if (j > 0 && k[j].mid == k[j - 1].mid && k[j].left >= k[j - 1].left)
			continue;
		if (np == n / 2) /* pieces of a glyph or two: no gain */
			return 0;
		head[np] = (glyph_key){k[j].mid, k[j].left, np};
		start[np++] = j;
	}
	start[np] = n;
	merge_sort(head, head + np, run, np, BY_MID_Y);
	int ok = 1;
	for (size_t p = 1; p < np && ok; p++)
		ok = pieces_follow(k, start, head[p - 1].i, head[p].i);
	for (size_t p = 0, o = 0; p < np && ok; p++)
		for (size_t j = start[head[p].i]; j < start[head[p].i + 1]; j++)
			gi[o++] = k[j].i;
	return ok;
}

/* Sorts the glyph indexes gi[0..n-1] in the order asked for. */
static void sort_glyphs(const pdf_glyph *g, size_t *gi, size_t n, int order, const sort_space *sp)
{
	/* each order inlined on its own: one key's part is all the other needs */
	if (order == BY_MID_Y ? in_order(g, gi, n, BY_MID_Y) : in_order(g, gi, n, BY_LEFT))
		return;
	glyph_key *k = sp->k;
	for (size_t j = 0; j < n; j++)
		k[j] = key_of(g, gi[j]);
	if (order == BY_MID_Y) {
		if (sort_by_pieces(k, k + n, sp->run, sp->piece, gi, n))
			return;
		merge_sort(k, k + n, sp->run, n, BY_MID_Y);
	} else {
		merge_sort(k, k + n, sp->run, n, BY_LEFT);
	}
	for (size_t j = 0; j < n; j++)
		gi[j] = k[j].i;
}

static inline double overlap_share(const pdf_box *g, const pdf_box *band)
{
	double o = pdf_min(g->bottom, band->bottom) - pdf_max(g->top, band->top);
	double h = pdf_min(box_h(g), box_h(band));
	return h > 0 ? o / h : (o >= 0 ? 1 : 0);
}

/* A box set as a superscript of text whose glyphs' box is `line`:
 * smaller by mark_size_share and raised by mark_raise. */
static int raised_mark(const pdf_box *b, const pdf_box *line)
{
	double h = box_h(line);
	return h > 0 && box_h(b) <= layp->mark_size_share * h &&
	       mid_y(b) <= mid_y(line) - layp->mark_raise * h;
}

/* " ", tab, no-break space, newline, carriage return or nothing. */
static int is_space(const char *u)
{
	unsigned char c = (unsigned char)u[0];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		return u[1] == 0;
	return c == 0 || (c == 0xc2 && (unsigned char)u[1] == 0xa0 && u[2] == 0);
}

/* Two boxes of the same character overlapping by more than
 * same_glyph_overlap of the narrower one (and of their areas) are one
 * glyph drawn twice. */

static int same_glyph_twice(const pdf_glyph *a, const pdf_glyph *b)
{
	/* the boxes first: neighbours seldom overlap, and often match */
	if (b->b.left >= a->b.right || a->b.left >= b->b.right)
		return 0;
	double w = pdf_min(a->b.right - a->b.left, b->b.right - b->b.left);
	double o = pdf_min(a->b.right, b->b.right) - pdf_max(a->b.left, b->b.left);
	return w > 0 && o / w > layp->same_glyph_overlap && overlap_share(&a->b, &b->b) > layp->same_glyph_overlap &&
	       !strcmp(a->u, b->u);
}

/* ---- right to left ------------------------------------------------------ */

/* The longest UTF-8 sequence, in bytes. */
#define UTF8_MAX_BYTES 4
/* Text longer than this many characters is left in the order seen (a
 * line or a cell is far shorter; FriBidi counts in int). */
#define BIDI_MAX_CHARS (1 << 20)

/* The paragraph direction of text seen left to right, as its producer
 * set it by its first strong character (UAX #9 rules P2-P3): laid out
 * left to right, the text's first strong character is its leftmost;
 * right to left, its rightmost, a right-to-left one, and a line whose
 * leftmost strong character is right to left reads right to left
 * ("werbeH Latin" is never laid out left to right from "Latin Hebrew").
 * So the leftmost strong character seen says (FriBidi's P2-P3 on the
 * text seen): a cell of Latin words then Hebrew ones keeps the Latin
 * first, however many Hebrew letters follow. Returns 0 when the text
 * holds nothing right to left (nothing to reorder). */
static FriBidiParType bidi_base(const FriBidiCharType *t, FriBidiStrIndex n)
{
	FriBidiStrIndex i = 0;
	while (i < n && t[i] != FRIBIDI_TYPE_RTL && t[i] != FRIBIDI_TYPE_AL)
		i++;
	if (i == n)
		return 0;
	return fribidi_get_par_direction(t, n) == FRIBIDI_PAR_LTR ? FRIBIDI_PAR_LTR
								  : FRIBIDI_PAR_RTL;
}

/* Whether the brackets of text seen left to right are the characters
 * of the shapes drawn, to be mirrored into those read (UAX #9 rule L4
 * undone): 1, or 0 when the producer gave each mirrored glyph the
 * character it stands for. On a page a pair of brackets looks like
 * "( )" left to right, in either direction of text; so the first
 * bracket seen within right-to-left text tells: an opening one is a
 * shape, a closing one a meaning. */
static int brackets_are_shapes(const FriBidiBracketType *br, const FriBidiLevel *lev,
			       FriBidiStrIndex n)
{
	for (FriBidiStrIndex i = 0; i < n; i++)
		if (br[i] != FRIBIDI_NO_BRACKET && (lev[i] & 1))
			return FRIBIDI_IS_BRACKET_OPEN(br[i]) != 0;
	return 1;
}

/* s (UTF-8) reordered by the bidi algorithm: text seen left to right
 * comes out in logical order, and the other way round. *mirror: whether
 * brackets are mirrored, -1 to tell from the text (taken as seen; set
 * to what was done). Returns a new string (a copy when there is nothing
 * right to left). */
static char *bidi_reorder(const char *s, int *mirror)
{
	size_t len = strlen(s);
	if (len == 0 || len > BIDI_MAX_CHARS)
		return rw_xstrdup(s);
	/* FriBidi's UTF-8 decoder reads a whole sequence from its first byte,
	 * past the end of a cut one: it gets NULs to read there */
	char *padded = rw_xcalloc(len + UTF8_MAX_BYTES, 1);
	memcpy(padded, s, len);
	FriBidiChar *u = rw_xmalloc(len * sizeof *u);
	FriBidiStrIndex n = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, padded, (FriBidiStrIndex)len, u);
	free(padded);
	FriBidiCharType *t = rw_xmalloc((len + 1) * sizeof *t);
	fribidi_get_bidi_types(u, n, t);
	FriBidiParType base = bidi_base(t, n);
	char *out = NULL;
	if (base) {
		FriBidiBracketType *br = rw_xmalloc((len + 1) * sizeof *br);
		FriBidiLevel *lev = rw_xmalloc((len + 1) * sizeof *lev);
		fribidi_get_bracket_types(u, n, t, br);
		if (fribidi_get_par_embedding_levels_ex(t, br, n, &base, lev)) {
			if (*mirror < 0)
				*mirror = brackets_are_shapes(br, lev, n);
			if (*mirror)
				fribidi_shape_mirroring(lev, n, u);
			if (fribidi_reorder_line(0, t, n, 0, base, lev, u, NULL)) {
				out = rw_xmalloc(len * UTF8_MAX_BYTES + 1); /* n <= len characters */
				fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, u, n, out);
			}
		}
		free(br);
		free(lev);
	}
	free(u);
	free(t);
	return out ? out : rw_xstrdup(s);
}

/* The length of a glyph's character, inline: strnlen is a call. */
static inline size_t glyph_len(const pdf_glyph *g)
{
	size_t m = 0;
	while (m < sizeof g->u && g->u[m])
		m++;
	return m;
}

/* A digit set as a superscript of the glyph before it in its word
 * (base; the digits of a mark of several after the first stand on the
 * same base) is written as the superscript digit it shows, a footnote's
 * mark ("Approved³", "1.1¹"): run into the word or number before it,
 * "1.1" and "1" would read "1.11". NULL when c is none. */
static const char *superscript_digit(const pdf_glyph *c, const pdf_glyph *base)
{
	if (!base || c->u[0] < '0' || c->u[0] > '9' || c->u[1] || !raised_mark(&c->b, &base->b))
		return NULL;
	return rw_superscript_digit(c->u[0] - '0');
}

/* The text of glyphs gi[0..n-1] (left to right), in logical order, in
 * a; its length in *len; *mirrored: whether its brackets were mirrored
 * (bidi_reorder). */
static char *glyph_text(const pdf_glyph *g, const size_t *gi, size_t n, pdf_arena *a,
			size_t *len, int *rtl, int *mirrored)
{
	*rtl = 0;
	/* room for the longest characters: an arena's piece costs nothing
	 * more, and the glyphs are read once */
	char *seen = pdf_arena_array(a, n + 1, sizeof g->u), *at = seen;
	const pdf_glyph *base = NULL;
	for (size_t k = 0; k < n; k++) {
		const pdf_glyph *c = &g[gi[k]];
		const char *mark = superscript_digit(c, base);
		size_t m = mark ? strlen(mark) : glyph_len(c);
		memcpy(at, mark ? mark : c->u, m);
		at += m;
		*rtl |= c->rtl;
		if (!mark)
			base = c;
	}
	*at = 0;
	*len = (size_t)(at - seen);
	*mirrored = -1;
	if (!*rtl)
		return seen;
	char *read = bidi_reorder(seen, mirrored);
	*len = strlen(read);
	seen = pdf_arena_alloc(a, *len + 1);
	memcpy(seen, read, *len + 1);
	free(read);
	return seen;
}

char *pdf_wrapped_mark(const pdf_line *l, const pdf_line *above)
{
	const char *s = l->nw == 1 ? l->w[0].text : NULL;
	size_t n = s ? strlen(s) : 0;
	if (!n || n > layp->mark_glyphs || strspn(s, "0123456789") != n ||
	    l->size > layp->mark_size_share * above->size || l->b.top < above->b.top)
		return NULL;
	rw_buf b = {0};
	rw_buf_add_superscript(&b, s, n);
	return rw_buf_take(&b);
}

/* Glyph g is a capital letter: ASCII's, or Latin-1's (U+00C0 to U+00DE
 * but the multiplication sign). */
static int capital_glyph(const pdf_glyph *g)
{
	unsigned char c = (unsigned char)g->u[0], d = (unsigned char)g->u[1];
	return (c >= 'A' && c <= 'Z') || (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97);
}

/* Glyph g is one of the ASCII characters in set. */
static int glyph_one_of(const pdf_glyph *g, const char *set)
{
	return g->u[0] && !g->u[1] && strchr(set, g->u[0]);
}

/* Glyphs gi[0..n-1] end a sentence as TeX sees one: in . ? ! or :
 * (closing brackets and quotes after it aside), not a full stop after a
 * capital ("U.S."), which TeX takes for an abbreviation. */
static int glyphs_end_sentence(const pdf_glyph *g, const size_t *gi, size_t n)
{
	while (n && glyph_one_of(&g[gi[n - 1]], ")]'\""))
		n--;
	if (!n || !glyph_one_of(&g[gi[n - 1]], ".?!:"))
		return 0;
	unsigned char before = n > 1 && !g[gi[n - 2]].u[1] ? (unsigned char)g[gi[n - 2]].u[0] : 0;
	return g[gi[n - 1]].u[0] != '.' || !isupper(before);
}

/* Makes *w of glyphs gi[0..n-1] (n > 0), its text in a (NULL: no text,
 * w->text NULL); returns the text's length. */
static size_t add_word(pdf_word *w, const pdf_glyph *g, const size_t *gi, size_t n, pdf_arena *a)
{
	size_t len = 0;
	memset(w, 0, sizeof *w);
	w->b = g[gi[0]].b;
	size_t nbold = 0;
	const pdf_glyph *base = NULL;
	for (size_t i = 0; i < n; i++) {
		const pdf_glyph *c = &g[gi[i]];
		/* a footnote's mark widens its word, not its height: the
		 * word stands where its line does */
		if (base && superscript_digit(c, base)) {
			w->b.left = pdf_min(w->b.left, c->b.left);
			w->b.right = pdf_max(w->b.right, c->b.right);
		} else {
			pdf_box_union(&w->b, &c->b);
			base = c;
		}
		if (g[gi[i]].size > w->size)
			w->size = g[gi[i]].size;
		nbold += g[gi[i]].bold;
	}
	w->bold = nbold * 2 > n;
	w->capital = (unsigned char)capital_glyph(&g[gi[0]]);
	w->hyphen = (unsigned char)glyph_one_of(&g[gi[n - 1]], "-");
	w->stop = (unsigned char)glyphs_end_sentence(g, gi, n);
	if (a) {
		int rtl, mirrored;
		w->text = glyph_text(g, gi, n, a, &len, &rtl, &mirrored);
		w->rtl = rtl;
		w->mirrored = mirrored > 0;
	}
	return len;
}

/* w[0..n-1] and their texts (text bytes in all, NULs included) in one
 * allocation: the words, then the texts. */
static pdf_word *words_block(const pdf_word *w, size_t n, size_t text)
{
	pdf_word *b = rw_xmalloc(n * sizeof *b + text);
	memcpy(b, w, n * sizeof *b);
	char *at = (char *)(b + n);
	for (size_t k = 0; k < n; k++) {
		if (!w[k].text)
			continue;
		size_t len = strlen(w[k].text) + 1;
		memcpy(at, w[k].text, len);
		b[k].text = at;
		at += len;
	}
	return b;
}

pdf_word *pdf_words_copy(const pdf_word *w, size_t n)
{
	size_t text = 0;
	for (size_t k = 0; k < n; k++)
		text += w[k].text ? strlen(w[k].text) + 1 : 0;
	return words_block(w, n, text);
}

/* Breaks one line's glyphs (sorted left to right) into words, made in a
 * and then put in one allocation (pdf_line's w); text: whether their
 * texts are wanted. A line holds no spaces (they join no line). */
static void make_words(pdf_line *l, const pdf_glyph *g, size_t *gi, size_t n, pdf_arena *a,
		       int text)
{
	/* end[k]: where word k ends among the glyphs kept */
	size_t *end = pdf_arena_array(a, n + 1, sizeof *end), nw = 0, start = 0, kept = 0;
	for (size_t i = 0; i < n; i++) {
		const pdf_glyph *c = &g[gi[i]];
		if (kept > start) {
			const pdf_glyph *p = &g[gi[kept - 1]];
			if (same_glyph_twice(p, c))
				continue;
			double size = pdf_max(pdf_max(p->size, c->size), 1);
			double gap = c->b.left - p->b.right;
			/* a footnote's mark stays with its word, though the
			 * producer put a word break before it */
			int mark = superscript_digit(c, p) != NULL;
			if (gap > layp->word_gap * size ||
			    (p->space_after && !mark && gap > -layp->space_overlap * size)) {
				end[nw++] = kept;
				start = kept;
			}
		}
		gi[kept++] = gi[i];
	}
	if (kept > start)
		end[nw++] = kept;
	pdf_word *w = pdf_arena_array(a, nw, sizeof *w);
	size_t bytes = 0;
	for (size_t k = 0; k < nw; k++) {
		size_t from = k ? end[k - 1] : 0;
		size_t len = add_word(&w[k], g, gi + from, end[k] - from, text ? a : NULL);
		bytes += text ? len + 1 : 0;
	}
	l->w = nw ? words_block(w, nw, bytes) : NULL;
	l->nw = nw;
}

/* The advance a character of word w, when it holds two letters or more
 * (a word of figures or marks says nothing of its font); else 0. */
static double letters_advance(const pdf_word *w)
{
	size_t chars = 0, letters = 0;
	for (const unsigned char *c = (const unsigned char *)w->text; c && *c; c++) {
		chars += (*c & 0xC0) != 0x80;
		letters += isalpha(*c) || *c >= 0xC0;
	}
	return chars && letters >= 2 ? (w->b.right - w->b.left) / (double)chars : 0;
}

/* The advance of the monospaced font line l is set in, or 0: mono_words
 * of its words of letters at least, all as wide a character. */
static float mono_pitch(const pdf_line *l)
{
	double lo = HUGE_VAL, hi = 0;
	size_t n = 0;
	for (size_t i = 0; i < l->nw; i++) {
		double a = letters_advance(&l->w[i]);
		if (a <= 0)
			continue;
		lo = fmin(lo, a), hi = fmax(hi, a);
		n++;
	}
	return n >= layp->mono_words && hi - lo <= layp->mono_tol * hi ? (float)((lo + hi) / 2) : 0;
}

/* The advance of the fixed-width font the lines l[0..nl-1] that are set
 * in one are set in (their pitch), or 0 when none is or two fonts are. */
static double text_grid(const pdf_line *l, size_t nl)
{
	double grid = 0;
	for (size_t i = 0; i < nl; i++) {
		if (l[i].pitch <= 0)
			continue;
		if (grid > 0 && fabs(l[i].pitch - grid) > layp->mono_tol * grid)
			return 0; /* two fixed-width fonts: no one grid */
		grid = grid > 0 ? grid : l[i].pitch;
	}
	return grid;
}

/* Every word of line l is set at grid's advance a character (mono_tol),
 * a whole number of characters from the first: the line is on that
 * font's grid, however few its words of letters. */
static int on_grid(const pdf_line *l, double grid)
{
	if (grid <= 0 || !l->nw)
		return 0;
	for (size_t i = 0; i < l->nw; i++) {
		size_t chars = 0;
		for (const unsigned char *c = (const unsigned char *)l->w[i].text; c && *c; c++)
			chars += (*c & 0xC0) != 0x80;
		double advance = chars ? (l->w[i].b.right - l->w[i].b.left) / (double)chars : 0;
		/* each word as wide as its characters, and starting a whole
		 * number of characters from the line's first: its spaces
		 * are characters too */
		double cols = (l->w[i].b.left - l->w[0].b.left) / grid;
		if (fabs(advance - grid) > layp->mono_tol * grid ||
		    fabs(cols - round(cols)) * grid > layp->mono_tol * grid)
			return 0;
	}
	return 1;
}

static void finish_line(pdf_line *l)
{
	size_t nbold = 0;
	for (size_t i = 0; i < l->nw; i++) {
		if (i == 0)
			l->b = l->w[0].b;
		else
			pdf_box_union(&l->b, &l->w[i].b);
		if (l->w[i].size > l->size)
			l->size = l->w[i].size;
		nbold += l->w[i].bold;
	}
	l->bold = l->nw > 0 && nbold == l->nw;
	l->pitch = l->w ? mono_pitch(l) : 0;
}

/* Lines being grouped: glyphs come sorted by centre, and each joins one
 * of the last open_lines lines or starts one; a line further back is
 * final. A line here is its band and how many glyphs it holds: which
 * line each glyph joined is noted beside it, and the glyphs are put
 * line by line afterwards (one array for the page, not one per line). */
typedef struct line_band {
	pdf_box b;
	pdf_box last; /* the glyph that joined it last */
	size_t n;
	int digits; /* its glyphs are all digits: marks, one or several */
} line_band;

typedef struct grouper {
	line_band *p; /* room for a line per glyph */
	size_t n;
} grouper;

/* A glyph at least line_size_share of a line's height whose middle
 * stands more than line_offset_share of that height off the line's
 * middle is on a line of its own. */

static int off_level(const pdf_box *c, const pdf_box *band)
{
	double h = box_h(band);
	return box_h(c) >= layp->line_size_share * h &&
	       fabs(mid_y(c) - mid_y(band)) > layp->line_offset_share * h;
}

/* Glyph box c lies within the height of glyph box g, a glyph of the
 * line: the same line, whatever their fonts make their boxes. A line's
 * band is its first glyph's where a glyph of another font, taller by
 * more than band_size_share, joins it (a column beside set in a font
 * whose boxes are shorter), and a word in a third font then stands off
 * the band, though inside the boxes of the words beside it. (A taller
 * box around a glyph of the line is not enough: a cell centred on two
 * lines of its neighbour's holds the glyphs of both.) */
static int inside_glyph(const pdf_box *c, const pdf_box *g)
{
	return c->top >= g->top && c->bottom <= g->bottom;
}

/* The line glyph g[i] joins (SIZE_MAX for a space, which joins none). */
static size_t group_glyph(grouper *gr, const pdf_glyph *g, size_t i)
{
	const pdf_glyph *c = &g[i];
	if (is_space(c->u))
		return SIZE_MAX;
	/* the line it overlaps most, by join_overlap at least; of lines overlapped
	 * alike the latest. Looked for from the latest back: a glyph mostly
	 * joins the line before, and no line beats a whole overlap (a share
	 * is at most 1), so the search ends there. */
	size_t best = SIZE_MAX;
	double best_share = layp->join_overlap;
	size_t first = gr->n > layp->open_lines ? gr->n - layp->open_lines : 0;
	for (size_t j = gr->n; j-- > first && best_share < 1;) {
		const pdf_box *b = &gr->p[j].b;
		/* glyphs come by their middle, so a line's superscript (a
		 * footnote's mark, raised) comes before the line and starts
		 * a band of its own: the line's first glyph takes it over,
		 * as the mark would have joined the line after it; so are the
		 * marks of several cells of a row, a band of digits alone */
		if ((gr->p[j].n <= layp->mark_glyphs || gr->p[j].digits) && raised_mark(b, &c->b) &&
		    overlap_share(b, &c->b) >= layp->join_overlap) {
			gr->p[j].b = c->b;
			best = j;
			break;
		}
		/* a glyph of the line's size stands level with it: one
		 * half-way down to the next line (a cell's text centred on
		 * two lines of its neighbour's) is a line of its own */
		if (off_level(&c->b, b) && !inside_glyph(&c->b, &gr->p[j].last))
			continue;
		double s = overlap_share(&c->b, b); /* after the cheaper test above */
		if (best == SIZE_MAX ? s >= best_share : s > best_share) {
			best_share = s;
			best = j;
		}
	}
	if (best == SIZE_MAX) {
		gr->p[gr->n] = (line_band){c->b, c->b, 0, 1};
		best = gr->n++;
	}
	line_band *l = &gr->p[best];
	l->n++;
	l->last = c->b;
	l->digits &= c->u[0] >= '0' && c->u[0] <= '9' && !c->u[1];
	/* The band grows only with glyphs of a size like the line's own,
	 * so a tall bracket or a superscript does not swallow the next
	 * line, and level with it: text that joins the line standing a
	 * little off it (a neighbour's cell centred between two lines, set
	 * tight) would stretch the band down, glyph by glyph, until it took
	 * in the next line. */
	double h = box_h(&l->b);
	if (box_h(&c->b) <= layp->band_size_share * h &&
	    fabs(mid_y(&c->b) - mid_y(&l->b)) <= layp->band_level * h)
		pdf_box_union(&l->b, &c->b);
	return best;
}

/* A box set as a subscript of the glyph whose box is `base`: smaller
 * by mark_size_share, its middle below the base's (a smaller glyph on
 * the baseline stands lower too, but it joins the base's line: only a
 * glyph that did not comes to this test). */
static int lowered_mark(const pdf_box *b, const pdf_box *base)
{
	double h = box_h(base);
	return h > 0 && box_h(b) <= layp->mark_size_share * h && mid_y(b) > mid_y(base);
}

/* Glyph order[k] starts right after glyph order[j] (mark_touch), of
 * another line, and overlaps it from top to bottom. */
static int touches_after(const pdf_glyph *g, const size_t *order, const size_t *line, size_t k,
			 size_t j)
{
	const pdf_box *c = &g[order[k]].b, *b = &g[order[j]].b;
	return line[j] != line[k] && line[j] != SIZE_MAX &&
	       fabs(c->left - b->right) <= layp->mark_touch * box_h(b) && c->bottom > b->top &&
	       c->top < b->bottom;
}

/* Glyph order[j], of another line than glyph order[k]'s, which glyph k
 * marks as its superscript: k starts right after it and is raised
 * against it (raised_mark). */
static int marks(const pdf_glyph *g, const size_t *order, const size_t *line, size_t k, size_t j)
{
	return touches_after(g, order, line, k, j) && raised_mark(&g[order[k]].b, &g[order[j]].b);
}

/* ... or its subscript ("H2O", "CO2"): k starts right after it and is
 * lowered against it (lowered_mark). */
static int marks_below(const pdf_glyph *g, const size_t *order, const size_t *line, size_t k,
		       size_t j)
{
	return touches_after(g, order, line, k, j) && lowered_mark(&g[order[k]].b, &g[order[j]].b);
}

/* A test of glyph order[j] against glyph order[k] (marks, goes_on_mark). */
typedef int (*glyph_pair_test)(const pdf_glyph *g, const size_t *order, const size_t *line,
			       size_t k, size_t j);

/* The first glyph whose middle stands within `reach` of glyph
 * order[k]'s (order is by middle) that passes test against it: its
 * order[] index, SIZE_MAX if none. */
static size_t glyph_near(const pdf_glyph *g, const size_t *order, const size_t *line, size_t ng,
			 size_t k, double reach, glyph_pair_test test)
{
	double y = mid_y(&g[order[k]].b);
	for (size_t j = k; j-- > 0 && mid_y(&g[order[j]].b) >= y - reach;)
		if (test(g, order, line, k, j))
			return j;
	for (size_t j = k + 1; j < ng && mid_y(&g[order[j]].b) <= y + reach; j++)
		if (test(g, order, line, k, j))
			return j;
	return SIZE_MAX;
}

/* Glyph order[j] goes on the mark glyph order[k] starts: of its line,
 * as tall (a mark's digits are set in one type), right after it. */
static int goes_on_mark(const pdf_glyph *g, const size_t *order, const size_t *line, size_t k,
			size_t j)
{
	const pdf_box *c = &g[order[k]].b, *d = &g[order[j]].b;
	double h = box_h(c);
	return line[j] == line[k] && fabs(box_h(d) - h) <= layp->mark_touch * h &&
	       fabs(d->left - c->right) <= layp->mark_touch * h &&
	       fabs(mid_y(d) - mid_y(c)) <= layp->mark_touch * h;
}

/* Moves the mark glyph order[k] starts (its first glyph, and the
 * mark_glyphs - 1 at most that go on it) to line `to`. */
static void move_mark(grouper *gr, const pdf_glyph *g, const size_t *order, size_t *line,
		      size_t ng, size_t k, size_t to)
{
	for (size_t n = 0; n < layp->mark_glyphs && k != SIZE_MAX; n++) {
		size_t next = glyph_near(g, order, line, ng, k, box_h(&g[order[k]].b), goes_on_mark);
		gr->p[line[k]].n--;
		line[k] = to;
		gr->p[to].n++;
		k = next;
	}
}

/* Glyphs come by their middles: a superscript whose middle stands
 * nearer another line's (a neighbour's cell centred between two rows
 * of a table set tight) joined that line before its own came. A glyph
 * small for the line it joined (mark_size_share of its band) and off
 * its level (band_level) that marks a glyph of another line, within a
 * line's height, goes to that line. A subscript standing too far under
 * its row's band to join it (cells of a row at different heights)
 * started a line of its own: a glyph of a line of mark_glyphs glyphs at
 * most that follows a glyph of another line, smaller and lower, goes to
 * that glyph's line. */
static void marks_to_their_lines(grouper *gr, const pdf_glyph *g, const size_t *order,
				 size_t *line, size_t ng)
{
	for (size_t k = 0; k < ng; k++) {
		if (line[k] == SIZE_MAX)
			continue;
		const pdf_box *c = &g[order[k]].b, *band = &gr->p[line[k]].b;
		double h = box_h(band);
		size_t base = SIZE_MAX;
		if (box_h(c) <= layp->mark_size_share * h &&
		    fabs(mid_y(c) - mid_y(band)) > layp->band_level * h)
			base = glyph_near(g, order, line, ng, k, h, marks);
		else if (gr->p[line[k]].n <= layp->mark_glyphs)
			base = glyph_near(g, order, line, ng, k, h, marks_below);
		if (base != SIZE_MAX)
			move_mark(gr, g, order, line, ng, k, line[base]);
	}
}

/* The glyphs in lines: sp->out[start[j] .. start[j + 1] - 1] are line
 * j's, in the order they joined it (by centre). Returns the number of
 * lines; *start is made in a. sp: room for ng glyphs. */
static size_t group_lines(const pdf_glyph *g, size_t ng, const sort_space *sp, pdf_arena *a,
			  size_t **start)
{
	size_t *order = sp->order, *line = sp->line, *out = sp->out;
	for (size_t i = 0; i < ng; i++)
		order[i] = i;
	sort_glyphs(g, order, ng, BY_MID_Y, sp);
	grouper gr = {pdf_arena_array(a, ng, sizeof *gr.p), 0};
	for (size_t k = 0; k < ng; k++)
		line[k] = group_glyph(&gr, g, order[k]);
	marks_to_their_lines(&gr, g, order, line, ng);
	/* a counting sort by line, stable: each line keeps its glyphs' order */
	size_t *st = pdf_arena_array(a, 2 * (gr.n + 1), sizeof *st), *at = st + gr.n + 1;
	st[0] = 0;
	for (size_t j = 0; j < gr.n; j++)
		st[j + 1] = st[j] + gr.p[j].n;
	memcpy(at, st, gr.n * sizeof *at);
	for (size_t k = 0; k < ng; k++)
		if (line[k] != SIZE_MAX)
			out[at[line[k]]++] = order[k];
	*start = st;
	return gr.n;
}

static int line_by_top(const void *a, const void *b)
{
	const pdf_line *x = a, *y = b;
	double d = mid_y(&x->b) - mid_y(&y->b);
	if (d != 0)
		return d < 0 ? -1 : 1;
	return (x->b.left > y->b.left) - (x->b.left < y->b.left);
}

/* Where a thread makes lines: everything but the lines and their words
 * (sort space, line bands, words and texts being made), some 150 bytes
 * a glyph. A table's cells make lines one after another, so the arena
 * is kept from call to call (reset, not freed): after the first few,
 * lines are made without the heap. pdf_layout_thread_end frees it. */
static _Thread_local pdf_arena scratch;

void pdf_layout_thread_end(void)
{
	pdf_arena_free(&scratch);
}

/* The line is justified prose: at least justified_gaps word spaces, all
 * of one width but for rounding, between words of different widths.
 * Justification stretches a line's spaces by one amount whatever its
 * words; the white between table cells set at a column pitch is the
 * pitch less the words' widths, so it differs where the words do (and
 * cells of one width, as figures of as many digits, are no prose). A
 * space after a sentence's end, up to sentence_stretch times the
 * narrowest, is TeX's own and tells nothing. */
static int justified(const pdf_line *l)
{
	double lo = HUGE_VAL, hi = 0, narrow = HUGE_VAL, wide = 0, after_stop = 0;
	size_t spaces = 0;
	for (size_t i = 0; i < l->nw; i++) {
		double w = l->w[i].b.right - l->w[i].b.left;
		narrow = pdf_min(narrow, w);
		wide = pdf_max(wide, w);
		if (i == 0)
			continue;
		double gap = l->w[i].b.left - l->w[i - 1].b.right;
		if (l->w[i - 1].stop) {
			after_stop = pdf_max(after_stop, gap);
			continue;
		}
		lo = pdf_min(lo, gap);
		hi = pdf_max(hi, gap);
		spaces++;
	}
	double size = pdf_max(l->size, 1);
	return spaces >= layp->justified_gaps && lo > 0 && hi - lo <= layp->justified_slack * size &&
	       after_stop <= layp->sentence_stretch * lo && wide - narrow >= layp->justified_words * size;
}

/* Line b stands next to line a, under or over it: it overlaps it
 * across and no more than a line's height of white is between them. */
static int next_to(const pdf_line *a, const pdf_line *b)
{
	double h = pdf_max(a->b.bottom - a->b.top, b->b.bottom - b->b.top);
	return b->b.left < a->b.right && b->b.right > a->b.left &&
	       pdf_max(b->b.top - a->b.bottom, a->b.top - b->b.bottom) < h;
}

/* Line j, next to line i, shows i in a paragraph: it starts where i
 * starts, or ends where i ends and starts left of it by a first line's
 * indent at most. */
static int paragraph_edge(const pdf_line *i, const pdf_line *j)
{
	double size = pdf_max(i->size, 1), tol = layp->paragraph_edge * size;
	double indent = i->b.left - j->b.left;
	return next_to(i, j) &&
	       (fabs(indent) <= tol || (fabs(j->b.right - i->b.right) <= tol && indent > 0 &&
					indent <= layp->paragraph_indent * size));
}

/* Line heights: a line next to another (next_to) as tall as it has its
 * top within two of its heights; lines of one paragraph are, and a
 * page of many lines costs no more than its lines when no more are
 * looked at than this many heights away. */
#define PARAGRAPH_REACH 4

/* Line i of l[0..n-1] (sorted by top) stands in a paragraph
 * (paragraph_edge), among the lines PARAGRAPH_REACH of its heights
 * away. */
static int in_paragraph(const pdf_line *l, size_t n, size_t i)
{
	double reach = PARAGRAPH_REACH * (l[i].b.bottom - l[i].b.top);
	for (size_t j = i; j-- > 0 && l[i].b.top - l[j].b.top <= reach;)
		if (paragraph_edge(&l[i], &l[j]))
			return 1;
	for (size_t j = i + 1; j < n && l[j].b.top - l[i].b.top <= reach; j++)
		if (paragraph_edge(&l[i], &l[j]))
			return 1;
	return 0;
}

/* Marks the lines among l[0..n-1] whose spaces are alike, as a
 * justified line's, but which stand in no paragraph: a row of table
 * cells each as wide as its column's widest text. */
static void mark_alone(pdf_line *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		l[i].alone = justified(&l[i]) && !in_paragraph(l, n, i);
}

/* Two steps are one (PDF_SAME_STEP: rounding). */
static int same_step(double a, double b)
{
	return a > 0 && b > 0 && fmax(a, b) <= PDF_SAME_STEP * fmin(a, b);
}

/* Rows of a table padded far apart (more white between them than
 * max_blank) still follow one another: a line of cells (two chunks or
 * more) over another, the step between their tops alike to the step
 * over it or under the next (lines of cells in steps that recur: a
 * table's rows; paragraphs are no lines of cells). Sets steady_to. */
static void mark_steady(pdf_line *l, size_t n)
{
	size_t most = 0;
	for (size_t i = 0; i < n; i++)
		most = l[i].nw > most ? l[i].nw : most;
	unsigned char *cells = rw_xmalloc(n + 1);
	size_t *starts = rw_xmalloc((most + 1) * sizeof *starts);
	for (size_t i = 0; i < n; i++)
		cells[i] = pdf_line_chunks(&l[i], starts) >= 2;
	free(starts);
	for (size_t i = 0; i + 1 < n; i++) {
		double step = l[i + 1].b.top - l[i].b.top;
		double over = i > 0 && cells[i - 1] ? l[i].b.top - l[i - 1].b.top : 0;
		double under = i + 2 < n && cells[i + 2] ? l[i + 2].b.top - l[i + 1].b.top : 0;
		if (cells[i] && cells[i + 1] && (same_step(step, over) || same_step(step, under)))
			l[i].steady_to = l[i + 1].b.top;
	}
	free(cells);
}

/* The lines of glyphs g[0..ng-1]; their words' text when text is set. */
static pdf_line *lines_build(const pdf_glyph *g, size_t ng, size_t *nlines, int text)
{
	pdf_arena *a = &scratch;
	sort_space sp = sort_space_new(a, ng);
	size_t *gi = sp.out, *st;
	size_t np = group_lines(g, ng, &sp, a, &st);
	pdf_line *l = rw_xcalloc(np ? np : 1, sizeof *l);
	size_t n = 0;
	for (size_t i = 0; i < np; i++) {
		size_t *line = gi + st[i], m = st[i + 1] - st[i];
		sort_glyphs(g, line, m, BY_LEFT, &sp);
		make_words(&l[n], g, line, m, a, text);
		if (l[n].nw) {
			finish_line(&l[n]);
			n++;
		}
	}
	pdf_arena_reset(a);
	qsort(l, n, sizeof *l, line_by_top);
	/* a line of too few words of letters to tell its font by, on the
	 * grid of the fixed-width font the others are set in, is set in it
	 * too ("* Approved: 4.3 and 4.6" in a text report) */
	double grid = text_grid(l, n);
	for (size_t i = 0; i < n && grid > 0; i++) {
		l[i].gridded = on_grid(&l[i], grid);
		if (l[i].gridded && l[i].pitch <= 0)
			l[i].pitch = (float)grid;
	}
	mark_alone(l, n);
	if (text) /* chunks are told by the words' text */
		mark_steady(l, n);
	*nlines = n;
	return l;
}

pdf_line *pdf_lines_build(const pdf_glyph *g, size_t ng, size_t *nlines)
{
	return lines_build(g, ng, nlines, 1);
}

pdf_line *pdf_line_boxes(const pdf_glyph *g, size_t ng, size_t *nlines)
{
	return lines_build(g, ng, nlines, 0);
}

void pdf_lines_free(pdf_line *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(l[i].w); /* their texts too */
	free(l);
}

/* Words left to right joined by spaces (an empty word adds no space
 * before the next), in one allocation of the right size. */
static char *joined_words(const pdf_word *w, size_t n)
{
	size_t len = 0;
	for (size_t i = 0; i < n; i++)
		len += strlen(w[i].text) + 1;
	char *s = rw_xmalloc(len + 1), *at = s;
	for (size_t i = 0; i < n; i++) {
		if (at > s)
			*at++ = ' ';
		size_t m = strlen(w[i].text);
		memcpy(at, w[i].text, m);
		at += m;
	}
	*at = 0;
	return s;
}

char *pdf_words_text(const pdf_word *w, size_t n)
{
	int rtl = 0;
	for (size_t i = 0; i < n; i++)
		rtl |= w[i].rtl;
	if (!rtl)
		return joined_words(w, n);
	/* words hold logical order: seen again as drawn (the reordering,
	 * with the same mirroring, undoes itself), then the whole run read
	 * in logical order, so that right-to-left words come in the order
	 * they are read */
	rw_buf b = {0};
	rw_buf_adds(&b, "");
	for (size_t i = 0; i < n; i++) {
		if (b.len)
			rw_buf_addc(&b, ' ');
		if (w[i].rtl) {
			int mirror = w[i].mirrored;
			char *seen = bidi_reorder(w[i].text, &mirror);
			rw_buf_adds(&b, seen);
			free(seen);
		} else {
			rw_buf_adds(&b, w[i].text);
		}
	}
	char *seen = rw_buf_take(&b);
	int mirror = -1;
	char *read = bidi_reorder(seen, &mirror);
	free(seen);
	return read;
}

char *pdf_line_text(const pdf_line *l)
{
	return pdf_words_text(l->w, l->nw);
}

size_t pdf_word_stop(const char *w)
{
	size_t n = strlen(w);
	while (n && strchr(")]'\"", w[n - 1]))
		n--;
	return n;
}

int pdf_chunk_break(const pdf_line *l, size_t i)
{
	const pdf_word *before = &l->w[i - 1], *w = &l->w[i];
	double size = fmax(fmax(w->size, before->size), 1);
	double gap = layp->chunk_gap + (before->stop ? layp->sentence_space : 0);
	return w->b.left - before->b.right > fmax(gap * size, layp->mono_chunk_spaces * l->pitch);
}

size_t pdf_line_chunks(const pdf_line *l, size_t *starts)
{
	size_t n = 0;
	int prose = justified(l) && !l->alone;
	for (size_t i = 0; i < l->nw; i++)
		if (i == 0 || l->w[i].cell_start || (!prose && pdf_chunk_break(l, i)))
			starts[n++] = i;
	return n;
}

/* ---- the page and table containers --------------------------------- */

void pdf_page_add_glyph(pdf_page *p, const pdf_glyph *g)
{
	p->g = rw_xgrow(p->g, &p->capg, p->ng + 1, sizeof *p->g);
	p->g[p->ng++] = *g;
}

void pdf_page_add_ruling(pdf_page *p, double x0, double y0, double x1, double y1)
{
	p->r = rw_xgrow(p->r, &p->capr, p->nr + 1, sizeof *p->r);
	p->r[p->nr++] = (pdf_ruling){fmin(x0, x1), fmin(y0, y1), fmax(x0, x1), fmax(y0, y1)};
}

size_t pdf_level_rulings(const pdf_page *p, pdf_ruling **out)
{
	size_t n = 0;
	*out = rw_xmalloc((p->nr + 1) * sizeof **out);
	for (size_t i = 0; i < p->nr; i++)
		if (p->r[i].y0 == p->r[i].y1)
			(*out)[n++] = p->r[i];
	return n;
}

void pdf_page_clear(pdf_page *p)
{
	free(p->g);
	free(p->r);
	free(p->marks);
	memset(p, 0, sizeof *p);
}

/* Ems a glyph's box may reach past an area's top and bottom edges and
 * still be in it. poppler's box runs from its font's ascent down to its
 * descent, where the ink of a line mostly ends at the cap height (the
 * ascent is a fifth to a quarter of an em above it) and on the baseline
 * (the descent a fifth to a quarter of an em under it). An area drawn
 * close round a row's ink, as Tabula reads one (by a box from about the
 * cap height down to the baseline), holds the row. */
#define CROP_ASCENT_EM 0.25
#define CROP_DESCENT_EM 0.25

int pdf_box_holds_glyph(const pdf_box *a, const pdf_glyph *g)
{
	const pdf_box *b = &g->b;
	return b->left >= a->left && b->right <= a->right &&
	       b->top >= a->top - CROP_ASCENT_EM * fmax(g->size, 1) &&
	       b->bottom <= a->bottom + CROP_DESCENT_EM * fmax(g->size, 1);
}

void pdf_page_crop(pdf_page *p, const pdf_box *a)
{
	size_t n = 0;
	for (size_t i = 0; i < p->ng; i++)
		if (pdf_box_holds_glyph(a, &p->g[i]))
			p->g[n++] = p->g[i];
	p->ng = n;
	n = 0;
	for (size_t i = 0; i < p->nr; i++) {
		pdf_ruling r = p->r[i];
		r.x0 = fmax(r.x0, a->left);
		r.x1 = fmin(r.x1, a->right);
		r.y0 = fmax(r.y0, a->top);
		r.y1 = fmin(r.y1, a->bottom);
		if (r.x0 <= r.x1 && r.y0 <= r.y1)
			p->r[n++] = r;
	}
	p->nr = n;
}

void pdf_table_init(pdf_table *t, int rows, int cols)
{
	memset(t, 0, sizeof *t);
	t->rows = rows;
	t->cols = cols;
	size_t n = (size_t)rows * cols;
	t->cell = rw_xcalloc(n ? n : 1, sizeof *t->cell);
	t->cb = rw_xcalloc(n ? n : 1, sizeof *t->cb);
	t->span_from = rw_xcalloc(n ? n : 1, sizeof *t->span_from);
	for (size_t i = 0; i < n; i++)
		t->cell[i] = rw_xstrdup("");
	t->header = rw_xcalloc(rows ? rows : 1, 1);
	t->plain = rw_xcalloc(rows ? rows : 1, 1);
	t->colx = rw_xcalloc(cols + 1, sizeof *t->colx);
	t->open_foot = rw_xcalloc(cols ? cols : 1, 1);
}

const char *pdf_table_slot_text(const pdf_table *t, size_t k, int *copy)
{
	int from = t->span_from[k];
	int spanned = from > 0 && (size_t)from <= k && !*t->cell[k] && *t->cell[k - (size_t)from];
	if (copy)
		*copy = spanned || from == PDF_CARRIED;
	return t->cell[spanned ? k - (size_t)from : k];
}

void pdf_table_clear(pdf_table *t)
{
	for (size_t i = 0; i < (size_t)t->rows * t->cols; i++)
		free(t->cell[i]);
	free(t->cell);
	free(t->cb);
	free(t->span_from);
	free(t->header);
	free(t->plain);
	free(t->colx);
	free(t->open_foot);
	memset(t, 0, sizeof *t);
}

/* The line before ends in a hyphen after a letter or digit and the next
 * starts with one: "end-" "user", "SSAE-" "18". */
static int hyphen_break(const char *before, const char *after)
{
	size_t n = strlen(before);
	return n >= 2 && before[n - 1] == '-' && isalnum((unsigned char)before[n - 2]) &&
	       isalnum((unsigned char)after[0]);
}

/* a, b and c end to end, in a new string (a printf of "%s%s%s" parses
 * its format and counts each argument twice) */
static char *joined(const char *a, const char *b, const char *c)
{
	size_t na = strlen(a), nb = strlen(b), nc = strlen(c);
	char *s = rw_xmalloc(na + nb + nc + 1);
	memcpy(s, a, na);
	memcpy(s + na, b, nb);
	memcpy(s + na + nb, c, nc + 1);
	return s;
}

void pdf_table_append(pdf_table *t, int row, int col, const char *text,
		      const pdf_box *b, const char *sep, int bold)
{
	if (!bold)
		t->plain[row] = 1;
	size_t k = (size_t)row * t->cols + col;
	char *old = t->cell[k];
	if (!sep)
		sep = *old && hyphen_break(old, text) ? "" : " ";
	if (*old) {
		t->cell[k] = joined(old, sep, text);
		pdf_box_union(&t->cb[k], b);
	} else {
		t->cell[k] = rw_xstrdup(text);
		t->cb[k] = *b;
	}
	free(old);
}

int pdf_fits_after(const pdf_line *a, const pdf_line *b, double right)
{
	if (!a->nw || !b->nw)
		return 0;
	const pdf_box *w = &b->w[0].b;
	double space = PDF_SPACE_WIDTH * fmax(b->w[0].size, 1);
	return a->b.right + space + (w->right - w->left) <= right;
}

/* A paragraph's lines but its last fill at least this share of its
 * measure, however they were set: filled greedily (a browser, a word
 * processor), or by a paragraph composer that evens out a ragged margin
 * (TeX's, a layout program's), which leaves a line short by two ems or
 * so of a measure of thirty and more. */
#define SHORT_LINE_SHARE 0.9

int pdf_room_for_next(const pdf_line *a, const pdf_line *b, double left, double measure)
{
	if (!a->nw || !b->nw)
		return 0;
	const char *last = a->w[a->nw - 1].text;
	size_t n = last ? strlen(last) : 0;
	if (n && last[n - 1] == '-')
		return 0;
	return a->b.right - left <= SHORT_LINE_SHARE * (measure - left) &&
	       pdf_fits_after(a, b, measure);
}

int pdf_starts_with_mark(const pdf_line *l)
{
	if (l->nw < 2 || !l->w[0].text)
		return 0;
	size_t n = strlen(l->w[0].text);
	if (n == 0 || n > layp->mark_glyphs || strspn(l->w[0].text, "0123456789") != n)
		return 0;
	return raised_mark(&l->w[0].b, &l->w[1].b);
}
