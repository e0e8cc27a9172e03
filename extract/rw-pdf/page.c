/* page.c - a poppler page's glyphs, in the displayed frame.
 *
 * poppler-glib gives one box per character of poppler_page_get_text(),
 * and font names and sizes by character ranges
 * (poppler_page_get_text_attributes).  poppler lays text out (and
 * renders) with the page's /Rotate already applied, so the boxes are in
 * the displayed frame, top-left origin, and poppler_page_get_size() is
 * the displayed size; pdf_page_to_display() (layout.c) stays the one
 * place that maps poppler's frame to ours should that ever differ.
 * Reading order comes from geometry (layout.c), not from poppler's text
 * order.
 */
#include "rwlib.h"
#include "pdf.h"

#include <fribidi.h>
#include <math.h>
#include <poppler.h>
#include <string.h>
#include <strings.h>

/* Most characters of most pages are ASCII: these answer for them
 * without a call into GLib's Unicode tables, as GLib would (its
 * g_unichar_isspace takes tab, newline, form feed and carriage return,
 * and the space; g_unichar_isalnum the ASCII letters and digits). */
static int is_space_char(gunichar c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	return g_unichar_isspace(c);
}

static int is_alnum_char(gunichar c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	return g_unichar_isalnum(c);
}

static int is_rtl(gunichar c)
{
	/* below the first range: most characters, one comparison */
	return c >= 0x0590 &&
	       (c <= 0x08FF || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF));
}

/* A bold face by its name: the weights' words, and the bold of TeX's
 * Computer Modern (CMBX10; SFBX1000 in the EC fonts: "bx", bold
 * extended) and of URW's Times (NimbusRomNo9L-Medi, -MediItal: "Medi",
 * not the lighter weight other families call Medium). */
static int is_bold_font(const char *name)
{
	static const char *const marks[] = {"bold", "black", "heavy", "semibold", "demi", "cmbx", "sfbx"};
	if (!name)
		return 0;
	for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
		if (strcasestr(name, marks[i]))
			return 1;
	const char *medi = strcasestr(name, "-medi");
	return medi && strncasecmp(medi, "-medium", 7) != 0;
}

/* The direction most characters advance in (for splitting ligatures):
 * 0 east, 1 south, 2 west, 3 north. */
static int main_direction(const gunichar *cp, const PopplerRectangle *r, guint n)
{
	long votes[4] = {0};
	for (guint i = 0; i + 1 < n; i++) {
		if (is_space_char(cp[i]) || is_space_char(cp[i + 1]) || is_rtl(cp[i]))
			continue;
		double dx = (r[i + 1].x1 + r[i + 1].x2 - r[i].x1 - r[i].x2) / 2;
		double dy = (r[i + 1].y1 + r[i + 1].y2 - r[i].y1 - r[i].y2) / 2;
		if (fabs(dx) > fabs(dy))
			votes[dx > 0 ? 0 : 2]++;
		else if (dy != 0)
			votes[dy > 0 ? 1 : 3]++;
	}
	int best = 0;
	for (int k = 1; k < 4; k++)
		if (votes[k] > votes[best])
			best = k;
	return best;
}

enum { BRK_NONE, BRK_RIGHT_END, BRK_IN_WORD };

/* Unicode's explicit embedding marks (poppler writes them around runs
 * of the other direction) and the end of one. */
#define MARK_LRE 0x202A
#define MARK_RLE 0x202B
#define MARK_PDF 0x202C
#define MARK_LRO 0x202D
#define MARK_RLO 0x202E
/* Embeddings deeper than this are not followed (UAX #9 allows 125). */
#define MAX_EMBED 62

static int is_word_break(gunichar c)
{
	return is_space_char(c) || c < 0x20;
}

/* The embedding level of each character of poppler's text (marks
 * followed as in UAX #9 rules X2-X5, from level 0): poppler writes a
 * line it reads right to left inside RLE ... PDF and a left-to-right run
 * within it inside LRE ... PDF, or the other way round. Returns the
 * characters that have boxes (marks have none); lev[k] is character k's
 * level, *rtl whether any is odd. */
static gunichar *leveled_chars(const char *text, guint n, unsigned char **lev, int *rtl)
{
	gunichar *cp = rw_xmalloc((n + 1) * sizeof *cp);
	*lev = rw_xcalloc(n + 1, 1);
	unsigned char stack[MAX_EMBED + 1] = {0};
	int depth = 0;
	guint m = 0;
	*rtl = 0;
	for (const char *s = text; s && *s && m < n; s = g_utf8_next_char(s)) {
		gunichar c = (unsigned char)*s < 0x80 ? (gunichar)*s : g_utf8_get_char(s);
		if (c >= 0x80 && g_unichar_type(c) == G_UNICODE_FORMAT) { /* no ASCII is a mark */
			int level = stack[depth];
			if (c == MARK_PDF && depth > 0)
				depth--;
			else if ((c == MARK_RLE || c == MARK_RLO) && depth < MAX_EMBED)
				stack[++depth] = (unsigned char)((level + 1) | 1); /* the next odd */
			else if ((c == MARK_LRE || c == MARK_LRO) && depth < MAX_EMBED)
				stack[++depth] = (unsigned char)((level + 2) & ~1); /* the next even */
			continue;
		}
		if (c == '\n')
			depth = 0; /* a line ends every embedding */
		(*lev)[m] = stack[depth];
		*rtl |= (stack[depth] & 1) || is_rtl(c);
		cp[m++] = c;
	}
	for (; m < n; m++)
		cp[m] = ' ';
	return cp;
}

/* Levels when poppler wrote no marks: a right-to-left character is at
 * level 1, and so is a neutral between two of them (UAX #9 rule N1);
 * letters and digits of the other scripts at 2 within a word that holds
 * right-to-left ones ("1.1" set right before an Arabic word keeps its
 * own order). */
static void implicit_levels(const gunichar *cp, guint a, guint b, unsigned char *lev)
{
	for (guint k = a; k < b; k++)
		lev[k] = is_rtl(cp[k]) ? 1 : is_alnum_char(cp[k]) ? 2 : 0;
	for (guint k = a; k < b; k++) {
		if (lev[k])
			continue;
		guint j = k;
		while (j < b && !lev[j])
			j++;
		/* neutrals take their neighbours' level, the lower if two differ */
		int before = k > a ? lev[k - 1] : 1, after = j < b ? lev[j] : 1;
		for (; k < j; k++)
			lev[k] = (unsigned char)(before < after ? before : after);
		k = j - 1;
	}
}

/* Points apart two boxes of one word of poppler's may be: none, as it
 * makes each box end where the next begins, but for rounding: Qt's PDF
 * writer (wkhtmltopdf) places each glyph of a shaped Arabic word apart,
 * a hundredth of a point or so off the advance. A word space is a tenth
 * of an em at least (a point at 10pt). */
#define WORD_EDGE_PT 0.05

/* Whether box b starts where box a ends, along either axis (a word's
 * boxes follow one another; the next word's begin elsewhere). */
static int abutting(const PopplerRectangle *a, const PopplerRectangle *b)
{
	return (fabs(b->x1 - a->x2) <= WORD_EDGE_PT && b->y1 < a->y2 && b->y2 > a->y1) ||
	       (fabs(b->y1 - a->y2) <= WORD_EDGE_PT && b->x1 < a->x2 && b->x2 > a->x1);
}

/* The glyphs of a word in the order drawn, from their levels: FriBidi's
 * reordering of a line by UAX #9 rule L2 (from the highest level down to
 * the lowest odd one, every run at that level or above reversed).
 * vis[k] gets the place of character a + k among the word's boxes. */
static void word_order(const gunichar *cp, const unsigned char *lev, guint a, guint b, guint *vis)
{
	FriBidiStrIndex n = (FriBidiStrIndex)(b - a);
	FriBidiCharType *t = rw_xmalloc(((size_t)n + 1) * sizeof *t);
	FriBidiLevel *l = rw_xmalloc(((size_t)n + 1) * sizeof *l);
	FriBidiStrIndex *order = rw_xmalloc(((size_t)n + 1) * sizeof *order); /* [place] = char */
	fribidi_get_bidi_types(cp + a, n, t);
	for (FriBidiStrIndex k = 0; k < n; k++) {
		l[k] = (FriBidiLevel)lev[a + (guint)k];
		order[k] = k;
	}
	if (!fribidi_reorder_line(0, t, n, 0, FRIBIDI_PAR_LTR, l, NULL, order))
		for (FriBidiStrIndex k = 0; k < n; k++)
			order[k] = k; /* left as drawn */
	for (FriBidiStrIndex place = 0; place < n; place++)
		vis[order[place]] = (guint)place;
	free(t);
	free(l);
	free(order);
}

/* Character k, a space, stands between two glyphs whose boxes touch:
 * poppler put it a glyph off the white it saw (in a line of one-glyph
 * words read right to left), and it breaks no word. */
static int misplaced_space(const gunichar *cp, const PopplerRectangle *r, guint n, guint k)
{
	return k > 0 && k + 1 < n && cp[k] == ' ' && !is_word_break(cp[k - 1]) &&
	       !is_word_break(cp[k + 1]) &&
	       (abutting(&r[k - 1], &r[k + 1]) || abutting(&r[k + 1], &r[k - 1]));
}

/* The end of the word starting at character i (not a break): its boxes
 * follow one another left to right, or, *back set, right to left. */
static guint word_end(const gunichar *cp, const PopplerRectangle *r, guint n, guint i, int *back)
{
	guint j = i + 1;
	for (int known = 0; j < n;) {
		guint k = misplaced_space(cp, r, n, j) ? j + 1 : j;
		if (is_word_break(cp[k]))
			break;
		int fwd = abutting(&r[j - 1], &r[k]), bwd = abutting(&r[k], &r[j - 1]);
		if (!known)
			*back = !fwd && bwd, known = 1;
		if (*back ? !bwd : !fwd)
			break;
		j = k + 1;
	}
	return j;
}

/* poppler gives the characters of a word in reading order but their
 * boxes in the order drawn, left to right: for a word read right to
 * left, its characters' places among the boxes are their order drawn
 * (word_order), from the levels of poppler's marks or, lacking marks,
 * from the characters; a word of Arabic presentation forms may come as
 * drawn already (arabic.c), each character in its box. Where a producer
 * embeds each glyph of a word on its own (Qt's PDF writer, wkhtmltopdf,
 * writes an RLE ... PDF round every shaped glyph), poppler takes each
 * for a word and gives the boxes in reading order too, each box then
 * beginning where the next ends: each character is in its box. A word
 * ends at a space (but one between glyphs whose boxes touch,
 * misplaced_space) or where its boxes stop following one another,
 * either way (word_end). Returns the characters that have boxes, fills
 * box[k] with the box index of character k, and sets brk[k] on the
 * characters of a word read right to left: BRK_RIGHT_END on the one
 * drawn rightmost (the side its reading starts, where the break before
 * it lies), BRK_IN_WORD on the others. */
static gunichar *boxed_chars(const char *text, const PopplerRectangle *r, guint n,
			     guint **box, unsigned char **brk)
{
	unsigned char *lev;
	int rtl;
	gunichar *cp = leveled_chars(text, n, &lev, &rtl);
	*box = rw_xmalloc((n + 1) * sizeof **box);
	*brk = rw_xcalloc(n + 1, 1);
	for (guint i = 0; i < n; i++)
		(*box)[i] = i;
	guint *vis = rtl ? rw_xmalloc((n + 1) * sizeof *vis) : NULL;
	for (guint i = 0; rtl && i < n;) {
		int back = 0; /* boxes in reading order, right to left */
		guint j = is_word_break(cp[i]) ? i + 1 : word_end(cp, r, n, i, &back);
		int marked = 0, odd = 0;
		for (guint k = i; k < j; k++) {
			marked |= lev[k] != 0;
			odd |= is_rtl(cp[k]);
		}
		if (odd && !is_word_break(cp[i])) {
			if (!marked)
				implicit_levels(cp, i, j, lev);
			int own_boxes = back || pdf_arabic_drawn_order(cp + i, j - i);
			if (own_boxes)
				for (guint k = i; k < j; k++)
					vis[k - i] = k - i; /* each character in its box */
			else
				word_order(cp, lev, i, j, vis);
			guint right = i;
			for (guint k = i; k < j; k++) {
				(*box)[k] = i + vis[k - i];
				if (!back && vis[k - i] > vis[right - i])
					right = k; /* back: the first is drawn rightmost */
			}
			for (guint k = i; k < j; k++)
				(*brk)[k] = k == right ? BRK_RIGHT_END : BRK_IN_WORD;
		}
		i = j;
	}
	free(vis);
	free(lev);
	return cp;
}

static void set_frame(const pdf_page_text *t, pdf_page *p)
{
	p->width = t->width;
	p->height = t->height;
	p->uw = p->width;
	p->uh = p->height;
	p->rotate = 0;
}

/* The m-th of k equal shares of box whole along writing direction dir
 * (main_direction's numbers). */
static PopplerRectangle box_share(PopplerRectangle whole, guint m, guint k, int dir)
{
	double a = (double)m / k, b = (double)(m + 1) / k;
	PopplerRectangle q = whole;
	if (dir == 0 || dir == 2) {
		double w = whole.x2 - whole.x1;
		double f0 = dir == 0 ? a : 1 - b, f1 = dir == 0 ? b : 1 - a;
		q.x1 = whole.x1 + w * f0;
		q.x2 = whole.x1 + w * f1;
	} else {
		double h = whole.y2 - whole.y1;
		double f0 = dir == 1 ? a : 1 - b, f1 = dir == 1 ? b : 1 - a;
		q.y1 = whole.y1 + h * f0;
		q.y2 = whole.y1 + h * f1;
	}
	return q;
}

/* poppler reports a ligature ("fi") as several characters sharing one
 * box: give each an equal share of it along the writing direction. */
static void split_shared_boxes(PopplerRectangle *r, guint n, int dir)
{
	for (guint i = 0; i < n;) {
		guint j = i + 1;
		while (j < n && r[j].x1 == r[i].x1 && r[j].x2 == r[i].x2 &&
		       r[j].y1 == r[i].y1 && r[j].y2 == r[i].y2 && r[i].x2 > r[i].x1)
			j++;
		guint k = j - i;
		if (k > 1 && k < 8) {
			PopplerRectangle whole = r[i];
			for (guint m = 0; m < k; m++)
				r[i + m] = box_share(whole, m, k, dir);
		}
		i = j;
	}
}

/* The letters a character drawn as one glyph stands for, by its
 * compatibility decomposition, where a producer mapped the glyph to a
 * code point of Unicode's presentation forms (kept for compatibility
 * with old encodings, never written by hand), else 0:
 *  - a Latin or Armenian ligature (U+FB00 "ff" to U+FB17): Ghostscript
 *    rewriting a PDF maps a ligature glyph to it, and "staﬀ" is no
 *    "staff" to a search;
 *  - an Arabic letter's initial, medial, final or isolated form, or a
 *    ligature of letters (U+FB50 to U+FDFF, U+FE70 to U+FEFE): Qt's
 *    PDF writer (wkhtmltopdf) maps each shaped glyph to one, and
 *    "ﺲﻠﺠﻤﻟا" matches no "المجلس". Only forms of letters alone: a
 *    form holding a vowel sign or a space is left as it is.
 * The letters come in logical order. */
#define LIGATURE_MAX 4
static guint ligature_letters(gunichar c, gunichar out[LIGATURE_MAX])
{
	int latin = c >= 0xFB00 && c <= 0xFB17;
	int arabic = pdf_arabic_form(c);
	if (!latin && !arabic)
		return 0;
	gunichar all[2 * LIGATURE_MAX];
	gsize n = g_unichar_fully_decompose(c, TRUE, all, 2 * LIGATURE_MAX);
	if (n > LIGATURE_MAX || n < (latin ? 2u : 1u))
		return 0;
	for (gsize k = 0; k < n; k++) {
		if (!g_unichar_isalpha(all[k]))
			return 0;
		out[k] = all[k];
	}
	return (guint)n;
}

/* The page's corners: top-left, top-right, bottom-left, bottom-right. */
#define CORNERS 4
/* The selections between two of them: the two diagonals first (the
 * top-left one, the top-right one), then the four edges. */
static const unsigned char corner_pair[][2] = {{0, 3}, {1, 2}, {0, 1}, {2, 3}, {0, 2}, {1, 3}};
#define PAIRS (sizeof corner_pair / sizeof *corner_pair)

/* A selection of the whole page dragged from one corner to another. */
static PopplerRectangle pair_selection(const pdf_page_text *t, size_t pair)
{
	double x[CORNERS] = {0, t->width, 0, t->width}, y[CORNERS] = {0, 0, t->height, t->height};
	const unsigned char *c = corner_pair[pair];
	return (PopplerRectangle){x[c[0]], y[c[0]], x[c[1]], y[c[1]]};
}

/* The boxes of the selection dragged over rect (none: n 0). */
static void fetch_boxes(PopplerPage *pp, PopplerRectangle rect, pdf_page_text *t)
{
	if (!poppler_page_get_text_layout_for_area(pp, &rect, &t->r, &t->n))
		t->n = 0;
}

/* The text and font ranges of the selection whose boxes t holds; no text
 * leaves it without boxes (n 0). */
static void fetch_text(PopplerPage *pp, PopplerRectangle rect, pdf_page_text *t)
{
	t->text = poppler_page_get_text_for_area(pp, &rect);
	if (!t->text)
		t->n = 0;
	/* attribute ranges count boxes, as the layout does */
	t->attrs = t->n ? poppler_page_get_text_attributes_for_area(pp, &rect) : NULL;
}

/* Adds the selection over rect to t's others, if it holds text. */
static void fetch_more_area(PopplerPage *pp, PopplerRectangle rect, pdf_page_text *t)
{
	t->more = rw_xgrow(t->more, &t->capmore, t->nmore + 1, sizeof *t->more);
	pdf_page_text *m = &t->more[t->nmore];
	*m = (pdf_page_text){.number = t->number, .width = t->width, .height = t->height};
	fetch_boxes(pp, rect, m);
	if (m->n)
		fetch_text(pp, rect, m);
	if (m->n)
		t->nmore++;
	else
		pdf_page_text_clear(m);
}

void pdf_page_fetch_area(PopplerPage *pp, const pdf_box *b, pdf_page_text *t)
{
	/* dragged either way: the two diagonals */
	fetch_more_area(pp, (PopplerRectangle){b->left, b->top, b->right, b->bottom}, t);
	fetch_more_area(pp, (PopplerRectangle){b->right, b->top, b->left, b->bottom}, t);
}

/* s from its first byte that is not ASCII on (its end if none). Most
 * pages' text is all ASCII, which this runs through at a byte a cycle or
 * so; g_utf8_next_char made each byte's address wait for a table lookup
 * on the one before, and the page's two scans below took 1 % of rw-pdf's
 * CPU on the 200-page bench scorecard. No ASCII character is read right
 * to left, nor a mark of a run. */
static const char *skip_ascii(const char *s)
{
	while (*s && (unsigned char)*s < 0x80)
		s++;
	return s;
}

/* Whether text s holds a right-to-left letter; with marks, or a mark
 * opening a right-to-left run: poppler may have read text holding one
 * right to left (on a page it reads right to left, it writes every run
 * of text inside one, its letters' direction whatever). */
static int holds_rtl(const char *s, int marks)
{
	for (s = s ? skip_ascii(s) : NULL; s && *s; s = skip_ascii(g_utf8_next_char(s))) {
		gunichar c = g_utf8_get_char(s);
		if (is_rtl(c) || (marks && (c == MARK_RLE || c == MARK_RLO)))
			return 1;
	}
	return 0;
}

/* A page holding right-to-left text: poppler orders its blocks from the
 * right, and a selection holds only the blocks between those nearest its
 * two corners in that order, so that neither diagonal may hold them all
 * (a word of a wrapped cell left out of both). The selections between
 * every two corners, together, hold every block from the first to the
 * last of those nearest a corner: t->more gets the four t lacks. */
static void fetch_more(PopplerPage *pp, size_t pick, pdf_page_text *t)
{
	for (size_t k = 0; k < PAIRS; k++)
		if (k != pick)
			fetch_more_area(pp, pair_selection(t, k), t);
}

/* poppler reads a page's text as a selection that starts at the corner
 * where its reading order starts: a selection from the top-left corner
 * of a page poppler reads right to left (its lines mostly Hebrew or
 * Arabic) holds only the few words its walk meets first, and the rest
 * of the page is lost without a word. Whichever way poppler reads it,
 * one of the two top corners starts a selection of all of it, or of
 * most: keep the selection with more boxes. The boxes of both are
 * counted first, and the text and font ranges (most of the cost of a
 * selection) are read for that one alone; on a page with right-to-left
 * text, the other selections between corners too (fetch_more).
 *
 * When the glyphs drawn will be checked against the text (checked:
 * unread.c fetches any the text lacks from over their place), a
 * top-left selection whose text holds no right-to-left letter and no
 * mark of a run read right to left is kept without counting the
 * top-right one's boxes: that count decides on pages poppler reads
 * right to left, and there poppler puts every run of the selection,
 * however few its words, in such a mark. */
void pdf_page_fetch(PopplerPage *pp, int number, int checked, pdf_page_text *t)
{
	memset(t, 0, sizeof *t);
	t->number = number;
	poppler_page_get_size(pp, &t->width, &t->height);
	pdf_page_text sel[2] = {*t, *t};
	fetch_boxes(pp, pair_selection(t, 0), &sel[0]);
	unsigned boxes0 = sel[0].n;
	int have0 = checked && boxes0; /* the top-left selection's text is read */
	if (have0)
		fetch_text(pp, pair_selection(t, 0), &sel[0]);
	int pick = 0;
	if (!have0 || !sel[0].n || holds_rtl(sel[0].text, 1)) {
		fetch_boxes(pp, pair_selection(t, 1), &sel[1]);
		pick = sel[1].n > boxes0;
		if (pick || !have0)
			fetch_text(pp, pair_selection(t, (size_t)pick), &sel[pick]);
		if (!sel[pick].n && (pick ? boxes0 != 0 : sel[1].n != 0)) {
			/* no text where the boxes were: the other corner's, if any */
			if (!pick || !have0)
				fetch_text(pp, pair_selection(t, (size_t)!pick), &sel[!pick]);
			if (sel[!pick].n)
				pick = !pick;
		}
	}
	*t = sel[pick];
	pdf_page_text_clear(&sel[!pick]);
	if (holds_rtl(t->text, 0))
		fetch_more(pp, (size_t)pick, t);
}

/* A space glyph is about a quarter of an em wide, and justified or
 * tightly set lines squeeze a word space to no less than about 0.15 em
 * (the narrowest seen across the samples, the tests' and the zoo's
 * documents from four producers): a gap narrower than this many font
 * sizes holds no space glyph. poppler still puts a word break in some
 * (groff leaves 0.2 to 0.4 pt inside words for its kerning: "quar
 * terly", "repor t"); that break is poppler's guess, not the
 * producer's, and is not taken. */
#define WORD_SPACE_MIN_EM 0.1

/* Whether the break poppler put between glyph prev and the box of the
 * character after it can be a word space: they do not lie that close
 * along the line (either axis: a line set on end runs down the page). */
static int room_for_a_space(const pdf_page *p, const pdf_glyph *prev, const PopplerRectangle *q)
{
	pdf_box next = pdf_page_to_display(p, q->x1, q->y1, q->x2, q->y2);
	double apart = fmax(fmax(next.left - prev->b.right, prev->b.left - next.right),
			    fmax(next.top - prev->b.bottom, prev->b.top - next.bottom));
	return apart < 0 || apart >= WORD_SPACE_MIN_EM * prev->size;
}

/* The most a line's glyph boxes span across it, in ems. poppler's box
 * runs from the font's ascent to its descent, which text faces give as
 * 1.0 to 1.26 em together (Times 1.11, Arial 1.12, Verdana 1.22,
 * DejaVu as LibreOffice writes it 1.26); a producer that writes the
 * font's bounding box for them instead (every accent and script of the
 * face: DejaVu's is 1.46 em, as Ghostscript rewrites a PDF) makes the
 * boxes of lines set solid overlap, and the white between lines and
 * columns that reading looks for is gone. Such a box is cut to this
 * about its middle. */
#define GLYPH_BOX_MAX_EM 1.3

/* Cuts box b of a glyph of font size size to GLYPH_BOX_MAX_EM across
 * writing direction dir (main_direction's numbers). */
static void fit_box_across(pdf_box *b, double size, int dir)
{
	double most = GLYPH_BOX_MAX_EM * size;
	double *lo = dir == 0 || dir == 2 ? &b->top : &b->left;
	double *hi = dir == 0 || dir == 2 ? &b->bottom : &b->right;
	if (size <= 0 || *hi - *lo <= most)
		return;
	double mid = (*lo + *hi) / 2;
	*lo = mid - most / 2;
	*hi = mid + most / 2;
}

/* Puts down glyph g, a ligature of box q, as the letters it joins, each
 * on an equal share of the box along writing direction dir; room stays
 * for the left glyphs of the selection still to come. */
static void put_ligature(pdf_page *p, pdf_glyph g, const PopplerRectangle *q,
			 const gunichar *letter, guint parts, int dir, guint left)
{
	p->g = rw_xgrow(p->g, &p->capg, p->ng + left + parts, sizeof *p->g);
	for (guint m = 0; m < parts; m++) {
		/* a right-to-left ligature's first letter is drawn rightmost */
		PopplerRectangle s = box_share(*q, g.rtl ? parts - 1 - m : m, parts, dir);
		pdf_glyph part = g;
		memset(part.u, 0, sizeof part.u);
		g_unichar_to_utf8(letter[m], part.u);
		part.b = pdf_page_to_display(p, s.x1, s.y1, s.x2, s.y2);
		fit_box_across(&part.b, part.size, dir);
		part.space_after = m + 1 == parts && g.space_after;
		p->g[p->ng++] = part;
	}
}

/* Makes the glyphs of selection t in p. */
static void build_glyphs(const pdf_page_text *t, pdf_page *p)
{
	p->number = t->number;
	set_frame(t, p);
	PopplerRectangle *r = t->r;
	guint n = t->n;
	guint *box;
	unsigned char *brk;
	gunichar *cp = boxed_chars(t->text, r, n, &box, &brk);
	int dir = main_direction(cp, r, n);
	split_shared_boxes(r, n, dir);

	/* room for every glyph at once: they are put down without a check each */
	p->g = rw_xgrow(p->g, &p->capg, p->ng + n, sizeof *p->g);
	GList *a = t->attrs;
	const PopplerTextAttributes *named = NULL; /* the range bold was read for */
	int bold = 0;
	int prev_rtl_word = 0; /* the glyph before is of a word read right to left */
	for (guint i = 0; i < n; i++) {
		gunichar c = cp[i];
		if (is_space_char(c) || c < 0x20) {
			/* a break after a right-to-left word's last character
			 * lies at its left end: left to the gaps there */
			pdf_glyph *prev = p->ng ? &p->g[p->ng - 1] : NULL;
			int next_glyph = i + 1 < n && !is_space_char(cp[i + 1]) && cp[i + 1] >= 0x20;
			if (prev && !prev_rtl_word &&
			    (!next_glyph || room_for_a_space(p, prev, &r[box[i + 1]])))
				prev->space_after = 1;
			continue;
		}
		const PopplerRectangle *q = &r[box[i]];
		pdf_glyph g = {0};
		g.b = pdf_page_to_display(p, q->x1, q->y1, q->x2, q->y2);
		if (c < 0x80)
			g.u[0] = (char)c;
		else
			g_unichar_to_utf8(c, g.u);
		g.rtl = is_rtl(c);
		g.space_after = brk[i] == BRK_RIGHT_END;
		prev_rtl_word = brk[i] != BRK_NONE;
		while (a && ((PopplerTextAttributes *)a->data)->end_index < (int)box[i])
			a = a->next;
		if (a) {
			const PopplerTextAttributes *at = a->data;
			if (at != named) {
				named = at;
				bold = is_bold_font(at->font_name);
			}
			g.size = at->font_size;
			g.bold = (unsigned char)bold;
		}
		if (g.size <= 0)
			g.size = g.b.bottom - g.b.top;
		fit_box_across(&g.b, g.size, dir);
		gunichar letter[LIGATURE_MAX];
		guint parts = ligature_letters(c, letter);
		if (parts)
			put_ligature(p, g, q, letter, parts, dir, n - i);
		else
			p->g[p->ng++] = g;
	}
	free(cp);
	free(box);
	free(brk);
}

/* The same glyph in two selections of a page: poppler gives it the same
 * box, to the bit. */
static int glyph_cmp(const void *a, const void *b)
{
	const pdf_glyph *x = a, *y = b;
	const double kx[] = {x->b.left, x->b.top, x->b.right, x->b.bottom};
	const double ky[] = {y->b.left, y->b.top, y->b.right, y->b.bottom};
	for (size_t k = 0; k < sizeof kx / sizeof *kx; k++)
		if (kx[k] != ky[k])
			return kx[k] < ky[k] ? -1 : 1;
	return strcmp(x->u, y->u);
}

/* Adds to p the glyphs of q it lacks, in q's order. */
static void add_missing(pdf_page *p, const pdf_page *q)
{
	pdf_glyph *seen = rw_xmalloc((p->ng ? p->ng : 1) * sizeof *seen);
	memcpy(seen, p->g, p->ng * sizeof *seen);
	size_t n = p->ng;
	qsort(seen, n, sizeof *seen, glyph_cmp);
	for (size_t i = 0; i < q->ng; i++)
		if (!bsearch(&q->g[i], seen, n, sizeof *seen, glyph_cmp))
			pdf_page_add_glyph(p, &q->g[i]);
	free(seen);
}

void pdf_page_build(pdf_page_text *t, pdf_page *p)
{
	build_glyphs(t, p);
	for (size_t k = 0; k < t->nmore; k++) {
		pdf_page q = {0};
		build_glyphs(&t->more[k], &q);
		add_missing(p, &q);
		pdf_page_clear(&q);
	}
}

void pdf_page_text_clear(pdf_page_text *t)
{
	for (size_t k = 0; k < t->nmore; k++)
		pdf_page_text_clear(&t->more[k]);
	free(t->more);
	poppler_page_free_text_attributes(t->attrs);
	g_free(t->r);
	g_free(t->text);
	memset(t, 0, sizeof *t);
}
